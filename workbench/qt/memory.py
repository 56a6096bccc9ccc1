"""What the window remembers across starts: its layout, and the article it is showing (an article that failed
to show, or killed the window while it showed, is not reopened by itself at the next start)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

SHOWING_KEY = "reader/showing"  # the article being shown right now ("library path#id")
BROKEN_KEY = "reader/broken"  # articles that failed to show, never reopened at start by themselves
MAX_BROKEN = 50

log = logging.getLogger(__name__)


def _as_list(value) -> list[str]:
    """A list stored in QSettings (an INI file gives back a str for one item, None for none)."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def restore_layout(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings = QSettings()
    geometry = settings.value("window/geometry")
    window.restoreGeometry(geometry) if geometry is not None else window.resize(1440, 900)
    for name, splitter in splitters.items():
        if (state := settings.value(f"window/{name}")) is not None:
            splitter.restoreState(state)


def save_layout(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    for name, splitter in splitters.items():
        settings.setValue(f"window/{name}", splitter.saveState())


class ShownArticle:
    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)

    def key(self, article_id: int) -> str:
        return f"{self.db_path.resolve()}#{article_id}"

    def attempt(self, article_id: int, show: Callable[[int], None], report: Callable[[int, Exception], None]) -> None:
        """Show an article; a failure is logged, reported, and remembered so that no start reopens it."""
        settings = QSettings()
        # Set while the article is being shown: if the process dies meanwhile, the next start skips it.
        settings.setValue(SHOWING_KEY, self.key(article_id))
        settings.sync()
        try:
            show(article_id)
        except Exception as exc:  # any failure of one article must leave the window usable
            log.exception("Article %s could not be shown", article_id)
            report(article_id, exc)
            broken = _as_list(settings.value(BROKEN_KEY))
            settings.setValue(BROKEN_KEY, [*broken[-(MAX_BROKEN - 1) :], self.key(article_id)])
        finally:
            settings.remove(SHOWING_KEY)

    def may_reopen(self, article_id: int) -> bool:
        """False when this article failed to show, or was being shown when the window died; asked once."""
        settings = QSettings()
        key = self.key(article_id)
        if key == settings.value(SHOWING_KEY) or key in _as_list(settings.value(BROKEN_KEY)):
            settings.remove(SHOWING_KEY)
            return False
        return True
