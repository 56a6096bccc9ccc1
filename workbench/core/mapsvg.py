"""A map as a picture, for exports: the shipped Natural Earth borders and the places, drawn as SVG.

The borders are world-atlas' TopoJSON (resources/map/countries-50m.js, decoded by borders.py); the view is an
equirectangular projection of the places' bounding box, widened to a sensible minimum.
"""

from __future__ import annotations

import functools
import html
import math

from .borders import Ring, all_rings
from .gazetteer import BROAD_KINDS
from .mapping import KIND_COLOURS, Marker, focus_markers

WIDTH, HEIGHT = 760, 460


def _view(markers: list[Marker]) -> tuple[float, float, float, float]:
    """(west, south, east, north): around the map's focus (mapping.focus_markers), padded to >= 12 degrees (the region around it)."""
    focus = focus_markers(markers)
    if not focus:
        return -180, -60, 180, 80
    lons, lats = [m.lon for m in focus], [m.lat for m in focus]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    span = max(east - west, (north - south) * WIDTH / HEIGHT, 12.0) * 1.3
    cx, cy = (west + east) / 2, (south + north) / 2
    half_w, half_h = span / 2, span * HEIGHT / WIDTH / 2
    return cx - half_w, max(-85, cy - half_h), cx + half_w, min(85, cy + half_h)


def _label_place(name: str, x: float, y: float, r: float, taken: list) -> tuple | None:
    """Where a marker's name fits without covering a box already taken: right of the marker, left, above,
    below. Returns (box, text x, text y, text-anchor) or None."""
    width = 7.0 * len(name)  # 12 px sans-serif, generous
    spots = (
        ((x + r + 3, y - 9, x + r + 3 + width, y + 5), x + r + 3, y + 4, "start"),
        ((x - r - 3 - width, y - 9, x - r - 3, y + 5), x - r - 3, y + 4, "end"),
        ((x - width / 2, y - r - 16, x + width / 2, y - r - 2), x, y - r - 5, "middle"),
        ((x - width / 2, y + r + 2, x + width / 2, y + r + 16), x, y + r + 12, "middle"),
    )
    for spot in spots:
        box = spot[0]
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken):
            return spot
    return None


@functools.cache
def _bounded_rings() -> list[tuple[tuple[float, float, float, float], Ring]]:
    """Every border ring of three points or more with its (west, south, east, north)."""
    bounded = []
    for ring in all_rings():
        if len(ring) >= 3:
            lons, lats = [p[0] for p in ring], [p[1] for p in ring]
            bounded.append(((min(lons), min(lats), max(lons), max(lats)), ring))
    return bounded


# Drawn once per view: a world map is some 30 000 points, and every export of articles without places shows it.
@functools.lru_cache(maxsize=16)
def _border_paths(west: float, south: float, east: float, north: float, width: int, height: int) -> str:
    """The SVG paths of the borders that reach into the view."""
    paths = []
    for (ring_west, ring_south, ring_east, ring_north), ring in _bounded_rings():
        if ring_east < west or ring_west > east or ring_north < south or ring_south > north:
            continue
        points = " L".join(
            f"{(lon - west) / (east - west) * width:.1f} {(north - lat) / (north - south) * height:.1f}"
            for lon, lat in ring
        )
        paths.append(f'<path d="M{points} Z" fill="#f4f1ea" stroke="#777" stroke-width="0.7"/>')
    return "".join(paths)


def map_svg(markers: list[Marker], width: int = WIDTH, height: int = HEIGHT, xmlns: bool = False) -> str:
    """The places over the borders as an SVG document (no external references)."""
    west, south, east, north = _view(markers)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) / (east - west) * width, (north - lat) / (north - south) * height

    namespace = 'xmlns="http://www.w3.org/2000/svg" ' if xmlns else ""  # QtSvg wants it; HTML5 does not
    parts = [
        f'<svg {namespace}viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="Map of the places named">',
        f'<rect width="{width}" height="{height}" fill="#dfeaf2"/>',
        _border_paths(west, south, east, north, width, height),
    ]
    outside, shown = [], []
    for m in sorted(markers, key=lambda m: -m.mentions):
        if west <= m.lon <= east and south <= m.lat <= north:
            x, y = xy(m.lon, m.lat)
            shown.append((m, x, y, min(5 + 2.5 * math.sqrt(m.mentions), 16)))
        elif m.kind not in BROAD_KINDS:
            outside.append(m.name)
    # Names may cover neither another name nor another marker (the biggest markers choose first).
    taken = [(x - r, y - r, x + r, y + r) for _, x, y, r in shown]
    for m, x, y, r in shown:
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{KIND_COLOURS.get(m.kind, "#7f7f7f")}" '
            f'fill-opacity="0.85" stroke="#333" stroke-width="1"/>'
        )
    for m, x, y, r in shown:
        own = (x - r, y - r, x + r, y + r)
        spot = _label_place(m.name, x, y, r, [b for b in taken if b != own])
        if spot is None:
            continue  # no room beside the marker: its name is in the report's tables
        box, text_x, text_y, anchor = spot
        taken.append(box)
        label = html.escape(m.name)
        at = f'x="{text_x:.1f}" y="{text_y:.1f}" text-anchor="{anchor}" font-family="sans-serif" font-size="12"'
        # A white halo under the name (drawn first: not every SVG renderer knows paint-order).
        parts.append(f'<text {at} fill="#fff" stroke="#fff" stroke-width="3">{label}</text>')
        parts.append(f'<text {at} fill="#111">{label}</text>')
    if outside:  # a picture cannot be panned: say which places it leaves out
        note = html.escape("Outside this view: " + ", ".join(dict.fromkeys(outside)))
        parts.append(
            f'<rect x="0" y="0" width="{width}" height="18" fill="#fff" fill-opacity="0.8"/>'
            f'<text x="6" y="13" font-family="sans-serif" font-size="11" fill="#333">{note}</text>'
        )
    parts.append(
        f'<text x="{width - 6}" y="{height - 6}" font-family="sans-serif" font-size="9" fill="#555" '
        'text-anchor="end">Borders: Natural Earth</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
