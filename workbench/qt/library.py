"""The library list: a Qt table model over the store, fetched a page at a time (fast with 100 000 rows)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..core.language import is_analysed, language_label
from ..core.models import ArticleSummary
from ..core.store import LibraryQuery, Store

COLUMNS = [
    ("title", "Title"),
    ("source", "Source"),
    ("published", "Published"),
    ("people", "Ppl"),
    ("organisations", "Orgs"),
    ("places", "Places"),
    ("language", "Lang"),
]
PAGE = 200


class ArticleTableModel(QAbstractTableModel):
    """Rows come from `Store.summaries` in pages of 200 as the view scrolls; sorting and filters run in SQL."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.query = LibraryQuery(order="id", descending=True)
        self._rows: list[ArticleSummary] = []
        self._more = False  # whether the last page fetched was full
        self._total: int | None = None  # counted when first asked for: a page shows before it
        self.refresh()

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return COLUMNS[section][1]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.DisplayRole:
            value = getattr(row, key)
            if key == "published":
                return value.isoformat() if value else "—"
            if key == "language":
                return value if is_analysed(value) else f"{value} (not analysed)"
            return value
        if role == Qt.ToolTipRole:
            return {
                "title": row.title,
                "people": "People",
                "organisations": "Organisations",
                "places": "Places",
                "language": language_label(row.language),
            }.get(key)
        if role == Qt.TextAlignmentRole and key in ("people", "organisations", "places"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return row.id
        return None

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()):
        more = self.store.summaries(self.query, limit=PAGE, offset=len(self._rows))
        self._more = len(more) == PAGE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column, order=Qt.AscendingOrder):
        self.set_query(order=COLUMNS[column][0], descending=order == Qt.DescendingOrder)

    # ------------------------------------------------------------------ the workbench's own
    def set_query(self, **changes) -> None:
        self.query = LibraryQuery(**{**self.query.__dict__, **changes})
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._total = None
        self._rows = self.store.summaries(self.query, limit=PAGE)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def article_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), None)

    @property
    def total(self) -> int:
        """How many articles the query matches (the list holds a page of them until scrolled)."""
        if self._total is None:
            self._total = self.store.count_matching(self.query)
        return self._total
