"""Sign-in: pick your name from the list and type your password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sellertrain.ui.widgets import button, name_widget, title_label

if TYPE_CHECKING:
    from sellertrain.core.accounts import Accounts


class SignInScreen(QWidget):
    signed_in = Signal(object)  # Employee

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: Accounts | None = None
        self.employee_list = name_widget(QListWidget(), "signInList", self.tr("Employees"))
        self.employee_list.setMinimumHeight(220)
        self.password_edit = name_widget(QLineEdit(), "signInPassword", self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.returnPressed.connect(self.sign_in)
        self.error_label = QLabel()
        self.error_label.setObjectName("signInError")
        self.error_label.setWordWrap(True)
        self.sign_in_button = button(self.tr("Sign in"), "signInButton", primary=True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.employee_list.itemActivated.connect(lambda _item: self.password_edit.setFocus())

        box = QWidget()
        box.setMaximumWidth(440)
        inner = QVBoxLayout(box)
        inner.addWidget(title_label(self.tr("Sign in to SellerTrain")))
        hint = QLabel(self.tr("Choose your name, then type your password."))
        hint.setObjectName("screenSubtitle")
        inner.addWidget(hint)
        inner.addWidget(self.employee_list)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.error_label)
        inner.addWidget(self.sign_in_button, alignment=Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, alignment=Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def show_for(self, accounts: Accounts) -> None:
        """List the employees who may sign in to ``accounts``."""
        self.accounts = accounts
        self.refresh()

    def refresh(self) -> None:
        """Reload the employee list and clear the form."""
        self.employee_list.clear()
        names = self.accounts.sign_in_list() if self.accounts is not None else []
        for employee in names:
            label = employee.name
            if employee.department:
                label += f"  ·  {employee.department}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, employee.name)
            self.employee_list.addItem(item)
        if self.employee_list.count():
            self.employee_list.setCurrentRow(0)
        self.password_edit.clear()
        self.error_label.clear()

    def select(self, name: str) -> None:
        for row in range(self.employee_list.count()):
            item = self.employee_list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                self.employee_list.setCurrentRow(row)

    def sign_in(self) -> None:
        item: QListWidgetItem | None = self.employee_list.currentItem()
        if item is None or self.accounts is None:
            self.error_label.setText(self.tr("Choose your name in the list first."))
            return
        result = self.accounts.sign_in(
            item.data(Qt.ItemDataRole.UserRole), self.password_edit.text()
        )
        if result.employee is None:
            if result.locked:
                self.error_label.setText(
                    self.tr(
                        "Too many attempts; try again in {n} minute(s). A manager can reset "
                        "your password."
                    ).format(n=result.minutes_left)
                )
                self.password_edit.clear()
            else:
                self.error_label.setText(self.tr("Wrong password for this name. Try again."))
                self.password_edit.selectAll()
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        self.error_label.clear()
        self.signed_in.emit(result.employee)
