"""The KML export as Google Earth shows it: when each place was in the news, and what the file says it is."""

from __future__ import annotations

from datetime import date, datetime

from workbench.core.export.kml import KML_NS, place_time, to_kml
from workbench.core.models import Analysis, ArticleDraft, Event, Place, Span
from workbench.core.summary import ArticleReport, Report

FIRST = "Shelling hit Mosul between 3 and 9 January."
SECOND = "Aid reached Erbil on 12 January."
TEXT = f"{FIRST} {SECOND}"


def event(text: str, sentence: str, start: date, end: date) -> Event:
    at, opens = TEXT.index(text), TEXT.index(sentence)
    return Event(text, at, at + len(text), start, end, "interval" if start != end else "day", sentence, opens,
                 opens + len(sentence))


def place(name: str) -> Place:
    at = TEXT.index(name)
    return Place(name, "city", 36.3, 43.1, "IQ", 1.0, (Span(at, at + len(name), name),))


MOSUL, ERBIL = place("Mosul"), place("Erbil")
ARTICLE = ArticleReport(1, ArticleDraft(title="Northern Iraq", text=TEXT, published=date(2024, 1, 13)), Analysis(
    (), (MOSUL, ERBIL),
    (event("between 3 and 9 January", FIRST, date(2024, 1, 3), date(2024, 1, 9)),
     event("12 January", SECOND, date(2024, 1, 12), date(2024, 1, 12))),
    (Span(0, len(FIRST), FIRST), Span(len(FIRST) + 1, len(TEXT), SECOND))), ())


def test_a_place_s_time_span_is_the_span_of_the_dates_in_the_sentences_that_name_it():
    assert place_time(ARTICLE, MOSUL) == (date(2024, 1, 3), date(2024, 1, 9))
    assert place_time(ARTICLE, ERBIL) == (date(2024, 1, 12), date(2024, 1, 12))


def test_the_kml_document_says_what_it_was_exported_from(gazetteer):
    import xml.etree.ElementTree as ET

    document = ET.fromstring(to_kml(Report("Iraq", "article 1", datetime(2024, 1, 14), (ARTICLE,)), gazetteer))[0]
    assert document.findtext(f"{{{KML_NS}}}description") == "Exported from the workbench: article 1"
