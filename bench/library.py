"""The library list with 100 000 articles: how long the Qt model takes to show, sort, search and filter, and
how long hostile search queries take (each must answer within a second).

    python bench/library.py [--articles 100000]

The articles are small synthetic ones (stored through the store, each with a few entities and places),
since the list's speed depends on the row count, not on the texts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
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
            entities = (Entity(f"E{i % 5000}", "PERSON", (Mention(23, 28, f"E{i % 5000}", "PERSON", f"E{i % 5000}"),)),
                        Entity(f"Org{i % 700}", "ORG", ()), Entity("Mosul", "GPE", mentions))
            places = (Place(f"P{i % 3000}", "city", 36.3, 43.1, "Iraq", 1.0, (Span(13, 18, "Mosul"),)),)
            draft = ArticleDraft(title=f"Dispatch {i} from Mosul", text=text, source=f"Wire {i % 40}",
                                 published=date(2010 + i % 15, 1 + i % 12, 1 + i % 28))
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
    "punctuation soup": "\"(*)^:-+ NEAR/ AND OR NOT {}[]" * 200,
    "control characters": "Mosul\x00\x1b[2J\x7f",
    "a 50 000-letter word": "a" * 50_000,
    "a word joined by hyphens": "-".join(["Mosul"] * 2000),
}


def time_hostile_queries(store: Store, model) -> None:
    """Each query through the command line's search and through the window's library list."""
    for label, query in HOSTILE_QUERIES.items():
        timed(f"search: {label}", lambda q=query: store.search(q))
        timed(f"list:   {label}", lambda q=query: model.set_query(text=q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
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
        timed("filter by date range", lambda: model.set_query(place="", date_from=date(2015, 1, 1), date_to=date(2015, 6, 30)))
        model.set_query(date_from=None, date_to=None)
        time_hostile_queries(store, model)
        store.close()


if __name__ == "__main__":
    main()
