"""Searching a large library: the best matches come first and no more than asked for; a word most articles
hold is ranked among the newest of them (and the search says so); the library list pages through such a
word in every order exactly as it would by sorting every match; its count is asked for only when wanted."""

from __future__ import annotations

from datetime import date

import pytest

import workbench.core.store as store_module
from workbench.core.models import Analysis, ArticleDraft
from workbench.core.store import LibraryQuery, Store
from workbench.qt.library import PAGE, ArticleTableModel


def add(store: Store, title: str, text: str, published: date | None = None, source: str = "") -> int:
    return store.add_article(
        ArticleDraft(title=title, text=text, published=published, source=source),
        Analysis((), (), ()),
        content_hash=title,
    )


def test_the_article_that_says_the_word_most_comes_first_and_no_more_than_the_limit(store):
    add(store, "In passing", "Talks on water resumed on Tuesday; a delegation had flown in from Mosul for them.")
    add(store, "All about Mosul", "Mosul: the battle for Mosul, and what Mosul lost in it.")
    add(store, "Basra", "Talks in Basra on Tuesday.")
    add(store, "Once more", "Officials in Mosul met on Monday and agreed to meet again.")
    hits = store.search("Mosul")
    assert hits[0].title == "All about Mosul"
    assert {h.title for h in hits} == {"All about Mosul", "In passing", "Once more"}
    assert [h.title for h in store.search("Mosul", limit=1)] == ["All about Mosul"]
    assert hits.notice == ""


def test_a_word_in_more_articles_than_are_ranked_is_ranked_among_the_newest_and_the_search_says_so(store, monkeypatch):
    monkeypatch.setattr(store_module, "RANKED_AT_MOST", 5)
    add(store, "The oldest, all about Mosul", "Mosul, Mosul, Mosul.")
    ids = [
        add(store, f"Report {i}", f"Officials met in Mosul on day {i} of the talks about water and power.")
        for i in range(8)
    ]
    hits = store.search("Mosul", limit=3)
    assert len(hits) == 3
    assert {h.article_id for h in hits} <= set(ids[-5:])
    assert hits.notice == "More than 5 articles match: these are the best of the newest 5."
    assert store.search("day 0").notice == ""  # few articles: every one is ranked
    monkeypatch.setattr(store_module, "MAX_SEARCH_TERMS", 2)
    assert store.search("Mosul water power").notice == (  # both things the analyst should know, as two sentences
        "Only the first 2 words were searched. More than 5 articles match: these are the best of the newest 5."
    )


@pytest.fixture
def common_word_library(tmp_path) -> Store:
    """120 articles, nearly all with 'Mosul' (a few without), with titles, sources and dates out of id order."""
    store = Store(tmp_path / "library.sqlite")
    for i in range(120):
        town = "Basra" if i % 17 == 0 else "Mosul"
        add(
            store,
            f"Dispatch {(i * 37) % 120:03}",
            f"Clashes in {town} on Monday, report {i}.",
            date(2020 + i % 5, 1 + i % 12, 1 + (i * 7) % 28),
            f"Wire {(i * 11) % 6}",
        )
    yield store
    store.close()


@pytest.mark.parametrize("order", ["id", "title", "source", "published", "people", "places", "language"])
@pytest.mark.parametrize("descending", [True, False])
def test_the_list_pages_through_a_common_word_as_it_would_by_sorting_every_match(
    common_word_library, order, descending
):
    query = LibraryQuery(text="Mosul", order=order, descending=descending)
    every_match = common_word_library.summaries(query)  # no page: every match, sorted
    pages = [common_word_library.summaries(query, limit=10, offset=offset) for offset in range(0, 130, 10)]
    assert [s.id for page in pages for s in page] == [s.id for s in every_match]
    assert len(every_match) == common_word_library.count_matching(query) == 120 - 8


def test_with_other_filters_the_list_narrows_the_words_by_them_too(common_word_library):
    query = LibraryQuery(text="Mosul", date_from=date(2024, 1, 1), order="title", descending=True)
    page = common_word_library.summaries(query, limit=10)
    assert page and all(s.published >= date(2024, 1, 1) for s in page)
    assert common_word_library.count_matching(query) == len(common_word_library.summaries(query))


def test_the_library_list_shows_a_page_first_and_counts_only_when_asked(qapp, tmp_path):
    with Store(tmp_path / "library.sqlite") as store:
        for i in range(PAGE * 2 + 50):
            add(store, f"Dispatch {i}", f"Clashes in Mosul, report {i}.")
        model = ArticleTableModel(store)
        model.set_query(text="Mosul")
        assert model.rowCount() == PAGE and model._total is None
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == PAGE * 2 + 50 == model.total
        model.set_query(text="report 7")
        assert model.rowCount() == model.total == 1
