"""Files and folders -> ArticleDraft (text + metadata): one reader per format, clear errors for bad input."""

from __future__ import annotations

import codecs
import email
import email.policy
import functools
import io
import os
import re
import stat
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
# A longer text is refused: about 170 000 words, which the engine analyses (in pieces) in 15–30 s on a
# 2-core machine; a 50 MB text, under the file size limit, would hold the import for a quarter of an hour.
MAX_TEXT_CHARS = 1_000_000
# YAML front matter is a few lines of metadata; a longer block is refused before the YAML parser sees it.
MAX_FRONT_MATTER_CHARS = 64 * 1024
# More control characters (NUL included) than this share of a file: binary data, not text with stray bytes.
MAX_CONTROL_SHARE = 0.05


class IngestError(Exception):
    """A file that cannot become an article; `reason` is written for the analyst, not for a developer."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the files inside folders (recursively, sorted, hidden ones skipped).

    A folder (whatever its name, 'x.txt' too) is walked; a named folder with no files in it, and a folder
    that cannot be listed, are yielded themselves, so that reading them reports why nothing came of them.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _files_in(path) or [path]
        else:
            yield path


def _files_in(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=lambda exc: found.append(Path(exc.filename))):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, name) for name in files if not name.startswith("."))
    return sorted(found)


def read_article(path: str | Path) -> ArticleDraft:
    """Read one file into an ArticleDraft, or raise IngestError saying why it cannot be read."""
    return read_article_noting(path)[0]


def read_article_noting(path: str | Path) -> tuple[ArticleDraft, tuple[str, ...]]:
    """Read one file into an ArticleDraft, with notes on what had to be mended ('3 undecodable bytes
    replaced'); or raise IngestError saying why it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    data = _read_bytes(path)
    notes: list[str] = []
    try:
        draft = _READERS[suffix](data, path, notes)
    except IngestError:
        raise
    except Exception as exc:  # a library's parse error: name the format, keep the library's words short
        raise IngestError(path, f"damaged or unreadable {suffix[1:].upper()} file ({_short(exc)})") from exc
    text = draft.text.strip()
    if not text:
        raise IngestError(path, "no text found in the file")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(path, f"too long to analyse ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})")
    return ArticleDraft(
        title=(draft.title or _title_from_text(text)).strip()[:500],
        text=text,
        source=draft.source.strip(),
        url=draft.url.strip(),
        author=draft.author.strip(),
        published=draft.published,
        path=str(path),
        format=_FORMAT_NAMES.get(suffix, suffix[1:]),
    ), tuple(notes)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, checked and read through one open file: a FIFO does not block (non-blocking open),
    and a file swapped or removed meanwhile is caught as what it is then."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise IngestError(path, _os_reason(path, exc)) from None
    try:
        info = os.fstat(fd)
        _check_kind_and_size(path, info)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise IngestError(path, _os_reason(path, exc)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:  # it grew while it was read
        raise IngestError(path, f"too large (the limit is {MAX_FILE_BYTES // 2**20} MB)")
    return data


def _check_kind_and_size(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(path, _folder_reason(path))
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(path, "not a regular file (a pipe, socket or device)")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = f"'{suffix}'" if suffix else "without an extension"
        raise IngestError(path, f"unsupported file type {kind} (supported: txt, md, html, pdf, docx, eml)")
    if info.st_size == 0:
        raise IngestError(path, "empty file")
    if info.st_size > MAX_FILE_BYTES:
        raise IngestError(path, f"too large ({info.st_size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)")


def _folder_reason(path: Path) -> str:
    return "a folder, not a file" if _files_in(path) else "a folder with no files to import (hidden files are skipped)"


def _os_reason(path: Path, exc: OSError) -> str:
    """The operating system's refusal in the analyst's words, never its traceback."""
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, IsADirectoryError):
        return _folder_reason(path)
    if isinstance(exc, PermissionError) and path.is_dir():
        return "a folder that cannot be read (permission denied)"
    words = exc.strerror or type(exc).__name__
    return f"cannot be read ({words[:1].lower()}{words[1:]})"


def _short(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:120]


def _title_from_text(text: str) -> str:
    first = text.strip().splitlines()[0]
    return first if len(first) <= 200 else first[:197] + "..."


# ----------------------------------------------------------------------------- text decoding
def decode_text(data: bytes, path: Path, notes: list[str]) -> str:
    """Bytes -> str: UTF-8 (with or without BOM); UTF-8 with a few undecodable bytes, each replaced by U+FFFD;
    otherwise the encoding charset-normalizer detects. NUL bytes are dropped wherever they are in the file.
    Every drop, replacement and guessed encoding goes into `notes`; a file of control characters is refused."""
    if data.startswith(_UTF16_32_BOMS):  # NUL bytes belong to these encodings, which their BOM names
        text = _decode_detected(data, path)[0]
        if len(_CONTROL_CHARS.findall(text)) > MAX_CONTROL_SHARE * len(text):
            raise IngestError(path, "binary data, not text")
        return text
    control = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if control > MAX_CONTROL_SHARE * len(data):
        raise IngestError(path, "binary data, not text")
    nuls = data.count(b"\x00")
    if nuls:
        data = data.replace(b"\x00", b"")
        notes.append(_count(nuls, "NUL byte") + " removed")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")  # an undecodable byte -> U+DC80..U+DCFF
    undecodable = len(_ESCAPED_BYTES.findall(text))
    # UTF-8 with damage, not another encoding: a byte-order mark says so, or more good UTF-8 than bad bytes.
    if data.startswith(codecs.BOM_UTF8) or len(_NON_ASCII_CHARS.findall(text)) >= undecodable:
        notes.append(_count(undecodable, "undecodable byte") + " replaced")
        return _ESCAPED_BYTES.sub("\ufffd", text)
    text, encoding = _decode_detected(data, path)
    notes.append(f"not UTF-8: read as {encoding}")
    return text


def _decode_detected(data: bytes, path: Path) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(path, "unknown text encoding (not UTF-8, and no other encoding fits)")
    return str(best), best.encoding


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}{'' if n == 1 else 's'}"


_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# C0 control characters other than tab, line feed, form feed and carriage return.
_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in "\t\n\f\r")
_CONTROL_CHARS = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]")
_NON_ASCII_CHARS = re.compile("[^\x00-\x7f\udc80-\udcff]")


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
def read_plain_text(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """Plain text, optionally opening with `Title:`/`Source:`/`URL:`/`Published:`/`Author:` lines and a blank line."""
    text = decode_text(data, path, notes).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := _HEADER_LINE.match(lines[i])):
        headers[m[1].lower()] = m[2].strip()
        i += 1
    if headers and (i == len(lines) or not lines[i].strip()):
        return _draft_from_headers(headers, "\n".join(lines[i:]).strip())
    return ArticleDraft(title="", text=text.strip())


def read_markdown(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """Markdown, with YAML front matter (title, date/published, source, url, author) when present."""
    text = decode_text(data, path, notes).replace("\r\n", "\n")
    headers: dict[str, str] = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            meta = _front_matter(text[4:end], path)
            if isinstance(meta, dict):
                headers = {str(k).lower(): ("" if v is None else str(v)) for k, v in meta.items()}
            text = text[end + 4 :].lstrip("-").lstrip("\n")
    if not headers:
        plain = read_plain_text(text.encode("utf-8"), path, notes)
        if plain.title:
            return plain
    body = text.strip()
    if not headers.get("title"):
        m = re.match(r"^#\s+(.+)\n+", body)
        if m:
            headers["title"] = m[1].strip()
            body = body[m.end() :]
    return _draft_from_headers(headers, body.strip())


def _front_matter(block: str, path: Path):
    """The YAML between the `---` lines, read without aliases and only when short: an alias can repeat a node
    a billion times over ('billion laughs'), so that 1 KB of YAML takes gigabytes."""
    import yaml

    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise IngestError(path, f"YAML front matter too long ({len(block):,} characters; the limit is {MAX_FRONT_MATTER_CHARS:,})")
    try:
        return yaml.load(block, Loader=_alias_free_loader()) or {}
    except _AliasInFrontMatter as exc:
        raise IngestError(path, "YAML front matter refused: it uses an alias (*name), which the workbench does not "
                                "expand") from exc
    except yaml.YAMLError as exc:
        raise IngestError(path, f"malformed YAML front matter ({_short(exc)})") from exc


class _AliasInFrontMatter(Exception):
    """The front-matter loader met an alias."""


@functools.cache
def _alias_free_loader():
    import yaml

    class AliasFreeLoader(yaml.SafeLoader):  # the pure-Python loader: the C one composes nodes out of reach
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                raise _AliasInFrontMatter
            return super().compose_node(parent, index)

    return AliasFreeLoader


def read_html(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """HTML through trafilatura: the main text only (no navigation or boilerplate) and its metadata."""
    import trafilatura

    html = decode_text(data, path, notes)
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


def read_pdf(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
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


def read_docx(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
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


def read_eml(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """E-mail: Subject, Date, From and the text part (or the HTML part through trafilatura)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.keys():
        raise IngestError(path, "not an e-mail message (no headers)")
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise IngestError(path, "the e-mail has no text part")
    content = _email_text(part, path, notes)
    if part.get_content_subtype() == "html":
        content = read_html(content.encode("utf-8"), path, notes).text
    return ArticleDraft(
        title=str(message.get("Subject", "") or ""),
        text=content.replace("\r\n", "\n").strip(),
        source=str(message.get("From", "") or ""),
        published=parse_date(str(message.get("Date", "") or "")),
    )


def _email_text(part, path: Path, notes: list[str]) -> str:
    """A text part in its declared charset; when its bytes do not fit that charset, or hold NUL bytes, they go
    through decode_text, which notes what it mends (the email library would replace bytes without a word)."""
    raw = part.get_payload(decode=True) or b""
    try:
        text = raw.decode(part.get_content_charset() or "utf-8")
    except (LookupError, UnicodeError):
        return decode_text(raw, path, notes)
    return decode_text(raw, path, notes) if "\x00" in text else text


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
