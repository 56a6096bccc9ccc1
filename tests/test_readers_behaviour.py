"""What each reader keeps of a file as analysts receive them: one behaviour a test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from workbench.core.readers.common import (
    IngestError,
    byline_author,
    full_date,
    is_date_line,
    parse_date,
    publication_date,
)
from workbench.core.readers.html import html_article
from workbench.core.readers.mail import read_eml
from workbench.core.readers.pdf import read_pdf
from workbench.core.readers.word import read_docx

CONVOY = [
    "A United Nations aid convoy reached the city of Mosul on Tuesday after three days of delays at checkpoints.",
    "Officials said the trucks carried food, medicine and winter clothing for families displaced by the fighting.",
    "Further deliveries are planned for next week if the road stays open and the weather allows the trucks through.",
]


def test_an_alert_laid_out_in_table_head_body_and_foot_keeps_every_paragraph():
    """Mailing tools lay an alert out in a table, its sections in thead, tbody and tfoot."""
    html = (
        f"<html><body><table><thead><tr><th><p>{CONVOY[0]}</p></th></tr></thead>"
        f"<tbody><tr><td><p>{CONVOY[1]}</p></td></tr></tbody>"
        f"<tfoot><tr><td><p>{CONVOY[2]}</p></td></tr></tfoot></table></body></html>"
    )
    assert html_article(html, Path("alert.eml"), layout_tables=True).text.split("\n\n") == CONVOY


def test_a_saved_web_page_names_its_site_as_the_source_and_leaves_out_menus_asides_comments_and_footer():
    article = "".join(f"<p>{p}</p>" for p in CONVOY)
    html = (
        '<html><head><title>Convoy reaches Mosul</title><meta property="og:site_name" content="Wire Agency"></head>'
        f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Convoy reaches Mosul</h1>{article}'
        '</article><div class="related"><h3>Read more</h3><p>Five things to know about the winter storms.</p></div>'
        '<section id="comments" class="comments"><div class="comment"><p>Reader Jim wrote: this is an outrage and '
        "the government should be ashamed.</p></div></section><footer><p>Contact us. Privacy policy.</p></footer>"
        "</body></html>"
    )
    draft = html_article(html, Path("convoy.html"))
    assert (draft.title, draft.source) == ("Convoy reaches Mosul", "Wire Agency")
    assert draft.text.split("\n\n")[-3:] == CONVOY and not any(
        aside in draft.text for aside in ("Home", "Read more", "Reader Jim", "Privacy")
    )


def eml(body: str, subtype: str = "plain", subject: str = "Fwd: Convoy") -> bytes:
    return (
        f"From: analyst@example.org\nSubject: {subject}\nDate: Wed, 7 Feb 2024 09:00:00 +0000\n"
        f"MIME-Version: 1.0\nContent-Type: text/{subtype}; charset=utf-8\n\n{body}\n"
    ).encode()


def test_an_html_only_alert_laid_out_in_tables_keeps_its_paragraphs():
    html = "<html><body><table>" + "".join(f"<tr><td><p>{p}</p></td></tr>" for p in CONVOY) + "</table></body></html>"
    draft = read_eml(eml(html, "html"), Path("alert.eml"), [])
    assert draft.text.split("\n\n") == CONVOY


def test_a_forward_quoted_line_by_line_gives_the_inner_message_without_the_quote_marks():
    quoted = "\n".join(
        f"> {line}"
        for line in [
            "---------- Forwarded message ---------",
            "From: Desk <desk@wire.example>",
            "Date: Tue, 6 Feb 2024 08:00:00 +0000",
            "Subject: Convoy reaches Mosul",
            "",
            CONVOY[0],
            "",
            CONVOY[1],
        ]
    )
    draft = read_eml(eml(f"Worth a look.\n\n{quoted}"), Path("fwd.eml"), [])
    assert draft.title == "Convoy reaches Mosul"
    assert draft.source == "Desk <desk@wire.example>"
    assert draft.text.split("\n\n") == CONVOY[:2]


def test_a_forwarded_alert_is_titled_without_its_forward_prefixes():
    draft = read_eml(eml(f"{CONVOY[0]}", subject="Fwd: TR: Convoy reaches Mosul"), Path("fwd.eml"), [])
    assert draft.title == "Convoy reaches Mosul"


def test_a_newsletter_s_shouted_masthead_over_the_article_is_left_out():
    draft = read_eml(eml(f"THE GULF BRIEF\n\n{CONVOY[0]}\n\n{CONVOY[1]}"), Path("brief.eml"), [])
    assert draft.text.split("\n\n") == CONVOY[:2]


@pytest.mark.parametrize(
    "line, author",
    [
        ("By Aziz El Yaakoubi", "Aziz El Yaakoubi"),
        ("Aziz El Yaakoubi, Reuters", "Aziz El Yaakoubi"),
        ("Aziz El Yaakoubi, Minister", None),  # a name and a title, not a byline
    ],
)
def test_a_byline_names_its_author_by_by_or_by_a_news_agency(line, author):
    assert byline_author(line) == author


@pytest.mark.parametrize(
    "text, day",
    [
        ("Published January 23, 2024 at noon", date(2024, 1, 23)),
        ("Published 23 Jan 2024 at noon", date(2024, 1, 23)),
        ("Published 2024-01-23 at noon", date(2024, 1, 23)),
        ("Filed 2024-02-30, corrected 2024-03-01", date(2024, 3, 1)),  # no 30 February: the next date that is one
    ],
)
def test_a_full_date_is_read_in_each_way_it_is_written(text, day):
    assert full_date(text) == day


def test_a_line_of_a_date_and_at_most_three_other_words_is_a_date_line():
    assert is_date_line("Tuesday, January 23, 2024 at noon")
    assert not is_date_line("Talks resumed on January 23, 2024 in Doha")


def test_a_december_dateline_in_a_file_made_in_january_is_last_year_s():
    notes: list[str] = []
    assert publication_date([], "SANAA, Dec 30 (Reuters) - Strikes hit the port.", date(2024, 1, 4), notes) == date(
        2023, 12, 30
    )
    assert publication_date([], "SANAA, Jan 3 (Reuters) - Strikes hit the port.", date(2024, 1, 4), notes) == date(
        2024, 1, 3
    )
    assert notes == []


def word(build) -> bytes:
    import io

    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_article_s_title_style_headline_is_its_title_and_not_its_first_paragraph():
    def build(document):
        document.core_properties.title = "Draft 3"
        document.add_heading("Convoy reaches Mosul", level=0)
        document.add_paragraph(CONVOY[0])

    draft = read_docx(word(build), Path("convoy.docx"), [])
    assert (draft.title, draft.text) == ("Convoy reaches Mosul", CONVOY[0])


def test_a_word_table_of_prose_is_read_cell_by_cell_a_merged_cell_once_and_a_data_table_left_out():
    def build(document):
        document.add_paragraph(CONVOY[0])
        data = document.add_table(rows=2, cols=2)
        data.cell(0, 0).text, data.cell(0, 1).text = "Trucks", "12"
        layout = document.add_table(rows=1, cols=2)
        merged = layout.cell(0, 0).merge(layout.cell(0, 1))
        merged.text = CONVOY[1]
        document.add_paragraph(CONVOY[2])

    assert read_docx(word(build), Path("convoy.docx"), []).text.split("\n\n") == CONVOY


def test_a_file_that_is_no_word_package_is_refused_by_name():
    with pytest.raises(IngestError) as refused:
        read_docx(b"not a zip at all", Path("memo.docx"), [])
    assert (refused.value.path, refused.value.reason) == ("memo.docx", "damaged DOCX (not a valid Word package)")


def test_a_word_article_with_no_headline_anywhere_has_no_title_of_its_own():
    """The import then titles it from its first words (ingest), not from a placeholder."""
    draft = read_docx(word(lambda document: document.add_paragraph(CONVOY[0])), Path("untitled.docx"), [])
    assert (draft.title, draft.text) == ("", CONVOY[0])


def pdf(lines: list[tuple[float, str]], author: str = "", encrypt: str | None = None) -> bytes:
    """A one-page PDF with each line set at its height (points from the bottom of an A4 page)."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, encrypt=encrypt)
    page.setAuthor(author)
    page.setFont("Helvetica", 11)
    for y, text in lines:
        page.drawString(72, y, text)
    page.showPage()
    page.save()
    return out.getvalue()


ON_THE_PAGE = [(760, "Aid convoy reaches the city of Mosul after three days of delays at checkpoints.")]


def test_a_pdf_names_its_author_from_its_metadata():
    assert read_pdf(pdf(ON_THE_PAGE, author="Aziz El Yaakoubi"), Path("convoy.pdf"), []).author == "Aziz El Yaakoubi"


@pytest.mark.parametrize(
    "footer", ["Copyright Wire Services. ALL RIGHTS RESERVED", "Wire Services, all rights reserved"]
)
def test_a_rights_line_at_the_foot_of_the_page_is_furniture_however_it_is_written(footer):
    assert read_pdf(pdf([*ON_THE_PAGE, (30, footer)]), Path("convoy.pdf"), []).text == ON_THE_PAGE[0][1]


def test_a_scan_with_no_text_is_refused_with_the_advice_to_run_ocr(tmp_path):
    from tests.received_files import image_only_pdf

    with pytest.raises(IngestError) as refused:
        read_pdf(image_only_pdf(tmp_path / "scan.pdf").read_bytes(), Path("scan.pdf"), [])
    assert refused.value.reason == (
        "an image-only PDF: its pages are pictures with no extractable text (a scan "
        "without OCR); run it through OCR first"
    )


def test_a_pdf_locked_by_a_password_is_refused_as_such():
    with pytest.raises(IngestError) as refused:
        read_pdf(pdf(ON_THE_PAGE, encrypt="secret"), Path("locked.pdf"), [])
    assert (refused.value.path, refused.value.reason) == ("locked.pdf", "password-protected PDF")


def test_a_damaged_pdf_is_refused_by_name_saying_it_is_damaged():
    whole = pdf(ON_THE_PAGE)
    with pytest.raises(IngestError) as refused:
        read_pdf(whole[: len(whole) // 3], Path("cut.pdf"), [])
    assert refused.value.path == "cut.pdf" and refused.value.reason.startswith("damaged PDF (")


def test_a_paragraph_broken_after_a_hyphen_before_a_capitalised_name_is_joined_across_the_gap():
    """Set with a gap between its two lines (two text boxes to the PDF): 'al-' ends one, 'Hafa' opens the other."""
    lines = [
        (760, "Aid convoy reaches Mosul after three days of delays at the checkpoint of al-"),
        (700, "Hafa, officials said on Tuesday."),
    ]
    assert read_pdf(pdf(lines), Path("convoy.pdf"), []).text == (
        "Aid convoy reaches Mosul after three days of delays at the checkpoint of al-Hafa, officials said on Tuesday."
    )


def test_a_pdf_whose_metadata_reads_but_whose_pages_do_not_is_refused_by_name_as_damaged():
    """The trailer names no document catalogue: the title and author read, the pages have nowhere to come from."""
    without_catalogue = pdf(ON_THE_PAGE).replace(b"/Root", b"/Rxxx")
    with pytest.raises(IngestError) as refused:
        read_pdf(without_catalogue, Path("no-pages.pdf"), [])
    assert (refused.value.path, refused.value.reason) == (
        "no-pages.pdf",
        "damaged PDF (No /Root object! - Is this really a PDF?)",
    )


@pytest.mark.parametrize(
    "value, day",
    [
        ("D:20240123091500+00'00'", date(2024, 1, 23)),  # a PDF's date
        ("2024-01-23T09:15:00Z", date(2024, 1, 23)),
        ("Tue, 23 Jan 2024 09:15:00 +0000", date(2024, 1, 23)),  # an e-mail's
        ("23 janvier 2024", None),  # English only: a French word is not guessed at
        ("Unknown", None),
    ],
)
def test_a_metadata_date_is_read_in_the_forms_files_write_it(value, day):
    assert parse_date(value) == day


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 8, b"\xff\xfe" + b"\x01\x00" * 500],
    ids=["bytes", "control characters behind a UTF-16 mark"],
)
def test_a_binary_file_named_like_text_is_refused_by_its_own_name(tmp_path, data):
    from workbench.core.ingest import read_article

    binary = tmp_path / "photo.txt"
    binary.write_bytes(data)
    with pytest.raises(IngestError) as refused:
        read_article(binary)
    assert (refused.value.path, refused.value.reason) == (str(binary), "binary data, not text")


def test_a_markdown_article_keeps_a_fenced_block_s_lines_as_written_as_a_code_block():
    """A statement pasted between ``` fences: its lines, not reflowed; the blocks say which is which."""
    from workbench.core.readers.text import markdown_blocks, read_markdown

    text = "# Convoy\n\nThe ministry's statement:\n\n```\nConvoy 1: 12 trucks\nConvoy 2: 9 trucks\n```\n"
    assert read_markdown(text.encode(), Path("convoy.md"), []).text == (
        "The ministry's statement:\n\nConvoy 1: 12 trucks\nConvoy 2: 9 trucks"
    )
    assert markdown_blocks(text) == [
        ("heading", "Convoy"),
        ("paragraph", "The ministry's statement:"),
        ("code", "Convoy 1: 12 trucks\nConvoy 2: 9 trucks"),
    ]
