"""The team report as a PDF: the HTML of ``core.exports`` laid out by QTextDocument on A4.

QTextDocument does not draw inline ``<svg>``, so each chart becomes a PNG image resource first.
Works without a display: a QGuiApplication is created when none exists.
"""

from __future__ import annotations

import html as html_module
import logging
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from sellertrain.pdf.fonts import use_cjk_font
from sellertrain.pdf.table import Cell, Column, ExportCancelled, Progress, TableDrawer

log = logging.getLogger(__name__)

_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL | re.IGNORECASE)
_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL | re.IGNORECASE)
DPI = 96  # the document is laid out in CSS pixels, as a browser would print it
MARGIN_MM = 15.0
FOOTER_PX = 28.0
TITLE_PX = 30.0  # the table's title above its first page
IMAGE_SCALE = 2  # charts are rasterised at twice their size so they stay sharp on paper


_app: QGuiApplication | None = None  # an application this module had to create


def _ensure_app() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when Linux has no display)."""
    global _app
    # instance() is typed as the base QCoreApplication; in this program it is always a GUI one
    app = cast(QGuiApplication | None, QGuiApplication.instance())
    if app is None:
        argv = ["sellertrain"]
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless and "QT_QPA_PLATFORM" not in os.environ:
            argv += ["-platform", "offscreen"]
        # kept in a module global, or Python may collect the application while Qt uses it
        app = _app = QGuiApplication(argv)
    return app


def svg_to_image(svg: str, scale: int = IMAGE_SCALE) -> QImage:
    """An SVG document drawn on a white image ``scale`` times its own size."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("not a valid SVG document")
    size = renderer.defaultSize()
    image = QImage(size.width() * scale, size.height() * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def _with_images(html: str, document: QTextDocument, max_width: float) -> str:
    """Replace every inline SVG with an ``<img>`` of a PNG resource added to ``document``."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        try:
            image = svg_to_image(match.group(0))
        except ValueError:
            log.warning("chart %d is not valid SVG; left out of the PDF", count)
            return ""
        name = f"chart-{count}.png"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        width = image.width() / IMAGE_SCALE
        height = image.height() / IMAGE_SCALE
        if width > max_width:
            width, height = max_width, height * max_width / width
        return f'<img src="{name}" width="{round(width)}" height="{round(height)}">'

    return _SVG.sub(replace, html)


def a4_writer(path: Path, title: str, margin_mm: float, landscape: bool = False) -> QPdfWriter:
    """A PDF writer for one A4 document at ``path``, laid out in CSS pixels (96 dpi)."""
    _ensure_app()
    use_cjk_font()  # Chinese names and text from the system's CJK font, embedded as a subset
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("SellerTrain")
    return writer


@dataclass(frozen=True)
class PdfTable:
    """A long table drawn after the HTML part, on pages of its own (see pdf/table.py)."""

    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[Cell]]


def write_pdf(
    html: str, path: Path, table: PdfTable | None = None, progress: Progress | None = None
) -> None:
    """Render the report HTML (then ``table``) to an A4 PDF at ``path``, with page numbers in
    the footer. ``progress`` hears of the table's rows and may stop the export (the file is
    then removed and ExportCancelled raised)."""
    path = Path(path)
    try:
        _write_pdf(html, path, table, progress)
    except ExportCancelled:
        path.unlink(missing_ok=True)
        raise


def _write_pdf(html: str, path: Path, table: PdfTable | None, progress: Progress | None) -> None:
    match = _TITLE.search(html)
    title = html_module.unescape(re.sub(r"<[^>]+>", "", match.group(1))) if match else ""
    writer = a4_writer(path, title.strip() or "Report", MARGIN_MM)

    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.CssMedia, "print")
    document.setDefaultFont(QFont("sans-serif", 10))
    document.documentLayout().setPaintDevice(writer)
    body = QSizeF(writer.width(), writer.height() - FOOTER_PX)
    document.setPageSize(body)
    document.setHtml(_with_images(html, document, body.width() - 8))

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    # charts stay sharp: without this hint Qt stores images in the PDF as JPEG
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        drawer = None
        text_pages = document.pageCount()
        pages = text_pages
        if table is not None:
            drawer = TableDrawer(painter, writer, table.columns, body.height())
            pages += drawer.page_count(table.rows, TITLE_PX)
        page_number = 0

        def footer() -> None:
            painter.setPen(QColor("#6b7280"))
            painter.setFont(QFont("sans-serif", 8))
            box = QRectF(0, body.height(), body.width(), FOOTER_PX)
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"Page {page_number} of {pages}",
            )

        for page in range(text_pages):
            if page:
                writer.newPage()
            page_number += 1
            painter.save()
            painter.translate(0, -page * body.height())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            document.documentLayout().draw(painter, context)
            painter.restore()
            footer()
        if table is not None and drawer is not None:

            def new_page() -> None:
                nonlocal page_number
                writer.newPage()
                page_number += 1
                footer()

            new_page()
            painter.setPen(QColor("#1a3e8a"))
            painter.setFont(QFont("sans-serif", 13, QFont.Weight.Bold))
            painter.drawText(QRectF(0, 0, body.width(), TITLE_PX), table.title)
            drawer.draw(table.rows, new_page, progress, TITLE_PX)
    finally:
        painter.end()
    log.info("wrote %s (%d pages)", path, pages)
