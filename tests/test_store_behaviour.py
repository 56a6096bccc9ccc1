"""The library list as an analyst sorts and filters it, and the words a search keeps."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.core.models import Analysis, ArticleDraft, Entity, Mention, Place, Span
from workbench.core.store import LibraryQuery, full_text_query


def entities(label: str, *names: str) -> tuple[Entity, ...]:
    return tuple(Entity(name, label, (Mention(0, len(name), name, label, name),)) for name in names)


def places(*names: str) -> tuple[Place, ...]:
    return tuple(Place(name, "city", 36.0, 43.0, "IQ", 1.0, (Span(0, len(name), name),)) for name in names)


# Stored in this order (ids 1, 2, 3); each column below sorts them some other way.
ARTICLES = [
    (
        "Mosul reopens",
        "Reuters",
        date(2024, 2, 8),
        "fr",
        entities("PERSON", "Ali") + entities("ORG", "UN", "WFP", "ICRC"),
        places("Mosul"),
        ["iraq"],
    ),
    (
        "Aleppo talks",
        "AFP",
        date(2024, 2, 9),
        "en",
        entities("PERSON", "Ali", "Omar", "Huda"),
        places("Aleppo", "Mosul", "Raqqa"),
        ["syria", "iraq"],
    ),
    (
        "Gaza aid",
        "BBC",
        date(2024, 2, 7),
        "ar",
        entities("PERSON", "Ali", "Omar") + entities("ORG", "UN"),
        places("Gaza", "Rafah"),
        [],
    ),
]


@pytest.fixture
def library(store):
    for title, source, published, language, named, located, tags in ARTICLES:
        draft = ArticleDraft(title=title, text=f"{title}.", source=source, published=published)
        article_id = store.add_article(draft, Analysis(named, located, (), language=language), f"hash-{title}")
        for tag in tags:
            store.add_tag(article_id, tag)
    return store


def listed(library, **query) -> list[int]:
    return [a.id for a in library.summaries(LibraryQuery(**query))]


@pytest.mark.parametrize(
    "column, ids",
    [
        ("id", [1, 2, 3]),
        ("title", [2, 3, 1]),
        ("source", [2, 3, 1]),
        ("published", [3, 1, 2]),
        ("people", [1, 3, 2]),
        ("organisations", [2, 3, 1]),
        ("language", [3, 2, 1]),
        ("places", [1, 3, 2]),
    ],
)
def test_the_library_list_sorts_by_each_column_both_ways(library, column, ids):
    assert listed(library, order=column) == ids
    assert listed(library, order=column, descending=True) == ids[::-1]


def test_filters_together_keep_only_the_articles_that_pass_every_one(library):
    assert listed(library, place="Mosul") == [1, 2]
    assert listed(library, tag="iraq") == [1, 2]
    assert listed(library, tag="syria") == [2]
    assert listed(library, entity="Omar", place="Mosul") == [2]
    assert listed(library, entity="UN", place="Gaza", tag="iraq") == []
    assert listed(library, text="talks", place="Mosul", tag="iraq", date_from=date(2024, 2, 9)) == [2]
    assert listed(library, place="Mosul", date_to=date(2024, 2, 8)) == [1]


def test_a_word_typed_twice_in_other_letters_is_searched_once():
    assert full_text_query("Mosul mosul MOSUL, aid").words == ("Mosul", "aid")


def test_highlights_come_back_in_reading_order_with_their_colour_and_note(library):
    later = library.add_highlight(1, 5, 12, "#fde047", "who said this?")
    earlier = library.add_highlight(1, 0, 4, "#93c5fd")
    assert [(h.id, h.start, h.end, h.color, h.note) for h in library.highlights(1)] == [
        (earlier, 0, 4, "#93c5fd", ""),
        (later, 5, 12, "#fde047", "who said this?"),
    ]
