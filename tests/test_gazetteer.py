"""The offline gazetteer: transliteration-tolerant names, first-level units, neighbourhoods."""

from __future__ import annotations

import pytest

from workbench.core.gazetteer import name_key, skeleton_key
from workbench.core.lexicon import english_unit_names


@pytest.mark.parametrize(
    "a, b",
    [
        ("al-Mashtal", "Mashtal"),
        ("Al-Anbar", "Al Anbar"),
        ("Hodeidah", "Hodeida"),
        ("Marjaayoun", "Marjayoun"),
        ("ash-Sham", "Sham"),
        ("Ḩamāh", "Hamah"),
        ("U.S.", "US"),
        # letters Unicode does not decompose are written plain, not dropped
        ("Đà Nẵng", "Da Nang"),
        ("Łódź", "Lodz"),
        ("Diyarbakır", "Diyarbakir"),
        # the short words names are written with
        ("St Ann", "Saint Ann"),
        ("Ste. Rose", "Sainte-Rose"),
        ("Mt. Kenya", "Mount Kenya"),
    ],
)
def test_name_keys_fold_arabic_transliteration_variants(a, b):
    assert name_key(a) == name_key(b)


def test_spelling_skeleton_joins_sulaimani_and_sulaymaniyah():
    assert skeleton_key("Sulaimani") == skeleton_key("Sulaymaniyah")
    assert name_key("Sulaimani") != name_key("Sulaymaniyah")


def test_anbar_is_a_governorate_and_mashtal_a_baghdad_neighbourhood(gazetteer):
    assert any(e.kind == "governorate" and e.cc == "IQ" for e in gazetteer.lookup("Al-Anbar"))
    mashtal = [e for e in gazetteer.lookup("al-Mashtal") if e.cc == "IQ"]
    assert mashtal and mashtal[0].kind == "neighbourhood"


def test_airport_codes_are_not_place_names(gazetteer):
    assert not any(e.name == "Parma" for e in gazetteer.lookup("PMF"))


def test_country_aliases(gazetteer):
    for alias in ("U.S.", "Britain", "UK", "Bahrein"):
        assert any(e.kind == "country" for e in gazetteer.lookup(alias)), alias


def test_a_former_state_is_a_region_of_its_own_not_a_spelling_guess(gazetteer):
    for name in ("Soviet Union", "USSR", "former Yugoslavia"):
        assert [e.kind for e in gazetteer.lookup(name) if e.match != "skeleton"][:1] == ["region"], name


def test_a_gazetteer_built_from_other_additions_is_not_current(gazetteer, tmp_path):
    import sqlite3

    from workbench.core.gazetteer import is_current

    assert is_current(gazetteer.path)  # the session's gazetteer matches resources/gazetteer/additions.json
    stale = tmp_path / "old.sqlite"
    with sqlite3.connect(stale) as conn:
        conn.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
        conn.execute("INSERT INTO meta VALUES ('additions', 'an older file')")
    conn.close()
    assert not is_current(stale)
    assert not is_current(tmp_path / "missing.sqlite")


def test_countries_sit_inside_their_main_landmass(gazetteer):
    from workbench.core.gazetteer import distance_km

    somalia = next(e for e in gazetteer.lookup("Somalia") if e.kind == "country")
    assert distance_km(somalia.lat, somalia.lon, 5.2, 46.2) < 200  # the data set's own point is 600 km north
    canada = next(e for e in gazetteer.lookup("Canada") if e.kind == "country")
    assert distance_km(canada.lat, canada.lon, 56.1, -106.3) < 500
    malaysia = next(e for e in gazetteer.lookup("Malaysia") if e.kind == "country")
    assert distance_km(malaysia.lat, malaysia.lon, 4.2, 102.0) < 100  # the additions' point: the peninsula


@pytest.mark.parametrize("word", ["Mar", "Noor", "Alla", "Nor", "Irq"])
def test_country_codes_are_no_country_names(gazetteer, word):
    """ISO alpha-3 codes ('MAR', 'NOR', 'ALA') would turn 'Mar 3' and 'Al Noor' into countries once case is folded."""
    assert not [e for e in gazetteer.lookup(word) if e.kind == "country"]


def test_demonyms_in_an_name_their_country_in_o(gazetteer):
    from workbench.core.lexicon import country_of_demonym, names_a_people

    assert country_of_demonym("Mexican", gazetteer) == "MX"
    assert country_of_demonym("Moroccan", gazetteer) == "MA"
    assert names_a_people("Mexican", gazetteer)
    # a people's name that is its country's name's first syllable, not a demonym's ending
    assert country_of_demonym("Lao", gazetteer) == country_of_demonym("Laotian", gazetteer) == "LA"


def test_a_demonym_names_the_country_with_the_longest_name_it_leaves(gazetteer):
    """'Nigerian' leaves both 'Niger' (-ian) and 'Nigeria' (-n): the longer name is meant."""
    from workbench.core.lexicon import country_of_demonym

    assert country_of_demonym("Nigerian", gazetteer) == "NG"
    assert country_of_demonym("Nigerians", gazetteer) == "NG"
    assert country_of_demonym("Nigerien", gazetteer) == "NE"
    assert country_of_demonym("Guinean", gazetteer) == "GN"
    assert country_of_demonym("Dominican", gazetteer) == "DO"  # the republic, in the news, not Dominica


@pytest.mark.parametrize(
    "lat, lon, cc, unit",
    [
        (33.34, 44.40, "IQ", "Baghdad"),
        (36.19, 44.01, "IQ", "Erbil"),  # the governorate, though the Kurdistan Region's centre lies 1 km away
        (36.34, 43.13, "IQ", "Nineveh"),  # Mosul
        (49.99, 36.23, "UA", "Kharkiv Oblast"),  # named as the gazetteer names it (additions.json's English)
        (34.05, -118.24, "US", "California"),
    ],
)
def test_a_point_lies_in_the_first_level_unit_of_its_nearest_locality(gazetteer, lat, lon, cc, unit):
    found = gazetteer.first_level_unit(lat, lon, cc)
    assert found.name == unit and found.cc == cc


def test_a_country_name_gives_its_iso_code(gazetteer):
    assert gazetteer.country_code("Iraq") == "IQ" and gazetteer.country_code("United States") == "US"
    assert gazetteer.country_code("") is None and gazetteer.country_code("Middle East") is None


def test_provinces_named_with_a_french_or_one_word_compass_answer_to_their_english_names(gazetteer):
    assert english_unit_names("Nord-Kivu") == ["North Kivu"]
    assert english_unit_names("Sud-Ouest") == ["South-West", "South West"]
    assert english_unit_names("Nord") == [] and english_unit_names("Estuaire") == []  # no lone 'North'
    assert english_unit_names("Northwestern") == ["North-Western", "North Western"]
    found = {
        name: {(e.name, e.cc) for e in gazetteer.lookup(name) if e.kind == "governorate"}
        for name in ("North Kivu", "North-West")
    }
    assert ("Nord-Kivu", "CD") in found["North Kivu"]
    assert ("Northwest", "CM") in found["North-West"]


def test_mexican_states_answer_to_the_short_names_reporting_uses(gazetteer):
    for name in ("Michoacan", "Michoacán", "Coahuila", "State of Mexico"):
        assert any(e.kind == "governorate" and e.cc == "MX" for e in gazetteer.lookup(name)), name


def test_somalia_s_federal_member_states_and_the_sahara_are_places(gazetteer):
    for name in ("Jubaland", "Galmudug", "Hirshabelle", "South West State"):
        assert any(e.kind == "governorate" and e.cc == "SO" for e in gazetteer.lookup(name)), name
    assert any(e.kind == "region" for e in gazetteer.lookup("Sahara"))


def test_regions_and_tribal_districts_that_reporting_names_are_places(gazetteer):
    for name, kind, cc in (
        ("Kabylie", "region", "DZ"),
        ("Niger Delta", "region", "NG"),
        ("Eastern Ghouta", "region", "SY"),
        ("Orakzai Agency", "district", "PK"),
        ("Swat Valley", "district", "PK"),
        ("Hadramout", "governorate", "YE"),
    ):
        assert any(e.kind == kind and e.cc == cc for e in gazetteer.lookup(name)), name


def test_a_country_whose_units_are_all_counties_has_them_as_its_first_level(gazetteer):
    assert any(e.kind == "governorate" and e.cc == "KE" for e in gazetteer.lookup("Garissa"))  # Kenya: 47 counties
    assert any(e.kind == "governorate" and e.cc == "SE" for e in gazetteer.lookup("Uppsala"))  # Sweden's län
    assert not any(e.kind == "governorate" and e.cc == "GB" for e in gazetteer.lookup("Somerset"))  # mixed: below


def test_a_governorate_named_with_a_direction_is_the_governorate_not_the_peninsula(gazetteer):
    """'North Sinai' is Egypt's province, not the peninsula's centre 120 km south of it."""
    best = max(gazetteer.lookup("North Sinai"), key=lambda e: e.match == "exact")
    assert (best.kind, best.cc) == ("governorate", "EG")
    assert not any(e.kind == "region" for e in gazetteer.lookup("North Sinai"))


@pytest.mark.parametrize(
    ("written", "cc"), [("Co Londonderry", "GB"), ("County Derry", "GB"), ("Co. Kerry", "IE"), ("County Donegal", "IE")]
)
def test_irish_and_northern_irish_counties_answer_to_county_and_co(gazetteer, written, cc):
    assert any(e.cc == cc and e.kind == "district" and e.match != "skeleton" for e in gazetteer.lookup(written))


def test_the_people_of_a_breakaway_region_are_a_sign_of_the_country_it_lies_in(gazetteer):
    from workbench.core.lexicon import country_of_demonym

    assert [country_of_demonym(w, gazetteer) for w in ("Transnistrian", "Abkhaz", "South Ossetian")] == [
        "MD",
        "GE",
        "GE",
    ]


@pytest.mark.parametrize("name", ["Yellow Sea", "Adriatic", "Gulf of Thailand", "Mekong", "North Sea"])
def test_the_seas_and_rivers_reporting_names_are_known(gazetteer, name):
    assert any(e.kind == "water" for e in gazetteer.lookup(name))


def test_a_unit_answers_to_the_french_name_reporting_gives_it(gazetteer):
    assert ("Adamawa", "CM") in {(e.name, e.cc) for e in gazetteer.lookup("Adamaoua") if e.kind == "governorate"}


def test_a_name_written_with_its_words_run_together_is_its_own_not_a_spelling_guess(gazetteer):
    found = gazetteer.lookup("Sanpedrosula")  # 'San Pedro Sula' in the gazetteer
    assert found and {e.match for e in found if e.cc == "HN"} == {"alias"}, found
    guess = gazetteer.lookup("Sanpedrosola")  # another spelling: a guess
    assert guess and all(e.match == "skeleton" for e in guess), guess


def test_a_state_is_found_by_the_name_reporting_still_gives_it(gazetteer):
    assert any(e.kind == "governorate" and e.cc == "MM" for e in gazetteer.lookup("Arakan State"))  # Rakhine
    assert any(e.kind == "governorate" and e.cc == "MM" for e in gazetteer.lookup("Pegu"))  # Bago


@pytest.mark.parametrize("name, cc", [("Kyushu", "JP"), ("Luzon", "PH"), ("Shikoku", "JP"), ("Negev", "IL")])
def test_islands_valleys_and_deserts_news_names_are_regions(name, cc, gazetteer):
    assert any(e.kind == "region" and e.cc == cc and e.match == "exact" for e in gazetteer.lookup(name))
