"""Start the desktop workbench: environment for QtWebEngine, the tile scheme, the window, the lane."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..core.settings import APP_NAME, default_db_path


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


def library_path(db: str | None) -> Path:
    from PySide6.QtCore import QSettings

    if db:
        return Path(db)
    if os.environ.get("WORKBENCH_DB"):
        return default_db_path()
    saved = QSettings().value("db", "")
    return Path(saved) if saved else default_db_path()


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
    start_log()
    app = make_application(sys.argv[:1])
    from PySide6.QtCore import QSettings

    from .main_window import MainWindow

    model = QSettings().value("model", "")
    if model and not os.environ.get("WORKBENCH_MODEL"):
        os.environ["WORKBENCH_MODEL"] = model
    window = MainWindow(library_path(db))
    window.show()
    window.lane.warm_up()  # the model loads in the background: the window is already on screen
    if paths:
        window.import_paths([str(Path(p).resolve()) for p in paths])
    else:
        window.open_newest_article()
    code = app.exec()
    release_windows(app)
    return code
