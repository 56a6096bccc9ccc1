"""E-mail as analysts receive it: the article is the innermost forwarded message (inline or attached), with its
own subject and date; the forwarder's note, forwarding headers, newsletter furniture and signatures are left out."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

from .. import lexicon
from ..models import ArticleDraft
from .common import IngestError, decode_text, parse_date
from .html import html_article

# A line of furniture ('Unsubscribe | Manage your preferences') is short; a paragraph that quotes such a phrase
# is article text.
FURNITURE_WORDS = 30
# The masthead is the short lines over the first paragraph of prose.
MASTHEAD_WORDS = 8


def read_eml(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """E-mail: the innermost forwarded message's subject (without 'Fwd:'), date and sender, and its text part
    (or its HTML part through the HTML reader, tables allowed) without furniture."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.keys():
        raise IngestError(path, "not an e-mail message (no headers)")
    message = _innermost_attached(message)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise IngestError(path, "the e-mail has no text part")
    content = _email_text(part, path, notes).replace("\r\n", "\n")
    if part.get_content_subtype() == "html":
        content = html_article(content, path, layout_tables=True).text
    headers = {
        "subject": str(message.get("Subject", "") or ""),
        "date": str(message.get("Date", "") or ""),
        "from": str(message.get("From", "") or ""),
    }
    forwarded, content = _innermost_inline_forward(content)
    headers.update({k: v for k, v in forwarded.items() if v})
    title = without_forward_prefix(headers["subject"])
    return ArticleDraft(
        title=title,
        text=_without_furniture(content, title),
        source=headers["from"],
        published=parse_date(_gmail_date(headers["date"])),
    )


def _innermost_attached(message):
    """The message attached (message/rfc822) to the message attached to ... this one; this one if none is."""
    for _ in range(MAX_NESTING):
        attached = next((part for part in message.walk() if part.get_content_type() == "message/rfc822"), None)
        if attached is None:
            break
        inner = attached.get_payload(0) if attached.is_multipart() else None
        if inner is None or not inner.keys():
            break
        message = inner
    return message


# Forwards of forwards deeper than this are a crafted file, not a chain of colleagues.
MAX_NESTING = 20


def _email_text(part, path: Path, notes: list[str]) -> str:
    """A text part in its declared charset; when its bytes do not fit that charset, or hold NUL bytes, they go
    through decode_text, which notes what it mends (the email library would replace bytes without a word)."""
    raw = part.get_payload(decode=True) or b""
    try:
        text = raw.decode(part.get_content_charset() or "utf-8")
    except (LookupError, UnicodeError):
        return decode_text(raw, path, notes)
    return decode_text(raw, path, notes) if "\x00" in text else text


def _innermost_inline_forward(text: str) -> tuple[dict[str, str], str]:
    """The headers ('subject', 'date', 'from') and body of the last message forwarded inline in `text`
    ('---------- Forwarded message ---------', 'Begin forwarded message:'), or ({}, text) when none is."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _is_forward_marker(line)]
    if not starts:
        return {}, text
    rest = _unquoted(lines[starts[-1] + 1 :])
    i = next((i for i, line in enumerate(rest) if line.strip()), len(rest))
    headers: dict[str, str] = {}
    while i < len(rest) and (m := _HEADER_FIELD.match(rest[i].strip())):
        key = lexicon.FORWARD_HEADER_FIELDS.get(m[1].lower())
        if key and key not in headers:
            headers[key] = m[2].strip()
        i += 1
    return headers, "\n".join(rest[i:])


def _is_forward_marker(line: str) -> bool:
    core = line.strip().strip(">").strip("-*_ ").rstrip(":").lower()
    return core in _MARKERS_WITHOUT_COLON


_MARKERS_WITHOUT_COLON = {m.rstrip(":") for m in lexicon.FORWARD_MARKERS}
_HEADER_FIELD = re.compile(r"^([^\W\d_][\w-]*(?: [^\W\d_]\w*)?)\s*:\s*(.*)$")


def _unquoted(lines: list[str]) -> list[str]:
    """Lines without the '> ' a client puts before a forwarded message, when it quotes every line."""
    filled = [line for line in lines if line.strip()]
    if filled and all(line.lstrip().startswith(">") for line in filled):
        return [re.sub(r"^\s*> ?", "", line) for line in lines]
    return lines


def without_forward_prefix(subject: str) -> str:
    """'Fwd: TR: Strikes on Sanaa' -> 'Strikes on Sanaa'."""
    while (m := _SUBJECT_PREFIX.match(subject)) and m[1].lower() in lexicon.FORWARD_SUBJECT_PREFIXES:
        subject = subject[m.end() :]
    return subject.strip()


_SUBJECT_PREFIX = re.compile(r"\s*\[?(\w+)\]?\s*:\s*")


def _gmail_date(value: str) -> str:
    """'Tue, Jan 23, 2024 at 9:14 AM' (Gmail's forwarding header) -> 'Tue, Jan 23, 2024 9:14 AM'."""
    return re.sub(r"(\d{4}) at (\d)", r"\1 \2", value)


def _without_furniture(text: str, title: str) -> str:
    """The article's paragraphs: the signature ('-- ' and after), furniture lines, the masthead over the first
    paragraph of prose and a repeat of the title left out."""
    lines = [line.rstrip() for line in text.split("\n")]
    if "--" in (line.strip() for line in lines):
        lines = lines[: [line.strip() for line in lines].index("--")]
    kept = [line.strip() for line in lines if not _is_furniture(line)]
    paragraphs = _paragraphs(kept)
    while paragraphs and (_is_masthead(paragraphs[0]) or paragraphs[0] == title):
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _is_furniture(line: str) -> bool:
    lowered = line.lower()
    if _URL_ONLY.fullmatch(lowered.strip()):
        return True
    return len(line.split()) <= FURNITURE_WORDS and any(phrase in lowered for phrase in lexicon.NEWSLETTER_FURNITURE)


_URL_ONLY = re.compile(r"<?(https?://|mailto:)\S*>?|\[image:[^\]]*\]")


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines to paragraphs: a blank line ends one; the lines of one paragraph are joined by a space."""
    paragraphs, current = [], []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _is_masthead(paragraph: str) -> bool:
    """A short line over the article that is no sentence: 'THE GULF BRIEF | Issue 212', 'Tuesday 23 January'."""
    words = paragraph.split()
    if len(words) > MASTHEAD_WORDS or paragraph.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    letters = [c for c in paragraph if c.isalpha()]
    shouting = letters and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    return bool(shouting or any(mark in paragraph for mark in "|•·") or parse_date(paragraph))
