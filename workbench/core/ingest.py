"""Files and folders -> ArticleDraft (text + metadata): one reader per format, clear errors for bad input."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .models import ArticleDraft
from .readers import READERS
from .readers.common import IngestError, dateline_date, decode_text, parse_date, short
from .settings import MAX_FILE_BYTES

__all__ = ["IngestError", "decode_text", "expand_paths", "parse_date", "read_article", "read_article_noting"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".eml")
# A longer text is refused: about 170 000 words, which the engine analyses (in pieces) in 15–30 s on a
# 2-core machine; a 50 MB text, under the file size limit, would hold the import for a quarter of an hour.
MAX_TEXT_CHARS = 1_000_000


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
        draft = READERS[suffix](data, path, notes)
    except IngestError:
        raise
    except Exception as exc:  # a library's parse error: name the format, keep the library's words short
        raise IngestError(path, f"damaged or unreadable {suffix[1:].upper()} file ({short(exc)})") from exc
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
        published=draft.published or _dateline_publication(text, path, notes),
        path=str(path),
        format=_FORMAT_NAMES.get(suffix, suffix[1:]),
    ), tuple(notes)


def _dateline_publication(text: str, path: Path, notes: list[str]) -> date | None:
    """A file that gives no date but opens with a dateline ('KHARTOUM, Mar 14 (Reuters) -'): the dateline's day,
    in the year of the file's last change (the year before, if that day would come after the change)."""
    try:
        changed = date.fromtimestamp(path.stat().st_mtime)
    except (OSError, ValueError, OverflowError):
        return None
    day = dateline_date(text, changed.year)
    if day is None:
        return None
    if day > changed:
        day = dateline_date(text, changed.year - 1)
    notes.append("publication date from the dateline, its year from the file's date")
    return day


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


def _title_from_text(text: str) -> str:
    first = text.strip().splitlines()[0]
    return first if len(first) <= 200 else first[:197] + "..."


_FORMAT_NAMES = {".htm": "html", ".markdown": "md"}
