"""Small pieces shared by the author studio's modules: translation, plurals, names, captions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

# the studio's strings were all translated as AuthorScreen's; its helper modules keep that context
CONTEXT = "AuthorScreen"
FLAG = "⚑"


def plural(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` with ``{n}`` filled in (both translated)."""
    return one if count == 1 else many.replace("{n}", str(count))


def questions_text(count: int) -> str:
    """A count of questions: "1 question" or "{n} questions"."""
    # plurals by choosing a literal: pyside6-lupdate marks %n plurals only in self.tr()
    return plural(
        count,
        QCoreApplication.translate("AuthorScreen", "1 question"),
        QCoreApplication.translate("AuthorScreen", "{n} questions"),
    )


def relative(root: Path, path: Path) -> str:
    """``path`` relative to the content folder ``root`` (as is if it lies outside)."""
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def caption(text: str) -> QLabel:
    """A bold heading above one of the studio's panes."""
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; color: #374151;")
    return label
