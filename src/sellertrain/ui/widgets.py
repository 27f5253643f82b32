"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget


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


def name_widget(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def format_duration(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} s" if seconds else "–"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"
