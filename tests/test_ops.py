"""Every write as an operation: it does its work, says what changed, and the analyst's own edits undo."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.core.ops import (
    AddCorrection,
    AddHighlight,
    AddNote,
    AddTag,
    DeleteArticle,
    ImportPaths,
    Reanalyse,
    SetPublished,
)

from .conftest import SEED


@pytest.fixture
def article(store, seed_analysis) -> int:
    draft, analysis = seed_analysis
    return store.add_article(draft, analysis, "seed-hash")


def labels_of(store, article_id):
    return {m.text: m.label for m in store.analysis(article_id).mentions}


def test_a_highlight_is_added_then_undone(store, article):
    changes = AddHighlight(article, 10, 20, "#fde047", "casualties").apply(store)
    assert [(h.start, h.end, h.note) for h in store.highlights(article)] == [(10, 20, "casualties")]
    assert changes.articles == {article} and changes.highlights and not changes.library and not changes.entities
    undone = changes.undo.apply(store)
    assert store.highlights(article) == [] and undone.highlights
    undone.undo.apply(store)  # and redone
    assert [(h.start, h.note) for h in store.highlights(article)] == [(10, "casualties")]


def test_a_correction_reanalyses_the_article_undoing_it_restores_the_machine_reading_and_redo_the_correction(
    store, engine, article
):
    text = store.draft(article).text
    start = text.index("Abu Baqir al-Saadi")
    before = labels_of(store, article)["Abu Baqir al-Saadi"]
    changes = AddCorrection(article, "label", start, start + 18, "Abu Baqir al-Saadi", {"label": "ORG"}).apply(
        store, engine
    )
    assert labels_of(store, article)["Abu Baqir al-Saadi"] == "ORG"
    assert changes.entities and changes.places and changes.events and changes.library and changes.touches(article)
    undone = changes.undo.apply(store, engine)
    assert store.corrections(article) == [] and labels_of(store, article)["Abu Baqir al-Saadi"] == before
    undone.undo.apply(store, engine)  # and redone: the same correction again
    assert [(c.kind, c.start, c.end, c.text, c.payload) for c in store.corrections(article)] == [
        ("label", start, start + 18, "Abu Baqir al-Saadi", {"label": "ORG"})
    ]
    assert labels_of(store, article)["Abu Baqir al-Saadi"] == "ORG"


def test_setting_a_location_moves_the_place_and_undo_puts_it_back(store, engine, article):
    text = store.draft(article).text
    start = text.index("Baghdad")
    where = {"lat": 10.0, "lon": 20.0, "name": "Baghdad"}
    changes = AddCorrection(article, "location", start, start + 7, "Baghdad", where).apply(store, engine)
    baghdad = next(p for p in store.analysis(article).places if p.name == "Baghdad")
    assert (baghdad.lat, baghdad.lon) == (10.0, 20.0) and changes.places
    changes.undo.apply(store, engine)
    baghdad = next(p for p in store.analysis(article).places if p.name == "Baghdad")
    assert abs(baghdad.lat - 33.34) < 0.1


def test_a_note_is_added_then_undone_and_redone(store, article):
    changes = AddNote(article, "check the casualty figure").apply(store)
    assert store.notes(article) == ["check the casualty figure"] and changes.notes and not changes.tags
    undone = changes.undo.apply(store)
    assert store.notes(article) == []
    undone.undo.apply(store)
    assert store.notes(article) == ["check the casualty figure"]


def test_a_tag_is_added_undone_and_redone_but_a_tag_already_there_stays(store, article):
    changes = AddTag(article, " withdrawal ").apply(store)
    assert store.tags(article) == ["withdrawal"] and changes.tags and changes.articles == {article}
    again = AddTag(article, "withdrawal").apply(store)
    assert again.undo is None  # undoing the second would take off the first
    undone = changes.undo.apply(store)
    assert store.tags(article) == []
    undone.undo.apply(store)
    assert store.tags(article) == ["withdrawal"]


def test_a_new_publication_date_resolves_the_dates_again_and_undo_restores_the_old_one(store, engine, article):
    old = store.draft(article).published
    changes = SetPublished(article, date(2024, 3, 7)).apply(store, engine)
    wednesday = next(e for e in store.analysis(article).events if e.text.startswith("Wednesday"))
    assert wednesday.date == date(2024, 3, 6) and changes.events and changes.library
    changes.undo.apply(store, engine)
    assert store.draft(article).published == old


def test_reanalysis_says_the_analysis_changed_and_has_no_undo(store, engine, article):
    changes = Reanalyse(article).apply(store, engine)
    assert changes.entities and changes.places and changes.events and changes.undo is None


def test_deleting_an_article_says_so_and_has_no_undo(store, article):
    changes = DeleteArticle(article).apply(store)
    assert store.article(article) is None
    assert changes.deleted == {article} and changes.library and changes.touches(article) and changes.undo is None


class Recorder:
    def __init__(self):
        self.steps = []

    def report(self, payload):
        self.steps.append(payload)

    def cancelled(self):
        return False


def test_an_import_reports_each_file_and_says_which_articles_arrived(store, engine, tmp_path):
    other = tmp_path / "tripoli.txt"
    other.write_text("Title: Clashes in Tripoli\nPublished: 2022-08-30\n\nClashes erupted in Tripoli on Saturday.")
    job = Recorder()
    changes = ImportPaths((str(SEED), str(other))).apply(store, engine, job)
    assert [s.done for s in job.steps] == [1, 2]
    assert changes.library and set(changes.arrived) == changes.articles == set(store.article_ids())
    again = ImportPaths((str(SEED),)).apply(store, engine, Recorder())
    assert not again.library and again.articles == set() and again.arrived == (store.article_ids()[0],)
