"""An article reaches the analyst as an agency PDF, a forwarded alert, a Word file or a Markdown note, and reads
as the same article as its plain text: its title and date, its words in order, none of the file's furniture,
and the places the plain text gives."""

from __future__ import annotations

import re
from datetime import timedelta
from difflib import SequenceMatcher

import pytest

from workbench.core.ingest import IngestError, read_article, read_article_noting

from .received_files import (
    AGENCY_MASTHEAD,
    BYLINE,
    DESK,
    FOOTER,
    FORWARDER_NOTE,
    FURNITURE,
    HEADER,
    SIGNATURE,
    Article,
    Typeset,
    agency_pdf,
    attached_email,
    forwarded_email,
    html_only_email,
    image_only_pdf,
    markdown_file,
    pdf_of_lines,
    word_document,
    word_document_with_a_footnote,
)

SAMPLE = "01_yemen_sanaa_strikes"
FORWARDING = (
    "Forwarded message",
    "Original Message",
    "Begin forwarded message",
    "alerts@gulfbrief.example",
    "Fwd:",
    "TR:",
    "Sam Reed",
)
MARKUP = ("# ", "**", "> ", "](", "[", "__")


@pytest.fixture
def article(samples) -> Article:
    plain = read_article(samples / f"{SAMPLE}.txt")
    return Article(plain.title, plain.published, tuple(plain.text.split("\n\n")))


def words(text: str) -> list[str]:
    return re.findall(r"\w+(?:[-'’]\w+)*", text)


def share_in_order(original: str, read: str) -> float:
    """The share of the original's words that the read text holds in the same order."""
    a, b = words(original), words(read)
    matched = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched / len(a)


def place_names(engine, text: str, published) -> set[str]:
    return {place.name for place in engine.analyze(text, published).places}


def assert_reads_as_the_article(engine, article: Article, path, furniture=(), added=()):
    """The file reads as the article; `added` are words the file adds to it (a dateline's). A compound that a PDF
    broke at its own hyphen at a line's end may come back glued ('precisionguided') when neither form is written
    elsewhere in the file: without a dictionary it looks like a typesetter's break ('mili-|tary')."""
    read = read_article(path)
    text = "\n\n".join(article.paragraphs)
    assert read.title == article.title
    assert read.published == article.published
    assert share_in_order(text, read.text) >= 0.97
    for line in (*furniture, article.title):
        assert line not in read.text
    glued = {w.replace("-", "") for w in words(text) if "-" in w}
    strange = [w for w in words(read.text) if w not in words(text) and w not in added and w not in glued]
    assert not strange, f"words the article does not have (split, glued or furniture): {strange}"
    plain_places = place_names(engine, text, article.published)
    found = place_names(engine, read.text, read.published)
    assert len(plain_places & found) >= 0.9 * len(plain_places), plain_places - found
    return read


PDF_FURNITURE = (HEADER, DESK, FOOTER, "All rights reserved", "(anonymous)", "January 23, 2024")
DATELINE_WORDS = ("SANAA", "23", "Reuters")


@pytest.mark.parametrize(
    "layout",
    [
        Typeset(columns=1),
        Typeset(columns=1, reversed_storage=True),
        Typeset(columns=2),
        Typeset(columns=2, reversed_storage=True),
    ],
    ids=["one column", "one column stored bottom up", "two columns", "two columns right column stored first"],
)
def test_an_agency_pdf_reads_as_the_article_whatever_its_columns_and_storage_order(engine, article, tmp_path, layout):
    hyphenated: list[str] = []
    pdf = agency_pdf(tmp_path / "wire.pdf", article, layout, hyphenated)
    read = assert_reads_as_the_article(engine, article, pdf, PDF_FURNITURE, DATELINE_WORDS)
    assert hyphenated and all(word in words(read.text) for word in hyphenated)
    assert not re.search(r"\b\d\s*$", read.text), "no page number ends the text"
    assert "Red Sea" in read.text  # the header once fell between 'Red' and 'Sea'


def test_a_pdf_without_a_printed_date_takes_the_datelines_day_in_the_year_the_file_was_made(article, tmp_path):
    layout = Typeset(columns=2, date_line=False, created="D:20240301093000Z")
    read, notes = read_article_noting(agency_pdf(tmp_path / "wire.pdf", article, layout))
    assert read.published == article.published
    assert not notes


def test_a_pdf_with_no_date_on_its_page_falls_back_on_its_creation_date_and_says_so(article, tmp_path):
    layout = Typeset(date_line=False, dateline_city="", created="D:20240301093000Z")
    read, notes = read_article_noting(agency_pdf(tmp_path / "wire.pdf", article, layout))
    assert str(read.published) == "2024-03-01"
    assert any("creation date" in note for note in notes)


def test_a_pdf_title_written_by_the_author_is_kept(article, tmp_path):
    layout = Typeset(metadata_title="Allied strikes on Houthi sites")
    assert read_article(agency_pdf(tmp_path / "wire.pdf", article, layout)).title == "Allied strikes on Houthi sites"


@pytest.mark.parametrize("default", ["untitled", "Microsoft Word - strikes.docx", ""])
def test_a_pdf_title_a_program_wrote_gives_way_to_the_headline(article, tmp_path, default):
    layout = Typeset(metadata_title=default)
    assert read_article(agency_pdf(tmp_path / "wire.pdf", article, layout)).title == article.title


def test_an_image_only_pdf_is_refused_by_name(tmp_path):
    with pytest.raises(IngestError) as refused:
        read_article(image_only_pdf(tmp_path / "scan.pdf"))
    assert refused.value.reason.startswith("an image-only PDF")


MAIL_FURNITURE = (*FORWARDING, *FURNITURE, AGENCY_MASTHEAD, FORWARDER_NOTE, *SIGNATURE, "-- ")


@pytest.mark.parametrize("client", ["gmail", "outlook", "apple"])
def test_a_forwarded_alert_reads_as_the_article_it_forwards(engine, article, tmp_path, client):
    read = assert_reads_as_the_article(
        engine, article, forwarded_email(tmp_path / "fwd.eml", article, client), MAIL_FURNITURE
    )
    assert "Aden" not in {p.name for p in engine.analyze(read.text, read.published).places}  # the signature's name


def test_an_alert_attached_to_a_mail_is_the_article(engine, article, tmp_path):
    read = assert_reads_as_the_article(engine, article, attached_email(tmp_path / "att.eml", article), MAIL_FURNITURE)
    assert "See attached" not in read.text


def test_an_html_only_alert_laid_out_in_tables_is_read(engine, article, tmp_path):
    assert_reads_as_the_article(engine, article, html_only_email(tmp_path / "alert.eml", article), MAIL_FURNITURE)


@pytest.mark.parametrize("in_a_table", [False, True], ids=["paragraphs", "laid out in a table"])
def test_a_word_article_gives_its_headline_once_and_its_byline_as_author(engine, article, tmp_path, in_a_table):
    read = assert_reads_as_the_article(
        engine, article, word_document(tmp_path / "a.docx", article, in_a_table), (HEADER, FOOTER, BYLINE)
    )
    assert read.author == "Aziz El Yaakoubi"


def test_a_word_file_made_days_later_takes_the_date_printed_under_its_headline(engine, article, tmp_path):
    made = article.published + timedelta(days=5)
    f = word_document(tmp_path / "a.docx", article, made=made)
    assert_reads_as_the_article(engine, article, f, (HEADER, FOOTER, BYLINE, "Tuesday"))
    assert read_article_noting(f)[1] == ()


def test_a_word_file_with_no_date_on_it_is_dated_by_its_creation_and_says_so(article, tmp_path):
    read, notes = read_article_noting(word_document(tmp_path / "a.docx", article))
    assert read.published == article.published
    assert notes == ("publication date from the file's creation date (the document gives none)",)


def test_markdown_is_read_as_plain_text_with_links_keeping_their_words(engine, article, tmp_path):
    read = assert_reads_as_the_article(engine, article, markdown_file(tmp_path / "a.md", article), ())
    for mark in MARKUP:
        assert mark not in read.text
    assert "wikipedia" not in read.text


def test_a_word_hyphenated_at_a_lines_end_comes_back_whole_and_a_names_hyphen_stays(tmp_path):
    pdf = pdf_of_lines(
        tmp_path / "hyphens.pdf",
        [
            "Officials said the mili-",
            "tary convoy reached al-",
            "Hafa near the Cana-",
            "dian border, where warship-",
            "and submarine-launched missiles and ship-based",
            "drones struck, and more ship-",
            "based drones followed.",
        ],
    )
    assert read_article(pdf).text == (
        "Officials said the military convoy reached al-Hafa near the Canadian border, where warship- and "
        "submarine-launched missiles and ship-based drones struck, and more ship-based drones followed."
    )


def test_a_word_footnote_stays_out_of_the_text(tmp_path):
    f = word_document_with_a_footnote(
        tmp_path / "noted.docx",
        ["Strikes hit Sanaa on Monday night.", "More followed."],
        "Figures from the Houthi-run health ministry.",
    )
    read = read_article(f)
    assert read.text == "Strikes hit Sanaa on Monday night.\n\nMore followed."


def test_a_drop_capital_is_neither_the_title_nor_lost(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "dropcap.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 780, "Strikes on Sanaa")
    pdf.setFont("Helvetica", 40)
    pdf.drawString(72, 730, "T")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(100, 740, "he strikes hit three areas of the capital")
    pdf.drawString(100, 726, "on Monday night, officials said.")
    pdf.showPage()
    pdf.save()
    read = read_article(path)
    assert read.title == "Strikes on Sanaa"
    assert read.text == "The strikes hit three areas of the capital on Monday night, officials said."


def test_a_forward_of_a_forward_is_read_as_the_innermost_message(tmp_path):
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"] = "Fwd: Fwd: TR: Clashes in Tripoli"
    message["Date"] = "Fri, 02 Sep 2022 10:00:00 +0200"
    message.set_content(
        "For the weekly.\n\n---------- Forwarded message ---------\nFrom: Sam <sam@example.org>\n"
        "Date: Thu, Sep 1, 2022 at 8:00 AM\nSubject: Fwd: Clashes in Tripoli\n\nSee below.\n\n"
        "---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n"
        "Date: Tue, Aug 30, 2022 at 10:00 AM\nSubject: Clashes in Tripoli\n\n"
        "Clashes broke out in Tripoli on Saturday,\nofficials said.\n"
    )
    f = tmp_path / "chain.eml"
    f.write_bytes(message.as_bytes())
    read = read_article(f)
    assert (read.title, str(read.published), read.text) == (
        "Clashes in Tripoli",
        "2022-08-30",
        "Clashes broke out in Tripoli on Saturday, officials said.",
    )


def test_a_dateline_later_in_the_year_than_the_files_making_is_last_years(article, tmp_path):
    layout = Typeset(date_line=False, created="D:20250110093000Z")
    assert str(read_article(agency_pdf(tmp_path / "wire.pdf", article, layout)).published) == "2024-01-23"
    layout = Typeset(date_line=False, created="D:20250122093000Z")
    assert str(read_article(agency_pdf(tmp_path / "wire.pdf", article, layout)).published) == "2024-01-23"


def test_a_headline_hyphenated_across_its_lines_keeps_its_names_hyphen(article, tmp_path):
    titled = Article(
        "Sulaimani drone strike fuels KDP-PUK rivalry and a long-running feud over the airport",
        article.published,
        article.paragraphs,
    )
    assert read_article(agency_pdf(tmp_path / "wire.pdf", titled, Typeset())).title == titled.title


def test_a_text_file_with_no_date_takes_its_dateline_s_day_in_the_file_s_year(tmp_path):
    import os
    from datetime import date, datetime

    from workbench.core.ingest import read_article_noting

    wire = tmp_path / "wire.txt"
    wire.write_text(
        "KHARTOUM, Mar 14 (Reuters) - Fighting between the army and the RSF went on in Omdurman on Thursday."
    )
    os.utime(wire, (datetime(2024, 3, 20).timestamp(),) * 2)
    draft, notes = read_article_noting(wire)
    assert draft.published == date(2024, 3, 14)
    assert any("dateline" in note for note in notes)
    os.utime(wire, (datetime(2024, 1, 5).timestamp(),) * 2)  # a March dateline in a file saved in January
    assert read_article_noting(wire)[0].published == date(2023, 3, 14)
    plain = tmp_path / "plain.txt"
    plain.write_text("Fighting went on in Omdurman on Thursday, residents said.")
    assert read_article_noting(plain)[0].published is None
