"""Start the desktop workbench: environment for QtWebEngine, the tile scheme, the window, the lane."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from ..core.settings import APP_NAME, Settings, default_db_path, settings_path


def prepare_environment() -> None:
    """QtWebEngine refuses to run as root without --no-sandbox; headless machines have no GPU."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        flags += " --no-sandbox"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and "--disable-gpu" not in flags:
        flags += " --disable-gpu"
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags.strip()


def make_application(argv: list[str] | None = None):
    """The QApplication, with everything that must exist before it (custom URL schemes)."""
    prepare_environment()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .map_view import register_tile_scheme

    app = QApplication.instance()
    if app is None:
        register_tile_scheme()
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv or [APP_NAME])
        from PySide6.QtGui import QGuiApplication, QIcon

        from ..core.settings import RESOURCES

        app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "workbench.svg")))
        QGuiApplication.setDesktopFileName(APP_NAME)  # ties the window to workbench.desktop
    return app


def release_windows(app) -> None:
    """Delete every window (and its web pages) while the application still exists: a web page that
    outlives its profile at interpreter exit crashes the process on its way out."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        gc.collect()


NO_DISPLAY = (
    "workbench: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
    "set QT_QPA_PLATFORM=offscreen or start an X server, or use the commands (workbench --help)"
)


def display_missing() -> bool:
    """On Linux without X, Wayland or a chosen Qt platform, Qt aborts the process (a core dump) at start."""
    return sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    )


def migrate_qsettings() -> None:
    """Earlier versions kept the library and the model in the window's QSettings, which the command line
    never read: move them into the shared settings file once."""
    from PySide6.QtCore import QSettings

    if settings_path().exists():
        return
    old = QSettings()
    db, model = str(old.value("db", "") or ""), str(old.value("model", "") or "")
    if db or model:
        Settings(db=db, model=model).save()
        old.remove("db")
        old.remove("model")


def stop_on_signals(app) -> None:
    """SIGTERM and SIGINT close the window as Quit does (the lane stops, the library closes) and exit 0.
    Python runs its signal handlers only between bytecodes: a timer gives it that chance in Qt's loop."""
    import signal

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def stop(signum, _frame):
        logging.getLogger(__name__).info("Signal %d: closing", signum)
        QApplication.closeAllWindows()
        app.quit()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, stop)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)


def start_log() -> None:
    """Errors and their tracebacks go to the log file (kept small: three files of 1 MB) and to stderr."""
    import logging
    from logging.handlers import RotatingFileHandler

    from ..core.settings import log_path

    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()  # a read-only home still gets its errors on stderr
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run(paths: list[str], db: str | None = None) -> int:
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    start_log()
    app = make_application(sys.argv[:1])
    migrate_qsettings()
    from .main_window import MainWindow

    window = MainWindow(Path(db) if db else default_db_path())
    stop_on_signals(app)
    window.show()
    window.lane.warm_up()  # the model loads in the background: the window is already on screen
    if paths:
        window.import_paths([str(Path(p).resolve()) for p in paths])
    else:
        window.open_newest_article()
    code = app.exec()
    window.close()  # app.quit() alone leaves it open, with its lane
    lane_stopped = not window.lane.thread.isRunning()
    release_windows(app)
    if not lane_stopped:
        # Loading the model cannot be interrupted, and Qt aborts a process whose thread still runs at exit;
        # nothing is being written then (the library was closed), so leave without waiting for it.
        logging.getLogger(__name__).warning("Leaving while the lane still loads the model")
        logging.shutdown()
        os._exit(code)
    return code
