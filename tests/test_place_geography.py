"""The place resolver's sense of an article's geography: small homonyms abroad are turned down (issue 10).

Mentions are built by hand (no statistical model), so each test checks the resolver alone."""

from __future__ import annotations

import re

from workbench.core.gazetteer import GazetteerEntry, distance_km
from workbench.core.models import Mention, Span
from workbench.core.places import ArticleGeography, fits_geography, resolve_places

DEIR_EZZOR = (35.33, 40.14)


def mentions_of(text: str, names: dict[str, str]) -> list[Mention]:
    """Every occurrence of each name, with the label given."""
    return sorted((Mention(m.start(), m.end(), m.group(), label, "")
                   for name, label in names.items() for m in re.finditer(re.escape(name), text)),
                  key=lambda m: m.start)


def sentences_of(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.]+\.", text)]


def resolve(text: str, names: dict[str, str], gazetteer):
    return {p.mentions[0].text: p for p in resolve_places(text, mentions_of(text, names), sentences_of(text), gazetteer)}


def entry(name, cc, lat, lon, kind="city", population=1_000, capital=False):
    return GazetteerEntry(1, name, kind, lat, lon, cc, cc, population, capital)


SYRIA_STORY = ArticleGeography(frozenset({"SY"}), (DEIR_EZZOR, (35.0, 38.5)))


def test_a_small_town_abroad_far_from_every_place_of_the_story_is_a_homonym():
    assert not fits_geography(entry("Omar", "US", 39.6, -80.9, population=552), SYRIA_STORY, set())


def test_a_place_in_the_story_s_countries_or_near_its_places_fits():
    assert fits_geography(entry("Hajin", "SY", 34.69, 40.83), SYRIA_STORY, set())
    assert fits_geography(entry("Akcakale", "TR", 36.71, 38.95), SYRIA_STORY, set())  # across the border


def test_a_capital_a_major_city_or_a_place_with_its_country_named_beside_it_fits_anywhere():
    assert fits_geography(entry("Washington", "US", 38.9, -77.0, population=700_000, capital=True), SYRIA_STORY, set())
    assert fits_geography(entry("Houston", "US", 29.8, -95.4, population=2_300_000), SYRIA_STORY, set())
    assert fits_geography(entry("Paris", "US", 33.66, -95.56, population=25_000), SYRIA_STORY, {"US"})


def test_without_a_geography_nothing_is_turned_down():
    assert fits_geography(entry("Omar", "US", 39.6, -80.9), ArticleGeography(frozenset(), ()), set())


def test_an_oilfield_named_like_an_american_town_stays_in_the_story_s_country(gazetteer):
    text = ("Drones struck the al-Omar oilfield near Deir ez-Zor in eastern Syria. "
            "Syria said the strikes on Deir ez-Zor and Raqqa killed three. Omar was hit before.")
    places = resolve(text, {"al-Omar oilfield": "FAC", "Deir ez-Zor": "GPE", "Syria": "GPE", "Raqqa": "GPE",
                            "Omar": "GPE"}, gazetteer)
    for name in ("al-Omar oilfield", "Omar"):
        p = places[name]
        assert p.country != "United States", p.reason
        assert p.lat is None or distance_km(p.lat, p.lon, *DEIR_EZZOR) < 300, p.reason


def test_the_trace_says_which_homonyms_were_turned_down(gazetteer):
    text = "Fighting near Raqqa and Deir ez-Zor in Syria went on. In Syria, Omar was shelled."
    places = resolve(text, {"Raqqa": "GPE", "Deir ez-Zor": "GPE", "Syria": "GPE", "Omar": "GPE"}, gazetteer)
    assert "turned down" in places["Omar"].reason and "(city, United States)" in places["Omar"].reason


def test_a_small_american_town_is_found_when_the_story_is_american(gazetteer):
    text = "Storms hit Omar, West Virginia, on Monday. West Virginia officials said Omar lost power."
    places = resolve(text, {"Omar": "GPE", "West Virginia": "GPE"}, gazetteer)
    assert places["Omar"].country == "United States", places["Omar"].reason


def test_an_administrative_noun_after_a_name_says_which_unit_is_meant(gazetteer):
    text = "Gunmen attacked villages in Kano State. Kano State police said."
    places = resolve(text, {"Kano State": "GPE"}, gazetteer)
    assert places["Kano State"].kind == "governorate" and places["Kano State"].country == "Nigeria"


def test_a_dateline_city_is_no_context_for_places_the_gazetteer_lacks(gazetteer):
    """Wire copy filed from a bureau far away: an unknown village is not put at the bureau."""
    text = "DAKAR (AFP) - Drones struck Zzyzxville on Sunday. The army of Mali said Zzyzxville was a rebel base."
    places = resolve(text, {"DAKAR": "GPE", "Zzyzxville": "GPE", "Mali": "GPE"}, gazetteer)
    village = places["Zzyzxville"]
    assert village.country == "Mali", village.reason
    assert "Dakar" not in village.reason


def test_is_dateline_tells_a_dateline_from_a_sentence():
    from workbench.core.places import is_dateline

    assert is_dateline("KHARTOUM (Reuters) - Clashes", 0, 8)
    assert is_dateline("BEIRUT, Lebanon (AP) -- Strikes", 0, 6)
    assert is_dateline("x\nDAKAR - Fifteen", 2, 7)
    assert not is_dateline("Khartoum said on Monday", 0, 8)
    assert not is_dateline("In KHARTOUM, clashes", 3, 11)


def test_a_spelling_guess_needs_to_know_where_the_article_is(gazetteer):
    """No country named, no place known for sure: a consonant-skeleton match is a guess at random."""
    text = "Gunmen raided Tarangol overnight, residents said."
    place = resolve(text, {"Tarangol": "GPE"}, gazetteer)["Tarangol"]
    assert place.lat is None and place.reason.startswith("unplaced"), place.reason


def test_a_local_report_that_names_no_country_is_placed_where_most_of_its_names_are(gazetteer):
    from collections import Counter

    from workbench.core.places import (
        _candidates,
        _group_mentions,
        _Sentences,
        article_geography,
    )

    text = "Gunmen attacked Bokkos in Plateau State. Residents of Bokkos fled."
    mentions = mentions_of(text, {"Bokkos": "GPE", "Plateau State": "GPE"})
    groups = _group_mentions(text, mentions, _Sentences(sentences_of(text)))
    candidates = {g.key: _candidates(g, gazetteer) for g in groups}
    assert article_geography(groups, candidates, gazetteer, Counter()).countries == {"NG"}


def test_a_country_named_once_beside_the_story_is_not_its_geography(gazetteer):
    text = ("Insurgents attacked Mocimboa da Praia and Macomia in Cabo Delgado, Mozambique. "
            "Mozambique's army and troops from Rwanda retook Macomia. Palma was calm.")
    places = resolve(text, {"Mocimboa da Praia": "GPE", "Macomia": "GPE", "Cabo Delgado": "GPE", "Mozambique": "GPE",
                            "Rwanda": "GPE", "Palma": "GPE"}, gazetteer)
    assert places["Palma"].country != "Spain", places["Palma"].reason


def test_a_us_state_and_the_country_of_the_same_name_are_told_apart_by_context(gazetteer):
    text = "Police in Atlanta, Georgia, arrested two men. Georgia officials said Atlanta was calm."
    state = resolve(text, {"Atlanta": "GPE", "Georgia": "GPE"}, gazetteer)["Georgia"]
    assert (state.kind, state.country) == ("governorate", "United States"), state.reason
    text = "Protesters in Tbilisi, Georgia, clashed with police. Georgia's parliament passed the law."
    country = resolve(text, {"Tbilisi": "GPE", "Georgia": "GPE"}, gazetteer)["Georgia"]
    assert (country.kind, country.country) == ("country", "Georgia"), country.reason
    alone = resolve("Georgia's parliament passed the law.", {"Georgia": "GPE"}, gazetteer)["Georgia"]
    assert alone.kind == "country"
