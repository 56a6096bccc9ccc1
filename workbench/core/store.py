"""The library on disk: the only module with SQL. One SQLite file through sqlite-utils, schema by migrations.

An article and everything the machine read in it are written in one transaction: stored whole or not at
all. The analyst's own work (corrections, highlights, notes, tags) lives in tables that re-analysis never
touches.

Several processes may share one library (the window and `workbench ingest`, two imports at once). Every
write transaction takes the write lock when it starts (`BEGIN IMMEDIATE`), and a writer that finds the lock
taken waits up to BUSY_TIMEOUT_S seconds for it. A deferred `BEGIN` would read first and ask for the lock
later; if another writer committed in between, SQLite cannot upgrade the stale read and fails at once with
"database is locked", without waiting.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path

import sqlite_utils

from .models import (
    Analysis,
    ArticleDraft,
    ArticleSummary,
    Correction,
    Entity,
    Event,
    Highlight,
    Mention,
    Place,
    PlaceCandidate,
    Span,
    StoredArticle,
)

BUSY_TIMEOUT_S = 30.0  # how long a writer waits for another process's write transaction to end

MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = []


def migration(fn: Callable[[sqlite_utils.Database], None]):
    """Register a schema step; steps run once each, in the order they are defined."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_initial(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        {
            "id": int,
            "title": str,
            "source": str,
            "url": str,
            "author": str,
            "published": str,
            "text": str,
            "format": str,
            "path": str,
            "content_hash": str,
            "minhash": bytes,
            "near_duplicate_of": int,
            "imported_at": str,
            "analysed_at": str,
            "model": str,
        },
        pk="id",
    )
    db["articles"].create_index(["content_hash"], unique=True)
    db["minhash_bands"].create(
        {"article_id": int, "band": int, "hash": str}, foreign_keys=[("article_id", "articles", "id")]
    )
    db["minhash_bands"].create_index(["band", "hash"])
    db["entities"].create(
        {"id": int, "article_id": int, "label": str, "canonical": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["mentions"].create(
        {"id": int, "article_id": int, "entity_id": int, "start": int, "end": int, "text": str, "label": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db["places"].create(
        {
            "id": int,
            "article_id": int,
            "name": str,
            "kind": str,
            "lat": float,
            "lon": float,
            "country": str,
            "confidence": float,
            "gazetteer_id": int,
            "alternatives": str,
            "mentions": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["events"].create(
        {
            "id": int,
            "article_id": int,
            "text": str,
            "start": int,
            "end": int,
            "date": str,
            "end_date": str,
            "granularity": str,
            "sentence": str,
            "sentence_start": int,
            "sentence_end": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["sentences"].create(
        {"article_id": int, "start": int, "end": int}, foreign_keys=[("article_id", "articles", "id")]
    )
    db["highlights"].create(
        {"id": int, "article_id": int, "start": int, "end": int, "color": str, "note": str, "created": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["notes"].create(
        {"id": int, "article_id": int, "text": str, "created": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["tags"].create(
        {"article_id": int, "tag": str}, pk=("article_id", "tag"), foreign_keys=[("article_id", "articles", "id")]
    )
    db["corrections"].create(
        {
            "id": int,
            "article_id": int,
            "kind": str,
            "start": int,
            "end": int,
            "text": str,
            "payload": str,
            "created": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    for table in ("entities", "mentions", "places", "events", "sentences", "highlights", "notes", "corrections"):
        db[table].create_index(["article_id"])
    db["mentions"].create_index(["entity_id"])
    db["entities"].create_index(["canonical"])
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")


@migration
def m002_library_counts(db: sqlite_utils.Database) -> None:
    """Counts kept on the article row, so that sorting 100 000 articles by them uses an index."""
    for column in ("n_people", "n_organisations", "n_places"):
        db["articles"].add_column(column, int, not_null_default=0)
    db.execute(
        "UPDATE articles SET "
        "n_people = (SELECT COUNT(*) FROM entities e WHERE e.article_id = articles.id AND e.label = 'PERSON'), "
        "n_organisations = (SELECT COUNT(*) FROM entities e WHERE e.article_id = articles.id AND e.label = 'ORG'), "
        "n_places = (SELECT COUNT(*) FROM places p WHERE p.article_id = articles.id)"
    )
    for column in ("title", "source", "published", "n_people", "n_organisations", "n_places"):
        db["articles"].create_index([column])


@migration
def m003_place_reasons(db: sqlite_utils.Database) -> None:
    """Each place keeps how it was placed (or why not); an older library's places have none until re-analysed."""
    db["places"].add_column("reason", str, not_null_default="")


@migration
def m004_article_language(db: sqlite_utils.Database) -> None:
    """Each article's language (ISO 639-1); an older library's articles have '' (undecided, read as English)
    until they are analysed again."""
    db["articles"].add_column("language", str, not_null_default="")
    db["articles"].create_index(["language"])


ANALYSIS_TABLES = ("mentions", "entities", "places", "events", "sentences")


@dataclass(frozen=True)
class LibraryQuery:
    """What the library list shows: full-text words, filters, and the sort order."""

    text: str = ""
    entity: str = ""
    place: str = ""
    tag: str = ""
    date_from: date | None = None
    date_to: date | None = None
    order: str = "id"
    descending: bool = False


def _only_words(q: LibraryQuery) -> bool:
    """Whether the full-text words are the query's only filter."""
    return q == LibraryQuery(text=q.text, order=q.order, descending=q.descending)


def _where(q: LibraryQuery, walk: bool = False) -> tuple[str, list]:
    """The query's filters as SQL. `walk`: the full-text filter as a test of each row the list walks through
    in its order, rather than the rows the search finds, which the list would then sort (see `summaries`)."""
    clauses, params = [], []
    match = full_text_query(q.text).match
    if match:
        # '+a.id' is no longer the rowid to SQLite, so it cannot look the matches up by it: it tests each row
        clauses.append(
            ("+a.id" if walk else "a.id") + " IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        )
        params.append(match)
    if q.entity.strip():
        clauses.append("a.id IN (SELECT article_id FROM entities WHERE canonical LIKE ?)")
        params.append(f"%{q.entity.strip()}%")
    if q.place.strip():
        clauses.append("a.id IN (SELECT article_id FROM places WHERE name LIKE ? OR mentions LIKE ?)")
        params += [f"%{q.place.strip()}%"] * 2
    if q.tag.strip():
        clauses.append("a.id IN (SELECT article_id FROM tags WHERE tag = ?)")
        params.append(q.tag.strip())
    if q.date_from:
        clauses.append("a.published >= ?")
        params.append(q.date_from.isoformat())
    if q.date_to:
        clauses.append("a.published <= ?")
        params.append(q.date_to.isoformat())
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


class DuplicateArticle(Exception):
    """The library already holds an article with the same text."""

    def __init__(self, article_id: int):
        super().__init__(f"same text as article {article_id}")
        self.article_id = article_id


class LibraryHashes:
    """Which texts a library holds, read-only and without migrations: an import's worker processes skip the
    files the library holds already before analysing them (the writer asks again as it stores). Its
    connection ends with the worker's process."""

    def __init__(self, path: str | Path):
        self._conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)

    def find(self, content_hash: str) -> int | None:
        try:
            row = self._conn.execute("SELECT id FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
        except sqlite3.Error:  # a shortcut only: not knowing costs an analysis, and the writer asks again
            return None
        return row[0] if row else None


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str
    snippet: str


class SearchHits(list):
    """Search hits, best first; `notice` tells the analyst when part of the query was left out."""

    def __init__(self, hits: Iterable[SearchHit] = (), notice: str = ""):
        super().__init__(hits)
        self.notice = notice


class SearchError(ValueError):
    """An advanced (FTS5) query the library cannot run; the message says why."""


# bm25 costs about a microsecond per matching article: words in most of 100 000 articles would take a tenth
# of a second to rank, and rank them by little (their weight falls to nothing when most articles hold them).
RANKED_AT_MOST = 10_000
MAX_SEARCH_TERMS = 32  # more words narrow nothing a reader needs, and each costs a pass over its posting list
_TERM = re.compile(r"[^\W_]+")  # what SQLite's unicode61 tokenizer keeps as a token: letters and digits
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # Unicode's Cc and Cs categories


@dataclass(frozen=True)
class FullTextQuery:
    """The analyst's words as an FTS5 MATCH expression, the words searched (as typed), and a notice when some
    were left out."""

    match: str
    words: tuple[str, ...] = ()
    notice: str = ""


def full_text_query(text: str, advanced: bool = False) -> FullTextQuery:
    """Plain: every word quoted as a phrase, so FTS5 syntax means nothing; repeats dropped; at most
    MAX_SEARCH_TERMS terms. Advanced: the text is FTS5 syntax (AND, OR, NOT, NEAR, prefix*), as typed."""
    text = _without_control_characters(text)
    if advanced:
        terms = _TERM.findall(text)
        if len(terms) > MAX_SEARCH_TERMS:
            raise SearchError(f"an advanced query takes at most {MAX_SEARCH_TERMS} words; this one has {len(terms)}")
        return FullTextQuery(text.strip(), tuple(terms))
    # Read no further than needed: a pasted book costs no more than its first words.
    kept, typed, seen, room, cut = [], set(), set(), MAX_SEARCH_TERMS, False
    for word in text.split():
        if word in typed:  # a word repeated is searched once
            continue
        typed.add(word)
        terms = [m[0] for m in islice(_TERM.finditer(word), room + 1)]
        key = " ".join(terms).casefold()
        if not terms or key in seen:
            continue
        if room == 0:
            cut = True
            break
        seen.add(key)
        kept.append((word, terms[:room]))
        cut = len(terms) > room
        room -= len(kept[-1][1])
    notice = f"Only the first {MAX_SEARCH_TERMS} words were searched." if cut else ""
    return FullTextQuery(" ".join(f'"{" ".join(terms)}"' for _, terms in kept), tuple(w for w, _ in kept), notice)


def _without_control_characters(text: str) -> str:
    """Control characters (NUL, escapes) and lone surrogates (undecodable bytes) become spaces."""
    return _CONTROL.sub(" ", text)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _path_text(path: str) -> str:
    """A file name as text SQLite can hold: bytes that are no UTF-8 (surrogate escapes) shown as U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


class Store:
    """The article library in one SQLite file. Open it on the thread that uses it."""

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: no implicit deferred BEGIN from Python; `writing()` opens every transaction.
        self.db = sqlite_utils.Database(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None))
        self.db.execute("PRAGMA foreign_keys = ON")
        if read_only:
            # A reader's connection (the window's): any write on it raises, so writes can only take the lane.
            self.db.execute("PRAGMA query_only = ON")
            return
        if self.path != ":memory:":
            self._enable_wal()
            # WAL with NORMAL sync cannot corrupt the file; at worst a power cut loses the last commit.
            self.db.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    def _enable_wal(self) -> None:
        """Switch a new library file to WAL. While another connection holds a write lock, SQLite refuses the
        change at once, without its busy handler ('database is locked': two importers opening a fresh library
        together), so the store waits its turn here as long as any write would wait."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self.db.enable_wal()
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction, holding the write lock from its start (nested: a savepoint in the outer one)."""
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.rollback()
            raise

    def _migrate(self) -> None:
        if not self._pending_migrations():
            return
        with self.writing():
            # Asked again under the write lock: another process opening the same new library may have migrated it.
            for name, step in self._pending_migrations():
                step(self.db)
                self.db["_migrations"].insert({"name": name, "applied_at": _now()}, pk="name")

    def _pending_migrations(self) -> list[tuple[str, Callable[[sqlite_utils.Database], None]]]:
        applied = set()
        if "_migrations" in self.db.table_names():
            applied = {r[0] for r in self.db.execute("SELECT name FROM _migrations")}
        return [(name, step) for name, step in MIGRATIONS if name not in applied]

    # ------------------------------------------------------------------------- articles
    def find_by_hash(self, content_hash: str) -> int | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
        return row[0] if row else None

    def near_duplicate_candidates(self, bands: Iterable[tuple[int, str]]) -> list[tuple[int, bytes]]:
        bands = list(bands)
        if not bands:
            return []
        where = " OR ".join("(band = ? AND hash = ?)" for _ in bands)
        params = [v for b in bands for v in b]
        rows = self.db.execute(
            f"SELECT DISTINCT a.id, a.minhash FROM minhash_bands m JOIN articles a ON a.id = m.article_id WHERE {where}",
            params,
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def add_article(
        self,
        draft: ArticleDraft,
        analysis: Analysis,
        content_hash: str,
        minhash: bytes = b"",
        bands: Iterable[tuple[int, str]] = (),
        near_duplicate_of: int | None = None,
        model: str = "",
    ) -> int:
        """Store an article and its analysis in one transaction; returns the new id.

        Raises DuplicateArticle when the library holds this text already (another process may have stored
        it since the caller looked).
        """
        with self.writing():
            existing = self.find_by_hash(content_hash)
            if existing is not None:
                raise DuplicateArticle(existing)
            article_id = (
                self.db["articles"]
                .insert(
                    {
                        "title": draft.title,
                        "source": draft.source,
                        "url": draft.url,
                        "author": draft.author,
                        "published": _iso(draft.published),
                        "text": draft.text,
                        "format": draft.format,
                        "path": _path_text(draft.path),
                        "content_hash": content_hash,
                        "minhash": minhash,
                        "near_duplicate_of": near_duplicate_of,
                        "imported_at": _now(),
                        "analysed_at": _now(),
                        "model": model,
                        "language": analysis.language,
                    }
                )
                .last_pk
            )
            self.db.conn.executemany(
                "INSERT INTO minhash_bands (article_id, band, hash) VALUES (?, ?, ?)",
                [(article_id, b, h) for b, h in bands],
            )
            self._write_analysis(article_id, analysis)
        return article_id

    def replace_analysis(self, article_id: int, analysis: Analysis, model: str = "") -> None:
        """Swap the machine's analysis of an article (the analyst's corrections are kept apart and re-applied)."""
        with self.writing():
            for table in ANALYSIS_TABLES:
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            self._write_analysis(article_id, analysis)
            self.db["articles"].update(
                article_id, {"analysed_at": _now(), "model": model, "language": analysis.language}
            )

    def _write_analysis(self, article_id: int, analysis: Analysis) -> None:
        # Plain executemany: sqlite-utils' per-row insert machinery costs more than the NLP on short articles.
        conn = self.db.conn
        mention_rows = []
        for entity in analysis.entities:
            entity_id = conn.execute(
                "INSERT INTO entities (article_id, label, canonical) VALUES (?, ?, ?)",
                (article_id, entity.label, entity.canonical),
            ).lastrowid
            mention_rows += [(article_id, entity_id, m.start, m.end, m.text, m.label) for m in entity.mentions]
        conn.executemany(
            "INSERT INTO mentions (article_id, entity_id, start, [end], text, label) VALUES (?, ?, ?, ?, ?, ?)",
            mention_rows,
        )
        conn.executemany(
            "INSERT INTO places (article_id, name, kind, lat, lon, country, confidence, gazetteer_id, alternatives, "
            "mentions, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    p.name,
                    p.kind,
                    p.lat,
                    p.lon,
                    p.country,
                    p.confidence,
                    p.gazetteer_id,
                    json.dumps([a.__dict__ for a in p.alternatives]),
                    json.dumps([[s.start, s.end, s.text] for s in p.mentions]),
                    p.reason,
                )
                for p in analysis.places
            ],
        )
        conn.executemany(
            "INSERT INTO events (article_id, text, start, [end], date, end_date, granularity, sentence, "
            "sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    e.text,
                    e.start,
                    e.end,
                    _iso(e.date),
                    _iso(e.end_date),
                    e.granularity,
                    e.sentence,
                    e.sentence_start,
                    e.sentence_end,
                )
                for e in analysis.events
            ],
        )
        conn.executemany(
            "INSERT INTO sentences (article_id, start, [end]) VALUES (?, ?, ?)",
            [(article_id, s.start, s.end) for s in analysis.sentences],
        )
        conn.execute(
            "UPDATE articles SET n_people = ?, n_organisations = ?, n_places = ? WHERE id = ?",
            (
                sum(e.label == "PERSON" for e in analysis.entities),
                sum(e.label == "ORG" for e in analysis.entities),
                len(analysis.places),
                article_id,
            ),
        )

    def set_published(self, article_id: int, published: date | None) -> None:
        with self.writing():
            self.db["articles"].update(article_id, {"published": _iso(published)})

    def delete_article(self, article_id: int) -> None:
        with self.writing():
            for table in (*ANALYSIS_TABLES, "minhash_bands", "highlights", "notes", "tags", "corrections"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            self.db.execute("UPDATE articles SET near_duplicate_of = NULL WHERE near_duplicate_of = ?", [article_id])
            self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def count(self) -> int:
        return self.db["articles"].count

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def draft(self, article_id: int) -> ArticleDraft | None:
        row = self.db.execute(
            "SELECT title, text, source, url, author, published, path, format FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            return None
        return ArticleDraft(
            title=row[0],
            text=row[1],
            source=row[2] or "",
            url=row[3] or "",
            author=row[4] or "",
            published=_date(row[5]),
            path=row[6] or "",
            format=row[7] or "",
        )

    def article(self, article_id: int) -> StoredArticle | None:
        draft = self.draft(article_id)
        if draft is None:
            return None
        row = self.db.execute(
            "SELECT content_hash, near_duplicate_of FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        return StoredArticle(
            id=article_id,
            draft=draft,
            analysis=self.analysis(article_id),
            content_hash=row[0],
            near_duplicate_of=row[1],
            tags=tuple(self.tags(article_id)),
            highlights=tuple(self.highlights(article_id)),
        )

    def analysis(self, article_id: int) -> Analysis:
        q = self.db.execute
        mentions_by_entity: dict[int, list[Mention]] = {}
        for eid, start, end, text, label, canonical in q(
            "SELECT m.entity_id, m.start, m.end, m.text, m.label, e.canonical FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start",
            [article_id],
        ):
            mentions_by_entity.setdefault(eid, []).append(Mention(start, end, text, label, canonical))
        entities = tuple(
            Entity(canonical=canonical, label=label, mentions=tuple(mentions_by_entity.get(eid, ())))
            for eid, label, canonical in q(
                "SELECT id, label, canonical FROM entities WHERE article_id = ? ORDER BY id", [article_id]
            )
        )
        places = tuple(
            Place(
                name=r[0],
                kind=r[1],
                lat=r[2],
                lon=r[3],
                country=r[4] or "",
                confidence=r[5],
                gazetteer_id=r[6],
                alternatives=tuple(PlaceCandidate(**a) for a in json.loads(r[7] or "[]")),
                mentions=tuple(Span(*s) for s in json.loads(r[8] or "[]")),
                reason=r[9],
            )
            for r in q(
                "SELECT name, kind, lat, lon, country, confidence, gazetteer_id, alternatives, mentions, reason "
                "FROM places WHERE article_id = ? ORDER BY id",
                [article_id],
            )
        )
        events = tuple(
            Event(
                text=r[0],
                start=r[1],
                end=r[2],
                date=_date(r[3]),
                end_date=_date(r[4]),
                granularity=r[5],
                sentence=r[6],
                sentence_start=r[7],
                sentence_end=r[8],
            )
            for r in q(
                "SELECT text, start, end, date, end_date, granularity, sentence, sentence_start, sentence_end "
                "FROM events WHERE article_id = ? ORDER BY start",
                [article_id],
            )
        )
        text_row = q("SELECT text, language FROM articles WHERE id = ?", [article_id]).fetchone()
        text, language = text_row if text_row else ("", "")
        sentences = tuple(
            Span(s, e, text[s:e])
            for s, e in q("SELECT start, end FROM sentences WHERE article_id = ? ORDER BY start", [article_id])
        )
        return Analysis(entities=entities, places=places, events=events, sentences=sentences, language=language)

    def summaries(
        self, query: LibraryQuery | None = None, limit: int | None = None, offset: int = 0
    ) -> list[ArticleSummary]:
        """One page of the library list, filtered and sorted in SQL (fast with 100 000 articles)."""
        query = query or LibraryQuery()
        order = {
            "id": "id",
            "title": "title",
            "source": "source",
            "published": "published",
            "people": "n_people",
            "language": "language",
            "organisations": "n_organisations",
            "places": "n_places",
        }.get(query.order, "id")
        direction = "DESC" if query.descending else "ASC"  # one direction: the column's index serves both keys
        table, where, params = self._page_source(query, order, direction, -1 if limit is None else limit + offset)
        sql = (
            f"SELECT a.id, a.title, a.source, a.published, a.n_people, a.n_organisations, a.n_places, a.language "
            f"FROM {table} {where} ORDER BY a.{order} {direction}, a.id {direction}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        return [
            ArticleSummary(r[0], r[1], r[2] or "", _date(r[3]), r[4], r[5], r[6], r[7])
            for r in self.db.execute(sql, params)
        ]

    def _page_source(self, query: LibraryQuery, order: str, direction: str, rows: int) -> tuple[str, str, list]:
        """Where a page of `rows` rows comes from: the table (with the index to walk) and its filters.

        Words that most articles hold would have SQLite fetch every article they are in and sort them all
        for one page. In id order the full-text index lists the page's articles itself; in another order the
        list walks the column's index (where equal values are in id order) testing each row, and stops at the
        page's end: a few hundred rows when most articles match, where fetching and sorting would take all.
        """
        match = full_text_query(query.text).match
        if match and _only_words(query) and rows >= 0:
            if order == "id":
                return (
                    "articles a",
                    (
                        f"WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                        f"ORDER BY rowid {direction} LIMIT ?)"
                    ),
                    [match, rows],
                )
            if self._words_match_most(match, rows):
                where, params = _where(query, walk=True)
                return f"articles a INDEXED BY idx_articles_{order}", where, params
        where, params = _where(query)
        return "articles a", where, params

    def _words_match_most(self, match: str, rows: int) -> bool:
        """Whether walking the list in its order finds `rows` rows that hold the words sooner than fetching
        every article that holds them: when the matches outnumber sqrt(rows × articles)."""
        matches = self._count_words(match)
        articles = self.db.execute("SELECT MAX(id) FROM articles").fetchone()[0] or 0  # about the count, at once
        return matches * matches > rows * articles

    def count_matching(self, query: LibraryQuery | None = None) -> int:
        query = query or LibraryQuery()
        match = full_text_query(query.text).match
        if match and _only_words(query):
            return self._count_words(match)  # from the full-text index alone, without a row of the list
        where, params = _where(query)
        return self.db.execute(f"SELECT COUNT(*) FROM articles a {where}", params).fetchone()[0]

    def _count_words(self, match: str) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", [match]).fetchone()[0]

    def articles_mentioning(self, canonical: str, label: str) -> list[tuple[int, str, int]]:
        """(article id, title, number of mentions) of every article that names this entity."""
        return [
            tuple(r)
            for r in self.db.execute(
                "SELECT a.id, a.title, COUNT(m.id) FROM entities e JOIN articles a ON a.id = e.article_id "
                "JOIN mentions m ON m.entity_id = e.id WHERE e.canonical = ? AND e.label = ? "
                "GROUP BY a.id ORDER BY COUNT(m.id) DESC, a.id",
                [canonical, label],
            )
        ]

    def cooccurring(self, canonical: str, label: str, limit: int = 12) -> list[tuple[str, str, int]]:
        """Entities named in the same articles as this one: (canonical, label, number of shared articles)."""
        return [
            tuple(r)
            for r in self.db.execute(
                "SELECT o.canonical, o.label, COUNT(DISTINCT o.article_id) AS n FROM entities e "
                "JOIN entities o ON o.article_id = e.article_id AND NOT (o.canonical = e.canonical AND o.label = e.label) "
                "WHERE e.canonical = ? AND e.label = ? AND o.label IN ('PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP') "
                "GROUP BY o.canonical, o.label ORDER BY n DESC, o.canonical LIMIT ?",
                [canonical, label, limit],
            )
        ]

    def all_tags(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT tag FROM tags ORDER BY tag")]

    def search(self, query: str, limit: int = 50, advanced: bool = False) -> SearchHits:
        """Full-text search over titles and texts, best first (bm25); each hit with a snippet, the matches in
        [brackets]. Words in more than RANKED_AT_MOST articles are ranked among the newest that many of them.

        The query is plain words unless `advanced` (FTS5 syntax; a query SQLite rejects raises SearchError).
        """
        fts = full_text_query(query, advanced)
        if not fts.match:
            return SearchHits(notice=fts.notice)
        try:
            # The oldest of the newest RANKED_AT_MOST + 1 matches, and how many there are of those.
            oldest, found = self.db.execute(
                "SELECT MIN(rowid), COUNT(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                "ORDER BY rowid DESC LIMIT ?)",
                [fts.match, RANKED_AT_MOST + 1],
            ).fetchone()
            more = found > RANKED_AT_MOST
            rows = (
                self.db.execute(
                    "SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts "
                    "JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid > ? "
                    "ORDER BY rank LIMIT ?",
                    [fts.match, oldest if more else 0, limit],
                ).fetchall()
                if found
                else []
            )
        except sqlite3.OperationalError as exc:
            if not advanced:
                raise
            raise SearchError(f"not a query the library understands ({exc})") from exc
        among_newest = (
            f"More than {RANKED_AT_MOST:,} articles match: these are the best of the newest {RANKED_AT_MOST:,}."
        )
        notice = " ".join(n for n in (fts.notice, among_newest if more else "") if n)
        return SearchHits((SearchHit(r[0], r[1], r[2]) for r in rows), notice)

    # ------------------------------------------------------------------------- the analyst's own work
    def add_correction(
        self, article_id: int, kind: str, start: int, end: int, text: str, payload: dict | None = None
    ) -> int:
        with self.writing():
            return (
                self.db["corrections"]
                .insert(
                    {
                        "article_id": article_id,
                        "kind": kind,
                        "start": start,
                        "end": end,
                        "text": text,
                        "payload": json.dumps(payload or {}),
                        "created": _now(),
                    }
                )
                .last_pk
            )

    def corrections(self, article_id: int) -> list[Correction]:
        return [
            Correction(r[0], article_id, r[1], r[2], r[3], r[4], json.loads(r[5] or "{}"))
            for r in self.db.execute(
                "SELECT id, kind, start, end, text, payload FROM corrections WHERE article_id = ? ORDER BY id",
                [article_id],
            )
        ]

    def add_highlight(self, article_id: int, start: int, end: int, color: str, note: str = "") -> int:
        with self.writing():
            return (
                self.db["highlights"]
                .insert(
                    {
                        "article_id": article_id,
                        "start": start,
                        "end": end,
                        "color": color,
                        "note": note,
                        "created": _now(),
                    }
                )
                .last_pk
            )

    def highlights(self, article_id: int) -> list[Highlight]:
        return [
            Highlight(r[0], article_id, r[1], r[2], r[3], r[4] or "")
            for r in self.db.execute(
                "SELECT id, start, end, color, note FROM highlights WHERE article_id = ? ORDER BY start", [article_id]
            )
        ]

    def add_note(self, article_id: int, text: str) -> int:
        with self.writing():
            return self.db["notes"].insert({"article_id": article_id, "text": text, "created": _now()}).last_pk

    def notes(self, article_id: int) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT text FROM notes WHERE article_id = ? ORDER BY id", [article_id])]

    def add_tag(self, article_id: int, tag: str) -> None:
        with self.writing():
            self.db["tags"].insert({"article_id": article_id, "tag": tag.strip()}, ignore=True)

    def remove_tag(self, article_id: int, tag: str) -> None:
        with self.writing():
            self.db.execute("DELETE FROM tags WHERE article_id = ? AND tag = ?", [article_id, tag.strip()])

    def delete_highlight(self, highlight_id: int) -> None:
        with self.writing():
            self.db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])

    def delete_note(self, note_id: int) -> None:
        with self.writing():
            self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])

    def delete_correction(self, correction_id: int) -> None:
        with self.writing():
            self.db.execute("DELETE FROM corrections WHERE id = ?", [correction_id])

    def tags(self, article_id: int) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT tag FROM tags WHERE article_id = ? ORDER BY tag", [article_id])]
