"""An article written to attack its reader: every hostile string of tests/hostile.py goes through every view
and every export, and comes out as text an analyst can read, never as markup, script, template or formula."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys

import pytest

from workbench.core.export import (
    entities_csv,
    events_csv,
    spreadsheet_cell,
    to_geojson,
    to_html,
    to_json,
    to_markdown,
)
from workbench.core.mapping import Marker, map_html
from workbench.core.pipeline import build_report, ingest_paths, reanalyze
from workbench.core.store import Store

from .conftest import ROOT
from .hostile import (
    HOSTILE,
    KML_NS,
    LONG_WORD,
    PWN_IMG,
    PWN_SCRIPT,
    PageReader,
    formula_cells,
    hostile_article,
    kml_problems,
    live_markup,
    spans_of,
    xlsx_problems,
)

# What the text reader makes of each payload: line ends become "\n", NUL bytes go, nothing else changes.
AS_READ = [h.replace("\r", "\n").replace("\x00", "") for h in HOSTILE if h != "\x00"]
# What the engine makes of each as a name the analyst marked: trimmed.
AS_NAMES = {h.strip() for h in AS_READ}
# Places the analyst renamed ("Set location…"): hostile names reach the map, GeoJSON and the SVG map.
PLACE_NAMES = {
    "Baghdad": "</script><script>window.pwned=1</script>",
    "Mosul": "{% raw %}{{ 7*7 }}",
    "Kirkuk": PWN_IMG,
    "Nineveh": '=HYPERLINK("http://x","y")',
    "Basra": "{# unclosed",
}


def _import(store, engine, path, text) -> int:
    path.write_text(text, encoding="utf-8")
    (progress,) = ingest_paths(store, engine, [path])
    assert progress.result.status == "stored", progress.result.reason
    return progress.result.article_id


@pytest.fixture(scope="module")
def hostile_library(engine, tmp_path_factory):
    """Two hostile articles in a library file, every payload marked as a person by the analyst, the places
    renamed with markup, and a highlight, note and tag of markup; then a report of both."""
    folder = tmp_path_factory.mktemp("hostile")
    store = Store(folder / "library.sqlite")
    first = _import(store, engine, folder / "hostile.txt", hostile_article())
    second = _import(store, engine, folder / "second.txt", hostile_article(HOSTILE[:8]))
    draft = store.draft(first)
    for start, end in spans_of(draft.text, AS_READ):
        store.add_correction(first, "add", start, end, draft.text[start:end], {"label": "PERSON"})
    for place in store.analysis(first).places:
        if place.name in PLACE_NAMES:
            span = place.mentions[0]
            store.add_correction(
                first,
                "location",
                span.start,
                span.end,
                span.text,
                {"lat": place.lat, "lon": place.lon, "name": PLACE_NAMES[place.name], "kind": place.kind},
            )
    reanalyze(store, engine, first)
    start, end = spans_of(draft.text, [PWN_SCRIPT])[0] if spans_of(draft.text, [PWN_SCRIPT]) else (0, 20)
    store.add_highlight(first, start, end, "#fde047", PWN_SCRIPT + " {{ 7*7 }}")
    store.add_note(first, "=1+1 <img src=x onerror=alert(1)> {% raw %}")
    store.add_tag(first, "<b>{{ 7*7 }}</b>")
    report = build_report(store, [first, second], "=cmd|' /C calc'!A0 <script>alert(1)</script> {{ 7*7 }}", "{% raw %}")
    single = build_report(store, [first], "{# <img src=x onerror=alert(1)>", "article")
    yield {
        "db": folder / "library.sqlite",
        "id": first,
        "store": store,
        "report": report,
        "single": single,
        "file": folder / "hostile.txt",
    }
    store.close()


def test_every_payload_reached_the_analysis_as_an_entity_and_the_places_carry_markup(hostile_library):
    analysis = hostile_library["report"].articles[0].analysis
    names = {e.canonical for e in analysis.entities}
    assert AS_NAMES <= names
    assert set(PLACE_NAMES.values()) <= {p.name for p in analysis.places}


# ----------------------------------------------------------------------------- HTML exports
@pytest.mark.parametrize("which", ["report", "single"])
def test_the_html_report_shows_every_payload_as_text_and_holds_no_live_markup(hostile_library, which):
    page = to_html(hostile_library[which])
    assert live_markup(page) == []
    shown = "".join(PageReader(page).text)
    for payload in AS_READ:
        assert payload in shown, payload[:40]
    # '{{ 7*7 }}' stayed text: no 49 anywhere but in the report's own time of making ('09:49')
    assert "49" not in re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "", shown.replace("{{ 7*7 }}", ""))
    if which == "report":
        assert html.escape(PLACE_NAMES["Kirkuk"]) in page  # the map's SVG labels, escaped


def test_the_pdf_report_prints_the_payloads_and_carries_no_script_or_link(hostile_library, tmp_path, qapp):
    from pypdf import PdfReader

    from workbench.qt.pdf import write_pdf

    report = hostile_library["single"]
    pdf = PdfReader(str(write_pdf(report, tmp_path / "hostile.pdf")))
    # The first pages hold the titles (the 100 000-letter word fills a hundred more: reading them all takes long).
    letters = re.sub(r"\s", "", " ".join(page.extract_text() or "" for page in pdf.pages[:2]))  # lines break anywhere
    for visible in (report.title, report.articles[0].draft.title):
        assert re.sub(r"\s", "", visible) in letters
    root = pdf.trailer["/Root"]
    assert "/OpenAction" not in root and "/AA" not in root and "/JavaScript" not in str(root.get("/Names", {}))
    links = [a.get_object() for page in pdf.pages for a in page.get("/Annots") or []]
    assert not [a for a in links if "javascript" in str(a.get("/A", "")).lower()]


# ----------------------------------------------------------------------------- Markdown, CSV, JSON, GeoJSON
def test_markdown_escapes_every_payload(hostile_library):
    md = to_markdown(hostile_library["report"])
    assert "<" not in md  # every tag shows as "&lt;…"
    assert not re.search(r"(?<!\\)\]\(", md)  # no link can be made of article text
    assert "&lt;script>alert(1)&lt;/script>" in md and "{{ 7\\*7 }}" in md


def test_csv_cells_never_start_a_formula_and_numbers_stay_numbers(hostile_library):
    report = hostile_library["report"]
    assert formula_cells(entities_csv(report)) == [] and formula_cells(events_csv(report)) == []
    entities = list(csv.DictReader(io.StringIO(entities_csv(report))))
    shown = {row["entity"] for row in entities} | {row["mention"] for row in entities}
    assert {'\'=HYPERLINK("http://x","y")', "'=cmd|' /C calc'!A0", "'+1+1", "'-2+3", "'@SUM(A1)", "'\t=1"} <= shown
    assert all(
        row["article_title"].startswith("'=cmd") for row in entities if row["article_id"] == str(hostile_library["id"])
    )
    events = list(csv.DictReader(io.StringIO(events_csv(report))))
    assert '\'=HYPERLINK("http://x","y") was posted in Baghdad on Tuesday.' in {row["sentence"] for row in events}


@pytest.mark.parametrize(
    "cell, shown",
    [
        ("-3", "-3"),
        ("+1.5", "+1.5"),
        ("-0.25", "-0.25"),
        ("1e5", "1e5"),
        (42, 42),
        ("Baghdad", "Baghdad"),
        ("", ""),
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-3 killed", "'-3 killed"),
        ("-", "'-"),
    ],
)
def test_a_spreadsheet_cell_is_quoted_only_when_it_would_start_a_formula(cell, shown):
    assert spreadsheet_cell(cell) == shown


def test_json_and_geojson_give_back_the_very_strings(hostile_library):
    report = hostile_library["report"]
    article = json.loads(to_json(report))["articles"][0]
    assert article["text"] == report.articles[0].draft.text
    assert article["title"] == report.articles[0].draft.title
    assert AS_NAMES <= {e["canonical"] for e in article["entities"]}
    assert article["highlights"][0]["note"] == PWN_SCRIPT + " {{ 7*7 }}"
    geo = json.loads(to_geojson(report))
    assert set(PLACE_NAMES.values()) <= {f["properties"]["name"] for f in geo["features"]}


# ----------------------------------------------------------------------------- KML, xlsx, JSON Lines
def test_kml_balloons_and_names_show_every_payload_as_text(hostile_library):
    import xml.etree.ElementTree as ET

    from workbench.core.export.kml import to_kml

    kml = to_kml(hostile_library["report"])
    assert kml_problems(kml) == []
    assert b"CDATA" not in kml
    root = ET.fromstring(kml)
    names = {html.unescape(e.text or "") for e in root.iter(f"{{{KML_NS['k']}}}name")}
    assert set(PLACE_NAMES.values()) <= names  # the renamed places, as text once Google Earth reads the entities
    shown = " ".join("".join(PageReader(e.text).text) for e in root.iter(f"{{{KML_NS['k']}}}description") if e.text)
    assert PWN_SCRIPT in shown and PWN_IMG in shown and "{{ 7*7 }}" in shown  # quoted, never run


def test_xlsx_cells_are_text_and_the_formulas_inert(hostile_library):
    from openpyxl import load_workbook

    from workbench.core.export.xlsx import to_xlsx

    xlsx = to_xlsx(hostile_library["report"])
    assert xlsx_problems(xlsx) == []
    cells = [c for sheet in load_workbook(io.BytesIO(xlsx)).worksheets for row in sheet.iter_rows() for c in row]
    quoted = {c.value for c in cells if isinstance(c.value, str) and c.value.startswith("'")}
    assert {'\'=HYPERLINK("http://x","y")', "'=cmd|' /C calc'!A0", "'+1+1", "'-2+3", "'@SUM(A1)"} <= quoted
    assert all(c.data_type == "s" for c in cells if isinstance(c.value, str))
    assert max(len(c.value) for c in cells if isinstance(c.value, str)) <= 32_767  # the 100 000-letter word, cut


def test_jsonl_gives_back_the_very_strings_one_article_a_line(hostile_library):
    from workbench.core.export import to_jsonl

    report = hostile_library["report"]
    lines = to_jsonl(report).splitlines()
    assert [json.loads(line)["text"] for line in lines] == [a.draft.text for a in report.articles]
    assert AS_NAMES <= {e["canonical"] for e in json.loads(lines[0])["entities"]}


# ----------------------------------------------------------------------------- the map page
HOSTILE_MARKERS = [
    Marker(i, h, "city", 30 + i % 10, 40 + i // 10, h[:50], 1, (f"Said {h} on Monday.", h), h)
    for i, h in enumerate(HOSTILE)
]
ISLAND = re.compile(r'<script type="application/json" id="wb-data">(.*?)</script>', re.DOTALL)


def test_the_map_page_holds_hostile_strings_only_as_escaped_json_data():
    page = map_html(HOSTILE_MARKERS)
    island = ISLAND.search(page)
    assert "<" not in island.group(1) and ">" not in island.group(1)
    data = json.loads(island.group(1))
    assert [(m["name"], m["sentences"], m["article"]) for m in data["markers"]] == [
        (m.name, list(m.sentences), m.article) for m in HOSTILE_MARKERS
    ]
    outside = page[: island.start()] + page[island.end() :]
    for payload in HOSTILE:
        if len(payload) > 2 and payload not in (
            "&amp;",
            "%s%n",
            LONG_WORD,
        ):  # '&amp;' etc. also occur in Leaflet's own code
            assert payload not in outside, payload
    assert "49" not in island.group(1).replace("{{ 7*7 }}", "")


@pytest.mark.parametrize("payload", ["{% raw %}", "{% endraw %}", "{#", "#}", "{{", "{%", "}}"])
def test_a_lone_template_tag_in_a_place_name_never_breaks_the_map_page(payload):
    page = map_html([Marker(0, payload, "city", 33.3, 44.4, payload, 1, (payload,), payload)])
    assert json.loads(ISLAND.search(page).group(1))["markers"][0]["name"] == payload


def test_hostile_places_on_the_real_map_show_their_names_as_text_and_run_nothing(qtbot, qapp):
    from workbench.qt.map_view import MapView

    view = MapView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.show_markers(HOSTILE_MARKERS)
    qtbot.waitUntil(lambda: view.is_ready, timeout=60_000)
    box = []
    view.run_js(
        """(function () {
      var title = document.title, shown = [];
      var layers = window.workbench.map._layers;
      Object.keys(layers).forEach(function (k) {
        var mk = layers[k];
        if (!mk.wbPlace) { return; }
        mk.openPopup(); mk.openTooltip();
        var popup = mk.getPopup().getElement();
        shown.push({id: mk.wbPlace.id, tooltip: mk.getTooltip().getElement().textContent,
                    heading: popup.querySelector('h4').textContent,
                    quotes: Array.prototype.map.call(popup.querySelectorAll('blockquote'), function (q) { return q.textContent; }),
                    article: popup.querySelectorAll('.kind')[1].textContent});
      });
      var scripts = Array.prototype.filter.call(document.scripts, function (s) {
        return s.type !== 'application/json' && /pwned|alert\\(/.test(s.textContent); }).length;
      return JSON.stringify({pwned: String(window.pwned), titleKept: document.title === title, shown: shown, scripts: scripts,
                             injected: document.querySelectorAll('img[src=x], [onerror], [onmouseover]').length});
    })()""",
        box.append,
    )
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    result = json.loads(box[0])
    assert (result["pwned"], result["titleKept"], result["scripts"], result["injected"]) == ("undefined", True, 0, 0)
    shown = {s["id"]: s for s in result["shown"]}
    assert len(shown) == len(HOSTILE_MARKERS)
    for m in HOSTILE_MARKERS:
        assert shown[m.id]["tooltip"] == m.name and shown[m.id]["heading"] == m.name, m.name[:40]
        assert shown[m.id]["quotes"] == list(m.sentences) and shown[m.id]["article"] == m.article


# ----------------------------------------------------------------------------- the reader and the timeline
def test_the_reader_shows_the_hostile_article_as_plain_text_with_marks_on_the_right_characters(
    hostile_library, qtbot, qapp
):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextDocument

    from workbench.qt.reader import ReaderView

    stored = hostile_library["store"].article(hostile_library["id"])
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_article(stored.draft, stored.analysis, stored.highlights)
    assert reader.title.text() == stored.draft.title and reader.title.textFormat() == Qt.PlainText
    assert reader.source.textFormat() == Qt.PlainText
    assert reader.text.toPlainText() == stored.draft.text
    body = reader.text.document().toHtml().split("<body", 1)[1]
    assert "<img" not in body and "<script" not in body
    # Places after the emoji: the marks (a map click) and the analyst's selection (a highlight) stay on them.
    nineveh = [(m.start, m.end) for m in stored.analysis.mentions if m.text == "Nineveh"]
    reader.mark("place", nineveh)
    assert reader.marked("place") == nineveh
    assert {s.cursor.selectedText() for s in reader.text.extraSelections()} == {"Nineveh"}
    document = reader.text.document()
    last = document.find("Nineveh", document.characterCount(), QTextDocument.FindFlag.FindBackward)
    reader.text.setTextCursor(last)
    requested = []
    reader.highlightRequested.connect(lambda *args: requested.append(args[:2]))
    highlight = next(a for a in reader.build_context_menu(QPoint(0, 0)).actions() if a.text() == "Highlight").menu()
    highlight.actions()[0].trigger()
    assert requested == [nineveh[-1]]


def test_the_timeline_lists_and_tips_hostile_sentences_as_text(hostile_library, qtbot, qapp):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from workbench.qt.timeline import TimelineView

    events = hostile_library["report"].articles[0].analysis.events
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_events(list(events), PWN_SCRIPT)
    listed = [view.list.item(i).text() for i in range(view.list.count())]
    assert any("<img src=x onerror=alert(1)>" in line for line in listed)
    assert all(line.endswith("— " + PWN_SCRIPT) for line in listed)
    item = next(i for i in view.axis.items if PWN_IMG in i.event.sentence)
    at = item.rect.center().toPoint()
    QApplication.sendEvent(view.axis, QHelpEvent(QEvent.ToolTip, at, view.axis.mapToGlobal(at)))
    tip = QToolTip.text()
    assert html.escape(item.event.sentence[:300]) in tip and "<img" not in tip


# ----------------------------------------------------------------------------- the command line
def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        encoding="utf-8",
    )


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_the_command_line_prints_hostile_text_inert_and_its_json_gives_back_the_strings(hostile_library):
    db, article_id = str(hostile_library["db"]), str(hostile_library["id"])
    draft = hostile_library["store"].draft(hostile_library["id"])
    analysed = run_cli("analyze", str(hostile_library["file"]), "--json")
    assert analysed.returncode == 0, analysed.stderr
    assert json.loads(analysed.stdout)["text"] == draft.text
    shown_json = run_cli("show", article_id, "--json", "--db", db)
    data = json.loads(shown_json.stdout)
    assert (data["title"], data["text"]) == (draft.title, draft.text)
    assert AS_NAMES <= {e["canonical"] for e in data["entities"]}
    for command in (("list",), ("show", article_id)):
        out = run_cli(*command, "--db", db)
        assert out.returncode == 0, out.stderr
        assert not CONTROL.search(out.stdout), CONTROL.search(out.stdout)  # no terminal escape reaches the screen
        assert "=cmd|' /C calc'!A0 <script>window.pwned=1</script> {{ 7*7 }}" in out.stdout
    assert "wrote \\x1b]0;pwned\\x07\\x1b[2J to" in out.stdout  # shown as escapes, not obeyed
