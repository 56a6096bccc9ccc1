"""One reader per file format: a file's bytes -> ArticleDraft, or IngestError saying why not."""

from __future__ import annotations

from .html import read_html
from .mail import read_eml
from .pdf import read_pdf
from .text import read_markdown, read_plain_text
from .word import read_docx

READERS = {
    ".txt": read_plain_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".eml": read_eml,
}
