"""The entity panel: one entity's mentions in this article, the other articles that name it, and the
entities named alongside it across the library."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core.models import Analysis, Mention
from ..core.palette import LABEL_NAMES


class EntityPanel(QWidget):
    mentionActivated = Signal(int, int)  # start, end in the current article
    articleActivated = Signal(int)  # article id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel("Click a highlighted name in the text")
        self.heading.setTextFormat(Qt.PlainText)
        self.heading.setWordWrap(True)
        self.mentions = QListWidget()
        self.articles = QListWidget()
        self.cooccurring = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for title, widget in (
            ("Mentions in this article", self.mentions),
            ("Articles that name it", self.articles),
            ("Named alongside it", self.cooccurring),
        ):
            label = QLabel(title)
            label.setStyleSheet("font-weight: bold")
            layout.addWidget(label)
            layout.addWidget(widget, 1)
        self.mentions.itemClicked.connect(lambda it: self.mentionActivated.emit(*it.data(Qt.UserRole)))
        self.articles.itemClicked.connect(lambda it: self.articleActivated.emit(it.data(Qt.UserRole)))

    def show_entity(
        self,
        mention: Mention,
        analysis: Analysis,
        text: str,
        articles: list[tuple[int, str, int]],
        cooccurring: list[tuple[str, str, int]],
    ) -> None:
        canonical = mention.canonical or mention.text
        self.heading.setText(f"{canonical} — {LABEL_NAMES.get(mention.label, mention.label)}")
        entity = next((e for e in analysis.entities if any(m.start == mention.start for m in e.mentions)), None)
        self.mentions.clear()
        for m in entity.mentions if entity else (mention,):
            context = text[max(0, m.start - 50) : m.end + 50].replace("\n", " ")
            item = QListWidgetItem(f"“{m.text}” … {context} …")
            item.setData(Qt.UserRole, (m.start, m.end))
            self.mentions.addItem(item)
        self.articles.clear()
        for article_id, title, count in articles:
            item = QListWidgetItem(f"{title}  ({count})")
            item.setData(Qt.UserRole, article_id)
            self.articles.addItem(item)
        self.cooccurring.clear()
        for name, label, count in cooccurring:
            self.cooccurring.addItem(
                f"{name} — {LABEL_NAMES.get(label, label)} ({count} article{'s' if count != 1 else ''})"
            )
