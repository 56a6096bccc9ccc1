"""How the summary weighs a named actor against the lead: stories the ranking weights must keep."""

from __future__ import annotations

from tests.test_summary import analysed, texts
from workbench.core.models import Analysis, Entity, Mention, Span
from workbench.core.summary import key_sentences

# Four sentences that share no word, so only names and position rank them.
PLAIN = [
    "Markets opened early across town.",
    "Farmers harvested wheat near rivers.",
    "Teachers marked examinations until midnight.",
    "Fishermen repaired torn nets patiently.",
]


def with_khazali_in(index: int) -> list[str]:
    sentences = list(PLAIN)
    sentences[index] = sentences[index].replace(".", ", Khazali said.")
    return sentences


def test_one_actor_named_once_lifts_the_second_sentence_over_the_lead():
    text, analysis = analysed(*with_khazali_in(1))
    assert texts(key_sentences(text, analysis, count=1)) == ["Farmers harvested wheat near rivers, Khazali said."]


def test_one_actor_named_once_does_not_lift_the_third_sentence_over_the_lead():
    text, analysis = analysed(*with_khazali_in(2))
    assert texts(key_sentences(text, analysis, count=1)) == ["Markets opened early across town."]


def test_a_name_opening_the_next_sentence_counts_for_that_sentence_only():
    """Sentences the sentencizer split with no space between them ('...town.Khazali spoke'): the name
    that starts right where one sentence ends belongs to the next."""
    first, second, third = (
        "Markets opened early across the town.",
        "Khazali spoke about withdrawal timetables.",
        "Farmers harvested wheat near rivers today.",
    )
    text = first + second + " " + third
    spans = (
        Span(0, len(first), first),
        Span(len(first), len(first) + len(second), second),
        Span(len(first) + len(second) + 1, len(text), third),
    )
    khazali = Mention(len(first), len(first) + len("Khazali"), "Khazali", "PERSON", "Khazali")
    analysis = Analysis((Entity("Khazali", "PERSON", (khazali,)),), (), (), spans)
    assert texts(key_sentences(text, analysis, count=1)) == [second]


def test_a_name_read_under_two_labels_weighs_all_its_mentions():
    """The model may call 'Jordan' a country twice and a person once: the summary weighs the name by its
    three mentions, enough to lift the last of four sentences over the lead (two or one would not)."""
    sentences = [*PLAIN[:3], "Jordan said Jordan fishermen repaired nets off Jordan."]
    text = " ".join(sentences)
    start = len(text) - len(sentences[-1])
    at = [start + i for i in (0, len("Jordan said "), len(sentences[-1]) - len("Jordan."))]

    def mention(i: int, label: str) -> Mention:
        return Mention(at[i], at[i] + len("Jordan"), "Jordan", label, "Jordan")

    spans, offset = [], 0
    for s in sentences:
        spans.append(Span(offset, offset + len(s), s))
        offset += len(s) + 1
    analysis = Analysis(
        (
            Entity("Jordan", "GPE", (mention(0, "GPE"), mention(2, "GPE"))),
            Entity("Jordan", "PERSON", (mention(1, "PERSON"),)),
        ),
        (),
        (),
        tuple(spans),
    )
    assert texts(key_sentences(text, analysis, count=1)) == [sentences[-1]]
