"""The main window: wires the library panel (left), the reader (centre) and the side panel (right) to the
lane, and holds the menus. It only reads, on a read-only connection; every write is an operation
(`core.ops`) sent to the lane, and each panel redraws from the `OpChanges` notice that comes back."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from ..core import ops
from ..core.models import StoredArticle
from ..core.settings import SEEDS, log_path
from ..core.store import Store
from .about import AboutDialog
from .dialogs import ShortcutsDialog, ask_files, ask_folder, edit_settings, open_log_folder, show_failure
from .edits import Edits
from .exporting import Exporter
from .import_status import ImportStatus, SampleBanner
from .library_panel import LibraryPanel
from .memory import ShownArticle, restore_layout, save_layout
from .reader import ReaderView
from .side_panel import SidePanel
from .workers import LaneRunner

NOT_REOPENED = "The newest article failed to show last time; open it from the library to retry"
EVERYTHING = ops.OpChanges(highlights=True, entities=True, places=True, events=True, notes=True, tags=True)

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path, lane: LaneRunner | None = None):
        super().__init__()
        self.setWindowTitle("Workbench")
        self.setAcceptDrops(True)
        self.db_path = Path(db_path)
        self.lane = lane or LaneRunner(self.db_path)  # opens (makes, migrates) the library before we read it
        self.store = Store(self.db_path, read_only=True)
        self.lane.changed.connect(self._on_changed)
        self.lane.failed.connect(self._on_failed)
        self.lane.lane.started.connect(self._on_job_started, Qt.QueuedConnection)  # on the GUI thread: widgets
        self.lane.lane.engine_ready.connect(self._on_engine_ready, Qt.QueuedConnection)
        self.current: StoredArticle | None = None
        self.shown = ShownArticle(self.db_path)
        self._pending_open: int | None = None
        self.edits = Edits(self, self.lane.submit_op)
        self.exporter = Exporter(self)

        self.library = LibraryPanel(self.store)
        self.library.articleChosen.connect(self.open_article)
        self.library.selectionChanged.connect(lambda: self.side.scope_index == 1 and self._show_scope())
        self.library.filtersApplied.connect(self._on_filters_applied)
        self.reader = ReaderView()
        self.reader.mentionClicked.connect(lambda mention: self.side.show_entity(mention, self.current, self.store))
        self.reader.correctionRequested.connect(self.edits.correct)
        self.reader.highlightRequested.connect(self.edits.highlight)
        self.reader.publishedChanged.connect(self.edits.set_published)
        self.banner = SampleBanner()
        self.banner.sampleRequested.connect(self.load_sample)
        self.side = SidePanel()
        self.side.scopeChanged.connect(lambda _: self._show_scope())
        self.side.eventChosen.connect(self._on_event_chosen)
        self.side.placeChosen.connect(self._on_place_chosen)
        self.side.mapClicked.connect(self.edits.map_clicked)
        self.side.mentionChosen.connect(lambda s, e: self.reader.mark("entity", [(s, e)]))
        self.side.articleChosen.connect(self.open_article)
        self.side.drawingFailed.connect(lambda message: self.statusBar().showMessage(message, 15_000))
        self.split = QSplitter(Qt.Horizontal)
        for pane in (self.library, self.banner.over(self.reader), self.side):
            self.split.addWidget(pane)
        self.split.setSizes([470, 640, 490])
        self.split.setChildrenCollapsible(False)  # no pane is squeezed out of use by another
        self.setCentralWidget(self.split)
        self.import_status = ImportStatus(self, self.statusBar(), self.lane)
        self.import_status.articleStored.connect(self.library.refresh_soon)
        self._build_menus()
        restore_layout(self, self._splitters())
        self._update_banner()
        # The (empty) map draws as soon as the window shows: the web engine starts now, not at the first article.
        QTimer.singleShot(0, lambda: self.current is None and self.side.map.show_markers([]))

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        self._menu(
            "&File",
            ("&Open…", QKeySequence.Open, lambda: self.import_paths(ask_files(self))),
            ("Open &folder…", None, lambda: self.import_paths(ask_folder(self))),
            ("Load the &sample article", None, self.load_sample),
            ("&Export…", "Ctrl+E", self.exporter.ask),
            None,
            ("&Settings…", None, lambda: edit_settings(self, str(self.db_path))),
            None,
            ("&Quit", QKeySequence.Quit, self.quit),
        )
        self.edits.bind_undo(*self._menu("&Edit", ("&Undo", QKeySequence.Undo, None), ("&Redo", None, None)))
        self._menu(
            "&Article",
            ("Add &tag…", "Ctrl+T", self.edits.add_tag),
            ("Add &note…", "Ctrl+Shift+N", lambda: self.edits.add_note() and self.side.show_notes_tab()),
            ("&Re-analyse", "Ctrl+R", self.edits.reanalyse),
            None,
            ("&Delete from the library…", QKeySequence.Delete, self.edits.delete_current),
        )
        self._menu(
            "&View",
            ("&Find in library", QKeySequence.Find, self.library.find),
            ("&Full screen", "F11", lambda: self.showNormal() if self.isFullScreen() else self.showFullScreen()),
        )
        log_folder, _, _ = self._menu(
            "&Help",
            ("Open &log folder", None, open_log_folder),
            ("&Keyboard shortcuts", None, self.shortcuts_dialog),
            ("&About the workbench", None, lambda: AboutDialog(self).exec()),
        )
        log_folder.setStatusTip(f"The log (errors with their details) is in {log_path().parent}")

    def _menu(self, title: str, *entries) -> list[QAction]:
        """A menu of (text, shortcut, slot) entries, None for a separator; returns its actions."""
        menu, actions = self.menuBar().addMenu(title), []
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, shortcut, slot = entry
            actions.append(menu.addAction(text))
            actions[-1].setShortcut(QKeySequence(shortcut) if shortcut else QKeySequence())
            if slot is not None:
                actions[-1].triggered.connect(slot)
        return actions

    def menu_actions(self) -> list[QAction]:
        return [a for m in self.menuBar().actions() for a in m.menu().actions() if not a.isSeparator()]

    def shortcuts_dialog(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self, self.menu_actions())
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ closing
    def _splitters(self) -> dict[str, QSplitter]:
        return {"split": self.split, "side": self.side.split}

    def closeEvent(self, event):
        save_layout(self, self._splitters())
        self.import_status.close()
        self.lane.shutdown()  # answers still on their way to this window are dropped
        self.store.close()
        super().closeEvent(event)

    def quit(self) -> None:
        """Close the window (which stops the lane) and end the application, whatever else is open."""
        self.close()
        QApplication.quit()

    # ------------------------------------------------------------------ showing articles
    def open_article(self, article_id: int | None) -> None:
        """Show a stored article: text with highlights, notes, timeline and map. An article is untrusted
        input: a failure to show it is reported and logged, and leaves the window usable."""
        if article_id is not None:
            self.shown.attempt(article_id, self._show_stored_article, self._show_broken_article)

    def open_newest_article(self) -> None:
        """At start: the newest article, unless showing it failed (or killed the window) last time."""
        ids = self.store.article_ids()
        if ids and self.shown.may_reopen(ids[-1]):
            self.open_article(ids[-1])
        elif ids:
            self.statusBar().showMessage(NOT_REOPENED, 15_000)

    def _show_broken_article(self, article_id: int, exc: Exception) -> None:
        self.current = None
        self.reader.show_problem(
            "This article could not be shown",
            f"{type(exc).__name__}: {exc}\n\nThe details are in the log: {log_path()}",
        )
        self.side.show_articles([])
        self.statusBar().showMessage(f"Article {article_id} could not be shown", 15_000)

    def _show_stored_article(self, article_id: int, changes: ops.OpChanges = EVERYTHING) -> None:
        """Draw an article whole, or redraw of it only what an operation changed."""
        if (article := self.store.article(article_id)) is None:
            return
        self.current = article
        if changes.highlights or changes.entities or changes.places:
            self.reader.show_article(article.draft, article.analysis, list(article.highlights))
            self._mark_search_hits()
        if changes.notes or changes.tags:
            self.side.show_notes(article.tags, self.store.notes(article_id))
        if (changes.events or changes.places) and self.side.scope_index == 0:  # other scopes show it among the rest
            self.side.show_articles([article])
        if changes is EVERYTHING:
            self.setWindowTitle(f"{article.draft.title} — Workbench")
            self.library.select(article_id)

    def _show_scope(self) -> None:
        self.side.show_scope(self.lane, self.current, self.library.selected_ids())

    def _mark_search_hits(self) -> None:
        spans = self.library.search_hits(self.current.draft.text) if self.current is not None else []
        self.reader.mark("search", spans, colour="#fff59d", scroll=bool(spans))

    def _on_filters_applied(self, notice: str) -> None:
        if notice:
            self.statusBar().showMessage(notice, 10_000)
        if self.current is not None:
            self._mark_search_hits()

    # ------------------------------------------------------------------ reader <-> map <-> timeline
    def _on_event_chosen(self, event, article_id: int | None) -> None:
        if article_id is not None and (self.current is None or self.current.id != article_id):
            self.open_article(article_id)
        self.reader.mark("event", [(event.sentence_start, event.sentence_end)], colour="#ffe082")

    def _on_place_chosen(self, article_id: int, place_index: int) -> None:
        if self.current is None or self.current.id != article_id:
            self.open_article(article_id)
        place = self.current.analysis.places[place_index]
        self.reader.mark("place", [(s.start, s.end) for s in place.mentions], colour="#80deea")

    # ------------------------------------------------------------------ importing
    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        if paths := [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]:
            event.acceptProposedAction()
            self.import_paths(paths)

    def load_sample(self) -> None:
        self.import_paths([str(SEEDS / "khazali-withdrawal.txt")])

    def import_paths(self, paths: list[str]) -> int | None:
        """Import on the lane; progress, cancel and failures show in the status bar."""
        if paths:
            self.import_status.start(paths)
            self._update_banner()
            return self.import_status.job
        return None

    def _update_banner(self) -> None:
        self.banner.show_state(empty=self.store.count() == 0, importing=self.import_status.importing)

    # ------------------------------------------------------------------ the lane's answers
    @property
    def busy(self) -> bool:
        """True while a job the window submitted has not come back and been shown."""
        return self.lane.busy or self._pending_open is not None

    def _on_changed(self, job_id: int, op: ops.Op, changes: ops.OpChanges) -> None:
        """Every write's notice: each panel takes what concerns it."""
        self.edits.record(job_id, op, changes)
        self.library.apply_changes(changes)
        if job_id == self.import_status.job:
            self.statusBar().showMessage(self.import_status.end(), 8000)
            if changes.arrived:  # opened on its own turn of the event loop, not with the list's refresh
                self._pending_open = changes.arrived[0]
                QTimer.singleShot(0, self._open_pending)
        if self.current is not None and self.current.id in changes.deleted:
            self._after_deletion()
        elif changes.touches(self.current and self.current.id):
            self._show_stored_article(self.current.id, changes)
        if self.side.scope_index != 0 and (changes.events or changes.places or changes.deleted):
            self._show_scope()
        self._update_banner()

    def _after_deletion(self) -> None:
        self.current = None
        self.reader.clear()
        remaining = self.store.article_ids()
        self.open_article(remaining[-1]) if remaining else self.side.show_articles([])

    def _open_pending(self) -> None:
        article_id, self._pending_open = self._pending_open, None
        if article_id is not None and self.isVisible():
            self.open_article(article_id)

    def _on_job_started(self, job_id: int, what: str) -> None:
        if what != "close":
            self.statusBar().showMessage(what, 30_000)

    def _on_engine_ready(self) -> None:
        log.info("Language model ready")
        self.statusBar().showMessage("Language model ready", 3000)

    def _on_failed(self, job_id: int, message: str) -> None:
        self.edits.forget(job_id)
        if job_id == self.import_status.job:
            self.import_status.end()
            self._update_banner()
        log.error("Job %d failed: %s", job_id, message)
        show_failure(self, message)
        self.statusBar().showMessage(f"That did not work: {message}", 15_000)
