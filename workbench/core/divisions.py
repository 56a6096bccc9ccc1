"""Where a located place stands in the world's divisions: its country's ISO 3166-1 alpha-2 code and the
first-level unit (province, state, governorate, oblast) it lies in, for exports that join other data.

No borders of first-level units ship with the workbench, so a point's unit is the unit of the nearest
countrystatecity locality of the same country (that data files every locality under its state): exact
for a place that is one of those localities, right for a point inside a unit unless it lies nearer to a
neighbouring unit's locality than to any of its own. Units are named as the gazetteer names them.
"""

from __future__ import annotations

import functools
import json

import numpy as np

from .gazetteer import _csc_dir
from .lexicon import DISTRICT_SUBDIVISION_TYPES
from .models import Place


@functools.cache
def _codes_by_country_name() -> dict[str, str]:
    countries = json.loads((_csc_dir() / "countries.json").read_text(encoding="utf-8"))
    return {c["name"]: c["iso2"] for c in countries}


def country_code(country: str) -> str | None:
    """ISO 3166-1 alpha-2 of a country as the gazetteer names it ('Iraq' -> 'IQ'); None when it is no country."""
    return _codes_by_country_name().get(country or "")


@functools.cache
def _state_aliases() -> dict[str, dict[str, list[str]]]:
    from .settings import RESOURCES

    additions = json.loads((RESOURCES / "gazetteer" / "additions.json").read_text(encoding="utf-8"))
    return additions.get("state_aliases", {})


def _is_lower_level(state: dict) -> bool:
    """A unit countrystatecity lists at the first level that is often second-level or smaller (the
    gazetteer's 'district' kind: a county, borough, municipality)."""
    return any(t in (state.get("type") or "") for t in DISTRICT_SUBDIVISION_TYPES)


def _unit_name(state: dict) -> str:
    english = _state_aliases().get(state["country_code"], {}).get(state["name"], [])
    return english[0] if english else state["name"]


@functools.cache
def _points(cc: str) -> tuple[np.ndarray, np.ndarray, tuple[str | None, ...]]:
    """The country's localities (latitudes and longitudes in radians) and the unit each belongs to; the units'
    own centres stand in where the data has no localities for the country."""
    folder = _csc_dir() / "by-country" / cc
    states_file = folder / "states.json"
    states = json.loads(states_file.read_text(encoding="utf-8")) if states_file.exists() else []
    # A country whose units are all of the lower kinds has them as its first level (Israel's six districts).
    lower_kinds_below = not all(_is_lower_level(s) for s in states)
    lats, lons, units = [], [], []
    for state in states:
        unit = None if lower_kinds_below and _is_lower_level(state) else _unit_name(state)
        cities = folder / "states" / state.get("state_code", "") / "cities.json"
        if state.get("state_code") and cities.exists():
            for c in json.loads(cities.read_text(encoding="utf-8")):
                if c.get("latitude"):
                    lats.append(float(c["latitude"]))
                    lons.append(float(c["longitude"]))
                    units.append(unit)
    if not lats:
        for state in states:
            if state.get("latitude") and not (lower_kinds_below and _is_lower_level(state)):
                lats.append(float(state["latitude"]))
                lons.append(float(state["longitude"]))
                units.append(_unit_name(state))
    return np.radians(lats), np.radians(lons), tuple(units)


def first_level_unit(lat: float, lon: float, cc: str | None) -> str | None:
    """The name of the first-level unit of country `cc` that the point lies in, where known."""
    if not cc:
        return None
    lats, lons, units = _points(cc)
    if not units:
        return None
    p, q = np.radians(lat), np.radians(lon)
    h = np.sin((lats - p) / 2) ** 2 + np.cos(p) * np.cos(lats) * np.sin((lons - q) / 2) ** 2
    return units[int(np.argmin(h))]


# What a located place's point stands for, by the kind of gazetteer entry it was placed at.
PRECISION_OF_KIND = {"country": "country", "region": "region", "water": "region", "governorate": "admin1",
                     "district": "city", "city": "city", "neighbourhood": "city", "facility": "city"}


def place_precision(p: Place) -> str | None:
    """country, region, admin1, city; "point" for a point the analyst set (Set location… with a point), and
    "guess" for a place no gazetteer entry fitted, put at a place its context names (confidence 0.2)."""
    if p.gazetteer_id is None:
        return "point" if p.confidence >= 1.0 else "guess"
    return PRECISION_OF_KIND.get(p.kind)


def place_geography(p: Place) -> dict:
    """What joins a located place to other data: its country's ISO 3166-1 alpha-2 code, its first-level unit
    (where known; none for a country, region or guess), its gazetteer id and the precision of its point."""
    precision = place_precision(p)
    cc = country_code(p.country)
    if precision == "admin1":
        admin1 = p.name
    elif precision in ("city", "point"):
        admin1 = first_level_unit(p.lat, p.lon, cc)
    else:
        admin1 = None
    return {"country_code": cc, "admin1": admin1, "gazetteer_id": p.gazetteer_id, "precision": precision}
