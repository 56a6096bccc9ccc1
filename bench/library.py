"""The library list with 100 000 articles: how long the Qt model takes to show, sort, search and filter, how
long full-text searches take by kind of word (p50/p95), how much memory the open window holds, and how long
hostile search queries take (each must answer within a second).

    python bench/library.py [--articles 100000] [--queries 20]

The articles are small synthetic ones (stored through the store, each with a few entities and places),
since the list's speed depends on the row count, not on the texts. Their words: 'Mosul', 'officials',
'Monday'... are in every article, an organisation's name in 1 of 700, a person's in 1 of 5 000, a
dispatch's number in one or two.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workbench.core.models import Analysis, ArticleDraft, Entity, Mention, Place, Span  # noqa: E402
from workbench.core.store import Store  # noqa: E402


def fill(store: Store, count: int) -> None:
    with store.writing():
        for i in range(count):
            text = f"Officials in Mosul met E{i % 5000} and Org{i % 700} on Monday, dispatch {i}."
            mentions = (Mention(13, 18, "Mosul", "GPE", "Mosul"),)
            entities = (
                Entity(f"E{i % 5000}", "PERSON", (Mention(23, 28, f"E{i % 5000}", "PERSON", f"E{i % 5000}"),)),
                Entity(f"Org{i % 700}", "ORG", ()),
                Entity("Mosul", "GPE", mentions),
            )
            places = (Place(f"P{i % 3000}", "city", 36.3, 43.1, "Iraq", 1.0, (Span(13, 18, "Mosul"),)),)
            draft = ArticleDraft(
                title=f"Dispatch {i} from Mosul",
                text=text,
                source=f"Wire {i % 40}",
                published=date(2010 + i % 15, 1 + i % 12, 1 + i % 28),
            )
            store.add_article(draft, Analysis(entities, places, ()), f"hash-{i}")


def timed(label: str, job) -> None:
    t0 = time.perf_counter()
    job()
    print(f"{label:<34}: {(time.perf_counter() - t0) * 1000:7.0f} ms")


HOSTILE_QUERIES = {
    "5 000 different words": " ".join(f"word{i}" for i in range(5000)),
    "5 000 common words": " ".join(["officials", "in", "Mosul", "met", "and", "on", "Monday", "dispatch"] * 625),
    "a word in every article": "Mosul",
    "every article's words": "officials in Mosul met and on Monday dispatch from",
    "punctuation soup": '"(*)^:-+ NEAR/ AND OR NOT {}[]' * 200,
    "control characters": "Mosul\x00\x1b[2J\x7f",
    "a 50 000-letter word": "a" * 50_000,
    "a word joined by hyphens": "-".join(["Mosul"] * 2000),
}


QUERY_KINDS = {
    "a word in every article": lambda i: ["Mosul", "officials", "Monday", "dispatch", "met", "from"][i % 6],
    "two words in every article": lambda i: ["Mosul Monday", "officials met", "dispatch from"][i % 3],
    "a word in 1 of 700 articles": lambda i: f"Org{(i * 37) % 700}",
    "a word in 1 of 5 000 articles": lambda i: f"E{(i * 211) % 5000}",
    "a number in one article": lambda i: str((i * 4099) % 100_000 + 5000),
}


def milliseconds(job) -> float:
    t0 = time.perf_counter()
    job()
    return (time.perf_counter() - t0) * 1000


def percentiles(times: list[float]) -> str:
    times = sorted(times)
    return f"p50 {statistics.median(times):6.1f} ms, p95 {times[round(0.95 * (len(times) - 1))]:6.1f} ms"


def time_query_kinds(store: Store, model, queries: int) -> None:
    """Each kind of word, `queries` different words of it: the ranked search (best 50, with snippets, as the
    command line's), the list's first page (as the window's search box), and the list's count."""
    for kind, word in QUERY_KINDS.items():
        ranked, page, count = [], [], []
        for query in map(word, range(queries)):
            ranked.append(milliseconds(partial(store.search, query)))
            page.append(milliseconds(partial(model.set_query, text=query)))
            count.append(milliseconds(lambda: model.total))
        print(
            f"{kind:<30}: ranked search {percentiles(ranked)} | list page {percentiles(page)} | "
            f"count {percentiles(count)}"
        )


# The open window on that library: the model loaded, a word in every article searched, the list scrolled.
# Its memory, and that of the process that analyses for it (where the model lives, when it has one).
WINDOW = r"""
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from gui import wait_for_model
from workbench.qt.app import make_application, release_windows
app = make_application()
from workbench.qt.main_window import MainWindow
window = MainWindow({db!r})
window.resize(1400, 900)
window.show()
wait_for_model(window)
window.library.search.setText("Mosul")
window.library.search.returnPressed.emit()
for _ in range(5):
    window.library.model.fetchMore()
    app.processEvents()


def memory(pid):
    status = dict(line.split(":", 1) for line in open(f"/proc/{{pid}}/status"))
    return status["VmRSS"].split()[0], status["VmHWM"].split()[0]


child = getattr(window.lane.lane.engine, "pid", None)
print("RSS", *memory("self"), *(memory(child) if child else ()), flush=True)
print("spaCy in the window:", "spacy" in sys.modules, flush=True)
window.close()
release_windows(app)
"""


def window_memory(db: Path) -> str:
    out = subprocess.run(
        [sys.executable, "-c", WINDOW.format(root=str(ROOT), bench=str(ROOT / "bench"), db=str(db))],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = out.stdout.splitlines()
    line = next((x for x in lines if x.startswith("RSS")), None)
    if line is None:
        return f"not measured ({out.stderr.strip().splitlines()[-1:]})"
    rss, peak, *child = (int(x) / 1024 for x in line.split()[1:])
    spacy = next((x for x in lines if x.startswith("spaCy")), "")
    shown = f"RSS {rss:.0f} MB (peak {peak:.0f} MB); {spacy}"
    if child:
        shown += f"; the analysing process RSS {child[0]:.0f} MB (peak {child[1]:.0f} MB)"
    return shown


def time_hostile_queries(store: Store, model) -> None:
    """Each query through the command line's search and through the window's library list."""
    for label, query in HOSTILE_QUERIES.items():
        timed(f"search: {label}", lambda q=query: store.search(q))
        timed(f"list:   {label}", lambda q=query: model.set_query(text=q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=20, help="words of each kind searched")
    args = parser.parse_args()
    from workbench.qt.app import make_application

    make_application()
    from workbench.qt.library import ArticleTableModel

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "library.sqlite")
        t0 = time.perf_counter()
        fill(store, args.articles)
        print(f"stored {args.articles} synthetic articles in {time.perf_counter() - t0:.0f} s")
        model = ArticleTableModel(store)
        timed("open the list (first 200 rows)", model.refresh)
        timed("scroll: fetch 200 more rows", model.fetchMore)
        for order in ("title", "published", "people", "places"):
            timed(f"sort by {order}", lambda o=order: model.set_query(order=o, descending=True))
        timed("full-text search 'Mosul'", lambda: model.set_query(text="Mosul"))
        timed("filter by entity 'E42'", lambda: model.set_query(text="", entity="E42"))
        timed("filter by place 'P7'", lambda: model.set_query(entity="", place="P7"))
        timed(
            "filter by date range",
            lambda: model.set_query(place="", date_from=date(2015, 1, 1), date_to=date(2015, 6, 30)),
        )
        model.set_query(date_from=None, date_to=None)
        print(f"load average before the searches: {os.getloadavg()[0]:.2f}")
        time_query_kinds(store, model, args.queries)
        time_hostile_queries(store, model)
        store.close()
        print(f"the open window on this library     : {window_memory(Path(tmp) / 'library.sqlite')}")


if __name__ == "__main__":
    main()
