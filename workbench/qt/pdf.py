"""Reports -> PDF through Qt: the HTML report in a QTextDocument, the map rendered from its SVG, A4 or
Letter pages with the report's title and page numbers in the footer. Runs on any thread."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from ..core.export import to_html
from ..core.mapsvg import HEIGHT, WIDTH, map_svg
from ..core.summary import Report

PAGE_SIZES = {"a4": QPageSize.A4, "letter": QPageSize.Letter}
FOOTER_MM = 10


def gui_application():
    """The application a PDF needs (fonts, images): QtGui's own, so that the command line loads no widgets."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["workbench"])


def _map_image(markers) -> QImage:
    """The export's SVG map drawn into an image at twice its size (sharp in print)."""
    return _drawn(map_svg(markers, xmlns=True))


# A report without places shows the world, some 30 000 points to draw: drawn once. (A QImage is shared
# until painted on, and nothing paints on these once drawn.)
@functools.lru_cache(maxsize=2)  # 5.6 MB each
def _drawn(svg: str) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(WIDTH * 2, HEIGHT * 2, QImage.Format_ARGB32)
    image.fill(Qt.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def write_pdf(report: Report, path: str | Path, page: str = "a4") -> Path:
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(report.title)
    writer.setCreator("workbench")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES.get(page.lower(), QPageSize.A4)),
            QPageLayout.Portrait,
            QMarginsF(15, 15, 15, 15 + FOOTER_MM),
            QPageLayout.Millimeter,
        )
    )
    width, height = writer.width(), writer.height()
    # The document lays out in 96-dpi pixels; it is scaled to the writer's resolution when drawn.
    scale = writer.resolution() / 96
    page_width, page_height = width / scale, height / scale

    document = QTextDocument()
    document.setDocumentMargin(0)
    images: list[QImage] = []

    def picture(markers) -> str:
        images.append(_map_image(markers))
        return f'<p><img src="workbench-map-{len(images)}.png" width="{int(page_width * 0.86)}"></p>'  # inside the body margins

    html = to_html(report, map_picture=picture)
    for i, image in enumerate(images, 1):
        document.addResource(QTextDocument.ImageResource, QUrl(f"workbench-map-{i}.png"), image)
    document.setDefaultFont(QFont("DejaVu Serif", 10))
    document.setHtml(html)
    document.setPageSize(QSizeF(page_width, page_height))

    painter = QPainter(writer)
    footer = writer.resolution() * FOOTER_MM / 25.4
    footer_font = QFont("DejaVu Sans", 8)
    pages = document.pageCount()
    for number in range(pages):
        if number:
            writer.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.translate(0, -number * page_height)
        document.drawContents(painter, QRectF(0, number * page_height, page_width, page_height))
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(Qt.darkGray)
        band = QRectF(0, height + footer * 0.3, width, footer * 0.7)
        painter.drawText(band, Qt.AlignLeft | Qt.AlignVCenter, report.title[:90])
        painter.drawText(band, Qt.AlignRight | Qt.AlignVCenter, f"Page {number + 1} of {pages}")
    painter.end()
    return path
