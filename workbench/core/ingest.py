"""Files and folders -> ArticleDraft (text + metadata): one reader per format, clear errors for bad input."""

from __future__ import annotations

import email
import email.policy
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from .models import ArticleDraft
from .settings import MAX_FILE_BYTES

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".eml")
HEADER_KEYS = ("title", "source", "url", "published", "author")
_HEADER_LINE = re.compile(r"^(Title|Source|URL|Published|Author|Date)\s*:\s*(.*)$", re.IGNORECASE)
_URL = re.compile(r"https?://\S+")
# Fewer words than this in a page's main text means the extractor found navigation, not an article.
MIN_ARTICLE_WORDS = 5


class IngestError(Exception):
    """A file that cannot become an article; `reason` is written for the analyst, not for a developer."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the files inside folders (recursively, sorted, hidden ones skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield child
        else:
            yield path


def read_article(path: str | Path) -> ArticleDraft:
    """Read one file into an ArticleDraft, or raise IngestError saying why it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise IngestError(path, "file not found")
    if not path.is_file():
        raise IngestError(path, "not a regular file")
    if suffix not in SUPPORTED_SUFFIXES:
        kind = f"'{suffix}'" if suffix else "without an extension"
        raise IngestError(path, f"unsupported file type {kind} (supported: txt, md, html, pdf, docx, eml)")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(path, "empty file")
    if size > MAX_FILE_BYTES:
        raise IngestError(path, f"too large ({size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)")
    data = path.read_bytes()
    reader = _READERS[suffix]
    try:
        draft = reader(data, path)
    except IngestError:
        raise
    except Exception as exc:  # a library's parse error: name the format, keep the library's words short
        raise IngestError(path, f"damaged or unreadable {suffix[1:].upper()} file ({_short(exc)})") from exc
    text = draft.text.strip()
    if not text:
        raise IngestError(path, "no text found in the file")
    return ArticleDraft(
        title=(draft.title or _title_from_text(text)).strip()[:500],
        text=text,
        source=draft.source.strip(),
        url=draft.url.strip(),
        author=draft.author.strip(),
        published=draft.published,
        path=str(path),
        format=_FORMAT_NAMES.get(suffix, suffix[1:]),
    )


def _short(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:120]


def _title_from_text(text: str) -> str:
    first = text.strip().splitlines()[0]
    return first if len(first) <= 200 else first[:197] + "..."


# ----------------------------------------------------------------------------- text decoding
def decode_text(data: bytes, path: Path) -> str:
    """Bytes -> str: UTF-8 (with or without BOM) when valid, otherwise the encoding charset-normalizer detects."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(path, "binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(path, "unknown text encoding (not UTF-8, and no other encoding fits)")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise IngestError(path, "binary data, not text")
    return text


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(sample)


def parse_date(value: str | None) -> date | None:
    """A publication date from metadata: ISO dates and datetimes, e-mail and PDF forms, free text."""
    if not value:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    value = str(value).strip()
    if not value or value.lower() in ("unknown", "none", "n/a"):
        return None
    m = re.match(r"^D:(\d{4})(\d{2})(\d{2})", value)  # PDF date
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _split_source(value: str) -> tuple[str, str]:
    """'Africanews — https://...' -> ('Africanews', 'https://...')."""
    m = _URL.search(value)
    if not m:
        return value.strip(), ""
    name = value[: m.start()].strip().rstrip("—–-|,").strip()
    return name, m.group(0)


def _draft_from_headers(headers: dict[str, str], text: str) -> ArticleDraft:
    source, url = _split_source(headers.get("source", ""))
    return ArticleDraft(
        title=headers.get("title", ""),
        text=text,
        source=source,
        url=headers.get("url", "") or url,
        author=headers.get("author", ""),
        published=parse_date(headers.get("published") or headers.get("date")),
    )


# ----------------------------------------------------------------------------- readers
def read_plain_text(data: bytes, path: Path) -> ArticleDraft:
    """Plain text, optionally opening with `Title:`/`Source:`/`URL:`/`Published:`/`Author:` lines and a blank line."""
    text = decode_text(data, path).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := _HEADER_LINE.match(lines[i])):
        headers[m[1].lower()] = m[2].strip()
        i += 1
    if headers and (i == len(lines) or not lines[i].strip()):
        return _draft_from_headers(headers, "\n".join(lines[i:]).strip())
    return ArticleDraft(title="", text=text.strip())


def read_markdown(data: bytes, path: Path) -> ArticleDraft:
    """Markdown, with YAML front matter (title, date/published, source, url, author) when present."""
    text = decode_text(data, path).replace("\r\n", "\n")
    headers: dict[str, str] = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            import yaml

            try:
                meta = yaml.safe_load(text[4:end]) or {}
            except yaml.YAMLError as exc:
                raise IngestError(path, f"malformed YAML front matter ({_short(exc)})") from exc
            if isinstance(meta, dict):
                headers = {str(k).lower(): ("" if v is None else str(v)) for k, v in meta.items()}
            text = text[end + 4 :].lstrip("-").lstrip("\n")
    if not headers:
        plain = read_plain_text(text.encode("utf-8"), path)
        if plain.title:
            return plain
    body = text.strip()
    if not headers.get("title"):
        m = re.match(r"^#\s+(.+)\n+", body)
        if m:
            headers["title"] = m[1].strip()
            body = body[m.end() :]
    return _draft_from_headers(headers, body.strip())


def read_html(data: bytes, path: Path) -> ArticleDraft:
    """HTML through trafilatura: the main text only (no navigation or boilerplate) and its metadata."""
    import trafilatura

    html = decode_text(data, path)
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


def read_pdf(data: bytes, path: Path) -> ArticleDraft:
    """PDF text (page by page) and its document info; encrypted files are refused by name."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise IngestError(path, "password-protected PDF")
        pages = [_tidy_pdf_text(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata or {}
    except PdfReadError as exc:
        raise IngestError(path, f"damaged PDF ({_short(exc)})") from exc
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise IngestError(path, "the PDF holds no extractable text (a scan without OCR?)")
    return ArticleDraft(
        title=str(info.get("/Title") or ""),
        text=text,
        author=str(info.get("/Author") or ""),
        published=parse_date(str(info.get("/CreationDate") or "")),
    )


def _tidy_pdf_text(text: str) -> str:
    """Ligatures (ﬁ, ﬃ) back to letters, tab-separated words back to spaces."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def read_docx(data: bytes, path: Path) -> ArticleDraft:
    """Word paragraphs and core properties (title, author, created)."""
    import docx

    if not zipfile.is_zipfile(io.BytesIO(data)):
        head = data[:8]
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise IngestError(path, "password-protected or legacy Word file (not a DOCX package)")
        raise IngestError(path, "damaged DOCX (not a valid Word package)")
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    props = document.core_properties
    return ArticleDraft(
        title=props.title or "",
        text="\n\n".join(paragraphs),
        author=props.author or "",
        published=(props.created.date() if props.created else None),
    )


def read_eml(data: bytes, path: Path) -> ArticleDraft:
    """E-mail: Subject, Date, From and the text part (or the HTML part through trafilatura)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.keys():
        raise IngestError(path, "not an e-mail message (no headers)")
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise IngestError(path, "the e-mail has no text part")
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):
        content = decode_text(part.get_payload(decode=True) or b"", path)
    if isinstance(content, bytes):
        content = decode_text(content, path)
    if part.get_content_subtype() == "html":
        content = read_html(content.encode("utf-8"), path).text
    return ArticleDraft(
        title=str(message.get("Subject", "") or ""),
        text=content.replace("\r\n", "\n").strip(),
        source=str(message.get("From", "") or ""),
        published=parse_date(str(message.get("Date", "") or "")),
    )


_FORMAT_NAMES = {".htm": "html", ".markdown": "md"}
_READERS = {
    ".txt": read_plain_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".eml": read_eml,
}
