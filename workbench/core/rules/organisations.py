"""Rules that find organisations: armed groups named by their head noun, backers, news agencies."""

from __future__ import annotations

import functools
import re

from ..gazetteer import Gazetteer
from ..lexicon import (
    ADJECTIVE_FORCE_NOUNS,
    AGENCY_NAME_WORDS,
    BEFORE_UNQUALIFIED_FORCE,
    BODIES_OF_ANOTHER_STATE,
    BRANCH_WORDS,
    COMPANY_NOUNS,
    CONSTRUCT_HEADS,
    CUES_PEOPLE_SHARE,
    DENOMINATIONS,
    DISTANCE_WORDS,
    EDITION_NAMES,
    EDITION_OUTLETS,
    FILE_EXTENSIONS,
    GIVEN_NAMES,
    GOVERNMENT_QUALIFIERS,
    GROUP_ARTICLES,
    GROUP_HEADS,
    HEADS_ONLY_BEFORE_A_LINK,
    HYPHEN_CHAIN_HEADS,
    HYPHEN_LINKS,
    LEVELED_INSTITUTION_HEADS,
    LOCAL_INSTITUTION_HEADS,
    LOCATIVE_WORDS,
    MINISTRY_PORTFOLIOS,
    MONTHS,
    MOVEMENT_PREPOSITIONS,
    MOVEMENT_PROVINCE_WORDS,
    MOVEMENTS_WITH_PROVINCES,
    NATIONAL_BODY_OPENERS,
    NATIONAL_BODY_WORDS,
    NATIONAL_INSTITUTION_NOUNS,
    NOT_AFTER_INSTITUTION,
    ORGANISATION_CONNECTORS,
    ORGANISATION_HEADS,
    ORGANISATION_LINKS,
    ORGANISATION_TAILS,
    ORIGIN_WORDS,
    OUTLET_MEDIA,
    OUTLET_SOURCE_CUES,
    OUTLET_TITLE_WORDS,
    OUTLETS_NAMED_WITH_A_CUE,
    PEOPLE_NOUNS,
    PERSON_TITLES,
    PLACE_CUES_AFTER,
    POSSESSIVE_ENDINGS,
    PROVINCIAL_INSTITUTION_NOUNS,
    SPAN_UNITS,
    SPEECH_VERBS,
    UNQUALIFIED_FORCE_NOUNS,
    country_of_demonym,
    demonym_of,
    known_organisations,
    legislature_name,
    names_a_people,
    national_force_name,
    national_forces,
)
from .places import names_a_country
from .spans import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    PLACE_LABELS,
    Candidate,
    clean_name,
    is_name_token,
    lower_words,
    name_run_after,
    name_run_before,
    opens_a_clause,
    overlapping,
    positions,
    set_place,
    span_text,
)
from .story import article_country, bare_name


def groups_are_organisations(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Barrio 400 gang', 'the Wagner militia', 'the Santa Cruz de Juventino gang': a name before a lower-case
    group noun is an organisation (the model's span when it ends there, particles and all, or one inside it:
    'the Sahel Dawn alliance'), unless it is a strong place's name ('the Darfur militia')."""
    for i in positions(doc, GROUP_HEADS):
        tok = doc[i]
        if tok.text not in GROUP_HEADS or i == 0:  # lower case: 'Group' may be part of a name
            continue
        run = name_run_before(doc, i)
        if not run or names_a_people(doc[run[0] : run[1]].text, gazetteer):
            continue
        if gazetteer.is_strong_place(span_text(doc, *run)):
            continue  # 'the Darfur militia': the militia of a place the story names
        inside = overlapping(spans, *run)
        if (
            inside
            and not names_a_people(doc[run[1] - 1].text, gazetteer)  # 'pro-Turkey Syrian rebels': a people's
            and all(
                c.start >= run[0] and c.end <= run[1] and (c.end - c.start) < (run[1] - run[0]) and not c.canonical
                for c in inside
            )
        ):
            for c in inside:  # 'the Sahel Dawn alliance' read as the region: the group's name is longer
                spans.remove(c)
            spans.append(Candidate(run[0], run[1], "ORG"))
            continue
        same = [
            c
            for c in overlapping(spans, *run)
            if c.start <= run[0]
            and c.end == run[1]
            and not c.canonical
            and not c.cue
            and c.label in ("FAC", "PERSON", "GPE")
        ]
        if same:
            same[0].label = "ORG"  # the model's FAC or PERSON for a gang's name
        elif not overlapping(spans, *run):
            spans.append(Candidate(run[0], run[1], "ORG"))


def provinces_of_a_movement(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Islamic State's Sahel Province', 'an IS affiliate calling itself the Hijaz Province', 'Province
    of Sinai — the Islamic State's branch': a 'province' a movement names its branch after is that branch, an
    organisation, when the text ties it to the movement right before or right after it ('ISIS attacks in
    Diyala Province' name the province)."""
    for i in positions(doc, {w.lower() for w in MOVEMENT_PROVINCE_WORDS}):
        if doc[i].text not in MOVEMENT_PROVINCE_WORDS:
            continue  # 'province' in lower case is the unit
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and (after := name_run_after(doc, i + 2)):
            start, end = i, after[1]  # 'Province of Khorasan'
        elif (before := name_run_before(doc, i)) is not None:
            start, end = before[0], i + 1  # 'Sahel Province'
        else:
            continue
        ahead = span_text(doc, max(0, start - 6), start)
        behind = span_text(doc, end, min(len(doc), end + 5))
        tied = any(re.search(rf"\b{re.escape(m)}(?:\s+of|['’]s)?\s*$", ahead) for m in MOVEMENTS_WITH_PROVINCES) or any(
            w in ahead for w in BRANCH_WORDS
        )
        tied = tied or any(
            re.match(rf"^[\s,—–-]+(?:the\s+)?{re.escape(m)}\b", behind) for m in MOVEMENTS_WITH_PROVINCES
        )
        inside = overlapping(spans, start, end)
        if not tied or any(c.canonical and c.label != "ORG" for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(start, end, "ORG"))


# 'in Los Pinitos', 'fled from Los Pinitos': prepositions that put a name among places
_PLACING_PREPOSITIONS = LOCATIVE_WORDS | ORIGIN_WORDS | MOVEMENT_PREPOSITIONS


def groups_named_with_a_spanish_article(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the criminal groups Los Zorreros and Los Halcones', 'Las Panteras claimed it': 'Los' or 'Las' and one
    capitalised word read as a place names a gang, unless a place bears the whole name ('Los Angeles') or the
    text puts it among places ('in Los Pinitos', 'Los Pinitos village')."""
    for c in spans:
        if c.label not in PLACE_LABELS or c.cue or c.canonical or c.end - c.start != 2:
            continue
        if doc[c.start].text not in GROUP_ARTICLES or not doc[c.start + 1].is_title:
            continue
        if any(e.match != "skeleton" for e in gazetteer.lookup(span_text(doc, c.start, c.end))):
            continue
        words = (doc[c.start].text, doc[c.start + 1].text)
        placed = any(
            (i > 0 and doc[i - 1].lower_ in _PLACING_PREPOSITIONS)
            or (i + 2 < len(doc) and doc[i + 2].lower_ in PLACE_CUES_AFTER)
            for i in range(len(doc) - 1)
            if (doc[i].text, doc[i + 1].text) == words
        )
        if not placed:
            c.label = "ORG"


def dateline_agency(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'DAMASCUS (SANA) -', 'MOGADISHU, Somalia (AP) --', 'HILLPORT, Lakeland (June 3, 2001 - Radio A/ Radio B)': the names
    in brackets after a dateline are the news agencies that filed the story, never places ('SANA' is no misspelt
    Sanaa); a date among them stays a date, and a name the model ran across the bracket keeps its place before it."""
    _agency_between_slashes(doc, spans, gazetteer)
    if len(doc) > 2 and doc[0].text == "(":
        i = 0  # '(AGENCY- Outlet) The governor said': the agencies open the article, with no city before them
    elif not (len(doc) > 2 and doc[0].is_upper and doc[0].is_alpha and len(doc[0].text) > 1):
        return  # no dateline ('A convoy was hit on Sunday (Apr 7)')
    else:
        i = 1
    while i < min(len(doc), 12) and doc[i].text != "(":
        if doc[i].is_punct and doc[i].text not in (",", "/"):
            return
        i += 1
    close = next((k for k in range(i + 1, min(len(doc), i + _DATELINE_BRACKET_TOKENS)) if doc[k].text == ")"), None)
    if i >= min(len(doc), 12) or close is None or close == i + 1:
        return
    for c in [c for c in spans if c.start < i < c.end and not c.canonical]:  # 'Lakeland (Lakeland Daily Post'
        spans.remove(c)
        if any(e.match != "skeleton" for e in gazetteer.lookup(span_text(doc, c.start, i))):
            set_place(spans, c.start, i, sure=True)
    parts = _agency_parts(doc, i + 1, close)
    if i == 0 and (not parts or any(not _an_agency_s_name(doc, *part) for part in parts)):
        return  # '(Corrects paragraph 3)', '(Photo: Ali Musa/Lakeside Times)': an editor's note, no agencies
    for c in [c for c in spans if i < c.start < close and not c.canonical]:  # 'AGENCY- Outlet' read as one
        if sum(1 for start, end in parts if c.start < end and start < c.end) > 1:
            spans.remove(c)
    for start, end in parts:
        inside = overlapping(spans, start, end)
        if any(c.label == "ORG" for c in inside):  # the organisation ruler knows it ('Reuters', 'Kurdistan 24')
            for c in inside:
                c.label = "ORG" if c.label in PLACE_LABELS else c.label
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(start, end, "ORG"))


def _agency_between_slashes(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Hillport /LAKEPRESS/ On May 2, ...', 'HILLPORT, May 2. /LAKEPRESS/.': the name between slashes after a
    dateline's city is the agency that filed the story; the city before it stays a place."""
    k = next(
        (k for k in range(1, min(len(doc) - 2, 10)) if doc[k].text == "/" and doc[k + 2].text in ("/", "/.")), None
    )
    if k is None or not (doc[k + 1].is_upper and doc[k + 1].is_alpha and len(doc[k + 1].text) > 1):
        return
    if any(t.is_punct and t.text not in (",", ".") for t in doc[:k]) or not doc[0].is_title and not doc[0].is_upper:
        return  # no dateline before it
    for c in [c for c in spans if c.start <= k + 1 < c.end or (c.start < k < c.end)]:
        if c.canonical:
            return
        spans.remove(c)
        if c.start < k and any(e.match != "skeleton" for e in gazetteer.lookup(span_text(doc, c.start, k))):
            set_place(spans, c.start, k, sure=True)
    spans.append(Candidate(k + 1, k + 2, "ORG"))


_DATELINE_BRACKET_TOKENS = 24  # 'HILLPORT, Lakeland (June 3, 2001 - Radio One/ Lake FM/Hill Wire Online)'


def _an_agency_s_name(doc, start: int, end: int) -> bool:
    """Tokens start..end may be an agency's name: a few capitalised words, no colon, no word in lower case."""
    return end - start <= 4 and all(t.text[:1].isupper() or t.is_digit or t.text == "-" for t in doc[start:end])


def _agency_parts(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names inside a dateline's brackets, tokens `start` to `end`: the parts between commas, slashes and
    spaced dashes ('Lake-Herald' is one name) that hold a capital and are no date ('Dec. 2', '2015')."""
    parts, begin = [], start
    for k in range(start, end + 1):
        tok = doc[k] if k < end else None
        spaced_dash = (
            tok is not None and tok.text in ("-", "–", "—") and (bool(doc[k - 1].whitespace_ or tok.whitespace_))
        )
        if tok is not None and tok.text not in (",", "/") and not spaced_dash:
            continue
        words = doc[begin:k]
        dated = any(t.lower_.rstrip(".") in MONTHS for t in words) or all(t.is_digit or t.is_punct for t in words)
        if any(t.text[:1].isupper() for t in words) and not dated:
            parts.append((begin, k))
        begin = k + 1
    return parts


_FORCE_FIRST_WORDS = frozenset(noun.split()[0] for noun in national_forces()["force_nouns"])
_ORGANISATION_WORDS_LOWER = frozenset(
    w.lower() for w in ORGANISATION_TAILS | ORGANISATION_HEADS | CONSTRUCT_HEADS | HEADS_ONLY_BEFORE_A_LINK
)


def national_forces_named(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Kenyan army', 'Russian forces', "Chad's army", 'Uganda Police', 'Israeli air force': a country's army,
    police, air force or navy named through the country is an organisation, under the force's own name."""
    nouns = national_forces()["force_nouns"]
    for j in positions(doc, _FORCE_FIRST_WORDS):
        i = j - 1
        if i < 0:
            continue
        tok = doc[i]
        two = f"{doc[i + 1].lower_} {doc[i + 2].lower_}" if i + 2 < len(doc) else ""
        noun = two if two in nouns else doc[i + 1].lower_ if doc[i + 1].lower_ in nouns else None
        possessive = tok.lower_ in POSSESSIVE_ENDINGS and i > 0
        if noun is None or not (possessive or tok.text[:1].isupper()):
            continue
        end = i + 1 + len(noun.split())
        cc = None if possessive else country_of_demonym(tok.text, gazetteer)
        if cc is not None:
            start, demonym = i, tok.text
        else:  # "Chad's army", 'the Uganda Police': the country stays a place; the force is named
            named = _country_named_before(doc, i if possessive else i + 1, gazetteer)
            if named is None and possessive and nouns[noun] == "armed_forces":
                named = _capital_named_before(doc, i, gazetteer)  # "Ankara's forces": the capital's government's
            if named is None:
                continue
            start, cc, demonym = i + 1, named[0].cc, demonym_of(named[0].cc) or named[0].name
        inside = overlapping(spans, start, end)
        if any(c.canonical or c.start < start or c.end > end for c in inside):
            continue  # a longer or known name ('Russian Armed Forces Day', 'Arakan Army') stays
        for c in inside:
            spans.remove(c)
        as_name = doc[end - 1].is_title  # 'the Colombian Army' names the branch; 'the Colombian army' the forces
        spans.append(Candidate(start, end, "ORG", canonical=national_force_name(cc, noun, demonym, as_name)))


def countries_owning_known_names(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """ "Mali's military", "Sudan's Rapid Support Forces", "Tajikistan's Khatlon Province", "Bihar's Darbhanga" read as
    one name: a country or a province written before a possessive is a place of the story; what it owns keeps
    the organisation's name (the list matches the whole phrase), or stays the place it is."""
    for c in list(spans):
        if c.label not in ("ORG", *PLACE_LABELS):
            continue
        mark = next((k for k in range(c.start + 1, c.end - 1) if doc[k].lower_ in POSSESSIVE_ENDINGS), None)
        if mark is None or not _names_a_country_or_province(doc[c.start : mark].text, gazetteer):
            continue
        spans.remove(c)
        spans.append(Candidate(c.start, mark, "GPE"))
        spans.append(Candidate(mark + 1, c.end, c.label, canonical=c.canonical))


def _names_a_country_or_province(text: str, gazetteer: Gazetteer) -> bool:
    return names_a_country(text, gazetteer) or gazetteer.names_a_province(text)


def _capital_named_before(doc, end: int, gazetteer: Gazetteer):
    """The country whose capital's name ends right before token `end` ("Ankara's forces": a capital stands for its
    government, and the forces it sends are its country's) and the token the name starts at, or None; a city's
    police ("Kabul's police") are the city's own, so only armed forces ask."""
    for start in range(end - 1, max(end - 3, -1), -1):
        if not doc[start].is_title:
            return None
        capital = next((e for e in gazetteer.lookup(doc[start:end].text) if e.capital and e.match != "skeleton"), None)
        country = gazetteer.country(capital.cc) if capital is not None else None
        if country is not None:
            return country, start
    return None


def _country_named_before(doc, end: int, gazetteer: Gazetteer):
    """The country whose name ends right before token `end` ('Burkina Faso' in 'Burkina Faso army') and the token
    its name starts at, or None."""
    for start in range(end - 1, max(end - 4, -1), -1):
        if not (doc[start].is_title or doc[start].is_upper):
            return None
        country = next(
            (e for e in gazetteer.lookup(doc[start:end].text) if e.kind == "country" and e.match != "skeleton"), None
        )
        if country is not None:
            return country, start
    return None


_UNQUALIFIED_FIRST_WORDS = frozenset(noun.split()[0] for noun in UNQUALIFIED_FORCE_NOUNS)


def the_countrys_forces(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the army announced', 'the Army and the Air Force came', 'arrested by police': a force named without
    its country, in an article about one country, is that country's (named as 'the Kenyan army' would be)."""
    found = positions(doc, _UNQUALIFIED_FIRST_WORDS)
    cc = article_country(doc, spans, gazetteer) if found else None  # the costlier question asked second
    if cc is None:
        return
    country = gazetteer.country(cc)
    demonym = demonym_of(cc) or (country.name if country else cc)
    provincial_police = _the_provinces_police(doc, spans, gazetteer, cc)
    for i in found:
        two = f"{doc[i].lower_} {doc[i + 1].lower_}" if i + 1 < len(doc) else ""
        noun = two if two in UNQUALIFIED_FORCE_NOUNS else doc[i].lower_
        end = i + len(noun.split())
        # 'Police recovered the car': a force noun opening a sentence, a lower-case word after it, is unqualified
        opening = opens_a_clause(doc, i) and doc[i].is_title and end < len(doc) and doc[end].is_lower
        if noun not in UNQUALIFIED_FORCE_NOUNS or (
            i > 0 and doc[i - 1].lower_ not in BEFORE_UNQUALIFIED_FORCE and not opening
        ):
            continue  # 'a rebel army', 'its army', 'junta police' are not the country's
        if noun in ADJECTIVE_FORCE_NOUNS and (i == 0 or doc[i - 1].lower_ != "the"):
            continue  # 'civilians and military targets', 'that military reinforcements'
        inside = overlapping(spans, i, end)
        if (
            end < len(doc)
            and doc[end].lower_ == "of"
            or any((c.start, c.end) != (i, end) or c.canonical for c in inside)
        ):
            continue  # 'the Army of Conquest', 'the Arakan Army'
        if doc[i].is_title and i > 0 and doc[i - 1].lower_ != "the" and not opening:
            continue  # 'Army' capitalised without 'the' opens a name ('Army Chief Ali')
        for c in inside:  # the model's bare 'Army' or 'Air Force', named here
            spans.remove(c)
        as_name = doc[end - 1].is_title  # 'the Army and the Air Force': the branches by their own names
        name = provincial_police if noun == "police" and provincial_police else None
        spans.append(Candidate(i, end, "ORG", canonical=name or national_force_name(cc, noun, demonym, as_name)))


def _the_provinces_police(doc, spans: list[Candidate], gazetteer: Gazetteer, cc: str) -> str | None:
    """In a country whose police are its provinces' ('the police' of a story set in Bihar is the Bihar Police),
    the police of the one province of that country the article names, under the title the country gives them;
    None elsewhere, or when the article names several provinces or none."""
    table = national_forces()
    if cc not in table["police_of_the_provinces"]["countries"]:
        return None
    provinces = {
        e.name
        for c in spans
        if c.label in PLACE_LABELS
        for e in gazetteer.lookup(bare_name(span_text(doc, c.start, c.end)))
        if e.kind == "governorate" and e.cc == cc and e.match == "exact"
    }
    if len(provinces) != 1:
        return None
    return table["provincial_police"].get(cc, "{} Police").format(provinces.pop())


def national_bodies_of_the_story_country(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the State Customs Service said', 'the Supreme Court ruled': a body named only by generic words, in an
    article about one country, is that country's, under its full name ('State Customs Service of Lakeland');
    a name holding a proper name ('the Kenema District Council'), or one that means another state's body wherever
    the story is ('the State Department'), stays as it is."""
    bodies = [
        c
        for c in spans
        if c.label == "ORG"
        and not c.canonical
        and 2 <= c.end - c.start <= 6
        and doc[c.start].text in NATIONAL_BODY_OPENERS
        and all(t.lower_ in NATIONAL_BODY_WORDS and (t.is_title or t.lower_ == "and") for t in doc[c.start : c.end])
        and span_text(doc, c.start, c.end) not in BODIES_OF_ANOTHER_STATE
        and not (c.end < len(doc) and doc[c.end].lower_ in ("of", "for"))  # 'the Supreme Court of Kenya'
    ]
    cc = article_country(doc, spans, gazetteer) if bodies else None
    country = gazetteer.country(cc) if cc else None
    if country is None:
        return
    for c in bodies:
        c.canonical = f"{span_text(doc, c.start, c.end)} of {country.name}"


def ministries_by_portfolio(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Georgian Defence Ministry', "Kenya's health ministry", 'the Foreign Ministry said': a ministry
    named by its portfolio is one organisation, named in its official form, 'Ministry of Defence (Georgia)',
    with the country it serves (named before it, or the one the article is about; a ministry named after a
    region or a party, 'the Transnistrian interior ministry', is no ministry of the article's country)."""
    for i in positions(doc, ("ministry",)):
        k = next(
            (i - n for n in (2, 1) if i >= n and " ".join(t.lower_ for t in doc[i - n : i]) in MINISTRY_PORTFOLIOS), i
        )
        portfolio = " ".join(t.lower_ for t in doc[k:i])
        if k == i or (i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
            continue  # 'the Ministry of Defence' is named in full already
        start, cc = k, None
        if k >= 2 and doc[k - 1].lower_ in POSSESSIVE_ENDINGS:  # "Kenya's health ministry"
            place = next(
                (
                    e
                    for e in gazetteer.lookup(doc[k - 2].text)
                    if e.match != "skeleton" and e.kind in ("country", "governorate", "region")
                ),
                None,
            )
            cc = place and (place.name if place.kind != "country" else place.cc)  # the place stays a place
        elif k >= 1 and doc[k - 1].is_title:
            cc = country_of_demonym(doc[k - 1].text, gazetteer) or next(
                (e.cc for e in gazetteer.lookup(doc[k - 1].text) if e.kind == "country" and e.match != "skeleton"), None
            )
            start = k - 1 if cc or not doc[k - 1].is_stop else k
        inside = overlapping(spans, start, i + 1)
        if any(c.canonical or c.start < start or c.end > i + 1 for c in inside):
            continue
        if cc is None and start < k:  # 'the Transnistrian interior ministry': a body the article's country is not
            for c in inside:
                spans.remove(c)
            spans.append(Candidate(start, i + 1, "ORG"))
            continue
        cc = cc or article_country(doc, spans, gazetteer)
        if cc is None:
            continue
        country = gazetteer.country(cc) if len(cc) == 2 else None
        for c in inside:
            spans.remove(c)
        name = f"Ministry of {MINISTRY_PORTFOLIOS[portfolio]} ({country.name if country else cc})"
        spans.append(Candidate(start, i + 1, "ORG", canonical=name))


def companies_named_before_their_trade(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the offices of the Kelvale power company', 'the Tullow oil firm': after 'the', a capitalised name of up
    to three words and up to two lower-case words ending in a word for a company is the company's name, not the
    place or person the model read ('a Lagos company' is one from Lagos)."""
    for i in positions(doc, COMPANY_NOUNS):
        if not doc[i].is_lower:
            continue
        k = i
        while k > i - 3 and k > 0 and doc[k - 1].is_lower and doc[k - 1].is_alpha and not doc[k - 1].is_stop:
            k -= 1  # 'power', 'oil', 'state mining'
        run = name_run_before(doc, k)
        if not run or run[1] - run[0] > 3 or run[0] == 0 or doc[run[0] - 1].lower_ != "the":
            continue
        if names_a_people(span_text(doc, *run), gazetteer):
            continue  # 'the Chinese state company': a people's adjective
        inside = overlapping(spans, *run)
        if any(c.canonical or c.start < run[0] or c.end > run[1] for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(run[0], run[1], "ORG"))


def churches_are_institutions(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Serbian Orthodox Church', 'the Catholic Church': a Church after a denomination is the institution,
    an organisation, not a building or a place."""
    for i in positions(doc, ("church",)):
        if doc[i].text != "Church" or i == 0 or doc[i - 1].lower_ not in DENOMINATIONS:
            continue
        start = i - 1
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1  # 'Serbian Orthodox Church', 'Armenian Apostolic Church'
        inside = overlapping(spans, start, i + 1)
        if any(c.canonical or c.start < start or c.end > i + 1 for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(start, i + 1, "ORG"))


def organisation_names(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Jalisco New Generation Cartel', 'the 7th Brigade', 'the Ministry of Defence', 'the Office for the
    Coordination of Humanitarian Affairs', 'Liwa Fatemiyoun': a capitalised name that ends in an organisation's
    word, or opens with one and goes on with 'of/for' (an Arabic group's first word, straight on), is one
    organisation (the model often stops before the last word)."""
    for i in positions(doc, _ORGANISATION_WORDS_LOWER):
        tok = doc[i]
        # 'the Government of Lakeland' is a body; before anything but 'of'/'for' the same word goes on to a place
        # ('Lakeside Local Government Area', 'the West Bank')
        linked_head = (
            tok.text in HEADS_ONLY_BEFORE_A_LINK and i + 1 < len(doc) and doc[i + 1].lower_ in ORGANISATION_LINKS
        )
        if (
            tok.text not in ORGANISATION_TAILS
            and tok.text not in ORGANISATION_HEADS
            and tok.text not in CONSTRUCT_HEADS
            and not linked_head
        ):
            continue
        start, numbered = i, False
        run = name_run_before(doc, i)
        if run:
            start = run[0]
        if start > 0 and re.fullmatch(r"\d+(?:st|nd|rd|th)", doc[start - 1].text):
            start -= 1  # 'the 7th Brigade', 'the 4th Rifle Battalion': a unit's number is part of its name
        end = i + 1
        if (tok.text in ORGANISATION_HEADS or linked_head) and end < len(doc) and doc[end].lower_ in ORGANISATION_LINKS:
            k = end  # 'Ministry of Defence', 'Armed Forces of the Philippines'
            while k + 1 < len(doc) and doc[k].lower_ in ORGANISATION_CONNECTORS and doc[k].text != "The":
                k += 1
            tail = name_run_after(doc, k) if k > end else None
            # 'the Front for Unity and Renewal', 'the Office for Promotion of Trade and Prevention of Fraud': a second
            # name joined by 'and', or by 'of' (no place's), belongs to the organisation's
            while tail and tail[1] + 1 < len(doc) and doc[tail[1]].lower_ in ("and", "of"):
                k2 = tail[1] + 1 + (doc[tail[1]].lower_ == "of" and doc[tail[1] + 1].lower_ == "the")
                if k2 >= len(doc) or not doc[k2].is_title or not (more := name_run_after(doc, k2)):
                    break
                joined, next_name = span_text(doc, tail[0], more[1]), span_text(doc, *more)
                if doc[tail[1]].lower_ == "and":
                    if names_a_country(next_name, gazetteer) and not gazetteer.is_strong_place(joined):
                        break  # 'the Ministry of Defence and Russia': a country after 'and' is its own
                elif gazetteer.is_strong_place(next_name):
                    break  # 'the Ministry of Interior of Kyrgyzstan': the country or town stays a place of the story
                tail = (tail[0], more[1])
            if tail:
                end = tail[1]
        elif tok.text in CONSTRUCT_HEADS and (tail := name_run_after(doc, end)):
            start, end = i, tail[1]  # 'Liwa Fatemiyoun': the group's name starts with its first word
        elif (
            tok.text in ORGANISATION_TAILS
            and end < len(doc)
            and _UNIT_NUMBER.fullmatch(doc[end].text)
            and not (end + 1 < len(doc) and doc[end + 1].lower_ in DISTANCE_WORDS | SPAN_UNITS)
        ):
            end += 1  # 'Rifle Division 44', 'Mobile Squad 9': a unit numbered after its name (not 'the Army 30 km')
            numbered = True
        if start == i and end == i + 1:
            continue  # a lone 'Army' or 'Police' opening a sentence names nothing
        if not all(
            is_name_token(t)
            or t.lower_ in ORGANISATION_CONNECTORS
            or t.text in ("-", "'", "’")
            or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.text)
            or (t.i == end - 1 and _UNIT_NUMBER.fullmatch(t.text))
            for t in doc[start:end]
        ):
            continue
        if gazetteer.is_strong_place(doc[start:end].text):
            continue  # 'the West Bank' is a place whatever its last word says
        inside = overlapping(spans, start, end)
        whole = next(
            (c for c in inside if c.label in PLACE_LABELS and c.start < start and c.end == end and not c.canonical),
            None,
        )
        if whole is not None and not gazetteer.is_strong_place(span_text(doc, whole.start, whole.end)):
            whole.label = "ORG"  # 'the Republic of X Military Forces' read as a place: its last word says otherwise
            continue
        # 'the Lakeside Regional Security Council': a generic name a well-known body bears ends a longer name, another
        # body's; 'the Lakeland Red Cross Society': a longer name going on past a known one to its own organisation
        # word is another body (its own society, bureau, unit)
        inner = [
            c
            for c in inside
            if c.canonical
            and c.label == "ORG"
            and start <= c.start
            and (c.end < end or (c.start > start and span_text(doc, c.start, c.end) in BODIES_OF_ANOTHER_STATE))
        ]
        for c in inner:
            c.canonical = ""
        # the unit's number read as a date ('Division 22' near 'yesterday') is the unit's
        inside = [c for c in inside if not (numbered and (c.start, c.end, c.label) == (end - 1, end, "DATE"))]
        if any(
            c.canonical or c.label in ("DATE", "TIME") or ((c.start < start or c.end > end) and c.label != "ORG")
            for c in inside
        ):
            continue  # a known name, or a longer non-organisation the model found, stays
        # An organisation the model found that goes on past this one ('Brigade of the Army' after '29th') is
        # the same name: the two are joined.
        start, end = min([start, *(c.start for c in inside)]), max([end, *(c.end for c in inside)])
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            inside[0].label = "ORG"  # 'Provincial Police' read as a place
            continue
        for c in inside + [c for c in spans if numbered and (c.start, c.end, c.label) == (end - 1, end, "DATE")]:
            spans.remove(c)
        spans.append(Candidate(start, end, "ORG"))


_UNIT_NUMBER = re.compile(r"\d{1,3}")  # a unit's number, not a year ('Battalion 44', not 'Police 2023')


_INSTITUTION_HEADS = LOCAL_INSTITUTION_HEADS | LEVELED_INSTITUTION_HEADS
_INSTITUTION_LAST_WORDS = frozenset(head.split()[-1] for head in _INSTITUTION_HEADS)


def dates_naming_organisations(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the May 30 Movement', 'the 26th of July Front': a date right before an organisation's word, capitalised,
    is the organisation's name, no date."""
    for c in [c for c in spans if c.label == "DATE" and c.end < len(doc)]:
        if doc[c.end].text in ORGANISATION_TAILS and not overlapping(spans, c.end, c.end + 1):
            spans.remove(c)
            spans.append(Candidate(c.start, c.end + 1, "ORG"))


def names_defined_by_their_initials(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'a Lakeland Renewal Movement (LRM) activist', 'soldiers fired on a Hill Country Defence Force (HCDF) unit':
    capitalised words that the initials in brackets right after them spell, word by word, name one organisation,
    whatever the model read there (not a place or a person the model or a rule read whole)."""
    for i in positions(doc, ("(",), stop=2):  # the one word index the rules share, not a walk over every token
        if i < 2 or doc[i + 2].text != ")" or not doc[i + 1].is_upper or not doc[i + 1].is_alpha:
            continue
        initials = doc[i + 1].text
        # the words before the bracket, back to as many capitalised ones as the initials have letters
        k, letters = i, []
        while k > 0 and len(letters) < len(initials):
            tok = doc[k - 1]
            if tok.lower_ in ORGANISATION_CONNECTORS and tok.is_lower and letters:
                k -= 1
                continue
            if not is_name_token(tok) or not tok.is_alpha:
                break
            letters.insert(0, tok.text[0])
            k -= 1
        if "".join(letters) != initials or len(initials) < 2 or doc[k].is_lower:
            continue
        inside = overlapping(spans, k, i)
        if (
            any(
                c.canonical
                or (c.label in ("ORG", "PERSON", *PLACE_LABELS) and (c.start < k or (c.start, c.end) == (k, i)))
                for c in inside
            )
            or doc[i - 1].lower_ in PLACE_CUES_AFTER
            or gazetteer.lookup(doc[k:i].text)
        ):
            # read whole already, or a longer name's end ('the 3rd Infantry Division (ID)'), or a place's name
            # ('Democratic Republic of Congo (DRC)', 'the Lakeland Administrative Area (LAA)')
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(k, i, "ORG"))
        if not overlapping(spans, i + 1, i + 2):
            spans.append(Candidate(i + 1, i + 2, "ORG"))


def local_institutions(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Herat provincial council', 'Kalgo police station', 'the Sonora state prosecutors office': a place
    followed by lower-case words that end in an institution's noun is that place's institution, one organisation
    (the place is part of its name); so is 'the Kwale county government', 'Hilltown district police' with a word
    for the level of government before the noun, whose place stays a place (the organisation is the words after it)."""
    # the last first: 'the Lakeland region administration communication bureau' is the bureau, not the administration
    for i in reversed(positions(doc, _INSTITUTION_LAST_WORDS)):
        head = _phrase_ending_at(doc, i, _INSTITUTION_HEADS)
        if head is None or not doc[i].is_lower or (i + 1 < len(doc) and doc[i + 1].lower_ in ORGANISATION_LINKS):
            continue  # capitalised, organisation_names reads it; 'the Kabul office of the UN' is the UN's
        j = i + 1 - len(head.split())
        while j > 0 and i - j < 5 and _institution_modifier(doc[j - 1]):
            j -= 1  # 'provincial', 'state prosecutors', 'region administration communication'
        if head not in LOCAL_INSTITUTION_HEADS and (
            j == i + 1 - len(head.split()) or (i + 1 < len(doc) and doc[i + 1].lower_ in NOT_AFTER_INSTITUTION)
        ):
            continue  # 'the Kano police': the province's or the country's force; 'X local government area' a place
        place = next((c for c in spans if c.end == j and c.label in (*PLACE_LABELS, "ORG") and not c.canonical), None)
        if place is None:
            continue
        # a government or a police named through its level keeps the place a place of the story, as 'the Kano police'
        # does: the organisation is the words after it, under the whole name
        start = place.start if head in LOCAL_INSTITUTION_HEADS else j
        inside = overlapping(spans, start, i + 1)
        if any(c.canonical or c.end > i + 1 or c.start < start for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        name = doc[place.start : i + 1].text
        spans.append(Candidate(start, i + 1, "ORG", canonical=" ".join(w[:1].upper() + w[1:] for w in name.split())))


def _phrase_ending_at(doc, i: int, phrases) -> str | None:
    """The lower-case phrase of `phrases` whose last word is token i ('police station' ending at 'station')."""
    return next(
        (p for p in phrases if [t.lower_ for t in doc[max(0, i + 1 - len(p.split())) : i + 1]] == p.split()), None
    )


def _institution_modifier(tok) -> bool:
    """A lower-case word that may stand inside an institution's name: no stop word, verb form or speech verb."""
    return (
        tok.is_lower
        and tok.is_alpha
        and not tok.is_stop
        and tok.lower_ not in SPEECH_VERBS
        and not tok.lower_.endswith(("ed", "ing", "ly"))
    )


def national_institutions(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Ethiopian parliament', 'the Bangladesh government', "Kenya's parliament", 'US Congress': a country's
    government or legislature named through the country is one organisation under its official name ('Government
    of Bangladesh', 'Federal Parliamentary Assembly'); a country written by its name stays a place; 'the
    government' and 'the federal government' are the article's country's."""
    for i in positions(doc, NATIONAL_INSTITUTION_NOUNS):
        if i == 0 or (i + 1 < len(doc) and doc[i + 1].lower_ in NOT_AFTER_INSTITUTION | ORGANISATION_LINKS):
            continue  # 'government forces', 'government-held', 'the Parliament of Georgia' (named in full)
        possessive = doc[i - 1].lower_ in POSSESSIVE_ENDINGS
        cc = None if possessive else country_of_demonym(doc[i - 1].text, gazetteer)
        start = i - 1
        named = None if cc else _country_named_before(doc, i - 1 if possessive else i, gazetteer)
        if named is None and cc is None:  # 'the government said', 'ratified by Congress': the article's country's
            kind = NATIONAL_INSTITUTION_NOUNS[doc[i].lower_]
            # 'the federal government': the country's own ('Putin's government' in a story told in Ukraine is not)
            own = (
                kind == "government"
                and doc[i - 1].lower_ in GOVERNMENT_QUALIFIERS
                and i > 1
                and doc[i - 2].lower_ == "the"
            )
            if not own and (
                doc[i - 1].lower_ not in BEFORE_UNQUALIFIED_FORCE or (kind == "legislature" and not doc[i].is_title)
            ):
                continue  # 'a transitional government', 'the party congress'
            start, cc = i, article_country(doc, spans, gazetteer)
            if cc is None:
                continue
        elif cc is None:  # "Kenya's parliament", 'the Bangladesh government', 'US Congress'
            start, cc = i, named[0].cc
            whole = [c for c in spans if (c.start, c.end) == (named[1], i + 1) and not c.canonical]
            for c in whole:  # the model's one span 'US Congress': the country stays a place
                spans.remove(c)
                spans.append(Candidate(named[1], start - possessive, "GPE"))
        inside = overlapping(spans, start, i + 1)
        country = gazetteer.country(cc)
        if country is None or any(c.canonical or c.start < start or c.end > i + 1 for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        kind = NATIONAL_INSTITUTION_NOUNS[doc[i].lower_]
        name = f"Government of {country.name}" if kind == "government" else legislature_name(cc, country.name)
        spans.append(Candidate(start, i + 1, "ORG", canonical=name))


def provincial_institutions(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Kwara police', 'the Kwara cabinet': a province's police, cabinet or government named through the
    province is one organisation ('Kwara Police', or the title the province's country gives its police: 'Kwara
    State Police Command'); the province stays a place, as a country does."""
    for i in positions(doc, PROVINCIAL_INSTITUTION_NOUNS):
        if i == 0 or (i + 1 < len(doc) and doc[i + 1].lower_ in NOT_AFTER_INSTITUTION | ORGANISATION_LINKS):
            continue
        unit = next((c for c in spans if c.end == i and c.label in PLACE_LABELS and not c.canonical), None)
        if unit is None or overlapping(spans, i, i + 1):
            continue
        name = clean_name(doc[unit.start : unit.end].text)
        if not gazetteer.names_a_province(name):
            if doc[i].lower_ == "police" and (force := _the_towns_national_police(name, gazetteer)):
                spans.append(Candidate(i, i + 1, "ORG", canonical=force))
            continue  # a town's cabinet or government is its own council's, no province's
        template = PROVINCIAL_INSTITUTION_NOUNS[doc[i].lower_]
        if doc[i].lower_ == "police":  # 'the Kano police' is that country's title for it: 'Kano State Police Command'
            countries = {e.cc for e in gazetteer.lookup(name) if e.kind == "governorate" and e.match != "skeleton"}
            if len(countries) == 1:
                template = national_forces()["provincial_police"].get(countries.pop(), template)
        spans.append(Candidate(i, i + 1, "ORG", canonical=template.format(name)))


def _the_towns_national_police(name: str, gazetteer: Gazetteer) -> str | None:
    """'the Palapye police', 'Serowe police said': a town's police are a station of its country's police (in a
    country whose police are one national force), when every town of that name lies in that one country."""
    towns = [e for e in gazetteer.lookup(name) if e.match == "exact" and e.kind in ("city", "district")]
    countries = {e.cc for e in towns}
    if len(countries) != 1:
        return None
    cc = countries.pop()
    table = national_forces()
    if cc in table["police_of_the_provinces"]["countries"] or cc not in table["police"]:
        return None  # a province's force, or one the lexicon does not name
    return table["police"][cc]


_OUTLET_LAST_WORDS = frozenset(outlet.split()[-1] for outlet in EDITION_OUTLETS)


def outlet_editions(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'BBC Somali', 'CNN Turk', 'Al Jazeera English': a broadcaster's name followed by a language or a
    country names the broadcaster's edition, one organisation (the country is no place there)."""
    for i in positions(doc, _OUTLET_LAST_WORDS, stop=1):
        outlet = _phrase_ending_at(doc, i, EDITION_OUTLETS)
        edition = doc[i + 1]
        if outlet is None or not (edition.is_title or edition.is_upper) or doc[i].whitespace_ == "":
            continue
        start = i + 1 - len(outlet.split())
        if edition.text not in EDITION_NAMES and not any(
            e.kind == "country" and e.match != "skeleton" for e in gazetteer.lookup(edition.text)
        ):
            continue
        inside = overlapping(spans, start, i + 2)
        if any(c.start < start or c.end > i + 2 for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(start, i + 2, "ORG", canonical=doc[start : i + 2].text))


_MEDIA_PHRASES = tuple(sorted({tuple(m.split()) for m in OUTLET_MEDIA}, key=len, reverse=True))  # longest first
_MEDIA_LAST_WORDS = frozenset(m[-1] for m in _MEDIA_PHRASES)
# each outlet by the words of its name after a leading 'The', which copy writes in either case ('told the Guardian')
_CUED_OUTLETS = {
    (tuple(name.split()[1:]) if name.startswith("The ") else tuple(name.split())): name
    for name in OUTLETS_NAMED_WITH_A_CUE
}
_CUES_BEFORE = {tuple(c.split()) for c in OUTLET_SOURCE_CUES["before"]}
_CUES_AFTER = frozenset(OUTLET_SOURCE_CUES["after"])
_OUTLET_TITLE_WORDS_LOWER = frozenset(w.lower() for w in OUTLET_TITLE_WORDS)
# a site's address as a name: a capitalised word, a dot and a top-level domain ('Lakeside.com', 'HILLTOWN.CO')
_WEB_ADDRESS = re.compile(r"[A-Z][A-Za-z0-9-]{2,}\.([a-z]{2,4}|[A-Z]{2,3})")  # a file's name ('Annex.pdf') is none


def quoted_outlets(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'told "Lakeside Today":', 'the official "Lakeside Today" website': a capitalised name in quotes that a source
    speaks to, or that a word for a news medium follows, is that outlet, whatever the model read inside it."""
    words = lower_words(doc)
    for i in positions(doc, OPENING_QUOTES):  # the one word index the rules share, not a walk over every token
        close = next((k for k in range(i + 2, min(len(doc), i + 8)) if doc[k].text in CLOSING_QUOTES), None)
        if close is None or not all(is_name_token(t) or t.like_num for t in doc[i + 1 : close]):
            continue
        told = i > 0 and doc[i - 1].lower_ == "told" and close - i > 2  # not 'told "Yes"
        medium = next((m for m in _MEDIA_PHRASES if tuple(words[close + 1 : close + 1 + len(m)]) == m), None)
        if medium is None and words[close + 1 : close + 2] == ["website"]:
            medium = ("website",)
        if not told and medium is None:
            continue
        inside = overlapping(spans, i + 1, close)
        if any(c.canonical or c.start < i + 1 or c.end > close for c in inside):
            continue
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(i + 1, close, "ORG"))


def outlets_named_as_sources(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Lakeside Herald newspaper', 'the daily Lakeside Herald', 'told Dawn': a name beside a lower-case word
    for a news medium ('newspaper', 'news site', 'broadcaster') is a news outlet; so is a name ending in a
    newspaper's title word ('Star', 'Herald') that the text cites ('told the Lakeside Star'), and a site's web
    address ('told Lakeside.com'); a known outlet whose name is also a common word ('Dawn', 'The Hindu') is one
    only where the text cites it ('told Dawn')."""
    words = lower_words(doc)
    for i in positions(doc, _MEDIA_LAST_WORDS):
        medium = next(
            (m for m in _MEDIA_PHRASES if i + 1 >= len(m) and tuple(words[i - len(m) + 1 : i + 1]) == m), None
        )
        if medium is None or not all(t.is_lower for t in doc[i - len(medium) + 1 : i + 1]):
            continue
        start = i - len(medium) + 1
        run = _outlet_before(doc, start, gazetteer) or _outlet_after(doc, start, i + 1, spans, gazetteer)
        if run:
            text = doc[run[0] : run[1]].text
            known = _outlets_by_initials().get(text) if run[1] - run[0] == 1 and text.isupper() else None
            if known:  # 'news agency PTI': a known agency by its initials, whatever else bears them
                for c in overlapping(spans, *run):
                    spans.remove(c)
            _set_outlet(spans, *run, known or text)
    # 'told Lakeside.com', '(LAKESIDE.CO)': a news site by its web address (the words read once, not every token)
    for i in (i for i, w in enumerate(words) if "." in w):
        address = _WEB_ADDRESS.fullmatch(doc[i].text)
        if not address or address.group(1).lower() in FILE_EXTENSIONS:
            continue
        name = doc[i].text[: address.start(1) - 1]  # the outlet by its name ('Lakeside' for 'Lakeside.com')
        read = overlapping(spans, i, i + 1)
        if not read:
            spans.append(Candidate(i, i + 1, "ORG", canonical=name))
        elif (
            len(read) == 1
            and (read[0].start, read[0].end, read[0].label) == (i, i + 1, "ORG")
            and not read[0].canonical
        ):
            read[0].canonical = name
    for name_words, name in _CUED_OUTLETS.items():
        for i in positions(doc, (name_words[0].lower(),), stop=len(name_words) - 1):
            end = i + len(name_words)
            if tuple(t.text for t in doc[i:end]) != name_words or (end < len(doc) and is_name_token(doc[end])):
                continue
            after_the = i > 0 and doc[i - 1].lower_ == "the"  # 'told the Guardian', 'told The Hindu'
            if (i > 0 and is_name_token(doc[i - 1]) and not after_the) or (name.startswith("The ") and not after_the):
                continue  # inside a longer name; 'Hindu nationalists' is no 'The Hindu'
            before = i - 1 if after_the else i
            cited = any(before >= len(c) and tuple(words[before - len(c) : before]) == c for c in _CUES_BEFORE) or (
                end < len(doc) and words[end] in _CUES_AFTER
            )
            if cited:
                _set_outlet(spans, i, end, name)

    for i in positions(doc, _OUTLET_TITLE_WORDS_LOWER):  # 'told the Lakeside Star', 'the Hilltown Herald reported'
        run = name_run_before(doc, i + 1) if doc[i].text in OUTLET_TITLE_WORDS else None
        if not run or not 2 <= run[1] - run[0] <= 4 or (i + 1 < len(doc) and is_name_token(doc[i + 1])):
            continue
        the = run[0] > 0 and doc[run[0] - 1].lower_ == "the"
        before = run[0] - the
        if doc[run[0]].text in GIVEN_NAMES and not the:
            continue  # 'Emily Post told': a person of that surname ('told the Lakeside Star' is no one)
        if any(c.label == "ORG" for c in overlapping(spans, *run)):
            continue  # read already ('the Lebanese Harbour Gazette newspaper')
        if any(before >= len(c) and tuple(words[before - len(c) : before]) == c for c in _CUES_BEFORE) or (
            i + 1 < len(doc) and words[i + 1] in _CUES_AFTER - CUES_PEOPLE_SHARE
        ):
            _set_outlet(spans, run[0], i + 1, doc[run[0] : i + 1].text)


def _outlet_before(doc, start: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The outlet's name right before a medium word ('Pakistan's Dawn newspaper', 'the Lebanese Al-Akhbar
    daily'), without a leading demonym or country; None when nothing else is left."""
    run = name_run_before(doc, start)
    if not run or (run[1] - run[0] == 1 and opens_a_clause(doc, run[0])):
        return None  # 'Local broadcaster X said': a sentence's first word
    first = run[0]
    while first < run[1] and (
        names_a_people(doc[first].text, gazetteer) or names_a_country(doc[first].text, gazetteer)
    ):
        first += 1
    if first == run[1] or run[1] - first > 5:
        return None
    return first, run[1]


def _outlet_after(doc, start: int, end: int, spans: list[Candidate], gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The outlet's name right after a medium word introduced by an article, a possessive or the sentence's start ('the daily
    Lakeside Herald', "Local broadcaster Radio Lakeside"); never a date, a country or a person's name."""
    k = start - 1
    while True:
        if k < 0 or start - k > 4:
            return None
        tok = doc[k]
        if tok.lower_ in ("the", "a", "an", "'s", "’s") or tok.text in (",", "(", "“", '"'):
            break
        if opens_a_clause(doc, k) and tok.is_alpha:
            break  # 'Local broadcaster X said'
        if not (tok.is_lower or tok.text == "-" or names_a_people(tok.text, gazetteer)):
            return None
        k -= 1
    run = name_run_after(doc, end)
    if not run or run[1] - run[0] > 5:
        return None
    name = doc[run[0] : run[1]]
    if any(c.label in ("DATE", "TIME") for c in overlapping(spans, *run)) or names_a_country(name.text, gazetteer):
        return None
    if name[0].text in GIVEN_NAMES and len(name) > 1:
        return None  # 'told the newspaper Ahmed Ali was...'
    return run


@functools.cache
def _outlets_by_initials() -> dict[str, str]:
    """The known news outlets and agencies by the initials of their names' words ('PTI' for the Press Trust of
    India), where one outlet only has them."""
    found: dict[str, set[str]] = {}
    for org in known_organisations():
        words = [w for w in re.split(r"[\s-]+", org["name"]) if w[:1].isupper()]
        if len(words) >= 2 and any(w in AGENCY_NAME_WORDS or w in OUTLET_TITLE_WORDS for w in words):
            found.setdefault("".join(w[0] for w in words), set()).add(org["name"])
    return {initials: names.pop() for initials, names in found.items() if len(names) == 1}


def _set_outlet(spans: list[Candidate], start: int, end: int, name: str) -> None:
    inside = overlapping(spans, start, end)
    if any(c.canonical and c.label == "ORG" and c.start <= start and c.end >= end for c in inside):
        return  # the organisation ruler knows it already
    for c in inside:
        spans.remove(c)
    spans.append(Candidate(start, end, "ORG", canonical=name))


def portfolios_in_titles(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Interior Minister Ana Petrova', 'Defence Secretary John Doe': a portfolio before a minister's
    title is part of a person's title; alone it is no organisation."""
    for c in list(spans):
        portfolio = " ".join(t.lower_ for t in doc[c.start : c.end])
        if (
            c.label == "ORG"
            and not c.canonical
            and portfolio in MINISTRY_PORTFOLIOS
            and c.end < len(doc)
            and doc[c.end].lower_ in PERSON_TITLES
        ):
            spans.remove(c)


# 'cartels' -> 'Cartel', 'ministries' -> 'Ministry': the plural, lower-case, of each one-word organisation tail
_PLURAL_TAILS = {
    (tail[:-1] + "ies" if tail.endswith("y") else tail + "s").lower(): tail
    for tail in ORGANISATION_TAILS
    if " " not in tail and not tail.endswith("s")
}


def peoples_bodies_of_a_place(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Lakeside People's Defence Force', 'the Hilltown People's Committee': a place's name right before an
    organisation named for its people (the model may read the place as a people) is part of that organisation's
    name: the local unit or body of that place, not the movement by the same name."""
    for c in [c for c in spans if c.label == "ORG"]:
        if c.end - c.start < 3 or doc[c.start].lower_ != "people" or doc[c.start + 1].lower_ not in POSSESSIVE_ENDINGS:
            continue
        run = name_run_before(doc, c.start)
        if run is None or run[1] - run[0] > 3 or doc[run[0]].lower_ == "the":
            continue
        before = overlapping(spans, *run)
        if any(x.canonical or x.start < run[0] for x in before):
            continue  # a known name or a longer one before it is its own
        full = f"{span_text(doc, run[0], run[1])} {span_text(doc, c.start, c.end)}"
        if names_a_country(span_text(doc, *run), gazetteer):
            c.canonical = full  # a country's own force by its full name; the country stays a place, as for its army
            continue
        for x in before:
            spans.remove(x)
        c.start, c.canonical = run[0], ""  # the place's own unit, no longer the movement the list knows


def names_joined_by_hyphen_links(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'Lashkar-e-Taiba', 'Hizb-ut-Tahrir', 'Jamaat-ul-Ahrar': capitalised words joined by hyphens over a
    linking particle (the izafa, the Arabic article) are one name; a name the model cut inside it or before its
    end ('Jamiat Ulema-e-Islam' read as 'Jamiat Ulema'), or read as a
    person, covers it whole, an organisation when it opens with a word that opens armed groups' and movements'
    names; one nobody read is such an organisation only so. A place the model read inside one is left to the
    gazetteer ('Mazar-i-Sharif')."""
    for k in positions(doc, HYPHEN_LINKS):
        if not (_hyphen_on_both_sides(doc, k - 1) and _hyphen_on_both_sides(doc, k + 1)):
            continue
        start, end = k - 2, k + 3
        if not (doc[start].is_title and doc[end - 1].is_title):
            continue
        while start >= 2 and _hyphen_on_both_sides(doc, start - 1) and doc[start - 2].is_alpha:
            start -= 2  # the chain goes on before ('Ahl-e-Sunnat-wal-Jamaat')
        while end + 1 < len(doc) and _hyphen_on_both_sides(doc, end) and doc[end + 1].is_alpha:
            end += 2
        head = next((j for j in range(start - 1, max(start - 3, -1), -1) if doc[j].text in HYPHEN_CHAIN_HEADS), None)
        if head is None or not all(t.is_title and t.is_alpha for t in doc[head:start]):
            head = start  # else the group's first word, a space before the chain ('Jamiat Ulema-e-Islam')
        opens_a_group = doc[head].text in HYPHEN_CHAIN_HEADS
        chain_end = end
        branch = name_run_after(doc, end) if opens_a_group and end < len(doc) and doc[end - 1].whitespace_ else None
        if branch and names_a_country(span_text(doc, *branch), gazetteer):
            end = branch[1]  # 'Jamaat-e-Islami Bangladesh': a movement's branch in one country, by its name
        inside = overlapping(spans, start, end)
        on_chain = [c for c in inside if c.start < chain_end]
        if any(c.end > end for c in inside) or any(c.label in PLACE_LABELS for c in on_chain):
            continue  # a longer name, or a place the gazetteer will judge
        if any(c.canonical for c in on_chain) and not opens_a_group:
            continue  # a known name inside ('Taliban') makes a longer name only of a group's chain
        if not on_chain and not opens_a_group:
            continue
        start = min([head, *(c.start for c in on_chain)])  # the name as read up to the chain
        label = "ORG" if opens_a_group else on_chain[0].label
        if len(inside) == 1 and (inside[0].start, inside[0].end, inside[0].label) == (start, end, label):
            continue
        for c in overlapping(spans, start, end):
            spans.remove(c)
        spans.append(Candidate(start, end, label))


def _hyphen_on_both_sides(doc, k: int) -> bool:
    """Token k is a hyphen written between two words with no space ('Hizb-ut')."""
    return 0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def names_sharing_a_plural_tail(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Juarez and the Gulf cartels', 'the Sinaloa and Tijuana cartels': names
    joined before a plural organisation noun are each that organisation ('Juarez Cartel', 'Gulf Cartel')."""
    for i in positions(doc, _PLURAL_TAILS):
        if not doc[i].is_lower:
            continue  # 'the Hezbollah Brigades' is one name, read by organisation_names
        singular = _PLURAL_TAILS[doc[i].lower_]
        end = i
        while (run := name_run_before(doc, end)) is not None:
            text = doc[run[0] : run[1]].text
            opens_sentence = run[0] == 0 or doc[run[0] - 1].is_punct or doc[run[0]].is_sent_start
            if names_a_people(text, gazetteer) or (run[1] - run[0] == 1 and opens_sentence):
                break  # 'the Russian and Ukrainian armies' are forces; '"Terrorist groups' opens a sentence
            inside = overlapping(spans, *run)
            if not any(c.canonical or c.start < run[0] or c.end > run[1] for c in inside):
                for c in inside:
                    spans.remove(c)
                name = f"{text} {singular}"
                spans.append(Candidate(run[0], run[1], "ORG", canonical=_known_names().get(name.lower(), name)))
            end = run[0] - (run[0] > 0 and doc[run[0] - 1].lower_ == "the")
            if end < 1 or doc[end - 1].lower_ != "and":
                break
            end -= 1


@functools.cache
def _known_names() -> dict[str, str]:
    """Each known organisation's names and aliases, lower-case -> its canonical name."""
    return {name.lower(): org["name"] for org in known_organisations() for name in [org["name"], *org["aliases"]]}


_PEOPLE_NOUN_FIRST_WORDS = frozenset(noun.split()[0] for noun in PEOPLE_NOUNS)


def peoples_are_not_organisations(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Murle ethnic group', 'Hema herders', 'the Lendu people': a name before a word for a people or its
    trade is that people (NORP), not an organisation, and so is the same name elsewhere in the article ('the Murle')."""
    peoples = {
        span_text(doc, c.start, c.end)
        for i in positions(doc, _PEOPLE_NOUN_FIRST_WORDS)
        if _phrase_starting_at(doc, i, PEOPLE_NOUNS)
        for c in spans
        if c.end == i and c.label == "ORG" and not c.canonical
    }
    for c in spans:
        if (
            c.label in ("ORG", *PLACE_LABELS)
            and not (c.canonical or c.cue)
            and span_text(doc, c.start, c.end) in peoples
        ):
            c.label = "NORP"


def _phrase_starting_at(doc, i: int, phrases) -> str | None:
    """The lower-case phrase of `phrases` whose first word is token i ('ethnic group' starting at 'ethnic')."""
    return next((p for p in phrases if [t.lower_ for t in doc[i : i + len(p.split())]] == p.split()), None)
