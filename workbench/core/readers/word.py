"""Word (.docx): the headline once, the byline as author, the body's paragraphs and the tables that hold prose;
headers, footers and footnotes (which live outside the body) left out."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..models import ArticleDraft
from .common import IngestError, byline_author, is_date_line, publication_date

# A table cell with a paragraph this long holds prose (the article laid out in a table), not data.
PROSE_WORDS = 8
# A byline and a date line stand among the first paragraphs under the headline.
HEAD_PARAGRAPHS = 3


def read_docx(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """Word paragraphs and tables in document order; the Title-style paragraph (or the core properties' title)
    as the headline, not repeated in the text; a byline near the top as the author; the publication date from
    a date line near the top or the dateline before the file's creation date."""
    import docx

    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data[:8].startswith(b"\xd0\xcf\x11\xe0"):
            raise IngestError(path, "password-protected or legacy Word file (not a DOCX package)")
        raise IngestError(path, "damaged DOCX (not a valid Word package)")
    document = docx.Document(io.BytesIO(data))
    props = document.core_properties
    styled_title, paragraphs = _title_and_paragraphs(document)
    title = styled_title or props.title or ""
    if paragraphs and title and paragraphs[0] == title.strip():
        paragraphs.pop(0)
    byline, dated = _byline_and_date_lines(paragraphs[:HEAD_PARAGRAPHS])
    paragraphs = [p for i, p in enumerate(paragraphs) if i >= HEAD_PARAGRAPHS or (p not in dated and p != byline)]
    created = props.created.date() if props.created else None
    return ArticleDraft(
        title=title,
        text="\n\n".join(paragraphs),
        author=byline_author(byline) if byline else props.author or "",
        published=publication_date(dated, paragraphs[0] if paragraphs else "", created, notes),
    )


def _byline_and_date_lines(head: list[str]) -> tuple[str, list[str]]:
    """The byline ('By Aziz El Yaakoubi, Reuters') and the date lines ('January 23, 2024') among the paragraphs
    under the headline."""
    byline = next((p for p in head if byline_author(p)), "")
    return byline, [p for p in head if is_date_line(p)]


def _title_and_paragraphs(document) -> tuple[str, list[str]]:
    """The first Title-style paragraph, and the other paragraphs of the body (tables' prose included)."""
    title, paragraphs = "", []
    for text, style in _body_paragraphs(document):
        if style == "title" and not title:
            title = text
        elif style != "subtitle" and "footnote" not in style:
            paragraphs.append(text)
    return title, paragraphs


def _body_paragraphs(container):
    """(text, lower-case style name) of each non-empty paragraph in the body, tables read cell by cell where they
    hold prose (a merged cell once)."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            if _holds_prose(block):
                seen = set()
                for row in block.rows:
                    for cell in row.cells:
                        if id(cell._tc) not in seen:
                            seen.add(id(cell._tc))
                            yield from _body_paragraphs(cell)
        elif text := block.text.strip():
            yield text, (block.style.name if block.style is not None else "").lower()


def _holds_prose(table) -> bool:
    return any(len(p.text.split()) >= PROSE_WORDS for row in table.rows for cell in row.cells for p in cell.paragraphs)
