"""The window's small dialogs: Export, Settings, and Help → Keyboard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.settings import DEFAULT_MODEL, Settings, log_path

FORMATS = {
    "HTML report": "html",
    "PDF report": "pdf",
    "Markdown": "md",
    "CSV (entities and events)": "csv",
    "Excel workbook (entities and events)": "xlsx",
    "GeoJSON (places)": "geojson",
    "KML for Google Earth (places)": "kml",
    "JSON (everything)": "json",
    "JSON Lines (an article a line)": "jsonl",
}


ARTICLE_FILES = "Articles (*.txt *.md *.html *.htm *.pdf *.docx *.eml);;All files (*)"


def ask_files(parent: QWidget) -> list[str]:
    """Files to import (none when the analyst cancels)."""
    return QFileDialog.getOpenFileNames(parent, "Open articles", "", ARTICLE_FILES)[0]


def ask_folder(parent: QWidget) -> list[str]:
    folder = QFileDialog.getExistingDirectory(parent, "Open a folder of articles")
    return [folder] if folder else []


def _buttons(dialog: QDialog, which) -> QDialogButtonBox:
    buttons = QDialogButtonBox(which)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


@dataclass(frozen=True)
class ExportChoice:
    scope: str
    fmt: str
    sentences: int
    page: str


def ask_export(parent: QWidget, scopes: list[str]) -> ExportChoice | None:
    """What to export and how; None when the analyst cancels."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Export")
    form = QFormLayout(dialog)
    scope = QComboBox()
    scope.addItems(scopes)
    fmt = QComboBox()
    fmt.addItems(list(FORMATS))
    sentences = QSpinBox(minimum=1, maximum=20, value=3)
    page = QComboBox()
    page.addItems(["A4", "Letter"])
    form.addRow("Export", scope)
    form.addRow("Format", fmt)
    form.addRow("Summary sentences", sentences)
    form.addRow("PDF page", page)
    fmt.currentTextChanged.connect(lambda name: form.setRowVisible(page, FORMATS.get(name) == "pdf"))
    form.setRowVisible(page, FORMATS[fmt.currentText()] == "pdf")
    form.addRow(_buttons(dialog, QDialogButtonBox.Save | QDialogButtonBox.Cancel))
    if not dialog.exec():
        return None
    return ExportChoice(scope.currentText(), FORMATS[fmt.currentText()], sentences.value(), page.currentText().lower())


def edit_settings(parent: QWidget, db_path: str) -> None:
    """The model and the library file, saved to the settings file the command line reads too."""
    settings = Settings.load()
    dialog = QDialog(parent)
    dialog.setWindowTitle("Settings")
    form = QFormLayout(dialog)
    model = QLineEdit(settings.model, placeholderText=DEFAULT_MODEL)
    db = QLineEdit(settings.db or db_path)
    form.addRow("spaCy model", model)
    form.addRow("Library file", db)
    form.addRow(QLabel("Changes take effect the next time the workbench starts."))
    form.addRow(_buttons(dialog, QDialogButtonBox.Ok | QDialogButtonBox.Cancel))
    workers = QSpinBox(minimum=0, maximum=64, value=settings.import_workers, specialValueText="every core")
    form.insertRow(2, "Import workers", workers)
    if dialog.exec():
        chosen_settings(settings, db.text(), model.text(), workers.value()).save()


def chosen_settings(settings: Settings, db: str, model: str, workers: int) -> Settings:
    """The settings with what the dialog shows; anything it does not show is kept as it was."""
    return replace(settings, db=db.strip(), model=model.strip(), import_workers=workers)


def show_failure(parent: QWidget, message: str) -> None:
    """A job that failed, said in a box that never blocks the window (nor a self-test)."""
    box = QMessageBox(QMessageBox.Warning, "Workbench", f"That did not work: {message}", QMessageBox.Ok, parent)
    box.setModal(False)
    box.show()


def open_log_folder() -> None:
    log_path().parent.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path().parent)))


class ShortcutsDialog(QDialog):
    """Every menu action that has a shortcut, read from the actions themselves (so it cannot go stale)."""

    def __init__(self, parent: QWidget, actions: list[QAction]):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(460, 480)
        rows = [
            (a.text().replace("&", "").rstrip("…"), a.shortcut().toString(QKeySequence.NativeText))
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(["Action", "Shortcut"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def shortcuts(self) -> dict[str, str]:
        """Action -> its keys, as listed."""
        return {self.table.item(r, 0).text(): self.table.item(r, 1).text() for r in range(self.table.rowCount())}
