"""First run: the database has no employees yet, so create the first manager account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from sellertrain.core.accounts import StoreError
from sellertrain.core.models import Employee
from sellertrain.core.passwords import MIN_PASSWORD_LENGTH, password_problem
from sellertrain.ui import this_computer
from sellertrain.ui.translations import error_text
from sellertrain.ui.widgets import button, centred_page, name_widget, right_aligned, title_label

if TYPE_CHECKING:
    from sellertrain.core.accounts import Accounts


class FirstRunScreen(QWidget):
    """Asks for the first manager's name and password."""

    account_created = Signal(object)  # Employee

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: Accounts | None = None
        self.name_edit = name_widget(QLineEdit(), "firstRunName", self.tr("Your name"))
        self.department_edit = name_widget(QLineEdit(), "firstRunDepartment", self.tr("Department"))
        self.department_edit.setText("management")
        self.password_edit = name_widget(QLineEdit(), "firstRunPassword", self.tr("Password"))
        self.repeat_edit = name_widget(QLineEdit(), "firstRunRepeat", self.tr("Repeat password"))
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("firstRunError")
        self.error_label.setWordWrap(True)
        self.create_button = button(
            self.tr("Create manager account"), "firstRunCreate", primary=True
        )
        self.create_button.clicked.connect(self.create_account)
        self.repeat_edit.returnPressed.connect(self.create_account)

        form = QFormLayout()
        # every field at its full height, and labels above the fields when the form is narrow
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Department"), self.department_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Repeat password"), self.repeat_edit)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(title_label(self.tr("Welcome to SellerTrain")))
        intro = QLabel(
            self.tr(
                "There are no accounts yet. Create the first manager account: the manager "
                "adds staff, assigns training and sees everyone's progress."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("screenSubtitle")
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        inner.addLayout(right_aligned(self.create_button))
        centred_page(box, 480, self)

    def show_for(self, accounts: Accounts) -> None:
        """Create the first manager of ``accounts`` (a database with no one on it yet)."""
        self.accounts = accounts

    def _problem(self) -> str | None:
        """What is wrong with the name or the password typed, translated; None when nothing."""
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        if not name:
            return self.tr("Type your name.")
        if len(password) < MIN_PASSWORD_LENGTH:
            text = self.tr("The password needs at least {n} characters.")
            return text.format(n=MIN_PASSWORD_LENGTH)
        if password_problem(password, name) is not None:
            return self.tr(
                "This password is one of the first anyone would guess; choose a less common one."
            )
        return None

    def create_account(self) -> None:
        if self.accounts is None:
            return
        if self.password_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("The two passwords differ. Type them again."))
            return
        problem = self._problem()
        if problem is not None:  # said here in the screen's language; the core says it in English
            self.error_label.setText(problem)
            return
        try:
            employee: Employee = self.accounts.create_first_manager(
                self.name_edit.text(), self.password_edit.text(), self.department_edit.text()
            )
        except StoreError as exc:
            self.error_label.setText(error_text(exc).capitalize())
            return
        self.error_label.clear()
        this_computer.remember_signed_in(employee.id)
        self.account_created.emit(employee)
