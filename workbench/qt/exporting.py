"""Exports from the window: what can be exported now, the dialog, and the lane job that writes the report
(never on the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ..core.models import StoredArticle
from .dialogs import ask_export


def export_scopes(
    current: StoredArticle | None, selected: list[int], search: str, shown: list[int], everything: list[int]
) -> dict[str, tuple[list[int], str]]:
    """What can be exported now: name -> (article ids, what it is)."""
    scopes = {}
    if current is not None:
        scopes["This article"] = ([current.id], f"article {current.id}")
    if len(selected) > 1:
        scopes["Selected articles"] = (selected, f"{len(selected)} selected articles")
    if search.strip():
        scopes["Search result"] = (shown, f"search “{search.strip()}”")
    scopes["Whole library"] = (everything, "the whole library")
    return scopes


def export_job(
    article_ids: list[int], title: str, what: str, fmt: str, out: Path, sentences: int, page: str
) -> Callable:
    """A lane job that writes the report and returns the files written; progress as ("export", done, total)."""

    def job(lane) -> list[Path]:
        from ..core.export import write_report
        from ..core.pipeline import build_report

        report = build_report(
            lane.store,
            article_ids,
            title,
            what,
            sentences,
            progress=lambda done, total: lane.report(("export", done, total)),
        )
        if fmt == "pdf":
            from .pdf import write_pdf

            return [write_pdf(report, out, page)]
        return write_report(report, fmt, out)

    return job


class Exporter(QObject):
    """Exports what the window shows; the status bar says how far it got and where the files went."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.last_export: list[Path] = []

    def scopes(self) -> dict[str, tuple[list[int], str]]:
        w = self.window
        return export_scopes(
            w.current, w.library.selected_ids(), w.library.search.text(), w.library.shown_ids(), w.store.article_ids()
        )

    def export(
        self, article_ids: list[int], what: str, fmt: str, out: Path, sentences: int = 3, page: str = "a4"
    ) -> int:
        w = self.window
        title = w.current.draft.title if len(article_ids) == 1 and w.current else f"Workbench report: {what}"
        w.import_status.say("Exporting…")
        return w.lane.submit(
            "Exporting…",
            export_job(article_ids, title, what, fmt, out, sentences, page),
            self._exported,
            lambda step: w.import_status.say(f"Exporting {step[1]}/{step[2]}"),
        )

    def _exported(self, files: list) -> None:
        self.window.import_status.say("")
        self.last_export = [Path(p) for p in files]
        self.window.statusBar().showMessage("Exported to " + ", ".join(str(p) for p in files), 10_000)

    def ask(self) -> None:
        """The Export dialog, then where to save."""
        scopes = self.scopes()
        if (choice := ask_export(self.window, list(scopes))) is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, "Export to", f"workbench-report.{choice.fmt}")
        if path:
            ids, what = scopes[choice.scope]
            self.export(ids, what, choice.fmt, Path(path), choice.sentences, choice.page)
