"""Place mentions -> gazetteer entries with coordinates, disambiguated from the article's own context.

Evidence, in the manner of Mordecai and CLAVIN: the countries the article is about (country names and
demonyms), places already resolved ("east of Baghdad" favours places near Baghdad), cue words
("X governorate" wants a first-level unit, "X area" a neighbourhood), population and a capital prior.
A place the gazetteer does not know is put, with low confidence, at the most specific place resolved in
its sentence, so the analyst still sees it on the map and can set its location.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .gazetteer import BROAD_KINDS, Gazetteer, GazetteerEntry, distance_km, name_key
from .lexicon import (
    ANCHOR_FILLERS,
    ANCHOR_LINKS,
    ARTICLE_PREFIXES,
    BEARING_REGION_WORDS,
    BUSINESS_NOUNS,
    CARDINAL_DIRECTIONS,
    COAST_WORDS,
    COMPASS_EXONYMS,
    COMPASS_PATTERN,
    COUNTRY_GROUP_NOUNS,
    CUE_MODIFIERS,
    DIRECTION_ADJECTIVES,
    DIRECTION_PATTERN,
    DIRECTIONS,
    DWELLING_FACILITIES,
    FACILITY_MODIFIERS,
    FACILITY_NAME_FILLERS,
    FACILITY_WORDS,
    FEATURES_INSIDE_THEIR_PROVINCE,
    FIRST_LEVEL_UNIT_NOUNS,
    LOCAL_UNIT_NOUNS,
    NAME_PARTICLES,
    NATURAL_FEATURE_NOUNS,
    OFFICES_NAMED_WITH_UNIT_NOUNS,
    ORIGIN_PARTICIPLES,
    PART_NOUNS,
    PLACE_CUES_AFTER,
    PLACE_KIND_NOUNS,
    PLURAL_PLACE_NOUNS,
    REGION_NOUNS,
    RURAL_UNIT_NOUNS,
    SETTLEMENT_NOUNS,
    SMALL_SETTLEMENT_NOUNS,
    UNIT_NOUNS_AFTER_NAME,
    WATER_WORDS,
    alternation,
    country_of_demonym,
    folded,
)
from .models import Mention, Place, PlaceCandidate, Span

_FACILITY_MODIFIER_KEYS = frozenset(name_key(w) for w in FACILITY_MODIFIERS)
_FACILITY_WORDS = re.compile(rf"\b({alternation(FACILITY_WORDS)})\b", re.IGNORECASE)
# Administrative nouns written after a name ('Kano State', 'Dera woreda', 'Gwoza Local Government Area'):
# the name is looked up without them, and they say what kind of unit is meant.
_TYPE_SUFFIX = re.compile(rf"\s+({alternation(UNIT_NOUNS_AFTER_NAME)})$", re.IGNORECASE)
_WATER_WORDS = re.compile(rf"\b({alternation(WATER_WORDS)})\b", re.IGNORECASE)
# 'the Lakeland Line', 'the Line of Separation': a boundary runs for hundreds of kilometres, never through a country's
# middle
_BOUNDARY_LINE = re.compile(r"\bLine\b")
_GENERIC_WORDS = re.compile(rf"\b({alternation(FACILITY_NAME_FILLERS)})\b", re.IGNORECASE)
_DIRECTION = re.compile(rf"(?:^|\s)({DIRECTION_PATTERN})\s+$", re.IGNORECASE)
# 'in the north of Niger', 'the south-east of the Democratic Republic of the Congo': a part of a country
_DIRECTION_OF = re.compile(rf"(?:^|\s)the\s+({COMPASS_PATTERN})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "Chad's north", "Peru's south-east": a direction as a lower-case noun after a country's possessive
_POSSESSIVE_DIRECTION = re.compile(rf"['’]s\s+({COMPASS_PATTERN})\b(?![\s-]*[A-Z])")
_LEADING_DIRECTION = re.compile(rf"({DIRECTION_PATTERN})\s+(?=[A-Z])", re.IGNORECASE)
# 'Kakamega North', 'Bungoma West', 'Kozah-Nord': a unit's part named by a direction after the unit's name
_TRAILING_DIRECTION = re.compile(
    rf"^([A-Z].*?)[\s-]+({COMPASS_PATTERN}|{alternation(COMPASS_EXONYMS)}|central)$", re.IGNORECASE
)
# All that may stand between a place and its anchor: 'X, about 20 km north-west of Y', 'X area east of Y',
# 'X, a town south of the city of Y', 'X camp outside Y', 'X district of Y', 'X in Y' -- not a clause ('troops
# from X were deployed north of Y').
_ANCHOR_LINKS = alternation(ANCHOR_LINKS, space=r"\s+")
_ANCHOR = re.compile(
    rf"^[\s,]*(?:(?:{alternation(ANCHOR_FILLERS)}|[\d.,]+\s*-?\s*(?:km|kilomet(?:re|er)s?|miles?))[\s,()-]*)*"
    rf"(?:{COMPASS_PATTERN}\s+of|in\s+the\s+(?:far\s+)?(?:{COMPASS_PATTERN}\s+)?(?:{alternation(PART_NOUNS)})\s+of|"
    rf"{_ANCHOR_LINKS})\s+(?:the\s+)?(?:(?:city|capital)\s+(?:of\s+)?|(?:{alternation(PLACE_KIND_NOUNS)})\s+of\s+)?$",
    re.IGNORECASE,
)
# 'X village, approximately 10km from Y': a distance with no bearing also ties X to Y ('from' alone does not:
# 'fled to X from Y').
_DISTANCE_FROM = re.compile(
    rf"^[\s,]*(?:(?:{alternation(ANCHOR_FILLERS)})[\s,()-]*)*[\d][\d,.]*\s*-?\s*(?:km|kilomet(?:re|er)s?|miles?)"
    rf"\s+(?:away\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# 'about 450 km (280 miles) north of': how far and which way from the anchor (the first distance given)
_OFFSET = re.compile(
    rf"([\d][\d,.]*)\s*-?\s*(km|kilomet(?:re|er)s?|miles?)\b.*?({COMPASS_PATTERN})\s+of", re.IGNORECASE
)
_DISTANCE = re.compile(r"([\d][\d,.]*)\s*-?\s*(km|kilomet(?:re|er)s?|miles?)\b", re.IGNORECASE)
_MILE_KM = 1.609
# 'The area lies north of X, in the Y region', '300 km from the capital X, in Y': a name that is itself the
# anchor of a direction or a distance; the place after ', in' locates what lies there, not this name
_ANCHOR_BEFORE = re.compile(
    rf"(?:{COMPASS_PATTERN}\s+of|[\d][\d,.]*\s*-?\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:away\s+)?from|\bnear)"
    rf"\s+(?:the\s+)?(?:(?:city|capital|town)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_COMMA_IN = re.compile(rf"^\s*,\s*(?:(?:{alternation(ANCHOR_FILLERS)})\s+)*in\s+(?:the\s+)?$", re.IGNORECASE)
# 'US-made rifles', 'Iran-backed militias', 'the US made M-4': where a thing or a group comes from (written
# apart, only before a name: 'the US made clear' is the country acting)
_ORIGIN_AFTER = re.compile(
    rf"(?:[-‑]\s?({alternation(ORIGIN_PARTICIPLES)})\b|\s+({alternation(ORIGIN_PARTICIPLES)})\s+[A-Z0-9])"
)


def _km(match: re.Match) -> float:
    """A distance matched as (number, unit) in kilometres: '450 km', '280 miles', '1,200 kilometres'."""
    return float(match.group(1).replace(",", "")) * (_MILE_KM if match.group(2).lower().startswith("mile") else 1)


# 'Paris, Texas', 'Hama in Syria', 'X, in Y'; "Syria's Hama" read backwards is not covered: the name right after.
_BESIDE = re.compile(r"^(?:\s*,\s*(?:in\s+)?|\s+in\s+)(?:the\s+)?$", re.IGNORECASE)
# 'X, in Y', 'X village in Y', 'A and X towns, in Y', 'X village, Y district': X is said to lie in Y
_INSIDE = re.compile(
    rf"^(?:(?:\s+(?:{alternation(SETTLEMENT_NOUNS)}))?\s*,?\s+in\s+(?:the\s+)?|\s+(?:{alternation(SETTLEMENT_NOUNS)})\s*,\s*)$",
    re.IGNORECASE,
)
_UNIT_NOUN_AFTER = re.compile(rf"\s+(?:{alternation(UNIT_NOUNS_AFTER_NAME)})\b", re.IGNORECASE)
# between the names of one list: 'A, B and C', 'A and B', 'A, and B'
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_BEARINGS = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1)}


@dataclass(frozen=True)
class PlaceWeights:
    """How much each piece of evidence counts when same-named places compete (bench/quality.py --sweep)."""

    # A bare name most often means the larger kind of place: 'Lebanon' the country, 'Anbar' the province.
    kind_prior: tuple[tuple[str, float], ...] = (
        ("country", 3.0),
        ("region", 2.5),
        ("water", 2.5),
        ("governorate", 1.2),
        ("district", 0.3),
        ("city", 0.0),
        ("neighbourhood", -0.5),
        ("facility", 0.0),
    )
    population: float = 0.6  # per power of ten of inhabitants: the news names big places more often
    capital: float = 1.0  # capitals stand for their governments and are named far more than their size says
    alias: float = -0.3  # matched through an alternate name, not the main one
    city_alias: float = -0.7  # and a city so matched (a former, a foreign name): a city of that very name first
    skeleton: float = -2.0  # matched by consonant skeleton only: a spelling guess
    focus_share: float = 4.0  # times the share of the article's evidence that names the candidate's country
    focus_named: float = 1.0  # the candidate's country is named in the article at all
    water_word: float = 5.0  # 'the Red Sea' names the sea, not the Sudanese state of that name
    unit_cue: float = 4.0  # 'X governorate/province/state' wants a first-level unit...
    unit_cue_miss: float = -2.0  # ...and is no town
    region_cue_unit: float = 3.0  # 'the Donetsk region' is usually the first-level unit
    local_cue: float = 1.5  # 'X district/area' wants a neighbourhood or district
    settlement_cue: float = 1.0  # 'the town of X' wants a populated place...
    settlement_cue_miss: float = -1.0  # ...and no province
    anchor_close: float = 4.0  # within 60 km of the place it is said to be near ('X, east of Y')
    anchor_near: float = 1.0  # within 200 km of it
    anchor_far: float = -1.0  # farther: probably a homonym
    near_resolved: float = 1.0  # within 300 km of another place of the article
    inside_named_unit: float = 1.5  # a town inside a province the article names, beside its namesakes
    named_after_a_place_there: float = 3.0  # 'Atlanta, Georgia': the US state, not the country
    country_named_after: float = 3.0  # 'X, in northern Peru': the X of that country, not a capital abroad
    unit_over_namesakes_elsewhere: float = 2.5  # 'in Tabasco': the province, not villages of its name elsewhere
    alias_of_a_unit: float = -5.0  # 'Ceará': a province's own name, not a city listing it among its spellings
    village_named_like_a_unit: float = -3.0  # 'cartels from Morelos': the state, not a hamlet of its name
    written_with_its_unit: float = 6.0  # 'Laredo, Texas': a town and the province it lies in, meant together
    # a region across borders that one country also names a province after, in a story about another country
    unit_abroad_named_like_a_region: float = -4.0
    # The article's geography: a small place outside the countries it is about and this far from every
    # place it names is a homonym abroad, unless its country is named beside it or it is a major city.
    far_km: float = 1000.0
    # A name the gazetteer lacks is put at its country's centre only when the country's units all lie this
    # close to it (Lebanon, Kosovo): in a larger one the guess could land hundreds of kilometres off.
    guess_country_km: float = 250.0
    major_population: int = 1_000_000
    # A city this big abroad, turned down by name ('talks in Geneva' in a story told far away), is known enough
    # that the name is not guessed into the story's country: it stays unplaced, the city offered (as is a
    # city of megacity_population by its name without 'City').
    known_city_population: int = 150_000
    megacity_population: int = 5_000_000
    # A spelling guess (a town matched by its consonants only) farther than this from every place the
    # article names for sure is another town.
    spelling_guess_km: float = 150.0
    # A city this big said to lie in a direction from another may lie far_km from it, not 150 km.
    big_city_population: int = 500_000
    # A village (fewer inhabitants than this) farther than that from every place the article names for sure
    # is a namesake of the one meant.
    village_population: int = 10_000
    village_far_km: float = 400.0
    # A city this size is not what the text calls a village or a hamlet ('the village of X'), wherever it is
    city_too_big_for_a_village: int = 100_000

    def prior(self, kind: str) -> float:
        return dict(self.kind_prior).get(kind, 0.0)


WEIGHTS = PlaceWeights()


@dataclass
class _Group:
    """All mentions of one surface name in an article, and what their context says."""

    key: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    cues: set[str] = field(default_factory=set)
    anchors: list[str] = field(default_factory=list)  # names in "east of <name>" right before a mention
    offsets: dict[str, tuple[float, str]] = field(default_factory=dict)  # anchor -> (km, 'north-west') when given
    distances: dict[str, float] = field(default_factory=dict)  # anchor -> km, given with no bearing ('10km from Y')
    border_anchors: set[str] = field(
        default_factory=set
    )  # anchors whose border is meant ("close to Chihuahua's border")
    direction: str = ""  # "northern" in "northern Syria"
    sentence_ids: set[int] = field(default_factory=set)
    story_sentence_ids: set[int] = field(default_factory=set)  # the sentences of its mentions but the dateline
    facility_named_place: bool = False  # 'Port Sudan' is a city, though its name says 'port'
    beside: list[str] = field(default_factory=list)  # names right after a mention: 'X, <state>', 'X in <country>'
    inside: list[str] = field(default_factory=list)  # units named with their noun it is said to be in: 'X, in Y County'
    owners: set[str] = field(default_factory=set)  # countries a demonym before it names: 'the Italian town of X'
    datelines: int = 0  # mentions that are the dateline ('NAIROBI (AFP) -'): where the reporter files from
    origins: int = 0  # mentions that say where a thing comes from ('US-made'): no sign of where the story is
    rejected: list[str] = field(default_factory=list)  # candidates turned down, and why (for the trace)
    absorbed: list[str] = field(default_factory=list)  # other names read as this place, and why (for the trace)
    part_named_after: str = ""  # 'Kakamega North' -> 'north': a unit's part named by a direction after its name
    named_with_noun: set[int] = field(default_factory=set)  # places whose own name holds the noun: 'X State'
    known_abroad: GazetteerEntry | None = None  # a well-known city of the name turned down as far off ('Geneva')
    quoted_names: int = 0  # mentions in quotes before a common noun: 'the "Sunrise" hotel' names a business


@dataclass(frozen=True)
class ArticleGeography:
    """Where an article is: the countries its places lie in, and the points it names beyond doubt."""

    countries: frozenset[str]
    points: tuple[tuple[float, float], ...]
    # the places named beyond doubt alone, without the countries' centres and provinces
    named_points: tuple[tuple[float, float], ...] = ()
    # the countries those places lie in
    named_countries: frozenset[str] = frozenset()

    def distance_km(self, c: GazetteerEntry) -> float:
        return min((distance_km(c.lat, c.lon, lat, lon) for lat, lon in self.points), default=math.inf)


def resolve_places(
    text: str,
    mentions: Iterable[Mention],
    sentences: Iterable[Span],
    gazetteer: Gazetteer,
    context_countries: Counter | None = None,
    weights: PlaceWeights | None = None,
) -> tuple[Place, ...]:
    """Resolve the article's place mentions; `context_countries` counts country codes named by demonyms;
    `weights` (default WEIGHTS) is there for bench/quality.py --sweep."""
    w = weights or WEIGHTS
    sentences = _Sentences(sentences)
    groups = _group_mentions(text, [m for m in mentions if m.label in ("GPE", "LOC", "FAC")], sentences, gazetteer)
    if not groups:
        return ()
    candidates = {g.key: _candidates(g, gazetteer) for g in groups}
    # the countries the text names by their names or their peoples': what a name written in full is read by
    named = {c.cc for g in groups for c in candidates[g.key] if c.kind == "country" and c.match != "skeleton"}
    named |= set(context_countries or ())
    candidates = {g.key: _written_in_full(g, cands, named) for g in groups for cands in [candidates[g.key]]}
    groups = _bare_names_of_units(groups, candidates)
    groups = _short_forms_of_compound_names(groups, candidates)
    for g in groups:  # 'Kayin State', 'Khost province': the text says which kind of place; its namesakes are not it
        if g.named_with_noun:  # 'the X Region', 'Y State': the place of that whole name, no namesake
            candidates[g.key] = [c for c in candidates[g.key] if c.id in g.named_with_noun]
        units = [
            c
            for c in candidates[g.key]
            if (c.kind == "governorate" and c.match != "skeleton") or c.id in g.named_with_noun
        ]
        if g.cues & FIRST_LEVEL_UNIT_NOUNS and units:
            candidates[g.key] = units
        elif g.cues & (SETTLEMENT_NOUNS - PLURAL_PLACE_NOUNS) and not g.cues & (FIRST_LEVEL_UNIT_NOUNS | REGION_NOUNS):
            # 'X town', 'the village of X': a settlement, not the country or the sea of that name ('Kenya villages'
            # are the country's)
            candidates[g.key] = [c for c in candidates[g.key] if c.kind not in ("country", "water")]
        if g.cues & RURAL_UNIT_NOUNS:  # 'X township', 'X county': no city's neighbourhood
            candidates[g.key] = [c for c in candidates[g.key] if c.kind != "neighbourhood"]
        if g.cues & COAST_WORDS and any(_a_sea(c) for c in candidates[g.key]):
            # 'the country's Atlantic coast': land beside the sea, thousands of km from the sea's middle (a
            # lake's middle is near enough its shores: 'the shores of Lake Kivu')
            g.rejected += [
                f"{c.name} ({c.kind}): a sea, where the text names its coast" for c in candidates[g.key] if _a_sea(c)
            ]
            candidates[g.key] = [c for c in candidates[g.key] if not _a_sea(c)]
    # Strong evidence of what the article is about: demonyms, country names, unambiguous big places.
    evidence = Counter(context_countries or {})
    # Names other than countries first: a place is evidence of a country when all its strong places lie in
    # it. Then countries' names, unless the name is also a strong place of a country the rest of the article
    # is about ('Atlanta, Georgia': the US state; a country stays itself when its namesake lies elsewhere).
    # Seas and supranational regions name none; 'Congo' names two countries and is evidence of neither.
    names_of: dict[str, set[str]] = defaultdict(set)  # the names that count for each country
    for countries_now in (False, True):
        so_far = set(evidence)
        for g in groups:
            cands = candidates[g.key]
            if not cands or not cands[0].cc or not cands[0].is_strong or (cands[0].kind == "country") != countries_now:
                continue
            if cands[0].kind == "city" and cands[0].only_listed_as(g.name):
                continue  # a village's name that a city abroad lists as a spelling is no sign of that country
            if _COMPASS_NAME.match(g.name):
                continue  # 'the eastern region': a part of the story's country, whichever province abroad bears it
            others = {c.cc for c in cands if c.is_strong and c.kind != "water"} - {cands[0].cc}
            if countries_now:
                unambiguous = not others & so_far and len({c.cc for c in cands if c.kind == "country"}) == 1
            else:
                unambiguous = not others
            if unambiguous and len(g.mentions) > g.origins:
                evidence[cands[0].cc] += len(g.mentions) - g.origins
                names_of[cands[0].cc].add(g.key if cands[0].kind != "country" else "#country")
    told_by_its_names = _country_most_names_share(groups, candidates, evidence)
    lone = _lone_names_abroad(names_of, context_countries or Counter(), groups, candidates, told_by_its_names)
    for cc in lone:
        del evidence[cc]
    if (consensus := _country_most_names_share(groups, candidates, evidence)) is not None:
        evidence[consensus] += 1
    _directions_of_the_story(groups, candidates, evidence, gazetteer)
    geography = article_geography(groups, candidates, gazetteer, evidence, lone)
    as_read = {g.key: list(candidates[g.key]) for g in groups}  # before any group's candidates are turned down
    for g in groups:
        beside = g.owners | {
            c.cc
            for key in g.beside
            for c in candidates.get(key, ())
            if c.kind in ("country", "governorate") and c.match != "skeleton"
        }
        kept = []
        for c in candidates[g.key]:
            if _a_town_listing_a_waters_name(c, g):
                g.rejected.append(f"{c.name} ({c.kind}, {c.country}): a town, where the text names a river or a lake")
                continue
            if not _plausible(c, g, evidence):
                if c.match == "skeleton" and evidence:
                    why = "a spelling guess outside the country the article is most about"
                elif c.only_listed_as(g.name) and c.population >= 100_000:
                    why = "another spelling of a city in a country the article does not name"
                else:
                    why = "a small place in a country the article does not name"
                g.rejected.append(f"{c.name} ({c.kind}, {c.country}): {why}")
                continue
            if c.kind == "city" and c.population >= w.city_too_big_for_a_village and g.cues & SMALL_SETTLEMENT_NOUNS:
                g.rejected.append(f"{c.name} ({c.kind}, {c.country}): a city, where the text names a village")
                continue
            if not fits_geography(c, geography, beside, w) and not _unit_of_a_town_before(
                c, g, groups, candidates, gazetteer
            ):
                g.rejected.append(
                    f"{c.name} ({c.kind}, {c.country}): {geography.distance_km(c):,.0f} km from the article's places"
                )
                continue
            if not evidence and not beside and _uncorroborated(c, g, groups, candidates, as_read, w):
                g.rejected.append(f"{c.name} ({c.kind}, {c.country}): a small place nothing in the article locates")
                continue
            kept.append(c)
        g.known_abroad = _the_well_known_city(g, candidates[g.key], kept, w)
        candidates[g.key] = _the_sea_near_the_story(g, kept, geography)
    _units_holding_the_story_s_towns(groups, candidates, evidence, context_countries or Counter(), gazetteer)
    _towns_inside_a_named_unit(groups, candidates, gazetteer, w)
    after_places = _countries_named_before(groups, candidates)
    countries_after = _countries_named_after(groups, candidates)
    focus = Counter(evidence)
    chosen: dict[str, tuple[GazetteerEntry, float, list[tuple[GazetteerEntry, float]]]] = {}
    # the provinces the article names by their own name ('Nord-Kivu', 'Katsina State'), whatever else
    # the same words could mean, or by another of their names with a unit noun ('the Zhytomyr region')
    named_units = {
        c.id
        for g in groups
        for c in candidates[g.key]
        if c.kind == "governorate" and (c.match == "exact" or (c.match == "alias" and g.key.endswith("#unit")))
    }
    paired = _towns_written_with_their_unit(groups, candidates, gazetteer)
    leading = _countries_most_named(evidence, 0.5)
    far_off_reasons: dict[str, list[str]] = {}  # a pass's 'namesake far off' verdicts, which the next may revise
    for _ in range(2):  # the second pass sees the first pass's places as context
        resolved_points = {k: v[0] for k, v in chosen.items() if v[0].kind not in BROAD_KINDS}
        for g in groups:
            revised = far_off_reasons.pop(g.key, ())
            g.rejected = [r for r in g.rejected if r not in revised]
            cands = candidates[g.key]
            if not cands:
                continue
            scored = sorted(
                (
                    (
                        c,
                        _score(c, g, focus, resolved_points, w)
                        + w.named_after_a_place_there * (c.cc in after_places[g.key])
                        + w.country_named_after * (c.cc in countries_after[g.key] and c.kind != "country")
                        + w.inside_named_unit * _inside_named_unit(c, cands, named_units, gazetteer)
                        + w.written_with_its_unit * (c.id in paired)
                        + w.unit_over_namesakes_elsewhere * _unit_over_namesakes_elsewhere(c, cands, gazetteer)
                        + w.alias_of_a_unit * _alias_of_a_unit(c, cands)
                        + w.village_named_like_a_unit * _village_named_like_a_unit(c, cands, g, gazetteer, w)
                        + w.unit_abroad_named_like_a_region * _unit_abroad_named_like_a_region(c, cands, g, leading),
                    )
                    for c in cands
                ),
                key=lambda cs: -cs[1],
            )
            # the best candidate that is no namesake far off: a village of a state's name far off, turned
            # down, leaves the state
            kept = []
            for c, score in scored:
                if _far_from_anchor(c, g, chosen, w):
                    continue
                if why := _namesake_far_off(c, g, geography, resolved_points, w, cands):
                    if not kept and why not in g.rejected:
                        g.rejected.insert(0, why)  # the reason the analyst most needs, first
                        far_off_reasons.setdefault(g.key, []).append(why)
                    continue
                kept.append((c, score))
            if not kept:
                chosen.pop(g.key, None)
                continue
            ranked = kept[:1] + [cs for cs in scored if cs[0] is not kept[0][0]]  # the runner-ups as scored
            chosen[g.key] = (kept[0][0], _confidence(kept), ranked)
        focus = Counter(evidence)
        for g in groups:
            if g.key in chosen:
                focus[chosen[g.key][0].cc] += len(g.mentions)
    main_countries = _countries_most_named(evidence, 0.25)
    guessable = _GuessPolicy(gazetteer, w, chosen, groups)
    places = [_place(g, chosen.get(g.key), chosen, groups, main_countries, text, sentences, guessable) for g in groups]
    return _merge_same_places(
        _regions_owned_by_a_people(_rivers_where_the_story_is(places, gazetteer), text, gazetteer)
    )


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’-]+)\s+$")  # 'the Malian Sahel': the word a demonym would be


def _regions_owned_by_a_people(places: list[Place], text: str, gazetteer: Gazetteer) -> list[Place]:
    """'the Honduran Caribbean', 'the Colombian Amazon', 'the Malian Sahel': a region across countries that a
    people's name owns is that country's part of it, whose point is the story's own place there nearest the
    region's centre (the centre of the whole can lie a thousand kilometres off); with no such place, it stays
    unplaced, its country known."""
    out = []
    for p in places:
        if p.kind != "region" or p.country or p.lat is None:
            out.append(p)
            continue
        owners = {
            cc
            for m in p.mentions
            if (people := _WORD_BEFORE.search(text, max(0, m.start - 20), m.start))
            and (cc := country_of_demonym(people.group(1), gazetteer))
        }
        country = gazetteer.country(owners.pop()) if len(owners) == 1 else None
        if country is None:
            out.append(p)
            continue
        there = [
            q
            for q in places
            if q.country == country.country and q.lat is not None and q.kind not in (*BROAD_KINDS, "governorate")
        ]
        if there:
            near = min(there, key=lambda q: distance_km(q.lat, q.lon, p.lat, p.lon))
            why = f"; the {country.country} part of it, at the story's place there nearest its centre, {near.name}"
            out.append(replace(p, lat=near.lat, lon=near.lon, country=country.country, reason=p.reason + why))
        else:
            why = f"; unplaced: the {country.country} part of it, where the story names no place"
            out.append(replace(p, lat=None, lon=None, country=country.country, reason=p.reason + why))
    return out


def _rivers_where_the_story_is(places: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """A long river is put at the point of its course nearest the story's own towns and districts, each as often
    as it is named ('the Nile' of a story in South Sudan runs there, not at Khartoum, the gazetteer's one
    point for it; a capital named once in passing does not pull it upstream)."""
    towns = [
        (p.lat, p.lon, len(p.mentions))
        for p in places
        if p.lat is not None and p.kind in ("city", "neighbourhood", "district", "facility", "governorate")
    ]
    out = []
    for p in places:
        course = gazetteer.river_course(p.name) if p.kind == "water" and p.lat is not None else None
        near = [t for t in towns if any(distance_km(a, b, t[0], t[1]) < 500 for a, b in course)] if course else []
        if near:  # a story whose towns all lie far from the river keeps the river's one point
            # a town far off counts as far as any (500 km): one named in passing does not drag the river to it
            lat, lon = min(
                course, key=lambda pt: sum(n * min(distance_km(pt[0], pt[1], a, b), 500) for a, b, n in towns)
            )
            if (lat, lon) != (p.lat, p.lon):
                p = replace(p, lat=lat, lon=lon, reason=f"{p.reason}; on its course nearest the story's places")
        out.append(p)
    return out


def _a_sea(c: GazetteerEntry) -> bool:
    return c.kind == "water" and "lake" not in c.name.lower().split()


def _units_holding_the_story_s_towns(
    groups: list[_Group], candidates: dict, evidence: Counter, demonyms: Counter, gazetteer: Gazetteer
) -> None:
    """'polls closed across Georgia ... a rally in Atlanta': a name that is a country and a first-level
    unit abroad is the unit when a town the article names lies in it and nothing else in the article speaks for
    the country (no place of it, none of its people)."""
    for g in groups:
        countries = [c for c in candidates[g.key] if c.kind == "country" and c.match == "exact"]
        units = [c for c in candidates[g.key] if c.kind == "governorate" and c.match == "exact"]
        if len(countries) != 1 or not units or evidence[countries[0].cc] or demonyms[countries[0].cc]:
            continue
        unit_ids = {u.id for u in units if u.cc != countries[0].cc}
        holds = any(
            (unit := gazetteer.first_level_unit(c.lat, c.lon, c.cc)) is not None and unit.id in unit_ids
            for h in groups
            if h is not g
            for c in candidates[h.key]
            if c.kind == "city" and c.match == "exact"
        )
        if holds:
            g.rejected.append(
                f"{countries[0].name} (country): the article names a town of the {units[0].country} unit of that name"
            )
            candidates[g.key] = [c for c in candidates[g.key] if c is not countries[0]]


def _towns_inside_a_named_unit(groups: list[_Group], candidates: dict, gazetteer: Gazetteer, w: PlaceWeights) -> None:
    """'Mykolaivka, in Mykolaiv Oblast', 'X village in Y province': a town the text puts inside a first-level unit it
    names with its noun is none of its namesakes in the country's other units (a big city aside); when every
    candidate there lies elsewhere, the name is one the gazetteer lacks, and the unit stands in for it."""
    by_key = {g.key: g for g in groups}
    for g in groups:
        for key in g.inside:
            if key not in by_key or not by_key[key].cues & UNIT_NOUNS_AFTER_NAME:
                continue  # 'X, in Y': Y may be a town; only a unit written as one says where X is not
            units = [u for u in candidates.get(key, ()) if u.kind == "governorate" and u.match != "skeleton"]
            if len({u.cc for u in units}) != 1:
                continue
            unit_ids = {u.id for u in units}
            outside = [
                c
                for c in candidates[g.key]
                if c.cc == units[0].cc
                and c.kind in ("city", "neighbourhood", "district")
                and c.population < w.big_city_population
                and (unit := gazetteer.first_level_unit(c.lat, c.lon, c.cc)) is not None
                and unit.id not in unit_ids
            ]
            for c in outside:
                g.rejected.append(f"{c.name} ({c.kind}, {c.country}): not in {units[0].name}, where the text puts it")
            candidates[g.key] = [c for c in candidates[g.key] if c not in outside]


def _towns_written_with_their_unit(groups: list[_Group], candidates: dict, gazetteer: Gazetteer) -> set[int]:
    """'Laredo, Texas', 'Hilla, Babil': when a name is followed by a province that one of its candidates
    lies in, that candidate and that province are the ones meant, wherever else the story is (gazetteer ids)."""
    paired: set[int] = set()
    for g in groups:
        for key in g.beside:
            units = {u.id: u for u in candidates.get(key, ()) if u.kind == "governorate" and u.match == "exact"}
            for c in candidates[g.key] if units else ():
                if c.kind in ("city", "neighbourhood", "district") and c.match != "skeleton":
                    unit = gazetteer.first_level_unit(c.lat, c.lon, c.cc)
                    if unit is not None and unit.id in units:
                        paired |= {c.id, unit.id}
    return paired


def _countries_named_after(groups: list[_Group], candidates: dict) -> dict[str, set[str]]:
    """For each name, the country written right after it ('Paris, France', 'Hama in Syria', 'X, in southwestern
    Peru'): the place of that name in that country is meant, however famous its namesakes abroad."""
    found: dict[str, set[str]] = {g.key: set(g.owners) for g in groups}  # 'the Italian town of X' as 'X, Italy'
    for g in groups:
        for key in g.beside:
            countries = {c.cc for c in candidates.get(key, ()) if c.kind == "country" and c.match != "skeleton"}
            if len(countries) == 1:
                found[g.key] |= countries
    return found


def _countries_named_before(groups: list[_Group], candidates: dict) -> dict[str, set[str]]:
    """For each name, the countries of the strong places written right before it ('Atlanta, Georgia';
    'Lyon, France'): the name is most likely a unit of that country, or the country itself."""
    found: dict[str, set[str]] = {g.key: set() for g in groups}
    for h in groups:
        ccs = {c.cc for c in candidates[h.key] if c.is_strong and c.kind not in BROAD_KINDS}
        if len(ccs) == 1:
            for key in h.beside:
                if key in found:
                    found[key] |= ccs
    return found


# 'South-east', 'the South East', 'Northeast': a name that is a compass bearing and nothing else
_COMPASS_NAME = re.compile(
    rf"^(?:the\s+)?((?:far\s+)?(?:{alternation(CARDINAL_DIRECTIONS)})(?:[-\s]?(?:east|west))?(?:ern)?)$",
    re.IGNORECASE,
)


def _directions_of_the_story(groups: list[_Group], candidates: dict, evidence: Counter, gazetteer: Gazetteer) -> None:
    """'one of the South-east states', 'militants in the Northeast': a part of a country named by a compass bearing
    alone (or with 'region', or a plural unit noun) is a part of a country the article names, not a province of
    that name abroad (South Africa's, Haiti's); with no such unit in a country the article names, it is that part
    of the country the article names most."""
    leading = _countries_most_named(evidence, 1.0)
    for g in groups:
        bearing = _COMPASS_NAME.match(g.name)
        if not bearing or g.cues & (UNIT_NOUNS_AFTER_NAME | LOCAL_UNIT_NOUNS) - REGION_NOUNS - PLURAL_PLACE_NOUNS:
            continue  # 'the South Zone', 'North district': a part of a city or of a province, not of a country
        kept = [c for c in candidates[g.key] if c.cc in evidence and c.kind != "country"]
        g.rejected += [
            f"{c.name} ({c.kind}, {c.country}): a part of a country the article does not name"
            for c in candidates[g.key]
            if c not in kept
        ]
        if not kept and len(leading) == 1 and (country := gazetteer.country(next(iter(leading)))) is not None:
            g.direction = bearing.group(1).lower()  # the part of the country the bearing names, as 'northern X'
            kept = [country]
        candidates[g.key] = kept


def _country_most_names_share(groups: list[_Group], candidates: dict, evidence: Counter) -> str | None:
    """A local report that names its country by no name of its own (three of its districts and a district
    capital abroad's namesake): the country where three names or more each have a place, more names
    than any other country has, and more than any country the article names, is a country of the story; so is
    the country of two names that the gazetteer finds (by their spellings, not their skeletons) in that country
    alone ('North X' and 'South X' districts beside a militant outfit named after a town abroad)."""
    votes, sole = Counter(), Counter()
    for g in groups:
        countries = {c.cc for c in candidates[g.key] if c.cc and c.match != "skeleton" and c.kind != "water"}
        votes.update(countries)
        if len(countries) == 1:
            sole.update(countries)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    cc = ranked[0][0]
    if votes[cc] < 3 and sole[cc] < 2:
        return None  # two names of places found in that country only are as telling as three shared with others
    if cc in evidence or any(votes[other] >= votes[cc] for other in evidence):
        return None
    return cc


def _lone_names_abroad(
    names_of: dict[str, set[str]],
    demonyms: Counter,
    groups: list[_Group],
    candidates: dict,
    told_by_its_names: str | None = None,
) -> set[str]:
    """The countries that one name alone speaks for ('the Samtse airstrip', a Bhutanese province's name, in a
    story about Nigeria), when another country is named by its own name and by a place of it besides, or by
    three names of its places ('Gusau', 'Zamfara State', 'Sokoto' tell a Nigerian story that never
    writes 'Nigeria'), or when the names of the article's smaller places tell another country
    (`told_by_its_names`, _country_most_names_share): the lone name is a namesake of a place of the story, no
    sign that the story is also told there. A name written beside a town of its country ('a clinic in Ocala,
    Fla.') is not alone."""
    if told_by_its_names is None and not any(
        ("#country" in names and len(names) >= 2) or len(names) >= 3 for names in names_of.values()
    ):
        return set()
    by_key = {g.key: g for g in groups}

    def beside_a_place_there(key: str, cc: str) -> bool:
        g = by_key[key]
        return any(
            c.cc == cc and c.match != "skeleton"
            for h in groups
            if h.key in g.beside or key in h.beside
            for c in candidates.get(h.key, ())
        )

    return {
        cc
        for cc, names in names_of.items()
        if len(names) == 1
        and "#country" not in names
        and not demonyms[cc]
        and not beside_a_place_there(next(iter(names)), cc)
    }


def article_geography(
    groups: list[_Group],
    candidates: dict,
    gazetteer: Gazetteer,
    evidence: Counter,
    lone: set[str] = frozenset(),
) -> ArticleGeography:
    """The countries an article's places lie in, and points it names beyond doubt.

    A name counts for a country when every strong place of that name lies in it ('Aleppo', 'Anbar',
    'Syria'; not 'Georgia', which names a country and a US state), and is of the kind its context asks for
    (not 'Yei County' for a city called Yei); a city's mention weighs half. The countries holding at least a quarter
    as many such mentions as the first (and two at least) are the article's; demonyms decide only when no place does
    ('American troops' does not put a Syrian story in America), unless one owns a place ('the Argentine province
    of Santa Cruz' is a place of Argentina); a country only one name speaks for (`lone`) is none of them."""
    where: Counter = Counter()
    sure: list[tuple[str, list[GazetteerEntry]]] = []
    sure_groups: list[_Group] = []  # the group of each of `sure`
    for g in groups:
        # 'the Argentine province of Santa Cruz': a place its people's name owns is a place of that country for sure
        owned = [c for c in candidates[g.key] if c.cc in g.owners and c.match != "skeleton" and c.kind != "water"]
        if len({c.cc for c in owned}) == 1 and len(g.mentions) > g.datelines + g.origins:
            where[owned[0].cc] += len(g.mentions) - g.datelines - g.origins
            sure.append((owned[0].cc, owned))
            sure_groups.append(g)
            continue
        # a city counts under its own name only: a village's name that a city abroad lists as a spelling is no sign
        strong = [
            c
            for c in candidates[g.key]
            if c.is_strong and c.kind != "water" and c.cc and not (c.kind == "city" and c.match == "alias")
        ]
        if g.cues & (FIRST_LEVEL_UNIT_NOUNS | LOCAL_UNIT_NOUNS) and not any(
            c.kind in ("governorate", "district") for c in strong
        ):
            continue  # 'Yei County' is no sure sign of the country of a city called Yei
        ccs = {c.cc for c in strong}
        if len(ccs) == 1 and len(g.mentions) > g.datelines + g.origins and not ccs & lone:
            cc = ccs.pop()
            # a town of some size weighs half a country or province: a town abroad that shares a village's name
            # does not move the story when the story names a province of its own once
            weight = 1.0 if any(c.kind != "city" for c in strong) else 0.5
            where[cc] += weight * (len(g.mentions) - g.datelines - g.origins)
            sure.append((cc, strong))
            sure_groups.append(g)
    if not where:
        where = Counter({cc: n for cc, n in evidence.items() if cc})
    if not where:
        return _consensus_geography(groups, candidates)
    top = max(where.values())
    # A country named once beside a story told elsewhere ('Palma' once, in a report on Mozambique) is not
    # where the story is: a second country needs two mentions and a quarter of the first one's.
    countries = frozenset(cc for cc, n in where.items() if n == top or (n >= 2 and n >= 0.25 * top))
    named = [(c.lat, c.lon) for cc, strong in sure if cc in countries for c in strong if c.kind not in BROAD_KINDS]
    # 'in eastern Bolivia': a part of a country the text names for sure, a point of the story as a town is
    named += [
        _shifted(strong[0], g.direction, gazetteer)
        for g, (cc, strong) in zip(sure_groups, sure)
        if g.direction and cc in countries and strong[0].kind in ("country", "governorate")
    ]
    points = named + [(e.lat, e.lon) for e in (gazetteer.country(cc) for cc in countries) if e is not None]
    # a large country reaches far from its centre: 'near the border with India' in a story from a state of Myanmar
    points += [point for cc in countries for point in gazetteer.unit_points(cc)]
    named_countries = frozenset(
        cc for cc, strong in sure if cc in countries and any(c.kind not in BROAD_KINDS for c in strong)
    )
    return ArticleGeography(countries, tuple(points), tuple(named), named_countries)


def _consensus_geography(groups: list[_Group], candidates: dict) -> ArticleGeography:
    """An article that names no country and no big place (a local paper's report on its own province): its
    country is the one where most of its names have a place, when one country clearly leads."""
    votes: Counter = Counter()
    for g in groups:
        votes.update({c.cc for c in candidates[g.key] if c.match != "skeleton" and c.cc})
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ArticleGeography(frozenset(), ())
    cc = ranked[0][0]
    points = {
        (c.lat, c.lon)
        for g in groups
        for c in candidates[g.key]
        if c.cc == cc and c.match != "skeleton" and c.kind not in BROAD_KINDS
    }
    return ArticleGeography(frozenset({cc}), tuple(points))


def _unit_of_a_town_before(
    c: GazetteerEntry, g: _Group, groups: list[_Group], candidates: dict, gazetteer: Gazetteer
) -> bool:
    """'a hospital in Fresno, Calif.', 'Lviv, Lviv Oblast': a first-level unit written right after a town
    that lies in it is that town's unit, however far it is from the story's other places."""
    if c.kind != "governorate":
        return False
    return any(
        o.kind in ("city", "neighbourhood")
        and o.match != "skeleton"
        and o.cc == c.cc
        and (unit := gazetteer.first_level_unit(o.lat, o.lon, o.cc)) is not None
        and unit.id == c.id
        for h in groups
        if g.key in h.beside
        for o in candidates.get(h.key, ())
    )


_KINDS_OF_PLACE = PLACE_CUES_AFTER | PLACE_KIND_NOUNS | UNIT_NOUNS_AFTER_NAME | LOCAL_UNIT_NOUNS


def _the_well_known_city(
    g: _Group, found: list[GazetteerEntry], kept: list[GazetteerEntry], w: PlaceWeights
) -> GazetteerEntry | None:
    """The one well-known city a name stands for, when it was turned down ('Geneva', 'The Hague' in a
    story told far away); none when the text calls it a village, a ward or a district, or when the name is
    shared (two such cities; a province of the name in another country): a village of
    a common name may well be the story's."""
    if g.cues & _KINDS_OF_PLACE:
        return None  # 'the village of Kandahar', 'X district': the text says it is a place of the story's kind
    known = [c for c in found if _well_known_city(c, g.name, w)]
    if len({c.cc for c in known}) != 1 or known[0] in kept:
        return None
    units = {c.cc for c in found if c.kind in ("governorate", "district") and c.match != "skeleton"}
    return known[0] if units <= {known[0].cc} else None


def _well_known_city(c: GazetteerEntry, name: str, w: PlaceWeights) -> bool:
    """A city known well enough by this name that a namesake village is unlikely: a capital or a city of some
    size by its own name, or a megacity by its name without 'City' (not another of its names: 'Canton')."""
    if c.kind != "city":
        return False
    if c.match == "exact":
        return c.capital or c.population >= w.known_city_population
    return c.match == "alias" and c.population >= w.megacity_population and name_key(c.name) == name_key(f"{name} City")


def fits_geography(c: GazetteerEntry, geography: ArticleGeography, beside: set[str], w: PlaceWeights = WEIGHTS) -> bool:
    """Whether a candidate may be the place meant, given where the article is.

    A village, a hamlet or a province abroad that shares its name with a place of the story (a Syrian
    village and a small American town) is a homonym when it lies outside the article's countries and more
    than `far_km` from every place the article names for sure -- unless its own country or state is named
    right beside it ('Paris, Texas') or it is a major city or a capital named by its own name, which the news
    names anywhere."""
    if not geography.countries or c.kind in BROAD_KINDS or c.cc in geography.countries:
        return True
    if c.cc in beside or (c.match == "exact" and (c.capital or c.population >= w.major_population)):
        return True  # by its own name: an alternate spelling of a big city abroad is more often a village at home
    return geography.distance_km(c) <= w.far_km


def _bare_names_of_units(groups: list[_Group], candidates: dict) -> list[_Group]:
    """After 'the provinces of Khost and Paktika', a bare 'Khost' is the province too, unless its city is a
    big one ('Kharkiv' beside 'Kharkiv Oblast') or the text calls it a town."""
    by_key = {g.key: g for g in groups}
    for unit in [g for g in groups if g.key.endswith("#unit")]:
        bare = by_key.get(unit.key.removesuffix("#unit"))
        if bare is None or bare.cues & SETTLEMENT_NOUNS:
            continue
        if any(c.population >= 500_000 for c in candidates[bare.key] if c.kind in ("city", "neighbourhood")):
            continue
        _absorb(unit, bare, by_key, candidates, "the unit named beside it")
    return list(by_key.values())


def _short_forms_of_compound_names(groups: list[_Group], candidates: dict) -> list[_Group]:
    """'thousands of Santa Cruz residents ... born in Santa Cruz de la Sierra': a name whose words open a city's
    compound name the article also writes ('X de Y', 'X da Y', 'X del Y') is that city shortened, not a
    namesake elsewhere."""
    by_key = {g.key: g for g in groups}
    for whole in sorted(groups, key=lambda g: -len(g.key)):
        words = whole.key.split()
        if whole.key not in by_key or not any(c.kind == "city" and c.match == "exact" for c in candidates[whole.key]):
            continue
        for n in range(1, len(words) - 1):
            short = by_key.get(" ".join(words[:n]))
            if short is not None and words[n] in NAME_PARTICLES and not short.cues & FIRST_LEVEL_UNIT_NOUNS:
                _absorb(whole, short, by_key, candidates, "this city's name shortened")
    return list(by_key.values())


def _absorb(whole: _Group, part: _Group, by_key: dict[str, _Group], candidates: dict, why: str) -> None:
    """`part`'s mentions are `whole`'s: one group, and every anchor to `part` now points to `whole`."""
    whole.absorbed.append(f"'{part.name}' read as {why}")
    whole.mentions += part.mentions
    whole.labels += part.labels
    whole.sentence_ids |= part.sentence_ids
    whole.story_sentence_ids |= part.story_sentence_ids
    del by_key[part.key], candidates[part.key]
    for g in by_key.values():  # 'X, in the south-east corner of Khost': the anchor is the province now
        g.anchors = [whole.key if k == part.key else k for k in g.anchors]
        g.beside = [whole.key if k == part.key else k for k in g.beside]
        if part.key in g.offsets:
            g.offsets[whole.key] = g.offsets.pop(part.key)
        if part.key in g.distances:
            g.distances[whole.key] = g.distances.pop(part.key)


def _uncorroborated(
    c: GazetteerEntry, g: _Group, groups: list[_Group], candidates: dict, as_read: dict, w: PlaceWeights = WEIGHTS
) -> bool:
    """In an article that names no country and nothing a reader places on sight unambiguously (a local report),
    a small place is a draw among the world's namesakes unless another name of the article backs it: a province
    or a large place of its country, or a name that lies only in its country and within 500 km of it (two villages
    of a mountain valley had been put in two other continents by a local report that named no country; two
    districts named side by side in one state back each other)."""
    if c.kind in BROAD_KINDS or (c.is_strong and not (c.only_listed_as(g.name) and c.population < 1_000_000)):
        return False  # a city found only through a spelling it lists is no place known on sight
    if (
        c.match == "exact"
        and len({o.cc for o in candidates.get(g.key, ()) if o.match != "skeleton"}) <= 1
        and not _far_from_every_other_place(c, g, groups, as_read, w.far_km)
    ):
        return False  # a name found in one country only, as its own name ('Douentza'), is no draw
    for h in groups:
        if h is g:
            continue
        others = [o for o in candidates.get(h.key, ()) if o.match != "skeleton"]
        if any(o.cc == c.cc and o.is_strong for o in others):
            return False
        if (
            others
            and all(o.cc == c.cc for o in others)
            and any(distance_km(c.lat, c.lon, o.lat, o.lon) <= 500 for o in others)
        ):
            return False
    return True


def _far_from_every_other_place(
    c: GazetteerEntry, g: _Group, groups: list[_Group], candidates: dict, far_km: float
) -> bool:
    """The article names other places the gazetteer knows, none of them in c's country and every one more than
    1000 km from c: a name found in one country only is then the namesake of a place of the story the gazetteer
    lacks ('St Mary' a town abroad, beside two towns of an island state the report never names), not its anchor.
    A town of c's own country backs it however far (a large country's towns lie far apart)."""
    towns = [candidates.get(h.key, ()) for h in groups if h is not g]
    others = [  # a country's name says nothing of this: 'US-made rifles', with a French hamlet called Us
        o for cands in towns if not any(o.kind in BROAD_KINDS for o in cands) for o in cands if o.match != "skeleton"
    ]
    if any(o.cc == c.cc for o in others):
        return False
    return bool(others) and all(distance_km(c.lat, c.lon, o.lat, o.lon) > far_km for o in others)


def _a_town_listing_a_waters_name(c: GazetteerEntry, g: _Group) -> bool:
    """'the Lakeland River': a town found only because it lists the river's or the lake's name among its spellings
    (a town upstream, named after the river) is not the river the text names."""
    return (
        c.kind in ("city", "neighbourhood", "district")
        and c.match == "alias"
        and bool(_WATER_WORDS.search(g.name))
        and not _WATER_WORDS.search(c.name)
    )


def _plausible(c: GazetteerEntry, g: _Group, evidence: Counter) -> bool:
    """A small place abroad, when the article is clearly about elsewhere, is a homonym ('Baloch' -> Balloch);
    a spelling guess (skeleton match) stays in the article's countries (a region's too), and a guessed neighbourhood in the
    one country the article is most about ('the Al-Furqan neighbourhood' is no village in Iran)."""
    if c.match == "skeleton" and (c.kind == "country" or not evidence):
        return False  # a country comes with its spellings; a guess with nothing to say where the article is, at random
    if c.match == "skeleton" and c.kind == "region":
        return c.cc in evidence  # 'Mikong Delta' in a story about elsewhere is no delta abroad
    if not evidence or c.kind in BROAD_KINDS or (c.cc in g.owners and c.match != "skeleton"):
        return True
    if c.match == "skeleton":  # a guess at a town stays in the country the article is most about
        top = max(evidence.values())
        leaders = {cc for cc, n in evidence.items() if n == top}
        if g.cues & LOCAL_UNIT_NOUNS:
            return leaders == {c.cc}
        return c.cc in leaders or (c.kind == "governorate" and c.cc in evidence)
    if c.match == "alias" and c.kind == "city" and g.cues & LOCAL_UNIT_NOUNS and c.cc not in evidence:
        return False  # 'the X district' of a story told elsewhere: no city abroad that X is another spelling of
    # 'Abim District' and a district of that very name: the text says which kind of unit, wherever it is
    named_unit = c.kind == "district" and c.match == "exact" and bool(g.cues & LOCAL_UNIT_NOUNS)
    if (
        c.only_listed_as(g.name)
        and c.cc not in evidence
        and not (c.capital or c.population >= WEIGHTS.major_population)
    ):
        return False  # a town's name that a city abroad lists among its spellings is more often the town
    return c.cc in evidence or c.population >= 100_000 or c.kind == "governorate" or named_unit


def _namesake_far_off(
    c: GazetteerEntry,
    g: _Group,
    geography: ArticleGeography,
    resolved: dict[str, GazetteerEntry],
    w: PlaceWeights,
    cands: list[GazetteerEntry] = (),
) -> str | None:
    """Why the best candidate is a namesake far from the story, if it is."""
    if c.match == "skeleton" and c.kind == "water":
        # river names are short and their consonants collide across continents; a river the gazetteer does not
        # know by its name stays listed, unplaced
        return f"{c.name} ({c.kind}): a spelling guess of another river or sea"
    if _stray_spelling_guess(c, g, resolved, w):
        return f"{c.name} ({c.kind}, {c.country}): a spelling guess far from the article's places"
    if _village_far_from_the_story(c, g, geography, resolved, w, cands):
        return f"{c.name} ({c.kind}, {c.country}): a village far from every place the article names for sure"
    return None


def _village_far_from_the_story(
    c: GazetteerEntry,
    g: _Group,
    geography: ArticleGeography,
    resolved: dict[str, GazetteerEntry],
    w: PlaceWeights,
    cands: list[GazetteerEntry] = (),
) -> bool:
    """'villages in the region, including Ivanivka and Novoselivka': common village names recur across a country,
    and the namesake 600 km from every place the story names for sure and every town or province it was put
    at (another such village beside it proves nothing, nor does the national capital, which stands for the
    government) is not the one meant, nor is a town of any size when the text calls the place a village or a
    community (a capital abroad included: 'the village of Riga' in a story told far from Latvia); an anchor
    ('X, near Y') speaks for itself, and so does a country of the story where it names no other town and no
    namesake stands where it does."""
    called_small = bool(g.cues & SMALL_SETTLEMENT_NOUNS)  # 'the X community', 'the village of X'
    small = c.population < w.village_population or called_small
    # a capital far away is meant by its name, unless the text calls the place a village
    if c.kind not in ("city", "neighbourhood") or (c.capital and not called_small) or not small or g.anchors:
        return False
    story = list(geography.named_points) + [
        (r.lat, r.lon)
        for k, r in resolved.items()
        if k != g.key and (r.kind in ("governorate", "district") or r.population >= w.village_population)
    ]
    # a national capital most often stands for its government: a village near it is no nearer the story
    capitals = {(r.lat, r.lon) for r in resolved.values() if r.capital}
    story = [point for point in story if point not in capitals] or story
    story = [point for point in story if point != (c.lat, c.lon)]  # a town of some size is 'sure' of itself
    # a country of the story where it names no town yet, and no namesake where it does: the distance to its
    # places abroad says nothing
    with_towns = geography.named_countries | {
        r.cc
        for k, r in resolved.items()
        if k != g.key and (r.lat, r.lon) != (c.lat, c.lon) and r.kind not in BROAD_KINDS
    }
    if c.cc in geography.countries and c.cc not in with_towns and not any(o.cc in with_towns for o in cands):
        return False
    return bool(story) and min(distance_km(c.lat, c.lon, lat, lon) for lat, lon in story) > w.village_far_km


def _stray_spelling_guess(c: GazetteerEntry, g: _Group, resolved: dict[str, GazetteerEntry], w: PlaceWeights) -> bool:
    """'Bulamma' for a town spelt 'Bulama' elsewhere in the story: a spelling guess is believable only near
    the places the article names for sure; a town of that skeleton 200 km away is another town, and with no
    such place at all, a guess is a draw among a country's towns."""
    if c.match != "skeleton" or c.kind in BROAD_KINDS or c.kind == "governorate":
        return False
    others = [r for k, r in resolved.items() if k != g.key]
    return all(distance_km(c.lat, c.lon, r.lat, r.lon) > w.spelling_guess_km for r in others)


def _far_from_anchor(c: GazetteerEntry, g: _Group, chosen, w: PlaceWeights = WEIGHTS) -> bool:
    """'al-Hafa, south of Sanaa' cannot be a village 1 000 km from Sanaa; a big city said to lie north of
    another ('Mosul lies north of Baghdad') may lie several hundred kilometres away, and a town said to lie some
    hundreds of kilometres from another lies at about that distance, whatever the bearing the text gives."""
    if c.kind in BROAD_KINDS:  # 'the Gulf of Aden, east of Aden': a sea's centre is no measure
        return False
    big = c.population >= w.big_city_population
    anchors = [
        (
            offset_point(chosen[k][0].lat, chosen[k][0].lon, *g.offsets[k])
            if k in g.offsets
            else (chosen[k][0].lat, chosen[k][0].lon),
            # a town lies within 150 km of the town it is said to be near or in, 300 of a province's centre;
            # 'X, nearly 400 km from the capital' is that far
            max(
                w.far_km if big and k not in g.offsets else 300 if chosen[k][0].kind == "governorate" else 150,
                1.5 * g.distances.get(k, 0),
            ),
        )
        for k in g.anchors
        if k in chosen
        and chosen[k][0].kind not in BROAD_KINDS
        # 'close to Chihuahua's border': the province's edge, which its centre does not measure
        and not (k in g.border_anchors and chosen[k][0].kind == "governorate")
    ]
    if not anchors:
        return False
    # 'X, about 800 km south of Y': a stated distance holds better than its bearing (road distances, 'south' for
    # south-east), so a place at about that distance from Y, whichever way, fits
    rings = [
        (chosen[k][0], g.offsets[k][0]) for k in g.anchors if k in chosen and k in g.offsets and g.offsets[k][0] >= 100
    ]
    if any(0.4 * km <= distance_km(c.lat, c.lon, a.lat, a.lon) <= 1.5 * km for a, km in rings):
        return False
    return all(distance_km(c.lat, c.lon, lat, lon) > limit for (lat, lon), limit in anchors)


def _merge_same_places(places: list[Place]) -> tuple[Place, ...]:
    """'US' and 'the United States' resolve to one gazetteer entry: one place with all their mentions."""
    merged: dict[tuple, Place] = {}
    for p in places:
        key = (p.gazetteer_id, p.name, p.kind) if p.gazetteer_id is not None else ("unknown", p.name.lower())
        if p.kind == "facility":  # 'the Jalozai refugee camp', 'the Jalozai camp' and 'Camp Jalozai' are one camp
            key = (
                "facility",
                p.country,
                " ".join(sorted(w for w in name_key(p.name).split() if w not in _FACILITY_MODIFIER_KEYS)),
            )
        if key in merged:
            first = merged[key]
            merged[key] = Place(
                **{
                    **first.__dict__,
                    "mentions": tuple(sorted(first.mentions + p.mentions, key=lambda s: s.start)),
                    "confidence": max(first.confidence, p.confidence),
                }
            )
        else:
            merged[key] = p
    return _one_sense_per_name(_bare_names_of_facilities(list(merged.values())))


def _bare_names_of_facilities(places: list[Place]) -> list[Place]:
    """'the Nur Karim camp ... a raid on Nur Karim': a name the gazetteer does not know, that is a camp of the
    article's own name without its facility word, in the same country, is that camp shortened ('Dibo College'
    and a bare 'Dibo' are a college and its town)."""
    facilities = {
        (f.country, name_key(_facility_inner_name(f.name))): n
        for n, f in enumerate(places)
        if f.kind == "facility" and DWELLING_FACILITIES & set(f.name.lower().split())
    }
    out, absorbed = list(places), set()
    for n, p in enumerate(places):
        if p.gazetteer_id is not None or p.kind != "unknown" or not (key := name_key(p.name)):
            continue
        at = facilities.get((p.country, key))
        if at is None:
            continue
        f = out[at]
        out[at] = Place(**{**f.__dict__, "mentions": tuple(sorted(f.mentions + p.mentions, key=lambda s: s.start))})
        absorbed.add(n)
    return [p for n, p in enumerate(out) if n not in absorbed]


def _facility_inner_name(name: str) -> str:
    """'Nur Karim refugee camp' -> 'Nur Karim': the facility's name without its facility words."""
    return _GENERIC_WORDS.sub("", _FACILITY_WORDS.sub("", name)).strip(" -")


def _one_sense_per_name(places: list[Place]) -> tuple[Place, ...]:
    """'in eastern Kandahar province ... back to Kandahar city': a city and the province of the same name, in one
    country, are one place in an article, in the sense of the name's first mention (the reading the shared
    gold conventions set: a reader takes the later mentions as the place already named)."""
    kept: list[tuple[int, Place]] = []  # (place's position in `places`, place): the order stays the resolver's
    for index, p in sorted(enumerate(places), key=lambda ip: ip[1].mentions[0].start if ip[1].mentions else 0):
        keys = _bare_keys(p)
        same = next(
            (
                n
                for n, (_, k) in enumerate(kept)
                if {k.kind, p.kind} == {"city", "governorate"} and k.country == p.country and _bare_keys(k) & keys
            ),
            None,
        )
        if same is None:
            kept.append((index, p))
            continue
        first_index, first = kept[same]
        mentions = tuple(sorted(first.mentions + p.mentions, key=lambda s: s.start))
        kept[same] = (first_index, Place(**{**first.__dict__, "mentions": mentions}))
    return tuple(p for _, p in sorted(kept, key=lambda ip: ip[0]))


def _bare_keys(p: Place) -> set[str]:
    """The place's mentions as names without a kind noun ('Kandahar city', 'Lviv Oblast' -> 'kandahar', 'lviv')."""
    return {name_key(_TYPE_SUFFIX.sub("", m.text)) for m in p.mentions} | {name_key(_TYPE_SUFFIX.sub("", p.name))}


# 'the Italian northern town of X', 'the Kenyan border town X': a demonym before the kind of place says its country
# ('the Syrian-Turkish border town of X' names two, and neither alone)
_DEMONYM_OWNER = re.compile(
    rf"(?<![-\w])([A-Z][a-z]+)\s+(?:[a-z]+(?:-[a-z]+)?\s+){{0,2}}?(?:{alternation(PLACE_KIND_NOUNS)})\s+(?:of\s+)?$"
)
# 'the heads of state of X', 'Secretary of State of X': the unit noun belongs to the office
_OFFICES = alternation(OFFICES_NAMED_WITH_UNIT_NOUNS, space=r"\s+")
_OFFICE_BEFORE = re.compile(rf"\b(?:{_OFFICES})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _plural_kinds_after_lists(text: str, ordered: list[Mention]) -> dict[int, set[str]]:
    """'in the Namangan, Andijan and Fergana regions': for each name of a list that a plural kind of place closes,
    that kind (by the mention's start); the last name's own cue word is read as any name's is."""
    found: dict[int, set[str]] = {}
    following: set[str] = set()
    for n in range(len(ordered) - 1, -1, -1):
        m = ordered[n]
        word = re.match(r"\s*([a-z]+)", text[m.end : m.end + 20])
        listed = n + 1 < len(ordered) and _LIST_LINK.fullmatch(text[m.end : ordered[n + 1].start])
        if word and word.group(1) in PLURAL_PLACE_NOUNS:
            following = {word.group(1)}
        elif not listed:
            following = set()
        if following and listed:
            found[m.start] = following
    return found


def _group_mentions(text: str, mentions: list[Mention], sentences: _Sentences, gazetteer: Gazetteer) -> list[_Group]:
    groups: dict[str, _Group] = {}
    # where the last name of an open list ends, and the plural kind of place the list is of
    listed: tuple[int, set[str]] = (-1, set())
    kind_after_list = _plural_kinds_after_lists(text, sorted(mentions, key=lambda m: m.start))
    for m in sorted(mentions, key=lambda m: m.start):
        start, end, surface = m.start, m.end, re.sub(r"[’']s$", "", m.text)
        end = start + len(surface)
        before = text[max(0, start - 40) : start]
        after = text[end : end + 25].lower()
        direction = ""
        d = _DIRECTION.search(before)
        if d is None and any(e.kind == "country" and e.match == "exact" for e in gazetteer.lookup(surface)):
            d = _DIRECTION_OF.search(before)  # 'the north of Niger'; 'to the north of a town' only points
        if d and m.label != "FAC":
            direction = d.group(1).lower()
            start -= len(before) - d.start(1)
            surface = text[start:end]
        name = surface
        owned = _POSSESSIVE_DIRECTION.match(text, end) if not direction and m.label != "FAC" else None
        if owned and any(e.kind in ("country", "governorate") and e.match == "exact" for e in gazetteer.lookup(name)):
            # "Chad's north": the part of the country the direction names, as 'northern Chad' is
            direction = owned.group(1).lower()
            name = f"{direction} {surface}"
            end = owned.end()
        type_noun = _TYPE_SUFFIX.search(surface)
        if type_noun and any(e.match == "exact" and e.kind == "city" for e in gazetteer.lookup(surface)):
            type_noun = None  # 'Kuwait City', 'Panama City': the noun is part of the city's name
        if type_noun and type_noun.start() > 0:  # 'Basra province': look up 'Basra', remember the cue
            name = surface[: type_noun.start()].strip()
            after = type_noun.group(1).lower() + " " + after
        key = name_key(name)
        if not key:
            continue
        first_word = re.match(r"\s*([a-z\-]+)", after)
        prev_word = re.search(r"([a-z]+)\s+(?:of\s+)?(?:the\s+)?$", before.lower())
        if prev_word and _OFFICE_BEFORE.search(before):
            prev_word = None  # 'the heads of state of X': an office's title, no state called X
        if prev_word and re.match(r"[’']s\s+[A-Z]", text[end : end + 5]):
            prev_word = None  # "villages of Tajikistan's Khatlon province": the kind is that of what X owns
        cues = {w.group(1) for w in (first_word, prev_word) if w}
        if (
            first_word
            and first_word.group(1) in CUE_MODIFIERS
            and (kind := re.match(r"\s*([a-z\-]+)", after[first_word.end() :]))
        ):
            cues.add(kind.group(1))  # 'X game reserve', 'X refugee camp': the kind of place is the word after
        link = _LIST_LINK.fullmatch(text[listed[0] : m.start]) if listed[1] else None
        if link:
            cues |= listed[1]  # 'the states of A and B': the kind of the list is the kind of each name
        cues |= kind_after_list.get(m.start, set())  # 'the A, B and C regions': so with the kind after it
        plural_kinds = {w for w in cues if w in PLURAL_PLACE_NOUNS and prev_word and w == prev_word.group(1)}
        # the list goes on after 'A,' and ends at 'and B' ('the states of A and B, Mexico')
        listed = (m.end, plural_kinds or (listed[1] if link and "and" not in link.group() else set()))
        if direction and cues & (FIRST_LEVEL_UNIT_NOUNS | SETTLEMENT_NOUNS) and not cues & REGION_NOUNS:
            # 'in southern Helmand province', 'eastern Mosul city': the direction says where inside the unit it
            # names; the place is the unit ('the northern Helmand region' stays a region of its own)
            name, direction, start = name[len(direction) :].strip(), "", m.start
            key = name_key(name)
        if cues & (FIRST_LEVEL_UNIT_NOUNS | REGION_NOUNS):
            key += "#unit"  # 'Kharkiv Oblast' and 'Kharkiv' are two places: the province and its city
        g = groups.setdefault(key, _Group(key=key, name=name))
        g.mentions.append(Span(start, end, text[start:end]))
        dateline = is_dateline(text, start, end)
        g.datelines += dateline
        g.origins += bool(_ORIGIN_AFTER.match(text, end))
        g.quoted_names += bool(_QUOTED_BEFORE_A_NOUN.match(text, end) and text[start - 1 : start] in _OPENING_QUOTES)
        g.labels[m.label] += 1
        g.direction = g.direction or direction
        g.cues |= cues
        if owner := _DEMONYM_OWNER.search(before):
            g.owners |= {cc for cc in [country_of_demonym(owner.group(1), gazetteer)] if cc}
        g.sentence_ids.add(sentences.index_of(start))
        if not dateline:
            g.story_sentence_ids.add(sentences.index_of(start))
    # "east of Baghdad": the anchor is the mention right after the directional phrase (mentions in text
    # order, so each looks only at the few that follow it closely).
    ordered = sorted(((s, g) for g in groups.values() for s in g.mentions), key=lambda sg: (sg[0].start, sg[0].end))
    for n, (s, g) in enumerate(ordered):
        anchored_itself = bool(_ANCHOR_BEFORE.search(text[max(0, s.start - 60) : s.start]))
        for o, other in ordered[n + 1 :]:
            if o.start - s.end > 60:
                break
            between = text[s.end : o.start]
            if anchored_itself and _COMMA_IN.match(between):
                continue  # 'north of X, in the Y region': Y holds what lies north of X
            if other is not g and o.start > s.end and (_ANCHOR.match(between) or _DISTANCE_FROM.match(between)):
                g.anchors.append(other.key)
                if _BORDER_AFTER.match(text, o.end):
                    g.border_anchors.add(other.key)
                offset = _OFFSET.search(between)
                if offset:
                    g.offsets[other.key] = (_km(offset), offset.group(3).lower())
                elif stated := _DISTANCE.search(between):
                    g.distances[other.key] = _km(stated)
            if other is not g and _BESIDE.match(between):
                g.beside.append(other.key)
            inside = _INSIDE.match(between)
            if inside and "in" not in between.lower().split() and not _UNIT_NOUN_AFTER.match(text, o.end):
                inside = None  # 'X village, Y': only a unit written as one ('Y district') says X lies in it
            if other is not g and inside and other.key not in g.inside:
                g.inside.append(other.key)
    return list(groups.values())


_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+border", re.IGNORECASE)
_TITLE_DATELINE_TAIL = re.compile(
    r"\s*(?:(?:,\s*[A-Z0-9][\w.' ]{0,30})?\s*(?:(?:\([A-Z][\w.' ]{0,30}\)\s*)?(?:[-–—]+|\|)\s|\([A-Z][\w.' ]{0,30}\)[ \t]*\n)"
    r"|,\s*[A-Z0-9][\w.' ]{0,30}:?[ \t]*\n)"
)
_DATELINE_TAIL = re.compile(r"\s*(?:,\s*[A-Z0-9][\w.' ]{0,30})?\s*(?:\(|[-–—:|]\s)")


# the cities of a dateline joined by slashes: 'NAIROBI/MOGADISHU -', 'Hillport/Rivertown, 3 May 2014'
_SLASHED_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*/\s*)+")
_SLASHED_AFTER = re.compile(r"(?:\s*/\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})+")


def is_dateline(text: str, start: int, end: int) -> bool:
    """'NAIROBI - ...', 'OUAGADOUGOU (Reuters) -', 'BEIRUT, Lebanon (AP) --', 'Lusaka | Desk:': a capitalised place opening a
    paragraph, before an agency or a dash ('NAIROBI/MOGADISHU -' names two). It says where the reporter files from,
    which for wire copy is often a bureau far from the story, so it is no evidence of where the story's other
    places are."""
    line_start = text.rfind("\n", 0, start) + 1
    if (text[line_start:start].strip() and not _SLASHED_BEFORE.fullmatch(text, line_start, start)) or end - start <= 2:
        return False
    if slashed := _SLASHED_AFTER.match(text, end):  # 'Hillport/Rivertown, 3 May' files from both cities
        end = slashed.end()
    if text[start:end].isupper():
        return bool(_DATELINE_TAIL.match(text, end))
    # 'Lusaka — Gunmen ...', 'Lusaka (ZNBC) -', 'Lusaka, 3 May (ZNBC) -'; 'Lusaka, May 3 (AFP)' or 'Lusaka, 3 May
    # 2014:' on a line of its own: written in title case, only before a dash, an agency or a line's end
    return bool(_TITLE_DATELINE_TAIL.match(text, end))


class _Sentences:
    """The article's sentences in text order, to find the one holding an offset by bisection."""

    def __init__(self, sentences: Iterable[Span]):
        self.spans = list(sentences)
        self.starts = [s.start for s in self.spans]

    def index_of(self, offset: int) -> int:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.spans[i].end else -1


# 'North and South Darfur': two bearings before one name
_SHARED_HEAD = re.compile(
    rf"^(?:{COMPASS_PATTERN})(?:ern)?\s+and\s+((?:{COMPASS_PATTERN})(?:ern)?\s+\S.*)$", re.IGNORECASE
)


# 'near the “Sunrise” resort': a name in quotes before a common noun is a business's or a thing's, no place's
_OPENING_QUOTES = ("“", '"', "‘", "'")
_QUOTED_BEFORE_A_NOUN = re.compile(rf"[”\"’']\s+(?:{alternation(BUSINESS_NOUNS | FACILITY_WORDS)})\b", re.IGNORECASE)


def _the_sea_near_the_story(
    g: _Group, cands: list[GazetteerEntry], geography: ArticleGeography
) -> list[GazetteerEntry]:
    """'the East Sea' is the South China Sea in Vietnamese reporting and the Sea of Japan in Korean: of seas
    that bear one name, the one nearest the places the article is about."""
    seas = [c for c in cands if c.kind == "water"]
    if len(seas) < 2 or not geography.points:
        return cands
    nearest = min(seas, key=geography.distance_km)
    g.rejected += [f"{c.name} ({c.kind}): a sea of that name farther from the story" for c in seas if c is not nearest]
    return [c for c in cands if c.kind != "water" or c is nearest]


def _written_in_full(g: _Group, cands: list[GazetteerEntry], named: set[str]) -> list[GazetteerEntry]:
    """'El Fresno' in a story that names Mexico: where a place of a country the text names bears the name as
    written, its article and all, the places found only without the article ('Fresno') in countries the text does
    not name are other places. A spelling the gazetteer holds of a place of a named country stays ('Ar Ramadi' is
    Ramadi when the text names Iraq, whatever hamlet abroad bears the article)."""
    words = g.name.split()
    if len(words) < 2 or words[0].lower() not in ARTICLE_PREFIXES:
        return cands
    whole = folded(g.name)
    full = {c.cc for c in cands if c.match == "exact" and folded(c.name) == whole and c.cc in named}
    if not full:
        return cands
    other = [c for c in cands if c.match == "exact" and folded(c.name) != whole and c.cc not in named]
    g.rejected += [f"{c.name} ({c.kind}, {c.country}): named without the article the text writes" for c in other]
    return [c for c in cands if c not in other]


def _candidates(g: _Group, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    if g.quoted_names == len(g.mentions):
        return []  # 'the “Sunrise” resort' is no town called Sunrise, wherever one lies
    if g.cues & NATURAL_FEATURE_NOUNS:  # 'the Qandil mountains' are not a town called Qandil
        kinds = (*BROAD_KINDS, "governorate") if g.cues & FEATURES_INSIDE_THEIR_PROVINCE else BROAD_KINDS
        return [e for e in gazetteer.lookup(g.name) if e.kind in kinds]
    name = g.name
    if g.direction:
        name = re.sub(r"^of\s+(?:the\s+)?", "", name[len(g.direction) :].strip(), flags=re.IGNORECASE)
    if _is_facility(g):
        whole = [e for e in gazetteer.lookup(name) if e.match != "skeleton"]
        if whole:  # 'Port Sudan', 'Port Said': a city whose name holds a facility word
            g.facility_named_place = True
            return whole
        inner = _facility_inner_name(name)
        if inner.isupper() and " " not in inner:
            inner = ""  # 'the MSF hospital', 'the EDO Hospital': initials name who runs it, not a place
        if inner and inner != name:
            found = [e for e in gazetteer.lookup(inner) if e.kind != "country"]
            if found:
                return found
    found = gazetteer.lookup(name)
    if not any(e.match != "skeleton" for e in found) and (country := _country_by_formal_name(name, gazetteer)):
        return [country]
    # 'Mon State', 'Kunduz Province', 'Eastern Province': the unit noun may belong to the unit's name, whatever
    # unit abroad bears the bare name
    nouns = sorted(g.cues & UNIT_NOUNS_AFTER_NAME)
    by_noun = {
        cue: [
            e
            for e in gazetteer.lookup(f"{name} {cue}")
            if e.match != "skeleton" and e.kind in ("governorate", "district", "region")
        ]
        for cue in nouns
    }
    # a region named with its noun ('the X Region') only when every noun the text writes after the name
    # gives it: 'X province' beside it is another place
    named = {e.id for found_with in by_noun.values() for e in found_with if all(e in by_noun[cue] for cue in nouns)}
    with_noun = [e for cue in nouns for e in by_noun[cue] if e.kind != "region" or e.id in named]
    if with_noun:
        # ('the eastern region': a bearing's units abroad, 'Eastern Region', are candidates among the rest, the
        # story's country deciding; "Saudi Arabia's Eastern Province" is found so too)
        g.named_with_noun = set() if _COMPASS_NAME.match(name) else named
        listed = {e.id for e in with_noun}
        return with_noun + [e for e in found if e.match != "skeleton" and e.id not in listed]
    if not any(e.match != "skeleton" for e in found) and (shared := _SHARED_HEAD.match(name)):
        # 'North and South Darfur', 'East and West Gonja': two units sharing their name's head, found by the
        # second (they lie side by side)
        second = [e for e in gazetteer.lookup(shared.group(1)) if e.match != "skeleton"]
        if second:
            return second
    if not any(e.match != "skeleton" for e in found):
        # 'Eastern Chad': the direction is no part of the name
        direction = _LEADING_DIRECTION.match(name)
        if (
            direction
            and not g.direction
            and any(e.match != "skeleton" for e in gazetteer.lookup(name[direction.end() :]))
        ):
            g.direction = direction.group(1).lower()
            return gazetteer.lookup(name[direction.end() :])
        trailing = _TRAILING_DIRECTION.match(name)
        if trailing and not g.direction:  # the name is kept whole; the direction moves the point within the unit
            units = [
                e
                for e in gazetteer.lookup(trailing.group(1))
                if e.match != "skeleton" and e.kind in ("governorate", "district")
            ]
            if units:
                way = trailing.group(2).lower()
                g.part_named_after = COMPASS_EXONYMS.get(way, way).lower()
                return units
    return found


# 'the Republic of Belarus', 'the Islamic Republic of Iran', 'the Gabonese Republic': a country's formal name
_REPUBLIC_OF = re.compile(r"^(?:the\s+)?(?:\S+\s+){0,3}?Republic\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_DEMONYM_REPUBLIC = re.compile(r"^(?:the\s+)?([A-Z][a-z]+)\s+Republic$")


def _country_by_formal_name(name: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The country a formal name the gazetteer lacks stands for ('Republic of Chad', 'Gabonese Republic')."""
    if of := _REPUBLIC_OF.match(name):
        countries = [e for e in gazetteer.lookup(of.group(1)) if e.kind == "country" and e.match != "skeleton"]
        return countries[0] if len(countries) == 1 else None
    if adjective := _DEMONYM_REPUBLIC.match(name):
        cc = country_of_demonym(adjective.group(1), gazetteer)
        return gazetteer.country(cc) if cc else None
    return None


def _is_facility(g: _Group) -> bool:
    """A facility names what it is ('Air Base', 'port'): the model's FAC label alone is too often wrong."""
    return bool(_FACILITY_WORDS.search(g.name)) and not g.facility_named_place


def _score(
    c: GazetteerEntry, g: _Group, focus: Counter, resolved: dict[str, GazetteerEntry], w: PlaceWeights = WEIGHTS
) -> float:
    score = w.prior(c.kind)
    if c.population:
        score += w.population * math.log10(c.population + 1)
    if c.capital:
        score += w.capital
    if c.match == "alias":
        score += w.alias + (w.city_alias if c.kind == "city" else 0.0)
    elif c.match == "skeleton":
        score += w.skeleton
    total = sum(focus.values())
    if total and c.cc:
        score += w.focus_share * focus[c.cc] / total + (w.focus_named if focus[c.cc] else 0.0)
    if _WATER_WORDS.search(g.name) and not g.cues & FIRST_LEVEL_UNIT_NOUNS and c.kind == "water":
        score += w.water_word
    if g.cues & FIRST_LEVEL_UNIT_NOUNS:
        score += w.unit_cue if c.kind == "governorate" or c.id in g.named_with_noun else w.unit_cue_miss
    elif g.cues & REGION_NOUNS and c.kind == "governorate":
        score += w.region_cue_unit
    if g.cues & LOCAL_UNIT_NOUNS and c.kind in ("neighbourhood", "district"):
        score += w.local_cue
    if g.cues & SETTLEMENT_NOUNS:
        score += w.settlement_cue if c.kind in ("city", "neighbourhood") else w.settlement_cue_miss
    for anchor_key in g.anchors:
        a = resolved.get(anchor_key)
        if a is not None:  # resolved points hold no countries: 'close to Iran's border' is no distance
            lat, lon = offset_point(a.lat, a.lon, *g.offsets[anchor_key]) if anchor_key in g.offsets else (a.lat, a.lon)
            d = abs(distance_km(c.lat, c.lon, lat, lon) - g.distances.get(anchor_key, 0))  # off the stated ring
            score += w.anchor_close if d <= 60 else (w.anchor_near if d <= 200 else w.anchor_far)
    if c.kind not in BROAD_KINDS:
        near = [distance_km(c.lat, c.lon, r.lat, r.lon) for k, r in resolved.items() if k != g.key]
        if near and min(near) <= 300:
            score += w.near_resolved
    return score


def _unit_over_namesakes_elsewhere(c: GazetteerEntry, cands: list[GazetteerEntry], gazetteer: Gazetteer) -> bool:
    """Whether c is a province named by its own name whose namesake towns in its country all lie in other
    provinces ('Tabasco', a village of that name in another state): those are homonyms, and the province
    is meant. A town of the name inside the province is its seat, left to the other evidence."""
    if c.kind != "governorate" or c.match != "exact":
        return False
    towns = [o for o in cands if o.cc == c.cc and o.kind in ("city", "neighbourhood", "district")]
    return bool(towns) and all(
        (unit := gazetteer.first_level_unit(o.lat, o.lon, o.cc)) is None or unit.id != c.id for o in towns
    )


def _village_named_like_a_unit(
    c: GazetteerEntry, cands: list[GazetteerEntry], g: _Group, gazetteer: Gazetteer, w: PlaceWeights = WEIGHTS
) -> bool:
    """Whether c is a village outside a province of its country that bears the very same name ('Morelos', a
    hamlet so called in another state): written bare, the name means the province; the text calling it a town
    or a village, or placing it near another place, says otherwise."""
    if c.kind not in ("city", "neighbourhood") or c.population >= w.village_population or c.capital:
        return False
    if g.cues & (SETTLEMENT_NOUNS | SMALL_SETTLEMENT_NOUNS) or g.anchors:
        return False
    units = [o for o in cands if o.kind == "governorate" and o.match == "exact" and o.cc == c.cc]
    return bool(units) and all(
        (inside := gazetteer.first_level_unit(c.lat, c.lon, c.cc)) is None or inside.id != unit.id for unit in units
    )


def _countries_most_named(evidence: Counter, share: float) -> set[str]:
    """The countries with at least `share` of the evidence of the country the article names most."""
    if not evidence:
        return set()
    least = share * max(evidence.values())
    return {cc for cc, n in evidence.items() if n >= least}


def _unit_abroad_named_like_a_region(
    c: GazetteerEntry, cands: list[GazetteerEntry], g: _Group, leading: set[str]
) -> bool:
    """Whether c is a first-level unit named exactly like a region across countries that is also a candidate,
    in a country the article is not mostly about or where the text speaks of the region's countries ('X
    nations'): the name means that region."""
    return (
        c.kind == "governorate"
        and (c.cc not in leading or bool(g.cues & COUNTRY_GROUP_NOUNS))
        and any(o.kind == "region" and not o.cc and o.match == "exact" for o in cands)
    )


def _alias_of_a_unit(c: GazetteerEntry, cands: list[GazetteerEntry]) -> bool:
    """Whether c is a town found only through an alternate spelling that is a province's own name, far from
    that province's centre ('Ceará' for Fortaleza, the province Ceará standing beside it). A town at the
    province's centre ('Tombouctou', the city and its region) is the one meant: the two readings are one
    point, and the town the more precise."""
    return (
        c.match == "alias"
        and c.kind in ("city", "neighbourhood")
        and any(
            o.kind == "governorate" and o.match == "exact" and distance_km(c.lat, c.lon, o.lat, o.lon) > 150
            for o in cands
        )
    )


def _inside_named_unit(
    c: GazetteerEntry, cands: list[GazetteerEntry], named_units: set[int], gazetteer: Gazetteer
) -> bool:
    """Whether a town with namesakes in its own country lies in a first-level unit the article names."""
    if (
        not named_units
        or c.kind not in ("city", "neighbourhood", "district")
        or not any(o is not c and o.cc == c.cc and o.kind == c.kind for o in cands)
    ):
        return False
    unit = gazetteer.first_level_unit(c.lat, c.lon, c.cc)
    return unit is not None and unit.id in named_units


def _confidence(scored: list[tuple[GazetteerEntry, float]]) -> float:
    top = scored[0][1]
    weights = [math.exp(s - top) for _, s in scored[:10]]
    return round(weights[0] / sum(weights), 3)


def _candidate(c: GazetteerEntry, score: float) -> PlaceCandidate:
    """A gazetteer entry as a candidate the analyst may choose instead."""
    return PlaceCandidate(
        gazetteer_id=c.id, name=c.name, kind=c.kind, lat=c.lat, lon=c.lon, country=c.country, score=round(score, 2)
    )


def _place(
    g: _Group,
    choice,
    chosen,
    groups: list[_Group],
    main_countries: set[str],
    text: str,
    sentences: _Sentences,
    guessable: _GuessPolicy,
) -> Place:
    is_facility = _is_facility(g)
    mentions = tuple(sorted(g.mentions, key=lambda s: s.start))
    turned_down = f" (turned down: {'; '.join(g.rejected[:3])})" if g.rejected else ""
    turned_down += "".join(f"; {a}" for a in g.absorbed)
    if choice is None:
        # 'talks in Geneva' in a story told far away: the name is no village of the story's country to guess at
        fallback = (
            None
            if g.known_abroad is not None or _named_by_its_bearing(g.name)
            else _nearest_context(g, chosen, groups, main_countries, text, sentences, guessable)
        )
        if fallback is not None and _WATER_WORDS.search(g.name):
            fallback = replace(fallback, lat=None, lon=None)  # a river runs far from the town beside its name
        elif fallback is not None and _BOUNDARY_LINE.search(g.name) and fallback.kind == "country":
            fallback = replace(fallback, lat=None, lon=None)  # a line along a border: no country's middle
        elif fallback is not None and fallback.kind == "governorate" and fallback.lat is not None:
            fallback = _where_the_story_is_in_the_unit(fallback, chosen, guessable.gazetteer)
        elif fallback is not None and fallback.kind == "country" and fallback.lat is None:
            fallback = _where_the_story_gathers_in(fallback, chosen)
        kind = "facility" if is_facility else "unknown"
        reason = (
            f"no fitting gazetteer entry{turned_down}: put at {fallback.name}, the place its context names (a guess)"
            if fallback
            else f"unplaced: no fitting gazetteer entry{turned_down}"
        )
        located = fallback is not None and fallback.lat is not None
        if fallback is not None and not located:
            reason = f"unplaced: no fitting gazetteer entry{turned_down}; its sentence puts it in {fallback.country}"
        abroad = g.known_abroad
        if abroad is not None:
            reason += f"; {abroad.name} ({abroad.country}) lies far from the story: choose it if it is the one meant"
        return Place(
            name=_display(g.name),
            kind=kind,
            lat=fallback.lat if located else None,
            lon=fallback.lon if located else None,
            country=fallback.country if fallback else "",
            confidence=0.2 if located else 0.0,
            mentions=mentions,
            alternatives=() if abroad is None else (_candidate(abroad, 0.0),),
            reason=reason,
        )
    entry, confidence, scored = choice
    runner_up = next(((c, sc) for c, sc in scored[1:] if c.id != entry.id), None)
    reason = (
        f"gazetteer: {entry.name} ({entry.kind}, {entry.country}) scored {scored[0][1]:.1f}"
        + (
            f", runner-up {runner_up[0].name} ({runner_up[0].kind}, {runner_up[0].country}) {runner_up[1]:.1f}"
            if runner_up
            else ", the only candidate"
        )
        + turned_down
    )
    alternatives = tuple(_candidate(c, s) for c, s in scored[:8])
    lat, lon, kind, name = entry.lat, entry.lon, entry.kind, entry.name
    if g.direction:
        lat, lon = _shifted(entry, g.direction, guessable.gazetteer)
        kind, name = "region", f"{g.direction.capitalize()} {entry.name}"
    elif g.part_named_after:  # 'Kakamega North': a district of the province, under its own name
        lat, lon = _shifted(entry, g.part_named_after, guessable.gazetteer)
        kind, name = "district", _display(g.name)
    elif is_facility:
        kind, name = "facility", _display(g.name)
    return Place(
        name=name,
        kind=kind,
        lat=round(lat, 5),
        lon=round(lon, 5),
        country=entry.country,
        confidence=confidence,
        mentions=mentions,
        alternatives=alternatives,
        gazetteer_id=entry.id,
        reason=reason,
    )


def _display(name: str) -> str:
    return name[:1].upper() + name[1:]


def offset_point(lat: float, lon: float, km: float, way: str) -> tuple[float, float]:
    """The point `km` kilometres from (lat, lon) in the compass direction `way` ('north', 'south-east')."""
    dy = sum(y for word, (y, _) in _BEARINGS.items() if word in way)
    dx = sum(x for word, (_, x) in _BEARINGS.items() if word in way)
    norm = math.hypot(dy, dx) or 1.0
    dlat = km * dy / norm / 111.2
    dlon = km * dx / norm / (111.2 * max(0.05, math.cos(math.radians(lat))))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def _shifted(entry: GazetteerEntry, direction: str, gazetteer: Gazetteer) -> tuple[float, float]:
    """'northern Syria': move from the centroid toward the border, more for a country than for a city; for a
    country, to the middle of its provinces on that side ('western Canada' lies among Alberta and British Columbia, not at Hudson Bay)."""
    bearing = [(y, x) for word, (y, x) in _BEARINGS.items() if word in direction.lower()]
    if entry.kind == "country" and (points := gazetteer.unit_points(entry.cc)):
        side = list(points)
        for y, x in bearing:  # keep the provinces beyond the middle one along each bearing named
            axis = 0 if y else 1
            middle = sorted(p[axis] for p in side)[len(side) // 2]
            side = [p for p in side if (p[axis] - middle) * (y or x) >= 0] or side
        return sum(p[0] for p in side) / len(side), sum(p[1] for p in side) / len(side)
    step = {"country": 1.5, "water": 4.0, "governorate": 0.5}.get(entry.kind, 0.1)
    dlat = sum(y for y, _ in bearing)
    dlon = sum(x for _, x in bearing)
    return entry.lat + step * dlat, entry.lon + step * dlon


def _locates(text: str, mention: Span) -> bool:
    """Whether a mention names where something is: 'in Pakistan', "Pakistan's North Waziristan"."""
    return bool(
        re.search(r"\b(?:in|inside|within)\s+(?:the\s+)?$", text[max(0, mention.start - 12) : mention.start])
        or re.match(r"[’']s\b", text[mention.end : mention.end + 3])
    )


class _GuessPolicy:
    """Which places may stand in for a name the gazetteer lacks: a wrong point is worse than none, so not the
    centre of a large country (a village there can lie a thousand kilometres away), nor a place far apart
    from where most of the article's places gather ('officials in Lima said' in a story of villages in
    Loreto). Made once per article, from its resolved places."""

    def __init__(self, gazetteer: Gazetteer, weights: PlaceWeights, chosen, groups: list[_Group]):
        self.gazetteer, self.weights = gazetteer, weights
        mentions = {g.key: len(g.mentions) for g in groups}
        self._points = [(e, mentions.get(key, 1)) for key, (e, _, _) in chosen.items() if e.kind not in BROAD_KINDS]
        # the place most of the story's mentions gather round, and how many do
        self._heart = max((e for e, _ in self._points), key=self._support, default=None)
        self._heart_support = self._support(self._heart) if self._heart is not None else 0

    def __call__(self, entry: GazetteerEntry) -> bool:
        if entry.kind == "country":
            return self.gazetteer.country_radius_km(entry.cc) <= self.weights.guess_country_km
        if entry.kind in BROAD_KINDS or self._heart is None:
            return True
        return (
            self._support(entry) * 2 >= self._heart_support
            or distance_km(entry.lat, entry.lon, self._heart.lat, self._heart.lon) <= self.weights.far_km
        )

    def _support(self, entry: GazetteerEntry) -> int:
        """How many mentions of the article's specific places lie within 500 km of a place (its own too)."""
        return sum(n for e, n in self._points if distance_km(entry.lat, entry.lon, e.lat, e.lon) <= 500)


def _named_by_its_bearing(name: str) -> bool:
    """'the Centre-West', 'Far South': a region named by its bearing alone spans a part of a country; a town
    named in its sentence is no point for it ('Centre' alone may be a trading centre's, though)."""
    words = re.split(r"[-\s]+", re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).lower())
    return all(w in BEARING_REGION_WORDS for w in words) and any(w in DIRECTION_ADJECTIVES | DIRECTIONS for w in words)


def _where_the_story_is_in_the_unit(unit: GazetteerEntry, chosen, gazetteer: Gazetteer) -> GazetteerEntry:
    """A guess at a province stands where the story's own towns in that province gather (their middle), not at the
    province's centre, which may lie hundreds of kilometres from them; with none there, or towns at both ends of
    it, at the centre."""
    towns = [
        e
        for e in _story_towns(chosen, unit.cc)
        if (found := gazetteer.first_level_unit(e.lat, e.lon, e.cc)) is not None and found.id == unit.id
    ]
    return _at_their_middle(unit, towns, _SPREAD_KM) if towns else unit


def _where_the_story_gathers_in(country: GazetteerEntry, chosen) -> GazetteerEntry:
    """A name a large country's sentence places in that country, with no nearer clue: where the story's own towns
    of that country gather, when they lie close together (a story of one valley); else unplaced, as before."""
    towns = _story_towns(chosen, country.cc)
    return _at_their_middle(country, towns, _GATHERED_KM) if len(towns) >= 2 else country


_SPREAD_KM = 150  # a province's towns of the story farther than this from their middle lie at both ends of it
_GATHERED_KM = 100  # the story's towns in a country all lie this close to their middle: the story is there


def _story_towns(chosen, cc: str) -> list[GazetteerEntry]:
    """The specific places of country `cc` the article names, found by their spelling (no guess)."""
    return [
        e
        for e, _, _ in chosen.values()
        if e.kind in ("city", "district", "neighbourhood", "facility") and e.cc == cc and e.match != "skeleton"
    ]


def _at_their_middle(entry: GazetteerEntry, towns: list[GazetteerEntry], within_km: float) -> GazetteerEntry:
    """`entry` moved to the middle of `towns`, when every one lies within `within_km` of it; else `entry`."""
    lat, lon = sum(e.lat for e in towns) / len(towns), sum(e.lon for e in towns) / len(towns)
    if any(distance_km(lat, lon, e.lat, e.lon) > within_km for e in towns):
        return entry
    return replace(entry, name=f"{entry.name} (where the story's places there lie)", lat=lat, lon=lon)


def _nearest_context(
    g: _Group,
    chosen,
    groups: list[_Group],
    main_countries: set[str],
    text: str,
    sentences: _Sentences,
    guessable: _GuessPolicy,
) -> GazetteerEntry | None:
    """Where to put a name the gazetteer does not know: its anchor ('south of Sanaa'); else the place the text
    puts it in ('X village, Y district'); else where its sentence locates it ('in Pakistan's North Waziristan', 'in central Haiti'); else a specific place of
    its sentence, or of the nearest sentence before it in the main country; a country's centre last. Only
    places the guess policy allows stand in; with none, the name stays unplaced."""
    for key in g.anchors:
        if g.distances.get(key, 0) > 50:
            continue  # '400 km from Y' in no known direction: Y itself is no place for it
        if key in chosen and chosen[key][0].kind not in BROAD_KINDS:
            anchor = chosen[key][0]
            if key not in g.offsets:
                return anchor
            km, way = g.offsets[key]
            lat, lon = offset_point(anchor.lat, anchor.lon, km, way)
            return replace(anchor, name=f"{km:,.0f} km {way} of {anchor.name}", lat=lat, lon=lon)
    for key in g.inside:
        # 'X village, Y district', 'X, in Y': the text says where it lies, wherever else the story goes
        if key in chosen and chosen[key][0].kind not in BROAD_KINDS and chosen[key][0].match != "skeleton":
            return chosen[key][0]
    rank = {"neighbourhood": 0, "city": 1, "facility": 1, "district": 2, "governorate": 3, "region": 4, "country": 5}
    by_key = {other.key: other for other in groups}
    first_sentence, first_start = min(g.sentence_ids), min(m.start for m in g.mentions)
    options = []  # (sentences before it, rank of kind, entry, group key)
    for key, (entry, _, _) in chosen.items():
        other = by_key[key]
        if (
            entry.kind == "water"
            or entry.match == "skeleton"  # a spelling guess is no ground for another guess
            or (main_countries and entry.cc not in main_countries)
            or other.datelines == len(other.mentions)
            or g.distances.get(key, 0) > 50  # 'some 400 km from Y' says it is not at Y
        ):
            continue
        # a dateline says where the reporter files from: no context for the places of its own sentence
        # ('MAPUTO - Gunmen attacked the district of X, in the province of Y'), though a sentence before
        before = [first_sentence - i for i in other.story_sentence_ids if i < first_sentence]
        if other.story_sentence_ids & g.sentence_ids:
            options.append((0, rank.get(entry.kind, 9), entry, key))
        elif before:
            options.append((min(before), rank.get(entry.kind, 9), entry, key))

    def here(key: str) -> list[Span]:
        return [
            m
            for m in by_key[key].mentions
            if sentences.index_of(m.start) in g.sentence_ids and not is_dateline(text, m.start, m.end)
        ]

    locating = {
        entry.cc
        for d, _, entry, key in options
        if d == 0 and entry.kind == "country" and any(_locates(text, m) for m in here(key))
    }
    if locating:  # the nearest place there in the text; a specific one is given some slack

        def gap(option) -> int:
            near = min(abs(m.start - x.start) for m in here(option[3]) for x in g.mentions)
            return near - (30 if option[2].kind not in BROAD_KINDS else 0)

        there = [o for o in options if o[0] == 0 and o[2].cc in locating]
        nearest = min(there, key=gap)[2]
        if guessable(nearest):
            return nearest
        # a large country: a specific place of it named in or shortly before the sentence, else unplaced
        # (rather than at its centre or elsewhere), the country still known
        closer = [
            o for o in options if o[2].cc in locating and o[2].kind not in BROAD_KINDS and o[0] <= 2 and guessable(o[2])
        ]
        if closer:
            return min(closer, key=lambda o: (o[0], o[1]))[2]
        return replace(nearest, lat=None, lon=None) if nearest.kind == "country" else None
    options = [o for o in options if guessable(o[2])]
    # sorted: a tie goes the same way in every run (a set's order changes with the interpreter's hash seed)
    top = max(sorted(main_countries), key=lambda cc: sum(1 for e, _, _ in chosen.values() if e.cc == cc), default=None)

    def preference(option):
        distance, rank_of_kind, entry, key = option  # ties go to the place named last before it
        last = max((m.start for m in by_key[key].mentions if m.start < first_start), default=-1)
        # a national capital named in another sentence most often stands for the government: a last resort
        return (
            entry.kind in BROAD_KINDS,
            distance > 0 and entry.cc != top,
            entry.capital and distance > 0,
            distance,
            rank_of_kind,
            -last,
        )

    return min(options, key=preference)[2] if options else None


def country_focus(mentions: Iterable[Mention], demonym_to_cc, country_to_cc=None) -> Counter:
    """Country codes named by demonyms ('Iraqi', 'Libyan'), alone or opening an organisation's name ('the
    Kenyan army'), in the article; and by a country's name opening or closing an organisation's ('the Libya Unity
    alliance', 'Kenya Defence Forces', 'the Ministry of Defence of Armenia'), when `country_to_cc` reads
    countries' names."""
    focus: Counter = Counter()
    for m in mentions:
        if m.label in ("NORP", "ORG"):
            words = m.text.split()
            cc = demonym_to_cc(m.text if m.label == "NORP" else words[0])
            if cc is None and m.label == "ORG" and country_to_cc is not None and len(words) > 1:
                cc = next((c for n in (2, 1) if len(words) > n and (c := country_to_cc(" ".join(words[:n])))), None)
            if cc is None and m.label == "ORG" and country_to_cc is not None and " of " in m.text:
                # 'the Ministry of Defence of Lakeland': a country closing the name, the longest tail first ('the
                # Armed Forces of the Democratic Republic of the Congo' is not 'Congo')
                parts = m.text.split(" of ")
                tails = (
                    re.sub(r"^the\s+", "", " of ".join(parts[k:]), flags=re.IGNORECASE) for k in range(1, len(parts))
                )
                cc = next((c for tail in tails if (c := country_to_cc(tail))), None)
            if cc:
                focus[cc] += 1
    return focus
