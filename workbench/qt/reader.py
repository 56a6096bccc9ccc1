"""The reader: an article's text with every entity mention in its label's colour, a legend that toggles
labels, the analyst's highlights, and the context menu for corrections.

The text goes into the document as plain text, run by run with character formats, so a character's
position in the document is its offset in the stored text and nothing in an article is ever parsed as
markup.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core.language import language_label
from ..core.models import (
    Analysis,
    ArticleDraft,
    Highlight,
    Mention,
    Place,
    PlaceCandidate,
)
from ..core.palette import HIGHLIGHT_COLOURS, LABEL_COLOURS, LABEL_NAMES, colour_of

MENTION_PROPERTY = QTextFormat.UserProperty + 1
CORRECTABLE_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE")


@dataclass(frozen=True)
class CorrectionRequest:
    kind: str  # label, remove, merge, add, location
    start: int
    end: int
    text: str
    payload: dict


def _style_legend_button(button: QToolButton, label: str) -> None:
    """A shown label wears its colour; a hidden one is greyed out and struck through."""
    if button.isChecked():
        button.setStyleSheet(
            f"QToolButton {{ background: {colour_of(label)}; color: #111; border: 1px solid #888;"
            " border-radius: 3px; padding: 2px 6px; }"
        )
    else:
        button.setStyleSheet(
            "QToolButton { background: transparent; color: gray; border: 1px dashed #888;"
            " border-radius: 3px; padding: 2px 6px; text-decoration: line-through; }"
        )


class ElidedLabel(QLabel):
    """One line of plain text cut with "…" to the width it is given, the whole of it in the tooltip: a long
    source URL must not widen the reader and squeeze the date and the map."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.PlainText)  # untrusted text: never rich text
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self._full = ""

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(f"<qt>{html.escape(text)}</qt>" if text else "")  # escaped: a tooltip reads markup
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, e):
        super().resizeEvent(e)
        self._elide()

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self._full, Qt.ElideMiddle, max(self.width(), 40)))


class ArticleText(QTextBrowser):
    """The text itself: hover shows a mention's label and canonical name, a click selects its entity."""

    mentionClicked = Signal(object)  # Mention

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.mentions: list[Mention] = []
        self.places: list[Place] = []
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 11))
        self.setFont(font)

    def mention_at(self, pos) -> Mention | None:
        cursor = self.cursorForPosition(pos)
        fmt = cursor.charFormat()
        idx = fmt.property(MENTION_PROPERTY)
        if idx is None:
            cursor.movePosition(QTextCursor.NextCharacter)
            idx = cursor.charFormat().property(MENTION_PROPERTY)
        return self.mentions[idx] if isinstance(idx, int) and 0 <= idx < len(self.mentions) else None

    def event(self, e):
        if e.type() == QEvent.ToolTip:
            m = self.mention_at(self.viewport().mapFromGlobal(e.globalPos()))
            if m is not None:
                tip = f"<b>{html.escape(LABEL_NAMES.get(m.label, m.label))}</b>"
                if m.canonical and m.canonical != m.text:
                    tip += f"<br>{html.escape(m.canonical)}"
                place = self.place_of(m)
                if place is not None:
                    tip += "<br>" + place_tooltip(place)
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def place_of(self, mention: Mention) -> Place | None:
        """The place a place mention was resolved to (None for other mentions)."""
        return next((p for p in self.places if any(s.start <= mention.start < s.end for s in p.mentions)), None)

    def mouseReleaseEvent(self, e):
        super().mouseReleaseEvent(e)
        if e.button() == Qt.LeftButton and not self.textCursor().hasSelection():
            m = self.mention_at(e.position().toPoint())
            if m is not None:
                self.mentionClicked.emit(m)


class ReaderView(QWidget):
    """Header (title, source, editable date), legend, and the article text."""

    mentionClicked = Signal(object)  # Mention
    correctionRequested = Signal(object)  # CorrectionRequest
    highlightRequested = Signal(int, int, str, str)  # start, end, colour, note
    publishedChanged = Signal(object)  # date | None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.PlainText)  # untrusted text: never rich text
        self.title.setWordWrap(True)
        title_font = QFont(self.title.font())
        title_font.setPointSize(title_font.pointSize() + 5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.source = ElidedLabel()
        self.language = QLabel()
        self.language.setTextFormat(Qt.PlainText)
        self.language.setToolTip("The article's language, detected when it was analysed")
        self.published = QLineEdit()
        self.published.setPlaceholderText("publication date YYYY-MM-DD")
        self.published.setMaximumWidth(170)
        # The date stays readable however the panes are dragged: room for "2024-12-31" and the frame.
        self.published.setMinimumWidth(self.published.fontMetrics().horizontalAdvance("2024-12-31 ") + 16)
        self.published.setToolTip('The publication date: relative dates ("on Wednesday") are resolved against it')
        self.published.editingFinished.connect(self._published_edited)
        self.legend = QHBoxLayout()
        self.legend.setSpacing(4)
        self.legend_buttons = self._make_legend()
        self.text = ArticleText()
        self.text.mentionClicked.connect(self.mentionClicked)
        self.text.customContextMenuRequested.connect(self._context_menu)

        meta = QHBoxLayout()
        meta.addWidget(self.source, 1)
        meta.addWidget(self.language)
        meta.addWidget(QLabel("Published:"))
        meta.addWidget(self.published)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(meta)
        layout.addLayout(self.legend)
        layout.addWidget(self.text, 1)

        self.hidden_labels: set[str] = set()
        self.draft: ArticleDraft | None = None
        self.analysis: Analysis | None = None
        self.highlights: list[Highlight] = []
        self._marks: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._astral: list[int] = []  # offsets of the characters outside the BMP (Qt counts each as two)

    # ------------------------------------------------------------------ showing an article
    def show_article(self, draft: ArticleDraft, analysis: Analysis, highlights: list[Highlight] = ()) -> None:
        self.draft, self.analysis, self.highlights = draft, analysis, list(highlights)
        self._astral = [i for i, ch in enumerate(draft.text) if ord(ch) > 0xFFFF]
        self.title.setText(draft.title)
        self.source.setText(" — ".join(x for x in (draft.source, draft.url) if x) or "Source unknown")
        self.published.setText(draft.published.isoformat() if draft.published else "")
        self.language.setText(language_label(analysis.language))
        self._marks.clear()
        self._build_legend()
        self._render()

    def show_problem(self, title: str, detail: str) -> None:
        """A message in place of an article that could not be shown (plain text: it may quote the article)."""
        self.clear()
        self.title.setText(title)
        self.text.setPlainText(detail)

    def clear(self) -> None:
        self.draft = self.analysis = None
        self.title.setText("")
        self.source.setText("")
        self.language.setText("")
        self.published.setText("")
        self.text.clear()
        self._build_legend()

    def _make_legend(self) -> dict[str, QToolButton]:
        """One button per label, made once: an article shows those of its labels (a day of opening articles
        made and dropped thousands of buttons, and the window grew with them)."""
        buttons = {}
        for label in LABEL_COLOURS:
            button = QToolButton()
            button.setText(LABEL_NAMES.get(label, label))
            button.setCheckable(True)
            button.setChecked(True)
            button.setObjectName(f"legend-{label}")
            button.setToolTip(f"Show or hide {LABEL_NAMES.get(label, label).lower()} highlights")
            _style_legend_button(button, label)
            button.toggled.connect(
                lambda on, lbl=label, b=button: (_style_legend_button(b, lbl), self.set_label_visible(lbl, on))
            )
            button.hide()
            self.legend.addWidget(button)
            buttons[label] = button
        self.legend.addStretch(1)
        return buttons

    def _build_legend(self) -> None:
        present = {m.label for m in self.analysis.mentions} if self.analysis is not None else set()
        for label, button in self.legend_buttons.items():
            button.setVisible(label in present)

    def set_label_visible(self, label: str, visible: bool) -> None:
        (self.hidden_labels.discard if visible else self.hidden_labels.add)(label)
        self._render()

    def _render(self) -> None:
        """Plain text run by run: entity backgrounds, analyst highlights underlined in their colour."""
        text = self.draft.text
        mentions = [m for m in self.analysis.mentions if m.label not in self.hidden_labels]
        self.text.mentions = mentions
        self.text.places = list(self.analysis.places)
        cuts = {0, len(text)}
        for m in mentions:
            cuts.update((m.start, m.end))
        for h in self.highlights:
            cuts.update((h.start, h.end))
        bounds = sorted(c for c in cuts if 0 <= c <= len(text))
        scroll = self.text.verticalScrollBar().value()
        self.text.clear()
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        for a, b in zip(bounds, bounds[1:]):
            fmt = QTextCharFormat()
            m_idx = next((i for i, m in enumerate(mentions) if m.start <= a and b <= m.end), None)
            if m_idx is not None:
                fmt.setBackground(QColor(colour_of(mentions[m_idx].label)))
                fmt.setForeground(QColor("#111111"))
                fmt.setProperty(MENTION_PROPERTY, m_idx)
            highlight = next((h for h in self.highlights if h.start <= a and b <= h.end), None)
            if highlight is not None:
                if m_idx is None:
                    fmt.setBackground(QColor(highlight.color))
                    fmt.setForeground(QColor("#111111"))
                fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
                fmt.setUnderlineColor(QColor(highlight.color).darker(160))
            cursor.insertText(text[a:b], fmt)
        cursor.endEditBlock()
        self.text.verticalScrollBar().setValue(scroll)
        self._apply_marks()

    # ------------------------------------------------------------------ marks (sentence, place, search)
    def mark(self, kind: str, spans: list[tuple[int, int]], colour: str = "#ffd54f", scroll: bool = True) -> None:
        """Mark spans (an event's sentence, a place's mentions, search hits) without touching the text."""
        selections = []
        for start, end in spans:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.text.document())
            sel.cursor.setPosition(self.position_of(start))
            sel.cursor.setPosition(self.position_of(end), QTextCursor.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(colour))
            fmt.setForeground(QColor("#111111"))
            fmt.setFontUnderline(True)
            sel.format = fmt
            selections.append(sel)
        self._marks[kind] = selections
        self._apply_marks()
        if scroll and spans:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self.position_of(spans[0][0]))
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def marked(self, kind: str) -> list[tuple[int, int]]:
        return [
            (self.offset_of(s.cursor.selectionStart()), self.offset_of(s.cursor.selectionEnd()))
            for s in self._marks.get(kind, [])
        ]

    # An emoji or a rare ideograph is one character of the stored text but two positions in the document
    # (UTF-16): offsets and positions are converted at the border, or every mark after one would slide.
    def position_of(self, offset: int) -> int:
        """The document position of a character offset in the stored text."""
        return offset + bisect_left(self._astral, offset)

    def offset_of(self, position: int) -> int:
        """The stored text's character offset of a document position."""
        return position - bisect_left([i + k for k, i in enumerate(self._astral)], position)

    def _apply_marks(self) -> None:
        self.text.setExtraSelections([s for sels in self._marks.values() for s in sels])

    # ------------------------------------------------------------------ corrections and highlights
    def _published_edited(self) -> None:
        value = self.published.text().strip()
        current = self.draft.published if self.draft else None
        try:
            new = date.fromisoformat(value) if value else None
        except ValueError:
            self.published.setText(current.isoformat() if current else "")
            return
        if self.draft is not None and new != current:
            self.publishedChanged.emit(new)

    def _context_menu(self, pos) -> None:
        if self.draft is None:
            return
        menu = self.build_context_menu(pos)
        if menu is not None:
            menu.exec(self.text.viewport().mapToGlobal(pos))

    def build_context_menu(self, pos) -> QMenu | None:
        menu = QMenu(self)
        cursor = self.text.textCursor()
        mention = self.text.mention_at(pos)
        if cursor.hasSelection():
            start, end = self.offset_of(cursor.selectionStart()), self.offset_of(cursor.selectionEnd())
            chosen = self.draft.text[start:end]
            hl = menu.addMenu("Highlight")
            for name, colour in HIGHLIGHT_COLOURS.items():
                hl.addAction(name, lambda c=colour: self.highlightRequested.emit(start, end, c, ""))
            menu.addAction("Highlight with a note…", lambda: self._highlight_with_note(start, end))
            add = menu.addMenu("Mark as entity")
            for label in CORRECTABLE_LABELS:
                add.addAction(
                    LABEL_NAMES[label],
                    lambda lbl=label: self.correctionRequested.emit(
                        CorrectionRequest("add", start, end, chosen, {"label": lbl})
                    ),
                )
        if mention is not None:
            if not menu.isEmpty():
                menu.addSeparator()
            header = menu.addAction(f"“{mention.text}” — {LABEL_NAMES.get(mention.label, mention.label)}")
            header.setEnabled(False)
            relabel = menu.addMenu("Change label")
            for label in CORRECTABLE_LABELS:
                if label != mention.label:
                    relabel.addAction(
                        LABEL_NAMES[label],
                        lambda lbl=label, m=mention: self.correctionRequested.emit(
                            CorrectionRequest("label", m.start, m.end, m.text, {"label": lbl})
                        ),
                    )
            if mention.label not in ("GPE", "LOC", "FAC"):
                menu.addAction(
                    "Mark as place",
                    lambda m=mention: self.correctionRequested.emit(
                        CorrectionRequest("label", m.start, m.end, m.text, {"label": "GPE"})
                    ),
                )
            else:
                runner_up = _runner_up(self.text.place_of(mention))
                if runner_up is not None:
                    menu.addAction(
                        f"Use {runner_up.name} ({runner_up.kind}, {runner_up.country}) instead",
                        lambda m=mention, c=runner_up: self.correctionRequested.emit(
                            CorrectionRequest("location", m.start, m.end, m.text, {"gazetteer_id": c.gazetteer_id})
                        ),
                    )
                menu.addAction(
                    "Set location…",
                    lambda m=mention: self.correctionRequested.emit(
                        CorrectionRequest("location", m.start, m.end, m.text, {})
                    ),
                )
            menu.addAction("Merge with another entity…", lambda m=mention: self._merge(m))
            menu.addAction(
                "Remove this mention",
                lambda m=mention: self.correctionRequested.emit(
                    CorrectionRequest("remove", m.start, m.end, m.text, {})
                ),
            )
        return None if menu.isEmpty() else menu

    def _highlight_with_note(self, start: int, end: int) -> None:
        note, ok = QInputDialog.getMultiLineText(self, "Highlight with a note", "Note:")
        if ok:
            self.highlightRequested.emit(start, end, HIGHLIGHT_COLOURS["Yellow"], note)

    def _merge(self, mention: Mention) -> None:
        names = sorted({e.canonical for e in self.analysis.entities if e.label == mention.label} - {mention.canonical})
        if not names:
            return
        target, ok = QInputDialog.getItem(self, "Merge entity", f"Merge “{mention.canonical}” into:", names, 0, False)
        if ok:
            self.correctionRequested.emit(
                CorrectionRequest("merge", mention.start, mention.end, mention.text, {"canonical": target})
            )


def _runner_up(place: Place | None) -> PlaceCandidate | None:
    """The best candidate the resolver did not choose: the analyst's first alternative."""
    if place is None:
        return None
    return next((c for c in place.alternatives if c.gazetteer_id != place.gazetteer_id), None)


def place_tooltip(place: Place) -> str:
    """Where a place was put, the runner-up and why, as escaped rich text (the reason quotes the article)."""
    if place.lat is None:
        lines = [f"<i>Not on the map</i>: {html.escape(place.reason)}", "Right-click → Set location… to place it"]
    else:
        lines = [f"{html.escape(place.name)} — {html.escape(place.kind)}, {html.escape(place.country)}"]
        runner_up = _runner_up(place)
        if runner_up is not None:
            lines.append(
                f"Runner-up: {html.escape(runner_up.name)} — {html.escape(runner_up.kind)}, "
                f"{html.escape(runner_up.country)} (right-click to use it)"
            )
        lines.append(f"Why: {html.escape(place.reason)}")
    return "<br>".join(lines)
