"""Small building blocks shared by the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Two of Qt's values by number, for the first screens: naming any value through ``Qt`` makes
# PySide6 create all 93 enums of that namespace at once (~15 ms), which start-up avoids.
# tests/ui/test_start_up.py checks them against the names.
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget


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
    from PySide6.QtWidgets import QHeaderView, QTableWidget  # not for the first screen

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
