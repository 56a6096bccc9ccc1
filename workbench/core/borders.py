"""The shipped Natural Earth borders (world-atlas TopoJSON in resources/map), decoded once.

Used to draw the exports' map (mapsvg) and to give each country a point well inside its main landmass
(the gazetteer), where some data sets put a rounded "centre" hundreds of kilometres off.
"""

from __future__ import annotations

import functools
import json

from .settings import RESOURCES

Ring = list[tuple[float, float]]  # (lon, lat) points


@functools.cache
def country_polygons() -> dict[str, list[list[Ring]]]:
    """ISO 3166 numeric code -> polygons, each an outer ring then its holes; antimeridian crossings unwrapped."""
    raw = (RESOURCES / "map" / "countries-50m.js").read_text(encoding="utf-8")
    topo = json.loads(raw[raw.index("{") : raw.rindex("}") + 1])
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes) -> Ring:
        points: Ring = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        for k in range(1, len(points)):
            lon, lat = points[k]
            while lon - points[k - 1][0] > 180:
                lon -= 360
            while points[k - 1][0] - lon > 180:
                lon += 360
            points[k] = (lon, lat)
        return points

    polygons: dict[str, list[list[Ring]]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        parts = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry.get("type"), []
        )
        polygons.setdefault(str(geometry.get("id", "")), []).extend([ring(r) for r in polygon] for polygon in parts)
    return polygons


def all_rings() -> list[Ring]:
    return [r for polygons in country_polygons().values() for polygon in polygons for r in polygon]


def _area_and_centroid(ring: Ring) -> tuple[float, float, float]:
    """Planar (lon/lat) area and centroid of a ring, by the shoelace formula."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def main_landmass_point(numeric_code: str) -> tuple[float, float] | None:
    """(lat, lon) of a country's point: the centroid of its largest polygon or, for an archipelago whose
    largest island holds less than half its land, the area-weighted centre of all its islands (Luzon is not
    the Philippines' middle); None if the borders lack the country."""
    polygons = country_polygons().get(str(numeric_code).zfill(3)) or country_polygons().get(
        str(int(numeric_code)) if str(numeric_code).isdigit() else ""
    )
    if not polygons:
        return None
    parts = [part for p in polygons if p and len(p[0]) >= 3 and (part := _area_and_centroid(p[0]))[0]]
    if not parts:
        return None
    area, lon, lat = max(parts)
    total = sum(a for a, _, _ in parts)
    if area < total / 2:
        # longitudes taken on the largest island's side of the antimeridian, so that 179 and -179 meet
        lon = sum(a * ((x - lon + 180) % 360 - 180 + lon) for a, x, _ in parts) / total
        lat = sum(a * y for a, _, y in parts) / total
    lon = (lon + 180) % 360 - 180
    return round(lat, 4), round(lon, 4)
