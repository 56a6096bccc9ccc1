"""The located places as KML 2.2 for Google Earth: a folder per article, a placemark per place, its balloon
quoting the sentences that name it, and a time for the timeline slider.

Time: a TimeSpan over the dates of the events that stand in the sentences naming the place (the strike on
Wednesday in the sentence that names al-Mashtal); when none of those sentences is dated, a TimeStamp of
the article's publication date; no time when the article has neither.

Article text is untrusted and Google Earth renders a description (and, in its Places panel, a name) as
HTML: every text node holds HTML-escaped text (escaped once more by the XML writer), never CDATA, and
the characters XML 1.0 cannot hold are dropped.
"""

from __future__ import annotations

import bisect
import html
import re
import xml.etree.ElementTree as ET
from datetime import date

from ..divisions import place_geography
from ..gazetteer import Gazetteer, open_gazetteer
from ..models import Place, Span
from ..summary import ArticleReport, Report

KML_NS = "http://www.opengis.net/kml/2.2"
MAX_SENTENCES = 5  # sentences quoted in one balloon
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escaped(text: str) -> str:
    return html.escape(text, quote=False)  # no attribute holds article text: quotes stay as they are


def _text(value) -> str:
    """Text as KML holds it: HTML-escaped (Google Earth renders it as HTML), only characters XML allows."""
    return _escaped(_NOT_XML.sub("", str(value)))


def _child(parent: ET.Element, tag: str, text=None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{KML_NS}}}{tag}")
    if text is not None:
        element.text = _text(text)
    return element


def naming_sentences(article: ArticleReport, place: Place) -> list[tuple[Span, Span]]:
    """(sentence, mention) for each sentence that names the place, in reading order, once each."""
    sentences = article.analysis.sentences
    starts = [s.start for s in sentences]
    found: dict[int, tuple[Span, Span]] = {}
    for m in sorted(place.mentions, key=lambda m: m.start):
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.start < sentences[i].end and i not in found:
            found[i] = (sentences[i], m)
    return list(found.values())


def place_time(article: ArticleReport, place: Place) -> tuple[date, date] | None:
    """(begin, end) dates for the place: its sentences' events, else the publication date; None without either."""
    named = naming_sentences(article, place)
    events = [
        e for e in article.analysis.events if e.date is not None and any(s.start <= e.start < s.end for s, _ in named)
    ]
    if events:
        return min(e.date for e in events), max(e.end_date or e.date for e in events)
    published = article.draft.published
    return (published, published) if published else None


def _balloon(article: ArticleReport, place: Place) -> str:
    """The balloon's HTML: the sentences naming the place with the name in bold, then where it was placed."""
    named = naming_sentences(article, place)
    quotes = []
    for sentence, mention in named[:MAX_SENTENCES]:
        at, end = mention.start - sentence.start, mention.end - sentence.start
        text = sentence.text
        quotes.append(f"<p>{_escaped(text[:at])}<b>{_escaped(text[at:end])}</b>{_escaped(text[end:])}</p>")
    if len(named) > MAX_SENTENCES:
        quotes.append(f"<p>… and {len(named) - MAX_SENTENCES} more sentences.</p>")
    where = ", ".join(_escaped(x) for x in (place.kind, place.country) if x)
    quotes.append(f"<p><i>{where}; confidence {place.confidence:.2f}. From “{_escaped(article.draft.title)}”.</i></p>")
    return _NOT_XML.sub("", "".join(quotes))


def _placemark(folder: ET.Element, article: ArticleReport, place: Place, gazetteer: Gazetteer) -> None:
    mark = _child(folder, "Placemark")
    _child(mark, "name", place.name)
    _child(mark, "description").text = _balloon(article, place)  # already HTML with escaped text
    when = place_time(article, place)
    if when is not None and when[0] == when[1]:
        _child(_child(mark, "TimeStamp"), "when", when[0].isoformat())
    elif when is not None:
        span = _child(mark, "TimeSpan")
        _child(span, "begin", when[0].isoformat())
        _child(span, "end", when[1].isoformat())
    data = _child(mark, "ExtendedData")
    fields = {
        **place_geography(place, gazetteer),
        "kind": place.kind,
        "country": place.country,
        "confidence": place.confidence,
        "article_id": article.id,
    }
    for name, value in fields.items():
        if value is not None:
            item = _child(data, "Data")
            item.set("name", name)
            _child(item, "value", value)
    point = _child(mark, "Point")
    _child(point, "coordinates", f"{place.lon},{place.lat}")


def to_kml(report: Report, gazetteer: Gazetteer | None = None) -> bytes:
    """A KML 2.2 document: a folder per article holding a placemark per located place."""
    gazetteer = gazetteer or open_gazetteer()
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    document = _child(root, "Document")
    _child(document, "name", report.title)
    _child(document, "description", f"Exported from the workbench: {report.what}")
    for article in report.articles:
        folder = _child(document, "Folder")
        _child(folder, "name", article.draft.title)
        d = article.draft
        _child(
            folder,
            "description",
            " · ".join(x for x in (d.source, d.published.isoformat() if d.published else "", d.url) if x),
        )
        for place in article.analysis.places:
            if place.lat is not None and place.lon is not None:
                _placemark(folder, article, place, gazetteer)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
