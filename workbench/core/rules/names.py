"""Rules on the shape of names and on people: edges trimmed, aliases and surnames joined to their person."""

from __future__ import annotations

from ..gazetteer import Gazetteer
from ..lexicon import (
    LEADING_MODIFIERS,
    ORGANISATION_TAILS,
    PERSON_TITLES,
    PLACE_CUES_AFTER,
    POSSESSIVE_ENDINGS,
    names_a_people,
)
from .spans import Candidate, clean_name, name_run_after, overlapping, positions, words


def trim(doc, c: Candidate) -> Candidate | None:
    """Drop a leading 'the', adjective or preposition ('In Rakhine' opening a sentence), a possessive, quotes
    and trailing dashes ('Kurdistan Region - A' -> 'Kurdistan Region')."""
    start, end = c.start, c.end
    while start < end and (doc[start].lower_ in ("the", '"', "“", "'") or doc[start].is_punct
                           or (doc[start].lower_ in LEADING_MODIFIERS and doc[start].whitespace_ and end - start > 1
                               and not c.canonical)):
        start += 1
    for i in range(start + 1, end):
        if doc[i].text in ("-", "–", "—") and doc[i].whitespace_ and doc[i - 1].whitespace_:
            end = i
            break
    # a possessive, or a plural's bare apostrophe ("the Kurds' homeland")
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in POSSESSIVE_ENDINGS | {"'", "’"}):
        end -= 1
    if start >= end:
        return None
    return Candidate(start, end, c.label, c.canonical, c.cue)


def has_substance(doc, c: Candidate) -> bool:
    """'X.' (a social network) or a lone initial is not a name."""
    return sum(ch.isalnum() for ch in doc[c.start : c.end].text) >= 2


def known_as(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Mohamed Hamdan Dagalo, known as Hemedti': the second name is the same person (or group)."""
    by_start = {c.start: c for c in spans}
    for i in range(1, len(doc) - 2):
        if doc[i].lower_ != "known" or doc[i + 1].lower_ != "as":
            continue
        k = i + 2 + (doc[i + 2].lower_ == "the")
        alias = by_start.get(k)
        j = i - (doc[i - 1].lower_ == "also")
        j -= doc[j - 1].text in (",", "(") if j > 0 else 0
        named = next((c for c in spans if c.end == j and c.label in ("PERSON", "ORG")), None)
        if alias is not None and named is not None and not alias.canonical:
            alias.label = named.label
            alias.canonical = named.canonical or clean_name(doc[named.start : named.end].text)


def surnames_are_people(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Burhan' after 'Abdel Fattah al-Burhan' is the person, even in "Burhan's government"."""
    tails = set()
    for c in spans:
        name = words(doc[c.start : c.end].text)
        if c.label == "PERSON" and len(name) >= 2:
            tails |= {tuple(name[k:]) for k in range(1, len(name))}
    for c in spans:
        if c.canonical or c.cue or c.label not in ("ORG", "GPE", "LOC"):
            continue
        text = doc[c.start : c.end].text
        if tuple(words(text)) in tails and (c.label == "ORG" or not gazetteer.is_strong_place(clean_name(text))):
            c.label = "PERSON"


def trim_edges(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """Names lose a leading 'the', adjective or preposition, a possessive and stray punctuation; what is
    left must hold two letters or digits ('X.' the social network is no name)."""
    return [c for c in (trim(doc, c) for c in spans) if c is not None and has_substance(doc, c)]


def titled_people(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'spokesman Ahmed Saleh', 'Governor Oleh Kiper', 'Police agents Juan Pérez': a name of two to five
    capitalised words right after a title or a role is a person, whatever the model read there."""
    for i in positions(doc, PERSON_TITLES, stop=1):
        k = i + 1
        while k < len(doc) and doc[k].lower_ in PERSON_TITLES:  # 'Prime Minister', 'Lt. Gen.'
            k += 1
        run = name_run_after(doc, k) if k < len(doc) else None
        if not run or not 2 <= run[1] - run[0] <= 5:
            continue
        name = doc[run[0] : run[1]]
        if any(t.text in ORGANISATION_TAILS or t.is_upper or t.lower_ in PLACE_CUES_AFTER for t in name) \
                or gazetteer.is_strong_place(name.text) \
                or names_a_people(name[0].text, gazetteer):
            continue  # 'President Joe Biden' is fine; 'Minister Kurdistan Region', 'Colonel RSF', 'Commander Iraqi' are not
        inside = overlapping(spans, *run)
        if any(c.canonical or c.label in ("DATE", "TIME") or (c.label == "PERSON" and c.start <= run[0] and c.end >= run[1])
               for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(run[0], run[1], "PERSON"))
