"""Exports an analyst can share: highlighted HTML, PDF and Markdown reports, and the data behind them."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from workbench.core.divisions import place_geography
from workbench.core.export import entities_csv, events_csv, to_geojson, to_html, to_json, to_markdown
from workbench.core.palette import LABEL_COLOURS
from workbench.core.pipeline import build_report, ingest_paths, reanalyze

from .conftest import ROOT, SEED

SOURCE_URL = "https://shafaq.com/en/Iraq/Al-Khazali-calls-for-total-withdrawal-of-foreign-forces"  # the sample's

EVIL = (
    "Title: <script>alert('title')</script> Attack report\nSource: <img src=x onerror=alert(1)> — javascript:alert(2)\n"
    "Published: 2024-02-08\n\n"
    'Officials in Baghdad said <script>alert(3)</script> the strike hit <img src=x onerror="alert(4)"> a depot on '
    'Wednesday. Read <a href="javascript:alert(5)">more</a> or [click](javascript:alert(6)) *now*.\n\n'
    "Qais Al-Khazali spoke in Basra province on Thursday."
)


@pytest.fixture
def sample_report(store, engine):
    article_id = next(ingest_paths(store, engine, [SEED])).result.article_id
    store.add_highlight(article_id, 0, 11, "#fde047", "who is the source?")
    store.add_note(article_id, "Compare with CENTCOM's statement.")
    return build_report(store, [article_id], "Khazali report", f"article {article_id}")


@pytest.fixture
def evil_report(store, engine, tmp_path):
    f = tmp_path / "evil.txt"
    f.write_text(EVIL)
    article_id = next(ingest_paths(store, engine, [f])).result.article_id
    store.add_highlight(article_id, 0, 20, "#fde047", "<script>alert(7)</script>")
    return build_report(store, [article_id], "<script>alert(8)</script>", "article")


def marks(html_text: str) -> dict[str, str]:
    """Text of each <mark> -> its background colour."""
    return {
        m[1]: m[0] for m in re.findall(r'<mark style="background-color:(#[0-9a-f]{6})"[^>]*>([^<]+)</mark>', html_text)
    }


def test_html_report_highlights_entities_in_their_colours_and_loads_nothing(sample_report):
    page = to_html(sample_report)
    found = marks(page)
    assert found["Baghdad"] == LABEL_COLOURS["GPE"]
    assert found["Kataib Hezbollah"] == LABEL_COLOURS["ORG"]
    assert found["Qais Al-Khazali"] == LABEL_COLOURS["PERSON"]
    assert "<script" not in page.lower()
    # nothing is fetched: no remote src, stylesheet or url(); the one web address is the source's own link
    assert not re.search(r"(src|url\()\s*=?\s*[\"']?\s*(https?:|//)", page, re.IGNORECASE)
    assert re.findall(r"(?:href)\s*=\s*[\"']?(https?:[^\"' >]+)", page, re.IGNORECASE) == [SOURCE_URL]
    assert "<link" not in page.lower() and "http:" not in page
    assert "<svg" in page and "<circle" in page  # the map, drawn from the shipped borders
    assert "who is the source?" in page and "Compare with CENTCOM" in page
    assert "2024-01-29 – 2024-02-04" in page  # the timeline


def test_a_report_of_several_articles_escapes_names_in_its_entity_table(store, engine, tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text(EVIL)
    first, second = (p.result.article_id for p in ingest_paths(store, engine, [evil, SEED]))
    text = store.draft(first).text
    payload = '<img src=x onerror="alert(4)">'
    start = text.index(payload)
    store.add_correction(first, "add", start, start + len(payload), payload, {"label": "PERSON"})
    reanalyze(store, engine, first)
    page = to_html(build_report(store, [first, second], "Two reports", "2 articles"))
    table = page.split("<h2>Who is named where</h2>", 1)[1].split("</table>", 1)[0]
    assert "<td>&lt;img src=x onerror=&quot;alert(4)&quot;&gt;</td>" in table  # the name, as text
    assert "<img" not in table and "Qais Al-Khazali" in table


@pytest.fixture
def two_article_report(store, engine, tmp_path):
    """The sample article and a short one with no source, link or publication date, in one report."""
    tripoli = tmp_path / "tripoli.txt"
    tripoli.write_text(
        "Title: Clashes in Tripoli\n\nClashes erupted in Tripoli on 27 August 2022. "
        "Residents of Baghdad watched the news on Saturday."
    )  # no publication date
    ids = [p.result.article_id for p in ingest_paths(store, engine, [SEED, tripoli])]
    return build_report(store, ids, "Two stories", "2 selected articles")


def test_the_entity_table_counts_each_name_per_article_shared_names_first(two_article_report):
    seed = two_article_report.articles[0]
    table = to_html(two_article_report).split("<h2>Who is named where</h2>", 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table)
    assert rows[0] == (
        "<th>Entity</th><th>Type</th><th>Al-Khazali calls for total withdrawal of</th><th>Clashes in Tripoli</th>"
    )  # titles cut at 40 characters
    cells = [re.findall(r"<td>(.*?)</td>", row) for row in rows[1:]]
    baghdad = sum(len(e.mentions) for e in seed.analysis.entities if e.canonical == "Baghdad")
    assert cells[0] == ["Baghdad", "Places", str(baghdad), "1"]  # named in both articles: listed first
    assert ["Tripoli", "Places", "", "1"] in cells
    khazali = sum(len(e.mentions) for e in seed.analysis.entities if e.canonical == "Qais Al-Khazali")
    assert ["Qais Al-Khazali", "People", str(khazali), ""] in cells
    assert all(len(c) == 4 for c in cells)
    assert table[table.index("<tr>") :] == "".join(f"<tr>{row}</tr>" for row in rows)  # nothing between rows


def test_markdown_of_several_articles_has_one_timeline_naming_each_article(two_article_report):
    page = to_markdown(two_article_report)
    assert page.startswith("# Two stories\n\n_Exported ")
    assert "from the workbench: 2 selected articles, 2 article(s)." in page
    timeline = page.split("## Timeline\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert any(line.endswith("— _Clashes in Tripoli_") for line in timeline)
    assert any(line.endswith("— _Al-Khazali calls for total withdrawal of foreign forces_") for line in timeline)
    assert "## Clashes in Tripoli\n\nSource unknown · published date unknown\n" in page
    assert (
        f"## Al-Khazali calls for total withdrawal of foreign forces\n\nShafaq News — {SOURCE_URL} · published 2024-02-08\n"
        in page
    )


def test_the_events_csv_has_one_row_per_event_and_blank_cells_for_missing_dates(two_article_report):
    header, *rows = list(csv.reader(io.StringIO(events_csv(two_article_report))))
    assert header == ["article_id", "article_title", "date", "end_date", "granularity", "expression", "sentence"]
    by_expression = {r[5]: r[1:5] for r in rows}
    assert by_expression["27 August 2022"] == ["Clashes in Tripoli", "2022-08-27", "2022-08-27", "day"]
    assert by_expression["Saturday"] == ["Clashes in Tripoli", "", "", "unresolved"]  # no publication day to count from
    assert by_expression["last week"] == [
        "Al-Khazali calls for total withdrawal of foreign forces",
        "2024-01-29",
        "2024-02-04",
        "week",
    ]
    assert len(rows) == sum(len(a.analysis.events) for a in two_article_report.articles)


def test_html_report_opens_in_a_browser_with_no_network_request(sample_report, tmp_path, qapp, qtbot):
    """Loaded in QtWebEngine, the report asks for nothing beyond its own file."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineUrlRequestInterceptor
    from PySide6.QtWebEngineWidgets import QWebEngineView

    class Recorder(QWebEngineUrlRequestInterceptor):
        def __init__(self):
            super().__init__()
            self.urls = []

        def interceptRequest(self, info):
            self.urls.append(info.requestUrl().toString())

    path = tmp_path / "report.html"
    path.write_text(to_html(sample_report))
    profile = QWebEngineProfile()  # its own profile: no other page's requests mix in
    recorder = Recorder()
    profile.setUrlRequestInterceptor(recorder)
    view = QWebEngineView()
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loadFinished, timeout=60_000) as loaded:
        view.load(QUrl.fromLocalFile(str(path)))
    assert loaded.args == [True]
    assert recorder.urls == [QUrl.fromLocalFile(str(path)).toString()]
    view.setPage(None)
    del page  # pages go before their profile


def test_pdf_report_holds_title_summary_and_highlight_colours(sample_report, tmp_path, qapp):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor
    from PySide6.QtPdf import QPdfDocument

    from workbench.qt.pdf import write_pdf

    path = write_pdf(sample_report, tmp_path / "report.pdf", "a4")
    reader = PdfReader(str(path))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "Khazali report" in text and "Page 1 of" in text
    letters = re.sub(r"\W", "", text)  # line breaks and highlight boundaries move spaces around
    for sentence in sample_report.articles[0].summary:
        assert re.sub(r"\W", "", sentence.text) in letters
    width_pt = float(reader.pages[0].mediabox.width)
    assert abs(width_pt - 595) < 2  # A4
    document = QPdfDocument()
    document.load(str(path))
    image = document.render(0, QSize(620, 877))
    wanted = {QColor(LABEL_COLOURS[label]).rgb() & 0xFFFFFF for label in ("GPE", "PERSON", "ORG")}
    seen = {image.pixel(x, y) & 0xFFFFFF for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert wanted <= seen


def test_letter_pages(sample_report, tmp_path, qapp):
    from workbench.qt.pdf import write_pdf

    path = write_pdf(sample_report, tmp_path / "letter.pdf", "letter")
    assert abs(float(PdfReader(str(path)).pages[0].mediabox.width) - 612) < 2


def test_geojson_holds_baghdad_and_csvs_parse(sample_report):
    data = json.loads(to_geojson(sample_report))
    assert data["type"] == "FeatureCollection"
    baghdad = next(f for f in data["features"] if f["properties"]["name"] == "Baghdad")
    lon, lat = baghdad["geometry"]["coordinates"]
    assert abs(lat - 33.34) < 0.1 and abs(lon - 44.40) < 0.1
    assert baghdad["properties"]["kind"] == "city" and baghdad["properties"]["mentions"] == 2
    entities = list(csv.DictReader(io.StringIO(entities_csv(sample_report))))
    assert {"entity": "Qais Al-Khazali", "label": "PERSON"}.items() <= next(
        r for r in entities if r["mention"] == "Qais Al-Khazali"
    ).items()
    events = list(csv.DictReader(io.StringIO(events_csv(sample_report))))
    assert ("2024-01-29", "2024-02-04", "week") in {(r["date"], r["end_date"], r["granularity"]) for r in events}


def test_geojson_joins_each_place_to_its_country_code_first_level_unit_and_gazetteer_entry(sample_report):
    features = {f["properties"]["name"]: f["properties"] for f in json.loads(to_geojson(sample_report))["features"]}
    places = {p.name: p for p in sample_report.articles[0].analysis.places}
    assert features["Baghdad"]["country_code"] == "IQ" and features["Baghdad"]["admin1"] == "Baghdad"
    assert (
        features["Baghdad"]["precision"] == "city"
        and features["Baghdad"]["gazetteer_id"] == places["Baghdad"].gazetteer_id
    )
    assert features["Mashtal"]["admin1"] == "Baghdad"  # a neighbourhood, by the nearest locality of its country
    assert (features["Iraq"]["country_code"], features["Iraq"]["admin1"], features["Iraq"]["precision"]) == (
        "IQ",
        None,
        "country",
    )
    assert (features["Al Anbar"]["admin1"], features["Al Anbar"]["precision"]) == ("Al Anbar", "admin1")
    assert features["Syria"]["country_code"] == "SY" and features["Jordan"]["country_code"] == "JO"


def test_a_point_the_analyst_set_and_a_guess_from_context_say_so(store, engine):
    from workbench.core.models import Place
    from workbench.core.pipeline import reanalyze

    article_id = next(ingest_paths(store, engine, [SEED])).result.article_id
    baghdad = next(p for p in store.analysis(article_id).places if p.name == "Baghdad")
    span = baghdad.mentions[0]
    store.add_correction(
        article_id,
        "location",
        span.start,
        span.end,
        span.text,
        {"lat": 33.31, "lon": 44.37, "name": "Green Zone", "kind": "neighbourhood"},
    )
    reanalyze(store, engine, article_id)
    report = build_report(store, [article_id], "t", "article")
    zone = next(
        f["properties"] for f in json.loads(to_geojson(report))["features"] if f["properties"]["name"] == "Green Zone"
    )
    assert (zone["precision"], zone["gazetteer_id"], zone["country_code"], zone["admin1"]) == (
        "point",
        None,
        "IQ",
        "Baghdad",
    )
    guess = Place(
        name="the old depot", kind="facility", lat=33.34, lon=44.4, country="Iraq", confidence=0.2, mentions=()
    )
    assert place_geography(guess, engine.gazetteer) == {
        "country_code": "IQ",
        "admin1": None,
        "gazetteer_id": None,
        "precision": "guess",
    }


def test_kml_has_a_folder_per_article_and_a_placemark_per_located_place_with_its_sentences_and_time(sample_report):
    import xml.etree.ElementTree as ET

    from workbench.core.export.kml import to_kml

    from .hostile import KML_NS, kml_problems

    kml = to_kml(sample_report)
    assert kml.startswith(b"<?xml") and kml_problems(kml) == []
    root = ET.fromstring(kml)
    assert root.tag == f"{{{KML_NS['k']}}}kml"
    (folder,) = root.findall("k:Document/k:Folder", KML_NS)
    assert folder.findtext("k:name", namespaces=KML_NS) == "Al-Khazali calls for total withdrawal of foreign forces"
    marks = {m.findtext("k:name", namespaces=KML_NS): m for m in folder.findall("k:Placemark", KML_NS)}
    assert len(marks) == sum(p.lat is not None for p in sample_report.articles[0].analysis.places)
    baghdad = marks["Baghdad"]
    lon, lat = map(float, baghdad.findtext("k:Point/k:coordinates", namespaces=KML_NS).split(","))
    assert abs(lat - 33.34) < 0.1 and abs(lon - 44.40) < 0.1
    assert "east of <b>Baghdad</b>, indicating" in baghdad.findtext("k:description", namespaces=KML_NS)
    assert (
        baghdad.findtext("k:TimeStamp/k:when", namespaces=KML_NS) == "2024-02-07"
    )  # "On Wednesday evening, … Baghdad"
    assert marks["Jordan"].findtext("k:TimeStamp/k:when", namespaces=KML_NS) == "2024-02-08"  # undated: published
    data = {
        d.get("name"): d.findtext("k:value", namespaces=KML_NS)
        for d in baghdad.findall("k:ExtendedData/k:Data", KML_NS)
    }
    assert (data["country_code"], data["admin1"], data["precision"]) == ("IQ", "Baghdad", "city")


def test_xlsx_holds_the_csv_tables_one_sheet_each(sample_report):
    from openpyxl import load_workbook

    from workbench.core.export.xlsx import to_xlsx

    book = load_workbook(io.BytesIO(to_xlsx(sample_report)))
    assert book.sheetnames == ["Entities and mentions", "Events"]
    for sheet, text in zip(book.worksheets, (entities_csv(sample_report), events_csv(sample_report))):
        as_csv = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        assert as_csv == list(csv.reader(io.StringIO(text)))
    sheet = book["Entities and mentions"]
    start = [c.value for c in sheet[1]].index("start") + 1
    assert isinstance(sheet.cell(row=2, column=start).value, int)  # offsets stay numbers


def test_an_xlsx_table_longer_than_a_sheet_goes_on_over_the_next(sample_report, monkeypatch):
    from openpyxl import load_workbook

    from workbench.core.export import xlsx

    monkeypatch.setattr(xlsx, "MAX_ROWS", 11)  # ten rows and the header a sheet, in place of Excel's 1 048 576
    book = load_workbook(io.BytesIO(xlsx.to_xlsx(sample_report)))
    parts = [s for s in book.worksheets if s.title.startswith("Entities and mentions")]
    assert [s.title for s in parts[:2]] == ["Entities and mentions", "Entities and mentions (2)"]
    assert all(s.max_row <= 11 and s["A1"].value == "article_id" for s in parts)
    assert sum(s.max_row - 1 for s in parts) == len(sample_report.articles[0].analysis.mentions)


def test_jsonl_has_one_article_a_line_as_the_json_export_holds_it(sample_report, store, engine, tmp_path):
    from workbench.core.export import to_jsonl

    lines = to_jsonl(sample_report).split("\n")
    assert lines[-1] == "" and len(lines) == 2
    assert json.loads(lines[0]) == json.loads(to_json(sample_report))["articles"][0]
    odd = tmp_path / "breaks.txt"  # characters that some readers take for line ends stay inside their line
    odd.write_text(
        "Title: Breaks\n\nOfficials in Baghdad said\u2028on Monday\x85 that the road\u2029was closed.", encoding="utf-8"
    )
    article_id = next(ingest_paths(store, engine, [odd])).result.article_id
    text = to_jsonl(build_report(store, [article_id], "t", "a"))
    assert len(text.splitlines()) == 1 and json.loads(text)["text"] == store.draft(article_id).text


def test_markdown_keeps_highlights_as_bold_with_their_type(sample_report):
    md = to_markdown(sample_report)
    assert "**Baghdad** \\[place (country, city)\\]" in md
    assert "| Places | Baghdad | 2 |" in md
    assert "- **2024-02-07** (Wednesday evening)" in md


def test_json_carries_the_analysis_and_the_analysts_work(sample_report):
    data = json.loads(to_json(sample_report))
    (article,) = data["articles"]
    assert article["highlights"][0]["note"] == "who is the source?"
    assert any(p["name"] == "Baghdad" for p in article["places"])


def test_untrusted_article_exports_with_nothing_live_in_any_format(evil_report, tmp_path, qapp):
    from workbench.qt.pdf import write_pdf

    page = to_html(evil_report)
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "javascript:" not in re.sub(r"&[a-z]+;", "", " ".join(re.findall(r"<a [^>]*>", page)))
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    md = to_markdown(evil_report)
    assert "<script" not in md and "<img" not in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md)  # "[click](javascript:…)" stays escaped text
    assert "&lt;script>alert(3)&lt;/script>" in md
    geo = json.loads(to_geojson(evil_report))
    assert geo["features"]  # Baghdad, Basra: the data keeps the text, as data
    json.loads(to_json(evil_report))
    rows = list(csv.reader(io.StringIO(entities_csv(evil_report))))
    assert len(rows) > 1
    text = " ".join(p.extract_text() or "" for p in PdfReader(str(write_pdf(evil_report, tmp_path / "e.pdf"))).pages)
    assert "alert(3)" in text  # shown as text, not run


def test_cli_export_writes_every_format(tmp_path):
    db = tmp_path / "lib.sqlite"

    def env_run(*a):
        return subprocess.run(
            [sys.executable, "-m", "workbench.cli", *a, "--db", str(db)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )

    assert env_run("ingest", str(SEED)).returncode == 0
    for fmt in ("html", "md", "csv", "xlsx", "geojson", "kml", "json", "jsonl", "pdf"):
        out = tmp_path / f"report.{fmt}"
        done = env_run("export", "--article", "1", "--format", fmt, "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert out.exists() and out.stat().st_size > 200
    assert (tmp_path / "report-events.csv").exists()
    found = env_run("export", "--query", "Mashtal", "--format", "md", "--out", str(tmp_path / "q.md"))
    assert found.returncode == 0 and "Al-Khazali" in (tmp_path / "q.md").read_text()
    assert env_run("export", "--article", "42", "--format", "md", "--out", str(tmp_path / "x.md")).returncode == 1


def test_window_exports_off_the_gui_thread(qtbot, make_window, tmp_path):
    window = make_window()
    window.import_paths([str(SEED)])
    qtbot.waitUntil(lambda: not window.busy, timeout=120_000)
    ids, what = window.exporter.scopes()["This article"]
    window.exporter.export(ids, what, "pdf", tmp_path / "from-window.pdf")
    qtbot.waitUntil(lambda: not window.busy, timeout=120_000)
    assert window.exporter.last_export == [tmp_path / "from-window.pdf"]
    assert "Al-Khazali" in PdfReader(str(tmp_path / "from-window.pdf")).pages[0].extract_text()
    window.exporter.export(
        ids, what, "kml", tmp_path / "from-window.kml"
    )  # the formats for other tools, as the dialog offers
    qtbot.waitUntil(lambda: not window.busy, timeout=120_000)
    assert b"<Placemark><name>Baghdad</name>" in (tmp_path / "from-window.kml").read_bytes()


def test_markdown_of_one_article_is_outlined_summary_highlights_notes_entities_timeline(sample_report):
    headings = [line for line in to_markdown(sample_report).splitlines() if line.startswith("#")]
    assert headings == [
        "# Khazali report",
        f"## {sample_report.articles[0].draft.title}",
        "### Summary",
        "### Analyst highlights",
        "### Notes",
        "### Entities",
        "### Timeline",
    ]


def test_markdown_of_several_articles_opens_with_their_shared_timeline(two_article_report):
    headings = [line for line in to_markdown(two_article_report).splitlines() if line.startswith("#")]
    assert headings[:3] == ["# Two stories", "## Timeline", f"## {two_article_report.articles[0].draft.title}"]


def test_the_json_export_holds_each_article_under_its_documented_keys(sample_report):
    article = json.loads(to_json(sample_report))["articles"][0]
    assert list(article) == [
        "id",
        "title",
        "published",
        "source",
        "url",
        "language",
        "analysed",
        "not_analysed",
        "text",
        "entities",
        "dropped",
        "places",
        "events",
        "summary",
        "highlights",
        "notes",
        "tags",
    ]
    assert all(list(s) == ["start", "end", "text"] for s in article["summary"])
    assert article["highlights"] == [
        {"start": 0, "end": 11, "color": "#fde047", "note": "who is the source?", "text": article["text"][:11]}
    ]
    assert (article["notes"], article["tags"]) == (["Compare with CENTCOM's statement."], [])


def test_an_article_in_a_language_no_model_reads_says_so_in_its_json():
    from workbench.core.export import analysis_to_json
    from workbench.core.models import Analysis, ArticleDraft

    shown = analysis_to_json(ArticleDraft(title="خبر", text="نص"), Analysis((), (), (), language="ar"))
    assert (shown["analysed"], shown["not_analysed"]) == (False, "not analysed (Arabic)")


def test_json_and_geojson_exports_put_one_key_a_line_for_a_readable_diff(sample_report):
    for exported in (to_json(sample_report), to_geojson(sample_report)):
        assert exported.splitlines()[1].startswith(' "')


def test_the_html_report_of_several_articles_counts_them_and_dates_each_event_in_its_sentence(two_article_report):
    page = to_html(two_article_report)
    assert "2 articles.</p>" in page
    timeline = page.split("<h2>Timeline</h2>", 1)[1].split("</table>", 1)[0]
    rows = [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", timeline)[1:]]
    assert [
        "2022-08-27",
        "27 August 2022",
        "Clashes erupted in Tripoli on 27 August 2022.",
        "Clashes in Tripoli",
    ] in rows


def test_the_entities_table_is_headed_with_its_column_names(two_article_report):
    assert (
        entities_csv(two_article_report).splitlines()[0]
        == "article_id,article_title,article_language,entity,label,mention,start,end"
    )


def test_the_html_report_of_one_article_is_outlined_and_shows_each_highlight_in_its_colour(sample_report):
    page = to_html(sample_report)
    assert re.findall(r"<h[1-3]>(.*?)</h[1-3]>", page) == [
        "Khazali report",
        sample_report.articles[0].draft.title,
        "Summary",
        "Analyst highlights",
        "Notes",
        "Entities",
        "Timeline",
        "Map",
    ]
    assert "<h3>Timeline</h3><table><tr><th>Date</th><th>Expression</th><th>What happened</th></tr><tr>" in page
    highlighted = sample_report.articles[0].draft.text[:11]
    assert (
        f'<blockquote><mark style="background-color:#fde047">{highlighted}</mark>'
        '<div class="note">who is the source?</div></blockquote>'
    ) in page


def test_the_html_report_says_what_an_article_does_not_give_and_shows_an_unsafe_link_as_text(two_article_report):
    from datetime import datetime

    from workbench.core.models import Analysis, ArticleDraft
    from workbench.core.summary import ArticleReport, Report

    page = to_html(two_article_report)
    assert (
        '<h2>Clashes in Tripoli</h2>\n<p class="meta">Source unknown · published date unknown · in English</p>' in page
    )
    draft = ArticleDraft(title="Odd link", text="Nothing dated here.", url="javascript:alert(1)")
    page = to_html(
        Report("Odd", "article 9", datetime(2024, 2, 8), (ArticleReport(9, draft, Analysis((), (), ()), ()),))
    )
    assert '<p class="meta">Source unknown — javascript:alert(1) · published date unknown</p>' in page


def test_a_report_summarises_each_article_in_three_sentences_unless_asked_otherwise(store, engine):
    article_id = next(ingest_paths(store, engine, [SEED])).result.article_id
    assert len(build_report(store, [article_id], "Khazali", "article").articles[0].summary) == 3
    assert len(build_report(store, [article_id], "Khazali", "article", sentences=5).articles[0].summary) == 5
