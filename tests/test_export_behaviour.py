"""The KML export as Google Earth shows it: when each place was in the news, and what the file says it is."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from workbench.core.export.kml import KML_NS, place_time, to_kml
from workbench.core.models import Analysis, ArticleDraft, Event, Place, Span
from workbench.core.summary import ArticleReport, Report

FIRST = "Shelling hit Mosul between 3 and 9 January."
SECOND = "Aid reached Erbil on 12 January."
TEXT = f"{FIRST} {SECOND}"


def event(text: str, sentence: str, start: date, end: date) -> Event:
    at, opens = TEXT.index(text), TEXT.index(sentence)
    return Event(
        text,
        at,
        at + len(text),
        start,
        end,
        "interval" if start != end else "day",
        sentence,
        opens,
        opens + len(sentence),
    )


def place(name: str) -> Place:
    at = TEXT.index(name)
    return Place(name, "city", 36.3, 43.1, "IQ", 1.0, (Span(at, at + len(name), name),))


MOSUL, ERBIL = place("Mosul"), place("Erbil")
ARTICLE = ArticleReport(
    1,
    ArticleDraft(title="Northern Iraq", text=TEXT, published=date(2024, 1, 13)),
    Analysis(
        (),
        (MOSUL, ERBIL),
        (
            event("between 3 and 9 January", FIRST, date(2024, 1, 3), date(2024, 1, 9)),
            event("12 January", SECOND, date(2024, 1, 12), date(2024, 1, 12)),
        ),
        (Span(0, len(FIRST), FIRST), Span(len(FIRST) + 1, len(TEXT), SECOND)),
    ),
    (),
)


def test_a_place_s_time_span_is_the_span_of_the_dates_in_the_sentences_that_name_it():
    assert place_time(ARTICLE, MOSUL) == (date(2024, 1, 3), date(2024, 1, 9))
    assert place_time(ARTICLE, ERBIL) == (date(2024, 1, 12), date(2024, 1, 12))


def test_a_date_opening_the_next_sentence_with_no_space_before_it_is_not_the_place_s_time():
    """Text scraped with its line breaks lost ('...on 3 January.12 January brought...'): the second
    sentence's date belongs to the place the second sentence names, not to Mosul."""
    first, second = "Shelling hit Mosul on 3 January.", "12 January brought aid to Erbil."
    text = first + second
    mosul = Place("Mosul", "city", 36.3, 43.1, "IQ", 1.0, (Span(13, 18, "Mosul"),))
    dates = [("3 January", first, 0, date(2024, 1, 3)), ("12 January", second, len(first), date(2024, 1, 12))]
    events = tuple(
        Event(
            said,
            text.index(said, opens),
            text.index(said, opens) + len(said),
            day,
            day,
            "day",
            sentence,
            opens,
            opens + len(sentence),
        )
        for said, sentence, opens, day in dates
    )
    sentences = (Span(0, len(first), first), Span(len(first), len(text), second))
    article = ArticleReport(1, ArticleDraft(title="Mosul", text=text), Analysis((), (mosul,), events, sentences), ())
    assert place_time(article, mosul) == (date(2024, 1, 3), date(2024, 1, 3))


def test_the_kml_document_says_what_it_was_exported_from(gazetteer):
    import xml.etree.ElementTree as ET

    document = ET.fromstring(to_kml(Report("Iraq", "article 1", datetime(2024, 1, 14), (ARTICLE,)), gazetteer))[0]
    assert document.findtext(f"{{{KML_NS}}}description") == "Exported from the workbench: article 1"


def test_the_public_json_gives_each_mention_its_rule_trail_and_each_dropped_name_apart():
    from workbench.core.export import analysis_to_json
    from workbench.core.models import Entity, Mention, PlaceCandidate, RuleStep

    mosul = Mention(13, 18, "Mosul", "GPE", "Mosul")
    read = RuleStep("model", "read", "Mosul", 13, 18, "PERSON")
    relabelled = RuleStep("locative_towns", "relabelled", "Mosul", 13, 18, "GPE", was="PERSON", why="a town after 'in'")
    dropped = RuleStep("stray_names", "dropped", "Aid", 45, 48, "ORG", why="a word, not a name")
    others = tuple(PlaceCandidate(i, f"Mosul {i}", "city", 36.0, 43.0, "IQ") for i in range(8))
    analysis = Analysis(
        (Entity("Mosul", "GPE", (mosul,)),),
        (dataclasses.replace(MOSUL, alternatives=others),),
        ARTICLE.analysis.events[:1],
        (),
        trace=(dropped, read, relabelled),
    )
    shown = analysis_to_json(ARTICLE.draft, analysis)
    assert [(e["text"], e["start"], e["end"], [t["action"] for t in e["trace"]]) for e in shown["entities"]] == [
        ("Mosul", 13, 18, ["read", "relabelled"])
    ]
    assert shown["dropped"] == [
        {
            "rule": "stray_names",
            "action": "dropped",
            "text": "Aid",
            "label": "ORG",
            "was": "",
            "why": "a word, not a name",
        }
    ]
    assert shown["places"][0]["alternatives"] == [  # the other candidates, the chosen one (the first) left out
        {"name": f"Mosul {i}", "kind": "city", "lat": 36.0, "lon": 43.0, "country": "IQ"} for i in range(1, 6)
    ]
    at = TEXT.index("between")
    assert shown["events"] == [
        {
            "text": "between 3 and 9 January",
            "start": at,
            "end": at + 23,
            "date": "2024-01-03",
            "end_date": "2024-01-09",
            "granularity": "interval",
            "sentence": FIRST,
        }
    ]


def test_a_spreadsheet_cell_too_long_for_excel_ends_in_an_ellipsis_at_excel_s_limit():
    from workbench.core.export.xlsx import MAX_CELL, text_cell

    cell = text_cell("word " * MAX_CELL)
    assert len(cell) == MAX_CELL and cell.endswith("…")
    assert text_cell("w" * MAX_CELL) == "w" * MAX_CELL


def test_a_report_is_written_in_each_format_into_a_folder_made_for_it(tmp_path):
    from workbench.core.export import write_report

    report = Report("Iraq", "article 1", datetime(2024, 1, 14), (ARTICLE,))
    folder = tmp_path / "reports" / "january"  # not there yet
    (xlsx,) = write_report(report, "xlsx", folder / "iraq.xlsx")
    (kml,) = write_report(report, "kml", folder / "iraq.kml")
    entities, events = write_report(report, "csv", folder / "iraq.csv")
    assert xlsx.read_bytes()[:2] == b"PK"  # a spreadsheet is a zip
    assert b"<name>Mosul</name>" in kml.read_bytes() and b"<name>Erbil</name>" in kml.read_bytes()
    assert events.name == "iraq-events.csv" and "12 January" in events.read_text(encoding="utf-8")
    assert entities.exists()
