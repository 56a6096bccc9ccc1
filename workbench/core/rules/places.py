"""Rules that find the places the model missed or misread, and take back the ones it invented."""

from __future__ import annotations

import itertools
import re

from ..gazetteer import Gazetteer
from ..lexicon import (
    AFTER_APPOSITIVE_KIND,
    APPOSITIVE_FILLERS,
    APPOSITIVE_PLACE_KINDS,
    CALENDAR_WORDS,
    COMPASS_PATTERN,
    CONTROL_PARTICIPLES,
    COORDINATION_PREPOSITIONS,
    COUNTING_WORDS,
    COUNTY_ABBREVIATIONS,
    CUE_MODIFIERS,
    CUES_IN_LOWER_CASE_ONLY,
    CUES_THAT_ARE_VERBS,
    DECLARED_CONDITIONS,
    DIRECTIONS,
    DISTANCE_WORDS,
    EVENT_TAILS,
    FACILITY_HEADS,
    FACILITY_HEADS_AFTER_A_MODIFIER_ONLY,
    FACILITY_MODIFIERS,
    FEATURE_NAME_OPENERS,
    FIRST_LEVEL_UNIT_NOUNS,
    FOREIGN_AND_WORDS,
    FOREIGN_DIRECTIONS,
    GIVEN_NAMES,
    KIN_GROUP_NOUNS,
    KIND_PHRASE_BREAKS,
    KNOWN_UNIT_CUES,
    LANGUAGE_NAMES,
    LEADING_MODIFIERS,
    LOCAL_UNIT_TITLES,
    LOCATIVE_WORDS,
    MADE_THING_NOUNS,
    MOVEMENT_PREPOSITIONS,
    MOVING_VERBS,
    NAME_PARTICLES,
    OBJECT_WORDS,
    OFFICIALS_AFTER_PLACE,
    ORGANISATION_HEADS,
    ORGANISATION_TAILS,
    ORIGIN_COMPOUNDS,
    ORIGIN_WORDS,
    PEOPLE_CUES,
    PERSON_TITLES,
    PLACE_ADJECTIVES,
    PLACE_CUES_AFTER,
    PLACE_CUES_BEFORE,
    PLACE_CUES_WITHOUT_OF,
    PLACE_KIND_NOUNS,
    PLACE_LEAD_INS,
    PLACE_NAMING_WORDS,
    PLACE_OFFICIALS,
    PLACE_SLOT_WORDS,
    PLURAL_PLACE_NOUNS,
    POSSESSIVE_ENDINGS,
    REGION_NOUNS,
    ROUTE_NAME_PREFIXES,
    ROUTE_WORDS,
    SAID_OF_WAYS,
    SAINT_PREFIXES,
    SEAT_LEVELS,
    SEAT_NOUNS,
    SENTENCE_ADVERBS,
    SETTLEMENT_NOUNS,
    SPEECH_VERBS,
    TITLE_QUALIFIERS,
    VEHICLE_MAKES,
    WATER_WORDS,
    WAYS_AND_LINES,
    alternation,
    country_of_demonym,
    names_a_people,
)
from .spans import (
    PLACE_LABELS,
    Candidate,
    article_text,
    capitalised,
    clean_name,
    coarse,
    is_name_token,
    is_region_by_bearing,
    name_run_after,
    name_run_before,
    opens_a_clause,
    overlapping,
    positions,
    set_place,
    span_text,
    used_as_word,
)
from .story import article_country, bare_name

# 'northern Aleppo and Tal Tamr', 'Mandalay and to Hsipaw': what may stand between two listed places.
_COORDINATION = re.compile(rf",|,? ?(?:and|or)(?: (?:{alternation(COORDINATION_PREPOSITIONS)}))?")
_CLOSING_QUOTES = ('"', "”", "'", "’")


_TOWN_PREPOSITIONS = LOCATIVE_WORDS | ORIGIN_WORDS
_LANGUAGES = frozenset(LANGUAGE_NAMES.values())


def locative_towns(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'rockets at Kiryat Ata', 'an attack in Kaya', 'a herder from Kotoko', 'in neighbouring Dori': a name after a place preposition
    that the gazetteer knows as a town is that town, not the person, organisation or people the model read. For
    an organisation or a people, or after 'from' (a letter comes from a person too), the town must lie in a
    country the article names ('in Congress' is no village abroad); a people's or a language's name stays one
    ('in Kurdish', 'in Arabic')."""
    article = article_text(doc)
    for c in spans:
        if c.label == "NORP" and (
            names_a_people(span_text(doc, c.start, c.end), gazetteer) or span_text(doc, c.start, c.end) in _LANGUAGES
        ):
            continue
        # 'in Kaya', 'in neighbouring Kaya': the preposition, or one with a place's adjective after it
        before = c.start - 1 - (c.start > 1 and doc[c.start - 1].lower_ in PLACE_ADJECTIVES)
        if c.label not in ("PERSON", "ORG", "NORP") or c.canonical or before < 0:
            continue
        if doc[before].lower_ not in _TOWN_PREPOSITIONS:
            continue
        name = clean_name(span_text(doc, c.start, c.end))
        if len(name) < 4 or (c.end < len(doc) and doc[c.end].lower_ in POSSESSIVE_ENDINGS):
            continue
        found = [
            e
            for e in gazetteer.lookup(name)
            if e.match != "skeleton" and e.kind in ("city", "neighbourhood", "district", "governorate")
        ]
        if c.label in ("ORG", "NORP") or doc[before].lower_ in ORIGIN_WORDS:
            found = [e for e in found if e.country and e.country in article]
        if found:
            c.label = "GPE"


_NOT_IN_PLACE_NAMES = frozenset(w.lower() for w in ORGANISATION_TAILS | ORGANISATION_HEADS) | PERSON_TITLES
_AT_A_PLACE = LOCATIVE_WORDS - {"into"}  # 'into' leads into buildings and groups as often as into towns


def names_after_place_prepositions(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'gunmen based in Savaria', 'killed at Tinzabe', 'near Kumbalo', 'riding from Tomba to Makosa', 'a man from
    Sakwa in Kano State': a name of one to three capitalised words right after a preposition of place (after
    'from', with a place after it), read as a person or an organisation, is a place, even one the gazetteer
    does not know, unless a word of it is a given name, a title or an organisation's word ('in Ahmed's house',
    'at Reuters' are known or possessive)."""
    places_at = {c.start for c in spans if c.label in PLACE_LABELS}
    for c in spans:
        if c.label not in ("PERSON", "ORG") or c.canonical or c.start == 0 or c.end - c.start > 3:
            continue
        before = doc[c.start - 1].lower_
        if before not in _AT_A_PLACE and not (before == "from" and _place_follows(doc, c.end, places_at)):
            continue
        tokens = [t for t in doc[c.start : c.end] if t.text != "-"]
        if not all(t.is_title and len(t) > 2 for t in tokens):
            continue
        saint = tokens[0].text in SAINT_PREFIXES  # 'in San Lorenzo': the saint's name, no person's
        if any((t.text in GIVEN_NAMES and not saint) or t.lower_ in _NOT_IN_PLACE_NAMES for t in tokens):
            continue
        if c.end < len(doc) and doc[c.end].lower_ in POSSESSIVE_ENDINGS:
            continue
        c.label = "GPE"


def _place_follows(doc, end: int, places_at: set[int]) -> bool:
    """A place name starts right after token `end`'s 'to', 'in' or comma ('from X to Y', 'from X, Y'), or after a
    comma and a word of where ('from X, near Y')."""
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _AT_A_PLACE:
        return end + 2 in places_at
    return end + 1 < len(doc) and doc[end].lower_ in ("to", "in", ",") and end + 1 in places_at


def routes_name_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the road between Elwak and Rhamu', 'the highway from X to Y': both names are places."""
    for i in positions(doc, ("between", "from"), stop=1):
        tok = doc[i]
        if tok.lower_ not in ("between", "from") or i == 0 or doc[i - 1].lower_ not in ROUTE_WORDS:
            continue
        first = name_run_after(doc, i + 1)
        if not first or first[1] + 1 >= len(doc) or doc[first[1]].lower_ not in ("and", "to"):
            continue
        second = name_run_after(doc, first[1] + 1)
        if second:
            set_place(spans, *first)
            set_place(spans, *second)


def listed_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'villages in the area, including Tal Tamr and Zarkan', 'the communities, namely A, B and C', 'the districts,
    namely A in X and B in Y': names listed after a place noun are places, and so is the place each is said to lie
    in (one the model read as a person too, unless it holds a given name)."""
    for i in positions(doc, ("including", "like", "such", "namely")):
        tok = doc[i]
        if tok.lower_ not in ("including", "like", "namely") and not (
            tok.lower_ == "such" and i + 1 < len(doc) and doc[i + 1].lower_ == "as"
        ):
            continue
        if not any(t.lower_ in PLURAL_PLACE_NOUNS for t in doc[max(0, i - 10) : i]):
            continue
        k = i + 1 + (tok.lower_ == "such")
        run = name_run_after(doc, k) if k < len(doc) else None
        while run:
            # A name the model read as a person stays one if it holds a given name ('..., including Ahmed'),
            # unless the gazetteer knows it
            person = any(c.label == "PERSON" for c in overlapping(spans, *run)) and _holds_a_given_name(doc, run)
            if not person or any(e.match != "skeleton" for e in gazetteer.lookup(doc[run[0] : run[1]].text)):
                set_place(spans, *run)
            if run[1] + 1 < len(doc) and doc[run[1]].lower_ == "in" and (where := name_run_after(doc, run[1] + 1)):
                set_place(spans, *where)  # 'A in X, B in Y': each listed place with the province it lies in
                run = where
            nxt = run[1] + (run[1] < len(doc) and doc[run[1]].text == ",")
            if nxt < len(doc) and doc[nxt].lower_ in ("and", "or"):
                nxt += 1
            run = name_run_after(doc, nxt) if nxt < len(doc) and nxt > run[1] else None


def _holds_a_given_name(doc, run: tuple[int, int]) -> bool:
    return any(t.text in GIVEN_NAMES for t in doc[run[0] : run[1]])


def destinations(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'fled to Chad', 'evacuated from Kherson', 'a visit to Kiryat Ata': a name after a verb or a noun of moving
    and 'to'/'from' is a place the gazetteer knows."""
    for i in positions(doc, MOVING_VERBS, stop=2):
        tok = doc[i]
        if tok.lower_ not in MOVING_VERBS or doc[i + 1].lower_ not in MOVEMENT_PREPOSITIONS:
            continue
        preposition = doc[i + 1].lower_
        k = i + 2
        for _ in range(3):  # 'fled to Pemba, the provincial capital, and to Montepuez'
            person = next((c for c in spans if c.start == k and c.label == "PERSON" and not c.canonical), None)
            name = doc[person.start : person.end].text if person else ""
            if person and any(e.match != "skeleton" and not e.only_listed_as(name) for e in gazetteer.lookup(name)):
                person.label, person.cue = "GPE", True  # 'moved from Mocimboa da Praia', read as a person
            run = name_run_after(doc, k) if k < len(doc) else None
            if (
                run
                and not any(c.label == "PERSON" for c in overlapping(spans, *run))
                and any(e.match != "skeleton" for e in gazetteer.lookup(doc[run[0] : run[1]].text))
            ):
                set_place(spans, *run)  # 'returned to Trump' stays a person
            j = run[1] if run else k
            while j < min(len(doc) - 2, k + 8) and not (doc[j].lower_ == "and" and doc[j + 1].lower_ == preposition):
                j += 1
            if j >= min(len(doc) - 2, k + 8):
                break
            k = j + 2


def names_joined_by_particles(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Mocimboa da Praia', 'Khan al-Assal': a place name goes on over a particle and the capitalised words after it;
    over 'and' only into a country or province of that whole name ('Trinidad and Tobago', 'Antigua and Barbuda'),
    over 'of' into a place of that whole name ('Port of Spain', 'Isle of Man'), and so over a foreign 'and' ('Abreu e
    Lima')."""
    absorbed: set[int] = set()
    for c in [c for c in spans if c.label in PLACE_LABELS]:
        if id(c) in absorbed:  # part of a name already extended
            continue
        for start, end in ((c.start - 2, c.end), (c.start, c.end + 2)):
            if start < 0 or end > len(doc):
                continue
            particle = doc[c.start - 1] if start < c.start else doc[c.end]
            other = doc[start] if start < c.start else doc[end - 1]
            joined_by_and = particle.lower_ == "and"
            joined_by_of = particle.lower_ == "of"
            joined_as_one = particle.lower_ in NAME_PARTICLES or particle.text in FOREIGN_AND_WORDS  # 'Abreu e Lima'
            if not (joined_as_one or joined_by_and or joined_by_of) or not is_name_token(other):
                continue
            others = [x for x in overlapping(spans, start, end) if x is not c]
            if not any(x.canonical for x in others):
                if any(
                    (e.match == "exact" or (joined_by_of and e.match == "alias")) and (e.is_strong or not joined_by_and)
                    for e in gazetteer.lookup(doc[start:end].text)
                ):
                    for x in others:
                        spans.remove(x)
                        absorbed.add(id(x))
                    c.start, c.end = start, end
                    break


def names_split_in_two(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Mandi' (a place) + 'Bahauddin' (a person), or a place and capitalised words no one read: names side by
    side that together are a town the gazetteer knows by that exact name are that town."""

    def one_town(start: int, end: int) -> bool:
        return any(e.match == "exact" and e.kind != "country" for e in gazetteer.lookup(doc[start:end].text))

    covered = {i for c in spans for i in range(c.start, c.end)}
    ordered = sorted(spans, key=lambda c: c.start)
    for a, b in zip(ordered, [*ordered[1:], None]):
        if a not in spans or a.canonical or a.end >= len(doc) or not doc[a.end - 1].whitespace_:
            continue
        if b is not None and b in spans and a.end == b.start and not b.canonical:
            if "place" in (coarse(a.label), coarse(b.label)) and one_town(a.start, b.end):
                spans.remove(b)
                a.end, a.label = b.end, "GPE"
            continue
        run = name_run_after(doc, a.end) if coarse(a.label) == "place" and a.end not in covered else None
        if run and run[1] - run[0] <= 2 and one_town(a.start, run[1]):
            a.end = run[1]  # 'from San Pedro Sula who went', its last word read by no one


def split_place_pairs(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Beirut-Damascus highway', 'the Kirkuk-Erbil road', 'the Dolmani-Al-Hoceima road': two places joined by a
    hyphen, not one name; before a road word, the ends of a hyphenated name the model did not read are places
    whether or not the gazetteer knows them ('the Tessit-Ansongo road'); a road named by its bearings ('the
    North-South highway') names none, nor does an acronym's ('ORAN-Sul')."""
    _unread_road_ends(doc, spans, gazetteer)
    for c in list(spans):
        if c.canonical or c.label in ("DATE", "TIME"):
            continue
        dashes = [
            k
            for k in range(c.start + 1, c.end - 1)
            if doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
        ]
        if not dashes or any(e.match != "skeleton" for e in gazetteer.lookup(span_text(doc, c.start, c.end))):
            continue
        # before 'road' or 'highway' the ends are places when the gazetteer knows one of them by name (the
        # other may be a village it lacks; 'Dolmani-Al-Hoceima road' splits where a known name begins);
        # elsewhere both must be places known on sight ('Basra-Baghdad talks' too)
        route = c.end < len(doc) and doc[c.end].lower_ in ROUTE_WORDS
        if route and all(doc[k].lower_ in DIRECTIONS or k in dashes for k in range(c.start, c.end)):
            spans.remove(c)  # 'the North-South highway' runs somewhere; it names no place
            continue
        for dash in dashes if route else dashes[:1] if len(dashes) == 1 else ():
            left, right = (c.start, dash), (dash + 1, c.end)
            if route:
                ends = [doc[a:b] for a, b in (left, right)]
                split = (
                    all(e[0].is_title and not names_a_people(e.text, gazetteer) for e in ends)  # not 'Uzbek-Kazakh'
                    and doc[c.start].lower_ not in ROUTE_NAME_PREFIXES | DIRECTIONS  # not 'Trans-Sahara'
                    and any(any(x.match != "skeleton" for x in gazetteer.lookup(e.text)) for e in ends)
                )
            else:  # an acronym's end ('the water board (ORAN-Sul)') is no place, a country's initials are
                split = all(
                    gazetteer.is_strong_place(doc[a:b].text)
                    and not (doc[a:b].text.isupper() and not names_a_country(doc[a:b].text, gazetteer))
                    for a, b in (left, right)
                )
            if split:
                spans.remove(c)
                spans.extend(Candidate(a, b, "GPE", cue=True) for a, b in (left, right))
                break


def _unread_road_ends(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """The places at the ends of a road named by them ('the A-B road', 'the A-B-C highway') that no span covers."""
    for j in positions(doc, ROUTE_WORDS):
        run = name_run_before(doc, j)
        if not run or overlapping(spans, *run):
            continue
        cuts = [k for k in range(run[0] + 1, run[1] - 1) if doc[k].text == "-"]
        parts = [(a, b) for a, b in zip([run[0], *(k + 1 for k in cuts)], [*cuts, run[1]])]
        if len(parts) < 2 or any(
            not doc[a].is_title
            or doc[a].lower_ in ROUTE_NAME_PREFIXES | DIRECTIONS
            or names_a_people(span_text(doc, a, b), gazetteer)
            or _holds_a_given_name(doc, (a, b))
            for a, b in parts
        ):
            continue  # 'the Trans-Sahara highway', 'the North-South road', 'the Uzbek-Kazakh road'
        for a, b in parts:
            set_place(spans, a, b)


def appositive_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Kani Masi, a town near the border', 'Kaya — a town besieged for months', 'Sokh is a Fergana valley
    village bordering ...': a name set off by a comma or a dash, or the subject of 'is a', before 'a town/village'
    and a place word, a participle or a stop is a place; so is one set off by commas right after such a noun
    ('it holds an exclave, Sokh, which ...') or after a country's capital ('the Malawian capital, X,'), a unit's
    seat ('the district headquarters, X.') or 'the village, X,', and each name of a list before 'two villages'."""
    for i in positions(doc, (",", "is", "was", "—", "–"), stop=3):
        tok = doc[i]
        articles = ("a", "an") if tok.text in ("is", "was") else ("a", "an", "the")
        if i == 0 or doc[i + 1].lower_ not in articles:
            continue
        for k in range(i + 2, min(i + 7, len(doc) - 1)):  # up to four words before: 'a small Kurdish border town'
            if doc[k].lower_ in APPOSITIVE_PLACE_KINDS:
                nxt = doc[k + 1]
                # 'a town near the border', 'a town besieged for months', 'a village in Kayes'
                if nxt.is_punct or nxt.lower_ in AFTER_APPOSITIVE_KIND or (nxt.lower_.endswith("ed") and len(nxt) > 4):
                    # 'returning from Kaya", a town besieged': a quotation may close between name and comma
                    run = name_run_before(doc, i - (i > 1 and doc[i - 1].text in _CLOSING_QUOTES))
                    if run and run[1] - run[0] <= 4:
                        set_place(spans, *run)
                    break
                if not (nxt.is_alpha and nxt.is_lower):
                    break  # 'a region village': the kind goes on; 'a town councillor' names none
            elif not doc[k].is_alpha or doc[k].lower_ in KIND_PHRASE_BREAKS:
                break  # 'Ali, the commissioner of Gumuruk County': the kind belongs to another noun
    _counted_appositives(doc, spans)
    for i in positions(doc, APPOSITIVE_PLACE_KINDS | {"capital"}, stop=3):  # 'an exclave, Sokh, which ...'
        # "the Malawian capital, X," / "the country's capital, X,": a country's capital named after it
        capital = (
            doc[i].lower_ == "capital"
            and i > 0
            and (doc[i - 1].lower_ in POSSESSIVE_ENDINGS or names_a_people(doc[i - 1].text, gazetteer))
        )
        # 'the district headquarters, X.': a unit's seat, a town the gazetteer knows even where the model read a person
        seat = doc[i].lower_ in SEAT_NOUNS and i > 0 and doc[i - 1].lower_ in SEAT_LEVELS
        # 'in the village, X,': a settlement the story has been speaking of, named (not 'the head of the village, X,':
        # a person named after the office)
        settlement = (
            doc[i].lower_ in _ONE_SETTLEMENT
            and i > 1
            and doc[i - 1].lower_ == "the"
            and doc[i - 2].lower_ not in ("of", "for")
        )
        if (
            doc[i + 1].text != ","
            or not is_name_token(doc[i + 2])
            or not (capital or seat or settlement or any(t.lower_ in ("a", "an") for t in doc[max(0, i - 3) : i]))
        ):
            continue  # 'the chief of the district, Jean Lenga, said': a person named after a definite noun
        run = name_run_after(doc, i + 2)
        # a seat's name read as a person's is still the town: one the gazetteer knows, or one word no given name; after
        # 'the village', only a town the gazetteer knows and no given name
        known = bool(run) and any(e.match == "exact" for e in gazetteer.lookup(span_text(doc, *run)))
        given = bool(run) and doc[run[0]].text in GIVEN_NAMES
        known_town = bool(run) and (
            (seat and (known or (run[1] - run[0] == 1 and not given))) or (settlement and known and not given)
        )
        if (
            run
            and run[1] - run[0] <= 4
            and run[1] < len(doc)
            and doc[run[1]].text in (",", ".", ";")
            and not names_a_people(doc[run[0] : run[1]].text, gazetteer)
            and (known_town or not any(c.label == "PERSON" for c in overlapping(spans, *run)))
        ):
            set_place(spans, *run)


_ONE_SETTLEMENT = SETTLEMENT_NOUNS - PLURAL_PLACE_NOUNS  # 'the village', 'the town', not 'the villages'


def _counted_appositives(doc, spans: list[Candidate]) -> None:
    """'A and B, two fishing villages near the coast': each name listed before an appositive that counts
    places of a kind is one of them."""
    for i in positions(doc, (",",), stop=3):
        if doc[i + 1].lower_ not in COUNTING_WORDS:
            continue
        kind = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].lower_ in PLURAL_PLACE_NOUNS), None)
        if kind is None or not all(t.is_alpha and t.is_lower for t in doc[i + 2 : kind]):
            continue
        k, runs = i, []
        while (run := name_run_before(doc, k)) and run[1] - run[0] <= 4:
            runs.append(run)
            k = run[0] - 1
            if k < 1 or doc[k].lower_ not in ("and", ","):
                break
            k -= doc[k].lower_ == "and" and doc[k - 1].text == ","
        if len(runs) >= 2:
            for run in runs:
                set_place(spans, *run)


def appositive_directions(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Sarif, northeast of the city center', 'al-Hafa, which is south of Sanaa', 'Kaya, about 100 km (60
    miles) north of the capital': the name is a place."""
    for i in positions(doc, (",",)):
        tok = doc[i]
        if tok.text != "," or i == 0:
            continue
        k = i + 1
        while k < len(doc) and (doc[k].lower_ in APPOSITIVE_FILLERS | DISTANCE_WORDS or doc[k].like_num):
            k += 1  # 'which is just', 'about 450 km (280 miles)'
        if k + 1 < len(doc) and doc[k].lower_ in DIRECTIONS and doc[k + 1].lower_ == "of":
            run = name_run_before(doc, i)
            if run and run[1] - run[0] <= 4:
                set_place(spans, *run)


def names_a_country(text: str, gazetteer: Gazetteer) -> bool:
    return any(e.kind == "country" and e.match != "skeleton" for e in gazetteer.lookup(clean_name(text)))


_FACILITY_HEAD_WORDS = FACILITY_HEADS | FACILITY_HEADS_AFTER_A_MODIFIER_ONLY


def facilities(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'al-Dailami Air Base' is a facility; 'Hodeidah port' is a facility named after a place."""
    for i in positions(doc, _FACILITY_HEAD_WORDS):
        tok = doc[i]
        low = tok.lower_
        if low in FACILITY_HEADS_AFTER_A_MODIFIER_ONLY and (i == 0 or doc[i - 1].lower_ not in FACILITY_MODIFIERS):
            continue  # 'President Park', 'Mr Park': a surname; 'the X National Park' is the park
        if is_name_token(tok):
            run = name_run_before(doc, i + 1)
            # 'the KDF Lakeside Base': a known organisation before the base's name owns it and is no part of it
            owner = next(
                (
                    c
                    for c in spans
                    if run
                    and c.label == "ORG"
                    and (c.canonical or doc[c.start : c.end].text.isupper())
                    and c.start == run[0]
                    and c.end < i
                ),
                None,
            )
            if owner is not None:
                run = (owner.end, run[1])
            if run and run[1] - run[0] >= 2:
                set_facility(spans, run[0], run[1])
        elif i > 0 and not (i + 1 < len(doc) and doc[i + 1].lower_ == "of"):  # 'the Black Sea port of Odesa'
            j = i - 1 if doc[i - 1].lower_ in FACILITY_MODIFIERS else i  # 'the Jalozai refugee camp'
            whole = next((c for c in spans if c.end == i + 1 and c.start < j and c.label in ("ORG", "PERSON")), None)
            if whole is not None and not whole.canonical and all(t.is_title for t in doc[whole.start : j]):
                if whole.label == "PERSON" or _at_a_place(doc, whole.start):
                    set_facility(spans, whole.start, i + 1)  # 'treated at Lakeside hospital' read as one name
                continue
            named = next(
                (
                    c
                    for c in spans
                    if c.end == j
                    and (
                        c.label in ("GPE", "LOC")
                        or (
                            c.label in ("ORG", "PERSON")
                            and not c.canonical
                            and c.start > 0
                            # 'the Jalozai camp'; 'overran Lakeside police station': a kind of facility said
                            # after a name read as a person's (a company's, an army's, owns one: 'PTT gas station')
                            and (
                                doc[c.start - 1].lower_ == "the"
                                or (j < i and c.label == "PERSON")
                                or _at_a_place(doc, c.start)  # 'near Lakeside hospital'
                            )
                        )
                    )
                ),
                None,
            )
            # 'the Kerem Shalom crossing': a name before a facility noun names the facility; 'a U.S. base' does not
            if named is not None and not names_a_country(span_text(doc, named.start, named.end), gazetteer):
                set_facility(spans, named.start, i + 1)
            elif named is None and (run := _unread_facility_name(doc, spans, j, gazetteer)):
                set_facility(spans, run[0], i + 1)


def _at_a_place(doc, start: int) -> bool:
    """A preposition of where ('at', 'near', 'outside') right before token `start`."""
    return start > 0 and doc[start - 1].lower_ in _AT_A_PLACE


def _unread_facility_name(doc, spans: list[Candidate], j: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """'at the Al-Tanf base': the capitalised name between 'the' and a facility noun (token j) that the model
    read as nothing; a country's or a people's name ('the U.S. base', 'the Russian base'), a calendar word or
    initials ('the UN base') name the owner, not the facility."""
    run = name_run_before(doc, j)
    if not run or run[0] == 0 or doc[run[0] - 1].lower_ != "the" or overlapping(spans, run[0], run[1]):
        return None
    name = span_text(doc, run[0], run[1])
    if (
        names_a_country(name, gazetteer)
        or names_a_people(name, gazetteer)
        or any(w.lower() in CALENDAR_WORDS for w in name.split())
        or doc[run[0]].is_upper
    ):
        return None
    return run


def roads_and_lines_are_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Hill Quarry Road', 'the Lakeland Line', 'the Line of Separation (LoS)': a capitalised name ending in a
    word for a road or a line (or opening with 'Line of') is that road or boundary line, a place, though the model
    read an organisation or a person there (an organisation's said as a road is: after 'the' or a preposition of
    place; a person's not opening with a given name); initials in brackets the model ran into it are left out."""
    for c in [c for c in spans if c.label in ("ORG", "PERSON", *PLACE_LABELS) and not c.canonical]:
        end = next((k for k in range(c.start, c.end) if doc[k].text == "("), c.end)
        last, first = doc[end - 1], doc[c.start]
        line_of = first.text == "Line" and c.start + 1 < end and doc[c.start + 1].lower_ == "of"
        if not (line_of or (last.is_title and last.lower_ in WAYS_AND_LINES)) or end - c.start < 2:
            continue
        if c.label == "PERSON" and first.text in GIVEN_NAMES or c.label == "ORG" and not _said_of_a_way(doc, c.start):
            continue  # 'Nathan Lane', 'Ellie Street', 'Holland America Line': people and companies
        c.end, c.label = end, c.label if c.label in PLACE_LABELS else "LOC"


def _said_of_a_way(doc, start: int) -> bool:
    """'the X Road', 'along X Road', 'near the X Line': a word before the name that a road or a line takes."""
    before = doc[start - 1].lower_ if start > 0 else ""
    return before in SAID_OF_WAYS or before in _AT_A_PLACE


def rivers_named(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'crossed the Walu river', 'on the Kobe river': a name before a lower-case 'river' names the river,
    the noun included, not the town of the same name."""
    for i in positions(doc, ("river",)):
        if doc[i].text != "river" or i < 2 or doc[i - 1].is_upper:
            continue
        run = name_run_before(doc, i)
        if not run or run[1] - run[0] > 3 or names_a_people(doc[run[0] : run[1]].text, gazetteer):
            continue  # 'the Sudanese river' is no name
        set_place(spans, run[0], i + 1, label="LOC")


def set_facility(spans: list[Candidate], start: int, end: int) -> None:
    if any(c.canonical for c in overlapping(spans, start, end)):
        return
    for c in overlapping(spans, start, end):
        spans.remove(c)
    spans.append(Candidate(start, end, "FAC", cue=True))


def dateline_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'ERBIL (Kurdistan 24) –', 'JERUSALEM/CAIRO, -' and 'PORT-AU-PRINCE, Haiti': a dateline's capitals
    name places (not a word in capitals that a lower-case word follows: 'SECURITY forces were ...'); so do the
    names of a title-case dateline that joins its cities with slashes ('Kano/Abuja:'), or that a bar closes
    ('Lusaka | Desk:')."""
    _slashed_dateline(doc, spans, gazetteer)
    run = name_run_after(doc, 0) if len(doc) > 2 and is_name_token(doc[0]) else None
    if run and run[1] < len(doc) and doc[run[1]].text == "|" and gazetteer.is_strong_place(doc[run[0] : run[1]].text):
        set_place(spans, *run, sure=True)  # 'Lusaka | Politics Desk: ...' (not a section's 'Business |')
    i = 0
    while i < min(len(doc), _DATELINE_TOKENS) and (doc[i].is_upper or doc[i].text in ("/", ",")):
        if doc[i].is_upper and doc[i].is_alpha and len(doc[i].text) > 1:
            j = i
            while j + 1 < len(doc) and (
                doc[j + 1].is_upper
                and doc[j + 1].is_alpha
                or (doc[j + 1].text == "-" and j + 2 < len(doc) and doc[j + 2].is_upper and doc[j + 2].is_alpha)
            ):
                j += 1
            after = next((t for t in doc[j + 1 : j + 4] if not t.is_space), None)
            closed = after is None or not after.is_lower  # 'SECURITY forces were...' opens a sentence, no dateline
            if closed and (j > i or len(doc[i].text) > 2) and gazetteer.lookup(doc[i : j + 1].text):
                set_place(spans, i, j + 1, sure=j > i)  # 'PORT-AU-PRINCE' outweighs the 'AU' inside it
            i = j + 1
        else:
            i += 1


_DATELINE_ENDS = (":", "–", "—", "-", ",")
_DATELINE_TOKENS = 16  # 'NORTHPORT/EASTON/WESTFIELD/SOUTHAM/MIDDLETON/HIGHTOWN': six cities and their slashes


def _slashed_dateline(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """The cities of 'Kano/Abuja: Gunmen ...' or 'Kano / Abuja — ...' opening an article (one the gazetteer
    knows names the others it lacks), or the one city of 'Oaxaca.- Gunmen ...' or 'Sfax- Outlet', a place the
    gazetteer knows; the model reads them as an organisation or a person."""
    runs, k = [], 0
    while (run := name_run_after(doc, k)) and run[1] - run[0] <= 4:
        runs.append(run)
        if run[1] < len(doc) and doc[run[1]].text == "/":
            k = run[1] + 1
            continue
        break
    if not runs or runs[-1][1] >= len(doc):
        return
    end = runs[-1][1]
    after = doc[end].text
    # 'Sfax- Al-Sabah': one city, its dash written on to it, a space after ('Kabul-based' has none)
    dash_on = after in ("-", "–", "—") and not doc[end - 1].whitespace_ and bool(doc[end].whitespace_)
    if not (len(runs) >= 2 and after in _DATELINE_ENDS) and after not in (".-", ".–") and not dash_on:
        return  # 'Oaxaca.- At least five ...': one city, closed by the dash the Spanish-language wires write
    known = [run for run in runs if any(e.match != "skeleton" for e in gazetteer.lookup(span_text(doc, *run)))]
    # slashes join a dateline's places: one known names them all ('Hillport/Rivertown,'), unless a name the
    # gazetteer lacks is an organisation ('Hillport/Reuters -': one the list knows, or the model read alone)
    unknown = [run for run in runs if run not in known]
    bodies = [c for c in spans if c.label == "ORG" and ((c.canonical and c.start < end) or (c.start, c.end) in unknown)]
    if len(known) < (1 if len(runs) >= 2 and after in _DATELINE_ENDS else len(runs)) or bodies:
        return
    for c in overlapping(spans, 0, runs[-1][1] + 1):
        if not c.canonical and c.label not in PLACE_LABELS:
            spans.remove(c)
    for run in runs:
        set_place(spans, *run, sure=True)


def places_inside_events(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Gaza war': the analyst wants Gaza on the map; the place replaces the event mention."""
    for c in [c for c in spans if c.label == "EVENT"]:
        if doc[c.start].lower_ == "operation" or (c.start > 0 and doc[c.start - 1].lower_ == "operation"):
            continue  # 'Operation Sinai 2018' is a military operation, named after a place it was not only in
        for k in range(c.start, c.end):
            if is_name_token(doc[k]):
                run = name_run_after(doc, k)
                if run and run[1] <= c.end and gazetteer.is_strong_place(doc[run[0] : run[1]].text):
                    spans.remove(c)
                    spans.append(Candidate(run[0], run[1], "GPE"))
                    break


def coordinated_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'northern Aleppo and Tal Tamr': a name listed with a place, and known to the gazetteer, is a place; a
    people's name is not ('Chadian and Niger troops')."""
    ordered = sorted(spans, key=lambda c: c.start)
    for a, b in zip(ordered, ordered[1:]):
        between = doc[a.end : b.start].text.strip().lower()
        if not _COORDINATION.fullmatch(between):  # 'Mandalay and to Hsipaw'
            continue
        for place, other in ((a, b), (b, a)):
            text = doc[other.start : other.end].text
            if coarse(place.label) == "place" and other.label in ("PERSON", "ORG") and not other.canonical:
                if text.isupper() and not names_a_country(text, gazetteer):
                    continue  # 'Beirut, MINA -': an acronym beside a place is the agency that filed from there
                if names_a_people(text, gazetteer):
                    continue  # 'Chadian and Niger soldiers': a people's adjective listed with a place
                if any(e.match != "skeleton" for e in gazetteer.lookup(text)):
                    other.label = "GPE"


def country_names_read_as_peoples(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Czech Republic' read as a people and a word: a people's name that, with the capitalised words
    right after it, is a country's name is that country."""
    for c in list(spans):
        if c.label != "NORP" or c.canonical:
            continue
        for end in (c.end + 2, c.end + 1):
            if end > len(doc) or not all(t.is_title for t in doc[c.end : end]):
                continue
            name = doc[c.start : end].text
            if any(e.kind == "country" and e.match != "skeleton" for e in gazetteer.lookup(name)):
                for other in overlapping(spans, c.start, end):
                    spans.remove(other)
                spans.append(Candidate(c.start, end, "GPE"))
                break


def place_cue_words(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Basra province', 'the Kakuma refugee camp', 'the town of Al-Qaim', 'near Tal Tamr', 'Barangay Tumbagan',
    'the mayor of Mora', 'the Huila department' (a province the gazetteer knows): a cue word says the name beside
    it is a place, though the model read a person there, unless it holds a given name (a local unit's title, which
    the model may read as a name of its own, is left out; 'Lviv City Military Administration' is an organisation's
    name; 'the KZB states that' is a verb)."""
    for i in positions(doc, PLACE_CUES_AFTER | PLACE_CUES_BEFORE | KNOWN_UNIT_CUES):
        tok = doc[i]
        low = tok.lower_
        # 'the KZB states that', 'the KZB states its view': a cue word that is also a verb, before 'that' or an
        # object, is the verb, as is any other before 'that' but a plural ('the A and B districts that lie...')
        following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        verb = (low in CUES_THAT_ARE_VERBS and (following == "that" or following in OBJECT_WORDS)) or (
            following == "that" and low not in PLURAL_PLACE_NOUNS
        )
        if low in CUES_IN_LOWER_CASE_ONLY and not tok.is_lower:
            continue  # 'Victory Park': the park's own name, no place called Victory
        if low in PLACE_CUES_AFTER and i > 0 and not verb and not _organisation_name_goes_on(doc, i):
            cue = i  # 'X Sub-County', 'X Sub County': 'Sub' is part of the cue, not of the name
            if i > 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "sub":
                cue = i - 2
            elif i > 1 and doc[i - 1].lower_ == "sub" and doc[i - 1].whitespace_:
                cue = i - 1
            run = name_run_before(doc, cue - (cue > 1 and doc[cue - 1].lower_ in CUE_MODIFIERS))
            run = run and _with_possessive_start(doc, run, gazetteer)  # "Cox's Bazar camps"
            if run and run[1] - run[0] > 1 and doc[run[0]].lower_ in LEADING_MODIFIERS:
                run = (run[0] + 1, run[1])  # 'Acting Lakeland region Governor X': the title's word is no name's
            if run and low in PEOPLE_CUES and run[1] - run[0] == 1 and opens_a_clause(doc, run[0]):
                run = None  # 'Local residents said': an adjective opening the sentence
            if run and low in PEOPLE_CUES and following == "of":
                run = None  # 'X, resident of Y': the name before is the resident's own
            # 'the Iraqi town', 'the Somali state': a people's name before the cue word is an adjective, unless a
            # province bears the name and the cue is part of it ('Samburu County', 'the Sidama region')
            while (
                run and run[1] - run[0] <= 4 and _not_a_people_before_a_cue(doc[run[0] : run[1]].text, tok, gazetteer)
            ):
                run = _person_before_a_place(doc, spans, run, gazetteer)
                set_place(spans, *run)
                # 'Kalma and Ban Noi villages': a plural cue names each place listed before it
                k = run[0] - 1
                if low not in PLURAL_PLACE_NOUNS or k < 1 or doc[k].lower_ not in ("and", ",", "or"):
                    break
                k -= doc[k].lower_ == "and" and doc[k - 1].text == ","
                run = name_run_before(doc, k)
        if low in KNOWN_UNIT_CUES and tok.is_lower and (run := name_run_before(doc, i)):
            name = doc[run[0] : run[1]].text
            if gazetteer.names_a_province(name, aliases=True):
                set_place(spans, *run)  # 'the Huila department'
        if low in PLACE_CUES_BEFORE and i + 1 < len(doc):
            k = i + 1
            if doc[k].lower_ == "of" and k + 1 < len(doc):
                k += 1
            elif low in LOCAL_UNIT_TITLES:
                spans[:] = [c for c in spans if not (c.start == i and c.end == i + 1 and not c.canonical)]
            elif low not in PLACE_CUES_WITHOUT_OF:
                continue
            if doc[k].lower_ == "the":
                if low in PLACE_OFFICIALS:
                    continue  # 'the governor of the central bank'
                k += 1
            runs, closed = _names_listed_from(doc, k)
            for n, run in enumerate(runs):
                run = _with_possessive_part(doc, run, gazetteer)
                text = doc[run[0] : run[1]].text
                if low in PLACE_OFFICIALS and _place_then_person(doc, spans, run):
                    break  # 'the governor of Kwara Abdul Rahman Sule': the place, then the official
                if low in PLACE_OFFICIALS and (
                    run[1] - run[0] > 3
                    or any(
                        c.label == "PERSON" and (c.start < run[0] or c.end > run[1] or _holds_a_given_name(doc, run))
                        for c in overlapping(spans, *run)
                    )
                ):
                    break  # 'the Governor of Kano State Abba Yusuf': the name runs on into a person's
                # 'the cities of A, B and C': the kind covers every name of a list closed by 'and', and a plural kind
                # every name of its list ('the villages of A, B, C, are'); 'the area of Kano State, Musa Dauda and
                # two aides' lists no second place
                plural = low in PLURAL_PLACE_NOUNS and len(runs) > 1 and not _holds_a_given_name(doc, run)
                sure = (low in PLACE_KIND_NOUNS or low in LOCAL_UNIT_TITLES or low in PLACE_OFFICIALS) and (
                    n == 0 or closed or plural
                )
                known = any(e.match != "skeleton" for e in gazetteer.lookup(text))  # not a spelling guess
                if (sure or known) and not names_a_people(text, gazetteer):
                    if sure:
                        drop_names_read_as_dates(doc, spans, *run)  # 'the village of Yaroun' read as a date
                    set_place(spans, *run)  # but 'near the Turkish border' names no place


def _person_before_a_place(doc, spans: list[Candidate], run: tuple[int, int], gazetteer: Gazetteer) -> tuple[int, int]:
    """'... said Ana Lopes Rusizi district mayor': a name run before a cue that opens with a given name and ends
    in a place the gazetteer knows is a person, then the place; the place's part is returned."""
    if run[1] - run[0] < 3 or doc[run[0]].text not in GIVEN_NAMES:
        return run
    for k in range(run[0] + 2, run[1]):  # a given name and a surname at least
        if _BEARING_ONLY.fullmatch(span_text(doc, k, run[1])):
            continue  # 'Kajiado East Sub County': a bearing ends the place's name, no place of its own
        if any(
            e.match == "exact" and e.kind in ("city", "district", "governorate")
            for e in gazetteer.lookup(span_text(doc, k, run[1]))
        ):
            inside = overlapping(spans, run[0], run[1])
            if any(c.canonical or c.start < run[0] or c.end > run[1] for c in inside):
                return run
            for c in inside:
                spans.remove(c)
            spans.append(Candidate(run[0], k, "PERSON"))
            return k, run[1]
    return run


def _place_then_person(doc, spans: list[Candidate], run: tuple[int, int]) -> bool:
    """Split a name run after 'the governor of' into the place and the official's full name, when a given name
    opens two words or more inside it ('Kwara Abdul Rahman Sule'); whether it did."""
    given = next((k for k in range(run[0] + 1, run[1] - 1) if doc[k].text in GIVEN_NAMES), None)
    inside = overlapping(spans, *run)
    if given is None or any(c.canonical or c.start < run[0] or c.end > run[1] for c in inside):
        return False
    for c in inside:
        spans.remove(c)
    spans += [Candidate(run[0], given, "GPE", cue=True), Candidate(given, run[1], "PERSON")]
    return True


def _organisation_name_goes_on(doc, i: int) -> bool:
    """'Lviv City Military Administration', 'Kaduna State Police Command': a capitalised cue word at token i
    that a capitalised name carries on to an organisation's word is part of that organisation's name."""
    if not doc[i].is_title:
        return False
    j = i + 1
    while j < len(doc) and doc[j].is_title:
        if doc[j].text in ORGANISATION_TAILS:
            return True
        j += 1
    return False


def _with_possessive_part(doc, run: tuple[int, int], gazetteer: Gazetteer) -> tuple[int, int]:
    """'the areas of Martha's Vineyard': a name runs on over a possessive when the gazetteer knows the whole by that
    name ('Kenya's Kitui County' is two names)."""
    end = run[1]
    if end + 1 < len(doc) and doc[end].lower_ in POSSESSIVE_ENDINGS and is_name_token(doc[end + 1]):
        longer = name_run_after(doc, end + 1)
        if longer and any(e.match == "exact" for e in gazetteer.lookup(doc[run[0] : longer[1]].text)):
            return run[0], longer[1]
    return run


def _with_possessive_start(doc, run: tuple[int, int], gazetteer: Gazetteer) -> tuple[int, int]:
    """ "Cox's Bazar" before a cue word: a name that opens with a possessive ('X's Y') starts at X when the
    gazetteer knows the whole by that name ("Kenya's Kitui County" is two names)."""
    k = run[0] - 1
    if k >= 1 and doc[k].lower_ in POSSESSIVE_ENDINGS and not doc[k - 1].whitespace_ and is_name_token(doc[k - 1]):
        start = (name_run_before(doc, k) or (k - 1, k))[0]
        if any(e.match == "exact" for e in gazetteer.lookup(span_text(doc, start, run[1]))):
            return start, run[1]
    return run


def _names_listed_from(doc, k: int) -> tuple[list[tuple[int, int]], bool]:
    """The names listed from token k on ('Mogok, Hsipaw, and Namtu'), and whether 'and' or 'or' closes the
    list before its last name."""
    runs, closed = [], False
    run = name_run_after(doc, k)
    while run:
        runs.append(run)
        nxt = run[1]
        if nxt + 2 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].lower_ in ("and", "or"):
            nxt += 1  # the serial comma
        if nxt + 1 >= len(doc) or doc[nxt].lower_ not in ("and", ",", "or"):
            break
        run = name_run_after(doc, nxt + 1)
        if run is None:
            break  # "A, B and C, all near": a comma after the last name keeps the list closed
        closed = doc[nxt].lower_ in ("and", "or")
    return runs, closed


def places_held_by_someone(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'rebel-held Idlib', 'regime-controlled Bukrus', 'Russian-occupied Melitopol': the name a '-held' or
    '-controlled' adjective stands before is a place, whether or not the gazetteer knows it."""
    for i in positions(doc, CONTROL_PARTICIPLES, stop=1):
        if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_:
            continue
        run = name_run_after(doc, i + 1)
        if run and run[1] - run[0] <= 4 and not names_a_people(doc[run[0] : run[1]].text, gazetteer):
            set_place(spans, *run)


def places_called_by_name(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'a village 30 kilometres from Mosul, called Karabet', 'a small town named Tilkef': the name given to
    a kind of place brought in a few words earlier with 'a' is that place, whether or not the gazetteer knows
    it ('named as' introduces people, and 'a man called Ali' no place)."""
    for i in positions(doc, PLACE_NAMING_WORDS, stop=1):
        if doc[i + 1].lower_ == "as" or not (run := name_run_after(doc, i + 1)) or run[1] - run[0] > 4:
            continue
        for k in range(i - 1, max(-1, i - 12), -1):
            if doc[k].text in (".", "!", "?"):
                break
            if doc[k].lower_ in PLACE_KIND_NOUNS and _brought_in_with_a(doc, k):
                text = doc[run[0] : run[1]].text
                if not names_a_people(text, gazetteer):
                    drop_names_read_as_dates(doc, spans, *run)
                    set_place(spans, *run)
                break


def _brought_in_with_a(doc, k: int) -> bool:
    """'a village', 'a small mountain village': token k is a noun that 'a' or 'an' brings in."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if doc[j].lower_ in ("a", "an"):
            return True
        if not doc[j].is_lower or not doc[j].is_alpha:
            return False
    return False


def function_words_and_titles_are_not_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'..., So far no one has died', 'said Deputy Commissioner X', 'the Gendarmerie said': a one-word place that
    is a function word, a title or an organisation's word written with a capital is no place, unless the gazetteer knows it as a strong place
    by that very name ('US', in capitals, is the country); nor is a word for a kind of place ('the Peninsula-wide
    strike', 'Valley'), unless a province or a country has that very name ('Islands'), nor what a government
    declares ('a State of Alarm')."""
    titles = PERSON_TITLES | TITLE_QUALIFIERS

    def kind_word(word: str) -> bool:
        return word.lower() in PLACE_CUES_AFTER and not any(
            e.match == "exact" and (e.is_strong or e.kind in ("country", "governorate")) for e in gazetteer.lookup(word)
        )

    def declared(c: Candidate) -> bool:  # 'a State of Constitutional Exception': what a government declares
        return doc[c.end - 1].lower_ in DECLARED_CONDITIONS and c.start > 0 and doc[c.start - 1].lower_ == "of"

    ends = {c.end: c for c in spans}

    def ends_a_town(c: Candidate) -> bool:  # 'Spanish' + 'Town' read apart: the word ends a town's name
        before = ends.get(c.start)
        return before is not None and any(
            e.match == "exact" and e.kind != "country" for e in gazetteer.lookup(span_text(doc, before.start, c.end))
        )

    return [
        c
        for c in spans
        if not (c.label in PLACE_LABELS and not c.canonical and c.end - c.start > 1 and declared(c))
        and not (
            c.label in PLACE_LABELS
            and c.end - c.start == 1
            and not c.canonical
            and not (doc[c.start].is_upper and len(doc[c.start].text) > 1)  # 'US' in capitals; 'I' is a pronoun
            and (
                (
                    (doc[c.start].is_stop or doc[c.start].lower_ in titles)
                    and not gazetteer.is_strong_place(doc[c.start].text)
                )
                or (kind_word(doc[c.start].text) and not ends_a_town(c))
                or doc[c.start].text in ORGANISATION_TAILS | ORGANISATION_HEADS  # a lone 'Gendarmerie', 'Police'
                or declared(c)
            )
        )
    ]


def common_words_opening_sentences(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'MALI — Gunmen stormed a village', 'Wrapping her body up' read as places: a one-word name that opens a
    sentence and stands in lower case elsewhere in the article, or that is followed by an object ('her', 'the')
    as a verb is, is an ordinary word, unless the gazetteer knows it as a strong place (or, for the second, at all);
    an adverb opening a sentence ('Soon, ...') always is."""

    def ordinary(c: Candidate) -> bool:
        word = doc[c.start].text
        if word.lower() in SENTENCE_ADVERBS:
            return True
        if gazetteer.is_strong_place(word):
            return False
        if used_as_word(article_text(doc).replace(word, "", 1), word):
            return True
        followed = c.end < len(doc) and doc[c.end].lower_ in OBJECT_WORDS
        return followed and not any(e.match == "exact" for e in gazetteer.lookup(word))

    return [
        c
        for c in spans
        if not (
            c.label in PLACE_LABELS
            and c.end - c.start == 1
            and not c.cue
            and not c.canonical
            and opens_a_clause(doc, c.start)
            and ordinary(c)
        )
    ]


def countries_listed_in_one_span(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'between Chad, Cameroon, and Nigeria' read as one name: a span whose parts, split at commas and 'and',
    each name a country is that many countries."""
    for c in list(spans):
        if c.canonical or not any(doc[i].text == "," for i in range(c.start, c.end)):
            continue
        parts = _listed_parts(doc, c)
        if len(parts) > 1 and all(names_a_country(doc[a:b].text, gazetteer) for a, b in parts):
            spans.remove(c)
            spans.extend(Candidate(a, b, "GPE") for a, b in parts)


def _listed_parts(doc, c: Candidate) -> list[tuple[int, int]]:
    """The parts of a span split at its commas and 'and's, as token offsets."""
    parts, start = [], c.start
    for i in range(c.start, c.end + 1):
        if i == c.end or doc[i].text == "," or doc[i].lower_ == "and":
            if i > start:
                parts.append((start, i))
            start = i + 1
    return parts


def places_listed_in_one_name(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'two other towns, Kassoum and Dibo Town' read as one organisation, 'Abuja, Nigeria' as one place: a name
    whose parts, split at commas and 'and', each name a place the gazetteer knows by that spelling, one of them
    for sure (a province, a big city or a town of a country the article names), is that many places. The whole
    must name no place itself ('Antigua and Barbuda') nor hold an organisation's word; a person's name needs
    every part sure; before a plural kind of place ('the Lakeside and Hill rivers'), no part needs to be known."""
    article = article_text(doc)
    for c in list(spans):
        comma = any(doc[k].text == "," for k in range(c.start, c.end))
        if c.canonical or not (c.label in ("ORG", "PERSON") or (c.label in PLACE_LABELS and comma)):
            continue  # 'Abuja, Nigeria' read as one place is two
        parts = _listed_parts(doc, c)
        whole = doc[c.start : c.end]
        if (
            len(parts) < 2
            or any(t.text in ORGANISATION_TAILS or t.text in ORGANISATION_HEADS for t in whole)
            or any(e.match != "skeleton" for e in gazetteer.lookup(clean_name(whole.text)))
        ):
            continue
        # 'the A and B rivers', 'the A and B villages': the plural kind after the list says each is a place
        kind_after = c.end < len(doc) and c.label != "PERSON" and _a_plural_kind_of_place(doc[c.end].lower_)
        found = [
            [e for e in gazetteer.lookup(clean_name(doc[a:b].text)) if e.match != "skeleton" and e.kind != "water"]
            for a, b in parts
        ]
        sure = [any(e.is_strong or (e.country and e.country in article) for e in entries) for entries in found]
        if not kind_after and (not all(found) or not any(sure) or (c.label == "PERSON" and not all(sure))):
            continue
        spans.remove(c)
        spans.extend(Candidate(a, b, "GPE", cue=bool(kind_after)) for a, b in parts)


def _a_plural_kind_of_place(word: str) -> bool:
    """'villages', 'districts', 'rivers': a word for several places of one kind."""
    return word in PLURAL_PLACE_NOUNS or (word.endswith("s") and word[:-1] in WATER_WORDS)


def acronyms_are_not_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Kabul, BNA –', 'the Autonomous Council (TAC)', 'the MoFA': a word in capitals read as a place, inside a
    sentence, that names no country and that the article never writes as a name ('MOSUL' and 'Mosul'), is an
    acronym, which stands for an organisation (a paragraph's first word is a dateline's: 'DAMBOA, Nigeria -');
    capitals joined to a number ('COVID-19', 'MS-13', 'SA-7') name a disease, a gang or a weapon, no place."""
    for c in list(spans):
        text = span_text(doc, c.start, c.end)
        if c.label in PLACE_LABELS and not c.canonical and _CAPITALS_AND_NUMBER.fullmatch(text):
            spans.remove(c)
            continue
        if (
            c.label in PLACE_LABELS
            and c.end - c.start == 1
            and c.start > 0
            and not doc[c.start].is_sent_start
            and not doc[c.start - 1].is_space
            and not c.canonical
            and not c.cue
            and text.isalpha()
            and (text.isupper() and 2 <= len(text) <= 6 or _mixed_case_acronym(text))
            and not names_a_country(text, gazetteer)
            and text.title() not in article_text(doc)
        ):
            c.label = "ORG"


_CAPITALS_AND_NUMBER = re.compile(r"[A-Z]{2,}\s?-\s?\d+")


def _mixed_case_acronym(text: str) -> bool:
    """'MoFA', 'MoI': a short word with two capitals or more, not all of them leading, abbreviates a name."""
    return len(text) <= 5 and sum(ch.isupper() for ch in text) >= 2 and not text.isupper() and text[:1].isupper()


def weapons_and_vehicles_are_not_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'Katyusha rockets', 'Molotov cocktails', 'a Toyota pickup': a one-word name right before a word for a
    weapon or a vehicle, that the gazetteer does not know by that very name (a former name of a city is not
    enough), or a vehicle's make before its model ('a Nissan Patrol'), is the thing's make, no place ('Kharkiv drones' would name the city: the gazetteer knows it); so is
    the word for the weapon itself at the end of a capitalised name ('a Rocket Propelled Grenade', however many
    towns are called Grenade; 'in Tank district' stays a place)."""

    def made_thing(c: Candidate) -> bool:
        if c.label not in PLACE_LABELS or c.end - c.start != 1 or c.cue or c.canonical:
            return False
        if doc[c.start].lower_ in MADE_THING_NOUNS and c.start > 0 and is_name_token(doc[c.start - 1]):
            return not doc[c.start].is_sent_start
        if doc[c.start].text in VEHICLE_MAKES and c.end < len(doc):  # 'a Nissan Patrol', 'a Toyota truck'
            if doc[c.end].text in VEHICLE_MAKES or doc[c.end].lower_ in MADE_THING_NOUNS or doc[c.end].is_title:
                return True
        return (
            c.end < len(doc)
            and doc[c.end].lower_ in MADE_THING_NOUNS
            and not any(e.match == "exact" for e in gazetteer.lookup(doc[c.start].text))
        )

    return [c for c in spans if not made_thing(c)]


_BEARING_ONLY = re.compile(rf"(?:{COMPASS_PATTERN})(?:ern)?", re.IGNORECASE)


def peoples_are_not_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Ukrainian' or 'Tuareg' read as a place names a people, unless the gazetteer knows a place of that name;
    'a Naga village' describes a village by its people and names none; nor does a bearing read apart from the
    people's adjective it belongs to ('the South-East Asian nation')."""
    for c in list(spans):
        if (
            c.label in PLACE_LABELS
            and not c.canonical
            and c.end < len(doc)
            and _BEARING_ONLY.fullmatch(span_text(doc, c.start, c.end))
            and names_a_people(doc[c.end].text, gazetteer)
        ):
            spans.remove(c)
    for c in spans:
        if c.label in PLACE_LABELS and not c.cue:
            if (
                c.end - c.start > 1
                and doc[c.end - 1].text in PLACE_KIND_NOUNS  # in lower case: not part of a name
                and names_a_people(clean_name(doc[c.start : c.end - 1].text), gazetteer)
            ):
                c.end, c.label = c.end - 1, "NORP"
                continue
            text = clean_name(span_text(doc, c.start, c.end))
            if names_a_people(text, gazetteer) and (  # 'southern Lebanese'
                not _strong_place_of_that_name(text, gazetteer) or _said_of_a_people(doc, c)
            ):
                c.label = "NORP"


def _strong_place_of_that_name(text: str, gazetteer: Gazetteer) -> bool:
    """Whether a strong place bears this very name: a people's name that a gazetteer lists only as another
    spelling of a town abroad stays the people's."""
    return any(e.is_strong and e.match == "exact" for e in gazetteer.lookup(text))


def _not_a_people_before_a_cue(text: str, cue, gazetteer: Gazetteer) -> bool:
    if not names_a_people(text, gazetteer):
        return True
    unit_noun = cue.is_title or cue.lower_ in REGION_NOUNS
    return unit_noun and gazetteer.names_a_province(text)


def _said_of_a_people(doc, c: Candidate) -> bool:
    """'Samburu elders', 'the Chuvash President': a people's name right before a common noun or a title is the
    adjective of that people, even where a place bears the same name ('Samburu county' is the place)."""
    if c.end >= len(doc):
        return False
    after = doc[c.end]
    if after.lower_ in PERSON_TITLES:
        return True
    if not after.is_lower or not after.is_alpha or after.is_stop or after.lower_ in PLACE_CUES_AFTER:
        return False
    # no verb of the name as a subject ('Samburu said', 'Samburu declared'): the pipeline tags no parts of speech
    return after.lower_ not in SPEECH_VERBS | MOVING_VERBS and not after.lower_.endswith("ed")


def places_known_on_sight(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """A name the model read as a person, an organisation or a date that is a country, a province or a big city
    ('Kirkuk' as a person, 'northern Benin' as a date, 'Co Kerry' as a company) is that place; a people's name
    used as its adjective ('Chuvash officials') is the people, though a province bears it; a person's name
    right after a rank or a title ('the "generals" Lagos and Cobra') is the nickname it looks like, one word
    of a person's name the article gives in full stays that person, and so does a name an age follows."""
    named_in_full = _words_of_people_named_in_full(doc, spans, gazetteer)
    for c in spans:
        if c.label in ("DATE", "TIME") and _a_place_read_as_a_date(doc[c.start : c.end], gazetteer):
            c.label = "GPE"
            continue
        if c.label == "PERSON" and _after_a_title(doc, c.start):
            continue
        if c.label == "PERSON" and c.end - c.start == 1 and doc[c.start].text in named_in_full:
            continue  # 'Lindi Mwakyusa, 17, ... Lindi was shot': a person named in full, then by one name
        if c.label == "PERSON" and _an_age_follows(doc, c.end):
            continue  # "his daughter, Lindi, 3, died": a person's age, whatever town bears the name
        if c.label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP") and not c.canonical:
            text = clean_name(span_text(doc, c.start, c.end))
            if names_a_people(text, gazetteer) and (c.label == "NORP" or _said_of_a_people(doc, c)):
                c.label = "NORP"
                continue
            if gazetteer.is_strong_place(text) or (
                c.label == "ORG" and _county_written_short(doc, c.start, c.end, gazetteer)
            ):
                c.label = "GPE"


def _an_age_follows(doc, end: int) -> bool:
    """', 3,' or ' (30)' right after token end - 1: an age between commas or in brackets."""
    if end + 2 >= len(doc) or doc[end].text not in (",", "("):
        return False
    age = doc[end + 1].text
    if not (age.isascii() and age.isdigit()):  # not '²', which int() refuses
        return False
    return 0 < int(age) < 120 and doc[end + 2].text in ((")",) if doc[end].text == "(" else (",", "."))


def _words_of_people_named_in_full(doc, spans: list[Candidate], gazetteer: Gazetteer) -> set[str]:
    """The first and last words of the names of two to four words the model or a rule read as people (not a
    country's name: 'Kenya William Ruto' is a country run into a person)."""
    return {
        doc[k].text
        for c in spans
        if c.label == "PERSON" and 2 <= c.end - c.start <= 4
        for k in (c.start, c.end - 1)
        if doc[k].is_title and not names_a_country(doc[k].text, gazetteer)
    }


_OFFICIAL_FIRST_WORDS = frozenset(title.split()[0] for title in OFFICIALS_AFTER_PLACE)
_KNOWN_PLACE_KINDS = ("city", "district", "governorate", "region")


def places_before_their_officials(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Kayes Mayor Amadou Sow said', 'the Mardan deputy commissioner': a name written right before the
    title of an official of a place (a mayor, a governor, a district commissioner) is that place when the
    gazetteer knows a town or a unit by that very name, though the model read an organisation or a people there
    (a movement's 'shadow governor' and 'the Kenyan police chief' name no place); read with the title as one
    name, it is the place without it, though the gazetteer does not know it."""
    for i in positions(doc, _OFFICIAL_FIRST_WORDS):
        title = next(
            (
                n
                for n in (3, 2, 1)
                if " ".join(t.lower_ for t in doc[i : i + n]) in OFFICIALS_AFTER_PLACE and i + n <= len(doc)
            ),
            None,
        )
        run = name_run_before(doc, i) if title else None
        if not run or run[1] - run[0] > 3 or doc[run[0] : run[1]].text.isupper():
            continue
        text = span_text(doc, *run)
        # 'Lakeside District Commissioner' read as one place: the title is no part of the place's name
        with_title = [
            c for c in overlapping(spans, *run) if c.start == run[0] and run[1] < c.end <= i + title and not c.canonical
        ]
        inside = [c for c in overlapping(spans, *run) if c not in with_title]
        # the model read a place with the title as one name: the place is sure, known or not
        read_as_place = bool(with_title) and all(c.label in PLACE_LABELS for c in with_title)
        if (
            names_a_people(text, gazetteer)
            or any(
                t.lower_ in _NOT_IN_PLACE_NAMES for t in doc[run[0] : run[1]]
            )  # an organisation's word names no place
            or used_as_word(article_text(doc), text)  # 'Acting Governor', written in lower case elsewhere
            or any(c.canonical or c.start < run[0] or c.end > run[1] or c.label in PLACE_LABELS for c in inside)
            or not (
                read_as_place
                or any(e.match == "exact" and e.kind in _KNOWN_PLACE_KINDS for e in gazetteer.lookup(text))
            )
        ):
            continue
        for c in with_title:
            spans.remove(c)
        set_place(spans, *run)


def _county_written_short(doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """'Co Donegal', 'Co. Kerry': 'Co' and a name the gazetteer knows as a county, which the model reads as a
    company or not at all."""
    return (
        end - start <= 3
        and doc[start].lower_ in COUNTY_ABBREVIATIONS
        and any(
            e.match != "skeleton" and e.kind in ("district", "governorate")
            for e in gazetteer.lookup(span_text(doc, start, end))
        )
    )


def _after_a_title(doc, i: int) -> bool:
    """Token i follows a person's title or rank, or its plural, with only quote marks between ('General X',
    'the "commanders" X and Y')."""
    k = i - 1
    while k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 0:
        return False
    word = doc[k].lower_
    return word in PERSON_TITLES or (word.endswith("s") and word[:-1] in PERSON_TITLES)


def _a_place_read_as_a_date(span, gazetteer: Gazetteer) -> bool:
    """Whether a span the model read as a date holds no figure and no calendar word, only a strong place's
    name ('Benin')."""
    if any(t.like_num or t.lower_ in CALENDAR_WORDS for t in span):
        return False
    return all(is_name_token(t) for t in span) and gazetteer.is_strong_place(clean_name(span.text))


_PLACE_LEAD_INS = LOCATIVE_WORDS | ORIGIN_WORDS | MOVEMENT_PREPOSITIONS | PLACE_LEAD_INS


def unknown_words_need_a_cue(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'Onlookers said', 'Recounting the raid', 'a Dragunov': a one-word name read as a place, that the
    gazetteer knows by no name and that nothing in the article puts among places (a preposition of place before
    it, a list, a word for a kind of place or a facility after it, an appositive 'X, a village', 'X, in Y'), is
    no place; a given name ('Priya') is a person."""

    def lone(c: Candidate) -> bool:
        tok = doc[c.start]
        if c.label not in PLACE_LABELS or c.end - c.start != 1 or c.cue or c.canonical or not tok.is_title:
            return False
        if any(e.match != "skeleton" for e in gazetteer.lookup(tok.text)):
            return False
        for i in positions(doc, (tok.lower_,)):
            if i > 0 and doc[i - 1].lower_ in _PLACE_LEAD_INS:
                return False
            after = list(itertools.takewhile(lambda w: w not in ".!?;", (x.lower_ for x in doc[i + 1 : i + 4])))
            if any(w in PLACE_CUES_AFTER or w in FACILITY_HEADS for w in after):  # in its own sentence
                return False
            if after[:1] == [","] and after[1:2] in (["a"], ["an"]):
                return False  # 'X, a village near the border'
            if (after[1:2] if after[:1] == [","] else after[:1]) in (["in"], ["near"]):
                return False  # 'X, in Lebanon's south'
        return True

    kept = []
    for c in spans:
        if not lone(c):
            kept.append(c)
        elif doc[c.start].text in GIVEN_NAMES:
            c.label = "PERSON"
            kept.append(c)
    return kept


def places_owning_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """ "Lakeland Province's Hill County", "Kenya's Nyeri County" read as one name: a place name holding a
    possessive, whose part before it is a place the gazetteer knows (a unit noun after it aside) and whose part
    after it is a name, is two places; a place known by the whole name ("Cox's Bazar") stays one."""
    for c in [c for c in spans if c.label in (*PLACE_LABELS, "ORG") and not c.canonical and c.end - c.start >= 3]:
        whole = doc[c.start : c.end]
        if gazetteer.lookup(whole.text) or any(
            t.text in ORGANISATION_TAILS or t.text in ORGANISATION_HEADS for t in whole
        ):
            continue  # a place by the whole name, or an organisation's ('Lakeland's Hill Brigade')
        # the last possessive whose owner is a known place: "Cox's Bazar's X" is X of Cox's Bazar
        k = next(
            (
                k
                for k in range(c.end - 2, c.start, -1)
                if doc[k].lower_ in POSSESSIVE_ENDINGS
                and is_name_token(doc[k + 1])
                and _owner_is_a_place(bare_name(span_text(doc, c.start, k)), c.label, gazetteer)
            ),
            None,
        )
        if k is None:
            continue
        label = c.label if c.label in PLACE_LABELS else "GPE"
        spans.remove(c)
        spans.extend((Candidate(c.start, k, label), Candidate(k + 1, c.end, label)))


def _owner_is_a_place(name: str, label: str, gazetteer: Gazetteer) -> bool:
    """The owner of "X's Y" is a place the gazetteer knows by that name; read as an organisation, a strong one
    (a country, a province, a big city: "the camp's Officer's Mess" is no village called Officer)."""
    if label == "ORG":
        return gazetteer.is_strong_place(name)
    return any(e.match == "exact" for e in gazetteer.lookup(name))


def places_named_with_a_possessive(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'a Cox's Bazar shelter block' read as 'Bazar shelter block': a name that the model began right after a
    possessive is, with the word before the possessive, a strong place the gazetteer knows by that whole name;
    the place is its own span, and the rest stays what the model read when it still holds a name ('a Cox's Bazar
    Rohingya shelter block' holds none: a people's name and common nouns)."""
    for c in list(spans):
        if c.canonical or c.start < 2 or overlapping(spans, c.start - 2, c.start - 1):
            continue
        # the possessive's start, as a cue word's name finds it ("Cox's Bazar camps"), for the longest head (two
        # words at most) of the span that makes a strong place with it
        found = (
            (start, e)
            for e in range(min(c.end, c.start + 2), c.start, -1)
            if all(is_name_token(t) for t in doc[c.start : e])
            for start, _ in [_with_possessive_start(doc, (c.start, e), gazetteer)]
            if start < c.start and gazetteer.is_strong_place(span_text(doc, start, e))
        )
        start, end = next(found, (None, None))
        if end is None:
            continue
        spans.remove(c)
        spans.append(Candidate(start, end, "GPE"))
        if end < c.end and any(is_name_token(t) and not names_a_people(t.text, gazetteer) for t in doc[end : c.end]):
            spans.append(Candidate(end, c.end, c.label))  # 'Rohingya shelter block' names no block of its own


def names_opened_by_a_feature_word(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Wadi Samra flooded', 'the level of Sungai Kolam', 'fighting on Jebel Amer': a capitalised name of two or
    more words that a word for a valley, a mountain, a river or a village opens is a place, whatever the model
    read (a person, an organisation, nothing); an organisation's name holding it stays."""
    for i in positions(doc, FEATURE_NAME_OPENERS):
        if not doc[i].is_title:
            continue  # 'the wadi' is a valley, no name
        run = name_run_after(doc, i)
        if not run or run[1] - run[0] < 2:
            continue
        if any(t.lower_ in _NOT_IN_PLACE_NAMES for t in doc[run[0] : run[1]]):
            continue  # 'the Jebel Marra Group': an organisation named after the place
        inside = overlapping(spans, *run)
        if any(c.canonical or c.label in ("DATE", "TIME") or c.start < run[0] or c.end > run[1] for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(run[0], run[1], "LOC"))


def names_before_born_or_based(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Kelvari-born commander', 'a Kisii-based group': a capitalised name of one to three words written on
    to '-born' or '-based' is a place, whatever the model read, unless it is a people's name ('Iraqi-born'),
    an organisation the list knows or a person's given name."""
    for i in positions(doc, ORIGIN_COMPOUNDS):
        if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
            continue
        run = name_run_before(doc, i - 1)
        if not run or run[1] - run[0] > 3 or names_a_people(span_text(doc, *run), gazetteer):
            continue
        if doc[run[0] : run[1]].text.isupper() or any(t.text in GIVEN_NAMES for t in doc[run[0] : run[1]]):
            continue  # 'UN-based', 'US-born' are read elsewhere; 'Ahmed-born' is no place
        inside = overlapping(spans, *run)
        if any(c.canonical or c.label in PLACE_LABELS or c.start < run[0] or c.end > run[1] for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(run[0], run[1], "GPE"))


def unread_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """A capitalised name the model did not mark at all, which the gazetteer knows as a strong place (an
    adverb opening a sentence, 'Soon', is no alternate spelling of a city, nor a word for a kind of place,
    'Valley', the name of one), a name read as a place elsewhere in the article, a country's initials in capitals
    ('eastern DRC', 'the UAE'), or a county written short ('in Co Donegal')."""
    covered = {i for c in spans for i in range(c.start, c.end)}
    dated = {i for c in spans if c.label in ("DATE", "TIME") for i in range(c.start, c.end)}
    article = article_text(doc)
    named_in_full = _words_of_people_named_in_full(doc, spans, gazetteer)
    # the names read as places elsewhere in the article: the same name unread is the same place
    read_as_places = {span_text(doc, c.start, c.end) for c in spans if c.label in PLACE_LABELS and not c.canonical}
    i = 0
    while i < len(doc):
        tok = doc[i]
        # A stop word ('Some', 'May') is capitalised at a sentence start, not because it names a place.
        if (
            i in covered
            or not is_name_token(tok)
            or tok.is_stop
            or tok.lower_ in CALENDAR_WORDS
            or tok.lower_ in SENTENCE_ADVERBS
        ):
            i += 1
            continue
        run = name_run_after(doc, i)
        if run:  # 'Lakeland Mar 3': the run ends where a date read begins; a name it runs into is one with it
            run = (run[0], next((k for k in range(*run) if k in dated), run[1]))
        if run and not any(k in covered for k in range(*run)):
            text = doc[run[0] : run[1]].text
            if text.lower() in PLACE_CUES_AFTER:
                i = run[1]  # 'Valley' left after 'Javari' was read alone: a word for a kind of place, no name
                continue
            country_initials = text.isupper() and len(text) >= 3 and names_a_country(text, gazetteer)  # 'DRC'
            if run[1] - run[0] == 1 and text in named_in_full:
                i = run[1]  # one word of a person's name the article gives in full
                continue
            if names_a_people(text, gazetteer):
                i = run[1]  # 'the Malaysia-Thai frontier': a people's name, though a city lists it among its spellings
                continue
            if text.lower() in FOREIGN_DIRECTIONS:
                i = run[1]  # 'the Carretera Norte highway': a bearing in another language, no region called Norte
                continue
            if (
                (len(text) >= 4 and gazetteer.is_strong_place(text) and not used_as_word(article, text))
                or (text in read_as_places and not used_as_word(article, text))
                or country_initials
                or _county_written_short(doc, *run, gazetteer)
            ):
                spans.append(Candidate(run[0], run[1], "GPE"))
                i = run[1]
                continue
        i += 1


_STORY_TOWN_KINDS = ("city", "district", "governorate", "neighbourhood")


def towns_of_the_story_country(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the office at Lakeside was submerged', 'a beach between Hill Town and Riverside': a name the model read
    as a person, an organisation or a people (with no organisation's word, no initials, no people's name), or
    did not read, that is a town, a district or a province of the one country the article is about, under that
    very name, is that place; not a name holding a given name, one after a title,
    one word of a person the article names in full, nor the one who speaks ('Mensah said')."""
    cc = None
    article = article_text(doc)
    named_in_full = _words_of_people_named_in_full(doc, spans, gazetteer)
    covered = {i for c in spans for i in range(c.start, c.end)}

    def a_town_there(start: int, end: int) -> bool:
        nonlocal cc
        text = clean_name(span_text(doc, start, end))
        if len(text) < 4:
            return False
        entries = [e for e in gazetteer.lookup(text) if e.match == "exact" and e.kind in _STORY_TOWN_KINDS]
        if (
            not entries
            or _holds_a_given_name(doc, (start, end))
            or _after_a_title(doc, start)
            or (end - start == 1 and text in named_in_full)
            or (end < len(doc) and doc[end].lower_ in SPEECH_VERBS)
            or used_as_word(article, text)
        ):
            return False
        cc = cc or article_country(doc, spans, gazetteer) or "-"
        return any(e.cc == cc for e in entries)

    for c in spans:
        if c.canonical or c.label not in ("PERSON", "ORG", "NORP"):
            continue
        if c.label != "PERSON" and (
            span_text(doc, c.start, c.end).isupper()
            or any(t.text in ORGANISATION_TAILS or t.text in ORGANISATION_HEADS for t in doc[c.start : c.end])
            or names_a_people(span_text(doc, c.start, c.end), gazetteer)
            or c.start == 0
            or doc[c.start - 1].lower_ not in PLACE_SLOT_WORDS
        ):
            # an organisation's word, its initials, a people's name: what the model read; and only where a
            # place would stand ('in X', 'from X', 'A, X and B'), not inside a longer name or before a noun
            continue
        if a_town_there(c.start, c.end):
            c.label = "GPE"
    i = 0
    while i < len(doc):
        run = name_run_after(doc, i) if i not in covered and is_name_token(doc[i]) and not doc[i].is_stop else None
        if run and not any(k in covered for k in range(*run)):
            if a_town_there(*run):
                spans.append(Candidate(run[0], run[1], "GPE"))
                i = run[1]
                continue
            if _holds_a_given_name(doc, run) or _after_a_title(doc, run[0]):
                i = run[1]  # a person's name is not tried again word by word ('Sita Kumari Pokhara')
                continue
        i += 1


def _countries_named(doc, spans: list[Candidate], gazetteer: Gazetteer) -> set[str]:
    """The countries the article names, by their names or their peoples'."""
    named = set()
    for c in spans:
        text = span_text(doc, c.start, c.end)
        if c.label == "NORP":
            named.add(country_of_demonym(text, gazetteer))
        elif c.label in PLACE_LABELS:
            named |= {e.cc for e in gazetteer.lookup(text) if e.kind == "country" and e.match != "skeleton"}
    return named - {None}


def regions_named_by_their_bearing(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'clashes in the northwest region', "the country's Far North Region", 'the eastern region': after 'the' or a
    possessive, a bearing and 'region' (or 'province', 'state') name a region of the story's country (or of
    the country named after 'of'), though the model read nothing there, when a country the article names has a
    unit of that name ('the unrest in the northern region' otherwise names only a part of it); 'the eastern
    region of X province' is a part of that province, read elsewhere."""
    named: set[str] = set()
    for j in positions(doc, (REGION_NOUNS | FIRST_LEVEL_UNIT_NOUNS) - PLURAL_PLACE_NOUNS):
        if j + 2 < len(doc) and doc[j + 1].lower_ == "of":
            owner = name_run_after(doc, j + 2 + (doc[j + 2].lower_ == "the"))
            if not owner or not names_a_country(span_text(doc, *owner), gazetteer):
                continue  # 'the eastern region of Aleppo province': a part of the province, read elsewhere
        k = next((k for k in (j - 3, j - 2, j - 1) if k >= 0 and is_region_by_bearing(doc, k, j + 1)), None)
        if k is None:
            continue
        named = named or _countries_named(doc, spans, gazetteer)
        bearing = span_text(doc, k, j)
        if not any(
            e.cc in named and e.match != "skeleton" and e.kind in ("governorate", "district", "region")
            for e in gazetteer.lookup(bearing) + gazetteer.lookup(span_text(doc, k, j + 1))
        ):
            continue  # 'the unrest in the northern region': a part of the country named by no unit of it
        if not (k > 0 and (doc[k - 1].lower_ == "the" or doc[k - 1].lower_ in POSSESSIVE_ENDINGS)):
            continue
        inside = overlapping(spans, k, j + 1)
        if any(c.start < k or c.end > j + 1 or c.label not in PLACE_LABELS or c.canonical for c in inside):
            continue  # a longer name, or one the model read otherwise, stays
        for c in inside:  # 'West' read alone before 'region'
            spans.remove(c)
        spans.append(Candidate(k, j + 1, "GPE", cue=True))


def operations_are_events(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Operation Claw-Sword' is a military operation, not a facility or a place."""
    for c in spans:
        if c.label in PLACE_LABELS and doc[c.start].lower_ == "operation" and c.end - c.start > 1:
            c.label = "EVENT"


def named_events_are_not_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'International Anti-Corruption Day', 'the Camp David Accords', 'the Lakeside Festival 2015': a name of two
    words or more that ends in a word for a day, a meeting, a war or an accord (its year may follow) names that
    event, not a place."""
    for c in spans:
        last = c.end - 1 - (c.end - c.start > 2 and _a_year(doc[c.end - 1]))
        if c.label in PLACE_LABELS and c.end - c.start > 1 and doc[last].text in EVENT_TAILS:
            c.label = "EVENT"


def _a_year(token) -> bool:
    return token.is_digit and len(token.text) == 4


def drop_names_read_as_dates(doc, spans: list[Candidate], start: int, end: int) -> None:
    """The model's DATE or TIME over a capitalised name with no number and no calendar word is a misread name."""
    for c in overlapping(spans, start, end):
        tokens = doc[c.start : c.end]
        if (
            c.label in ("DATE", "TIME")
            and not any(t.like_num or t.lower_ in CALENDAR_WORDS for t in tokens)
            and all(is_name_token(t) or not t.is_alpha for t in tokens)
        ):
            spans.remove(c)


def kin_groups_are_not_places(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'members of the Saade, Khoury and Nassar families', 'the Abgaal clan': a name, or each name of a list, written
    right before 'family', 'clan' or 'tribe' names a kin group, not a place, unless the gazetteer knows a country, a
    province or a strong place by it ('the Darfur tribes' are those of the region)."""
    for j in positions(doc, KIN_GROUP_NOUNS):
        k = j
        while run := name_run_before(doc, k):
            text = span_text(doc, *run)
            known = any(
                e.match == "exact" and (e.is_strong or e.kind in ("country", "governorate"))
                for e in gazetteer.lookup(text)
            )
            for c in overlapping(spans, *run):
                if c.label in PLACE_LABELS and not c.canonical and not known and (c.start, c.end) == run:
                    c.label = "NORP"
            k = run[0] - 1
            if k < 1 or doc[k].lower_ not in (",", "and", "or"):
                break
            k -= doc[k].lower_ in ("and", "or") and doc[k - 1].text == ","


def place_lists(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'sites in Lankaran, Astara, Masally and Jalilabad': in a list of three or more names where at least two are
    places (one, when 'in' or 'near' opens the list), the other names the gazetteer knows by name are places
    too, also those the model read as people or organisations; after 'in' with two places, so are names it
    does not know (but a given name's, a people's or an organisation's)."""
    caps = capitalised(doc)
    i = 0
    while i < len(doc):
        items = _listed_names(doc, i) if caps[i] else []
        if len(items) < 3:
            i += 1
            continue
        i = items[-1][1]
        kinds = [{coarse(c.label) for c in overlapping(spans, *item)} for item in items]
        places = sum("place" in k for k in kinds)
        start = items[0][0]
        located = start > 0 and doc[start - 1].lower_ in LOCATIVE_WORDS  # 'in A, B, and C': where, one place says
        if places < (1 if located else 2) or (
            not located and places <= sum("PERSON" in k or "ORG" in k for k in kinds)
        ):
            continue
        for item, found in zip(items, kinds):
            # a known name, or a date ('LIMA, Peru, Dec. 2': a dateline's day after its places), stays
            if "place" in found or any(c.canonical or c.label in ("DATE", "TIME") for c in overlapping(spans, *item)):
                continue
            text = doc[item[0] : item[1]].text
            # 'in Sandakan, Tawobi and Keningau': where two of the list are places after 'in', a name
            # the gazetteer lacks is one too, unless it holds a given name, a people's or an organisation's word
            unknown_among_places = (
                located
                and places >= 2
                and not _holds_a_given_name(doc, item)
                and not names_a_people(text, gazetteer)
                and not any(t.lower_ in _NOT_IN_PLACE_NAMES for t in doc[item[0] : item[1]])
            )
            if unknown_among_places or any(e.match != "skeleton" for e in gazetteer.lookup(text)):
                for c in overlapping(spans, *item):
                    spans.remove(c)
                spans.append(Candidate(item[0], item[1], "GPE", cue=True))


_ORGANISATION_WORDS = ORGANISATION_HEADS | ORGANISATION_TAILS
# 'clashes between A and B in X' pits two sides (peoples, groups) against each other; 'Reporting by A in X and
# B in Y', 'in A and B in Y' pair each name with its own place
_PAIRING_OPENERS = frozenset({"between", "by", "in"})


def lists_placed_in_a_place(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'gunmen attacked A, B and C in X', 'A and B in the X local government area': two or more names listed
    and then said to lie in a place are places, even where the model read people and the gazetteer knows
    none of them; a list with a given name, a title, a known name or a named person's surname is left as read
    ('Ahmed and Ali in Baghdad'), and so is one after 'between' (two sides) or 'by' or 'in' (each name paired
    with its own place)."""
    caps = capitalised(doc)
    people = [c for c in spans if c.label == "PERSON" and c.end - c.start >= 2]
    places_at = {c.start for c in spans if c.label in PLACE_LABELS}
    i = 1
    while i < len(doc):
        items = _listed_names(doc, i) if caps[i] and not is_name_token(doc[i - 1]) else []
        if len(items) < 2:
            i += 1
            continue
        i = items[-1][1]
        k = i + (i < len(doc) and doc[i].text == ",")
        if not (k + 1 < len(doc) and doc[k].lower_ == "in"):
            continue
        where = k + 1 + (doc[k + 1].lower_ == "the")
        run = name_run_after(doc, where) if where < len(doc) else None
        if not run or not (
            where in places_at or any(e.match != "skeleton" for e in gazetteer.lookup(span_text(doc, *run)))
        ):
            continue
        opener = doc[items[0][0] - 1]
        if opener.text in PERSON_TITLES or opener.lower_ in PEOPLE_CUES or opener.lower_ in _PAIRING_OPENERS:
            continue
        # a surname of a person named in full elsewhere ('John Smith ... Smith and Jones in London')
        surnames = {doc[c.end - 1].text for c in people if not items[0][0] <= c.start < items[-1][1]}
        if any(
            _holds_a_given_name(doc, item)
            or doc[item[1] - 1].text in surnames
            or any(
                c.canonical
                or c.label in ("DATE", "TIME", "NORP")
                or (c.label == "ORG" and (c.start < item[0] or c.end > item[1]))  # inside an organisation's name
                for c in overlapping(spans, *item)
            )
            or any(t.lower_ in _ORGANISATION_WORDS for t in doc[item[0] : item[1]])
            for item in items
        ):
            continue
        for item in items:
            if not any(c.label in PLACE_LABELS for c in overlapping(spans, *item)):
                set_place(spans, *item)


def _listed_names(doc, i: int) -> list[tuple[int, int]]:
    """The names listed from token i: 'A, B, C and D' (commas, a last 'and'/'or'), or none."""
    items = []
    run = name_run_after(doc, i) if is_name_token(doc[i]) else None
    while run:
        items.append(run)
        k = run[1]
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ in ("and", "or"):
            last = name_run_after(doc, k + 1) if k + 1 < len(doc) else None
            return items + [last] if last else items
        if k == run[1] or k >= len(doc) or not is_name_token(doc[k]):
            return items
        run = name_run_after(doc, k)
    return items


def hyphenated_place_names(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Haut-Katanga province', 'Nord-Kivu': a place the model cut at a hyphen goes on over it when the
    whole hyphenated name is a place the gazetteer knows by name."""
    for c in [c for c in spans if c.label in PLACE_LABELS]:
        if not any(x is c for x in spans):
            continue  # the other half of a name already joined ('Timor' of 'Timor-Leste')
        start, end = c.start, c.end
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        ):
            end += 2
        while (
            start >= 2
            and doc[start - 1].text == "-"
            and not doc[start - 2].whitespace_
            and not doc[start - 1].whitespace_
            and doc[start - 2].is_alpha
        ):
            start -= 2
        if (start, end) == (c.start, c.end):
            continue
        others = [x for x in overlapping(spans, start, end) if x is not c]
        if any(x.canonical for x in others):
            continue
        if any(e.match in ("exact", "alias") for e in gazetteer.lookup(doc[start:end].text)):
            for x in others:
                spans.remove(x)
            c.start, c.end = start, end
