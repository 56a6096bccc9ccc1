"""Plain text (with optional header lines) and Markdown (with optional YAML front matter), rendered to plain text."""

from __future__ import annotations

import functools
from pathlib import Path

from ..models import ArticleDraft
from .common import HEADER_LINE, IngestError, decode_text, draft_from_headers, short

# YAML front matter is a few lines of metadata; a longer block is refused before the YAML parser sees it.
MAX_FRONT_MATTER_CHARS = 64 * 1024


def read_plain_text(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """Plain text, optionally opening with `Title:`/`Source:`/`URL:`/`Published:`/`Author:` lines and a blank line."""
    text = decode_text(data, path, notes).replace("\r\n", "\n").replace("\r", "\n")
    headers, body = _header_lines(text)
    if headers:
        return draft_from_headers(headers, body.strip())
    return ArticleDraft(title="", text=text.strip())


def _header_lines(text: str) -> tuple[dict[str, str], str]:
    """The header lines a text opens with (when a blank line or the end follows them) and the rest."""
    lines = text.split("\n")
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := HEADER_LINE.match(lines[i])):
        headers[m[1].lower()] = m[2].strip()
        i += 1
    if headers and (i == len(lines) or not lines[i].strip()):
        return headers, "\n".join(lines[i:])
    return {}, text


def read_markdown(data: bytes, path: Path, notes: list[str]) -> ArticleDraft:
    """Markdown rendered to plain text (no `#`, `**`, `>` or link syntax left; links keep their text), with YAML
    front matter or header lines (title, date/published, source, url, author) when present; a heading that
    opens the text is the title when none is given, and is not repeated when it is the title given."""
    text = decode_text(data, path, notes).replace("\r\n", "\n").replace("\r", "\n")
    headers: dict[str, str] = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            meta = _front_matter(text[4:end], path)
            if isinstance(meta, dict):
                headers = {str(k).lower(): ("" if v is None else str(v)) for k, v in meta.items()}
            text = text[end + 4 :].lstrip("-").lstrip("\n")
    if not headers:
        headers, text = _header_lines(text)
    blocks = markdown_blocks(text)
    if blocks and blocks[0][0] == "heading" and headers.get("title", blocks[0][1]) == blocks[0][1]:
        headers["title"] = blocks.pop(0)[1]
    return draft_from_headers(headers, "\n\n".join(block for _, block in blocks))


def markdown_blocks(text: str) -> list[tuple[str, str]]:
    """Markdown -> its blocks as (kind, plain text): 'heading', 'paragraph', 'code' or 'row' (a table row's
    cells, joined by ' | '); inline markup dropped, links and images reduced to their text."""
    blocks: list[tuple[str, str]] = []
    kind, cells = "paragraph", []
    for token in _markdown_parser().parse(text):
        if token.type in _BLOCK_KINDS:
            kind = _BLOCK_KINDS[token.type]
        elif token.type == "inline" and (words := _inline_text(token.children or []).strip()):
            (cells if kind == "cell" else blocks).append(words if kind == "cell" else (kind, words))
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(("code", token.content.strip("\n")))
        elif token.type == "tr_close" and cells:
            blocks.append(("row", " | ".join(cells)))
            cells = []
    return blocks


_BLOCK_KINDS = {
    "heading_open": "heading",
    "heading_close": "paragraph",
    "paragraph_open": "paragraph",
    "th_open": "cell",
    "td_open": "cell",
}


@functools.cache
def _markdown_parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


def _inline_text(children) -> str:
    """An inline run's words: text and code as written, soft breaks as spaces, hard breaks as new lines, images
    by their alternative text; link targets, emphasis marks and inline HTML left out."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


def _front_matter(block: str, path: Path):
    """The YAML between the `---` lines, read without aliases and only when short: an alias can repeat a node
    a billion times over ('billion laughs'), so that 1 KB of YAML takes gigabytes."""
    import yaml

    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise IngestError(
            path, f"YAML front matter too long ({len(block):,} characters; the limit is {MAX_FRONT_MATTER_CHARS:,})"
        )
    try:
        return yaml.load(block, Loader=_alias_free_loader()) or {}
    except _AliasInFrontMatter as exc:
        raise IngestError(
            path, "YAML front matter refused: it uses an alias (*name), which the workbench does not expand"
        ) from exc
    except yaml.YAMLError as exc:
        raise IngestError(path, f"malformed YAML front matter ({short(exc)})") from exc


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
