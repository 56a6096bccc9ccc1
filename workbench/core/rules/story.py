"""The one country an article is about, asked by the rules that name a country's bodies and places."""

from __future__ import annotations

import math

from ..gazetteer import Gazetteer
from ..lexicon import DIRECTION_ADJECTIVES, MISSIONS_ABROAD, UNIT_NOUNS_AFTER_NAME, country_of_demonym
from .spans import PLACE_LABELS, Candidate, span_text


def article_country(doc, spans: list[Candidate], gazetteer: Gazetteer) -> str | None:
    """The one country an article is about: named (as a country or through its people) at least twice and at
    least twice as often as any other (once when no other country is named at all), a naming in the first
    sentence counting twice (the lede says where the story is: 'in Cameroon ... fled into Nigeria ... the border
    with Nigeria' is no Nigerian story); a capital or a province of it counts once, and so does each town or
    district of one country only; one such place is enough when nothing points elsewhere (a local paper names no
    country); None when the article is about several."""
    counts: dict[str, int] = {}
    by_name: set[str] = set()  # the countries named by their own names or their peoples'
    local: dict[str, set[str]] = {}  # the towns and districts of one country only, by country
    sole: set[str] = set()  # the countries a place's name names, no sizeable namesake abroad
    lede_end = next((t.i for t in doc[1:] if t.is_sent_start), len(doc))
    for c in spans:
        text = span_text(doc, c.start, c.end)
        last_two = " ".join(t.lower_ for t in doc[max(c.start, c.end - 2) : c.end])
        if c.label in ("ORG", "FAC") and (doc[c.end - 1].lower_ in MISSIONS_ABROAD or last_two in MISSIONS_ABROAD):
            continue  # 'the U.S. Embassy': a country's mission stands abroad, in the story's country
        if c.label == "ORG" and c.end - c.start > 1:  # 'Pakistan Army', 'Russian forces': the country acts
            text = doc[c.start].text
        elif c.label in PLACE_LABELS and c.end - c.start > 1 and doc[c.start].lower_ in DIRECTION_ADJECTIVES:
            text = span_text(doc, c.start + 1, c.end)  # 'western Tanzania' names Tanzania
        if c.label == "NORP" or (c.label == "ORG" and country_of_demonym(text, gazetteer)):
            cc = country_of_demonym(text, gazetteer)
        elif c.label in (*PLACE_LABELS, "ORG"):
            cc = next((e.cc for e in gazetteer.lookup(text) if e.kind == "country" and e.match != "skeleton"), None)
            if cc is None and c.label in PLACE_LABELS and (cc := _country_of_its_capital_or_province(text, gazetteer)):
                # a place of the country says less than its name, unless its capital opens the story ('Police in
                # Lakeside have arrested...': a province in the lede may be the neighbour's over the border)
                lede_capital = c.start < lede_end and _a_capital_of(text, cc, gazetteer)
                counts[cc] = counts.get(cc, 0) + 1 + lede_capital
                if _country_of_its_local_place(text, gazetteer) == cc:
                    sole.add(cc)
                continue
            if cc is None and c.label in PLACE_LABELS and (cc := _country_of_its_local_place(text, gazetteer)):
                local.setdefault(cc, set()).add(bare_name(text))  # 'Lakeside Town' and 'Lakeside' are one town
                continue
        else:
            cc = None
        if cc:
            counts[cc] = counts.get(cc, 0) + 1 + (c.start < lede_end)
            by_name.add(cc)
    # its towns and districts, each once, say where it is too (a local paper names no country, or only one abroad:
    # 'the U.S. Embassy in <capital>')
    for cc, names in local.items():
        counts[cc] = counts.get(cc, 0) + len(names)
        sole.add(cc)
    ranked = sorted(counts.values(), reverse=True) + [0, 0]
    top = max(counts, key=counts.get) if counts else None
    # named once by its own name is enough when no other country is named at all; with no country named by
    # name, one place of one country only, nothing pointing anywhere else
    once = ranked[0] == 1 and ranked[1] == 0 and (top in by_name or (not by_name and top in sole))
    if not ranked[0] or (ranked[0] < 2 and not once) or ranked[0] < 2 * ranked[1]:
        return None
    return top


_SMALL_NAMESAKE = 10_000  # a town abroad this small does not make a name another country's too
_SIZEABLE_TOWN = 5_000  # a hamlet's name says little of where a story is: many countries have one


def bare_name(name: str) -> str:
    """'Nyeri County' -> 'Nyeri': a unit's name without the unit noun after it."""
    head, _, last = name.rpartition(" ")
    return head if head and last.lower() in UNIT_NOUNS_AFTER_NAME else name


def _country_of_its_local_place(name: str, gazetteer: Gazetteer) -> str | None:
    """'Kitwe', 'Kitwe District', 'Freetown': a unit, a capital or a sizeable town of one country by its very
    name, any namesake abroad a small town; a name a province or a sizeable town abroad shares ('Lakeside', a
    province of Namibia and a town of Zambia), a hamlet's, or one known only by a spelling guess, names none."""
    entries = [e for e in gazetteer.lookup(bare_name(name)) if e.match != "skeleton"]

    def weight(e) -> float:  # a unit or a capital outweighs any town
        return math.inf if e.capital or e.kind in ("governorate", "district", "region", "country") else e.population

    exact = max((e for e in entries if e.match == "exact"), key=weight, default=None)
    if exact is None or weight(exact) < _SIZEABLE_TOWN:
        return None
    if any(e.cc != exact.cc and weight(e) >= _SMALL_NAMESAKE for e in entries):
        return None
    return exact.cc


def _a_capital_of(name: str, cc: str, gazetteer: Gazetteer) -> bool:
    """The name is that of the capital of country `cc`, whatever namesakes abroad."""
    return any(e.capital and e.cc == cc and e.match == "exact" for e in gazetteer.lookup(bare_name(name)))


def _country_of_its_capital_or_province(name: str, gazetteer: Gazetteer) -> str | None:
    """'Lilongwe', 'Rivers State': a capital or a first-level unit, by its very name, of one country only names
    that country as a country's name would (the story is there); a name several countries' units share names
    none of them; 'Nyeri County', 'Kano State' by the unit's own name."""
    name = bare_name(name)
    countries = {e.cc for e in gazetteer.lookup(name) if e.match == "exact" and (e.capital or e.kind == "governorate")}
    return countries.pop() if len(countries) == 1 else None
