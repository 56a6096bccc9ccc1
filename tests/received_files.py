"""Files made from an article the way analysts receive them: agency PDFs typeset in one or two columns with a
running header, a footer and page numbers (reportlab), forwarded and attached e-mails and HTML alerts (the
`email` package), Word documents with a Title style and a byline (python-docx), and Markdown."""

from __future__ import annotations

import io
import re
import textwrap
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HEADER = "MIDEAST WIRE SERVICE — Page"
DESK = "Yemen desk · for subscribers"
FOOTER = "© 2024 Mideast Wire Service. All rights reserved."
AGENCY_MASTHEAD = "THE GULF BRIEF | Daily alert"
FORWARDER_NOTE = "Omar, this is the one I mentioned this morning."
FURNITURE = (
    "View this email in your browser",
    "Unsubscribe",
    "Manage your preferences",
    "You are receiving this because you signed up for The Gulf Brief.",
)
SIGNATURE = ("Layla Aden", "Alerts desk, The Gulf Brief")
BYLINE = "By Aziz El Yaakoubi, Reuters"


@dataclass(frozen=True)
class Article:
    title: str
    published: date
    paragraphs: tuple[str, ...]


# ----------------------------------------------------------------------------- PDF
@dataclass(frozen=True)
class Typeset:
    """How the agency PDF is laid out."""

    columns: int = 1
    reversed_storage: bool = False  # every page's text stored in the file from the bottom right up
    date_line: bool = True  # 'January 23, 2024' under the headline
    dateline_city: str = "SANAA"  # 'SANAA, Jan 23 (Reuters) -' opens the text ('' for none)
    metadata_title: str = "(anonymous)"
    created: str = "D:20240301093000Z"  # the day the file was made, not the article's


def agency_pdf(path: Path, article: Article, layout: Typeset, hyphenated: list[str] | None = None) -> Path:
    """A pocket-size (A6) agency PDF: the headline in large type, the date, then the text wrapped (words
    hyphenated at line ends where they do not fit, as typesetters do) into one or two columns over as many
    pages as it takes, with 'MIDEAST WIRE SERVICE — Page N' and a desk line over every page and the copyright
    and page number under it. The words hyphenated at a line's end go into `hyphenated`."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A6
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    width, height = A6
    margin, gutter, size, leading = 28, 12, 8.5, 10.5
    column_width = (width - 2 * margin - gutter * (layout.columns - 1)) / layout.columns
    paragraphs = list(article.paragraphs)
    if layout.dateline_city:
        stamp = f"{layout.dateline_city}, {article.published:%b} {article.published.day} (Reuters) - "
        paragraphs[0] = stamp + paragraphs[0]
    lines = [
        wrapped
        for paragraph in paragraphs
        for wrapped in [
            *_typeset(
                paragraph,
                column_width,
                lambda s: stringWidth(s, "Helvetica", size),
                hyphenated if hyphenated is not None else [],
            ),
            "",
        ]
    ]

    pages: list[list[tuple[str, float, float, float]]] = []  # (text, x, y, size) in reading order
    top_of_text = height - margin - 16
    page: list = []
    y, column = top_of_text, 0

    def new_page():
        nonlocal page, y, column
        page = [(f"{HEADER} {len(pages) + 1}", margin, height - 20, 7), (DESK, margin, height - 30, 7)]
        pages.append(page)
        y, column = top_of_text, 0

    new_page()
    for text in _typeset(article.title, width - 2 * margin, lambda s: stringWidth(s, "Helvetica-Bold", 14), None):
        page.append((text, margin, y, 14))
        y -= 17
    if layout.date_line:
        page.append((f"{article.published:%B} {article.published.day}, {article.published.year}", margin, y, 9))
        y -= 14
    y -= 10
    column_top = y
    for text in lines:
        if y < margin + 6:
            column += 1
            if column == layout.columns:
                new_page()
                column_top = top_of_text
            y = column_top
        if text:
            page.append((text, margin + column * (column_width + gutter), y, size))
            y -= leading
        else:
            y -= leading * 0.6
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A6)
    for number, page in enumerate(pages, 1):
        page = [*page, (FOOTER, margin, 14, 6), (str(number), width - margin, 14, 6)]
        for text, x, y, type_size in reversed(page) if layout.reversed_storage else page:
            pdf.setFont("Helvetica-Bold" if type_size > 12 else "Helvetica", type_size)
            pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.add_metadata({"/Title": layout.metadata_title, "/CreationDate": layout.created})
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def _typeset(paragraph: str, width: float, measure, hyphenated: list[str] | None) -> list[str]:
    """A paragraph as lines no wider than `width`: a word that does not fit is broken after its own hyphen, or
    hyphenated (at least three letters each side) when it is long enough and `hyphenated` takes the words."""
    lines, line = [], ""
    for word in paragraph.split():
        candidate = f"{line} {word}".strip()
        if measure(candidate) <= width:
            line = candidate
            continue
        head, tail = _break(
            word, lambda piece, line=line: measure(f"{line} {piece}".strip()) <= width, hyphenated is not None
        )
        if head:
            if hyphenated is not None and not word.startswith(head):  # the typesetter's hyphen, not the word's own
                hyphenated.append(word.strip(",.;:"))
            lines.append(f"{line} {head}".strip())
            line = tail
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def _break(word: str, fits, hyphenate: bool) -> tuple[str, str]:
    if "-" in word[1:-1] and fits(word[: word.index("-", 1) + 1]):
        cut = word.index("-", 1) + 1
        return word[:cut], word[cut:]
    if not hyphenate or not re.fullmatch(r"[A-Za-z]{6,}[,.;:]?", word):
        return "", word
    for cut in range(len(word) - 4, 2, -1):
        if (
            word[:cut].isalpha()
            and word[cut:].rstrip(",.;:").isalpha()
            and len(word[cut:].rstrip(",.;:")) >= 3
            and fits(word[:cut] + "-")
        ):
            return word[:cut] + "-", word[cut:]
    return "", word


def image_only_pdf(path: Path) -> Path:
    """A 'scan': one page that is a picture of text, with no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(picture).text((40, 40), "SANAA, Jan 23 (Reuters) - Strikes hit the capital.", fill="black")
    pdf = canvas.Canvas(str(path), pagesize=A5)
    pdf.drawImage(ImageReader(picture), 0, 0, *A5)
    pdf.showPage()
    pdf.save()
    return path


# ----------------------------------------------------------------------------- e-mail
def _wrapped(paragraphs, width: int = 72, quote: str = "") -> str:
    """Paragraphs as a mail client sends them: lines broken at `width`, a blank line between paragraphs."""
    return "\n\n".join(
        "\n".join(quote + line for line in textwrap.wrap(p, width, break_on_hyphens=False)) for p in paragraphs
    )


def _newsletter(article: Article) -> str:
    view, unsubscribe, preferences, receiving = FURNITURE
    return "\n\n".join(
        [
            view,
            AGENCY_MASTHEAD,
            article.title,
            _wrapped(article.paragraphs),
            receiving,
            f"{unsubscribe} | {preferences}",
            "-- \n" + "\n".join(SIGNATURE),
        ]
    )


def _mail_date(day: date, hour: int = 9) -> str:
    return format_datetime(datetime(day.year, day.month, day.day, hour, 14, tzinfo=UTC))


def forwarded_email(path: Path, article: Article, client: str = "gmail") -> Path:
    """A newsletter alert forwarded inline two days later, with the forwarder's note and signature above it;
    'gmail' writes the forwarded headers under a dashed line, 'outlook' under '-----Original Message-----' (the
    date as 'Sent:'), 'apple' after 'Begin forwarded message:'."""
    sent = article.published
    forwarded_on = sent + timedelta(days=2)
    if client == "gmail":
        block = (
            f"---------- Forwarded message ---------\nFrom: The Gulf Brief <alerts@gulfbrief.example>\n"
            f"Date: {sent:%a}, {sent:%b} {sent.day}, {sent.year} at 9:14 AM\nSubject: {article.title}\n"
            f"To: <desk@example.org>\n\n"
        )
    elif client == "outlook":
        block = (
            f"-----Original Message-----\nFrom: The Gulf Brief <alerts@gulfbrief.example>\n"
            f"Sent: {sent:%A}, {sent:%B} {sent.day}, {sent.year} 9:14 AM\nTo: desk@example.org\n"
            f"Subject: {article.title}\n\n"
        )
    else:
        block = (
            f"Begin forwarded message:\n\nFrom: The Gulf Brief <alerts@gulfbrief.example>\n"
            f"Subject: {article.title}\nDate: {sent.day} {sent:%B} {sent.year} at 09:14:00 GMT\n"
            f"To: desk@example.org\n\n"
        )
    message = EmailMessage()
    message["Subject"] = f"Fwd: {article.title}"
    message["From"] = "Sam Reed <sam@example.org>"
    message["Date"] = _mail_date(forwarded_on)
    message.set_content(f"{FORWARDER_NOTE}\n\n-- \nSam Reed\n\n{block}{_newsletter(article)}\n")
    path.write_bytes(message.as_bytes())
    return path


def attached_email(path: Path, article: Article) -> Path:
    """A short note with the alert attached as a message of its own (message/rfc822)."""
    alert = EmailMessage()
    alert["Subject"] = article.title
    alert["From"] = "The Gulf Brief <alerts@gulfbrief.example>"
    alert["Date"] = _mail_date(article.published)
    alert.set_content(_newsletter(article) + "\n")
    message = EmailMessage()
    message["Subject"] = f"TR: {article.title}"
    message["From"] = "Sam Reed <sam@example.org>"
    message["Date"] = _mail_date(article.published + timedelta(days=3))
    message.set_content("See attached alert.\n")
    message.add_attachment(alert)
    path.write_bytes(message.as_bytes())
    return path


def html_only_email(path: Path, article: Article) -> Path:
    """An HTML-only alert laid out in tables, as mailing tools build them."""
    from html import escape

    view, unsubscribe, preferences, receiving = FURNITURE
    body = "".join(f"<p style='font:14px Arial'>{escape(p)}</p>" for p in article.paragraphs)
    html = (
        "<html><body><table width='100%' cellpadding='0'><tr><td align='center'>"
        f"<table width='600'><tr><td><a href='https://gulfbrief.example/web'>{view}</a></td></tr>"
        f"<tr><td><h1>{escape(article.title)}</h1>{body}</td></tr>"
        f"<tr><td><small>{receiving} <a href='https://gulfbrief.example/u'>{unsubscribe}</a> | "
        f"<a href='https://gulfbrief.example/p'>{preferences}</a></small></td></tr>"
        "</table></td></tr></table></body></html>"
    )
    message = EmailMessage()
    message["Subject"] = article.title
    message["From"] = "The Gulf Brief <alerts@gulfbrief.example>"
    message["Date"] = _mail_date(article.published)
    message.set_content(html, subtype="html")
    path.write_bytes(message.as_bytes())
    return path


# ----------------------------------------------------------------------------- Word and Markdown
def word_document(path: Path, article: Article, in_a_table: bool = False, made: date | None = None) -> Path:
    """A Word article: the headline in the Title style, a byline, the text (or the text inside a table, as some
    agencies lay it out), a running header and footer. A file `made` on a later day than the article's prints
    the article's date under the byline."""
    import docx

    document = docx.Document()
    made = made or article.published
    document.core_properties.created = datetime(made.year, made.month, made.day, 9, 0)
    document.add_heading(article.title, level=0)
    document.add_paragraph(BYLINE)
    if made != article.published:
        document.add_paragraph(
            f"{article.published:%A}, {article.published:%B} {article.published.day}, {article.published.year}"
        )
    if in_a_table:
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.paragraphs[0].text = article.paragraphs[0]
        for paragraph in article.paragraphs[1:]:
            cell.add_paragraph(paragraph)
    else:
        for paragraph in article.paragraphs:
            document.add_paragraph(paragraph)
    section = document.sections[0]
    section.header.paragraphs[0].text = f"{HEADER} 1"
    section.footer.paragraphs[0].text = FOOTER
    document.save(str(path))
    return path


def markdown_file(path: Path, article: Article) -> Path:
    """Markdown as an analyst's note-taking tool writes it: a heading, bold, a link, a quote, a hard-wrapped
    paragraph."""
    first, second, *rest = article.paragraphs
    bold = re.sub(r"^(\S+ \S+)", r"**\1**", first)
    linked = re.sub(r"\b(Sanaa|Yemen)\b", r"[\1](https://en.wikipedia.org/wiki/\1)", second, count=1)
    quoted = "> " + rest[0] if rest else ""
    wrapped = "\n".join(textwrap.wrap(rest[1], 60, break_on_hyphens=False)) if len(rest) > 1 else ""
    blocks = [f"---\ndate: {article.published}\n---", f"# {article.title}", bold, linked, quoted, wrapped, *rest[2:]]
    path.write_text("\n\n".join(b for b in blocks if b) + "\n", encoding="utf-8")
    return path


def pdf_of_lines(path: Path, lines: list[str], title: str = "") -> Path:
    """A one-page PDF whose lines are set exactly as given (one paragraph)."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.setTitle(title)
    pdf.setFont("Helvetica", 11)
    for i, line in enumerate(lines):
        pdf.drawString(72, 760 - 14 * i, line)
    pdf.showPage()
    pdf.save()
    return path


def word_document_with_a_footnote(path: Path, paragraphs: list[str], footnote: str) -> Path:
    """A Word file whose first paragraph carries a real footnote (in the package's footnotes part, as Word
    stores it)."""
    import docx
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    notes = (
        f'<w:footnotes xmlns:w="{namespace}"><w:footnote w:id="1"><w:p><w:r><w:t>{footnote}</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, notes, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    document.paragraphs[0]._p.append(parse_xml(f'<w:r xmlns:w="{namespace}"><w:footnoteReference w:id="1"/></w:r>'))
    document.save(str(path))
    return path
