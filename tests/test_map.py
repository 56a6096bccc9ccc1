"""What the map opens on, in the window and in exported pictures (no Qt needed)."""

from __future__ import annotations

from workbench.core.mapping import Marker, focus_markers
from workbench.core.mapsvg import map_svg


def marker(id_, name, kind, lat, lon, mentions=1):
    return Marker(id_, name, kind, lat, lon, "", mentions)


BAGHDAD = marker(0, "Baghdad", "city", 33.34, 44.40, 3)
MASHTAL = marker(1, "Mashtal", "neighbourhood", 33.32, 44.49)
ANBAR = marker(2, "Al Anbar", "governorate", 32.79, 41.61)
WASHINGTON = marker(3, "Washington <DC>", "city", 38.90, -77.04)
UNITED_STATES = marker(4, "United States", "country", 38.0, -97.0, 5)


def names(markers):
    return sorted(m.name for m in markers)


def test_the_map_opens_on_the_cluster_that_holds_most_mentions():
    assert names(focus_markers([BAGHDAD, MASHTAL, ANBAR, WASHINGTON, UNITED_STATES])) == [
        "Al Anbar",
        "Baghdad",
        "Mashtal",
    ]


def test_without_a_dominant_cluster_every_specific_place_is_framed():
    kyiv, damascus = marker(5, "Kyiv", "city", 50.45, 30.52, 2), marker(6, "Damascus", "city", 33.51, 36.29, 2)
    assert names(focus_markers([kyiv, damascus, WASHINGTON])) == ["Damascus", "Kyiv", "Washington <DC>"]


def test_countries_are_framed_only_when_they_are_all_there_is():
    jordan = marker(7, "Jordan", "country", 31.0, 36.0)
    assert names(focus_markers([UNITED_STATES, jordan])) == ["Jordan", "United States"]
    assert names(focus_markers([UNITED_STATES, jordan, BAGHDAD])) == ["Baghdad"]
    assert focus_markers([]) == []


def test_the_exported_picture_names_the_places_it_leaves_out():
    svg = map_svg([BAGHDAD, MASHTAL, ANBAR, WASHINGTON, UNITED_STATES])
    assert "Outside this view: Washington &lt;DC&gt;" in svg
    assert ">Baghdad</text>" in svg and ">Washington" not in svg.replace("view: Washington", "")
    assert "United States" not in svg  # a country out of view is not news
    assert "Outside this view" not in map_svg([BAGHDAD, MASHTAL])


def test_names_of_neighbouring_markers_do_not_cover_each_other():
    import re

    svg = map_svg([BAGHDAD, MASHTAL, ANBAR])
    labels = {
        m[3]: (float(m[0]), m[2])
        for m in re.findall(r'<text x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)"[^>]*fill="#111">([^<]+)</text>', svg)
    }
    assert set(labels) == {"Baghdad", "Mashtal", "Al Anbar"}
    # Baghdad and Mashtal are 8 km apart: their names go to different sides of the markers.
    assert labels["Baghdad"][1] != labels["Mashtal"][1]


TEMPLATE_PAYLOADS = ["{{ 7*7 }}", "{{ ''.__class__.__mro__ }}", "{% raw %}", "{# unclosed", "{% endraw %}", "#}"]


def data_island(page: str) -> dict:
    import json
    import re

    return json.loads(
        re.search(r'<script type="application/json" id="wb-data">(.*?)</script>', page, re.DOTALL).group(1)
    )


def test_article_text_on_the_map_page_is_data_never_template_source():
    """branca compiles every folium Element as Jinja: article text must never be one (issue 9)."""
    from workbench.core.mapping import map_html

    sentences = tuple(f"Officials in Baghdad said {p} on Monday." for p in TEMPLATE_PAYLOADS)
    page = map_html([Marker(0, "{{ 7*7 }} {% raw %}", "city", 33.3, 44.4, "Iraq", 2, sentences, "{# title")])
    island = data_island(page)
    assert island["markers"][0]["name"] == "{{ 7*7 }} {% raw %}"
    assert list(island["markers"][0]["sentences"]) == list(sentences)
    assert island["markers"][0]["article"] == "{# title"
    assert page.count('id="wb-data"') == 1  # folium's own ids are random hex: look in the island, not the page


def test_markup_in_map_data_cannot_close_the_data_island():
    from workbench.core.mapping import map_html

    evil = "</script><script>window.pwned=1</script><!--"
    page = map_html([Marker(0, evil, "city", 33.3, 44.4, "Iraq", 1, (evil,))])
    assert "window.pwned=1</script>" not in page
    assert data_island(page)["markers"][0]["name"] == evil


def circles(svg: str) -> list[tuple[float, float, float]]:
    import re

    return [tuple(map(float, c)) for c in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', svg)]


def test_the_picture_frames_its_places_with_a_margin_and_sizes_markers_by_mentions():
    """Mosul (4 mentions) and Basra (1), 6 degrees apart north to south: the view is 1.3 times their span,
    centred on them, so they sit 3/13 of the picture's height from its edges; a marker grows with its mentions."""
    mosul, basra = marker(0, "Mosul", "city", 36.0, 43.0, 4), marker(1, "Basra", "city", 30.0, 43.0)
    assert circles(map_svg([mosul, basra])) == [(380.0, 83.8, 10.0), (380.0, 376.2, 7.5)]
    assert circles(map_svg([marker(2, "Kirkuk", "city", 35.47, 44.39)])) == [(380.0, 230.0, 7.5)]  # alone: the middle


def test_a_name_goes_right_of_its_marker_then_left_above_below_or_nowhere_as_room_allows():
    from workbench.core.mapsvg import _label_place

    x, y, r = 100.0, 100.0, 5.0  # "Mosul": 5 letters, 35 px wide
    right, left, above, below = (108, 91, 143, 105), (57, 91, 92, 105), (82.5, 79, 117.5, 93), (82.5, 107, 117.5, 121)
    assert _label_place("Mosul", x, y, r, []) == (right, 108, 104, "start")
    assert _label_place("Mosul", x, y, r, [(130, 97, 140, 103)]) == (left, 92, 104, "end")
    assert _label_place("Mosul", x, y, r, [(130, 97, 140, 103), (60, 97, 70, 103)]) == (above, 100, 90, "middle")
    taken = [(130, 97, 140, 103), (60, 97, 70, 103), (95, 85, 105, 90)]
    assert _label_place("Mosul", x, y, r, taken) == (below, 100, 117, "middle")
    assert _label_place("Mosul", x, y, r, [*taken, (95, 115, 105, 120)]) is None  # its name is in the tables
    # A box that only touches the spot's edge leaves it free.
    assert _label_place("Mosul", x, y, r, [(143.5, 91, 150, 105)])[3] == "start"


def test_the_picture_is_one_well_formed_svg_of_drawing_elements_with_the_borders_credit_in_its_corner():
    import xml.etree.ElementTree as ET

    svg = map_svg([BAGHDAD, MASHTAL], xmlns=True)
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert not (root.text or "").strip() and all(not (e.tail or "").strip() for e in root)  # no stray text
    credit = root[-1]
    assert (credit.text, credit.get("x"), credit.get("y"), credit.get("text-anchor")) == (
        "Borders: Natural Earth",
        "754",
        "454",
        "end",
    )
    assert map_svg([BAGHDAD]).startswith('<svg viewBox="0 0 760 460" ')  # in HTML: no namespace
