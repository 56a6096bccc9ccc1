"""The summary an export opens with: the sentences that name the article's main actors, in reading order."""

from __future__ import annotations

import re

from workbench.core.models import (
    Analysis,
    ArticleDraft,
    Entity,
    Highlight,
    Mention,
    Span,
)
from workbench.core.summary import article_report, key_sentences

NAMES = {"Khazali": "PERSON", "Baghdad": "GPE", "CENTCOM": "ORG", "Tuesday": "DATE"}


def analysed(*sentences: str) -> tuple[str, Analysis]:
    """An article of these sentences, with every name of NAMES marked where it occurs (as the engine would)."""
    text = " ".join(sentences)
    spans, at = [], 0
    for s in sentences:
        spans.append(Span(at, at + len(s), s))
        at += len(s) + 1
    entities = []
    for name, label in NAMES.items():
        mentions = tuple(Mention(m.start(), m.end(), name, label, name) for m in re.finditer(name, text))
        if mentions:
            entities.append(Entity(name, label, mentions))
    return text, Analysis(tuple(entities), (), (), tuple(spans))


def texts(spans) -> list[str]:
    return [s.text for s in spans]


def test_key_sentences_name_the_most_named_actors_and_come_in_reading_order():
    text, analysis = analysed(
        "Markets in the old city stayed open as usual this morning.",
        "Shops sold bread and vegetables at the usual prices today.",
        "Khazali told CENTCOM to leave Baghdad within weeks, aides said.",
        "Khazali repeated that demand in Baghdad, according to his office.",
        "Weather forecasters expected light rain across the region later.",
        "CENTCOM answered Khazali from Baghdad with a short written statement.",
    )
    chosen = texts(key_sentences(text, analysis, count=3))
    assert chosen == [
        "Khazali told CENTCOM to leave Baghdad within weeks, aides said.",
        "Khazali repeated that demand in Baghdad, according to his office.",
        "CENTCOM answered Khazali from Baghdad with a short written statement.",
    ]
    assert texts(key_sentences(text, analysis, count=1)) == [
        "Khazali told CENTCOM to leave Baghdad within weeks, aides said."
    ]


def test_with_nothing_named_the_first_sentences_lead():
    text, analysis = analysed(
        "Heavy fighting resumed overnight around the northern districts.",
        "Residents described constant shelling near the river crossing.",
        "Aid convoys waited outside the southern checkpoint for permission.",
        "Officials promised further talks about opening safe corridors soon.",
    )
    assert texts(key_sentences(text, analysis, count=2)) == texts(analysis.sentences[:2])


def test_shared_vocabulary_lifts_a_sentence_over_an_isolated_one():
    text, analysis = analysed(
        "Opening remarks welcomed delegates warmly yesterday afternoon.",
        "Unrelated trivia concerned football results gathered elsewhere previously.",
        "Ceasefire talks stalled over prisoner exchanges and monitoring.",
        "Prisoner exchanges and ceasefire monitoring stalled the talks.",
    )
    assert texts(key_sentences(text, analysis, count=2)) == [
        "Opening remarks welcomed delegates warmly yesterday afternoon.",  # the lead
        "Ceasefire talks stalled over prisoner exchanges and monitoring.",  # what the article keeps coming back to
    ]


def test_dates_do_not_make_a_sentence_key():
    text, analysis = analysed(
        "Troops patrolled the eastern suburbs without incident overnight.",
        "Tuesday, Tuesday and once more Tuesday were named as possible dates.",
        "Khazali warned that attacks would continue against foreign forces.",
    )
    assert texts(key_sentences(text, analysis, count=2)) == [
        "Troops patrolled the eastern suburbs without incident overnight.",
        "Khazali warned that attacks would continue against foreign forces.",
    ]


def test_fragments_are_left_out_unless_there_is_nothing_else():
    text, analysis = analysed("Khazali, Baghdad.", "Negotiators gathered quietly to discuss withdrawal timetables.")
    assert texts(key_sentences(text, analysis, count=1)) == [
        "Negotiators gathered quietly to discuss withdrawal timetables."
    ]
    text, analysis = analysed(
        "Gunmen stormed the police station.", "Negotiators gathered quietly to discuss withdrawal timetables."
    )
    assert len(key_sentences(text, analysis, count=2)) == 2  # four words are a sentence, not a fragment
    text, analysis = analysed("Khazali, Baghdad.", "CENTCOM.")
    assert texts(key_sentences(text, analysis, count=2)) == ["Khazali, Baghdad.", "CENTCOM."]
    text, analysis = analysed(
        "It was as it is, and so it will be.", "Negotiators gathered quietly to discuss withdrawal timetables."
    )
    assert len(key_sentences(text, analysis, count=2)) == 1  # stop words alone make no sentence
    assert key_sentences("", Analysis((), (), ())) == ()


def test_a_summary_is_three_sentences_unless_asked_otherwise():
    text, analysis = analysed(
        *(f"Sentence number {n} describes fighting near village {n} overnight." for n in range(5))
    )
    assert len(key_sentences(text, analysis)) == 3
    assert len(article_report(1, ArticleDraft(title="t", text=text), analysis).summary) == 3


def test_an_article_report_carries_its_summary_and_the_analysts_work():
    text, analysis = analysed(
        "Khazali told CENTCOM to leave Baghdad within weeks.", "Rain fell on the quiet city again."
    )
    draft = ArticleDraft(title="Withdrawal", text=text)
    highlight = Highlight(1, 7, 0, 7, "#fde047", "who?")
    report = article_report(7, draft, analysis, [highlight], ["a note"], ["iraq"], sentences=1)
    assert (report.id, report.draft, report.analysis) == (7, draft, analysis)
    assert texts(report.summary) == ["Khazali told CENTCOM to leave Baghdad within weeks."]
    assert (report.highlights, report.notes, report.tags) == ((highlight,), ("a note",), ("iraq",))
