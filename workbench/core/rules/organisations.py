"""Rules that find organisations: armed groups named by their head noun, backers, news agencies."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ..lexicon import (
    BACKING_WORDS,
    BEFORE_UNQUALIFIED_FORCE,
    DENOMINATIONS,
    GROUP_HEADS,
    MINISTRY_PORTFOLIOS,
    ORGANISATION_CONNECTORS,
    ORGANISATION_HEADS,
    ORGANISATION_TAILS,
    POSSESSIVE_ENDINGS,
    UNQUALIFIED_FORCE_NOUNS,
    country_of_demonym,
    demonym_of,
    names_a_people,
    national_force_name,
    national_forces,
)
from .places import names_a_country
from .spans import (
    PLACE_LABELS,
    Candidate,
    is_name_token,
    name_run_after,
    name_run_before,
    overlapping,
    positions,
)


def groups_are_organisations(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Barrio 400 gang', 'the Wagner militia': a name before a lower-case group noun is an organisation."""
    for i in positions(doc, GROUP_HEADS):
        tok = doc[i]
        if tok.text not in GROUP_HEADS or i == 0:  # lower case: 'Group' may be part of a name
            continue
        run = name_run_before(doc, i)
        if not run or names_a_people(doc[run[0] : run[1]].text, gazetteer):
            continue
        same = [
            c
            for c in overlapping(spans, *run)
            if (c.start, c.end) == run and not c.canonical and not c.cue and c.label in ("FAC", "PERSON", "GPE")
        ]
        if same:
            same[0].label = "ORG"  # the model's FAC or PERSON for a gang's name
        elif not overlapping(spans, *run):
            spans.append(Candidate(run[0], run[1], "ORG"))


def backers_are_actors(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'a Moscow-backed militia': a capital that backs or leads a group stands for its government, which acts;
    the city is not where anything happens ('an Oman-brokered truce' still names Oman, a country of the story)."""
    for c in spans:
        if (
            c.label in PLACE_LABELS
            and not names_a_country(doc[c.start : c.end].text, gazetteer)
            and c.end + 1 < len(doc)
            and doc[c.end].text == "-"
            and not doc[c.end - 1].whitespace_
            and doc[c.end + 1].lower_ in BACKING_WORDS
        ):
            c.label = "NORP"


def dateline_agency(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'DAMASCUS (SANA) -', 'MOGADISHU, Somalia (AP) --': the name in brackets after a dateline is the news
    agency that filed the story, never a place ('SANA' is no misspelt Sanaa)."""
    if not (len(doc) > 2 and doc[0].is_upper and doc[0].is_alpha and len(doc[0].text) > 1):
        return  # no dateline ('A convoy was hit on Sunday (Apr 7)')
    i = 1
    while i < min(len(doc), 12) and doc[i].text != "(":
        if doc[i].is_punct and doc[i].text not in (",", "/"):
            return
        i += 1
    close = next((k for k in range(i + 1, min(len(doc), i + 8)) if doc[k].text == ")"), None)
    if i >= min(len(doc), 12) or close is None or close == i + 1:
        return
    if not any(t.text[:1].isupper() for t in doc[i + 1 : close]):
        return
    inside = overlapping(spans, i + 1, close)
    if any(c.label == "ORG" for c in inside):  # the organisation ruler knows it ('Reuters', 'Kurdistan 24')
        for c in inside:
            c.label = "ORG" if c.label in PLACE_LABELS else c.label
        return
    for c in inside:
        spans.remove(c)
    spans.append(Candidate(i + 1, close, "ORG"))


_FORCE_FIRST_WORDS = frozenset(noun.split()[0] for noun in national_forces()["force_nouns"])
_ORGANISATION_WORDS_LOWER = frozenset(w.lower() for w in ORGANISATION_TAILS | ORGANISATION_HEADS)


def national_forces_named(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Kenyan army', 'Russian forces', "Chad's army", 'Israeli air force': a country's army, police, air
    force or navy named through the country is an organisation, under the force's own name."""
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
        if possessive:  # "Chad's army": the country stays a place; the army is named
            country = next(
                (e for e in gazetteer.lookup(doc[i - 1].text) if e.kind == "country" and e.match != "skeleton"), None
            )
            if country is None:
                continue
            start, cc, demonym = i + 1, country.cc, demonym_of(country.cc) or country.name
        else:
            start, cc, demonym = i, country_of_demonym(tok.text, gazetteer), tok.text
            named = next((c for c in spans if c.end == i + 1 and c.label in PLACE_LABELS and not c.canonical), None)
            if cc is None and named is not None:  # 'Kosovo police', 'South Sudan army': the country's name as adjective
                country = next(
                    (
                        e
                        for e in gazetteer.lookup(doc[named.start : named.end].text)
                        if e.kind == "country" and e.match != "skeleton"
                    ),
                    None,
                )
                if country is not None:
                    start, cc, demonym = named.start, country.cc, demonym_of(country.cc) or country.name
            if cc is None:
                continue
        inside = overlapping(spans, start, end)
        if any(c.canonical or c.start < start or c.end > end for c in inside):
            continue  # a longer or known name ('Russian Armed Forces Day', 'Arakan Army') stays
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(start, end, "ORG", canonical=national_force_name(cc, noun, demonym)))


_UNQUALIFIED_FIRST_WORDS = frozenset(noun.split()[0] for noun in UNQUALIFIED_FORCE_NOUNS)


def the_countrys_forces(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the army announced', 'the Army and the Air Force came', 'arrested by police': a force named without
    its country, in an article about one country, is that country's (named as 'the Kenyan army' would be)."""
    cc = article_country(doc, spans, gazetteer)
    if cc is None:
        return
    demonym = demonym_of(cc) or ""
    for i in positions(doc, _UNQUALIFIED_FIRST_WORDS):
        two = f"{doc[i].lower_} {doc[i + 1].lower_}" if i + 1 < len(doc) else ""
        noun = two if two in UNQUALIFIED_FORCE_NOUNS else doc[i].lower_
        end = i + len(noun.split())
        if noun not in UNQUALIFIED_FORCE_NOUNS or (i > 0 and doc[i - 1].lower_ not in BEFORE_UNQUALIFIED_FORCE):
            continue  # 'a rebel army', 'its army', 'junta police' are not the country's
        if end < len(doc) and doc[end].lower_ == "of" or overlapping(spans, i, end):
            continue  # 'the Army of Conquest', 'the Arakan Army'
        if doc[i].is_title and i > 0 and doc[i - 1].lower_ != "the":
            continue  # 'Army' capitalised without 'the' opens a name ('Army Chief Ali')
        spans.append(Candidate(i, end, "ORG", canonical=national_force_name(cc, noun, demonym or cc)))


def ministries_by_portfolio(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Georgian Defence Ministry', "Kenya's health ministry", 'the Foreign Ministry said': a ministry
    named by its portfolio is one organisation, named in its official form, 'Ministry of Defence (Georgia)',
    with the country it serves (named before it, or the one the article is about)."""
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
            start = k - 1 if cc else k
        cc = cc or article_country(doc, spans, gazetteer)
        inside = overlapping(spans, start, i + 1)
        if cc is None or any(c.canonical or c.start < start or c.end > i + 1 for c in inside):
            continue
        country = gazetteer.country(cc) if len(cc) == 2 else None
        for c in inside:
            spans.remove(c)
        name = f"Ministry of {MINISTRY_PORTFOLIOS[portfolio]} ({country.name if country else cc})"
        spans.append(Candidate(start, i + 1, "ORG", canonical=name))


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


def article_country(doc, spans: list[Candidate], gazetteer: Gazetteer) -> str | None:
    """The one country an article is about: named (as a country or through its people) at least twice and at
    least twice as often as any other; None when the article is about several."""
    counts: dict[str, int] = {}
    for c in spans:
        text = doc[c.start : c.end].text
        if c.label == "NORP":
            cc = country_of_demonym(text, gazetteer)
        elif c.label in PLACE_LABELS:
            cc = next((e.cc for e in gazetteer.lookup(text) if e.kind == "country" and e.match != "skeleton"), None)
        else:
            cc = None
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
    ranked = sorted(counts.values(), reverse=True) + [0]
    if ranked[0] < 2 or ranked[0] < 2 * ranked[1]:
        return None
    return max(counts, key=counts.get)


def organisation_names(doc, spans: list[Candidate], gazetteer: Gazetteer) -> None:
    """'the Jalisco New Generation Cartel', 'the 7th Brigade', 'the Ministry of Defence', 'the Office for the
    Coordination of Humanitarian Affairs': a capitalised name that ends in an organisation's word, or opens
    with one and goes on with 'of/for', is one organisation (the model often stops before the last word)."""
    for i in positions(doc, _ORGANISATION_WORDS_LOWER):
        tok = doc[i]
        if tok.text not in ORGANISATION_TAILS and tok.text not in ORGANISATION_HEADS:
            continue
        start = i
        run = name_run_before(doc, i)
        if run:
            start = run[0]
        elif i > 0 and re.fullmatch(r"\d+(?:st|nd|rd|th)", doc[i - 1].text):
            start = i - 1  # 'the 7th Brigade'
        end = i + 1
        if tok.text in ORGANISATION_HEADS:  # 'Ministry of Defence', 'Armed Forces of the Philippines'
            k = end
            while k + 1 < len(doc) and doc[k].lower_ in ORGANISATION_CONNECTORS and doc[k].text != "The":
                k += 1
            tail = name_run_after(doc, k) if k > end else None
            if tail:
                end = tail[1]
        if start == i and end == i + 1:
            continue  # a lone 'Army' or 'Police' opening a sentence names nothing
        if not all(
            is_name_token(t)
            or t.lower_ in ORGANISATION_CONNECTORS
            or t.text in ("-", "'", "’")
            or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.text)
            for t in doc[start:end]
        ):
            continue
        if gazetteer.is_strong_place(doc[start:end].text):
            continue  # 'the West Bank' is a place whatever its last word says
        inside = overlapping(spans, start, end)
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
        for c in inside:
            spans.remove(c)
        spans.append(Candidate(start, end, "ORG"))
