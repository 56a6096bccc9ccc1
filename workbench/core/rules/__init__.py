"""The analysis rules: general patterns of news language that mend what the statistical model read.

Each rule is a function `rule(doc, spans, gazetteer)` with a docstring that states its pattern; it changes
the candidate spans in place (or returns a new list). `RULES` is the one order they run in. `apply_rules`
runs them and records every change each one made (added, dropped, relabelled, re-spanned) as `RuleStep`s
with the rule's name and the pattern it states: `workbench analyze --explain` prints that trail.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from ..gazetteer import Gazetteer
from ..lexicon import ACRONYM_PATTERN_ID, known_acronyms
from ..models import RuleStep
from . import consistency, dates, names, organisations, places
from .spans import ENTITY_LABELS, Candidate, span_chars, span_text

Rule = Callable[..., "list[Candidate] | None"]

# The order matters: spans are trimmed before anything reads them; dates before places (a month is no
# town); places found by cue words before the gazetteer's guesses; organisations' full names after the
# places (a place inside one, 'Kano State Police Command', is part of its name); the whole-article vote last.
RULES: tuple[Rule, ...] = (
    names.trim_edges,
    names.numbered_names,
    dates.merge_date_time,
    dates.month_day_dates,
    dates.dates_open_at_their_date,
    dates.day_words_are_dates,
    dates.holidays_are_dates,
    dates.anchored_amounts,
    dates.days_counted_in_the_story,
    dates.date_pairs_are_two_dates,
    dates.days_sharing_a_month,
    dates.weekday_lists_are_dates,
    dates.days_of_the_month_in_brackets,
    organisations.national_forces_named,
    organisations.countries_owning_known_names,
    places.country_names_read_as_peoples,
    places.place_cue_words,
    places.places_called_by_name,
    places.places_held_by_someone,
    places.appositive_directions,
    places.appositive_places,
    places.routes_name_places,
    places.listed_places,
    places.destinations,
    organisations.groups_are_organisations,
    organisations.provinces_of_a_movement,
    organisations.groups_named_with_a_spanish_article,
    places.dateline_places,
    organisations.dateline_agency,
    organisations.outlet_editions,
    organisations.outlets_named_as_sources,
    organisations.quoted_outlets,
    places.places_inside_events,
    places.common_words_opening_sentences,
    places.function_words_and_titles_are_not_places,
    places.peoples_are_not_places,
    places.places_known_on_sight,
    places.places_before_their_officials,
    places.locative_towns,
    places.names_after_place_prepositions,
    places.places_owning_places,
    places.places_named_with_a_possessive,
    places.names_opened_by_a_feature_word,
    places.names_before_born_or_based,
    places.unread_places,
    places.towns_of_the_story_country,
    places.regions_named_by_their_bearing,
    places.weapons_and_vehicles_are_not_places,
    places.countries_listed_in_one_span,
    places.places_listed_in_one_name,
    places.acronyms_are_not_places,
    places.names_joined_by_particles,
    places.names_split_in_two,
    places.hyphenated_place_names,
    places.split_place_pairs,
    places.facilities,
    places.roads_and_lines_are_places,
    places.rivers_named,
    organisations.companies_named_before_their_trade,
    organisations.churches_are_institutions,
    places.operations_are_events,
    places.named_events_are_not_places,
    organisations.local_institutions,
    organisations.names_sharing_a_plural_tail,
    organisations.names_joined_by_hyphen_links,
    organisations.organisation_names,
    organisations.peoples_bodies_of_a_place,
    organisations.names_defined_by_their_initials,
    organisations.dates_naming_organisations,
    organisations.the_countrys_forces,
    organisations.ministries_by_portfolio,
    organisations.national_institutions,
    organisations.national_bodies_of_the_story_country,
    organisations.provincial_institutions,
    organisations.portfolios_in_titles,
    organisations.peoples_are_not_organisations,
    names.titled_people,
    names.people_after_their_posting,
    names.people_after_their_portfolio,
    names.leaders_are_people,
    names.ages_follow_people,
    names.people_given_their_age_before,
    names.people_introduced_by_one,
    names.who_clauses_follow_people,
    names.people_things_happen_to,
    names.people_identified_as,
    names.aliases_are_names_of_someone,
    names.people_given_by_first_name,
    names.credited_journalists,
    names.people_in_pairs,
    names.role_appositives,
    names.people_named_after_their_role,
    names.nicknames_inside_names,
    names.people_by_their_given_name,
    names.surnames_with_particles,
    names.kin_are_people,
    names.people_listed_among_people,
    names.speakers_are_people,
    names.known_as,
    names.surnames_are_people,
    names.full_names_of_surnames,
    names.family_names,
    names.well_known_people_named,
    places.unknown_words_need_a_cue,
    places.lists_placed_in_a_place,
    consistency.one_label_per_name,
    places.coordinated_places,
    places.place_lists,
    places.kin_groups_are_not_places,
    consistency.names_are_capitalised,
)

# French articles: only the rules that read no English word. The rest look for English cue words ('the
# town of', 'spokesman', 'backed') and would find none, or worse, misread a French word as one.
FRENCH_RULES: tuple[Rule, ...] = (
    dates.french_dates,
    places.split_place_pairs,
    places.places_known_on_sight,
    consistency.one_label_per_name,
    consistency.names_are_capitalised,
)
# The French model's labels (WikiNER) in the workbench's: its LOC holds countries and cities as well as
# rivers and mountains, and the gazetteer tells them apart as it does for GPE; MISC (nationalities, events,
# works, products together) fits no one label and is dropped.
FRENCH_LABELS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}


def model_spans(doc, labels: dict[str, str] | None = None) -> list[Candidate]:
    """The statistical model's entities (and the organisation ruler's, with their canonical names), in the
    workbench's labels (`labels` maps another model's labels to them; a label it leaves out is dropped)."""
    acronyms = known_acronyms()
    spans = []
    for e in doc.ents:
        from_model = labels is not None and not e.ent_id_  # the organisation ruler speaks the workbench's labels
        label = labels.get(e.label_, "") if from_model else e.label_
        if label in ENTITY_LABELS:
            spans.append(
                Candidate(
                    e.start, e.end, label, acronyms[e.text][0] if e.ent_id_ == ACRONYM_PATTERN_ID else e.ent_id_ or ""
                )
            )
    return spans


def apply_rules(
    doc, spans: list[Candidate], gazetteer: Gazetteer, rules=RULES
) -> tuple[list[Candidate], list[RuleStep]]:
    """Run the rules in order; return the mended spans and every change, each named by the rule that made it."""
    trace = [_step(doc, "model" if not c.canonical else "organisation list", "read", c, "") for c in spans]
    before = _snapshot(spans)
    for rule in rules:
        result = rule(doc, spans, gazetteer)
        if result is not None:
            spans = result
        after = _snapshot(spans)
        if after != before:
            trace += _changes(doc, rule, before, after)
        before = after  # nothing touches the spans between two rules
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
    start, end = span_chars(doc, c.start, c.end)
    return RuleStep(
        rule=name,
        action=action,
        text=span_text(doc, c.start, c.end),
        start=start,
        end=end,
        label=c.label,
        was=was,
        why=_pattern_of(rule) if rule is not None else "",
    )


@functools.cache
def _pattern_of(rule: Rule) -> str:
    """The pattern a rule states: its docstring's first paragraph, on one line (read once per rule)."""
    return " ".join((rule.__doc__ or "").strip().split("\n\n")[0].split())
