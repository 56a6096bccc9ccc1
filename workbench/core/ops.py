"""Every write to the library as a small frozen operation that says what it changed (Anki's `OpChanges`).

The window sends operations to its one write lane, which applies them on its own connection and passes
each panel the `OpChanges` notice; a panel decides from that notice alone whether to redraw. An analyst's
own edit answers with its inverse in `OpChanges.undo`, which is what Undo applies (on the lane too).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, Protocol

from .models import Correction, Highlight
from .store import Store


class JobControl(Protocol):
    """What a long operation may ask of whoever runs it: to pass on progress, and whether to stop."""

    def report(self, payload) -> None: ...

    def cancelled(self) -> bool: ...


@dataclass(frozen=True)
class OpChanges:
    """What one operation changed: the articles, and which kinds of their data (a panel reads only this)."""

    articles: frozenset[int] = frozenset()  # articles whose stored data changed
    arrived: tuple[int, ...] = ()  # articles an import brought in (stored, or already there), in file order
    deleted: frozenset[int] = frozenset()
    library: bool = False  # the library list: rows added or removed, or a column of theirs changed
    entities: bool = False
    places: bool = False
    events: bool = False
    tags: bool = False
    notes: bool = False
    highlights: bool = False
    undo: Op | None = None  # the operation that takes this one back (an analyst's own edits only)

    def touches(self, article_id: int | None) -> bool:
        return article_id is not None and (article_id in self.articles or article_id in self.deleted)


class Op:
    """One write. `label` names it in the Edit menu ("Undo highlight"); `needs_engine` asks for the model."""

    label: ClassVar[str] = ""
    needs_engine: ClassVar[bool] = False
    long: ClassVar[bool] = False  # runs for minutes, reports progress and honours cancel

    def apply(self, store: Store, engine=None, job: JobControl | None = None) -> OpChanges:
        raise NotImplementedError


def _reanalysed(article_id: int, **more) -> OpChanges:
    """The notice of an article analysed again: its entities, places and events, and its library row."""
    return OpChanges(articles=frozenset({article_id}), library=True, entities=True, places=True, events=True, **more)


@dataclass(frozen=True)
class AddHighlight(Op):
    label: ClassVar[str] = "highlight"
    article_id: int
    start: int
    end: int
    colour: str
    note: str = ""

    def apply(self, store, engine=None, job=None) -> OpChanges:
        new_id = store.add_highlight(self.article_id, self.start, self.end, self.colour, self.note)
        undo = RemoveHighlight(Highlight(new_id, self.article_id, self.start, self.end, self.colour, self.note))
        return OpChanges(articles=frozenset({self.article_id}), highlights=True, undo=undo)


@dataclass(frozen=True)
class RemoveHighlight(Op):
    label: ClassVar[str] = "highlight removal"
    highlight: Highlight

    @property
    def article_id(self) -> int:
        return self.highlight.article_id

    def apply(self, store, engine=None, job=None) -> OpChanges:
        h = self.highlight
        store.delete_highlight(h.id)
        return OpChanges(
            articles=frozenset({h.article_id}),
            highlights=True,
            undo=AddHighlight(h.article_id, h.start, h.end, h.color, h.note),
        )


@dataclass(frozen=True)
class AddCorrection(Op):
    """A label changed, a mention removed or added, entities merged, a place set ("location"): stored apart
    from the machine's analysis, then the article is analysed again with it."""

    label: ClassVar[str] = "correction"
    needs_engine: ClassVar[bool] = True
    article_id: int
    kind: str
    start: int
    end: int
    text: str
    payload: dict = field(default_factory=dict, hash=False)

    def apply(self, store, engine=None, job=None) -> OpChanges:
        from .pipeline import reanalyze

        with store.writing():  # a correction the article could not be analysed with is not kept
            new_id = store.add_correction(self.article_id, self.kind, self.start, self.end, self.text, self.payload)
            reanalyze(store, engine, self.article_id)
        undo = RemoveCorrection(
            Correction(new_id, self.article_id, self.kind, self.start, self.end, self.text, dict(self.payload))
        )
        return _reanalysed(self.article_id, undo=undo)


@dataclass(frozen=True)
class RemoveCorrection(Op):
    label: ClassVar[str] = "correction removal"
    needs_engine: ClassVar[bool] = True
    correction: Correction

    @property
    def article_id(self) -> int:
        return self.correction.article_id

    def apply(self, store, engine=None, job=None) -> OpChanges:
        from .pipeline import reanalyze

        c = self.correction
        with store.writing():
            store.delete_correction(c.id)
            reanalyze(store, engine, c.article_id)
        return _reanalysed(
            c.article_id, undo=AddCorrection(c.article_id, c.kind, c.start, c.end, c.text, dict(c.payload))
        )


@dataclass(frozen=True)
class AddNote(Op):
    label: ClassVar[str] = "note"
    article_id: int
    text: str

    def apply(self, store, engine=None, job=None) -> OpChanges:
        new_id = store.add_note(self.article_id, self.text)
        return OpChanges(
            articles=frozenset({self.article_id}), notes=True, undo=DeleteNote(self.article_id, new_id, self.text)
        )


@dataclass(frozen=True)
class DeleteNote(Op):
    label: ClassVar[str] = "note removal"
    article_id: int
    note_id: int
    text: str

    def apply(self, store, engine=None, job=None) -> OpChanges:
        store.delete_note(self.note_id)
        return OpChanges(articles=frozenset({self.article_id}), notes=True, undo=AddNote(self.article_id, self.text))


@dataclass(frozen=True)
class AddTag(Op):
    label: ClassVar[str] = "tag"
    article_id: int
    tag: str

    def apply(self, store, engine=None, job=None) -> OpChanges:
        had_it = self.tag.strip() in store.tags(self.article_id)
        store.add_tag(self.article_id, self.tag)
        # A tag the article already had is not taken off by undoing this.
        undo = None if had_it else RemoveTag(self.article_id, self.tag.strip())
        return OpChanges(articles=frozenset({self.article_id}), tags=True, undo=undo)


@dataclass(frozen=True)
class RemoveTag(Op):
    label: ClassVar[str] = "tag removal"
    article_id: int
    tag: str

    def apply(self, store, engine=None, job=None) -> OpChanges:
        store.remove_tag(self.article_id, self.tag)
        return OpChanges(articles=frozenset({self.article_id}), tags=True, undo=AddTag(self.article_id, self.tag))


@dataclass(frozen=True)
class SetPublished(Op):
    """A new publication date; the article's relative dates ("on Monday") are resolved again from it."""

    label: ClassVar[str] = "date change"
    needs_engine: ClassVar[bool] = True
    article_id: int
    published: date | None

    def apply(self, store, engine=None, job=None) -> OpChanges:
        from .pipeline import set_published

        draft = store.draft(self.article_id)
        if draft is None:
            raise KeyError(self.article_id)
        with store.writing():
            set_published(store, engine, self.article_id, self.published)
        return _reanalysed(self.article_id, undo=SetPublished(self.article_id, draft.published))


@dataclass(frozen=True)
class Reanalyse(Op):
    label: ClassVar[str] = "re-analysis"
    needs_engine: ClassVar[bool] = True
    article_id: int

    def apply(self, store, engine=None, job=None) -> OpChanges:
        from .pipeline import reanalyze

        reanalyze(store, engine, self.article_id)
        return _reanalysed(self.article_id)


@dataclass(frozen=True)
class DeleteArticle(Op):
    """Gone with the analyst's work on it; asked for first, so it has no undo."""

    label: ClassVar[str] = "deletion"
    article_id: int

    def apply(self, store, engine=None, job=None) -> OpChanges:
        store.delete_article(self.article_id)
        return OpChanges(deleted=frozenset({self.article_id}), library=True, tags=True)


@dataclass(frozen=True)
class ImportPaths(Op):
    """Files and folders into the library; each file's progress goes to `job.report`, and `job.cancelled()`
    stops it between files."""

    label: ClassVar[str] = "import"
    needs_engine: ClassVar[bool] = True
    long: ClassVar[bool] = True
    paths: tuple[str, ...]

    def apply(self, store, engine=None, job=None) -> OpChanges:
        from .pipeline import ingest_paths

        stored, arrived = [], []
        cancel = job.cancelled if job is not None else (lambda: False)
        for step in ingest_paths(store, engine, self.paths, cancel=cancel):
            if job is not None:
                job.report(step)
            if step.result.article_id:
                stored.append(step.result.article_id)
            if step.result.article_id or step.result.duplicate_of:
                arrived.append(step.result.article_id or step.result.duplicate_of)
        return OpChanges(articles=frozenset(stored), arrived=tuple(arrived), library=bool(stored))
