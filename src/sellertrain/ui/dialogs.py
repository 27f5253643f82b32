"""Small modal questions, behind functions that tests can replace."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def tr(text: str) -> str:
    """Translate a string outside a QObject (context 'SellerTrain')."""
    return QCoreApplication.translate("SellerTrain", text)


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """Ask what to do with unsaved changes: ``"save"``, ``"discard"`` or ``"cancel"``."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.warning(parent, title, text, buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; None when cancelled or left empty."""
    value, accepted = QInputDialog.getText(parent, title, label, text=text)
    return (value.strip() or None) if accepted else None


def ask_choice(
    parent: QWidget | None,
    title: str,
    label: str,
    items: Sequence[str],
    current: str = "",
    editable: bool = False,
) -> str | None:
    """Ask to pick one of ``items`` (or, if ``editable``, type another); None when cancelled."""
    index = list(items).index(current) if current in items else 0
    value, accepted = QInputDialog.getItem(parent, title, label, list(items), index, editable)
    return (value.strip() or None) if accepted else None


def pick_file(parent: QWidget | None, title: str, folder: Path, file_filter: str) -> Path | None:
    """Pick an existing file; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return Path(name) if name else None
