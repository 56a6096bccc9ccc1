"""Every format an analyst drops becomes an article; every kind of bad file gets one clear reason."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from workbench.core.ingest import IngestError, expand_paths, read_article

from .conftest import SEED

BODY = (
    "Clashes broke out in Tripoli on Saturday, officials said.\n\n"
    "The fighting spread to the southern suburbs of the Libyan capital."
)


def make_pdf(path: Path, text: str, title: str = "", password: str | None = None) -> Path:
    """A real PDF, typeset by Qt, optionally encrypted with pypdf."""
    from pypdf import PdfReader, PdfWriter
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setTitle(title)
    doc = QTextDocument()
    doc.setPlainText(text)
    doc.print_(writer)
    del writer
    if password:
        reader = PdfReader(str(path))
        out = PdfWriter()
        for page in reader.pages:
            out.add_page(page)
        out.encrypt(password)
        with open(path, "wb") as fh:
            out.write(fh)
    return path


def make_docx(path: Path, paragraphs: list[str], title: str = "") -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))
    return path


def test_plain_text_with_header_lines_gives_title_source_url_and_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(
        "Title: Clashes in Tripoli\nSource: Al-Ahram Weekly — https://example.org/a\nPublished: 2022-08-30\n\n" + BODY
    )
    a = read_article(f)
    assert (a.title, a.source, a.url, a.published) == (
        "Clashes in Tripoli",
        "Al-Ahram Weekly",
        "https://example.org/a",
        date(2022, 8, 30),
    )
    assert a.text == BODY
    assert a.format == "txt"


@pytest.mark.parametrize("damage, shown", [(b"", ""), (b" \xff", " \ufffd")])  # clean, or one byte broken
def test_a_text_file_starting_with_a_byte_order_mark_loses_the_mark_and_keeps_its_headers(tmp_path, damage, shown):
    f = tmp_path / "notepad.txt"  # what Windows Notepad writes as "UTF-8 with BOM"
    f.write_bytes(b"\xef\xbb\xbfTitle: Clashes in Tripoli\nPublished: 2022-08-30\n\n" + BODY.encode() + damage)
    a = read_article(f)
    assert (a.title, a.published) == ("Clashes in Tripoli", date(2022, 8, 30))
    assert a.text == BODY + shown


def test_plain_text_without_headers_takes_its_first_line_as_title(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("Clashes in Tripoli\n" + BODY)
    a = read_article(f)
    assert a.title == "Clashes in Tripoli"
    assert a.published is None
    assert a.text.startswith("Clashes in Tripoli\nClashes broke out")


def test_the_sample_article_carries_its_publication_date():
    a = read_article(SEED)
    assert a.published == date(2024, 2, 8)
    assert a.title == "Al-Khazali calls for total withdrawal of foreign forces"
    assert a.text.startswith("Shafaq News/ The Secretary-General of Asaib Ahl al-Haq")


def test_markdown_front_matter_is_read(tmp_path):
    f = tmp_path / "c.md"
    f.write_text(
        "---\ntitle: Clashes in Tripoli\ndate: 2022-08-30\nsource: Ahram Online\nauthor: K. Abdallah\n---\n\n" + BODY
    )
    a = read_article(f)
    assert (a.title, a.published, a.source, a.author) == (
        "Clashes in Tripoli",
        date(2022, 8, 30),
        "Ahram Online",
        "K. Abdallah",
    )
    assert a.text == BODY


def test_markdown_heading_becomes_the_title(tmp_path):
    f = tmp_path / "d.md"
    f.write_text("# Clashes in Tripoli\n\n" + BODY)
    a = read_article(f)
    assert a.title == "Clashes in Tripoli"
    assert a.text == BODY


@pytest.mark.parametrize("name", ["05_libya_tripoli_clashes", "07_kurdistan_sulaimani_drone_strike"])
def test_html_page_gives_exactly_the_article_body_and_its_date(samples, name):
    html = read_article(samples / f"{name}.html")
    txt = read_article(samples / f"{name}.txt")
    assert html.text == txt.text
    assert html.published == txt.published
    assert html.title == txt.title
    for nav_word in ("Newsletter", "Subscribe", "Share on Facebook"):
        assert nav_word not in html.text


def test_pdf_text_and_title_are_read(qapp, tmp_path):
    f = make_pdf(tmp_path / "e.pdf", BODY, title="Clashes in Tripoli")
    a = read_article(f)
    assert a.title == "Clashes in Tripoli"
    assert "Clashes broke out in Tripoli on Saturday" in a.text
    assert a.format == "pdf"


def test_docx_paragraphs_and_core_properties_are_read(tmp_path):
    f = make_docx(tmp_path / "f.docx", BODY.split("\n\n"), title="Clashes in Tripoli")
    a = read_article(f)
    assert a.title == "Clashes in Tripoli"
    assert a.text == BODY
    assert a.published is not None  # python-docx stamps the creation date


def test_email_subject_date_sender_and_text_part(tmp_path):
    msg = EmailMessage()
    msg["Subject"] = "Clashes in Tripoli"
    msg["From"] = "Desk <desk@example.org>"
    msg["Date"] = "Tue, 30 Aug 2022 10:00:00 +0200"
    msg.set_content(BODY, charset="iso-8859-1")
    f = tmp_path / "g.eml"
    f.write_bytes(msg.as_bytes())
    a = read_article(f)
    assert (a.title, a.published) == ("Clashes in Tripoli", date(2022, 8, 30))
    assert "desk@example.org" in a.source
    assert a.text == BODY


def test_html_only_email_goes_through_the_html_reader(tmp_path):
    msg = EmailMessage()
    msg["Subject"] = "Bulletin"
    msg.set_content(
        "<html><body><article><p>" + BODY.replace("\n\n", "</p><p>") + "</p></article></body></html>", subtype="html"
    )
    f = tmp_path / "h.eml"
    f.write_bytes(msg.as_bytes())
    assert "Clashes broke out in Tripoli" in read_article(f).text


def test_windows_1252_text_is_detected_not_guessed(tmp_path):
    text = (
        "Title: Café talks\n\nThe delegation met at a café in Beirut — “a first step”, an official said. "
        "The minister’s aides, who arrived on Tuesday, said the talks would go on."
    )
    f = tmp_path / "i.txt"
    f.write_bytes(text.encode("cp1252"))
    a = read_article(f)
    assert "café in Beirut — “a first step”" in a.text
    assert a.title == "Café talks"


def test_folders_are_walked_recursively_and_hidden_files_skipped(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "sub" / "deeper" / "b.md").write_text("two")
    (tmp_path / ".hidden.txt").write_text("three")
    names = [p.name for p in expand_paths([tmp_path])]
    assert names == ["a.txt", "b.md"]


# ----------------------------------------------------------------------------- bad input
def reason_for(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        read_article(path)
    assert info.value.path == str(path)
    return info.value.reason


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert reason_for(f) == "empty file"


def test_whitespace_only_file_has_no_text(tmp_path):
    f = tmp_path / "blank.md"
    f.write_text("\n\n   \n")
    assert "no text" in reason_for(f)


def test_binary_file_with_a_text_extension(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    assert "binary" in reason_for(f)


def test_truncated_pdf(qapp, tmp_path):
    good = make_pdf(tmp_path / "good.pdf", BODY)
    f = tmp_path / "truncated.pdf"
    f.write_bytes(good.read_bytes()[:300])
    reason = reason_for(f)
    assert "PDF" in reason


def test_password_protected_pdf(qapp, tmp_path):
    f = make_pdf(tmp_path / "locked.pdf", BODY, password="secret")
    assert reason_for(f) == "password-protected PDF"


def test_truncated_docx(tmp_path):
    good = make_docx(tmp_path / "good.docx", ["A paragraph."])
    f = tmp_path / "truncated.docx"
    f.write_bytes(good.read_bytes()[:500])
    assert "DOCX" in reason_for(f)


def test_legacy_or_encrypted_word_file(tmp_path):
    f = tmp_path / "old.docx"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "password-protected or legacy Word" in reason_for(f)


def test_enormous_file_is_refused_before_it_is_read(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.truncate(51 * 1024 * 1024)  # sparse: costs no disk
    assert reason_for(f).startswith("too large (51 MB")


def test_unknown_file_type(tmp_path):
    f = tmp_path / "sheet.xlsx"
    f.write_bytes(b"PK\x03\x04")
    assert "unsupported file type '.xlsx'" in reason_for(f)


def test_missing_file(tmp_path):
    assert reason_for(tmp_path / "nowhere.txt") == "file not found"


def test_html_without_article_text(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    assert "no article text" in reason_for(f)


def test_pdf_without_text_layer(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)  # what a scan without OCR looks like to a text extractor
    f = tmp_path / "scan.pdf"
    with open(f, "wb") as fh:
        writer.write(fh)
    assert "no extractable text" in reason_for(f)


def test_io_roundtrip_of_sample_docx_made_from_a_gold_text(samples, tmp_path):
    txt = read_article(samples / "03_lebanon_wazzani_khiam.txt")
    f = make_docx(tmp_path / "03.docx", txt.text.split("\n\n"), title=txt.title)
    assert read_article(f).text == txt.text
