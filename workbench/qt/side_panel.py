"""The side panel (right): the scope chooser, the timeline, the entity panel and the notes in tabs, and the map."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..core.mapping import markers_for_articles
from ..core.models import Mention, StoredArticle
from ..core.store import Store
from .entity_panel import EntityPanel
from .map_view import MapView
from .timeline import TimelineView

SCOPES = ("This article", "Selected articles", "Whole library")
LIBRARY_SCOPE_LIMIT = 500  # articles drawn at once in library-wide mode
MIN_WIDTH = 320

log = logging.getLogger(__name__)


class SidePanel(QWidget):
    """Shows what it is given (articles, notes, an entity); says what the analyst pointed at in it."""

    scopeChanged = Signal(int)  # index in SCOPES
    eventChosen = Signal(object, object)  # Event, id of its article (None when not known)
    placeChosen = Signal(int, int)  # article id, index of the place in its analysis
    mapClicked = Signal(float, float)
    mentionChosen = Signal(int, int)  # start, end of a mention of the entity shown
    articleChosen = Signal(int)
    drawingFailed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._event_articles: dict[int, int] = {}
        self._place_markers: list = []
        self._gathering: int | None = None  # the lane job gathering the articles of a wider scope
        self.timeline = TimelineView()
        self.timeline.eventActivated.connect(lambda e: self.eventChosen.emit(e, self._event_articles.get(id(e))))
        self.entity_panel = EntityPanel()
        self.entity_panel.mentionActivated.connect(self.mentionChosen)
        self.entity_panel.articleActivated.connect(self.articleChosen)
        self.notes = QListWidget()
        self.tabs = QTabWidget()
        for widget, name in ((self.timeline, "Timeline"), (self.entity_panel, "Entity"), (self.notes, "Notes")):
            self.tabs.addTab(widget, name)
        self.map = MapView()
        self.map.markerClicked.connect(self._on_marker_clicked)
        self.map.mapClicked.connect(self.mapClicked)
        self.scope = QComboBox()
        self.scope.addItems(SCOPES)
        self.scope.setToolTip("Timeline and map of this article, of the selected articles, or of the whole library")
        self.scope.currentIndexChanged.connect(self.scopeChanged)
        self.unplaced = QLabel()  # places the resolver would not guess: listed, so the analyst can place them
        self.unplaced.setTextFormat(Qt.PlainText)
        self.unplaced.setWordWrap(True)
        self.unplaced.setVisible(False)
        map_box = QWidget()
        map_layout = QVBoxLayout(map_box)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.map, 1)
        map_layout.addWidget(self.unplaced)
        self.split = QSplitter(Qt.Vertical)
        self.split.addWidget(self.tabs)
        self.split.addWidget(map_box)
        self.split.setSizes([300, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scope)
        layout.addWidget(self.split, 1)
        # The side panel keeps room for a readable map and list, whatever the reader holds.
        self.setMinimumWidth(MIN_WIDTH)

    @property
    def scope_index(self) -> int:
        return self.scope.currentIndex()

    def show_articles(self, articles: list[StoredArticle]) -> None:
        """Timeline and map of these articles; one article's bad data leaves the panel usable."""
        try:
            self._draw(articles)
        except Exception as exc:  # an article is untrusted input
            log.exception("The timeline and map of %d article(s) could not be drawn", len(articles))
            self.drawingFailed.emit(f"The timeline and map could not be drawn: {exc}")

    def show_scope(self, lane, current: StoredArticle | None, selected: list[int]) -> None:
        """Timeline and map of this article (at once), or of the selected articles or the whole library
        (gathered on the lane, then shown unless the analyst has moved on meanwhile)."""
        if self.scope.currentIndex() == 0:
            self.show_articles([current] if current is not None else [])
            return
        ids = selected if self.scope.currentIndex() == 1 else None

        def job(lane):
            wanted = ids if ids is not None else lane.store.article_ids()[-LIBRARY_SCOPE_LIMIT:]
            return [a for a in (lane.store.article(i) for i in wanted) if a is not None]

        def done(articles):
            if job_id == self._gathering and self.scope.currentIndex() != 0:  # a late answer is dropped
                self.show_articles(articles)

        self._gathering = job_id = lane.submit("Gathering the articles…", job, done)

    def _draw(self, articles: list[StoredArticle]) -> None:
        label = len(articles) > 1
        self._event_articles = {id(e): a.id for a in articles for e in a.analysis.events}
        self.timeline.set_library_events(
            [(e, a.draft.title if label else "") for a in articles for e in a.analysis.events]
        )
        self._place_markers = markers_for_articles(articles)
        self.map.show_markers([m for m, _ in self._place_markers])
        unplaced = sorted({p.name for a in articles for p in a.analysis.places if p.lat is None})
        self.unplaced.setText(
            "Not on the map: " + ", ".join(unplaced) + " (right-click a name in the text to place it)"
            if unplaced
            else ""
        )
        self.unplaced.setVisible(bool(unplaced))

    def show_notes(self, tags: tuple[str, ...], notes: list[str]) -> None:
        self.notes.clear()
        self.notes.addItems([f"Tags: {', '.join(tags)}"] if tags else [])
        self.notes.addItems(notes)

    def show_notes_tab(self) -> None:
        self.tabs.setCurrentWidget(self.notes)

    def show_entity(self, mention: Mention, article: StoredArticle, store: Store) -> None:
        """The entity a mention names: its mentions here, the articles that name it and the entities named
        alongside it; a place's is also centred on the map."""
        self.entity_panel.show_entity(
            mention,
            article.analysis,
            article.draft.text,
            store.articles_mentioning(mention.canonical, mention.label),
            store.cooccurring(mention.canonical, mention.label),
        )
        if mention.label not in ("GPE", "LOC", "FAC"):
            self.tabs.setCurrentWidget(self.entity_panel)
            return
        for marker_id, (_, (article_id, place_index)) in enumerate(self._place_markers):
            place = article.analysis.places[place_index] if article_id == article.id else None
            if place is not None and any(s.start <= mention.start < s.end for s in place.mentions):
                self.map.pan_to(marker_id)
                return

    def _on_marker_clicked(self, marker_id: int) -> None:
        if 0 <= marker_id < len(self._place_markers):
            self.placeChosen.emit(*self._place_markers[marker_id][1])
