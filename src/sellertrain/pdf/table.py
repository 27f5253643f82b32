"""A long table drawn straight onto PDF pages: rows never split across a page break, the
header repeats on every page, and the caller hears of every page (and may stop).

QTextDocument lays out a 10,000-row table in about 40 s with the Python lock held, and moves
the lines of a row that crosses a page edge to the next page one by one, so a name lands on
one page and its department on the next. Measuring and drawing each row here takes a fraction
of that and keeps each row whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPdfWriter

PADDING = 5.0
TEXT = "#1f2937"
MUTED = "#6b7280"
HEADER_FILL = "#eef1f5"
RULE = "#e5e7eb"


class ExportCancelled(Exception):
    """The person exporting pressed Cancel; the partial file was removed."""


@dataclass(frozen=True)
class Cell:
    """One cell: lines of text, each drawn in its own colour (the first may be bold)."""

    lines: tuple[str, ...]
    colours: tuple[str, ...] = ()
    bold_first: bool = False
    right: bool = False


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # of the page width
    right: bool = False


# (rows drawn, all rows) -> False to stop
Progress = Callable[[int, int], bool]


class TableDrawer:
    """Draws ``rows`` under ``columns`` from the top of new pages of ``writer``."""

    def __init__(
        self, painter: QPainter, writer: QPdfWriter, columns: Sequence[Column], page_height: float
    ) -> None:
        self.painter = painter
        self.writer = writer
        self.columns = columns
        self.width = float(writer.width())
        self.page_height = page_height
        self.font = QFont("sans-serif", 8)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.line = self.metrics.lineSpacing()

    def _x(self, index: int) -> tuple[float, float]:
        left = sum(c.share for c in self.columns[:index]) * self.width
        return left, self.columns[index].share * self.width

    def _wrapped(self, text: str, width: float, bold: bool) -> int:
        metrics = self.bold_metrics if bold else self.metrics
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
        return max(1, round(rect.height() / self.line))

    def row_height(self, cells: Sequence[Cell]) -> float:
        tallest = 1
        for index, cell in enumerate(cells):
            _left, width = self._x(index)
            lines = sum(
                self._wrapped(text, width - 2 * PADDING, cell.bold_first and n == 0)
                for n, text in enumerate(cell.lines)
            )
            tallest = max(tallest, lines)
        return tallest * self.line + 2 * PADDING

    def _header(self, y: float) -> float:
        height = self.line * 2 + 2 * PADDING
        self.painter.fillRect(QRectF(0, y, self.width, height), QColor(HEADER_FILL))
        self.painter.setFont(self.bold)
        self.painter.setPen(QColor(TEXT))
        for index, column in enumerate(self.columns):
            left, width = self._x(index)
            align = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            box = QRectF(left + PADDING, y + PADDING, width - 2 * PADDING, height - 2 * PADDING)
            self.painter.drawText(box, int(align | Qt.TextFlag.TextWordWrap), column.title)
        return y + height

    def _row(self, cells: Sequence[Cell], y: float, height: float) -> None:
        for index, cell in enumerate(cells):
            left, width = self._x(index)
            top = y + PADDING
            for n, text in enumerate(cell.lines):
                bold = cell.bold_first and n == 0
                self.painter.setFont(self.bold if bold else self.font)
                colour = cell.colours[n] if n < len(cell.colours) else TEXT
                self.painter.setPen(QColor(colour))
                lines = self._wrapped(text, width - 2 * PADDING, bold)
                align = Qt.AlignmentFlag.AlignRight if cell.right else Qt.AlignmentFlag.AlignLeft
                box = QRectF(left + PADDING, top, width - 2 * PADDING, lines * self.line)
                self.painter.drawText(box, int(align | Qt.TextFlag.TextWordWrap), text)
                top += lines * self.line
        self.painter.setPen(QColor(RULE))
        self.painter.drawLine(0, int(y + height), int(self.width), int(y + height))

    def page_count(self, rows: Sequence[Sequence[Cell]], top: float = 0.0) -> int:
        """How many pages ``draw`` will use (measured, nothing drawn)."""
        pages, y = 1, top + self.line * 2 + 2 * PADDING
        for cells in rows:
            height = self.row_height(cells)
            if y + height > self.page_height and y > self.line * 3:
                pages += 1
                y = self.line * 2 + 2 * PADDING
            y += height
        return pages

    def draw(
        self,
        rows: Sequence[Sequence[Cell]],
        new_page: Callable[[], None],
        progress: Progress | None,
        top: float = 0.0,
    ) -> int:
        """Draw every row from ``top`` of the current page on; the number of pages used."""
        pages = 1
        y = self._header(top)
        for number, cells in enumerate(rows, start=1):
            height = self.row_height(cells)
            if y + height > self.page_height and y > self.line * 3:
                new_page()
                pages += 1
                y = self._header(0.0)
            self._row(cells, y, height)
            y += height
            if progress is not None and number % 200 == 0 and not progress(number, len(rows)):
                raise ExportCancelled()
        if progress is not None and not progress(len(rows), len(rows)):
            raise ExportCancelled()
        return pages
