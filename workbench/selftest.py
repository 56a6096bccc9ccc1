"""`workbench --self-test`: check an install end to end, with nothing asked of the user.

Offscreen, on a temporary library: import the sample article, check its places and dates against what
the engine is known to find, open it in the window and wait until the map page reports its markers.
Exit status 0 only when every check passed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

# What the sample article (Shafaq News, 2024-02-08) must give: (name, kind, lat, lon) and dated events.
EXPECTED_PLACES = [
    ("Baghdad", "city", 33.34, 44.40),
    ("Mashtal", "neighbourhood", 33.32, 44.49),
    ("Al Anbar", "governorate", 32.79, 41.61),
]
EXPECTED_EVENTS = [("Wednesday evening", "2024-02-07", "2024-02-07"), ("last week", "2024-01-29", "2024-02-04")]


def run_self_test(timeout_s: float = 120.0) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from .core.settings import SEEDS
    from .qt.app import make_application, release_windows

    settings = tempfile.mkdtemp(prefix="workbench-self-test-settings-")  # leave the user's layout alone
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings)
    app = make_application()

    from .core.gazetteer import distance_km
    from .qt.about import AboutDialog
    from .qt.main_window import MainWindow

    failures: list[str] = []

    def check(ok: bool, what: str) -> None:
        print(("ok    " if ok else "FAIL  ") + what, flush=True)
        if not ok:
            failures.append(what)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="workbench-self-test-") as tmp:
        window = MainWindow(Path(tmp) / "library.sqlite")
        window.show()
        loop = QEventLoop()
        poll = QTimer(interval=100, timeout=lambda: None if window.busy else loop.quit())
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        window.import_paths([str(SEEDS / "khazali-withdrawal.txt")])
        poll.start()
        loop.exec()
        poll.stop()
        article = window.current
        check(article is not None, "the sample article was imported and opened")
        if article is not None:
            places = {p.name: p for p in article.analysis.places}
            for name, kind, lat, lon in EXPECTED_PLACES:
                p = places.get(name)
                check(
                    p is not None and p.kind == kind and distance_km(p.lat, p.lon, lat, lon) < 25,
                    f"{name} is a {kind} near {lat}, {lon}",
                )
            events = {e.text: e for e in article.analysis.events}
            for text, start, end in EXPECTED_EVENTS:
                e = events.get(text)
                check(
                    e is not None and (e.date.isoformat(), e.end_date.isoformat()) == (start, end),
                    f"“{text}” resolves to {start}..{end}",
                )
            markers: list = []
            map_loop = QEventLoop()

            def got(result) -> None:
                markers.extend(json.loads(result or "[]"))
                map_loop.quit()

            window.side.map.run_js("window.workbench.markers()", got)
            QTimer.singleShot(int(timeout_s * 1000), map_loop.quit)
            map_loop.exec()
            located = [p for p in article.analysis.places if p.lat is not None]
            check(
                len(markers) == len(located) and any(m["name"] == "Baghdad" for m in markers),
                f"the map page loaded with its {len(located)} markers (offline tiles: {window.side.map.offline_tiles})",
            )
        about = AboutDialog(window)  # the licences ship with every install (package data, bundle)
        check("LGPL" in about.notices.toPlainText(), "Help → About shows the version and the third-party notices")
        about.deleteLater()
        window.close()
        release_windows(app)
    verdict = "self-test passed" if not failures else f"self-test FAILED ({len(failures)} check(s))"
    print(f"{verdict} in {time.perf_counter() - started:.1f} s", flush=True)
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(run_self_test())
