"""The workbench's domain objects: small frozen dataclasses that every layer passes around."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ArticleDraft:
    """An article as read from a file, before analysis or storage."""

    title: str
    text: str
    source: str = ""
    url: str = ""
    author: str = ""
    published: date | None = None
    path: str = ""
    format: str = ""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """One entity mention: character offsets into the article text, the label, and its entity."""

    start: int
    end: int
    text: str
    label: str
    canonical: str


@dataclass(frozen=True)
class Entity:
    """The mentions of one person, organisation, place... grouped within an article."""

    canonical: str
    label: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class PlaceCandidate:
    """A gazetteer entry a place mention could refer to."""

    gazetteer_id: int
    name: str
    kind: str
    lat: float
    lon: float
    country: str
    score: float = 0.0


@dataclass(frozen=True)
class Place:
    """A resolved place with its mentions and the other candidates the analyst may pick instead."""

    name: str
    kind: str
    lat: float | None
    lon: float | None
    country: str
    confidence: float
    mentions: tuple[Span, ...]
    alternatives: tuple[PlaceCandidate, ...] = ()
    gazetteer_id: int | None = None
    reason: str = ""  # how it was placed (or why it was not), for the analyst and `analyze --explain`


@dataclass(frozen=True)
class RuleStep:
    """One change an analysis rule made to an entity mention (or the model's first reading of it)."""

    rule: str  # the rule's function name ('locative_towns'), or 'model' / 'organisation list'
    action: str  # read, added, dropped, relabelled, re-spanned, named
    text: str
    start: int
    end: int
    label: str
    was: str = ""  # the label before the change
    why: str = ""  # the general pattern the rule states (its docstring's first line)


@dataclass(frozen=True)
class Event:
    """A dated expression, resolved against the publication date, and the sentence it stands in."""

    text: str
    start: int
    end: int
    date: date | None
    end_date: date | None
    granularity: str  # day, week, month, year, interval, unresolved
    sentence: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class Analysis:
    entities: tuple[Entity, ...]
    places: tuple[Place, ...]
    events: tuple[Event, ...]
    sentences: tuple[Span, ...] = ()
    # What the rules changed: explanation, not content (not stored; `analyze --explain` reads it anew).
    trace: tuple[RuleStep, ...] = field(default=(), compare=False)
    language: str = ""  # ISO 639-1 ('en', 'fr', 'ar'); '' when the text was too short to tell

    @property
    def analysed(self) -> bool:
        """False for a language no model here reads: the article has no entities, places or dates."""
        from .language import is_analysed

        return is_analysed(self.language)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(sorted((m for e in self.entities for m in e.mentions), key=lambda m: (m.start, m.end)))


@dataclass(frozen=True)
class Highlight:
    id: int
    article_id: int
    start: int
    end: int
    color: str
    note: str = ""


@dataclass(frozen=True)
class Correction:
    """An analyst's correction, kept apart from the machine's analysis so that it survives re-analysis.

    kind: "label" (payload: label), "remove", "merge" (payload: canonical), "add" (payload: label),
    "location" (payload: gazetteer_id or lat/lon and name).
    """

    id: int
    article_id: int
    kind: str
    start: int
    end: int
    text: str
    payload: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the library list."""

    id: int
    title: str
    source: str
    published: date | None
    people: int
    organisations: int
    places: int
    language: str = ""


@dataclass(frozen=True)
class StoredArticle:
    id: int
    draft: ArticleDraft
    analysis: Analysis
    content_hash: str
    near_duplicate_of: int | None
    tags: tuple[str, ...] = ()
    highlights: tuple[Highlight, ...] = ()
