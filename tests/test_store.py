"""The library file: stored whole or not at all, searchable, and the analyst's work survives re-analysis."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date

import pytest

from workbench.core.ingest import read_article
from workbench.core.models import Analysis
from workbench.core.pipeline import ingest_paths, reanalyze, set_published
from workbench.core.store import Store

from .conftest import SEED


def test_importing_the_sample_stores_article_entities_places_and_events(store, engine):
    results = [p.result for p in ingest_paths(store, engine, [SEED])]
    assert [r.status for r in results] == ["stored"]
    article = store.article(results[0].article_id)
    assert article.draft.title.startswith("Al-Khazali calls")
    assert article.draft.published == date(2024, 2, 8)
    assert any(p.name == "Baghdad" for p in article.analysis.places)
    assert any(e.text == "last week" for e in article.analysis.events)
    assert article.analysis == engine.analyze(article.draft.text, article.draft.published)


def test_the_library_file_uses_wal_and_foreign_keys(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {
        "articles",
        "entities",
        "mentions",
        "places",
        "events",
        "highlights",
        "notes",
        "tags",
        "corrections",
        "articles_fts",
    } <= set(store.db.table_names())
    # SQLite checks foreign keys only when the connection asks it to: a note on no article is refused.
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.db.execute("INSERT INTO notes (article_id, text, created) VALUES (4242, 'orphan', '')")


def test_migrations_run_once(tmp_path):
    from workbench.core.store import MIGRATIONS

    path = tmp_path / "lib.sqlite"
    Store(path).close()
    s = Store(path)
    assert s.db["_migrations"].count == len(MIGRATIONS) >= 2
    s.close()


def test_library_counts_follow_re_analysis(store, engine):
    article_id = next(ingest_paths(store, engine, [SEED])).result.article_id
    text = store.draft(article_id).text
    start = text.index("Abu Baqir al-Saadi")
    store.add_correction(article_id, "remove", start, start + len("Abu Baqir al-Saadi"), "Abu Baqir al-Saadi")
    before = store.summaries()[0].people
    reanalyze(store, engine, article_id)
    assert store.summaries()[0].people == before - 1


def test_a_failure_while_writing_the_analysis_leaves_no_half_article(store, seed_analysis):
    draft, analysis = seed_analysis
    # A real SQLite failure in the middle of the article's transaction, after the article row went in.
    store.db.execute("CREATE TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'disk said no'); END")
    with pytest.raises(sqlite3.IntegrityError):
        store.add_article(draft, analysis, "hash-1")
    for table in ("articles", "entities", "mentions", "places", "events", "minhash_bands"):
        assert store.db[table].count == 0, table
    store.db.execute("DROP TRIGGER refuse")
    store.add_article(draft, analysis, "hash-1")
    assert store.count() == 1


def test_one_bad_file_does_not_stop_the_batch(store, engine, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Title: Good\n\nClashes erupted in Tripoli on Saturday, officials said.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    other = tmp_path / "other.md"
    other.write_text("# Other\n\nA drone struck near Erbil on Friday.")
    statuses = {
        r.result.path.split("/")[-1]: (r.result.status, r.result.reason)
        for r in ingest_paths(store, engine, [good, bad, other])
    }
    assert statuses == {"good.txt": ("stored", ""), "bad.txt": ("error", "empty file"), "other.md": ("stored", "")}
    assert store.count() == 2


def test_cancel_stops_the_import(store, engine, tmp_path):
    files = []
    for i in range(3):
        f = tmp_path / f"{i}.txt"
        f.write_text(f"Title: {i}\n\nArticle number {i} about Basra.")
        files.append(f)
    results = [p.result.status for p in ingest_paths(store, engine, files, cancel=lambda: True)]
    assert results == ["cancelled"] * 3
    assert store.count() == 0


def test_full_text_search_finds_words_with_context(store, engine):
    list(ingest_paths(store, engine, [SEED]))
    hits = store.search("withdrawal")
    assert len(hits) == 1 and "[withdrawal]" in hits[0].snippet
    assert store.search("nonexistentword") == []


def test_search_query_punctuation_cannot_break_fts(store, engine):
    list(ingest_paths(store, engine, [SEED]))
    for query in ["al-Mashtal", '"', "AND OR NOT", "(Baghdad", "x*"]:
        store.search(query)  # must not raise
    assert store.search("al-Mashtal")[0].title.startswith("Al-Khazali")


def test_corrections_survive_reanalysis_and_reopening(tmp_path, engine):
    path = tmp_path / "lib.sqlite"
    store = Store(path)
    article_id = next(ingest_paths(store, engine, [SEED])).result.article_id
    text = store.draft(article_id).text
    start = text.index("Abu Baqir al-Saadi")
    end = start + len("Abu Baqir al-Saadi")
    store.add_correction(article_id, "label", start, end, "Abu Baqir al-Saadi", {"label": "ORG"})
    start_b = text.index("Baghdad")
    store.add_correction(
        article_id, "location", start_b, start_b + 7, "Baghdad", {"lat": 33.0, "lon": 44.0, "name": "Baghdad (analyst)"}
    )
    reanalyze(store, engine, article_id)
    store.close()

    reopened = Store(path)
    analysis = reopened.analysis(article_id)
    assert {m.text: m.label for m in analysis.mentions}["Abu Baqir al-Saadi"] == "ORG"
    baghdad = next(p for p in analysis.places if any(s.start == start_b for s in p.mentions))
    assert (baghdad.name, baghdad.lat, baghdad.lon, baghdad.confidence) == ("Baghdad (analyst)", 33.0, 44.0, 1.0)
    reopened.close()


def test_removed_mention_stays_removed(store, engine):
    article_id = next(ingest_paths(store, engine, [SEED])).result.article_id
    text = store.draft(article_id).text
    start = text.index("Jordan")
    store.add_correction(article_id, "remove", start, start + 6, "Jordan")
    analysis = reanalyze(store, engine, article_id)
    assert not any(m.start == start for m in analysis.mentions)
    assert not any(p.name == "Jordan" for p in analysis.places)


def test_setting_the_publication_date_later_resolves_relative_dates(store, engine, tmp_path):
    f = tmp_path / "undated.txt"
    f.write_text("Title: Undated\n\nA drone struck a convoy near Erbil on Wednesday evening.")
    article_id = next(ingest_paths(store, engine, [f])).result.article_id
    assert store.analysis(article_id).events[0].granularity == "unresolved"
    set_published(store, engine, article_id, date(2024, 2, 8))
    event = store.analysis(article_id).events[0]
    assert (event.date, store.draft(article_id).published) == (date(2024, 2, 7), date(2024, 2, 8))


def test_highlights_notes_and_tags_are_kept(store, engine):
    article_id = next(ingest_paths(store, engine, [SEED])).result.article_id
    store.add_highlight(article_id, 0, 11, "#fde68a", "who speaks here?")
    store.add_note(article_id, "Follow up on PMF casualty figures.")
    store.add_tag(article_id, "Iraq")
    store.add_tag(article_id, "Iraq")
    article = store.article(article_id)
    assert [(h.start, h.end, h.note) for h in article.highlights] == [(0, 11, "who speaks here?")]
    assert store.notes(article_id) == ["Follow up on PMF casualty figures."]
    assert article.tags == ("Iraq",)
    reanalyze(store, engine, article_id)
    assert store.article(article_id).highlights == article.highlights


def test_library_summaries_count_people_organisations_and_places(store, engine):
    list(ingest_paths(store, engine, [SEED]))
    (summary,) = store.summaries()
    assert summary.published == date(2024, 2, 8)
    assert summary.people >= 2 and summary.organisations >= 5 and summary.places >= 6


def test_reading_the_seed_twice_gives_equal_drafts(store, tmp_path):
    # Two independent reads: the seed, and a byte-for-byte copy of it in another folder, stored in the
    # library and read back from there.
    copy = tmp_path / "copy" / SEED.name
    copy.parent.mkdir()
    copy.write_bytes(SEED.read_bytes())
    first = read_article(SEED)
    second = read_article(copy)
    assert second.path == str(copy)
    assert dataclasses.replace(second, path=first.path) == first
    article_id = store.add_article(second, Analysis((), (), ()), "hash-1")
    assert store.draft(article_id) == second
    assert first.title.startswith("Al-Khazali calls") and first.published == date(2024, 2, 8)


def test_re_analysing_an_article_replaces_its_sentences_and_never_doubles_them(store, engine):
    article_id = next(ingest_paths(store, engine, [SEED])).result.article_id
    sentences = store.analysis(article_id).sentences
    assert len(sentences) >= 5
    reanalyze(store, engine, article_id)
    reanalyze(store, engine, article_id)
    assert store.analysis(article_id).sentences == sentences
    assert store.db.execute("SELECT count(*) FROM sentences WHERE article_id = ?", [article_id]).fetchone()[0] == len(
        sentences
    )
