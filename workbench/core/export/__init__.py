"""Reports -> HTML (self-contained), Markdown, CSV, xlsx, GeoJSON, KML, JSON and JSON Lines. (PDF goes
through Qt: workbench.qt.pdf; KML and xlsx are written by the modules beside this one.)

Everything that comes from an article is untrusted: HTML escapes it, Markdown escapes its markup
characters, links are made only for http(s) URLs, a spreadsheet cell that would run as a formula is
quoted, and KML balloons (which Google Earth renders as HTML) hold escaped text.
"""

from __future__ import annotations

import bisect
import csv
import html
import io
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from ..divisions import place_geography
from ..gazetteer import Gazetteer, open_gazetteer
from ..language import language_name, not_analysed_note
from ..mapping import markers_for_articles
from ..mapsvg import map_svg
from ..models import Analysis, ArticleDraft, Event
from ..palette import LABEL_COLOURS, LABEL_NAMES, colour_of
from ..summary import ArticleReport, Report

ENTITY_GROUPS = (
    ("PERSON", "People"),
    ("ORG", "Organisations"),
    ("GPE", "Places"),
    ("LOC", "Places"),
    ("FAC", "Facilities"),
    ("NORP", "Groups and nationalities"),
    ("EVENT", "Events"),
)
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)

CSS = """
body { font-family: Georgia, 'DejaVu Serif', serif; max-width: 860px; margin: 24px auto; color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 20px; border-bottom: 1px solid #ccc; margin-top: 32px; }
h3 { font-size: 15px; margin-bottom: 4px; }
.meta, .generated { color: #555; font-size: 13px; }
mark { padding: 0 2px; border-radius: 2px; color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.label { font-size: 10px; color: #333; font-family: sans-serif; }
.legend span { display: inline-block; margin: 2px 6px 2px 0; padding: 1px 6px; border-radius: 3px; font-family: sans-serif; font-size: 12px; }
table { border-collapse: collapse; font-size: 13px; font-family: sans-serif; } td, th { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
td:first-child { white-space: nowrap; }
blockquote { margin: 6px 0; padding-left: 10px; border-left: 4px solid #ccc; }
.note { color: #444; font-style: italic; font-size: 13px; }
.map svg { max-width: 100%; height: auto; border: 1px solid #ccc; }
"""


def _e(text: str) -> str:
    return html.escape(text or "", quote=True)


def _events(report: Report) -> list[tuple[Event, ArticleReport]]:
    out = [(e, a) for a in report.articles for e in a.analysis.events if e.date is not None]
    return sorted(out, key=lambda ea: (ea[0].date, ea[1].id, ea[0].start))


def _when(e: Event) -> str:
    end = e.end_date or e.date
    return e.date.isoformat() if end == e.date else f"{e.date.isoformat()} – {end.isoformat()}"


def _markers(articles):
    return [marker for marker, _ in markers_for_articles(list(articles))]


def entity_counts(article: ArticleReport) -> dict[str, Counter]:
    """Label group -> canonical name -> number of mentions."""
    groups: dict[str, Counter] = defaultdict(Counter)
    names = dict(ENTITY_GROUPS)
    for entity in article.analysis.entities:
        if entity.label in names:
            groups[names[entity.label]][entity.canonical] += len(entity.mentions)
    return groups


def _highlighted_html(text: str, start: int, end: int, article: ArticleReport) -> str:
    """A stretch of the article with its entity mentions as coloured <mark> elements, all text escaped."""
    out, pos = [], start
    for m in mentions_in_range(article, start, end):
        out.append(_e(text[pos : m.start]))
        out.append(
            f'<mark style="background-color:{colour_of(m.label)}" title="{_e(LABEL_NAMES.get(m.label, m.label))}'
            f'{": " + _e(m.canonical) if m.canonical and m.canonical != m.text else ""}">{_e(m.text)}</mark>'
        )
        pos = m.end
    out.append(_e(text[pos:end]))
    return "".join(out)


def mentions_in_range(article: ArticleReport, start: int, end: int):
    chosen, last_end = [], -1
    for m in sorted(article.analysis.mentions, key=lambda m: (m.start, -m.end)):
        if start <= m.start and m.end <= end and m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen


def _legend_html(report: Report) -> str:
    present = {m.label for a in report.articles for m in a.analysis.mentions}
    spans = [
        f'<span style="background-color:{c}">&nbsp;{_e(LABEL_NAMES[label])}&nbsp;</span>'
        for label, c in LABEL_COLOURS.items()
        if label in present and not (label == "TIME" and "DATE" in present)
    ]
    return f'<p class="legend">Colours: {" ".join(spans)}</p>'


def inline_svg(markers) -> str:
    return f'<div class="map">{map_svg(markers)}</div>'


def to_html(report: Report, map_picture=inline_svg) -> str:
    """One self-contained HTML file: inline CSS, the map as inline SVG, no scripts, no remote resources.

    `map_picture(markers) -> HTML` lets the PDF writer put a rendered image where the SVG would stand.
    """
    several = len(report.articles) > 1
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(report.title)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{_e(report.title)}</h1>",
        (
            f'<p class="generated">Exported {report.generated:%Y-%m-%d %H:%M} from the workbench: {_e(report.what)}, '
            f"{len(report.articles)} article{'s' if several else ''}.</p>"
        ),
        _legend_html(report),
    ]
    if several:
        parts.append("<h2>Timeline</h2>" + _timeline_html(report, show_article=True))
        parts.append("<h2>Map</h2>" + map_picture(_markers(report.articles)))
        parts.append("<h2>Who is named where</h2>" + _entity_table_html(report))
    for a in report.articles:
        parts.append(_article_html(a, report, map_picture if not several else None))
    parts.append("</body></html>")
    return "\n".join(parts)


def _timeline_html(report: Report, show_article: bool) -> str:
    rows = [
        f"<tr><td>{_e(_when(e))}</td><td>{_e(e.text)}</td><td>{_e(e.sentence)}</td>"
        + (f"<td>{_e(a.draft.title)}</td>" if show_article else "")
        + "</tr>"
        for e, a in _events(report)
    ]
    if not rows:
        return "<p>No dated events.</p>"
    head = (
        "<tr><th>Date</th><th>Expression</th><th>What happened</th>"
        + ("<th>Article</th>" if show_article else "")
        + "</tr>"
    )
    return f"<table>{head}{''.join(rows)}</table>"


def _entity_table_html(report: Report) -> str:
    names: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
    for a in report.articles:
        for group, counter in entity_counts(a).items():
            for name, n in counter.items():
                names[(group, name)][a.id] = n
    head = (
        "<tr><th>Entity</th><th>Type</th>"
        + "".join(f"<th>{_e(a.draft.title[:40])}</th>" for a in report.articles)
        + "</tr>"
    )
    rows = []
    for (group, name), per in sorted(names.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        cells = "".join(f"<td>{per.get(a.id, '')}</td>" for a in report.articles)
        rows.append(f"<tr><td>{_e(name)}</td><td>{_e(group)}</td>{cells}</tr>")
    return f"<table>{head}{''.join(rows)}</table>"


def _article_html(a: ArticleReport, report: Report, map_picture) -> str:
    d = a.draft
    url = f'<a href="{_e(d.url)}">{_e(d.url)}</a>' if _SAFE_URL.match(d.url or "") else _e(d.url)
    parts = [
        f"<h2>{_e(d.title)}</h2>",
        (
            f'<p class="meta">{_e(d.source or "Source unknown")}{" — " + url if d.url else ""}'
            f" · published {_e(d.published.isoformat() if d.published else 'date unknown')}"
            f"{_language_html(a.analysis)}"
            f"{' · tags: ' + _e(', '.join(a.tags)) if a.tags else ''}</p>"
        ),
        "<h3>Summary</h3>",
    ]
    parts += [f"<blockquote>{_highlighted_html(d.text, s.start, s.end, a)}</blockquote>" for s in a.summary]
    if a.highlights:
        parts.append("<h3>Analyst highlights</h3>")
        for h in a.highlights:
            note = f'<div class="note">{_e(h.note)}</div>' if h.note else ""
            parts.append(
                f'<blockquote><mark style="background-color:{_e(h.color)}">{_e(d.text[h.start : h.end])}</mark>{note}</blockquote>'
            )
    if a.notes:
        parts.append("<h3>Notes</h3>" + "".join(f'<p class="note">{_e(n)}</p>' for n in a.notes))
    groups = entity_counts(a)
    if groups:
        parts.append("<h3>Entities</h3><table>")
        for group, counter in groups.items():
            listed = ", ".join(f"{_e(name)} ({n})" for name, n in counter.most_common())
            parts.append(f"<tr><th>{_e(group)}</th><td>{listed}</td></tr>")
        parts.append("</table>")
    parts.append("<h3>Timeline</h3>" + _timeline_html(Report(report.title, report.what, report.generated, (a,)), False))
    if map_picture is not None:
        parts.append("<h3>Map</h3>" + map_picture(_markers([a])))
    return "\n".join(parts)


# ----------------------------------------------------------------------------- Markdown
# Characters that make Markdown inside a line; newlines become spaces, so line-start markers cannot occur.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def _language_html(analysis: Analysis) -> str:
    """' · in French', or ' · in Arabic, not analysed' (so no entities, places or dates below)."""
    if not analysis.language:
        return ""
    return f" · in {_e(language_name(analysis.language))}{'' if analysis.analysed else ', not analysed'}"


def _md(text: str) -> str:
    """Article text made inert in Markdown: markup characters escaped, HTML tags shown as text."""
    text = _MD_SPECIAL.sub(r"\\\1", text or "")
    return text.replace("<", "&lt;").replace("\n", " ")


def to_markdown(report: Report) -> str:
    lines = [
        f"# {_md(report.title)}",
        "",
        (
            f"_Exported {report.generated:%Y-%m-%d %H:%M} from the workbench: {_md(report.what)}, "
            f"{len(report.articles)} article(s). Highlights are **bold** with their type in brackets._"
        ),
        "",
    ]
    if len(report.articles) > 1:
        lines += ["## Timeline", ""] + _md_timeline(report, True) + [""]
    for a in report.articles:
        d = a.draft
        lines += [
            f"## {_md(d.title)}",
            "",
            (
                f"{_md(d.source or 'Source unknown')}{' — ' + (d.url if _SAFE_URL.match(d.url or '') else _md(d.url)) if d.url else ''}"
                f" · published {d.published.isoformat() if d.published else 'date unknown'}"
            ),
            "",
            "### Summary",
            "",
        ]
        for s in a.summary:
            lines.append("> " + _md_highlighted(d.text, s.start, s.end, a))
            lines.append("")
        if a.highlights:
            lines += ["### Analyst highlights", ""]
            for h in a.highlights:
                lines.append(f"- **{_md(d.text[h.start : h.end])}**" + (f" — _{_md(h.note)}_" if h.note else ""))
            lines.append("")
        if a.notes:
            lines += ["### Notes", ""] + [f"- {_md(n)}" for n in a.notes] + [""]
        groups = entity_counts(a)
        if groups:
            lines += ["### Entities", "", "| Type | Entity | Mentions |", "| --- | --- | --- |"]
            for group, counter in groups.items():
                lines += [f"| {group} | {_md(name)} | {n} |" for name, n in counter.most_common()]
            lines.append("")
        lines += (
            ["### Timeline", ""] + _md_timeline(Report(report.title, report.what, report.generated, (a,)), False) + [""]
        )
    return "\n".join(lines)


def _md_highlighted(text: str, start: int, end: int, a: ArticleReport) -> str:
    out, pos = [], start
    for m in mentions_in_range(a, start, end):
        out.append(_md(text[pos : m.start]))
        out.append(f"**{_md(m.text)}** \\[{LABEL_NAMES.get(m.label, m.label).lower()}\\]")
        pos = m.end
    out.append(_md(text[pos:end]))
    return "".join(out)


def _md_timeline(report: Report, show_article: bool) -> list[str]:
    events = _events(report)
    if not events:
        return ["No dated events."]
    return [
        f"- **{_when(e)}** ({_md(e.text)}): {_md(e.sentence)}" + (f" — _{_md(a.draft.title)}_" if show_article else "")
        for e, a in events
    ]


def write_report(report: Report, fmt: str, out: Path) -> list[Path]:
    """Write a report in a file format; CSV writes two files (entities and mentions, events)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        events = out.with_name(out.stem + "-events.csv")
        out.write_text(entities_csv(report), encoding="utf-8")
        events.write_text(events_csv(report), encoding="utf-8")
        return [out, events]
    if fmt == "xlsx":
        from .xlsx import to_xlsx

        out.write_bytes(to_xlsx(report))
        return [out]
    if fmt == "kml":
        from .kml import to_kml

        out.write_bytes(to_kml(report))
        return [out]
    writers = {"html": to_html, "md": to_markdown, "geojson": to_geojson, "json": to_json, "jsonl": to_jsonl}
    out.write_text(writers[fmt](report), encoding="utf-8")
    return [out]


# ----------------------------------------------------------------------------- data
# A spreadsheet runs a cell that opens with one of these as a formula (OWASP's "CSV injection" list);
# tab and carriage return count because some spreadsheets skip them before looking.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def spreadsheet_cell(value):
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading quote; numbers stay numbers."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START) or _PLAIN_NUMBER.match(value):
        return value
    return "'" + value


def _csv(header: list[str], rows) -> str:
    """CSV text with every cell made inert for spreadsheets (article text is untrusted)."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(header)
    w.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


def entity_table(report: Report) -> tuple[list[str], list[list]]:
    """The entities-and-mentions table (CSV and xlsx): a header and one row per mention."""
    return (
        ["article_id", "article_title", "article_language", "entity", "label", "mention", "start", "end"],
        [
            [a.id, a.draft.title, a.analysis.language, m.canonical or m.text, m.label, m.text, m.start, m.end]
            for a in report.articles
            for m in a.analysis.mentions
        ],
    )


def event_table(report: Report) -> tuple[list[str], list[list]]:
    """The events table (CSV and xlsx): a header and one row per dated expression."""
    return (
        ["article_id", "article_title", "date", "end_date", "granularity", "expression", "sentence"],
        [
            [
                a.id,
                a.draft.title,
                e.date.isoformat() if e.date else "",
                e.end_date.isoformat() if e.end_date else "",
                e.granularity,
                e.text,
                e.sentence,
            ]
            for a in report.articles
            for e in a.analysis.events
        ],
    )


# The tables the CSV export writes (one file each) and the xlsx export (one sheet each).
DATA_TABLES = (("Entities and mentions", entity_table), ("Events", event_table))


def entities_csv(report: Report) -> str:
    return _csv(*entity_table(report))


def events_csv(report: Report) -> str:
    return _csv(*event_table(report))


def to_geojson(report: Report, gazetteer: Gazetteer | None = None) -> str:
    """A FeatureCollection of the located places (QGIS and geojson.io open it), each with what joins it to
    other data (divisions.place_geography; the gazetteer defaults to the one the analysis used)."""
    gazetteer = gazetteer or open_gazetteer()
    features = []
    for a in report.articles:
        for p in a.analysis.places:
            if p.lat is None or p.lon is None:
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                    "properties": {
                        "name": p.name,
                        "kind": p.kind,
                        "country": p.country,
                        **place_geography(p, gazetteer),
                        "mentions": len(p.mentions),
                        "confidence": p.confidence,
                        "article_id": a.id,
                        "article_title": a.draft.title,
                        "article_language": a.analysis.language,
                        "mentioned_as": sorted({s.text for s in p.mentions}),
                    },
                }
            )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


def _article_json(a: ArticleReport) -> dict:
    return {
        "id": a.id,
        **analysis_to_json(a.draft, a.analysis),
        "summary": [{"start": s.start, "end": s.end, "text": s.text} for s in a.summary],
        "highlights": [
            {"start": h.start, "end": h.end, "color": h.color, "note": h.note, "text": a.draft.text[h.start : h.end]}
            for h in a.highlights
        ],
        "notes": list(a.notes),
        "tags": list(a.tags),
    }


def to_json(report: Report) -> str:
    data = {
        "title": report.title,
        "what": report.what,
        "generated": report.generated.isoformat(timespec="seconds"),
        "articles": [_article_json(a) for a in report.articles],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


# Characters json.dumps leaves raw inside strings that str.splitlines() (and some readers) take as line ends.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def to_jsonl(report: Report) -> str:
    """JSON Lines: one article a line, each as the JSON export holds it (pandas.read_json(lines=True))."""
    return "".join(
        json.dumps(_article_json(a), ensure_ascii=False).translate(_LINE_BREAKS) + "\n" for a in report.articles
    )


def analysis_to_json(draft: ArticleDraft, analysis: Analysis) -> dict:
    """The public JSON form of an analysis (`workbench analyze --json`): keep it stable. Each entity mention
    carries the rule trail that made it (empty for a stored analysis: the trail is not stored)."""
    trail = _trail_by_mention(analysis)
    return {
        "title": draft.title,
        "published": draft.published.isoformat() if draft.published else None,
        "source": draft.source,
        "url": draft.url,
        "language": analysis.language,
        "analysed": analysis.analysed,
        "not_analysed": not_analysed_note(analysis.language),
        "text": draft.text,
        "entities": [
            {
                "text": m.text,
                "label": m.label,
                "start": m.start,
                "end": m.end,
                "canonical": m.canonical or m.text,
                "trace": [_step_json(t) for t in trail.get((m.start, m.end), ())],
            }
            for m in analysis.mentions
        ],
        "dropped": [
            _step_json(t)
            for t in analysis.trace
            if t.action == "dropped" and not any(m.start < t.end and t.start < m.end for m in analysis.mentions)
        ],
        "places": [
            {
                "name": p.name,
                "kind": p.kind,
                "lat": p.lat,
                "lon": p.lon,
                "country": p.country,
                "confidence": p.confidence,
                "reason": p.reason,
                "mentions": [{"text": s.text, "start": s.start, "end": s.end} for s in p.mentions],
                "alternatives": [
                    {"name": a.name, "kind": a.kind, "lat": a.lat, "lon": a.lon, "country": a.country}
                    for a in p.alternatives[1:6]
                ],
            }
            for p in analysis.places
        ],
        "events": [
            {
                "text": e.text,
                "start": e.start,
                "end": e.end,
                "date": e.date.isoformat() if e.date else None,
                "end_date": e.end_date.isoformat() if e.end_date else None,
                "granularity": e.granularity,
                "sentence": e.sentence,
            }
            for e in analysis.events
        ],
    }


def _trail_by_mention(analysis: Analysis) -> dict[tuple[int, int], list]:
    """The rule steps that touched each final mention: those whose span overlaps it, in the order they ran."""
    steps = sorted(analysis.trace, key=lambda t: t.start)
    starts = [t.start for t in steps]
    reach = max((t.end - t.start for t in steps), default=0)  # a step that starts this far back may overlap
    trail: dict[tuple[int, int], list] = {}
    for m in analysis.mentions:
        first = bisect.bisect_left(starts, m.start - reach)
        trail[(m.start, m.end)] = [t for t in steps[first : bisect.bisect_left(starts, m.end)] if t.end > m.start]
    order = {id(t): i for i, t in enumerate(analysis.trace)}
    return {k: sorted(v, key=lambda t: order[id(t)]) for k, v in trail.items()}


def _step_json(step) -> dict:
    return {
        "rule": step.rule,
        "action": step.action,
        "text": step.text,
        "label": step.label,
        "was": step.was,
        "why": step.why,
    }
