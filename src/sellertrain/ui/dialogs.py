"""Small modal questions, behind functions that tests can replace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from sellertrain.core.passwords import MIN_PASSWORD_LENGTH, password_problem
from sellertrain.ui.widgets import plain_text


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


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


def ask_date(parent: QWidget | None, title: str, label: str, current: dt.date) -> dt.date | None:
    """Ask for a date (calendar pop-up); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QDateEdit(QDate(current.year, current.month, current.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(label)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    form.addRow(label, edit)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


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


def pick_save_file(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str
) -> Path | None:
    """Pick where to save a file (e.g. a certificate PDF); None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_unexpected_error(parent: QWidget | None, text: str) -> None:
    """The box for an error nobody expected (see app.py's excepthook)."""
    QMessageBox.critical(
        parent, QCoreApplication.translate("SellerTrain", "SellerTrain: something went wrong"), text
    )


def ask_database_problem(parent: QWidget | None, problem: str) -> str:
    """The database cannot be used: ``"choose"`` another file, start a ``"new"`` one, or ``"quit"``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("SellerTrain", "SellerTrain cannot open its database")
    )
    box.setText(problem)
    box.setInformativeText(
        QCoreApplication.translate(
            "SellerTrain",
            "The file was not changed. Open another SellerTrain database (for example a "
            "backup), start a new empty one, or quit.",
        )
    )
    choose = box.addButton(
        QCoreApplication.translate("SellerTrain", "Choose another file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new = box.addButton(
        QCoreApplication.translate("SellerTrain", "Start a new database…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("SellerTrain", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(choose)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is choose:
        return "choose"
    if clicked is new:
        return "new"
    return "quit"


def pick_database_file(parent: QWidget | None, folder: Path) -> Path | None:
    """Pick an existing database file; None when cancelled."""
    return pick_file(
        parent,
        QCoreApplication.translate("SellerTrain", "Open a SellerTrain database"),
        folder,
        QCoreApplication.translate(
            "SellerTrain", "SellerTrain databases (*.db *.sqlite *.bak);;All files (*)"
        ),
    )


def pick_new_database_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Pick a name for a new database file; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SellerTrain", "Start a new SellerTrain database"),
        str(suggested),
        QCoreApplication.translate("SellerTrain", "Databases (*.db)"),
    )
    return Path(name) if name else None


class NewPasswordDialog(QDialog):
    """Type a new password twice; the dialog refuses short or different passwords."""

    def __init__(self, parent: QWidget | None, name: str, own: bool = False) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("newPasswordDialog")
        self.setWindowTitle(self.tr("New password for {name}").format(name=name))
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit, object_name, label in (
            (self.first, "newPassword", self.tr("New password")),
            (self.second, "newPasswordRepeat", self.tr("Repeat the new password")),
        ):
            edit.setObjectName(object_name)
            edit.setAccessibleName(label)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("newPasswordProblem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        intro = (
            self.tr(
                "You signed in with a one-time password. Choose your own password now: at "
                "least {n} characters; a few unrelated words make a good one."
            ).format(n=MIN_PASSWORD_LENGTH)
            if own
            else self.tr(
                "{name} signs in once with this password and then chooses their own; a "
                "wait after wrong passwords ends. Tell them the password in person."
            ).format(name=name)
        )
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        plain_text(intro_label)
        form.addRow(intro_label)
        form.addRow(self.tr("New password"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        form.addRow(self.problem)
        form.addRow(buttons)

    def check(self) -> str | None:
        """Why the typed passwords cannot be used, or None."""
        if len(self.first.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("The password needs at least {n} characters.").format(
                n=MIN_PASSWORD_LENGTH
            )
        if self.first.text() != self.second.text():
            return self.tr("The two passwords differ.")
        if password_problem(self.first.text(), self.name) is not None:
            return self.tr(
                "This password is one of the first anyone would guess; choose a less common one."
            )
        return None

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, own: bool = False) -> str | None:
        """The new password, or None when cancelled (``own``: the signed-in person's)."""
        dialog = cls(parent, name, own)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.first.text() if accepted else None


def ask_new_password(parent: QWidget | None, name: str) -> str | None:
    """Ask a manager for an employee's new password (typed twice); None when cancelled."""
    return NewPasswordDialog.ask(parent, name)
