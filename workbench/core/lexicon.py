"""The workbench's word knowledge, loaded once: every word list the analysis reads, and nothing else holds one.

The lists live in resources/lexicon/ by theme (places.json, names.json, given_names.json, actors.json, dates.json, common.json,
national_forces.json, files.json), each with a note on what it is for; the demonyms and peoples the gazetteer build shares
stay in resources/gazetteer/additions.json, and the known organisations in resources/entities/organisations.json.
Regexes that match the words are built from these lists by the modules that read them (`alternation`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from .settings import RESOURCES

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


@functools.cache
def theme(name: str) -> dict:
    """One file of resources/lexicon/ ('places', 'names', 'actors', 'dates', 'common', 'national_forces'), read once."""
    return json.loads((RESOURCES / "lexicon" / f"{name}.json").read_text(encoding="utf-8"))


def _words(name: str, key: str) -> frozenset[str]:
    return frozenset(theme(name)[key]["words"])


def _ordered(name: str, key: str) -> tuple[str, ...]:
    return tuple(theme(name)[key]["words"])


def _meanings(name: str, key: str) -> Mapping:
    return MappingProxyType(theme(name)[key]["meanings"])


def alternation(words: Iterable[str], space: str = " ") -> str:
    """The words as a regex alternation, longest first; a space inside a phrase ('close to') matches `space`."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", space) for w in ordered)


# ----------------------------------------------------------------------------- places (places.json)
CARDINAL_DIRECTIONS = _ordered("places", "cardinal_directions")
DIRECTIONS = frozenset(CARDINAL_DIRECTIONS) | _words("places", "intermediate_directions")
DIRECTION_ADJECTIVES = frozenset(CARDINAL_DIRECTIONS) | _words("places", "direction_adjectives")
BEARING_REGION_WORDS = DIRECTIONS | _words("places", "bearing_region_words")
FOREIGN_DIRECTIONS = _words("places", "foreign_directions")
# 'north', 'north-east', 'northeast': how a bearing is written; with '-ern', '-central' and 'central', how a part of a place is.
COMPASS_PATTERN = rf"(?:{alternation(CARDINAL_DIRECTIONS)})(?:-?(?:east|west))?"
DIRECTION_PATTERN = rf"{COMPASS_PATTERN}(?:ern)?(?:-central)?|central"

NATURAL_FEATURE_NOUNS = _words("places", "natural_feature_nouns")
FEATURES_INSIDE_THEIR_PROVINCE = _words("places", "features_inside_their_province")
PEOPLE_CUES = _words("places", "people_cues")
KIN_GROUP_NOUNS = _words("places", "kin_group_nouns")
PLACE_CUES_AFTER = _words("places", "place_cues_after") | NATURAL_FEATURE_NOUNS | PEOPLE_CUES
PLACE_KIND_NOUNS = _words("places", "place_kind_nouns")
FEATURE_NAME_OPENERS = _words("places", "feature_name_openers")
ORIGIN_COMPOUNDS = _words("places", "origin_compounds")
KNOWN_UNIT_CUES = _words("places", "known_unit_cues")
CUES_THAT_ARE_VERBS = _words("places", "cues_that_are_verbs")
PLACE_CUES_WITHOUT_OF = _words("places", "place_cues_without_of")
LOCAL_UNIT_TITLES = _words("places", "local_unit_titles")
PLACE_OFFICIALS = _words("places", "place_officials")
OFFICIALS_AFTER_PLACE = _words("places", "officials_after_place")
CUE_MODIFIERS = _words("places", "cue_modifiers")
WAYS_AND_LINES = _words("places", "ways_and_lines")
SAID_OF_WAYS = _words("places", "said_of_ways")
CONTROL_PARTICIPLES = _words("places", "control_participles")
ORIGIN_PARTICIPLES = _words("places", "origin_participles")
PLACE_NAMING_WORDS = _words("places", "naming_words")
PLACE_CUES_BEFORE = (
    PLACE_KIND_NOUNS
    | DIRECTIONS
    | PLACE_CUES_WITHOUT_OF
    | LOCAL_UNIT_TITLES
    | PLACE_OFFICIALS
    | _words("places", "place_cues_before_of")
)
APPOSITIVE_PLACE_KINDS = _words("places", "appositive_place_kinds")
SEAT_LEVELS = _words("places", "seat_levels")
SEAT_NOUNS = _words("places", "seat_nouns")
SAINT_PREFIXES = _words("places", "saint_prefixes")
CUES_IN_LOWER_CASE_ONLY = _words("places", "cues_in_lower_case_only")
COUNTING_WORDS = _words("places", "counting_words")
DISTANCE_WORDS = _words("places", "distance_words")
AFTER_APPOSITIVE_KIND = _words("places", "after_appositive_kind") | frozenset(CARDINAL_DIRECTIONS)
APPOSITIVE_FILLERS = _words("places", "appositive_fillers")
KIND_PHRASE_BREAKS = _words("places", "kind_phrase_breaks")
PLURAL_PLACE_NOUNS = _words("places", "plural_place_nouns")
ROUTE_WORDS = _words("places", "route_words")
ROUTE_NAME_PREFIXES = _words("places", "route_name_prefixes")
LOCATIVE_WORDS = _words("places", "locative_words")
PLACE_SLOT_WORDS = LOCATIVE_WORDS | _words("places", "place_slot_words")
PLACE_ADJECTIVES = _words("places", "place_adjectives")
PLACE_LEAD_INS = _words("places", "place_lead_ins")
ORIGIN_WORDS = _words("places", "origin_words")
DWELLING_FACILITIES = _words("places", "dwelling_facilities")
COORDINATION_PREPOSITIONS = _words("places", "coordination_prepositions")

FACILITY_HEADS = _words("places", "facility_heads")
FACILITY_WORDS = FACILITY_HEADS | _words("places", "facility_phrases")
FACILITY_HEADS_AFTER_A_MODIFIER_ONLY = _words("places", "facility_heads_after_a_modifier_only")
BUSINESS_NOUNS = _words("places", "business_nouns")
FACILITY_MODIFIERS = _words("places", "facility_modifiers")
FACILITY_NAME_FILLERS = _words("places", "facility_name_fillers")
WATER_WORDS = _words("places", "water_words")
COAST_WORDS = _words("places", "coast_words")

FIRST_LEVEL_UNIT_NOUNS = _words("places", "first_level_unit_nouns")
OFFICES_NAMED_WITH_UNIT_NOUNS = _words("places", "offices_named_with_unit_nouns")
REGION_NOUNS = _words("places", "region_nouns")
COUNTRY_GROUP_NOUNS = _words("places", "country_group_nouns")
LOCAL_UNIT_NOUNS = _words("places", "local_unit_nouns")
RURAL_UNIT_NOUNS = _words("places", "rural_unit_nouns")
SETTLEMENT_NOUNS = _words("places", "settlement_nouns")
SMALL_SETTLEMENT_NOUNS = _words("places", "small_settlement_nouns")
UNIT_NOUNS_AFTER_NAME = _words("places", "unit_nouns_after_name")
THOROUGHFARE_NOUNS = _words("places", "thoroughfare_nouns")
DISTRICT_SUBDIVISION_TYPES = _ordered("places", "district_subdivision_types")
ANCHOR_FILLERS = _words("places", "anchor_fillers")
ANCHOR_LINKS = _words("places", "anchor_links")
PART_NOUNS = _words("places", "part_nouns")

# ----------------------------------------------------------------------------- names (names.json)
ARTICLE_PREFIXES = _words("names", "article_prefixes")
NAME_PARTICLES = _words("names", "name_particles")
HYPHEN_LINKS = _words("names", "hyphen_links")
FOREIGN_AND_WORDS = _words("names", "foreign_and_words")
SURNAME_PARTICLES = _words("names", "surname_particles")
TRAILING_LINKS = _words("names", "trailing_links")
LEADING_MODIFIERS = _words("names", "leading_modifiers")
STANCE_PREFIXES = _words("names", "stance_prefixes")
NAMING_PHRASES = _words("names", "naming_phrases")
ALIAS_WORDS = _words("names", "alias_words")
FIRST_NAME_PHRASES = _words("names", "first_name_phrases")
CREDIT_PHRASES = _words("names", "credit_phrases")
TITLE_QUALIFIERS = _words("names", "title_qualifiers")
COMPASS_EXONYMS = _meanings("places", "compass_exonyms")
COUNTY_ABBREVIATIONS = _words("places", "county_abbreviations")
DECLARED_CONDITIONS = _words("places", "declared_conditions")
OBJECT_WORDS = _words("places", "object_words")
MADE_THING_NOUNS = _words("places", "made_thing_nouns")
VEHICLE_MAKES = _words("places", "vehicle_makes")
EVENT_TAILS = _words("places", "event_tails")
SENTENCE_ADVERBS = _words("places", "sentence_adverbs")
POSSESSIVE_ENDINGS = _words("names", "possessive_endings")
LEADER_BODIES = _words("names", "leader_bodies")
PERSON_TITLES = _words("names", "person_titles")
GIVEN_NAMES = _words("given_names", "given_names")
KIN_NOUNS = _words("names", "kin_nouns")
SPEECH_VERBS = _words("names", "speech_verbs")
PERSON_ROLES = _words("names", "person_roles")
ROLE_DETERMINERS = _words("names", "role_determiners")
NUMBER_SIGNS = _words("names", "number_signs")
HUMAN_FATES = _words("names", "human_fates")


LETTERS_WITHOUT_ACCENTS = _meanings("names", "letters_without_accents")
NAME_ABBREVIATIONS = _meanings("names", "name_abbreviations")
_PLAIN_LETTERS = str.maketrans(dict(LETTERS_WITHOUT_ACCENTS))


def ascii_letters(text: str) -> str:
    """The text in ASCII, accents dropped and letters without a decomposition written plain ('Đà Nẵng' ->
    'Da Nang', 'Łódź' -> 'Lodz'); other characters outside ASCII go."""
    import unicodedata

    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS)).encode("ascii", "ignore").decode()


def folded(name: str) -> str:
    """A name in lower-case ASCII without apostrophes, for comparing spellings ('Goïta' and 'Goita' meet)."""
    return " ".join(re.sub(r"[’'`]", "", ascii_letters(name).lower()).replace("-", " ").split())


@functools.cache
def well_known_people() -> Mapping[str, str]:
    """Each spelling of a well-known person's surname (folded) -> the person's canonical name. Only the spellings
    listed count: a title's last word may be a common name ('Abiy Ahmed': any Ahmed is not Abiy)."""
    spellings = {}
    for canonical, surnames in _meanings("names", "well_known_people").items():
        for surname in surnames:
            spellings[folded(surname)] = canonical
    return MappingProxyType(spellings)


DEMONYM_ENDINGS = tuple(tuple(pair) for pair in theme("names")["demonym_endings"]["pairs"])

# ----------------------------------------------------------------------------- actors (actors.json)
GROUP_HEADS = _words("actors", "group_heads")
_PROVINCES_OF_A_MOVEMENT = _meanings("actors", "provinces_of_a_movement")
MOVEMENTS_WITH_PROVINCES = tuple(_PROVINCES_OF_A_MOVEMENT["movements"])
BRANCH_WORDS = tuple(_PROVINCES_OF_A_MOVEMENT["branch_words"])
MOVEMENT_PROVINCE_WORDS = frozenset(_PROVINCES_OF_A_MOVEMENT["province_words"])
GROUP_ARTICLES = _words("actors", "group_articles")
MOVING_VERBS = _words("actors", "moving_verbs")
MOVEMENT_PREPOSITIONS = _words("actors", "movement_prepositions")
ORGANISATION_TAILS = _words("actors", "organisation_tails")
ORGANISATION_HEADS = _words("actors", "organisation_heads")
CONSTRUCT_HEADS = _words("actors", "construct_heads")
HYPHEN_CHAIN_HEADS = CONSTRUCT_HEADS | _words("actors", "hyphen_chain_heads")
ORGANISATION_CONNECTORS = _words("actors", "organisation_connectors")
ORGANISATION_LINKS = _words("actors", "organisation_links")
UNQUALIFIED_FORCE_NOUNS = _words("actors", "unqualified_force_nouns")
COMPANY_NOUNS = _words("actors", "company_nouns")
BEFORE_UNQUALIFIED_FORCE = _words("actors", "before_unqualified_force")
ADJECTIVE_FORCE_NOUNS = _words("actors", "adjective_force_nouns")
MINISTRY_PORTFOLIOS = _meanings("actors", "ministry_portfolios")
LEADER_PHRASES = _words("actors", "leader_phrases")
DENOMINATIONS = _words("actors", "denominations")
PEOPLE_NOUNS = _words("actors", "people_nouns")
LOCAL_INSTITUTION_HEADS = _words("actors", "local_institution_heads")
LEVELED_INSTITUTION_HEADS = _words("actors", "leveled_institution_heads")
HEADS_ONLY_BEFORE_A_LINK = _words("actors", "heads_only_before_a_link")
EDITION_OUTLETS = _words("actors", "edition_outlets")
EDITION_NAMES = _words("actors", "edition_names")
NATIONAL_INSTITUTION_NOUNS = _meanings("actors", "national_institution_nouns")
GOVERNMENT_QUALIFIERS = _words("actors", "government_qualifiers")
PROVINCIAL_INSTITUTION_NOUNS = _meanings("actors", "provincial_institution_nouns")
NOT_AFTER_INSTITUTION = _words("actors", "not_after_institution")
OUTLET_MEDIA = _words("actors", "outlet_media")
OUTLET_TITLE_WORDS = _words("actors", "outlet_title_words")
AGENCY_NAME_WORDS = _words("actors", "agency_name_words")
MISSIONS_ABROAD = _words("actors", "missions_abroad")
CUES_PEOPLE_SHARE = _words("actors", "cues_people_share")
FILE_EXTENSIONS = _words("actors", "file_extensions")
NATIONAL_BODY_OPENERS = _words("actors", "national_body_openers")
NATIONAL_BODY_WORDS = _words("actors", "national_body_words")
BODIES_OF_ANOTHER_STATE = _words("actors", "bodies_of_another_state")
OUTLET_SOURCE_CUES = _meanings("actors", "outlet_source_cues")
OUTLETS_NAMED_WITH_A_CUE = _words("actors", "outlets_named_with_a_cue")

# ----------------------------------------------------------------------------- files (files.json)
FORWARD_SUBJECT_PREFIXES = _words("files", "forward_subject_prefixes")
FORWARD_MARKERS = _words("files", "forward_markers")
NEWSLETTER_FURNITURE = _words("files", "newsletter_furniture")
GENERATOR_DEFAULT_TITLES = _words("files", "generator_default_titles")
AGENCIES = _words("files", "agencies")
FORWARD_HEADER_FIELDS = _meanings("files", "forward_header_fields")

# ----------------------------------------------------------------------------- dates (dates.json)
WEEKDAYS = _ordered("dates", "weekdays")
MONTHS = MappingProxyType(
    {m: i for i, m in enumerate(_ordered("dates", "months"), start=1)} | dict(_meanings("dates", "month_abbreviations"))
)
CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
NUMBER_WORDS = _meanings("dates", "number_words")
SEASONS = MappingProxyType({season: tuple(months) for season, months in _meanings("dates", "seasons").items()})
PARTS_OF_DAY = _words("dates", "parts_of_day")
CLOCK_WORDS = _words("dates", "clock_words")
CLOCK_ZONES = _words("dates", "clock_zones")
DATE_SPELLING_VARIANTS = _meanings("dates", "spelling_variants")
DAY_PART_OPENERS = _words("dates", "day_part_openers")
CLOCK_TIME_OPENERS = _words("dates", "clock_time_openers")
FIXED_HOLIDAYS = _meanings("dates", "fixed_holidays")
EASTER_HOLIDAYS = _meanings("dates", "easter_holidays")
STORY_RELATIVE_DAYS = _meanings("dates", "story_relative_days")
STORY_RELATIVE_OPENERS = _words("dates", "story_relative_openers")
DAY_WORDS = _meanings("dates", "day_words")
DATELIKE_WORDS = _words("dates", "datelike_words")
DATE_PREPOSITIONS = _words("dates", "date_prepositions")
DATE_HEDGES = _words("dates", "hedges")
AGO_UNITS = _words("dates", "ago_units")
RANGE_JOINS = _words("dates", "range_joins")
RELATIVE_SHIFTS = _meanings("dates", "relative_shifts")
PERIOD_PARTS = _meanings("dates", "period_parts")
SPAN_UNITS = _words("dates", "span_units")
DURATION_OPENERS = _words("dates", "duration_openers")
DURATION_QUALIFIERS = _words("dates", "duration_qualifiers")
VAGUE_WORDS = _words("dates", "vague_words")
FUTURE_MARKERS = _words("dates", "future_markers")
DEADLINE_PREPOSITIONS = _words("dates", "deadline_prepositions")
COUNTED_FROM = _words("dates", "counted_from")

# ----------------------------------------------------------------------------- everyday words (common.json)
STOP_WORDS = _words("common", "stop_words")


def country_of_demonym(word: str, gazetteer: Gazetteer) -> str | None:
    """'Iraqi' -> 'IQ', 'Lebanese' -> 'LB', 'Turkish' -> 'TR': the country a demonym points to, if any."""
    irregular = _demonyms()
    if word in irregular:
        return irregular[word]
    # every ending that leaves a country's name; the longest name wins ('Nigerian' is Nigeria's, not Niger's)
    found = [
        (len(stem), e.cc)
        for ending, replacement in DEMONYM_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= 3
        for stem in [word[: -len(ending)] + replacement]
        for e in gazetteer.lookup(stem)
        if e.kind == "country" and e.match != "skeleton"
    ]
    return max(found, key=lambda found_cc: found_cc[0])[1] if found else None


def names_a_people(word: str, gazetteer: Gazetteer) -> bool:
    """'Iraqi', 'Kurds', 'Tuareg': a demonym or an ethnic or religious group, which is never a place; so is one
    with a direction or a prefix before it ('East African', 'ex-Yugoslav', 'pro-Russian')."""
    bare = _PEOPLE_PREFIX.sub("", word)
    # 'South Korean', 'South African': the direction may belong to the country's own name
    return bare in _additions()["peoples"] or any(country_of_demonym(w, gazetteer) for w in dict.fromkeys((bare, word)))


# 'East African', 'southern Lebanese', 'ex-Yugoslav', 'pro-Iranian': still the people's adjective
_PEOPLE_PREFIX = re.compile(rf"^(?:(?:{DIRECTION_PATTERN})\s+|(?:ex|pro|anti|non)-)", re.IGNORECASE)


def _demonyms() -> dict[str, str]:
    return _additions()["demonyms"]


@functools.cache
def _additions() -> dict:
    data = json.loads((RESOURCES / "gazetteer" / "additions.json").read_text(encoding="utf-8"))
    return {"demonyms": data.get("demonyms", {}), "peoples": frozenset(data.get("peoples", ()))}


def english_unit_names(name: str) -> list[str]:
    """'Sud-Ubangi' -> ['South Ubangi'], 'Sud-Ouest' -> ['South-West'], 'Southeast' -> ['South-East', 'South East']:
    the names English reporting gives a first-level unit named with a French or a one-word compass."""
    head, _, rest = name.partition(" ") if " " in name else (name, "", "")
    found = []
    for words, sep in ((name.lower(), ""), (head.lower(), " ")):
        english = COMPASS_EXONYMS.get(words)
        if english and (sep == "" or rest):
            found += [f"{english}{sep}{rest}", f"{english.replace('-', ' ')}{sep}{rest}"]
    french = re.match(r"(nord|sud|est|ouest)-(.+)$", name, re.IGNORECASE)
    if french and french.group(2).lower() not in COMPASS_EXONYMS:  # 'Sud-Ubangi'; 'Sud-Ouest' was taken above
        found.append(f"{COMPASS_EXONYMS[french.group(1).lower()]} {french.group(2)}")
    # a lone 'North' or 'East' is no name English reporting gives a unit: it would match every 'the East'
    return [n for n in dict.fromkeys(found) if n != name and n.lower() not in CARDINAL_DIRECTIONS]


def national_forces() -> dict:
    """Armed forces and police by country code, and the nouns that name them (resources/lexicon)."""
    return theme("national_forces")


@functools.cache
def known_organisations() -> tuple[dict, ...]:
    """The organisations the model's ruler knows by name, with their aliases (resources/entities/organisations.json)."""
    data = json.loads((RESOURCES / "entities" / "organisations.json").read_text(encoding="utf-8"))
    return tuple(data["organisations"])


def national_force_name(cc: str, noun: str, demonym: str, as_name: bool = False) -> str:
    """'Kenyan' + 'army' -> 'Kenya Defence Forces'; 'Israeli' + 'air force' -> 'Israeli Air Force'. Written as a
    name (`as_name`: 'the Colombian Army', 'the Air Force'), an army or air force with its own title is that branch;
    where reporting means the branch by any 'army' ('the Pakistan army'), written in lower case too."""
    table = national_forces()
    kind = table["force_nouns"][noun]
    if (as_name or cc in table["army_means_the_branch"]["countries"]) and noun == "army" and cc in table["army_branch"]:
        return table["army_branch"][cc]
    if kind in ("armed_forces", "police"):
        return table[kind].get(cc) or f"{demonym} {'Armed Forces' if kind == 'armed_forces' else 'Police'}"
    return table.get(kind.lower().replace(" ", "_"), {}).get(cc) or f"{demonym} {kind}"  # 'Air Force' -> air_force


def legislature_name(cc: str, country: str) -> str:
    """'ET' -> 'Federal Parliamentary Assembly'; a country the lexicon does not list -> 'Parliament of <Country>'."""
    return national_forces()["legislatures"].get(cc) or f"Parliament of {country}"


def demonym_of(cc: str) -> str | None:
    """The people's adjective of a country ('SD' -> 'Sudanese') when the lexicon lists it."""
    return next((word for word, code in _demonyms().items() if code == cc), None)


ACRONYM_PATTERN_ID = "known acronym"  # the one ruler pattern that holds every known acronym


def is_acronym(name: str) -> bool:
    """'IS', 'RSF', 'M23': matched only as written ('IS' must not match the verb 'is'); 'RFE/RL' and 'CPI(M)' are
    read as the tokenizer splits them, phrases."""
    return " " not in name and "/" not in name and "(" not in name and (name.isupper() or len(name) <= 3)


@functools.cache
def known_acronyms() -> dict[str, tuple[str, str]]:
    """Each known organisation's acronym -> (canonical name, label); one of five letters or more also as
    British and French copy writes it, as a word ('Monusco', 'Unicef', 'Ecowas')."""
    found = {
        name: (org["name"], org.get("label", "ORG"))
        for org in known_organisations()
        for name in [org["name"], *org.get("aliases", [])]
        if is_acronym(name)
    }
    as_words = {name.title(): known for name, known in found.items() if len(name) >= 5 and name.isalpha()}
    return as_words | found


# French calendar words, for the French date rule and resolver (resources/lexicon/french.json).
FRENCH_WEEKDAYS = _ordered("french", "weekdays")
FRENCH_MONTHS = _ordered("french", "months")
FRENCH_DAY_WORDS = _words("french", "day_words")
FRENCH_PAST = _words("french", "past")
FRENCH_FUTURE = _words("french", "future")


# ----------------------------------------------------------------------------- languages (languages.json)
LANGUAGE_NAMES = _meanings("languages", "detected")
