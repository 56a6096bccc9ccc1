"""Strings an untrusted article may carry to make a renderer run something: one list for every test and
for bench/fuzz.py, and an article that hides them where the engine reads names, places and dates."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

LONG_WORD = "A" * 100_000

HOSTILE = (
    # template engines (Jinja, branca, JavaScript template literals, printf)
    "{{ 7*7 }}",
    "{{ ''.__class__.__mro__ }}",
    "{% raw %}",
    "{% endraw %}",
    "{#",
    "#}",
    "${7*7}",
    "%s%n",
    # HTML and JavaScript
    "<script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)',
    "javascript:alert(1)",
    "]]>",
    "<!--",
    "&amp;",
    "\\\"'",
    # spreadsheet formulas
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    # text that confuses displays and terminals
    "\u202eevil\u202c",
    "\U0001f642\U0001d54f",  # outside the BMP: one character in Python, two positions in Qt
    "\x00",
    "\x1b]0;pwned\x07\x1b[2J",
    LONG_WORD,
)

# What a payload does when a page runs it: the tests look for these marks.
PWN_SCRIPT = "<script>window.pwned=1</script>"
PWN_IMG = "<img src=x onerror=\"window.pwned=1;document.title='pwned'\">"
PWN_TEMPLATE = "{{ 7*7 }}"


def hostile_article(payloads=HOSTILE) -> str:
    """A plain-text article (Title/Source/Published lines) whose title, names, places and dated sentences carry
    the payloads; the model reads Baghdad, Mosul, Kirkuk and the weekdays, so the strings reach every view."""
    body = [
        f"Officials in Baghdad said {PWN_TEMPLATE} people were hurt when a rocket hit a depot on Wednesday.",
        f"General Ahmed {PWN_IMG} Karimi told reporters in Mosul on Thursday that the road was closed.",
        f"The Ministry of {PWN_SCRIPT} Defence said on Friday that Basra province was calm.",
        '=HYPERLINK("http://x","y") was posted in Baghdad on Tuesday.',
        "-2+3 people were wounded in Mosul on Tuesday.",
    ]
    body += [f"On Monday, Abdul Rahman in Kirkuk wrote {h} to the governor of Nineveh." for h in payloads]
    return (
        f"Title: =cmd|' /C calc'!A0 {PWN_SCRIPT} {PWN_TEMPLATE} {{% raw %}} {{#\n"
        'Source: <img src=x onerror=alert(1)> =HYPERLINK("http://x","y")\n'
        "Published: 2024-02-08\n\n" + "\n\n".join(body)
    )


def spans_of(text: str, payloads=HOSTILE) -> list[tuple[int, int]]:
    """Where each payload first stands in the article's body: spans an analyst could mark as entities."""
    out = []
    for h in payloads:
        at = text.find(f"wrote {h} to")
        if at >= 0:
            out.append((at + len("wrote "), at + len("wrote ") + len(h)))
    return out


# ----------------------------------------------------------------------------- what an inert export looks like
# The only elements the HTML report is made of; anything else in it came from an article.
SAFE_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "span",
    "mark",
    "table",
    "tr",
    "th",
    "td",
    "blockquote",
    "div",
    "a",
    "svg",
    "g",
    "path",
    "circle",
    "text",
    "rect",
    "line",
    "br",
    "polyline",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER_COLUMNS = ("article_id", "start", "end")


class PageReader(HTMLParser):
    """Tags, attributes and text of an HTML page, split as a browser splits them."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes += [(name, value or "") for name, value in attrs]

    def handle_data(self, data):
        self.text.append(data)


def live_markup(page: str) -> list[str]:
    """What in an HTML report a browser would run or follow: foreign elements, event handlers, non-http links."""
    reader = PageReader(page)
    found = [f"<{tag}>" for tag in sorted(reader.tags - SAFE_TAGS)]
    found += [f"{name}=" for name, _ in reader.attributes if name.startswith("on")]
    found += [
        f"{name}={value[:40]}"
        for name, value in reader.attributes
        if name in ("href", "src") and not re.match(r"https?://", value)
    ]
    return found


def formula_cells(csv_text: str) -> list[str]:
    """Cells a spreadsheet would run as formulas (number columns must hold plain numbers)."""
    header, *rows = list(csv.reader(io.StringIO(csv_text)))
    bad = []
    for row in rows:
        for name, cell in zip(header, row):
            if (name in NUMBER_COLUMNS and not cell.isdigit()) or (
                name not in NUMBER_COLUMNS and cell.startswith(FORMULA_START)
            ):
                bad.append(f"{name}: {cell[:40]!r}")
    return bad


KML_NS = {"k": "http://www.opengis.net/kml/2.2"}
# The markup of a KML balloon; anything else in one came from an article.
BALLOON_TAGS = {"p", "b", "i"}


def kml_problems(kml: bytes) -> list[str]:
    """What Google Earth would render as markup in a KML file: it must parse as XML, and once parsed its
    names and data must hold no '<', its balloons only the writer's own tags, without attributes."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(kml)
    except ET.ParseError as exc:
        return [f"kml: not XML ({exc})"]
    problems = []
    for element in root.iter():
        tag, text = element.tag.split("}")[-1], element.text or ""
        if tag == "description" and text:
            reader = PageReader(text)
            problems += [f"kml balloon: <{t}>" for t in sorted(reader.tags - BALLOON_TAGS)]
            problems += [f"kml balloon: {name}=" for name, _ in reader.attributes]
        elif "<" in text:
            problems.append(f"kml {tag}: a raw '<' in {text[:40]!r}")
    return problems


def xlsx_problems(xlsx: bytes) -> list[str]:
    """Cells of an xlsx file a spreadsheet would run: formulas, or text that starts one."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(xlsx))
    bad = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith(FORMULA_START)):
                    bad.append(f"{sheet.title}!{cell.coordinate}: {str(cell.value)[:40]!r}")
    return bad


def export_problems(report) -> list[str]:
    """Every file export of a report, checked: HTML, Markdown and KML inert, CSV and xlsx cells inert, JSON and
    JSON Lines the same strings."""
    from workbench.core.export import (
        entities_csv,
        events_csv,
        to_geojson,
        to_html,
        to_json,
        to_jsonl,
        to_markdown,
    )
    from workbench.core.export.kml import to_kml
    from workbench.core.export.xlsx import to_xlsx

    problems = [f"html: {x}" for x in live_markup(to_html(report))]
    if "<" in to_markdown(report):
        problems.append("markdown: a raw '<'")
    problems += [f"csv: {x}" for text in (entities_csv(report), events_csv(report)) for x in formula_cells(text)]
    data = json.loads(to_json(report))
    for exported, article in zip(data["articles"], report.articles):
        if (exported["title"], exported["text"]) != (article.draft.title, article.draft.text):
            problems.append("json: the title or text changed on the way")
    if json.loads(to_geojson(report))["type"] != "FeatureCollection":
        problems.append("geojson: not a FeatureCollection")
    lines = to_jsonl(report).split("\n")
    if lines[-1] or [json.loads(line)["text"] for line in lines[:-1]] != [a.draft.text for a in report.articles]:
        problems.append("jsonl: not one article a line, or the text changed on the way")
    problems += kml_problems(to_kml(report)) + xlsx_problems(to_xlsx(report))
    return problems


# ----------------------------------------------------------------------------- one input through the workbench
class Rejected(Exception):
    """The reader refused the file, as it should refuse bad input: `reason` is what the analyst is told."""


def through_the_workbench(path: Path, engine, store, pdf_to: Path | None = None) -> list[str]:
    """read -> analyse -> store -> export, as an import and an export do; returns the problems found in the
    exports. Raises Rejected for an IngestError and lets every other exception through (those are bugs)."""
    from workbench.core import dedup
    from workbench.core.ingest import IngestError, read_article
    from workbench.core.pipeline import build_report, store_article

    try:
        draft = read_article(path)
    except IngestError as exc:
        raise Rejected(exc.reason) from exc
    digest = dedup.content_hash(draft.text)
    article_id = store.find_by_hash(digest)
    if article_id is None:
        analysis = engine.analyze(draft.text, draft.published)
        article_id = store_article(store, draft, analysis, digest, engine.model).article_id
    report = build_report(store, [article_id], draft.title, "fuzz")
    if pdf_to is not None:
        from workbench.qt.pdf import write_pdf

        write_pdf(report, pdf_to)
    return export_problems(report)


# ----------------------------------------------------------------------------- random hostile files
FORMATS = (".txt", ".md", ".html", ".eml", ".docx", ".pdf")
_NEWS = (
    "Officials in Baghdad said on Monday",
    "a rocket hit a depot in Mosul",
    "General Ahmed Karimi told reporters",
    "the Ministry of Defence said last week",
    "fighting raged in Omdurman on Thursday",
    "near Kirkuk, 20 km north of Erbil",
)
# Stretches of Unicode a reader meets: ASCII, Latin-1, Arabic, Devanagari, CJK, emoji (outside the BMP),
# combining marks, bidi controls, C0 and C1 controls, private use.
_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x600, 0x6FF),
    (0x900, 0x97F),
    (0x4E00, 0x4FFF),
    (0x1F300, 0x1F6FF),
    (0x300, 0x36F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x1, 0x1F),
    (0x80, 0x9F),
    (0xE000, 0xE0FF),
)


def random_unicode(rng, most: int = 40) -> str:
    low, high = rng.choice(_RANGES)
    return "".join(chr(rng.randint(low, high)) for _ in range(rng.randint(0, most)))


def random_fragment(rng) -> str:
    """A piece of an article: a hostile string, a stretch of odd Unicode, or a line of news."""
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(HOSTILE[:-1]) if rng.random() > 0.01 else LONG_WORD
    if roll < 0.6:
        return random_unicode(rng)
    return rng.choice(_NEWS)


def random_text(rng, most: int = 30) -> str:
    return "".join(
        random_fragment(rng) + rng.choice((" ", ". ", "\n", "\n\n", ", ", "")) for _ in range(rng.randint(1, most))
    )


def mutated(rng, data: bytes) -> bytes:
    """Bytes damaged the ways files are damaged: flipped bytes, cut short, a slice lost, junk put in."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(4)
        at = rng.randrange(len(data)) if data else 0
        if kind == 0:
            for _ in range(rng.randint(1, 16)):
                if data:
                    data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == 1:
            del data[at:]
        elif kind == 2:
            del data[at : at + rng.randint(1, 512)]
        else:
            data[at:at] = rng.randbytes(rng.randint(1, 64))
    return bytes(data)


def _encoded(rng, text: str) -> bytes:
    encoding = rng.choice(("utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1256", "shift_jis"))
    return text.encode(encoding, errors="replace")


def _txt(rng) -> bytes:
    headers = "".join(
        f"{key}: {random_fragment(rng) if rng.random() < 0.7 else '2024-02-08'}\n"
        for key in rng.sample(("Title", "Source", "URL", "Published", "Author", "Date"), rng.randint(0, 4))
    )
    return _encoded(rng, headers + ("\n" if headers else "") + random_text(rng))


def _md(rng) -> bytes:
    front = ""
    if rng.random() < 0.6:
        front = (
            "---\n"
            + "".join(f"{key}: {random_fragment(rng)}\n" for key in ("title", "date", "source")[: rng.randint(1, 3)])
            + "---\n"
        )
    return _encoded(rng, front + f"# {random_fragment(rng)}\n\n" + random_text(rng))


def _html(rng) -> bytes:
    paragraphs = "".join(f"<p>{random_text(rng, 8)}</p>" for _ in range(rng.randint(1, 8)))
    return _encoded(
        rng,
        f"<html><head><title>{random_fragment(rng)}</title><meta name='date' content='{random_fragment(rng)}'>"
        f"</head><body><article>{paragraphs}</article>{random_fragment(rng)}</body></html>",
    )


def _eml(rng) -> bytes:
    """An e-mail written byte by byte (so its headers may be as broken as a hostile sender makes them)."""
    import base64
    import quopri

    subtype, charset = rng.choice(("plain", "html")), rng.choice(("utf-8", "latin-1", "utf-16", "x-unknown"))
    body = _encoded(rng, random_text(rng))
    encoding = rng.choice(("8bit", "base64", "quoted-printable"))
    body = {"8bit": body, "base64": base64.encodebytes(body), "quoted-printable": quopri.encodestring(body)}[encoding]
    headers = "".join(f"{key}: {random_fragment(rng)}\r\n" for key in ("Subject", "From", "Date")[: rng.randint(0, 3)])
    part = (
        f"Content-Type: text/{subtype}; charset={charset}\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n"
    ).encode() + body
    if rng.random() < 0.3:
        part = b'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\n' + part + b"\r\n--b1--\r\n"
    return headers.encode("utf-8", errors="replace") + b"MIME-Version: 1.0\r\n" + part


_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _docx(rng) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = _XML_UNSAFE.sub("", random_fragment(rng))[:255]
    for _ in range(rng.randint(1, 6)):
        document.add_paragraph(_XML_UNSAFE.sub("", random_text(rng, 8)))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf_string(text: str) -> bytes:
    return (
        b"("
        + text.encode("latin-1", errors="replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        + b")"
    )


def _pdf(rng) -> bytes:
    """A small valid PDF (Helvetica text lines, a title in its info) built by hand, offsets and all."""
    lines = [random_text(rng, 4)[:200].replace("\n", " ") for _ in range(rng.randint(1, 8))]
    content = b"BT /F1 11 Tf 50 780 Td 14 TL " + b" ".join(_pdf_string(line) + b" '" for line in lines) + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title " + _pdf_string(random_fragment(rng)[:200]) + b" /CreationDate (D:20240208120000) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(
        b"%010d 00000 n \n" % o for o in offsets
    )
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_MAKERS = {".txt": _txt, ".md": _md, ".html": _html, ".eml": _eml, ".docx": _docx, ".pdf": _pdf}


def random_file(rng, suffix: str) -> bytes:
    """A file of the format: well formed with hostile content, damaged, or (now and then) plain noise."""
    roll = rng.random()
    if roll < 0.05:
        return rng.randbytes(rng.randint(0, 4096))
    data = _MAKERS[suffix](rng)
    return mutated(rng, data) if roll < 0.35 else data
