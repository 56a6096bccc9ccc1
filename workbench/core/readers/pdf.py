"""PDF read by its layout, not by the order its text is stored in: text blocks with their positions (pdfminer.six),
read column by column; running headers, footers and page numbers left out; words hyphenated at a line's end
joined again; lines joined into paragraphs; the title and the publication date taken from the page when the
file's metadata has none worth having."""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from .. import lexicon
from ..models import ArticleDraft
from .common import IngestError, is_date_line, parse_date, publication_date, short

# A line printed at the same height with the same words (digits aside) on at least this share of the pages, and
# on two pages at least, is a running header or footer.
RUNNING_SHARE = 0.5
# Heights closer than this (points) are the same place on the page.
SAME_PLACE_POINTS = 6
# The top and bottom of a page where a lone page number or a copyright line is furniture even on one page.
MARGIN_SHARE = 0.1
# A block wider than this share of the page's text spans the columns (a headline, a full-width paragraph).
WIDE_SHARE = 0.6
# The headline's type is at least this much larger than the body's.
HEADLINE_SCALE = 1.15
# A first letter this much larger than its line is a drop capital.
DROP_CAPITAL_SCALE = 1.8
# A publication date printed on the page stands in the top part of page one.
DATE_ZONE_SHARE = 0.35


@dataclass(frozen=True)
class Line:
    """One line of text where the page shows it (PDF points, y upwards)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float


@dataclass(frozen=True)
class Block:
    """Lines pdfminer grouped as one block of text (a paragraph, or a column's run of one) on a page."""

    page: int
    lines: tuple[Line, ...]

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    @property
    def top(self) -> float:
        return max(line.y1 for line in self.lines)

    @property
    def bottom(self) -> float:
        return min(line.y0 for line in self.lines)


@dataclass(frozen=True)
class Page:
    height: float
    blocks: tuple[Block, ...]
    has_images: bool


def read_pdf(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """A PDF's article: its text in reading order without furniture, the title (the metadata's, or the largest
    type on page one), the author, and the publication date (from the page first, the file's creation last)."""
    info = _document_info(data, path)
    pages = _pages(data, path)
    if not any(page.blocks for page in pages):
        if any(page.has_images for page in pages):
            raise IngestError(
                path,
                "an image-only PDF: its pages are pictures with no extractable text (a scan "
                "without OCR); run it through OCR first",
            )
        raise IngestError(path, "the PDF holds no extractable text (a scan without OCR?)")
    top_lines = _lines_near_the_top(pages[0])
    pages = _without_date_lines(_without_furniture(pages))
    headline, pages = _headline(pages)
    paragraphs = _paragraphs(pages)
    title = str(info.get("/Title") or "").strip()
    if _is_generator_default(title):
        title = headline
    created = parse_date(str(info.get("/CreationDate") or ""))
    return ArticleDraft(
        title=title,
        text="\n\n".join(paragraphs),
        author=str(info.get("/Author") or ""),
        published=publication_date(top_lines, paragraphs[0] if paragraphs else "", created, notes),
    )


def _document_info(data: bytes, path: Path) -> dict:
    """The document information (title, author, dates); encrypted files are refused unless they open with no
    password, as many 'protected' PDFs do."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - a damaged encryption dictionary fails in many ways
                ok = 0
            if not ok:
                raise IngestError(path, "password-protected PDF")
        return dict(reader.metadata or {})
    except PdfReadError as exc:
        raise IngestError(path, f"damaged PDF ({short(exc)})") from exc


def _pages(data: bytes, path: Path) -> list[Page]:
    """Each page's text blocks and lines with their positions, and whether it shows images."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextBoxHorizontal
    from pdfminer.pdfparser import PDFSyntaxError

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # it warns about every oddity of a damaged file
    pages = []
    try:
        for number, layout in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams())):
            blocks, images = [], False
            for element in layout:
                if isinstance(element, LTTextBoxHorizontal):
                    lines = tuple(line for line in map(_line, element) if line is not None)
                    if lines:
                        blocks.append(Block(number, lines))
                images = images or isinstance(element, (LTFigure, LTImage))
            pages.append(Page(layout.height, tuple(blocks), images))
    except PDFSyntaxError as exc:
        raise IngestError(path, f"damaged PDF ({short(exc)})") from exc
    return pages


def _line(item) -> Line | None:
    """A pdfminer text line as a Line: its words, place and the type size most of its letters are set in; a drop
    capital joined to the rest of its word ('T he' -> 'The')."""
    from pdfminer.layout import LTChar

    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", item.get_text())).strip()
    if not text:
        return None
    chars = [char for char in item if isinstance(char, LTChar)]
    size = Counter(round(char.size, 1) for char in chars).most_common(1)[0][0] if chars else 0.0
    if chars and chars[0].size > DROP_CAPITAL_SCALE * size:
        text = re.sub(r"^([^\W\d_]) (?=[^\W\d_])", r"\1", text)
    return Line(text, item.x0, item.y0, item.x1, item.y1, size)


# ----------------------------------------------------------------------------- furniture
def _without_furniture(pages: list[Page]) -> list[Page]:
    """The pages without running headers and footers (the same words at the same height on most pages) and
    without page numbers and copyright lines in the margins."""
    running = _running_lines(pages)

    def kept(page: Page, line: Line) -> bool:
        return _place_key(line) not in running and not _is_margin_furniture(page, line)

    return [replace(page, blocks=_kept_blocks(page, lambda line, page=page: kept(page, line))) for page in pages]


def _kept_blocks(page: Page, keep) -> tuple[Block, ...]:
    blocks = (Block(block.page, tuple(line for line in block.lines if keep(line))) for block in page.blocks)
    return tuple(block for block in blocks if block.lines)


def _place_key(line: Line) -> tuple[int, str]:
    return round(line.y0 / SAME_PLACE_POINTS), re.sub(r"\d+", "#", line.text.lower())


def _running_lines(pages: list[Page]) -> set[tuple[int, str]]:
    seen = Counter(key for page in pages for key in {_place_key(line) for block in page.blocks for line in block.lines})
    needed = max(2, RUNNING_SHARE * len(pages))
    return {key for key, count in seen.items() if count >= needed}


def _is_margin_furniture(page: Page, line: Line) -> bool:
    in_margin = line.y1 < MARGIN_SHARE * page.height or line.y0 > (1 - MARGIN_SHARE) * page.height
    return in_margin and bool(
        _PAGE_NUMBER.fullmatch(line.text)
        or _PAGE_LABEL.search(line.text)
        or "©" in line.text
        or "all rights reserved" in line.text.lower()
    )


_PAGE_NUMBER = re.compile(r"\W*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\W*", re.IGNORECASE)
_PAGE_LABEL = re.compile(r"\bpage\s+\d{1,4}\b", re.IGNORECASE)


# ----------------------------------------------------------------------------- headline
def _headline(pages: list[Page]) -> tuple[str, list[Page]]:
    """The largest type on page one that is clearly larger than the body's and says more than one word (a drop
    capital or a one-word logo is no headline), and the pages without it."""
    if not pages or not pages[0].blocks:
        return "", pages
    body = _body_size(pages)
    first = [line for block in pages[0].blocks for line in block.lines]
    for size in sorted({line.size for line in first if line.size >= HEADLINE_SCALE * body}, reverse=True):
        lines = sorted((line for line in first if abs(line.size - size) < 0.5), key=lambda line: (-line.y1, line.x0))
        headline = _joined([line.text for line in lines], Counter())
        if len(headline.split()) > 1:
            kept = _kept_blocks(pages[0], lambda line, lines=lines: line not in lines)
            return headline, [replace(pages[0], blocks=kept), *pages[1:]]
    return "", pages


def _body_size(pages: list[Page]) -> float:
    """The type size most characters are set in."""
    sizes = Counter()
    for page in pages:
        for block in page.blocks:
            for line in block.lines:
                sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _is_generator_default(title: str) -> bool:
    """An empty title, or one a program wrote by itself: '(anonymous)', 'untitled', 'Microsoft Word - a.docx'."""
    lowered = title.strip().lower()
    return not lowered or lowered in lexicon.GENERATOR_DEFAULT_TITLES or lowered.startswith("microsoft word -")


# ----------------------------------------------------------------------------- reading order
def _reading_order(page: Page) -> list[Block]:
    """A page's blocks as a reader takes them: down each column, columns left to right, with blocks that span
    the columns (a headline, a full-width paragraph) read where they stand between the column runs."""
    if not page.blocks:
        return []
    left = min(block.x0 for block in page.blocks)
    span = max(block.x1 for block in page.blocks) - left or 1.0
    wide = sorted((b for b in page.blocks if b.x1 - b.x0 > WIDE_SHARE * span), key=lambda b: -b.top)
    bands: list[list[Block]] = [[] for _ in range(len(wide) + 1)]
    for block in page.blocks:
        if block not in wide:
            bands[sum(w.top > block.top for w in wide)].append(block)
    ordered = []
    for k, band in enumerate(bands):
        ordered.extend(_down_the_columns(band))
        if k < len(wide):
            ordered.append(wide[k])
    return ordered


def _down_the_columns(blocks: list[Block]) -> list[Block]:
    """Blocks side by side: a column starts where a block begins right of every block of the column before."""
    columns: list[list[Block]] = []
    right = float("-inf")
    for block in sorted(blocks, key=lambda b: b.x0):
        if not columns or block.x0 >= right:
            columns.append([])
            right = block.x1
        columns[-1].append(block)
        right = max(right, block.x1)
    return [block for column in columns for block in sorted(column, key=lambda b: -b.top)]


# ----------------------------------------------------------------------------- paragraphs and hyphens
def _paragraphs(pages: list[Page]) -> list[str]:
    """The blocks in reading order as paragraphs: a block's lines joined; a block that does not end a sentence
    continues in the next one when that one starts lower-case or higher up (the next column or page)."""
    blocks = [block for page in pages for block in _reading_order(page)]
    known = Counter(word.lower() for block in blocks for line in block.lines for word in _WORD.findall(line.text))
    paragraphs: list[str] = []
    previous: Block | None = None
    for block in blocks:
        text = _joined([line.text for line in block.lines], known)
        if previous is not None and paragraphs and _continues(paragraphs[-1], text, previous, block):
            paragraphs[-1] = _joined([paragraphs[-1], text], known)
        else:
            paragraphs.append(text)
        previous = block
    return paragraphs


def _continues(before: str, after: str, previous: Block, block: Block) -> bool:
    if before.endswith(_SENTENCE_ENDS):
        return False
    moved_up = block.page != previous.page or block.top > previous.bottom
    return after[:1].islower() or before.endswith("-") or moved_up


_SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "”", "’", ")")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?")


def _joined(lines: list[str], known: Counter) -> str:
    """Lines of one paragraph as one text: a word hyphenated at a line's end joined again (see _rejoin)."""
    text = lines[0]
    for line in lines[1:]:
        text = _rejoin(text, line, known)
    return text


def _rejoin(before: str, after: str, known: Counter) -> str:
    """Two lines as one. A hyphen at the end of the first, between letters, is the typesetter's and goes when the
    joined word is written elsewhere in the file; it stays when the hyphenated form is, when the second part is
    capitalised (a name: 'al-|Hafa', 'Jean-|Pierre'), or when it is followed by 'and'/'or'/'to' ('warship- and
    submarine-launched'); otherwise it goes ('Cana-|da', 'mili-|tary')."""
    head = re.search(r"([^\W\d_]+)-$", before)
    tail = re.match(r"[^\W\d_][\w'’]*", after)
    if not head or not tail:
        return f"{before} {after}"
    first, second = head[1], tail[0]
    if second.lower() in ("and", "or", "to"):
        return f"{before} {after}"
    joined, hyphenated = (first + second).lower(), f"{first}-{second}".lower()
    if known[joined] or not (known[hyphenated] or second[:1].isupper()):
        return before[:-1] + after
    return before + after


# ----------------------------------------------------------------------------- publication date
def _lines_near_the_top(page: Page) -> list[str]:
    """Page one's lines in the top part of the page, top down (furniture included: a running header often
    carries the date)."""
    lines = [line for block in page.blocks for line in block.lines if line.y0 > (1 - DATE_ZONE_SHARE) * page.height]
    return [line.text for line in sorted(lines, key=lambda line: -line.y1)]


def _without_date_lines(pages: list[Page]) -> list[Page]:
    """Page one without the lines near its top that hold a date and next to nothing else ('January 23, 2024'):
    they are the publication date, not text."""
    if not pages:
        return pages
    first = pages[0]
    zone = (1 - DATE_ZONE_SHARE) * first.height

    def kept(line: Line) -> bool:
        return line.y0 <= zone or not is_date_line(line.text)

    return [replace(first, blocks=_kept_blocks(first, kept)), *pages[1:]]
