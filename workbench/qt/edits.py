"""The analyst's edits as operations (`core.ops`): the questions that make them, and Undo and Redo of the last
ones."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from ..core import ops
from .reader import CorrectionRequest


class Edits(QObject):
    """Edits the article the window shows (`window.current`), through `submit` (the lane); keeps what undoes
    each of them until Undo sends it, and what does an undone edit again until Redo sends it."""

    undoChanged = Signal(str)  # what Undo would take back ('' when nothing)
    redoChanged = Signal(str)  # what Redo would do again ('' when nothing)

    def __init__(self, window: QMainWindow, submit: Callable[[ops.Op], int]):
        super().__init__(window)
        self.window = window
        self.submit = submit
        self.pending_location: CorrectionRequest | None = None
        self._undo: list[tuple[str, ops.Op]] = []  # (what was done, what takes it back), the last at the end
        self._redo: list[tuple[str, ops.Op]] = []  # (what was taken back, what does it again), the last at the end
        self._undo_jobs: dict[int, str] = {}  # job -> what it takes back
        self._redo_jobs: dict[int, str] = {}  # job -> what it does again

    @property
    def article_id(self) -> int | None:
        return self.window.current.id if self.window.current is not None else None

    # ------------------------------------------------------------------ undo and redo
    def bind_undo(self, undo: QAction, redo: QAction) -> None:
        """The menu's Undo and Redo: each says what it would do, and is greyed out when nothing."""
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._bind(undo, "&Undo", self.undo, self.undoChanged)
        self._bind(redo, "&Redo", self.redo, self.redoChanged)

    @staticmethod
    def _bind(action: QAction, verb: str, slot: Callable[[], None], changed) -> None:
        def show(what: str) -> None:
            action.setEnabled(bool(what))
            action.setText(f"{verb} {what}".strip())

        action.setEnabled(False)
        action.triggered.connect(slot)
        changed.connect(show)

    def record(self, job_id: int, op: ops.Op, changes: ops.OpChanges) -> None:
        """An operation came back. An undo's inverse is what Redo does; a redo's, what Undo takes back again;
        a new edit's inverse goes to Undo, and what was undone before it can no longer be redone."""
        if job_id in self._undo_jobs:
            self._keep(self._redo, self._undo_jobs.pop(job_id), changes.undo)
        elif job_id in self._redo_jobs:
            self._keep(self._undo, self._redo_jobs.pop(job_id), changes.undo)
        elif changes.undo is not None:
            self._undo.append((op.label, changes.undo))
            self._redo.clear()
        if changes.deleted:  # nothing is left to take back or do again on an article that is gone
            for stack in (self._undo, self._redo):
                stack[:] = [(label, o) for label, o in stack if o.article_id not in changes.deleted]
        self._announce()

    @staticmethod
    def _keep(stack: list[tuple[str, ops.Op]], label: str, op: ops.Op | None) -> None:
        if op is not None:
            stack.append((label, op))

    def forget(self, job_id: int) -> None:
        self._undo_jobs.pop(job_id, None)
        self._redo_jobs.pop(job_id, None)

    def undo(self) -> None:
        """Take back the analyst's own last edit (its inverse runs on the lane like any edit)."""
        self._send_last(self._undo, self._undo_jobs)

    def redo(self) -> None:
        """Do again the edit Undo took back last."""
        self._send_last(self._redo, self._redo_jobs)

    def _send_last(self, stack: list[tuple[str, ops.Op]], jobs: dict[int, str]) -> None:
        if stack:
            label, op = stack.pop()
            jobs[self.submit(op)] = label
            self._announce()

    def _announce(self) -> None:
        self.undoChanged.emit(self._undo[-1][0] if self._undo else "")
        self.redoChanged.emit(self._redo[-1][0] if self._redo else "")

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
