"""The timeline: dated events on a real time axis (ticks, one row per event of a day, intervals as bars),
with a list under it. Clicking either selects the event."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Event

MARGIN = 16
ROW = 14
AXIS_Y = 22
SENTENCE_CHARS = 160
CLUSTER_GAP = timedelta(days=90)  # dates further apart than this belong to different periods
BREAK = 18  # room at the axis's edge for the dates outside the article's period


@dataclass(frozen=True)
class TimelineItem:
    event: Event
    rect: QRectF
    label: str  # the article it belongs to, in library-wide mode


def event_range(e: Event) -> tuple[date, date]:
    return e.date, e.end_date or e.date


def describe(e: Event) -> str:
    start, end = event_range(e)
    when = start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"
    return f"{when}  {e.text}"


def shorten(text: str, limit: int = SENTENCE_CHARS) -> str:
    """The text cut at a word boundary with "…" when longer than `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def main_period(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """The events of the article's dense period and the outliers: a date years away (a war mentioned in
    passing) would otherwise stretch the axis until the article's days collapse into one dot. Periods are
    runs of dates with no gap over CLUSTER_GAP; the main one holds most events, else there is none."""
    ordered = sorted(events, key=lambda e: e.date)
    runs: list[list[Event]] = []
    run_end = date.min
    for e in ordered:
        if not runs or e.date - run_end > CLUSTER_GAP:
            runs.append([])
            run_end = e.date
        runs[-1].append(e)
        run_end = max(run_end, event_range(e)[1])
    main = max(runs, key=len, default=[])
    if len(main) * 2 <= len(events):
        return ordered, []
    return main, [e for run in runs if run is not main for e in run]


class TimelineAxis(QWidget):
    """The painted part: an axis with ticks, a dot per day event, a bar per interval."""

    eventClicked = Signal(object)  # Event

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMouseTracking(True)
        self.events: list[tuple[Event, str]] = []
        self.outliers: list[Event] = []
        self._framed: list[Event] = []
        self.items: list[TimelineItem] = []
        self.selected: Event | None = None

    def set_events(self, events: list[tuple[Event, str]]) -> None:
        self.events = sorted(
            ((e, a) for e, a in events if e.date is not None), key=lambda ea: (ea[0].date, ea[0].start)
        )
        self._framed, self.outliers = main_period([e for e, _ in self.events])
        self._layout()
        self.update()

    def resizeEvent(self, e):
        self._layout()
        super().resizeEvent(e)

    def _span(self) -> tuple[date, date]:
        lo = min(e.date for e in self._framed)
        hi = max(event_range(e)[1] for e in self._framed)
        pad = max(timedelta(days=1), (hi - lo) * 0.05)
        return lo - pad, hi + pad

    def _axis_ends(self) -> tuple[float, float]:
        """Where the framed period's axis starts and ends, leaving room at an edge that holds outliers."""
        lo, hi = self._span()
        left = MARGIN + (BREAK if any(e.date < lo for e in self.outliers) else 0)
        right = self.width() - MARGIN - (BREAK if any(e.date > hi for e in self.outliers) else 0)
        return left, max(right, left + 1)

    def x_of(self, d: date) -> float:
        """The x of a date: inside the framed period on the axis, outside it at the edge beyond the break."""
        lo, hi = self._span()
        left, right = self._axis_ends()
        if d < lo:
            return MARGIN
        if d > hi:
            return self.width() - MARGIN
        return left + (right - left) * (d - lo).days / max(1, (hi - lo).days)

    def _layout(self) -> None:
        self.items = []
        if not self.events:
            return
        rows_used: dict[int, float] = {}  # row -> right edge of what is drawn there
        for e, label in self.events:
            start, end = event_range(e)
            x0 = self.x_of(start)
            x1 = max(self.x_of(end + timedelta(days=1)) if end != start else x0, x0)
            left, right = (x0 - 5, x0 + 5) if end == start else (x0, max(x1, x0 + 6))
            row = next(r for r in range(100) if rows_used.get(r, -1e9) < left - 2)
            rows_used[row] = right
            top = AXIS_Y + 10 + row * ROW
            self.items.append(TimelineItem(e, QRectF(left, top, right - left, 10), label))
        self.setMinimumHeight(int(AXIS_Y + 24 + (max(rows_used) + 1) * ROW))

    def _ticks(self) -> list[tuple[date, str]]:
        lo, hi = self._span()
        days = (hi - lo).days
        ticks = []
        if days <= 21:
            d = lo
            while d <= hi:
                ticks.append((d, d.strftime("%d %b")))
                d += timedelta(days=1 if days <= 10 else 2)
        elif days <= 150:
            d = lo - timedelta(days=lo.weekday())
            while d <= hi:
                if d >= lo:
                    ticks.append((d, d.strftime("%d %b")))
                d += timedelta(days=7)
        elif days <= 1500:
            y, m = lo.year, lo.month
            step = 1 if days <= 400 else 3
            while date(y, m, 1) <= hi:
                if date(y, m, 1) >= lo:
                    ticks.append((date(y, m, 1), date(y, m, 1).strftime("%b %Y")))
                m += step
                while m > 12:
                    y, m = y + 1, m - 12
        else:
            step = max(1, days // 3650)
            for y in range(lo.year + 1, hi.year + 1, step):
                ticks.append((date(y, 1, 1), str(y)))
        return ticks

    def paintEvent(self, _):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        if not self.events:
            p.setPen(pal.placeholderText().color())
            p.drawText(self.rect(), Qt.AlignCenter, "No dated events")
            return
        p.setPen(QPen(pal.text().color(), 1))
        left, right = self._axis_ends()
        p.drawLine(int(left), AXIS_Y, int(right), AXIS_Y)
        self._draw_breaks(p, left, right)
        metrics = p.fontMetrics()
        last_right = -1e9
        for d, text in self._ticks():
            x = self.x_of(d)
            p.drawLine(int(x), AXIS_Y - 4, int(x), AXIS_Y + 4)
            w = metrics.horizontalAdvance(text)
            if x - w / 2 > last_right + 4:
                p.drawText(int(x - w / 2), AXIS_Y - 7, text)
                last_right = x + w / 2
        for item in self.items:
            colour = QColor("#e45756") if item.event is self.selected else QColor("#4c78a8")
            p.setPen(QPen(colour.darker(130), 1))
            p.setBrush(colour)
            if item.rect.width() <= 10.5:
                p.drawEllipse(item.rect.center(), 5, 5)
            else:
                p.drawRoundedRect(item.rect, 3, 3)

    def _draw_breaks(self, p: QPainter, left: float, right: float) -> None:
        """A broken axis: two slanted strokes between the article's period and the outliers at an edge."""
        for edge, x in ((left, left - BREAK / 2), (right, right + BREAK / 2)):
            if edge in (MARGIN, self.width() - MARGIN):
                continue
            for dx in (-3, 3):
                p.drawLine(int(x + dx - 3), AXIS_Y + 5, int(x + dx + 3), AXIS_Y - 5)

    def item_at(self, pos) -> TimelineItem | None:
        return next((i for i in self.items if i.rect.adjusted(-3, -3, 3, 3).contains(pos)), None)

    def mousePressEvent(self, e):
        item = self.item_at(e.position())
        if item is not None:
            self.selected = item.event
            self.update()
            self.eventClicked.emit(item.event)

    def event(self, e):
        if e.type() == QEvent.ToolTip:
            item = self.item_at(e.pos())
            if item is not None:
                QToolTip.showText(
                    e.globalPos(),
                    f"<b>{html.escape(describe(item.event))}</b><br>{html.escape(item.event.sentence[:300])}",
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(e)


class TimelineView(QWidget):
    """Axis above, list below; both emit `eventActivated` with the Event."""

    eventActivated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.axis = TimelineAxis()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.axis)
        layout.addWidget(self.list, 1)
        self.axis.eventClicked.connect(self._select)
        self.list.itemClicked.connect(lambda it: self._select(it.data(Qt.UserRole)))

    def set_events(self, events: list[Event], label: str = "") -> None:
        self.set_library_events([(e, label) for e in events])

    def set_library_events(self, events: list[tuple[Event, str]]) -> None:
        self.axis.set_events(events)
        self.list.clear()
        for e, label in sorted(events, key=lambda ea: (ea[0].date or date.max, ea[0].start)):
            text = describe(e) if e.date else f"(no date)  {e.text}"
            item = QListWidgetItem(f"{text}\n{shorten(e.sentence)}" + (f"\n— {label}" if label else ""))
            item.setToolTip(f"<qt>{html.escape(e.sentence)}</qt>")
            item.setData(Qt.UserRole, e)
            self.list.addItem(item)

    def _select(self, event: Event) -> None:
        self.axis.selected = event
        self.axis.update()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.UserRole) is event:
                self.list.setCurrentRow(i)
        self.eventActivated.emit(event)
