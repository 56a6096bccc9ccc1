"""Articles not in English: each one's language told and kept; French read by the French model; any other
language stored and searchable, marked as not analysed, and never given entities by a model that cannot read it."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from PySide6.QtCore import Qt

from workbench.core.dates import resolve_french_expression
from workbench.core.export import entities_csv, to_html, to_json
from workbench.core.language import detect_language
from workbench.core.pipeline import build_report, ingest_paths, reanalyze
from workbench.core.store import Store

from .test_cli import run_cli
from .test_gui import import_and_wait

ENGLISH = (
    "Gunmen attacked a police checkpoint on the road between Kirkuk and Tikrit on Wednesday, killing three "
    "officers, the Interior Ministry said in a statement."
)
FRENCH = (
    "Mercredi, une série d'attentats a frappé Bagdad, faisant au moins douze morts, selon le ministère de "
    "l'Intérieur. Le 12 mars, des combattants de l'État islamique avaient attaqué un poste de police près de "
    "Mossoul. Les autorités de Kirkouk ont annoncé mardi un couvre-feu, qui sera levé la semaine prochaine."
)
ARABIC = (
    "نفذ عمال النظافة في حي المشتل شرقي بغداد إضرابا عن العمل يوم الأربعاء احتجاجا على تأخر صرف رواتبهم "
    "لثلاثة أشهر، وقالت أمانة بغداد إنها ستعالج المشكلة خلال الأسبوع المقبل."
)
# Wednesday 20 March 2024.
PUBLISHED = date(2024, 3, 20)


def write_article(folder, name, title, text, published="2024-03-20"):
    path = folder / name
    path.write_text(f"Title: {title}\nPublished: {published}\n\n{text}\n", encoding="utf-8")
    return path


def test_each_paragraph_is_told_by_its_language():
    assert detect_language(ENGLISH) == "en"
    assert detect_language(FRENCH) == "fr"
    assert detect_language(ARABIC) == "ar"
    assert detect_language("Baghdad, Monday.") == ""  # too short to tell: read as English, as always


def test_a_french_article_gets_its_places_and_its_dates(engine):
    analysis = engine.analyze(FRENCH, PUBLISHED)
    assert analysis.language == "fr" and analysis.analysed
    places = {p.name: p for p in analysis.places}
    assert {"Baghdad", "Mosul", "Kirkuk"} <= set(places)
    assert {places[n].country for n in ("Baghdad", "Mosul", "Kirkuk")} == {"Iraq"}
    assert [s.text for s in places["Mosul"].mentions] == ["Mossoul"]
    dates = {e.text: (e.date, e.end_date) for e in analysis.events}
    assert dates["Mercredi"] == (PUBLISHED, PUBLISHED)  # the publication weekday itself
    assert dates["12 mars"] == (date(2024, 3, 12), date(2024, 3, 12))
    assert dates["mardi"] == (date(2024, 3, 19), date(2024, 3, 19))
    assert dates["la semaine prochaine"] == (date(2024, 3, 25), date(2024, 3, 31))
    labels = {m.text: m.label for m in analysis.mentions}
    assert labels["Mercredi"] == "DATE"  # the model reads it as a place
    assert not any(m.label == "PERSON" and "Bagdad" in m.text for m in analysis.mentions)
    assert labels.get("Un") is None
    assert any(e.canonical == "Islamic State" for e in analysis.entities)


def test_french_date_expressions_resolve_against_the_publication_date():
    def day(expr):
        r = resolve_french_expression(expr, PUBLISHED)
        return (r.start, r.end, r.granularity) if r else None

    assert day("vendredi") == (date(2024, 3, 15), date(2024, 3, 15), "day")
    assert day("mardi prochain") == (date(2024, 3, 26), date(2024, 3, 26), "day")
    assert day("hier") == (date(2024, 3, 19), date(2024, 3, 19), "day")
    assert day("1er février 2023") == (date(2023, 2, 1), date(2023, 2, 1), "day")
    assert day("le mois dernier") == (date(2024, 2, 1), date(2024, 2, 29), "month")
    assert day("l’an dernier") == (date(2023, 1, 1), date(2023, 12, 31), "year")
    assert day("fin janvier 2024") == (date(2024, 1, 21), date(2024, 1, 31), "interval")
    assert resolve_french_expression("mercredi", None) is None  # no publication date: nothing to count from


def test_an_arabic_article_is_stored_searchable_and_marked_not_analysed(store, engine, tmp_path):
    path = write_article(tmp_path, "mashtal.txt", "إضراب في المشتل", ARABIC)
    article_id = next(ingest_paths(store, engine, [path])).result.article_id
    stored = store.article(article_id)
    assert stored.analysis.language == "ar" and not stored.analysis.analysed
    assert stored.analysis.entities == () and stored.analysis.places == () and stored.analysis.events == ()
    assert [hit.article_id for hit in store.search("المشتل")] == [article_id]
    assert store.summaries()[0].language == "ar"
    report = build_report(store, [article_id], "Mashtal", "article")
    assert "in Arabic, not analysed" in to_html(report)
    exported = json.loads(to_json(report))["articles"][0]
    assert (exported["language"], exported["analysed"], exported["entities"]) == ("ar", False, [])


def test_analyze_json_reports_the_language_and_that_arabic_is_not_analysed(tmp_path):
    out = run_cli("analyze", str(write_article(tmp_path, "ar.txt", "Mashtal", ARABIC)), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["language"], data["analysed"], data["not_analysed"]) == ("ar", False, "not analysed (Arabic)")
    assert data["entities"] == [] and data["places"] == [] and data["events"] == []
    text = run_cli("analyze", str(write_article(tmp_path, "ar2.txt", "Mashtal", ARABIC)))
    assert "Not analysed (Arabic)" in text.stdout


def test_exports_carry_each_articles_language(store, engine, tmp_path):
    path = write_article(tmp_path, "fr.txt", "Attentats à Bagdad", FRENCH)
    article_id = next(ingest_paths(store, engine, [path])).result.article_id
    report = build_report(store, [article_id], "Bagdad", "article")
    rows = list(csv.DictReader(io.StringIO(entities_csv(report))))
    assert rows and {r["article_language"] for r in rows} == {"fr"}
    assert " · in French" in to_html(report)
    assert json.loads(to_json(report))["articles"][0]["language"] == "fr"


def test_a_library_made_before_languages_opens_and_learns_them_on_re_analysis(tmp_path, engine):
    path = tmp_path / "old.sqlite"
    with Store(path) as store:
        article_id = next(
            ingest_paths(store, engine, [write_article(tmp_path, "en.txt", "Kirkuk", ENGLISH)])
        ).result.article_id
        # The library as the previous version left it: no language column, the migration not yet run.
        store.db.execute("DROP INDEX idx_articles_language")
        store.db.execute("ALTER TABLE articles DROP COLUMN language")
        store.db.execute("DELETE FROM _migrations WHERE name = 'm004_article_language'")
        store.db.conn.commit()
    with Store(path) as store:
        assert store.summaries()[0].language == ""
        assert store.article(article_id).analysis.places  # the old analysis is intact
        reanalyze(store, engine, article_id)
        assert store.summaries()[0].language == "en"


def test_the_library_and_the_reader_show_each_articles_language(qtbot, make_window, tmp_path):
    window = make_window()
    french = write_article(tmp_path, "fr.txt", "Attentats à Bagdad", FRENCH)
    arabic = write_article(tmp_path, "ar.txt", "إضراب في المشتل", ARABIC)
    import_and_wait(qtbot, window, [french, arabic])
    model = window.library.model
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Horizontal) == "Lang"
    shown = {model.data(model.index(row, 0)): model.data(model.index(row, column)) for row in range(model.rowCount())}
    assert shown == {"Attentats à Bagdad": "fr", "إضراب في المشتل": "ar (not analysed)"}
    arabic_row = next(row for row in range(model.rowCount()) if model.data(model.index(row, 0)) == "إضراب في المشتل")
    window.open_article(model.article_id(arabic_row))
    qtbot.waitUntil(lambda: window.reader.language.text() == "not analysed (Arabic)", timeout=30_000)
    french_row = 1 - arabic_row
    window.open_article(model.article_id(french_row))
    qtbot.waitUntil(lambda: window.reader.language.text() == "French", timeout=30_000)


def test_the_analysts_own_marks_on_an_arabic_article_survive_re_analysis(store, engine, tmp_path):
    path = write_article(tmp_path, "mashtal.txt", "إضراب في المشتل", ARABIC)
    article_id = next(ingest_paths(store, engine, [path])).result.article_id
    start = ARABIC.index("المشتل")
    store.add_correction(article_id, "add", start, start + len("المشتل"), "المشتل", {"label": "GPE"})
    analysis = reanalyze(store, engine, article_id)
    assert [(m.text, m.label) for m in analysis.mentions] == [("المشتل", "GPE")]
    assert not analysis.analysed


def test_a_french_article_s_people_and_places_take_the_workbench_s_labels(engine):
    """The French model says PER and LOC: the workbench's PERSON and GPE, like the English model's."""
    text = "Mercredi, le président Emmanuel Macron a rencontré à Bagdad le Premier ministre irakien."
    labels = {(m.text, m.label) for m in engine.analyze(text, PUBLISHED).mentions}
    assert {("Emmanuel Macron", "PERSON"), ("Bagdad", "GPE")} <= labels
