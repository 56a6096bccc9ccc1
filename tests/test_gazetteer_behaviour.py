"""The gazetteer the tests read is the one this version builds: a stale one would be rebuilt at start."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from workbench.core.gazetteer import is_current


def test_the_shipped_gazetteer_is_current_and_a_file_that_is_none_is_not(tmp_path):
    assert is_current(Path(os.environ["WORKBENCH_GAZETTEER"]))
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"not a database")
    assert not is_current(other)


# ----------------------------------------------------------------------------- the build, on a small data release
def _locality(name: str, cc: str, state: str, lat: float, lon: float) -> dict:
    return {"name": name, "country_code": cc, "state_code": state, "latitude": str(lat), "longitude": str(lon)}


def _city(name: str, cc: str, lat: float, lon: float, population: int, aliases=()) -> dict:
    return {
        "name": name,
        "countrycode": cc,
        "latitude": lat,
        "longitude": lon,
        "population": population,
        "alternatenames": list(aliases),
    }


@pytest.fixture
def small_gazetteer(tmp_path, monkeypatch):
    """A gazetteer built by the real build from a small data release: Iraq (governorates, a region and a
    district; GeoNames cities and countrystatecity localities), Kenya (counties only, no localities), one
    Ukrainian oblast the additions name in English, Germany and Kosovo (which the shipped borders lack).
    The installed packages give the countries' records and populations. Built for each test (0.2 s): a
    mutation run ties the build to the tests that ran it."""
    from workbench.core import gazetteer

    folder = tmp_path
    csc = folder / "csc"
    countries = json.loads((gazetteer._csc_dir() / "countries.json").read_text(encoding="utf-8"))
    (csc / "by-country" / "IQ" / "states" / "BG").mkdir(parents=True)
    (csc / "by-country" / "IQ" / "states" / "AR").mkdir(parents=True)
    (csc / "by-country" / "KE").mkdir(parents=True)
    (csc / "by-country" / "UA").mkdir(parents=True)
    (csc / "countries.json").write_text(
        json.dumps([c for c in countries if c["iso2"] in ("IQ", "KE", "UA", "DE", "XK")])
    )
    (csc / "by-country" / "UA" / "states.json").write_text(
        json.dumps([{"name": "Kharkivska", "country_code": "UA", "state_code": "63", "type": "region", "latitude": "49.99", "longitude": "36.23"}])
    )  # fmt: skip
    iraq_units = [
        {"name": "Baghdad", "country_code": "IQ", "state_code": "BG", "type": "governorate", "latitude": "33.32", "longitude": "44.36"},
        {"name": "Erbil", "country_code": "IQ", "state_code": "AR", "type": "governorate", "latitude": "36.20", "longitude": "44.00"},
        {"name": "Kurdistan Region", "country_code": "IQ", "state_code": "KR", "type": "region", "latitude": "36.4", "longitude": "44.3"},
        {"name": "Qadaa Test", "country_code": "IQ", "state_code": "QT", "type": "district", "latitude": "31.0", "longitude": "46.0"},
        {"name": "No Point", "country_code": "IQ", "state_code": "NP", "type": "governorate", "latitude": None},
    ]  # fmt: skip
    (csc / "by-country" / "IQ" / "states.json").write_text(json.dumps(iraq_units))
    (csc / "by-country" / "IQ" / "states" / "BG" / "cities.json").write_text(
        json.dumps(
            [
                _locality("Baghdad", "IQ", "BG", 33.34, 44.40),  # GeoNames has it 3 km away: not twice
                _locality("Karrada", "IQ", "BG", 33.30, 44.43),  # 7 km from Baghdad: a neighbourhood
                _locality("Hay Janubi", "IQ", "BG", 31.33, 45.7),
                {"name": "Nowhere", "country_code": "IQ", "state_code": "BG", "latitude": None},
            ]
        )
    )
    (csc / "by-country" / "IQ" / "states" / "AR" / "cities.json").write_text(
        json.dumps([_locality("Shaqlawa", "IQ", "AR", 36.40, 44.32)])  # 30 km from Erbil: a town of its own
    )
    (csc / "by-country" / "IQ" / "states" / "QT").mkdir()
    (csc / "by-country" / "IQ" / "states" / "QT" / "cities.json").write_text(
        json.dumps([_locality("Qadaa Town", "IQ", "QT", 31.0, 46.0)])
    )
    kenya_units = [
        {"name": f"{name} County", "country_code": "KE", "state_code": code, "type": "county", "latitude": lat, "longitude": lon}
        for name, code, lat, lon in (("Nairobi", "110", "-1.29", "36.82"), ("Turkana", "043", "3.31", "35.56"))
    ]  # fmt: skip
    (csc / "by-country" / "KE" / "states.json").write_text(json.dumps(kenya_units))
    cities = [
        _city("Baghdad", "IQ", 33.3406, 44.4009, 7_216_000, ["BGW", "Bagdad", "بغداد", "bghdad", "Bagdád"]),
        _city("Kadhimiya", "IQ", 33.38, 44.34, 30_000),  # 7 km from Baghdad, small: a neighbourhood
        _city("Sadr City", "IQ", 33.47, 44.46, 1_500_000),  # big: a city of its own, 15 km from Baghdad
        _city("Husseiniya", "IQ", 33.53, 44.46, 20_000),  # 7 km north of Sadr City, across a whole degree
        _city("Erbil", "IQ", 36.19, 44.01, 932_800, ["Arbil", "Hewlêr", "Arbīl", "ERBIL"]),
        _city("Nairobi", "KE", -1.2833, 36.8167, 2_750_547),
        _city("Kisumu", "KE", -0.1, 34.75, 40_000, ["Nairobi"]),  # names the capital among its aliases, but small
        _city("Pristina", "XK", 42.67, 21.17, 50_001),  # the capital, a person over the threshold
    ]
    monkeypatch.setattr(gazetteer, "_csc_dir", lambda: csc)
    monkeypatch.setattr(gazetteer, "_geonames_cities", lambda: cities)
    gazetteer.build_gazetteer(folder / "gazetteer.sqlite")
    return gazetteer.Gazetteer(folder / "gazetteer.sqlite")


def _only(found: list, kind: str):
    (entry,) = [e for e in found if e.kind == kind]
    return entry


def test_a_built_country_answers_to_its_name_its_aliases_and_its_translations(small_gazetteer):
    from workbench.core.borders import main_landmass_point

    iraq = _only(small_gazetteer.lookup("Iraq"), "country")
    assert (iraq.name, iraq.cc, iraq.country, iraq.match, iraq.capital) == ("Iraq", "IQ", "Iraq", "exact", False)
    assert (iraq.lat, iraq.lon) == main_landmass_point("368") and iraq.population > 30_000_000
    assert _only(small_gazetteer.lookup("Irak"), "country").match == "alias"  # German, French, Dutch
    assert small_gazetteer.lookup("Iraque")[0].id == iraq.id  # Portuguese
    assert small_gazetteer.lookup("이라크") == []  # Korean: not a Latin alias
    assert small_gazetteer.country("KE").name == "Kenya" and small_gazetteer.country_code("Iraq") == "IQ"
    germania = small_gazetteer.lookup("Germania")  # Italian
    assert [(e.name, e.match) for e in germania] == [("Germany", "alias")]
    kosovo = small_gazetteer.country("XK")  # not in the shipped borders: the data set's own point
    assert (kosovo.lat, kosovo.lon) == (42.5612909, 20.3403035)


def test_built_units_are_first_level_unless_of_a_district_type_among_several(small_gazetteer):
    assert _only(small_gazetteer.lookup("Baghdad"), "governorate").country == "Iraq"
    assert _only(small_gazetteer.lookup("Kurdistan Region"), "governorate").cc == "IQ"
    assert _only(small_gazetteer.lookup("Qadaa Test"), "district").cc == "IQ"
    assert small_gazetteer.lookup("No Point") == []  # a unit without coordinates is left out
    # Kenya's units are all counties: its first level, whatever the type's name
    turkana = _only(small_gazetteer.lookup("Turkana County"), "governorate")
    assert (turkana.lat, turkana.lon, turkana.cc) == (3.31, 35.56, "KE")
    # a unit the additions name in English answers to its English names and to the data set's
    kharkiv = _only(small_gazetteer.lookup("Kharkiv Oblast"), "governorate")
    assert (kharkiv.name, kharkiv.match) == ("Kharkiv Oblast", "exact")
    assert [(e.id, e.match) for e in small_gazetteer.lookup("Kharkivska")] == [(kharkiv.id, "alias")]
    assert [(e.id, e.match) for e in small_gazetteer.lookup("Kharkiv")] == [(kharkiv.id, "alias")]


def test_the_build_adds_the_workbench_s_own_places(small_gazetteer):
    red_sea = _only(small_gazetteer.lookup("Red Sea"), "water")
    assert (red_sea.lat, red_sea.lon, red_sea.capital, red_sea.population) == (20.3, 38.5, False, 0)
    assert _only(small_gazetteer.lookup("the Mediterranean"), "water").name == "Mediterranean Sea"


def test_built_cities_keep_their_population_aliases_and_capital(small_gazetteer):
    baghdad = _only(small_gazetteer.lookup("Baghdad"), "city")
    assert (baghdad.population, baghdad.capital, baghdad.lat, baghdad.lon) == (7_216_000, True, 33.3406, 44.4009)
    assert small_gazetteer.lookup("Bagdád")[0].id == baghdad.id and small_gazetteer.lookup("Bagdad")[0].match == "alias"
    assert small_gazetteer.lookup("BGW") == [] and small_gazetteer.lookup("بغداد") == []  # airport code, script
    assert small_gazetteer.lookup("bghdad")[0].match == "skeleton"  # a machine transliteration is no alias
    assert _only(small_gazetteer.lookup("Arbil"), "city").name == "Erbil"
    assert {(e.name, e.capital) for e in small_gazetteer.lookup("Nairobi") if e.kind == "city"} == {
        ("Nairobi", True),
        ("Kisumu", False),
    }
    assert not _only(small_gazetteer.lookup("Kisumu"), "city").capital  # the capital's name, but 40 000 people
    assert _only(small_gazetteer.lookup("Pristina"), "city").capital  # a capital of over 50 000 people


def test_a_small_place_near_a_big_city_is_built_as_its_neighbourhood(small_gazetteer):
    kinds = {
        name: [e.kind for e in small_gazetteer.lookup(name)]
        for name in ("Kadhimiya", "Sadr City", "Husseiniya", "Karrada", "Shaqlawa")
    }
    assert kinds == {
        "Kadhimiya": ["neighbourhood"],
        "Sadr City": ["city"],
        "Husseiniya": ["neighbourhood"],
        "Karrada": ["neighbourhood"],
        "Shaqlawa": ["city"],
    }
    # the locality that GeoNames already has is not added again
    assert [e.kind for e in small_gazetteer.lookup("Baghdad")].count("city") == 1
    assert small_gazetteer.lookup("Nowhere") == []
    assert not any(e.capital for name in ("Karrada", "Shaqlawa") for e in small_gazetteer.lookup(name))


def test_built_localities_tell_the_unit_of_a_point_and_a_country_without_them_uses_its_units(small_gazetteer):
    assert small_gazetteer.first_level_unit(33.31, 44.42, "IQ").name == "Baghdad"
    assert small_gazetteer.first_level_unit(36.41, 44.30, "IQ").name == "Erbil"
    # 29 km west of Qadaa Town and 37 km south of Hay Janubi: the nearer by distance on the globe, not by degrees
    assert small_gazetteer.first_level_unit(31.0, 45.7, "IQ").name == "Qadaa Test"
    # 28 km north of Qadaa Town and 30 km east of Hay Janubi: a degree of longitude is short here, not nothing
    assert small_gazetteer.first_level_unit(31.25, 46.0, "IQ").name == "Qadaa Test"
    assert small_gazetteer.first_level_unit(3.0, 35.0, "KE").name == "Turkana County"
    assert small_gazetteer.first_level_unit(-1.3, 36.8, "KE").name == "Nairobi County"


def test_the_built_file_records_its_version_additions_and_data_releases(small_gazetteer):
    import sqlite3

    from workbench.core.gazetteer import GAZETTEER_VERSION, additions_digest, data_package_versions

    conn = sqlite3.connect(f"file:{small_gazetteer.path}?mode=ro", uri=True)
    meta = dict(conn.execute("SELECT k, v FROM meta"))
    names = conn.execute("SELECT key, skeleton, main FROM names n JOIN places p ON p.id = n.place_id WHERE p.name = 'Erbil' AND p.kind = 'city'").fetchall()  # fmt: skip
    units = conn.execute(
        "SELECT u.lat, u.lon, p.name FROM units u JOIN places p ON p.id = u.unit_id WHERE u.cc = 'KE' ORDER BY u.lat"
    ).fetchall()
    conn.close()
    assert meta == {
        "version": str(GAZETTEER_VERSION),
        "additions": additions_digest(),
        "data_packages": data_package_versions(),
    }
    assert sorted(names) == [("arbil", "rbl", 0), ("erbil", "rbl", 1), ("hewler", "hlr", 0)]  # each key once
    # the units of points, in 1/10 000 of a degree: Kenya's are its counties' centres
    assert units == [(-12900, 368200, "Nairobi County"), (33100, 355600, "Turkana County")]
    assert is_current(small_gazetteer.path)
