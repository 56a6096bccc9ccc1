"""How an import goes: progress, Cancel and the files that failed (status bar and dialog), and the banner an
empty library shows over the reader."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from ..core.ops import ImportPaths
from .workers import LaneRunner

if TYPE_CHECKING:  # the pipeline (and spaCy behind it) loads on the lane, not while the window opens
    from ..core.pipeline import IngestProgress

EMPTY_LIBRARY = (
    "Your library is empty. Drop articles anywhere on this window (txt, md, html, pdf, docx, eml or "
    "folders), or start with the sample article."
)
IMPORTING = (
    "Importing… The article opens as soon as it is read. The first start also loads the language model "
    "and builds the place-name gazetteer, about a minute."
)


class ImportStatus(QObject):
    """Lives in the window's status bar; the list of failed files is a dialog of the window, left open at will."""

    articleStored = Signal()

    def __init__(self, window: QWidget, bar: QStatusBar, lane: LaneRunner):
        super().__init__(window)
        self.lane = lane
        self.job: int | None = None  # the import on the lane now
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.label = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(lane.cancel)
        self.failures = QListWidget()
        self.failures_dialog = self._build_failures_dialog(window)
        self.failures_button = QPushButton()
        self.failures_button.hide()
        self.failures_button.clicked.connect(self.show_failures)
        for widget in (self.label, self.progress, self.cancel_button, self.failures_button):
            bar.addPermanentWidget(widget)

    def _build_failures_dialog(self, window: QWidget) -> QDialog:
        dialog = QDialog(window)
        dialog.setWindowTitle("Files that could not be imported")
        dialog.resize(700, 300)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.failures)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(dialog.close)
        layout.addWidget(buttons)
        return dialog

    def start(self, paths: list[str]) -> int:
        """Import on the lane; the list of failures starts afresh."""
        self.failures.clear()
        self.failures_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.label.setText("Importing…")
        self.job = self.lane.submit_op(ImportPaths(tuple(str(p) for p in paths)), self.step)
        return self.job

    def step(self, step: IngestProgress) -> None:
        self.progress.setRange(0, step.total)
        self.progress.setValue(step.done)
        self.label.setText(f"{step.done}/{step.total}  {Path(step.result.path).name}")
        if step.result.status == "stored":
            self.articleStored.emit()
        elif step.result.status == "error":
            self.failures.addItem(f"{step.result.path}: {step.result.reason}")
            n = self.failures.count()
            self.failures_button.setText(f"{n} file{'s' if n != 1 else ''} failed")
            self.failures_button.show()

    @property
    def importing(self) -> bool:
        return self.job is not None

    def end(self) -> str:
        """Hides the progress; returns what to tell the analyst."""
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.label.setText("")
        n = self.failures.count()
        return f"Import finished; {n} file(s) failed" if n else "Import finished"

    def say(self, text: str) -> None:
        self.label.setText(text)

    def show_failures(self) -> None:
        self.failures_dialog.show()
        self.failures_dialog.raise_()

    def close(self) -> None:
        self.failures_dialog.close()  # a dialog left open would keep the application running


class SampleBanner(QWidget):
    """Over the reader while the library is empty: the sample article on offer, or, while the first articles
    come in (the first start also loads the model and builds the gazetteer), "Importing…"."""

    sampleRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sample-banner")
        layout = QHBoxLayout(self)
        self.text = QLabel(wordWrap=True)
        self.sample_button = QPushButton("Load the sample article")
        self.sample_button.setObjectName("load-sample")
        self.sample_button.clicked.connect(self.sampleRequested)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.sample_button)

    def over(self, reader: QWidget) -> QWidget:
        """The reader's column, with this banner on top of it."""
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        layout.addWidget(reader, 1)
        return column

    def show_state(self, empty: bool, importing: bool) -> None:
        self.text.setText(IMPORTING if importing else EMPTY_LIBRARY)
        self.sample_button.setVisible(not importing)
        self.setVisible(empty)
