"""A working day in the window, measured (never run in CI):

    python bench/soak.py [--opens 2000] [--every 200]      (offscreen unless DISPLAY is set)

Nine stored articles are opened in turn in the real window, each until its map has drawn; at every
`--every` opens it prints the window process's RSS, the web processes' RSS (QtWebEngineProcess children)
and the median time per open over the last stretch. A window that lives all day keeps all three flat.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def descendants(pid: int) -> list[int]:
    """Every process under `pid` (the web engine's zygote and renderers are grandchildren)."""
    children: dict[int, list[int]] = {}
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(status.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def wait_until(condition, timeout: float = 30) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.AllEvents, 20)


def open_and_wait_for_the_map(window, article_id: int) -> float:
    """Open an article and wait until its map answers a script (the markers drawn)."""
    t0 = time.perf_counter()
    window.open_article(article_id)
    answered = []
    window.side.map.run_js("1", answered.append)
    wait_until(lambda: bool(answered))
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--opens", type=int, default=2000)
    parser.add_argument("--every", type=int, default=200)
    parser.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    args = parser.parse_args()

    from workbench.qt.app import make_application

    app = make_application()
    from workbench.qt.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Path(tmp) / "library.sqlite")
        window.resize(1400, 900)
        window.show()
        sources = sorted(args.samples.glob("*.txt"))[:9] or [ROOT / "seeds" / "khazali-withdrawal.txt"]
        window.import_paths([str(p) for p in sources])
        wait_until(lambda: not window.busy, timeout=600)
        ids = window.store.article_ids()
        times: list[float] = []
        print(f"{'opens':>6}  {'window MB':>9}  {'web MB':>7}  {'ms/open (median)':>16}")
        for n in range(1, args.opens + 1):
            times.append(open_and_wait_for_the_map(window, ids[n % len(ids)]))
            if n % args.every == 0:
                web = sum(rss_mb(p) for p in descendants(os.getpid()))
                print(
                    f"{n:>6}  {rss_mb(os.getpid()):>9.0f}  {web:>7.0f}  {statistics.median(times) * 1000:>16.0f}",
                    flush=True,
                )
                times.clear()
        window.close()
    del app


if __name__ == "__main__":
    main()
