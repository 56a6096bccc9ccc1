"""Where a located place stands in the world's divisions, for exports that join it to other data: its
country's ISO 3166-1 alpha-2 code, the first-level unit (province, state, governorate) it lies in, its
gazetteer id and how precise its point is."""

from __future__ import annotations

from .gazetteer import Gazetteer
from .models import Place

# What a located place's point stands for, by the kind of gazetteer entry it was placed at.
PRECISION_OF_KIND = {
    "country": "country",
    "region": "region",
    "water": "region",
    "governorate": "admin1",
    "district": "city",
    "city": "city",
    "neighbourhood": "city",
    "facility": "city",
}


def place_precision(p: Place) -> str | None:
    """country, region, admin1, city; "point" for a point the analyst set (Set location… with a point), and
    "guess" for a place no gazetteer entry fitted, put at a place its context names (confidence 0.2)."""
    if p.gazetteer_id is None:
        return "point" if p.confidence >= 1.0 else "guess"
    return PRECISION_OF_KIND.get(p.kind)


def place_geography(p: Place, gazetteer: Gazetteer) -> dict:
    """The country code, the first-level unit (the place itself for one; looked up for a city or a point;
    none for a country, region or guess), the gazetteer id and the precision of a located place."""
    precision = place_precision(p)
    cc = gazetteer.country_code(p.country)
    if precision == "admin1":
        admin1 = p.name
    elif precision in ("city", "point"):
        unit = gazetteer.first_level_unit(p.lat, p.lon, cc)
        admin1 = unit.name if unit else None
    else:
        admin1 = None
    return {"country_code": cc, "admin1": admin1, "gazetteer_id": p.gazetteer_id, "precision": precision}
