"""HTML pages (and the HTML of e-mails) through trafilatura: the main text and its metadata."""

from __future__ import annotations

from pathlib import Path

from ..models import ArticleDraft
from .common import IngestError, decode_text, parse_date

# Fewer words than this in a page's main text means the extractor found navigation, not an article.
MIN_ARTICLE_WORDS = 5


def read_html(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """HTML through trafilatura: the main text only (no navigation or boilerplate) and its metadata."""
    return html_article(decode_text(data, path, notes), path)


def html_article(html: str, path: Path, layout_tables: bool = False) -> ArticleDraft:
    """The article in an HTML string. With `layout_tables` (for e-mail, whose mailing tools lay every alert out
    in tables) the tables are read as blocks of text: trafilatura's own table option flattens each cell into one
    line, headline and paragraphs together, and left as tables they are dropped as data."""
    import trafilatura

    if layout_tables:
        html = _tables_as_blocks(html)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None or len((doc.text or "").split()) < MIN_ARTICLE_WORDS:
        raise IngestError(path, "no article text found in the HTML page")
    paragraphs = [line.strip() for line in doc.text.split("\n") if line.strip()]
    return ArticleDraft(
        title=doc.title or "",
        text="\n\n".join(paragraphs),
        source=doc.sitename or "",
        url=doc.url or "",
        author=doc.author or "",
        published=parse_date(doc.date),
    )


def _tables_as_blocks(html: str) -> str:
    """The HTML with every table, row and cell turned into a plain block (a div)."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    for element in tree.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
        element.tag = "div"
    return lxml.html.tostring(tree, encoding="unicode")
