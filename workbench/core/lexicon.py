"""The workbench's word knowledge, loaded once: demonyms and peoples (resources/gazetteer/additions.json)."""

from __future__ import annotations

import functools
import json

from .gazetteer import Gazetteer
from .settings import RESOURCES

_DEMONYM_ENDINGS = (("ians", ""), ("ian", ""), ("ans", "a"), ("an", "a"), ("an", ""), ("an", "o"), ("is", ""), ("i", ""),
                    ("ese", ""), ("ese", "on"), ("ish", "ey"), ("ish", ""), ("n", ""), ("s", ""))


def country_of_demonym(word: str, gazetteer: Gazetteer) -> str | None:
    """'Iraqi' -> 'IQ', 'Lebanese' -> 'LB', 'Turkish' -> 'TR': the country a demonym points to, if any."""
    irregular = _demonyms()
    if word in irregular:
        return irregular[word]
    for ending, replacement in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)] + replacement
            for e in gazetteer.lookup(stem):
                if e.kind == "country" and e.match != "skeleton":
                    return e.cc
    return None


def names_a_people(word: str, gazetteer: Gazetteer) -> bool:
    """'Iraqi', 'Kurds', 'Tuareg': a demonym or an ethnic or religious group, which is never a place."""
    return word in _additions()["peoples"] or bool(country_of_demonym(word, gazetteer))


def _demonyms() -> dict[str, str]:
    return _additions()["demonyms"]


@functools.cache
def _additions() -> dict:
    data = json.loads((RESOURCES / "gazetteer" / "additions.json").read_text(encoding="utf-8"))
    return {"demonyms": data.get("demonyms", {}), "peoples": frozenset(data.get("peoples", ()))}


@functools.cache
def national_forces() -> dict:
    """Armed forces and police by country code, and the nouns that name them (resources/lexicon)."""
    return json.loads((RESOURCES / "lexicon" / "national_forces.json").read_text(encoding="utf-8"))


def national_force_name(cc: str, noun: str, demonym: str) -> str:
    """'Malian' + 'army' -> 'Malian Armed Forces'; 'Israeli' + 'air force' -> 'Israeli Air Force'."""
    table = national_forces()
    kind = table["force_nouns"][noun]
    if kind in ("armed_forces", "police"):
        return table[kind].get(cc) or f"{demonym} {'Armed Forces' if kind == 'armed_forces' else 'Police'}"
    return f"{demonym} {kind}"


def demonym_of(cc: str) -> str | None:
    """The people's adjective of a country ('SD' -> 'Sudanese') when the lexicon lists it."""
    return next((word for word, code in _demonyms().items() if code == cc), None)


@functools.cache
def organisation_words() -> dict[str, frozenset[str]]:
    """The words that end ('Front', 'Cartel', 'Command') or open ('Ministry of') organisations' names."""
    data = json.loads((RESOURCES / "lexicon" / "organisation_words.json").read_text(encoding="utf-8"))
    return {key: frozenset(data[key]) for key in ("tails", "heads", "connectors")}
