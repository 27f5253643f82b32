"""Small building blocks shared by the screens."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)


def title_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("screenTitle")
    label.setWordWrap(True)
    return label


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
        return f"{seconds} s" if seconds else "–"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


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
