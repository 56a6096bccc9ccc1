"""The analyst's edits as operations (`core.ops`): the questions that make them, and Undo of the last ones."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from ..core import ops
from .reader import CorrectionRequest


class Edits(QObject):
    """Edits the article the window shows (`window.current`), through `submit` (the lane); keeps what undoes
    each of them until Undo sends it."""

    undoChanged = Signal(str)  # what Undo would take back ('' when nothing)

    def __init__(self, window: QMainWindow, submit: Callable[[ops.Op], int]):
        super().__init__(window)
        self.window = window
        self.submit = submit
        self.pending_location: CorrectionRequest | None = None
        self._undo: list[tuple[str, ops.Op]] = []  # (what was done, what takes it back), the last at the end
        self._undo_jobs: set[int] = set()

    @property
    def article_id(self) -> int | None:
        return self.window.current.id if self.window.current is not None else None

    # ------------------------------------------------------------------ undo
    def bind_undo(self, action: QAction) -> None:
        """The menu's Undo: it says what it would take back, and is greyed out when nothing."""
        action.setEnabled(False)
        action.triggered.connect(self.undo)
        self.undoChanged.connect(lambda what: (action.setEnabled(bool(what)), action.setText(f"&Undo {what}".strip())))

    def record(self, job_id: int, op: ops.Op, changes: ops.OpChanges) -> None:
        """An operation came back: its inverse is kept, unless it was itself an undo."""
        if job_id in self._undo_jobs:
            self._undo_jobs.discard(job_id)
        elif changes.undo is not None:
            self._undo.append((op.label, changes.undo))
        if changes.deleted:  # nothing is left to take back on an article that is gone
            self._undo = [(label, o) for label, o in self._undo if o.article_id not in changes.deleted]
        self.undoChanged.emit(self._undo[-1][0] if self._undo else "")

    def forget(self, job_id: int) -> None:
        self._undo_jobs.discard(job_id)

    def undo(self) -> None:
        """Take back the analyst's own last edit (its inverse runs on the lane like any edit)."""
        if self._undo:
            _, inverse = self._undo.pop()
            self._undo_jobs.add(self.submit(inverse))
            self.undoChanged.emit(self._undo[-1][0] if self._undo else "")

    # ------------------------------------------------------------------ edits
    def highlight(self, start: int, end: int, colour: str, note: str) -> None:
        self.submit(ops.AddHighlight(self.article_id, start, end, colour, note))

    def set_published(self, published) -> None:
        self.submit(ops.SetPublished(self.article_id, published))

    def reanalyse(self) -> None:
        if self.article_id is not None:
            self.submit(ops.Reanalyse(self.article_id))

    def correct(self, request: CorrectionRequest) -> None:
        if request.kind == "location" and not request.payload:  # the analyst picks; a runner-up comes chosen
            self._choose_location(request)
        else:
            self._submit_correction(request, request.payload)

    def _submit_correction(self, request: CorrectionRequest, payload: dict) -> None:
        self.submit(ops.AddCorrection(self.article_id, request.kind, request.start, request.end, request.text, payload))

    def _choose_location(self, request: CorrectionRequest) -> None:
        place = next(
            (
                p
                for p in self.window.current.analysis.places
                if any(s.start <= request.start < s.end for s in p.mentions)
            ),
            None,
        )
        candidates = place.alternatives if place else ()
        options = [f"{c.name} — {c.kind}, {c.country} ({c.lat:.3f}, {c.lon:.3f})" for c in candidates]
        options.append("Pick a point on the map…")
        choice, ok = QInputDialog.getItem(self.window, "Set location", f"Where is “{request.text}”?", options, 0, False)
        if ok and options.index(choice) < len(candidates):
            self._submit_correction(request, {"gazetteer_id": candidates[options.index(choice)].gazetteer_id})
        elif ok:
            self.pending_location = request
            self.window.statusBar().showMessage(f"Click the map where “{request.text}” is", 10_000)

    def map_clicked(self, lat: float, lon: float) -> None:
        request, self.pending_location = self.pending_location, None
        if request is not None and self.article_id is not None:
            self._submit_correction(request, {"lat": lat, "lon": lon, "name": request.text})

    def delete_current(self) -> None:
        current = self.window.current
        if (
            current is not None
            and QMessageBox.question(
                self.window, "Delete article", f"Delete “{current.draft.title}” and your highlights and notes on it?"
            )
            == QMessageBox.Yes
        ):
            self.delete(current.id)

    def delete(self, article_id: int) -> None:
        self.submit(ops.DeleteArticle(article_id))

    def add_tag(self) -> None:
        if self.article_id is None:
            return
        tag, ok = QInputDialog.getText(self.window, "Add tag", "Tag:")
        if ok and tag.strip():
            self.submit(ops.AddTag(self.article_id, tag))

    def add_note(self) -> bool:
        """True when a note was sent."""
        if self.article_id is None:
            return False
        note, ok = QInputDialog.getMultiLineText(self.window, "Add note", "Note on this article:")
        if ok and note.strip():
            self.submit(ops.AddNote(self.article_id, note.strip()))
        return ok and bool(note.strip())
