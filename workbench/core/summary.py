"""Key sentences and analyst highlights -> a highlighted summary of an article (extractive, no model).

A sentence ranks by the salience of the entities it names (how often the article names them), its
centrality (how much of its vocabulary the rest of the article shares) and its position (news puts
the essentials first). The chosen sentences come back in reading order.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from .lexicon import STOP_WORDS
from .models import Analysis, ArticleDraft, Highlight, Span

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


@dataclass(frozen=True)
class ArticleReport:
    """What an export shows of one article."""

    id: int
    draft: ArticleDraft
    analysis: Analysis
    summary: tuple[Span, ...]
    highlights: tuple[Highlight, ...] = ()
    notes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    title: str
    what: str  # "article 3", "2 selected articles", "search “Mosul”"
    generated: datetime
    articles: tuple[ArticleReport, ...] = field(default_factory=tuple)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in STOP_WORDS]


def key_sentences(text: str, analysis: Analysis, count: int = 3) -> tuple[Span, ...]:
    """The `count` most informative sentences, in reading order."""
    sentences = [s for s in analysis.sentences if len(_words(s.text)) >= 4] or list(analysis.sentences)
    if not sentences:
        return ()
    salience = Counter()
    for entity in analysis.entities:
        if entity.label not in ("DATE", "TIME"):
            salience[entity.canonical] += len(entity.mentions)
    document = Counter(w for s in sentences for w in set(_words(s.text)))
    scores = []
    for i, s in enumerate(sentences):
        words = _words(s.text)
        named = {
            m.canonical for m in analysis.mentions if s.start <= m.start < s.end and m.label not in ("DATE", "TIME")
        }
        entity_score = sum(math.log1p(salience[n]) for n in named)
        centrality = sum(document[w] - 1 for w in set(words)) / (len(set(words)) or 1)
        position = 1.0 / (1 + i) ** 0.5
        scores.append((entity_score + 0.5 * centrality + 2.0 * position, i))
    chosen = sorted(i for _, i in sorted(scores, reverse=True)[:count])
    return tuple(sentences[i] for i in chosen)


def article_report(
    article_id: int, draft: ArticleDraft, analysis: Analysis, highlights=(), notes=(), tags=(), sentences: int = 3
) -> ArticleReport:
    return ArticleReport(
        article_id,
        draft,
        analysis,
        key_sentences(draft.text, analysis, sentences),
        tuple(highlights),
        tuple(notes),
        tuple(tags),
    )
