"""The library panel (left): the article list, the full-text search box and the filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.ops import OpChanges
from ..core.store import Store, full_text_query
from .library import COLUMNS, ArticleTableModel


def _day(edit: QDateEdit) -> date | None:
    """The date chosen in a filter field, or None while it shows its 'from'/'to' placeholder."""
    d = edit.date()
    return None if d == edit.minimumDate() else date(d.year(), d.month(), d.day())


class LibraryPanel(QWidget):
    """Reads the store (the window's read-only connection); says which article the analyst picked."""

    articleChosen = Signal(int)  # one row selected
    selectionChanged = Signal()
    filtersApplied = Signal(str)  # a notice for the analyst ('' when there is none)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = ArticleTableModel(store, self)
        self.table = self._build_table()
        self.search = QLineEdit(placeholderText="Search the library (full text)…", clearButtonEnabled=True)
        self.search.returnPressed.connect(self.apply_filters)
        self.search.textChanged.connect(lambda t: t or self.apply_filters())
        self.filter_entity = QLineEdit(placeholderText="entity")
        self.filter_place = QLineEdit(placeholderText="place")
        self.filter_tag = QComboBox(editable=True)
        self.filter_tag.lineEdit().setPlaceholderText("tag")
        self.filter_tag.activated.connect(lambda _: self.apply_filters())
        for w in (self.filter_entity, self.filter_place):
            w.returnPressed.connect(self.apply_filters)
        self.date_from, self.date_to = self._date_filter("from"), self._date_filter("to")
        self.count = QLabel()
        # During an import the list is read again at most every 400 ms, not once per file.
        self._refresh_soon = QTimer(self, singleShot=True, interval=400, timeout=self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(self._row(self.filter_entity, self.filter_place, self.filter_tag))
        layout.addLayout(self._row(QLabel("Published"), self.date_from, self.date_to))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._update_count()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.AscendingOrder)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setMinimumSectionSize(36)
        for col, width in zip(range(1, len(COLUMNS)), (90, 78, 44, 40, 46)):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
            header.resizeSection(col, width)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.ElideRight)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        return table

    def _date_filter(self, placeholder: str) -> QDateEdit:
        edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        edit.setSpecialValueText(placeholder)
        edit.setMinimumDate(edit.minimumDate())
        edit.setDate(edit.minimumDate())
        edit.dateChanged.connect(lambda _: self.apply_filters())
        return edit

    @staticmethod
    def _row(*widgets) -> QHBoxLayout:
        row = QHBoxLayout()
        for w in widgets:
            row.addWidget(w)
        return row

    # ------------------------------------------------------------------ what the window asks of it
    def apply_filters(self) -> None:
        self.model.set_query(
            text=self.search.text(),
            entity=self.filter_entity.text(),
            place=self.filter_place.text(),
            tag=self.filter_tag.currentText(),
            date_from=_day(self.date_from),
            date_to=_day(self.date_to),
        )
        self._update_count()
        self.filtersApplied.emit(full_text_query(self.search.text()).notice)

    def apply_changes(self, changes: OpChanges) -> None:
        if changes.library or changes.tags:
            self.refresh()

    def refresh_soon(self) -> None:
        self._refresh_soon.start()

    def refresh(self) -> None:
        self._refresh_soon.stop()
        selected = self.selected_ids()
        self.model.refresh()
        self._update_count()
        if len(selected) == 1:
            self.select(selected[0])

    def select(self, article_id: int) -> None:
        """Select an article's row without telling anyone (the window shows it already)."""
        row = self.model.row_of(article_id)
        if row is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def selected_ids(self) -> list[int]:
        return [
            i
            for i in (self.model.article_id(r.row()) for r in self.table.selectionModel().selectedRows())
            if i is not None
        ]

    def shown_ids(self) -> list[int]:
        return [i for i in (self.model.article_id(r) for r in range(self.model.rowCount())) if i is not None]

    def search_hits(self, text: str) -> list[tuple[int, int]]:
        """Where the searched words occur in a text (to be marked in the reader), in order."""
        words = [w.strip('"').lower() for w in full_text_query(self.search.text()).words if len(w.strip('"')) > 1]
        lowered, spans = text.lower(), []
        for word in words:
            i = lowered.find(word)
            while i >= 0:
                spans.append((i, i + len(word)))
                i = lowered.find(word, i + 1)
        return sorted(spans)

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_selection(self, *_) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if len(rows) == 1 and (article_id := self.model.article_id(rows.pop())) is not None:
            self.articleChosen.emit(article_id)
        self.selectionChanged.emit()

    def _update_count(self) -> None:
        total, shown = self.store.count(), self.model.total
        self.count.setText(
            f"{total} article{'s' if total != 1 else ''}" + (f", {shown} shown" if shown != total else "")
        )
        current = self.filter_tag.currentText()
        self.filter_tag.blockSignals(True)
        self.filter_tag.clear()
        self.filter_tag.addItems(["", *self.store.all_tags()])
        self.filter_tag.setCurrentText(current)
        self.filter_tag.blockSignals(False)
