"""Render the main window with the sample article to docs/screenshot.png (run under Xvfb or offscreen).

xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from workbench.qt.app import make_application

    settings_dir = tempfile.mkdtemp()  # the default layout, not whatever the last session left
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
    app = make_application()

    from workbench.qt.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Path(tmp) / "library.sqlite")
        window.resize(1600, 1000)
        window.show()
        loop = QEventLoop()
        window.lane.changed.connect(lambda *_: QTimer.singleShot(100, loop.quit))  # the import's notice
        window.load_sample()
        loop.exec()
        map_loop = QEventLoop()
        window.side.map.ready.connect(map_loop.quit)
        QTimer.singleShot(20_000, map_loop.quit)
        if not window.side.map.is_ready:
            map_loop.exec()
        out = ROOT / "docs" / "screenshot.png"

        def grab() -> None:
            # On a real (X) screen the web view is composited: grab the screen, not the widget tree.
            if app.platformName() == "offscreen":
                picture = window.grab()
            else:
                picture = window.screen().grabWindow(0, *window.frameGeometry().getRect())
            picture.save(str(out))
            app.quit()

        QTimer.singleShot(2500, grab)  # let tiles and borders paint
        app.exec()
        print(f"saved {out}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
