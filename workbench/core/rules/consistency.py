"""Rules over the whole article: one label per name, and names that are written as names."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..gazetteer import Gazetteer
from ..lexicon import DIRECTION_ADJECTIVES, FACILITY_HEADS, FACILITY_MODIFIERS
from .spans import Candidate, clean_name, coarse, is_region_by_bearing, span_text


def one_label_per_name(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """One label per name within an article: the majority, with cue words, the gazetteer and a person's full name
    (for a surname alone) as votes; a name known by its canonical name (an organisation of the list, a
    well-known person) votes but keeps its label."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in spans:
        if c.label in ("DATE", "TIME", "NORP"):
            continue
        key = clean_name(span_text(doc, c.start, c.end)).lower()
        votes[key][coarse(c.label)] += 3 if c.cue else 1
        if c.label == "FAC":  # 'the Bredjing displacement camp' says that 'Bredjing' is a place
            head = next(
                (k for k in range(c.start, c.end) if doc[k].lower_ in FACILITY_HEADS | FACILITY_MODIFIERS), None
            )
            if head is not None and head > c.start:
                votes[clean_name(doc[c.start : head].text).lower()]["place"] += 3
    for key, counter in votes.items():
        if gazetteer.lookup(key) and counter["place"]:
            counter["place"] += 1
    for c in spans:  # "Maria Santos ... while Santos was": the surname of a person named in full
        if c.label == "PERSON" and c.end - c.start >= 2 and doc[c.end - 1].is_title:
            surname = doc[c.end - 1].text.lower()
            if surname in votes:
                votes[surname]["PERSON"] += 3  # as much as a cue word
    for c in spans:
        if c.label in ("DATE", "TIME", "NORP") or c.canonical:
            continue
        key = clean_name(span_text(doc, c.start, c.end)).lower()
        winner, _ = votes[key].most_common(1)[0]
        if winner == "place" and coarse(c.label) != "place":
            c.label = "GPE"
        elif winner != "place" and coarse(c.label) == "place" and not c.cue:
            c.label = max(
                (lbl for lbl in ("PERSON", "ORG") if votes[key][lbl]), key=lambda lbl: votes[key][lbl], default=c.label
            )


def names_are_capitalised(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """A name has a capital: 'mosques' (FAC) or 'juntas' (ORG) is none, nor a lone 'Western'; known
    organisations match in any case, and so does a region named by its bearing ('the northwest region')."""
    return [
        c
        for c in spans
        if c.label in ("DATE", "TIME")
        or c.canonical
        or is_region_by_bearing(doc, c.start, c.end)
        or (
            any(t.text[:1].isupper() for t in doc[c.start : c.end])
            and not (c.end - c.start == 1 and doc[c.start].lower_ in DIRECTION_ADJECTIVES)
        )
    ]
