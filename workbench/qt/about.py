"""Help → About: the version, the licence in a sentence, and the third-party notices (THIRD-PARTY-NOTICES.md)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from ..core.settings import NOTICES, app_version

SUMMARY = (
    "A desktop workbench for analysts who read news about conflicts and politics. Free software under the MIT "
    "licence. It ships the work of others under their own licences, listed below: Python packages, the spaCy "
    "English model (MIT), GeoNames (CC BY 4.0), the Countries States Cities Database (ODbL), Natural Earth "
    "(public domain), OpenStreetMap tiles (ODbL), Leaflet (BSD-2-Clause), topojson-client (ISC), and Qt with "
    "QtWebEngine/Chromium through PySide6 under the LGPLv3: Qt's libraries are linked dynamically and can be "
    "replaced (how: below)."
)


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About the workbench")
        self.resize(760, 600)
        title = QLabel(f"<b>workbench {app_version()}</b>")
        summary = QLabel(SUMMARY)
        summary.setWordWrap(True)
        self.notices = QPlainTextEdit(readOnly=True)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.notices.setPlainText(NOTICES.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, summary, self.notices, buttons):
            layout.addWidget(widget)
