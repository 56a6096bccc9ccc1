"""What every reader shares: the refusal it raises, text decoding, metadata dates and header fields."""

from __future__ import annotations

import codecs
import email.utils
import re
from datetime import date, datetime
from pathlib import Path

from .. import lexicon
from ..models import ArticleDraft

HEADER_LINE = re.compile(r"^(Title|Source|URL|Published|Author|Date)\s*:\s*(.*)$", re.IGNORECASE)
_URL = re.compile(r"https?://\S+")
# More control characters (NUL included) than this share of a file: binary data, not text with stray bytes.
MAX_CONTROL_SHARE = 0.05


class IngestError(Exception):
    """A file that cannot become an article; `reason` is written for the analyst, not for a developer."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def short(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:120]


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
        notes.append(count(nuls, "NUL byte") + " removed")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")  # an undecodable byte -> U+DC80..U+DCFF
    undecodable = len(_ESCAPED_BYTES.findall(text))
    # UTF-8 with damage, not another encoding: a byte-order mark says so, or more good UTF-8 than bad bytes.
    if data.startswith(codecs.BOM_UTF8) or len(_NON_ASCII_CHARS.findall(text)) >= undecodable:
        notes.append(count(undecodable, "undecodable byte") + " replaced")
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


def count(n: int, thing: str) -> str:
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


def draft_from_headers(headers: dict[str, str], text: str) -> ArticleDraft:
    source, url = _split_source(headers.get("source", ""))
    return ArticleDraft(
        title=headers.get("title", ""),
        text=text,
        source=source,
        url=headers.get("url", "") or url,
        author=headers.get("author", ""),
        published=parse_date(headers.get("published") or headers.get("date")),
    )


def byline_author(line: str) -> str | None:
    """The author a byline names ('By Aziz El Yaakoubi', 'By A and B, Reuters', 'Aziz El Yaakoubi, Reuters'),
    or None when the line is not a byline."""
    line = line.strip()
    if len(line.split()) > 12 or line.endswith("."):
        return None
    if m := _BY_LINE.fullmatch(line):
        return m[1]
    if (m := _NAME_COMMA_AGENCY.fullmatch(line)) and m[2].lower() in lexicon.AGENCIES:
        return m[1]
    return None


_PARTICLE = lexicon.alternation(lexicon.NAME_PARTICLES | lexicon.ARTICLE_PREFIXES)
_NAME = rf"[A-Z][\w'’.-]*(?:\s+(?:(?:{_PARTICLE})\s+)?[A-Z][\w'’.-]*){{0,3}}"
_BY_LINE = re.compile(rf"By\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*?)(?:\s*(?:,|\||—|-|for|in)\s*[\w .,'’-]*)?")
_NAME_COMMA_AGENCY = re.compile(rf"({_NAME}),\s*([\w .'’-]+)")


# A date line may name the weekday, a time or a place besides the date.
DATE_LINE_EXTRA_WORDS = 3
_MONTH = lexicon.alternation(lexicon.MONTHS)
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^[A-Z][\w .'’-]{{0,40}},\s+(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?\s*"
    r"\([^)\n]{1,40}\)",
    re.IGNORECASE,
)


def full_date(text: str) -> date | None:
    """The first date written with day, month and year in `text` ('January 23, 2024', '23 Jan 2024', '2024-01-23')."""
    for m in _FULL_DATE.finditer(text):
        if m["y3"]:
            found = _safe_date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
        else:
            month = lexicon.MONTHS[(m["m1"] or m["m2"]).lower()]
            found = _safe_date(int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"]))
        if found:
            return found
    return None


def is_date_line(text: str) -> bool:
    """A line that holds a full date and next to nothing else ('Tuesday, January 23, 2024'): a publication
    date, not text."""
    rest = _FULL_DATE.sub("", text, count=1)
    return rest != text and len(re.findall(r"[^\W\d_]+", rest)) <= DATE_LINE_EXTRA_WORDS


def dateline_date(text: str, year: int) -> date | None:
    """The date of a dateline opening `text` ('SANAA, Jan 23 (Reuters) -'), in `year` unless it gives its own."""
    m = _DATELINE.match(text)
    if not m:
        return None
    return _safe_date(int(m["y"] or year), lexicon.MONTHS[m["m"].lower()], int(m["d"]))


def publication_date(top_lines: list[str], opening: str, created: date | None, notes: list[str]) -> date | None:
    """The date a document prints near its top; else its dateline's month and day ('SANAA, Jan 23 (Reuters)'
    opening the text) on or before the day the file was made (a 'Dec 30' dateline in a file made in January is
    last year's); else the day the file was made, noted as such (it is often days after the article, and every
    relative date of the article would resolve against it)."""
    printed = next((d for line in top_lines if (d := full_date(line))), None)
    if printed:
        return printed
    if created and (on_dateline := dateline_date(opening, created.year)):
        return on_dateline if on_dateline <= created else dateline_date(opening, created.year - 1)
    if created:
        notes.append("publication date from the file's creation date (the document gives none)")
    return created
