"""Small building blocks shared by the screens."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QUrl
from PySide6.QtGui import QImageReader, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# Two of Qt's values by number, for the first screens: naming any value through ``Qt`` makes
# PySide6 create all 93 enums of that namespace at once (~15 ms), which start-up avoids.
# tests/ui/test_plain_labels.py and tests/ui/test_sign_in.py check them against the names.
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as typed: a name or title holding ``<img src=...>`` is
    not read as rich text (which would paint a local file)."""
    label = QLabel(parent)
    plain_text(label)
    label.setText(text)
    return label


def plain_text(label: QLabel) -> None:
    """Show ``label``'s text as typed (Qt.TextFormat.PlainText, set by number: see above)."""
    label.setProperty("textFormat", PLAIN_TEXT)


def right_aligned(widget: QWidget) -> QHBoxLayout:
    """A row with ``widget`` at its right end, at its own size (like AlignRight)."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    return row


def title_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A screen's title: plain text, as it shows names and titles from the data."""
    label = plain_label(text, parent)
    label.setObjectName("screenTitle")
    label.setWordWrap(True)
    return label


def centred_page(content: QWidget, width: int, parent: QWidget) -> None:
    """Lay ``content`` out in ``parent``: centred, at most ``width`` wide, scrolling rather
    than squeezing its fields when the window is short (1024x600, or scale 2).

    The content is stretched into its column rather than aligned: an aligned widget gets its
    size hint for one width and is laid out at another, which crushes wrapped labels."""
    content.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    page = QWidget()
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    scroll = QScrollArea()
    scroll.setObjectName("centredPage")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    # see-through: the screen behind is painted (and is what start-up waits to see painted)
    scroll.viewport().setAutoFillBackground(False)
    page.setAutoFillBackground(False)
    outer = QVBoxLayout(parent)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


def button(
    text: str, name: str, primary: bool = False, parent: QWidget | None = None
) -> QPushButton:
    """A push button with a stable objectName and an accessible name."""
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(text.replace("&", ""))
    if primary:
        widget.setProperty("primary", True)
    return widget


AnyWidget = TypeVar("AnyWidget", bound=QWidget)


def name_widget(widget: AnyWidget, name: str, accessible: str) -> AnyWidget:
    """``widget`` with a stable objectName and an accessible name, as its own type."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def format_duration(seconds: int) -> str:
    if seconds < 60:
        return QCoreApplication.translate("Duration", "{n} s").format(n=seconds) if seconds else "–"
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("Duration", "{n} min").format(n=minutes)
    hours = QCoreApplication.translate("Duration", "{h} h {m:02d} min")
    return hours.format(h=minutes // 60, m=minutes % 60)


def readonly_table(
    name: str, accessible: str, headers: list[str], single_selection: bool = False
) -> QTableWidget:
    """A read-only table of rows: whole-row selection, striped, first column stretched."""
    table = name_widget(QTableWidget(0, len(headers)), name, accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class ImageFitter(QObject):
    """Keeps every image of a browser's page no wider than the text: a diagram wider than the
    reader shrinks with it (never grows past its own size) instead of hiding behind a scroll
    bar. A new page and a resize refit by themselves."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self.browser = browser
        self._natural: dict[str, QSize] = {}
        self._fitting = False
        self._again = False
        browser.viewport().installEventFilter(self)
        browser.verticalScrollBar().installEventFilter(self)
        browser.textChanged.connect(self._new_page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the viewport's own resize is not always sent (a scroll bar that comes while the page
        # is shown), so the vertical bar's coming and going refits too
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.fit()
        return False

    def _new_page(self) -> None:
        if not self._fitting:  # not the change fit() itself makes
            self._natural.clear()  # an asset may have been replaced since
            self.fit()

    def available_width(self) -> float:
        document = self.browser.document()
        # a little slack: a line exactly as wide as the page still wraps in QTextLayout
        return max(self.browser.viewport().width() - 2 * document.documentMargin() - 4, 40.0)

    def natural_size(self, name: str) -> QSize:
        """The size an image file has by itself (an SVG's width and height)."""
        if name not in self._natural:
            self._natural[name] = QImageReader(QUrl(name).toLocalFile()).size()
        return self._natural[name]

    def fit(self) -> None:
        """Give every image the width it can have now (its own, or the text's if narrower)."""
        if self._fitting:  # a scroll bar came or went while fitting: fit once more
            self._again = True
            return
        self._fitting = True
        try:
            for _round in range(3):  # the bar that comes may go again: do not loop for ever
                self._again = False
                self._fit()
                if not self._again:
                    break
        finally:
            self._fitting = False

    def _fit(self) -> None:
        document = self.browser.document()
        width = self.available_width()
        changes: list[tuple[int, int, QTextImageFormat]] = []
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                image = fragment.charFormat().toImageFormat()
                natural = self.natural_size(image.name()) if image.isValid() else QSize()
                if natural.isValid() and natural.width() > 0:
                    shown = min(float(natural.width()), width)
                    if abs(image.width() - shown) > 0.5:
                        image.setWidth(shown)
                        image.setHeight(natural.height() * shown / natural.width())
                        changes.append((fragment.position(), fragment.length(), image))
                fragments += 1
            block = block.next()
        for position, length, image in changes:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)
