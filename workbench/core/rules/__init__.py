"""The analysis rules: general patterns of news language that mend what the statistical model read.

Each rule is a function `rule(doc, spans, gazetteer)` with a docstring that states its pattern; it changes
the candidate spans in place (or returns a new list). `RULES` is the one order they run in. `apply_rules`
runs them and records every change each one made (added, dropped, relabelled, re-spanned) as `RuleStep`s
with the rule's name and the pattern it states: `workbench analyze --explain` prints that trail.
"""

from __future__ import annotations

from collections.abc import Callable

from ..gazetteer import Gazetteer
from ..lexicon import ACRONYM_PATTERN_ID, known_acronyms
from ..models import RuleStep
from . import consistency, dates, names, organisations, places
from .spans import ENTITY_LABELS, Candidate

Rule = Callable[..., "list[Candidate] | None"]

# The order matters: spans are trimmed before anything reads them; dates before places (a month is no
# town); places found by cue words before the gazetteer's guesses; organisations' full names after the
# places (a place inside one, 'Kano State Police Command', is part of its name); the whole-article vote last.
RULES: tuple[Rule, ...] = (
    names.trim_edges,
    dates.merge_date_time,
    dates.month_day_dates,
    dates.anchored_amounts,
    organisations.national_forces_named,
    places.place_cue_words,
    places.appositive_directions,
    places.appositive_places,
    places.routes_name_places,
    places.listed_places,
    places.destinations,
    organisations.groups_are_organisations,
    places.dateline_places,
    organisations.dateline_agency,
    places.places_inside_events,
    places.peoples_are_not_places,
    places.places_known_on_sight,
    places.locative_towns,
    places.unread_places,
    places.names_joined_by_particles,
    places.split_place_pairs,
    organisations.backers_are_actors,
    places.facilities,
    places.operations_are_events,
    organisations.organisation_names,
    names.titled_people,
    names.known_as,
    names.surnames_are_people,
    consistency.one_label_per_name,
    places.coordinated_places,
    consistency.names_are_capitalised,
)


def model_spans(doc) -> list[Candidate]:
    """The statistical model's entities (and the organisation ruler's, with their canonical names)."""
    acronyms = known_acronyms()
    return [Candidate(e.start, e.end, e.label_,
                      acronyms[e.text][0] if e.ent_id_ == ACRONYM_PATTERN_ID else e.ent_id_ or "")
            for e in doc.ents if e.label_ in ENTITY_LABELS]


def apply_rules(doc, spans: list[Candidate], gazetteer: Gazetteer, rules=RULES) -> tuple[list[Candidate], list[RuleStep]]:
    """Run the rules in order; return the mended spans and every change, each named by the rule that made it."""
    trace = [_step(doc, "model" if not c.canonical else "organisation list", "read", c, "") for c in spans]
    for rule in rules:
        before = _snapshot(spans)
        result = rule(doc, spans, gazetteer)
        if result is not None:
            spans = result
        after = _snapshot(spans)
        if after != before:
            trace += _changes(doc, rule, before, after)
    return spans, trace


def _snapshot(spans: list[Candidate]) -> dict[tuple[int, int], tuple[str, str]]:
    return {(c.start, c.end): (c.label, c.canonical) for c in spans}


def _changes(doc, rule: Rule, before: dict, after: dict) -> list[RuleStep]:
    steps = []
    for key, (label, canonical) in after.items():
        old = before.get(key)
        c = Candidate(key[0], key[1], label, canonical)
        if old is None:
            was = next((before[k][0] for k in before if k not in after and k[0] < key[1] and key[0] < k[1]), "")
            steps.append(_step(doc, rule.__name__, "re-spanned" if was else "added", c, was, rule))
        elif old != (label, canonical):
            steps.append(_step(doc, rule.__name__, "relabelled" if old[0] != label else "named", c, old[0], rule))
    for key, (label, canonical) in before.items():
        if key not in after and not any(k[0] < key[1] and key[0] < k[1] for k in after if k not in before):
            steps.append(_step(doc, rule.__name__, "dropped", Candidate(key[0], key[1], label, canonical), label, rule))
    return steps


def _step(doc, name: str, action: str, c: Candidate, was: str, rule: Rule | None = None) -> RuleStep:
    span = doc[c.start : c.end]
    why = " ".join((rule.__doc__ or "").strip().split("\n\n")[0].split()) if rule is not None else ""
    return RuleStep(rule=name, action=action, text=span.text, start=span.start_char, end=span.end_char,
                    label=c.label, was=was, why=why)
