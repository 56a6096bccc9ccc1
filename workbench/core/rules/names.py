"""Rules on the shape of names and on people: edges trimmed, aliases and surnames joined to their person."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ..lexicon import (
    ALIAS_WORDS,
    CREDIT_PHRASES,
    CUES_IN_LOWER_CASE_ONLY,
    FACILITY_HEADS,
    FACILITY_WORDS,
    FIRST_NAME_PHRASES,
    GIVEN_NAMES,
    HUMAN_FATES,
    KIN_NOUNS,
    LEADER_BODIES,
    LEADER_PHRASES,
    LEADING_MODIFIERS,
    LOCATIVE_WORDS,
    NAMING_PHRASES,
    NUMBER_SIGNS,
    ORGANISATION_HEADS,
    ORGANISATION_LINKS,
    ORGANISATION_TAILS,
    PERSON_ROLES,
    PERSON_TITLES,
    PLACE_CUES_AFTER,
    POSSESSIVE_ENDINGS,
    ROLE_DETERMINERS,
    SPEECH_VERBS,
    STANCE_PREFIXES,
    SURNAME_PARTICLES,
    THOROUGHFARE_NOUNS,
    TITLE_QUALIFIERS,
    TRAILING_LINKS,
    UNIT_NOUNS_AFTER_NAME,
    folded,
    names_a_people,
    well_known_people,
)
from .places import names_a_country
from .spans import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    PLACE_LABELS,
    Candidate,
    article_text,
    clean_name,
    is_name_token,
    name_run_after,
    name_run_before,
    overlapping,
    positions,
    span_text,
    used_as_word,
    words,
)

# words that make a name beside them a place, whatever its case ('Park' alone may be a surname)
_PLACE_OR_FACILITY_WORDS = (PLACE_CUES_AFTER - CUES_IN_LOWER_CASE_ONLY) | FACILITY_HEADS


def set_person(spans: list[Candidate], start: int, end: int) -> None:
    """Make tokens start..end a person, replacing the spans it overlaps; a known name, a date, or a person
    that already covers them stays."""
    inside = overlapping(spans, start, end)
    if any(
        c.canonical or c.label in ("DATE", "TIME") or (c.label == "PERSON" and c.start <= start and c.end >= end)
        for c in inside
    ):
        return
    for c in inside:
        spans.remove(c)
    spans.append(Candidate(start, end, "PERSON"))


def trim(doc, c: Candidate) -> Candidate | None:
    """Drop a leading 'the', 'a', adjective or preposition ('In Rakhine' opening a sentence), a 'pro-' or 'anti-', a
    possessive, quotes and trailing dashes ('Kurdistan Region - A' -> 'Kurdistan Region'), a link word it ends on
    ('Ministry of Roads of'); a closing bracket stays when the name opened it ('CPI(M)')."""
    start, end = c.start, c.end
    if end - start > 2 and doc[start].lower_ in STANCE_PREFIXES and doc[start + 1].text == "-":
        start += 2  # 'Pro-Turkey rebels': the country named, not a place called Pro-Turkey
    while start < end and (
        doc[start].lower_ in ("the", '"', "“", "'")
        # 'a United States-led coalition' (not 'a week ago', a date; 'A Coruña' keeps its capital)
        or (doc[start].text in ("a", "an") and c.label not in ("DATE", "TIME"))
        or doc[start].is_punct
        or (doc[start].lower_ in LEADING_MODIFIERS and doc[start].whitespace_ and end - start > 1 and not c.canonical)
    ):
        start += 1
    for i in range(start + 1, end):
        if doc[i].text in ("-", "–", "—") and doc[i].whitespace_ and doc[i - 1].whitespace_:
            end = i
            break
    # a possessive, or a plural's bare apostrophe ("the Kurds' homeland"); a bracket the name opened stays ('CPI(M)')
    while end > start and (
        (doc[end - 1].is_punct and not (doc[end - 1].text == ")" and "(" in span_text(doc, start, end - 1)))
        or doc[end - 1].lower_ in POSSESSIVE_ENDINGS | {"'", "’"}
    ):
        end -= 1
    while (
        end - start > 1
        and doc[end - 1].lower_ in TRAILING_LINKS
        and doc[end - 1].is_lower
        and not c.canonical
        and c.label not in ("DATE", "TIME")
    ):
        end -= 1  # 'the Ministry of Roads of' read without the name after 'of', 'West Lakeland to' run on
    if start >= end:
        return None
    return Candidate(start, end, c.label, c.canonical, c.cue)


def has_substance(doc, c: Candidate) -> bool:
    """'X.' (a social network) or a lone initial is not a name."""
    return sum(ch.isalnum() for ch in span_text(doc, c.start, c.end)) >= 2


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
    """'Burhan' after 'Abdel Fattah al-Burhan' is the person, even in "Burhan's government", and 'according to
    Halab' after 'Ahmad Halab', though a city is spelt so too ('Halab', Aleppo)."""
    tails = set()
    for c in spans:
        name = words(span_text(doc, c.start, c.end))
        if c.label == "PERSON" and len(name) >= 2:
            tails |= {tuple(name[k:]) for k in range(1, len(name))}
    for c in spans:
        if c.canonical or c.cue or c.label not in ("ORG", "GPE", "LOC"):
            continue
        text = span_text(doc, c.start, c.end)
        if tuple(words(text)) in tails and (
            c.label == "ORG" or not _strong_place_by_its_name(clean_name(text), gazetteer)
        ):
            c.label = "PERSON"


def full_names_of_surnames(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'... Administration Oleh Petrenko announced ... Petrenko noted': a surname the article gives alone as a
    person, written elsewhere after a capitalised first name that nothing else covers, is that person's full
    name there (the model read the surname only once it stood alone)."""
    surnames = {
        doc[c.start].text
        for c in spans
        if c.label == "PERSON" and c.end - c.start == 1 and doc[c.start].is_title and len(doc[c.start]) > 3
    }
    if not surnames:
        return
    covered = {i for c in spans for i in range(c.start, c.end)}
    for i in range(1, len(doc)):
        first = doc[i - 1]
        if doc[i].text not in surnames or i in covered or i - 1 in covered:
            continue
        if not (first.is_title and first.is_alpha) or first.is_stop or first.lower_ in PERSON_TITLES:
            continue
        if gazetteer.is_strong_place(first.text):
            continue  # 'Kharkiv Petrenko' would be a place before a name
        spans.append(Candidate(i - 1, i + 1, "PERSON"))
        covered |= {i - 1, i}


_TRAILING_NUMBER = re.compile(r",\d+$")  # 'Gurung,10': a surname and an age the tokenizer left joined


def family_names(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'They are Rita Gurung, 40, and Milan Gurung, 10': a name read as a place or an organisation, written right
    before the surname of people the article names in full, is a given name; the two are one person, unless
    the two words are a town's name."""
    surnames = {doc[c.end - 1].text for c in spans if c.label == "PERSON" and c.end - c.start >= 2}
    for c in list(spans):
        if c.label not in (*PLACE_LABELS, "ORG") or c.canonical or c.end - c.start != 1 or c.end >= len(doc):
            continue
        after = doc[c.end]
        surname = _TRAILING_NUMBER.sub("", after.text)
        if surname not in surnames or not surname[:1].isupper() or overlapping(spans, c.end, c.end + 1):
            continue
        if any(e.match == "exact" for e in gazetteer.lookup(doc[c.start : c.end + 1].text)):
            continue  # the two words are a town's name, which the model read as a person elsewhere too
        spans.remove(c)
        spans.append(Candidate(c.start, c.end + 1, "PERSON", canonical=f"{doc[c.start].text} {surname}"))


def _strong_place_by_its_name(name: str, gazetteer: Gazetteer) -> bool:
    """A strong place of this very name ('Kirkuk'), not one the gazetteer finds under another spelling
    ('Halab' for Aleppo)."""
    return any(e.is_strong and folded(e.name) == folded(name) for e in gazetteer.lookup(name))


def trim_edges(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """Names lose a leading 'the' or 'a', adjective or preposition, a possessive and stray punctuation; what is
    left must hold two letters or digits ('X.' the social network is no name)."""
    return [c for c in (trim(doc, c) for c in spans) if c is not None and has_substance(doc, c)]


def numbered_names(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Camp No. 9', 'Block Number 4', 'Gate #2': a name cut before (or at) the sign that numbers it takes
    the sign and the number; 'Camp No' alone is no place called No."""
    for c in spans:
        k = c.end
        if k - 1 > c.start and doc[k - 1].lower_ in NUMBER_SIGNS:
            k -= 1  # the model kept the sign and left the number out
        elif c.label not in PLACE_LABELS:
            continue  # 'Hezbollah No. 2 official': a rank in a group, not a numbered place
        if k >= len(doc) or doc[k].lower_ not in NUMBER_SIGNS:
            continue
        n = k + 1
        if n < len(doc) and doc[n].text == "." and doc[k].lower_ in ("no", "nos"):
            n += 1
        if n < len(doc) and doc[n].like_num:
            c.end = n + 1


def titled_people(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'spokesman Ahmed Saleh', 'Governor Ivan Petrenko', 'Police agents Juan Pérez', 'police constable Tanvir':
    a name of two to five capitalised words right after a title or a role is a person, whatever the model
    read there; so is a single name after a title in lower case or abbreviated ('Brig. Osei') that the
    gazetteer does not know, and a second full name after a plural title ('writers Kofi Mensah and Ama Serwaa'); a
    name ending in a facility's word is the facility's ('the Imam Hussein Mosque'). A place the model joined before the
    title ('Kano State Governor X') stays a place, and a title with a name and a word for a kind of place after
    it is a place's name ('the Sheikh Abu Hamad village')."""
    for i in positions(doc, PERSON_TITLES, stop=1):
        if doc[i].text.isupper() and f"{doc[i].lower_}." in PERSON_TITLES:
            continue  # 'MS Word', 'DR Congo': an honorific written in capitals is an acronym
        k = i + 1
        while k < len(doc) and doc[k].lower_ in PERSON_TITLES:  # 'Prime Minister', 'Lt. Gen.'
            k += 1
        run = name_run_after(doc, k) if k < len(doc) else None
        if not run or run[1] - run[0] > 5:
            continue
        name = doc[run[0] : run[1]]
        if run[1] < len(doc) and doc[run[1]].lower_ in PLACE_CUES_AFTER and doc[run[1]].is_lower:
            continue  # 'the Sheikh Abu Hamad village': the title is part of a place's name
        # a rank's abbreviation ('Brig.', 'Col.', 'Mr' without its stop) stands only before a name, as a
        # lower-case title does
        sure_title = (
            doc[k - 1].is_lower or doc[k - 1].text.endswith(".") or f"{doc[k - 1].lower_}." in PERSON_TITLES
        )  # 'Mr Mensah' as 'Mr. Mensah'
        if len(name) == 1 and (
            not sure_title or any(folded(e.name) == folded(name.text) for e in gazetteer.lookup(name.text))
        ):
            continue  # 'Colonel Kandahar' reads as nothing sure; 'constable Tanvir', 'Brig. Osei' as a person
        if (
            any(t.text in ORGANISATION_TAILS or _acronym(t) or t.lower_ in _PLACE_OR_FACILITY_WORDS for t in name)
            or (
                _strong_place_by_its_name(name.text, gazetteer)
                if len(name) == 1
                else gazetteer.is_strong_place(name.text)
            )
            # 'Commander Iraqi' names a people; 'Lieutenant Christian Mora', a man whose given name is one
            or (names_a_people(name[0].text, gazetteer) and (len(name) == 1 or names_a_people(name.text, gazetteer)))
        ):
            continue  # 'President Joe Biden' is fine; 'Minister Kurdistan Region', 'Colonel RSF', 'Commander Iraqi' are not
        before = min((c.start for c in overlapping(spans, *run) if c.start < i), default=i)
        set_person(spans, *run)
        if doc[k - 1].lower_.endswith("s") and run[1] + 1 < len(doc) and doc[run[1]].lower_ == "and":
            second = name_run_after(doc, run[1] + 1)  # 'writers Kofi Mensah and Ama Serwaa': both are people
            if (
                second
                and 2 <= second[1] - second[0] <= 5
                and not gazetteer.is_strong_place(doc[second[0] : second[1]].text)
            ):
                set_person(spans, *second)
        if before < i and not overlapping(spans, before, i):
            # 'Kano State Governor X' read as one name: the state stays; 'Chuvash President X': the people's adjective
            if names_a_people(clean_name(doc[before:i].text), gazetteer):
                spans.append(Candidate(before, i, "NORP"))
            elif _names_a_place(doc[before:i].text, gazetteer):
                spans.append(Candidate(before, i, "GPE"))


def _acronym(tok) -> bool:
    """An upper-case word of two letters or more ('RSF'); a single capital is an initial ('Tunde K Balogun')."""
    return tok.is_upper and len(tok.text) > 1


def _names_a_place(text: str, gazetteer: Gazetteer) -> bool:
    """The gazetteer knows a province, a country or a big place by this very name or one of its spellings (no
    guess), with or without a unit noun after it ('Kano State'); 'Police' is some village's name too."""
    name = clean_name(text)
    head, _, last = name.rpartition(" ")
    names = (name, head) if head and last.lower() in UNIT_NOUNS_AFTER_NAME else (name,)
    return any(
        e.match != "skeleton" and (e.is_strong or e.kind in ("country", "governorate", "district"))
        for n in names
        for e in gazetteer.lookup(n)
    )


_FIRST_NAME_WORDS = frozenset(phrase.split()[0] for phrase in FIRST_NAME_PHRASES)


def people_given_by_first_name(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'a witness who gave only his first name, Tesfaye, said': the name right after 'first name' is a
    person, whatever the model read there."""
    for i in positions(doc, _FIRST_NAME_WORDS, stop=2):
        if f"{doc[i].lower_} {doc[i + 1].lower_}" not in FIRST_NAME_PHRASES:
            continue
        k = i + 2 + (doc[i + 2].text in (",", ":"))
        run = name_run_after(doc, k) if k < len(doc) else None
        if run and run[1] - run[0] <= 2:
            set_person(spans, *run)


def credited_journalists(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'(Reporting by Ana Silva in Porto and Tom Hale; Editing by Jo Marsh)': the names listed after 'Reporting
    by', 'Writing by' or 'Editing by' in a wire story's credit line are the journalists', people, whatever the
    model read there; a place after 'in' is where one of them filed from."""
    for i in positions(doc, ("by",), stop=1):
        if i == 0 or f"{doc[i - 1].lower_} by" not in CREDIT_PHRASES:
            continue
        for c in [c for c in overlapping(spans, i - 1, i + 1) if c.start >= i - 1 and c.end <= i + 1]:
            spans.remove(c)  # 'Writing' read as an organisation
        k = i + 1
        while (run := name_run_after(doc, k)) and run[1] - run[0] <= 4:
            name = doc[run[0] : run[1]]
            if len(name) >= 2 and not _holds_an_organisations_or_places_name(name, gazetteer):
                set_person(spans, *run)
            k = run[1]
            if k + 1 < len(doc) and doc[k].lower_ == "in" and (filed_from := name_run_after(doc, k + 1)):
                k = filed_from[1]  # 'Ana Silva in Porto'
            if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "and":
                k += 1
            if k + 1 < len(doc) and doc[k].lower_ in (",", "and"):
                k += 1
            else:
                break


def _holds_an_organisations_or_places_name(name, gazetteer: Gazetteer) -> bool:
    """The name holds an organisation's word or an acronym, or names a place: no person's name."""
    return any(t.text in ORGANISATION_TAILS or t.text in ORGANISATION_HEADS or _acronym(t) for t in name) or (
        gazetteer.is_strong_place(name.text)
    )


def people_in_pairs(doc, spans: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """'the Juan Perez-Maria Lopez government': two people's full names joined by a hyphen are two
    people, not one."""
    out = []
    for c in spans:
        dash = next((k for k in range(c.start + 2, c.end - 2) if doc[k].text == "-" and not doc[k].whitespace_), None)
        if c.label != "PERSON" or dash is None or not all(t.is_title for t in doc[c.start : c.end] if t.i != dash):
            out.append(c)
            continue
        out += [Candidate(c.start, dash, "PERSON"), Candidate(dash + 1, c.end, "PERSON")]
    return out


def people_listed_among_people(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'charges against Juan Perez, Ali Musa, Omar Haji and Sara Diallo': a capitalised name listed between two
    people, by commas or 'and', is a person too, whatever the model read there (not a name the gazetteer knows
    as a strong place, nor a known organisation)."""
    by_start = {c.start: c for c in spans if c.label == "PERSON"}
    by_end = {c.end: c for c in spans if c.label == "PERSON"}
    for k in positions(doc, (",", "and"), stop=1):
        if doc[k].lower_ == "and" and k > 0 and doc[k - 1].text == ",":
            continue  # the comma before it opened the separator
        before = by_end.get(k)
        run = name_run_after(doc, k + 1 + (doc[k].text == "," and doc[k + 1].lower_ == "and"))
        if before is None or run is None or run[1] - run[0] > 4 or run[1] >= len(doc):
            continue
        after = run[1] + (doc[run[1]].text == "," and run[1] + 1 < len(doc) and doc[run[1] + 1].lower_ == "and")
        if doc[run[1]].lower_ not in (",", "and") or (after + 1) not in by_start:
            continue  # the next one listed is no person
        inside = overlapping(spans, *run)
        if any(
            c.canonical or c.start < run[0] or c.end > run[1] or c.label in ("PERSON", "ORG", "NORP") for c in inside
        ):
            continue  # an organisation the model read ('Wagner', 'Parliament') stays one
        if gazetteer.is_strong_place(span_text(doc, *run)):
            continue
        if run[1] - run[0] == 1 and doc[run[0]].text not in GIVEN_NAMES:
            continue  # one word is a person's only when it is a given name
        set_person(spans, *run)


def speakers_are_people(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'“We ran,” Karim said': a short name right before 'said' or 'told' speaks, so it is a person, unless
    it names a country, a province, a region, a capital or a city of millions (those speak for their
    governments), follows 'in' ('officials in Quetta said') or a cue word says it is a place ('officials in the
    city of Tilkef said')."""
    for c in spans:
        if c.label not in PLACE_LABELS or c.canonical or c.cue or c.end >= len(doc) or c.end - c.start > 2:
            continue
        if doc[c.end].lower_ not in SPEECH_VERBS or not all(t.is_title for t in doc[c.start : c.end]):
            continue
        if c.start > 0 and doc[c.start - 1].lower_ in LOCATIVE_WORDS:
            continue  # 'officials in Quetta said': the place is where the speakers are
        found = gazetteer.lookup(clean_name(span_text(doc, c.start, c.end)))
        if not any(
            e.kind in ("country", "governorate", "region", "water") or e.capital or e.population >= 1_000_000
            for e in found
        ):
            c.label = "PERSON"


def ages_follow_people(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Olena Petrenko, 64, said', 'Mariam, 34, a teacher', 'Md. Rahim (30)': a name of up to four words
    followed by an age between commas or in brackets is a person (one word only if it names no place, or if
    a role or a verb of speech follows the age: 'Alla, 73, a local resident')."""
    for i in positions(doc, (",", "("), stop=2):
        age = doc[i + 1]
        if not (age.text.isascii() and age.text.isdigit() and 0 < int(age.text) < 120):  # not '²'
            continue
        after = doc[i + 2]
        if doc[i].text == "(" and after.text != ")":
            continue
        if doc[i].text == "," and not (after.text in (",", ".", ")") or after.lower_ in SPEECH_VERBS):
            continue  # 'Mosul, 400 km north' is a distance
        run = name_run_before(doc, i)
        if not run or not 1 <= run[1] - run[0] <= 4 or gazetteer.is_strong_place(doc[run[0] : run[1]].text):
            continue
        if doc[i].text == "(" and any(c.label in PLACE_LABELS for c in overlapping(spans, *run)):
            continue  # 'killed in Gao (12) and Mopti (3)' counts by place
        described = after.lower_ in SPEECH_VERBS or (
            after.text == "," and i + 3 < len(doc) and doc[i + 3].lower_ in ("a", "an", "the")
        )
        if (
            run[1] - run[0] == 1
            and not described
            and any(e.match != "skeleton" for e in gazetteer.lookup(doc[run[0]].text))
        ):
            continue  # one word that names a place: 'Kaya, 12, and Dori, 8' count something else
        set_person(spans, *run)


def people_given_their_age_before(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'abducted a 14-year-old Amina Bello from the camp', 'the 35-year-old Kofi': a name right after an age
    written as 'N-year-old' is a person (no place the gazetteer knows, no organisation's word), whatever the
    model read."""
    for i in positions(doc, ("old",), stop=1):
        if i < 2 or doc[i].lower_ != "old" or doc[i - 1].text != "-" or doc[i - 2].lower_ not in ("year", "years"):
            continue
        run = name_run_after(doc, i + 1)
        if not run or not 1 <= run[1] - run[0] <= 4:
            continue
        name = doc[run[0] : run[1]]
        if any(t.text in ORGANISATION_TAILS or t.text in ORGANISATION_HEADS for t in name) or any(
            e.match != "skeleton" for e in gazetteer.lookup(name.text)
        ):
            continue  # 'a 20-year-old Kenyan', 'the 30-year-old Mosul resident'
        if any(c.label in ("NORP", "DATE", "TIME") or c.canonical for c in overlapping(spans, *run)):
            continue
        set_person(spans, *run)


_RELATIVE_WHO = ("who", "whom", "whose")


def people_introduced_by_one(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'one Musa Bello, who', 'one Md. Rafiq (30)': South Asian and West African reporting brings in a person
    the reader does not know with 'one' before the name; a name so introduced, ending at a comma, a bracket
    or 'who', is a person (not a place, a people or a known organisation)."""
    for i in positions(doc, ("one",), stop=2):
        if doc[i].text != "one":
            continue  # 'One Syrian said' opens a sentence with a number
        run = name_run_after(doc, i + 1)
        if not run or not 1 <= run[1] - run[0] <= 4 or run[1] >= len(doc):
            continue
        if doc[run[1]].text not in (",", "(") and doc[run[1]].lower_ not in _RELATIVE_WHO:
            continue  # 'one Kenyan soldier', 'one Toyota pick-up'
        name = doc[run[0] : run[1]]
        if (
            gazetteer.is_strong_place(name.text)
            or any(t.is_upper and len(t) > 1 for t in name)
            or any(c.label in ("NORP", "DATE", "TIME") or c.canonical for c in overlapping(spans, *run))
            or (len(name) == 1 and names_a_people(name.text, gazetteer))
        ):
            continue
        set_person(spans, *run)


def who_clauses_follow_people(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Somchai Kittisak, who sustained broken legs': a name of two to four words that the model took for an
    organisation or a place, set off by a comma before 'who', is a person (organisations and places take
    'which'), unless it holds an organisation's word or names a place the gazetteer knows."""
    for c in list(spans):
        if c.label not in ("ORG", *PLACE_LABELS) or c.canonical or c.cue or not 2 <= c.end - c.start <= 4:
            continue
        if c.end + 1 >= len(doc) or doc[c.end].text != "," or doc[c.end + 1].lower_ not in _RELATIVE_WHO:
            continue
        name = doc[c.start : c.end]
        if not all(t.is_title and t.is_alpha for t in name) or any(
            t.text in ORGANISATION_TAILS or t.text in ORGANISATION_HEADS for t in name
        ):
            continue
        if gazetteer.is_strong_place(name.text) or any(e.match != "skeleton" for e in gazetteer.lookup(name.text)):
            continue
        c.label = "PERSON"


def people_things_happen_to(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Nino Beradze was killed', 'Kofi Dapaah and Ama Tetteh were abducted', 'gunmen killed Kofi Dapaah and
    Ama Tetteh in ...': a name of two to four words before 'was' or 'were' and what is done only to people
    (killed, arrested, born), or right after such a verb and ending its clause, is a person, though the model
    took it, or part of it, for a place or an organisation; a name the gazetteer knows as a place stays."""
    for i in positions(doc, ("was", "were"), stop=1):
        if doc[i + 1].lower_ in HUMAN_FATES:
            run = name_run_before(doc, i)
            while run and _plain_name(doc, run, gazetteer):
                set_person(spans, *run)
                k = run[0] - 1  # 'A and B were abducted'
                run = name_run_before(doc, k) if k > 0 and doc[k].lower_ == "and" else None
    for i in positions(doc, HUMAN_FATES, stop=1):
        run = name_run_after(doc, i + 1)
        if not run or run[1] >= len(doc) or not _plain_name(doc, run, gazetteer):
            continue
        after = doc[run[1]]
        if not (after.is_punct or after.lower_ == "and" or after.lower_ in LOCATIVE_WORDS):
            continue  # 'killed Korem Valley fighters': the name qualifies what follows it
        set_person(spans, *run)
        second = name_run_after(doc, run[1] + 1) if after.lower_ == "and" and run[1] + 1 < len(doc) else None
        if second and _plain_name(doc, second, gazetteer):
            set_person(spans, *second)  # 'killed A and B after ...': one and the other


def _plain_name(doc, run: tuple[int, int], gazetteer: Gazetteer) -> bool:
    """Two to four capitalised words, no organisation's word among them nor a facility's last ('the Lakeside Base
    was shelled'), that name no place the gazetteer knows."""
    name = doc[run[0] : run[1]]
    return (
        2 <= len(name) <= 4
        and all(t.is_title and t.is_alpha for t in name)
        and not any(t.text in ORGANISATION_TAILS or t.text in ORGANISATION_HEADS for t in name)
        and name[-1].lower_ not in FACILITY_HEADS
        and not gazetteer.is_strong_place(name.text)
        and not any(e.match != "skeleton" for e in gazetteer.lookup(name.text))
    )


_NAMING_VERBS = frozenset(phrase.split()[0] for phrase in NAMING_PHRASES)


def people_identified_as(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'six of them identified as Yusuf, Idris, Omar and Bello', 'the driver was named as Ali Musa': the names
    listed after 'identified as' or 'named as' are people, though the model took some for places; so are
    those of a second list the sentence adds ('... and the wounded as Gulab')."""
    for i in positions(doc, _NAMING_VERBS, stop=2):
        if f"{doc[i].lower_} {doc[i + 1].lower_}" not in NAMING_PHRASES:
            continue
        k = i + 2
        while (run := name_run_after(doc, k)) and run[1] - run[0] <= 4:
            if not gazetteer.is_strong_place(doc[run[0] : run[1]].text):
                set_person(spans, *run)
            k = run[1]
            if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "and":
                k += 1
            if (second := _second_list_as(doc, k)) is not None:
                k = second
            elif k + 1 < len(doc) and doc[k].lower_ in (",", "and"):
                k += 1
            else:
                break


def aliases_are_names_of_someone(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Ahmed alias Kalu', 'Juan R., alias El Flaco', '(alias Abu Hamza)': the name after 'alias' or 'aka' is
    another name of a person (of an organisation when an organisation's name stands before it), never a place;
    a full name the model left unread before it is that person's."""
    for i in positions(doc, ALIAS_WORDS, stop=1):
        run = name_run_after(doc, i + 1)
        if not run or run[1] - run[0] > 4 or any(c.canonical for c in overlapping(spans, *run)):
            continue
        k = i - (i > 0 and doc[i - 1].text in (",", "("))
        named = next((c for c in spans if c.end == k and c.label in ("PERSON", "ORG")), None)
        if named is not None and named.label == "ORG" and not any(t.text in GIVEN_NAMES for t in doc[run[0] : run[1]]):
            for c in overlapping(spans, *run):
                spans.remove(c)
            spans.append(Candidate(run[0], run[1], "ORG"))
        else:
            set_person(spans, *run)
            before = name_run_before(doc, k)
            if named is None and before and 2 <= before[1] - before[0] <= 4 and not overlapping(spans, *before):
                set_person(spans, *before)  # 'Lakshan Perera alias Mula': the one the alias names, unread


def _second_list_as(doc, k: int) -> int | None:
    """Where the names of 'and the injured as X' start, when that phrase begins at token k."""
    words = [t.lower_ for t in doc[k : k + 4]]
    if words[:1] != ["and"]:
        return None
    if words[1:2] == ["the"]:
        words, k = words[1:], k + 1
    if len(words) >= 3 and words[1].isalpha() and doc[k + 1].is_lower and words[2] == "as":
        return k + 3
    return None


def well_known_people_named(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Zelenskiy', 'Volodymyr Zelensky', 'Qaddafi': a person often in the news, under any spelling reporting
    uses, takes one canonical name (the English Wikipedia title); a first name must share its initial."""
    spellings = well_known_people()
    for c in spans:
        if c.label != "PERSON" or c.canonical:
            continue
        name = folded(clean_name(span_text(doc, c.start, c.end))).split()
        for n in (2, 1):
            canonical = spellings.get(" ".join(name[-n:])) if len(name) >= n else None
            if canonical and (len(name) == n or name[0][:1] == folded(canonical)[:1]):
                c.canonical = canonical
                break


_LEADER_VERBS = frozenset(phrase.split()[0] for phrase in LEADER_PHRASES)


def people_after_their_posting(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the ambassador to Lakeland Ken Hill', 'envoy to Lakeland Louise Dupont': a country's name run on into a
    person's, read as one organisation or place, is the country where the person is posted and the person, when
    the words after the country open with a given name."""
    for c in list(spans):
        if c.label not in ("ORG", "GPE", "LOC") or c.canonical or c.end - c.start < 3:
            continue
        if c.start == 0 or doc[c.start - 1].lower_ != "to":
            continue  # 'envoy to X': a posting ('Lakeland Omar Junction', a village, opens with no country's envoy)
        split = next(
            (
                k
                for k in range(c.start + 1, min(c.end - 1, c.start + 4))
                if doc[k].text in GIVEN_NAMES and names_a_country(span_text(doc, c.start, k), gazetteer)
            ),
            None,
        )
        if split is None or not all(is_name_token(t) or t.lower_ in SURNAME_PARTICLES for t in doc[split : c.end]):
            continue
        spans.remove(c)
        spans.append(Candidate(c.start, split, "GPE"))
        spans.append(Candidate(split, c.end, "PERSON"))


def people_after_their_portfolio(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Minister of Lakes and Coastal Development Ana Lima', 'Secretary for Security Ken Hill': a portfolio run on
    into the holder's name, read as one organisation, is the holder, a person, from the given name on (the
    portfolio's words stay unread, part of the title), unless the words after the given name go on to a body or a
    facility ('Minister for Nelson Lake Municipality')."""
    for c in list(spans):
        if c.label not in ("ORG", "GPE", "LOC", "FAC") or c.canonical or c.end - c.start < 3 or c.start < 2:
            continue
        if doc[c.start - 1].lower_ not in ORGANISATION_LINKS or doc[c.start - 2].lower_ not in PERSON_TITLES:
            continue  # 'Minister of X Y', 'Secretary for X Y': a title's portfolio comes first
        split = next((k for k in range(c.start + 1, c.end - 1) if doc[k].text in GIVEN_NAMES), None)
        if split is None or not all(is_name_token(t) or t.lower_ in SURNAME_PARTICLES for t in doc[split : c.end]):
            continue
        if any(t.text in ORGANISATION_TAILS or t.lower_ in FACILITY_WORDS for t in doc[split : c.end]):
            continue
        spans.remove(c)
        spans.append(Candidate(split, c.end, "PERSON"))


def leaders_are_people(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the group headed by Abu Bakr Yusuf', 'fighters led by Ali Darassa', 'fighters led by Kabamba': a name
    of up to four words right after 'led by' or 'headed by' is a person, unless it is a place ('a coalition led
    by Saudi Arabia'; a single word the gazetteer knows at all) or a known organisation; so is a name a given
    name opens after a body named for its leader ('the government of Ana Lima')."""
    for i in positions(doc, _LEADER_VERBS, stop=2):
        if f"{doc[i].lower_} {doc[i + 1].lower_}" not in LEADER_PHRASES:
            continue
        run = name_run_after(doc, i + 2)
        if not run or run[1] - run[0] > 4:
            continue
        name = doc[run[0] : run[1]]
        if gazetteer.is_strong_place(name.text) or any(t.text in ORGANISATION_TAILS or t.is_upper for t in name):
            continue
        if len(name) == 1 and any(e.match != "skeleton" for e in gazetteer.lookup(name.text)):
            continue  # 'an offensive led by Kyiv'
        set_person(spans, *run)
    # 'the government of Ana Lima': a body named for its leader, the name a person's (a given name opens it)
    for i in positions(doc, LEADER_BODIES, stop=2):
        if doc[i + 1].lower_ != "of" or not (run := name_run_after(doc, i + 2)) or run[1] - run[0] > 4:
            continue
        name = doc[run[0] : run[1]]
        if len(name) < 2 or name[0].text not in GIVEN_NAMES or gazetteer.is_strong_place(name.text):
            continue
        if name[-1].text in ORGANISATION_TAILS or _place_word(name[-1].lower_):
            continue  # 'the administration of George Mason University', 'the government of Maria Island'
        set_person(spans, *run)


def role_appositives(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Amina Bello, a 34-year-old teacher', 'Karim, a local resident, said', 'Musa Dabo, President of X State',
    'Ama Owusu, spokeswoman for', 'Idris Kane, the UN's envoy': a name set off by a comma before 'a/an/the' and
    a person's role (a few words may come between), before a capitalised office ('President of', 'Deputy
    Governor of'), a bare role tied to what it serves, or a role a capitalised name owns, is a person, unless
    it names a place."""
    for i in positions(doc, (",",), stop=2):
        if doc[i].text == "," and (_bare_role_follows(doc, i + 1) or _owned_role_follows(doc, i + 1)):
            _person_before_comma(doc, spans, gazetteer, i)  # 'Ama Owusu, spokeswoman for', 'X, the UN's envoy'
            continue
        if doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
            if doc[i].text == "," and doc[i + 1].is_title and _titled_office_follows(doc, i + 1):
                _person_before_comma(doc, spans, gazetteer, i)  # 'Musa Dabo, President of Tamazir State'
            continue
        k = i + 2
        while (
            k < min(len(doc), i + 9)
            and doc[k].lower_ not in PERSON_ROLES
            and not doc[k].is_title
            and doc[k].text not in (",", ".", ";")
        ):
            k += 1  # 'a 34-year-old', 'a local'
        if (
            k >= len(doc)
            or doc[k].lower_ not in PERSON_ROLES
            or (k + 1 < len(doc) and doc[k + 1].lower_ == "of" and doc[k].lower_ in ("leader", "chief", "head"))
        ):
            continue  # 'X, the leader of Y' may be a group's name
        _person_before_comma(doc, spans, gazetteer, i)


def people_named_after_their_role(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Chief of the General Staff, Idriss Kane, said', 'a spokesperson for the police, Ama Owusu, told':
    a name of two to four words set off by commas right after a clause that holds 'the' or 'a' and a person's
    role or title ('his counterpart') is that person, unless it names a place or holds an organisation's word; so is a single
    name the gazetteer does not know right after the role ('a teacher, Karimullah, and his son')."""
    for i in positions(doc, (",",), stop=2):
        run = name_run_after(doc, i + 1)
        if not run or run[1] >= len(doc):
            continue
        if doc[run[1]].text not in (",", ".") and doc[run[1]].lower_ not in SPEECH_VERBS:
            continue
        j = i - 1
        while j > max(0, i - 16) and doc[j - 1].text not in (",", ";", ".", ":") and not doc[j].is_sent_start:
            j -= 1
        roles = [
            k
            for t in range(j, i - 1)
            for k in range(t + 1, min(t + 3, i))
            if doc[t].lower_ in ROLE_DETERMINERS and (doc[k].lower_ in PERSON_ROLES or doc[k].lower_ in PERSON_TITLES)
        ]
        if not roles:
            continue
        if _plain_name(doc, run, gazetteer) or (
            run[1] - run[0] == 1
            and roles[-1] == i - 1
            and doc[run[0]].is_title
            and doc[run[0]].is_alpha
            and not any(e.match != "skeleton" for e in gazetteer.lookup(doc[run[0]].text))
        ):
            set_person(spans, *run)


def surnames_with_particles(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Attorney General Ana Montes de Tejada said', 'Luis van der Berg': a person's name of two words or more that
    the model stopped before a surname's particle goes on over it and the capitalised word after it, unless that
    word is a place ('Ana Montes de Tejada' is one person; 'Juan Perez de Mexico' is not read so)."""
    for c in [c for c in spans if c.label == "PERSON" and c.end - c.start >= 2 and not c.canonical]:
        for n in (2, 1):  # 'de la', then 'de'
            end = c.end + n
            if end >= len(doc) or " ".join(t.lower_ for t in doc[c.end : end]) not in SURNAME_PARTICLES:
                continue
            if not all(t.is_lower for t in doc[c.end : end]) or not is_name_token(doc[end]) or not doc[end].is_alpha:
                break
            if (end + 1 < len(doc) and is_name_token(doc[end + 1])) or gazetteer.is_strong_place(doc[end].text):
                break  # the name goes on into more words, or the word after is a place
            if not overlapping(spans, c.end, end + 1):
                c.end = end + 1
            break


def kin_are_people(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Zarshan, son of Ama Owusu', 'the widow of Kofi Mensah', "Kofi Mensah's daughter": a name of two to four
    capitalised words after a word for a relative and 'of', or before a possessive and that word, is a person,
    unless it names a place or holds an organisation's word."""
    for i in positions(doc, KIN_NOUNS, stop=0):
        if not doc[i].is_lower:
            continue
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of":
            run = name_run_after(doc, i + 2)
        elif i >= 2 and doc[i - 1].lower_ in POSSESSIVE_ENDINGS:
            run = name_run_before(doc, i - 1)
        else:
            continue
        if run and _plain_name(doc, run, gazetteer) and not any(_place_word(t.lower_) for t in doc[run[0] : run[1]]):
            set_person(spans, *run)


_GIVEN_NAMES_LOWER = frozenset(name.lower() for name in GIVEN_NAMES)


def nicknames_inside_names(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Dámaso “El Licenciado” López', 'Mohamed "Fofo" Kamara': a nickname in quotes between a given name and a
    surname belongs to one person, named without it, whatever the model made of the parts (a given name the
    lexicon does not list, when the words each side are plain names)."""
    for i in positions(doc, OPENING_QUOTES):
        given = name_run_before(doc, i)
        nick = name_run_after(doc, i + 1) if i + 1 < len(doc) else None
        if not given or not nick or nick[1] - nick[0] > 3 or nick[1] + 1 >= len(doc):
            continue
        if doc[nick[1]].text not in CLOSING_QUOTES or not (surname := name_run_after(doc, nick[1] + 1)):
            continue
        while given[1] - given[0] > 1 and doc[given[0]].lower_ in PERSON_TITLES | TITLE_QUALIFIERS:
            given = (given[0] + 1, given[1])  # 'President Ferdinand': the title is no part of the name
        inside = overlapping(spans, given[0], surname[1])
        if (
            not any(t.text in GIVEN_NAMES for t in doc[given[0] : given[1]])
            and not any(c.label == "PERSON" for c in inside)
            and not _plain_names_around_a_nickname(doc, given, surname, gazetteer)
        ):
            continue
        if any(c.canonical or c.start < given[0] or c.end > surname[1] for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        name = f"{span_text(doc, *given)} {span_text(doc, *surname)}"
        known = well_known_people().get(folded(span_text(doc, *surname)))  # 'Salva "General" Kiir'
        spans.append(Candidate(given[0], surname[1], "PERSON", canonical=known or name))


def _plain_names_around_a_nickname(doc, given: tuple[int, int], surname: tuple[int, int], gazetteer: Gazetteer) -> bool:
    """A word or two each side of the quotes, none an organisation's or a title, none a place for sure: a
    given name the lexicon does not list ('Dragan "Gaga" Ilic'), not 'Operation "Desert" Storm'."""
    words = [*doc[given[0] : given[1]], *doc[surname[0] : surname[1]]]
    article = article_text(doc)
    return (
        given[1] - given[0] <= 2
        and surname[1] - surname[0] <= 2
        and all(t.is_alpha and t.is_title for t in words)
        and not any(
            t.text in ORGANISATION_TAILS
            or t.text in ORGANISATION_HEADS
            or t.lower_ in PERSON_TITLES
            or gazetteer.is_strong_place(t.text)
            or used_as_word(article, t.text)  # 'Operation "Desert" Storm' ... 'the operation'
            for t in words
        )
    )


def people_by_their_given_name(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Oksana Petrenko said', 'the head of the Regional Council Nnamdi Okafor': a name of two to four
    capitalised words opening with a given name is a person, whether the model read it as an organisation, a
    place, nothing or only its first word, unless it holds an organisation's word, a place cue or an acronym,
    a place word follows it ('Omar Farouk street') or the gazetteer knows it as a place ('Benito Juarez'). A
    name the model ran into the one before it ('the Regional Council Nnamdi Okafor') is cut there; the part
    before stays."""
    for i in positions(doc, _GIVEN_NAMES_LOWER, stop=1):
        if doc[i].text not in GIVEN_NAMES:  # a given name is written capitalised
            continue
        run = name_run_after(doc, i)
        if not run or not 2 <= run[1] - run[0] <= 4:
            continue
        name = doc[run[0] : run[1]]
        after = doc[run[1]].lower_ if run[1] < len(doc) else ""
        if (
            _holds_an_organisations_or_places_name(name, gazetteer)
            or any(_place_word(w) for w in [t.lower_ for t in name] + [after])
            or any(e.match != "skeleton" for e in gazetteer.lookup(name.text))
        ):
            continue
        inside = overlapping(spans, *run)
        for c in [c for c in inside if _person_of_a_place(doc, c, run)]:
            spans.remove(c)  # 'worker Tapan Roy of Malda' read as one organisation: the person, then the place
            spans.append(Candidate(run[1] + 1, c.end, "GPE"))
            inside.remove(c)
        if any(
            c.canonical or c.cue or c.end > run[1] or (c.label == "PERSON" and c.start <= run[0] and c.end >= run[1])
            for c in inside
        ):
            continue  # a longer name ('Ahmed Ali Trading Company'), a place a cue names, or the person already
        if any(c.start < run[0] for c in inside) and not _complete_name_before(doc, run[0], inside):
            continue  # 'Fort William', 'St Anne Corporation': the given name is inside a longer name
        for c in inside:
            if c.start < run[0]:
                c.end = run[0]  # 'the Regional Council Nnamdi Okafor': the council stays
        set_person(spans, *run)


def _person_of_a_place(doc, c: Candidate, run: tuple[int, int]) -> bool:
    """Whether the model's span c is a person's name `run` followed by 'of' and a place's name ('Tapan Roy of
    Malda'): it holds no organisation's word, and 'of' opens a name that closes the span."""
    return (
        c.label == "ORG"
        and not c.canonical
        and c.start == run[0]
        and c.end > run[1] + 1
        and doc[run[1]].lower_ == "of"
        and all(is_name_token(t) for t in doc[run[1] + 1 : c.end])
        and not any(t.text in ORGANISATION_TAILS or t.text in ORGANISATION_HEADS for t in doc[c.start : c.end])
    )


def _complete_name_before(doc, start: int, inside: list[Candidate]) -> bool:
    """The organisation the model ran into a person's name ends right before token `start` ('the Regional
    Council' + 'Nnamdi Okafor'), or a title or a list's comma does: the name before is complete without it."""
    before = doc[start - 1]
    return all(c.label == "ORG" for c in inside if c.start < start) and (
        before.text in (",", ";")  # 'Ama Owusu, Kofi Mensah' read as one organisation: a list of names
        or before.text in ORGANISATION_TAILS
        or before.text in ORGANISATION_HEADS
        or before.lower_ in PERSON_TITLES
    )


def _place_word(word: str) -> bool:
    """'Street', 'camp', 'Province', 'valley': a word that makes the name beside it a place."""
    return (
        word in PLACE_CUES_AFTER
        or word in UNIT_NOUNS_AFTER_NAME
        or word in FACILITY_WORDS
        or word in THOROUGHFARE_NOUNS
    )


def _bare_role_follows(doc, i: int) -> bool:
    """'spokeswoman for the commission', 'commander of the unit': a person's role in lower case, without an
    article, opening an appositive at token i and tied by a preposition to what it serves."""
    return (
        i + 1 < len(doc)
        and doc[i].is_lower
        and doc[i].text in PERSON_ROLES
        and not doc[i].text.endswith("s")  # 'residents of the town' speak of many: no one's appositive
        and doc[i + 1].lower_ in ("for", "of", "at", "to")
    )


def _owned_role_follows(doc, i: int) -> bool:
    """'the Taliban's chief of army staff', 'OLA spokesperson', 'the UN's envoy': a role owned by a capitalised
    name (a possessive or a name before it) opening an appositive at token i. A lower-case owner ('the group's
    leader') may stand for an organisation speaking through its leader, so it is no evidence."""
    k = i + 1 if i < len(doc) and doc[i].lower_ == "the" else i
    owner = k
    while k < min(len(doc), owner + 4) and (doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha:
        k += 1
    if k == owner:
        return False
    if k < len(doc) and doc[k].lower_ in POSSESSIVE_ENDINGS:
        k += 1
    elif not doc[k - 1].is_upper:
        return False  # 'Kabul Police Chief' reads as one name; only an acronym owner needs no possessive
    return k < len(doc) and (doc[k].lower_ in PERSON_ROLES or doc[k].lower_ in PERSON_TITLES)


def _titled_office_follows(doc, i: int) -> bool:
    """'President of', 'Governor of', 'Deputy Minister for': a capitalised title opening an office at token i."""
    k = i + 1 if doc[i].lower_ in TITLE_QUALIFIERS else i
    return k + 1 < len(doc) and doc[k].lower_ in PERSON_TITLES and doc[k + 1].lower_ in ("of", "for")


def _person_before_comma(doc, spans: list[Candidate], gazetteer: Gazetteer, i: int) -> None:
    """The name before the comma at token i is a person, unless it names a place."""
    run = name_run_before(doc, i)
    if not run or run[1] - run[0] > 4 or gazetteer.is_strong_place(doc[run[0] : run[1]].text):
        return
    if any(c.label in ("GPE", "LOC", "FAC") for c in overlapping(spans, *run)) and any(
        e.match != "skeleton" for e in gazetteer.lookup(doc[run[0] : run[1]].text)
    ):
        return  # 'Kaya, a ... town' is the appositive place rules' business; a known place stays
    set_person(spans, *run)  # but 'On Sunday, the mother of ...' stays a date
