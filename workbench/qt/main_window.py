"""The main window: library (left), reader (centre), timeline, entity panel and map (right).

Widgets show what the core returns and send it the analyst's commands; reads go through the core's
store on the GUI thread (they are fast), and anything slow (import, re-analysis) runs on the lane.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.mapping import markers_for_articles
from ..core.models import Mention, StoredArticle
from ..core.settings import DEFAULT_MODEL, SEEDS, Settings, log_path
from ..core.store import Store, full_text_query
from .about import AboutDialog
from .entity_panel import EntityPanel
from .library import COLUMNS, ArticleTableModel
from .map_view import MapView
from .reader import CorrectionRequest, ReaderView
from .timeline import TimelineView
from .workers import Lane, LaneRunner

SCOPES = ("This article", "Selected articles", "Whole library")
LIBRARY_SCOPE_LIMIT = 500  # articles drawn at once in library-wide mode
SHOWING_KEY = "reader/showing"  # the article being shown right now ("library path#id")
BROKEN_KEY = "reader/broken"  # articles that failed to show, never reopened at start by themselves
MAX_BROKEN = 50
SIDE_MIN_WIDTH = 320
EMPTY_LIBRARY = ("Your library is empty. Drop articles anywhere on this window (txt, md, html, pdf, docx, eml or "
                 "folders), or start with the sample article.")
IMPORTING = ("Importing… The article opens as soon as it is read. The first start also loads the language model "
             "and builds the place-name gazetteer, about a minute.")

log = logging.getLogger(__name__)


def _as_list(value) -> list[str]:
    """A list stored in QSettings (an INI file gives back a str for one item, None for none)."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path, lane: LaneRunner | None = None):
        super().__init__()
        self.setWindowTitle("Workbench")
        self.setAcceptDrops(True)
        self.db_path = Path(db_path)
        self.store = Store(self.db_path)
        self.lane = lane or LaneRunner(self.db_path)
        # Queued explicitly: these slots touch widgets, so they must run on the GUI thread.
        self.lane.lane.progress.connect(self._on_progress, Qt.QueuedConnection)
        self.lane.lane.finished.connect(self._on_finished, Qt.QueuedConnection)
        self.lane.lane.failed.connect(self._on_failed, Qt.QueuedConnection)
        self.lane.lane.engine_ready.connect(self._on_engine_ready, Qt.QueuedConnection)
        self.lane.lane.started.connect(self._on_job_started, Qt.QueuedConnection)
        self.current: StoredArticle | None = None
        self._closed = False
        self._pending_open: int | None = None
        self.last_export: list[Path] = []
        self._scope_job: int | None = None
        self._event_articles: dict[int, int] = {}
        self._place_markers: list = []
        self.import_job: int | None = None
        self.pending_location: CorrectionRequest | None = None
        self._jobs: dict[int, str] = {}
        self._refresh_timer = QTimer(self, singleShot=True, interval=400, timeout=self._refresh_library)

        self._build_library()
        self.reader = ReaderView()
        self.reader.mentionClicked.connect(self._on_mention_clicked)
        self.reader.correctionRequested.connect(self._on_correction)
        self.reader.highlightRequested.connect(self._on_highlight)
        self.reader.publishedChanged.connect(self._on_published_changed)
        self.sample_banner = self._build_sample_banner()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.sample_banner)
        centre_layout.addWidget(self.reader, 1)

        self.timeline = TimelineView()
        self.timeline.eventActivated.connect(self._on_event_activated)
        self.entity_panel = EntityPanel()
        self.entity_panel.mentionActivated.connect(lambda s, e: self.reader.mark("entity", [(s, e)]))
        self.entity_panel.articleActivated.connect(self.open_article)
        self.notes = QListWidget()
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.timeline, "Timeline")
        self.side_tabs.addTab(self.entity_panel, "Entity")
        self.side_tabs.addTab(self.notes, "Notes")
        self.map = MapView()
        self.map.markerClicked.connect(self._on_marker_clicked)
        self.map.mapClicked.connect(self._on_map_clicked)
        self.scope = QComboBox()
        self.scope.addItems(SCOPES)
        self.scope.setToolTip("Timeline and map of this article, of the selected articles, or of the whole library")
        self.scope.currentIndexChanged.connect(lambda _: self._show_scope())
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.scope)
        self.side_split = QSplitter(Qt.Vertical)
        self.side_split.addWidget(self.side_tabs)
        map_box = QWidget()
        map_layout = QVBoxLayout(map_box)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.map, 1)
        self.unplaced = QLabel()  # places the resolver would not guess: listed, so the analyst can place them
        self.unplaced.setTextFormat(Qt.PlainText)
        self.unplaced.setWordWrap(True)
        self.unplaced.setVisible(False)
        map_layout.addWidget(self.unplaced)
        self.side_split.addWidget(map_box)
        self.side_split.setSizes([300, 420])
        side_layout.addWidget(self.side_split, 1)

        self.split = QSplitter(Qt.Horizontal)
        self.split.addWidget(self.library_panel)
        self.split.addWidget(centre)
        self.split.addWidget(side)
        self.split.setSizes([470, 640, 490])
        # No pane is squeezed out of use by another: the side panel keeps room for a readable map and list.
        self.split.setChildrenCollapsible(False)
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        self.setCentralWidget(self.split)
        self._build_status_bar()
        self._build_menus()
        self._restore_layout()
        self._update_banner()
        # Draw the (empty) map as soon as the window shows: the web engine's renderer starts now, not at
        # the first article, when the analyst is waiting for it.
        QTimer.singleShot(0, lambda: self.current is None and self.map.show_markers([]))

    # ------------------------------------------------------------------ building
    def _build_library(self) -> None:
        self.model = ArticleTableModel(self.store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setMinimumSectionSize(36)
        for col, width in zip(range(1, len(COLUMNS)), (90, 78, 44, 40, 46)):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
            header.resizeSection(col, width)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search the library (full text)…")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._apply_filters)
        self.search.textChanged.connect(lambda t: t or self._apply_filters())
        self.filter_entity = QLineEdit(placeholderText="entity")
        self.filter_place = QLineEdit(placeholderText="place")
        self.filter_tag = QComboBox(editable=True)
        self.filter_tag.setPlaceholderText("tag")
        self.filter_tag.lineEdit().setPlaceholderText("tag")
        self.date_from = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_to = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_from.setSpecialValueText("from")
        self.date_to.setSpecialValueText("to")
        for d in (self.date_from, self.date_to):
            d.setMinimumDate(d.minimumDate())
            d.setDate(d.minimumDate())
        for w in (self.filter_entity, self.filter_place):
            w.returnPressed.connect(self._apply_filters)
        self.filter_tag.activated.connect(lambda _: self._apply_filters())
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(lambda _: self._apply_filters())
        filters = QHBoxLayout()
        for w in (self.filter_entity, self.filter_place, self.filter_tag):
            filters.addWidget(w)
        dates = QHBoxLayout()
        dates.addWidget(QLabel("Published"))
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        self.library_count = QLabel()
        self.library_panel = QWidget()
        layout = QVBoxLayout(self.library_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.library_count)
        self._update_count()

    def _build_sample_banner(self) -> QWidget:
        banner = QWidget()
        banner.setObjectName("sample-banner")
        layout = QHBoxLayout(banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.sample_button = QPushButton("Load the sample article")
        self.sample_button.setObjectName("load-sample")
        self.sample_button.clicked.connect(self.load_sample)
        layout.addWidget(self.banner_text, 1)
        layout.addWidget(self.sample_button)
        return banner

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.progress_label = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.lane.cancel)
        self.failures = QListWidget()
        self.failures_dialog = self._build_failures_dialog()
        self.failures_button = QPushButton()
        self.failures_button.hide()
        self.failures_button.clicked.connect(self._show_failures)
        bar = self.statusBar()
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.failures_button)

    def _build_failures_dialog(self) -> QDialog:
        """The files an import could not read, and why: a dialog of this window, left open while working."""
        dialog = QDialog(self)
        dialog.setWindowTitle("Files that could not be imported")
        dialog.resize(700, 300)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.failures)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dialog.close)
        layout.addWidget(buttons)
        return dialog

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open…", QKeySequence.Open, self._open_dialog)
        self._action(file_menu, "Open &folder…", None, self._open_folder_dialog)
        self._action(file_menu, "Load the &sample article", None, self.load_sample)
        self._action(file_menu, "&Export…", "Ctrl+E", self._export_dialog)
        file_menu.addSeparator()
        self._action(file_menu, "&Settings…", None, self._settings_dialog)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.Quit, self.quit)
        article = self.menuBar().addMenu("&Article")
        self._action(article, "Add &tag…", "Ctrl+T", self._add_tag)
        self._action(article, "Add &note…", "Ctrl+Shift+N", self._add_note)
        self._action(article, "&Re-analyse", "Ctrl+R", self._reanalyse_current)
        article.addSeparator()
        self._action(article, "&Delete from the library…", QKeySequence.Delete, self._delete_current)
        view = self.menuBar().addMenu("&View")
        self._action(view, "&Find in library", QKeySequence.Find, lambda: (self.search.setFocus(), self.search.selectAll()))
        self._action(view, "&Full screen", "F11", self._toggle_full_screen)
        self._build_help_menu()

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu("&Help")
        folder = log_path().parent
        action = self._action(help_menu, "Open &log folder", None, self._open_log_folder)
        action.setStatusTip(f"The log (errors with their details) is in {folder}")
        self._action(help_menu, "&About the workbench", None, self._about_dialog)

    def _open_log_folder(self) -> None:
        folder = log_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _about_dialog(self) -> None:
        AboutDialog(self).exec()

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ------------------------------------------------------------------ layout memory
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        for key, splitter in (("window/split", self.split), ("window/side", self.side_split)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def closeEvent(self, event):
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/split", self.split.saveState())
        settings.setValue("window/side", self.side_split.saveState())
        self._refresh_timer.stop()
        self.failures_dialog.close()  # a dialog left open would keep the application running
        self._closed = True  # answers still queued for this window are dropped
        self.lane.shutdown()
        self.store.close()
        super().closeEvent(event)

    def quit(self) -> None:
        """Close the window (which stops the lane) and end the application, whatever else is open."""
        self.close()
        QApplication.quit()

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # ------------------------------------------------------------------ the library
    def _apply_filters(self) -> None:
        d_from = self.date_from.date() if self.date_from.date() != self.date_from.minimumDate() else None
        d_to = self.date_to.date() if self.date_to.date() != self.date_to.minimumDate() else None
        self.model.set_query(
            text=self.search.text(), entity=self.filter_entity.text(), place=self.filter_place.text(),
            tag=self.filter_tag.currentText(),
            date_from=date(d_from.year(), d_from.month(), d_from.day()) if d_from else None,
            date_to=date(d_to.year(), d_to.month(), d_to.day()) if d_to else None,
        )
        if notice := full_text_query(self.search.text()).notice:
            self.statusBar().showMessage(notice, 10_000)
        self._update_count()
        if self.current is not None:
            self._mark_search_hits()

    def _refresh_library(self) -> None:
        if self._closed:
            return
        selected = self.current.id if self.current else None
        self.model.refresh()
        self._update_count()
        self._update_banner()
        if selected is not None:
            self._select_row_of(selected)

    def _update_count(self) -> None:
        total = self.store.count()
        shown = self.model.total
        self.library_count.setText(f"{total} article{'s' if total != 1 else ''}" + (f", {shown} shown" if shown != total else ""))
        tags = self.store.all_tags()
        current = self.filter_tag.currentText()
        self.filter_tag.blockSignals(True)
        self.filter_tag.clear()
        self.filter_tag.addItems(["", *tags])
        self.filter_tag.setCurrentText(current)
        self.filter_tag.blockSignals(False)

    def _update_banner(self) -> None:
        """An empty library says so, unless its first articles are on their way in (the first start also
        loads the model and builds the gazetteer, a minute in which "empty" would be a lie)."""
        importing = self.import_job is not None
        self.banner_text.setText(IMPORTING if importing else EMPTY_LIBRARY)
        self.sample_button.setVisible(not importing)
        self.sample_banner.setVisible(self.store.count() == 0)

    def _select_row_of(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def _on_table_selection(self, *_):
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if len(rows) == 1:
            self.open_article(self.model.article_id(rows[0]))
        if self.scope.currentIndex() == 1:
            self._show_scope()

    def selected_ids(self) -> list[int]:
        return [self.model.article_id(i.row()) for i in self.table.selectionModel().selectedRows()]

    # ------------------------------------------------------------------ opening an article
    def open_article(self, article_id: int | None) -> None:
        """Show a stored article: text with highlights, timeline and map, all from the store (no re-analysis).

        An article is untrusted input: whatever goes wrong while showing it is reported in the reader and
        logged, the window stays usable, and the article is not reopened by itself at the next start."""
        if article_id is None:
            return
        settings = QSettings()
        # Set while the article is being shown: if the process dies meanwhile, the next start skips it.
        settings.setValue(SHOWING_KEY, self._article_key(article_id))
        settings.sync()
        try:
            self._show_stored_article(article_id)
        except Exception as exc:  # any failure of one article must leave the window usable
            log.exception("Article %s could not be shown", article_id)
            self._show_broken_article(article_id, exc)
        finally:
            settings.remove(SHOWING_KEY)

    def open_newest_article(self) -> None:
        """At start: the newest article, unless showing it failed (or killed the window) last time."""
        ids = self.store.article_ids()
        if not ids:
            return
        key = self._article_key(ids[-1])
        settings = QSettings()
        if key == settings.value(SHOWING_KEY) or key in _as_list(settings.value(BROKEN_KEY)):
            settings.remove(SHOWING_KEY)
            self.statusBar().showMessage("The newest article failed to show last time; open it from the library to retry", 15_000)
            return
        self.open_article(ids[-1])

    def _article_key(self, article_id: int) -> str:
        return f"{self.db_path.resolve()}#{article_id}"

    def _show_broken_article(self, article_id: int, exc: Exception) -> None:
        self.current = None
        self.reader.show_problem("This article could not be shown",
                                 f"{type(exc).__name__}: {exc}\n\nThe details are in the log: {log_path()}")
        self._draw_timeline_and_map([])
        self.statusBar().showMessage(f"Article {article_id} could not be shown", 15_000)
        settings = QSettings()
        broken = _as_list(settings.value(BROKEN_KEY))
        settings.setValue(BROKEN_KEY, [*broken[-(MAX_BROKEN - 1):], self._article_key(article_id)])

    def _show_stored_article(self, article_id: int) -> None:
        article = self.store.article(article_id)
        if article is None:
            return
        self.current = article
        self.reader.show_article(article.draft, article.analysis, list(article.highlights))
        self.setWindowTitle(f"{article.draft.title} — Workbench")
        self.notes.clear()
        self.notes.addItems([f"Tags: {', '.join(article.tags)}"] if article.tags else [])
        self.notes.addItems(self.store.notes(article_id))
        self._select_row_of(article_id)
        self._mark_search_hits()
        if self.scope.currentIndex() == 0:  # the other scopes already show this article among the rest
            self._show_scope()

    def _show_scope(self) -> None:
        """Timeline and map of this article (at once), or of several (gathered on the lane, then shown)."""
        scope = self.scope.currentIndex()
        if scope == 0:
            if self.current is not None:
                self._show_articles([self.current])
            return
        ids = self.selected_ids() if scope == 1 else None

        def job(lane: Lane):
            wanted = ids if ids is not None else lane.store.article_ids()[-LIBRARY_SCOPE_LIMIT:]
            return [a for a in (lane.store.article(i) for i in wanted) if a is not None]

        self._scope_job = self._submit("Gathering the articles…", job, kind="scope")

    def _show_articles(self, articles: list[StoredArticle]) -> None:
        try:
            self._draw_timeline_and_map(articles)
        except Exception as exc:  # one article's data must not take the window down
            log.exception("The timeline and map of %d article(s) could not be drawn", len(articles))
            self.statusBar().showMessage(f"The timeline and map could not be drawn: {exc}", 15_000)

    def _draw_timeline_and_map(self, articles: list[StoredArticle]) -> None:
        label = len(articles) > 1
        self._event_articles = {id(e): a.id for a in articles for e in a.analysis.events}
        self.timeline.set_library_events([(e, a.draft.title if label else "") for a in articles for e in a.analysis.events])
        self._place_markers = markers_for_articles(articles)
        self.map.show_markers([m for m, _ in self._place_markers])
        unplaced = sorted({p.name for a in articles for p in a.analysis.places if p.lat is None})
        self.unplaced.setText("Not on the map: " + ", ".join(unplaced) + " (right-click a name in the text to place it)"
                              if unplaced else "")
        self.unplaced.setVisible(bool(unplaced))

    def _mark_search_hits(self) -> None:
        words = [w.strip('"').lower() for w in full_text_query(self.search.text()).words if len(w.strip('"')) > 1]
        spans = []
        if self.current is not None and words:
            lowered = self.current.draft.text.lower()
            for w in words:
                i = lowered.find(w)
                while i >= 0:
                    spans.append((i, i + len(w)))
                    i = lowered.find(w, i + 1)
        self.reader.mark("search", sorted(spans), colour="#fff59d", scroll=bool(spans))

    # ------------------------------------------------------------------ reader <-> map <-> timeline
    def _on_event_activated(self, event) -> None:
        article_id = self._event_articles.get(id(event))
        if article_id is not None and (self.current is None or self.current.id != article_id):
            self.open_article(article_id)
        self.reader.mark("event", [(event.sentence_start, event.sentence_end)], colour="#ffe082")

    def _on_marker_clicked(self, marker_id: int) -> None:
        if not (0 <= marker_id < len(self._place_markers)):
            return
        article_id, place_index = self._place_markers[marker_id][1]
        if self.current is None or self.current.id != article_id:
            self.open_article(article_id)
        place = self.current.analysis.places[place_index]
        self.reader.mark("place", [(s.start, s.end) for s in place.mentions], colour="#80deea")

    def _on_mention_clicked(self, mention: Mention) -> None:
        a = self.current
        self.entity_panel.show_entity(mention, a.analysis, a.draft.text,
                                      self.store.articles_mentioning(mention.canonical, mention.label),
                                      self.store.cooccurring(mention.canonical, mention.label))
        if mention.label in ("GPE", "LOC", "FAC"):
            for marker_id, (marker, (article_id, place_index)) in enumerate(self._place_markers):
                place = self.current.analysis.places[place_index] if article_id == a.id else None
                if place is not None and any(s.start <= mention.start < s.end for s in place.mentions):
                    self.map.pan_to(marker_id)
                    break
        else:
            self.side_tabs.setCurrentWidget(self.entity_panel)

    # ------------------------------------------------------------------ the analyst's work
    def _on_highlight(self, start: int, end: int, colour: str, note: str) -> None:
        self.store.add_highlight(self.current.id, start, end, colour, note)
        self.open_article(self.current.id)

    def _on_correction(self, request: CorrectionRequest) -> None:
        if request.kind == "location" and not request.payload:  # the analyst picks; a runner-up comes chosen
            self._choose_location(request)
            return
        self.store.add_correction(self.current.id, request.kind, request.start, request.end, request.text, request.payload)
        self._reanalyse(self.current.id)

    def _choose_location(self, request: CorrectionRequest) -> None:
        place = next((p for p in self.current.analysis.places
                      if any(s.start <= request.start < s.end for s in p.mentions)), None)
        options = [f"{c.name} — {c.kind}, {c.country} ({c.lat:.3f}, {c.lon:.3f})" for c in (place.alternatives if place else ())]
        options.append("Pick a point on the map…")
        choice, ok = QInputDialog.getItem(self, "Set location", f"Where is “{request.text}”?", options, 0, False)
        if not ok:
            return
        index = options.index(choice)
        if place is not None and index < len(place.alternatives):
            chosen = place.alternatives[index]
            self.store.add_correction(self.current.id, "location", request.start, request.end, request.text,
                                      {"gazetteer_id": chosen.gazetteer_id})
            self._reanalyse(self.current.id)
        else:
            self.pending_location = request
            self.statusBar().showMessage(f"Click the map where “{request.text}” is", 10_000)

    def _on_map_clicked(self, lat: float, lon: float) -> None:
        request, self.pending_location = self.pending_location, None
        if request is None or self.current is None:
            return
        self.store.add_correction(self.current.id, "location", request.start, request.end, request.text,
                                  {"lat": lat, "lon": lon, "name": request.text})
        self._reanalyse(self.current.id)

    def _on_published_changed(self, published) -> None:
        from ..core.pipeline import set_published

        article_id = self.current.id
        self._submit("Resolving dates again…", lambda lane: (set_published(lane.store, lane.engine, article_id, published),
                                                              article_id)[1], kind="reanalysed")

    def _reanalyse_current(self) -> None:
        if self.current is not None:
            self._reanalyse(self.current.id)

    def _reanalyse(self, article_id: int) -> None:
        from ..core.pipeline import reanalyze

        self._submit("Re-analysing…", lambda lane: (reanalyze(lane.store, lane.engine, article_id), article_id)[1],
                     kind="reanalysed")

    def _delete_current(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(self, "Delete article",
                                      f"Delete “{self.current.draft.title}” and your highlights and notes on it?")
        if answer == QMessageBox.Yes:
            self.delete_article(self.current.id)

    def delete_article(self, article_id: int) -> None:
        self.store.delete_article(article_id)
        self.current = None
        self.reader.clear()
        self._refresh_library()
        remaining = self.store.article_ids()
        if remaining:
            self.open_article(remaining[-1])
        else:
            self.timeline.set_events([])
            self.map.show_markers([])

    def _add_tag(self) -> None:
        if self.current is None:
            return
        tag, ok = QInputDialog.getText(self, "Add tag", "Tag:")
        if ok and tag.strip():
            self.store.add_tag(self.current.id, tag)
            self.open_article(self.current.id)
            self._update_count()

    def _add_note(self) -> None:
        if self.current is None:
            return
        note, ok = QInputDialog.getMultiLineText(self, "Add note", "Note on this article:")
        if ok and note.strip():
            self.store.add_note(self.current.id, note.strip())
            self.open_article(self.current.id)
            self.side_tabs.setCurrentWidget(self.notes)

    # ------------------------------------------------------------------ importing
    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", "",
                                                "Articles (*.txt *.md *.html *.htm *.pdf *.docx *.eml);;All files (*)")
        if files:
            self.import_paths(files)

    def _open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of articles")
        if folder:
            self.import_paths([folder])

    def load_sample(self) -> None:
        self.import_paths([str(SEEDS / "khazali-withdrawal.txt")])

    def import_paths(self, paths: list[str]) -> int:
        """Import off the GUI thread; progress, cancel and failures show in the status bar."""
        self.failures.clear()
        self.failures_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.progress_label.setText("Importing…")

        def job(lane: Lane):
            from ..core.pipeline import ingest_paths

            opened = []
            for step in ingest_paths(lane.store, lane.engine, paths, cancel=lane.cancelled):
                lane.report(step)
                if step.result.article_id or step.result.duplicate_of:
                    opened.append(step.result.article_id or step.result.duplicate_of)
            return opened[:1]

        self.import_job = self._submit("Importing…", job, kind="import")
        self._update_banner()
        return self.import_job

    def _submit(self, what: str, job, kind: str) -> int:
        job_id = self.lane.submit(what, job)
        self._jobs[job_id] = kind
        return job_id

    def _on_progress(self, job_id: int, step) -> None:
        if self._closed:
            return
        if self._jobs.get(job_id) == "export":
            _, done, total = step
            self.progress_label.setText(f"Exporting {done}/{total}")
            return
        if job_id != self.import_job:
            return
        self.progress.setRange(0, step.total)
        self.progress.setValue(step.done)
        self.progress_label.setText(f"{step.done}/{step.total}  {Path(step.result.path).name}")
        if step.result.status == "stored":
            self._refresh_timer.start()
        elif step.result.status == "error":
            self.failures.addItem(QListWidgetItem(f"{step.result.path}: {step.result.reason}"))
            self.failures_button.setText(f"{self.failures.count()} file{'s' if self.failures.count() != 1 else ''} failed")
            self.failures_button.show()

    def _on_finished(self, job_id: int, result) -> None:
        if self._closed:
            return
        kind = self._jobs.pop(job_id, None)
        if kind == "import":
            self.import_job = None
            self.progress.hide()
            self.cancel_button.hide()
            self.progress_label.setText("")
            self._refresh_library()
            if result and (self.current is None or self.store.count() == 1 or len(result) == 1):
                # Its own turn of the event loop: the list refresh and the opening never block together.
                self._pending_open = result[0]
                QTimer.singleShot(0, self._open_pending)
            if self.failures.count():
                self.statusBar().showMessage(f"Import finished; {self.failures.count()} file(s) failed", 8000)
            else:
                self.statusBar().showMessage("Import finished", 4000)
        elif kind == "scope":
            if job_id == self._scope_job and self.scope.currentIndex() != 0:  # a late answer is dropped
                self._show_articles(result)
        elif kind == "export":
            self.progress_label.setText("")
            self.last_export = [Path(p) for p in result]
            self.statusBar().showMessage("Exported to " + ", ".join(str(p) for p in result), 10_000)
        elif kind == "reanalysed":
            self._refresh_library()
            if self.current is not None and self.current.id == result:
                self.open_article(result)

    def _open_pending(self) -> None:
        article_id, self._pending_open = self._pending_open, None
        if article_id is not None and not self._closed:
            self.open_article(article_id)

    @property
    def busy(self) -> bool:
        """True while a job the window submitted has not come back and been shown."""
        return bool(self._jobs) or self._pending_open is not None

    def _on_job_started(self, job_id: int, what: str) -> None:
        if not self._closed and what != "close":
            self.statusBar().showMessage(what, 30_000)

    def _on_engine_ready(self) -> None:
        if self._closed:
            return
        log.info("Language model ready")
        self.statusBar().showMessage("Language model ready", 3000)

    def _on_failed(self, job_id: int, message: str) -> None:
        if self._closed:
            return
        self._jobs.pop(job_id, None)
        if job_id == self.import_job:
            self.import_job = None
            self.progress.hide()
            self.cancel_button.hide()
            self._update_banner()
        log.error("Job %d failed: %s", job_id, message)
        box = QMessageBox(QMessageBox.Warning, "Workbench", f"That did not work: {message}", QMessageBox.Ok, self)
        box.setModal(False)  # never block the window (nor a self-test) on an error
        box.show()
        self.statusBar().showMessage(f"That did not work: {message}", 15_000)

    def _show_failures(self) -> None:
        self.failures_dialog.show()
        self.failures_dialog.raise_()

    # ------------------------------------------------------------------ exporting
    def export_scopes(self) -> dict[str, tuple[list[int], str]]:
        """What can be exported now: name -> (article ids, what it is)."""
        scopes = {}
        if self.current is not None:
            scopes["This article"] = ([self.current.id], f"article {self.current.id}")
        selected = [i for i in self.selected_ids() if i is not None]
        if len(selected) > 1:
            scopes["Selected articles"] = (selected, f"{len(selected)} selected articles")
        if self.search.text().strip():
            ids = [self.model.article_id(r) for r in range(self.model.rowCount())]
            scopes["Search result"] = ([i for i in ids if i is not None], f"search “{self.search.text().strip()}”")
        scopes["Whole library"] = (self.store.article_ids(), "the whole library")
        return scopes

    def export(self, article_ids: list[int], what: str, fmt: str, out: Path, sentences: int = 3, page: str = "a4") -> int:
        """Write a report on the lane (never on the GUI thread); the status bar says where it went."""
        title = self.current.draft.title if len(article_ids) == 1 and self.current else f"Workbench report: {what}"

        def job(lane: Lane):
            from ..core.export import write_report
            from ..core.pipeline import build_report

            report = build_report(lane.store, article_ids, title, what, sentences,
                                  progress=lambda done, total: lane.report(("export", done, total)))
            if fmt == "pdf":
                from .pdf import write_pdf

                return [write_pdf(report, out, page)]
            return write_report(report, fmt, out)

        self.progress_label.setText("Exporting…")
        return self._submit("Exporting…", job, kind="export")

    def _export_dialog(self) -> None:
        scopes = self.export_scopes()
        dialog = QDialog(self)
        dialog.setWindowTitle("Export")
        form = QFormLayout(dialog)
        scope = QComboBox()
        scope.addItems(list(scopes))
        fmt = QComboBox()
        formats = {"HTML report": "html", "PDF report": "pdf", "Markdown": "md", "CSV (entities and events)": "csv",
                   "Excel workbook (entities and events)": "xlsx", "GeoJSON (places)": "geojson",
                   "KML for Google Earth (places)": "kml", "JSON (everything)": "json",
                   "JSON Lines (an article a line)": "jsonl"}
        fmt.addItems(list(formats))
        sentences = QSpinBox(minimum=1, maximum=20, value=3)
        page = QComboBox()
        page.addItems(["A4", "Letter"])
        form.addRow("Export", scope)
        form.addRow("Format", fmt)
        form.addRow("Summary sentences", sentences)
        form.addRow("PDF page", page)
        fmt.currentTextChanged.connect(lambda name: form.setRowVisible(page, formats.get(name) == "pdf"))
        form.setRowVisible(page, formats[fmt.currentText()] == "pdf")
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if not dialog.exec():
            return
        chosen = formats[fmt.currentText()]
        path, _ = QFileDialog.getSaveFileName(self, "Export to", f"workbench-report.{chosen}")
        if path:
            ids, what = scopes[scope.currentText()]
            self.export(ids, what, chosen, Path(path), sentences.value(), page.currentText().lower())

    # ------------------------------------------------------------------ settings
    def _settings_dialog(self) -> None:
        settings = Settings.load()
        dialog = QDialog(self)
        dialog.setWindowTitle("Settings")
        form = QFormLayout(dialog)
        model = QLineEdit(settings.model)
        model.setPlaceholderText(DEFAULT_MODEL)
        db = QLineEdit(settings.db or str(self.db_path))
        form.addRow("spaCy model", model)
        form.addRow("Library file", db)
        form.addRow(QLabel("Changes take effect the next time the workbench starts."))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec():  # the command line reads the same file: both use this library and model
            Settings(db=db.text().strip(), model=model.text().strip()).save()
