"""Sign-in: find your name in the list (type to search) and type your password.

Nobody is chosen until you pick a name, except the last person to sign in on this computer:
a careless Enter must not spend a colleague's password attempts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.ui import this_computer
from sellertrain.ui.translations import error_text
from sellertrain.ui.widgets import (
    USER_ROLE,
    button,
    centred_page,
    name_widget,
    right_aligned,
    title_label,
)

NAME_ROLE, ID_ROLE = USER_ROLE, USER_ROLE + 1  # an item's name and id (see widgets)

if TYPE_CHECKING:
    from sellertrain.core.accounts import Accounts
    from sellertrain.core.models import Employee


class SignInScreen(QWidget):
    signed_in = Signal(object)  # Employee

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: Accounts | None = None
        self.search_edit = name_widget(QLineEdit(), "signInSearch", self.tr("Find your name"))
        self.search_edit.setPlaceholderText(self.tr("Type to find your name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.filter_names)
        self.search_edit.returnPressed.connect(self._search_entered)
        self.search_edit.installEventFilter(self)
        self.employee_list = name_widget(QListWidget(), "signInList", self.tr("Employees"))
        self.employee_list.setMinimumHeight(160)
        self.employee_list.setUniformItemSizes(True)  # 10,000 names lay out at once
        self.employee_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.no_match_label = QLabel(self.tr("No name matches. Check the spelling."))
        self.no_match_label.setObjectName("signInNoMatch")
        self.no_match_label.setVisible(False)
        self.password_edit = name_widget(QLineEdit(), "signInPassword", self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.returnPressed.connect(self.sign_in)
        self.error_label = QLabel()
        self.error_label.setObjectName("signInError")
        self.error_label.setWordWrap(True)
        self.sign_in_button = button(self.tr("Sign in"), "signInButton", primary=True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.employee_list.itemActivated.connect(self._name_activated)
        # after failed tries in a row the next one waits (the back-off): count it down
        self.wait_left = 0
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self.tick_wait)

        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(title_label(self.tr("Sign in to SellerTrain")))
        hint = QLabel(self.tr("Choose your name, then type your password."))
        hint.setObjectName("screenSubtitle")
        hint.setWordWrap(True)
        inner.addWidget(hint)
        inner.addWidget(self.search_edit)
        inner.addWidget(self.employee_list, 1)
        inner.addWidget(self.no_match_label)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.error_label)
        inner.addLayout(right_aligned(self.sign_in_button))
        centred_page(box, 440, self)

    def show_for(self, accounts: Accounts) -> None:
        """List the employees who may sign in to ``accounts``."""
        self.accounts = accounts
        self.refresh()

    def refresh(self) -> None:
        """Reload the employee list and clear the form; choose the last one signed in here."""
        self.employee_list.clear()
        self.search_edit.clear()
        names = self.accounts.sign_in_list() if self.accounts is not None else []
        last = this_computer.last_signed_in()
        chosen: QListWidgetItem | None = None
        for employee in names:
            label = employee.name
            if employee.department:
                label += f"  ·  {employee.department}"
            item = QListWidgetItem(label)
            item.setData(NAME_ROLE, employee.name)
            item.setData(ID_ROLE, employee.id)
            self.employee_list.addItem(item)
            if employee.id == last:
                chosen = item
        self.employee_list.clearSelection()
        if chosen is not None:
            self.employee_list.setCurrentItem(chosen)
            self.employee_list.scrollToItem(chosen)
            self.password_edit.setFocus()
        else:
            self.employee_list.setCurrentRow(-1)
            self.search_edit.setFocus()
        self.password_edit.clear()
        self.wait_timer.stop()
        self.error_label.clear()

    def chosen(self) -> QListWidgetItem | None:
        """The name picked in the list (selected and shown), or None."""
        selected = self.employee_list.selectedItems()
        return selected[0] if selected and not selected[0].isHidden() else None

    def select(self, name: str) -> None:
        for row in range(self.employee_list.count()):
            item = self.employee_list.item(row)
            if item is not None and item.data(NAME_ROLE) == name:
                self.employee_list.setCurrentRow(row)

    def filter_names(self, text: str) -> None:
        """Show only the names containing ``text`` (any case); one left is chosen."""
        words = text.casefold().split()
        shown: list[QListWidgetItem] = []
        self.employee_list.setUpdatesEnabled(False)
        for row in range(self.employee_list.count()):
            item = self.employee_list.item(row)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            if not hidden:
                shown.append(item)
        self.employee_list.setUpdatesEnabled(True)
        self.no_match_label.setVisible(bool(words) and not shown)
        current = self.chosen()
        if len(shown) == 1:
            self.employee_list.setCurrentItem(shown[0])
        elif current is None:
            self.employee_list.clearSelection()
        elif words:
            self.employee_list.scrollToItem(current)

    def _name_activated(self, item: QListWidgetItem) -> None:
        """Enter (or a double-click) on a name chooses it, even one only focused, not selected."""
        item.setSelected(True)
        self.employee_list.setCurrentItem(item)
        self.password_edit.setFocus()

    def _search_entered(self) -> None:
        if self.chosen() is not None:
            self.password_edit.setFocus()
        else:
            self._move_into_list()

    def _move_into_list(self) -> None:
        """Down from the search field: the first name shown, ready for the arrow keys."""
        for row in range(self.employee_list.count()):
            item = self.employee_list.item(row)
            if item is not None and not item.isHidden():
                if self.chosen() is None:
                    self.employee_list.setCurrentItem(item)
                self.employee_list.setFocus()
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == QtCore.Qt.Key.Key_Down
        ):
            self._move_into_list()
            return True
        return super().eventFilter(watched, event)

    def sign_in(self) -> None:
        item = self.chosen()
        if item is None or self.accounts is None:
            self.error_label.setText(self.tr("Choose your name in the list first."))
            return
        self.wait_timer.stop()
        result = self.accounts.sign_in(item.data(NAME_ROLE), self.password_edit.text())
        if result.employee is None:
            if result.retry_after is not None:
                self.wait_left = result.retry_after
                self.wait_timer.start()
                self._show_wait()
                self.password_edit.clear()
            else:
                self.error_label.setText(self.tr("Wrong password for this name. Try again."))
                self.password_edit.selectAll()
            self.password_edit.setFocus()
            return
        if result.must_change_password and not self._choose_own_password(result.employee):
            return
        self.password_edit.clear()
        self.error_label.clear()
        this_computer.remember_signed_in(result.employee.id)
        self.signed_in.emit(result.employee)

    def _show_wait(self) -> None:
        self.error_label.setText(
            self.tr(
                "Wrong password several times in a row. Try again in {n} s (a manager can "
                "let you try at once)."
            ).format(n=self.wait_left)
        )

    def tick_wait(self) -> None:
        """One second of the wait gone: show what is left, then that the wait is over."""
        self.wait_left = max(0, self.wait_left - 1)
        if self.wait_left > 0:
            self._show_wait()
            return
        self.wait_timer.stop()
        self.error_label.setText(self.tr("You can try again now."))

    def _choose_own_password(self, employee: Employee) -> bool:
        """After a manager's reset: the employee replaces the one-time password, or stays out."""
        from sellertrain.core.accounts import StoreError
        from sellertrain.ui.dialogs import NewPasswordDialog

        assert self.accounts is not None
        new = NewPasswordDialog.ask(self, employee.name, own=True)
        if new is None:
            self.error_label.setText(
                self.tr("Choose your own password to sign in: the one you typed works once.")
            )
            self.password_edit.clear()
            return False
        try:
            self.accounts.change_password(employee, self.password_edit.text(), new)
        except StoreError as exc:
            self.error_label.setText(error_text(exc))
            return False
        return True
