"""The dialogs a manager adds an employee with and edits one with.

They only gather what was typed; the Session checks it (names, passwords, departments, who
may make managers) and the caller shows its refusal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from sellertrain.core.models import AccessRole, Employee
from sellertrain.core.passwords import MIN_PASSWORD_LENGTH
from sellertrain.ui.widgets import name_widget


@dataclass(frozen=True)
class NewEmployee:
    name: str
    role: AccessRole
    department: str | None
    joined: dt.date
    password: str


@dataclass(frozen=True)
class EmployeeChanges:
    department: str | None
    role: AccessRole
    joined: dt.date
    manages: tuple[str, ...]  # () for a company manager (or not a manager)


def _date(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def _date_edit(name: str, label: str, day: dt.date) -> QDateEdit:
    edit = name_widget(QDateEdit(QDate(day.year, day.month, day.day)), name, label)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class _Fields(QDialog):
    """Department and role pickers shared by both dialogs."""

    def _pickers(self, departments: list[str], roles: list[AccessRole]) -> None:
        self.department = name_widget(QComboBox(), "employeeDepartment", self.tr("Department"))
        self.department.addItem(self.tr("(no department)"), None)
        for name in departments:
            self.department.addItem(name, name)
        self.role = name_widget(QComboBox(), "employeeRole", self.tr("Role"))
        labels = {
            AccessRole.LEARNER: self.tr("Learner"),
            AccessRole.AUTHOR: self.tr("Author (writes lessons and quizzes)"),
            AccessRole.MANAGER: self.tr("Manager"),
        }
        for role in roles:
            self.role.addItem(labels[role], role.value)


class AddEmployeeDialog(_Fields):
    def __init__(
        self, departments: list[str], roles: list[AccessRole], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add employee"))
        self.setObjectName("addEmployeeDialog")
        self.name = name_widget(QLineEdit(), "employeeName", self.tr("Full name"))
        self._pickers(departments, roles)
        self.joined = _date_edit("employeeJoined", self.tr("Start date"), dt.date.today())
        self.password = name_widget(QLineEdit(), "employeePassword", self.tr("First password"))
        self.repeat = name_widget(QLineEdit(), "employeeRepeat", self.tr("Repeat it"))
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("employeeProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Start date"), self.joined)
        form.addRow(self.tr("First password"), self.password)
        form.addRow(self.tr("Repeat it"), self.repeat)
        form.addRow(self.problem)
        form.addRow(_buttons(self))
        form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def check(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Type the employee's full name.")
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("The password needs at least {n} characters.").format(
                n=MIN_PASSWORD_LENGTH
            )
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return None

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            return
        super().accept()

    def request(self) -> NewEmployee:
        return NewEmployee(
            " ".join(self.name.text().split()),
            AccessRole(self.role.currentData()),
            self.department.currentData(),
            _date(self.joined),
            self.password.text(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, departments: list[str], roles: list[AccessRole]
    ) -> NewEmployee | None:
        """The new employee typed, or None when cancelled (tests replace this)."""
        dialog = cls(departments, roles, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


class EditEmployeeDialog(_Fields):
    """Department, start date; for company managers also role and departments managed."""

    def __init__(
        self,
        employee: Employee,
        departments: list[str],
        company_manager: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit {name}").format(name=employee.name))
        self.setObjectName("editEmployeeDialog")
        roles = list(AccessRole) if company_manager else [employee.role]
        self._pickers(departments, roles)
        self.department.setCurrentIndex(max(0, self.department.findData(employee.department)))
        self.role.setCurrentIndex(max(0, self.role.findData(employee.role.value)))
        self.role.setEnabled(company_manager)
        joined = dt.date.fromisoformat(employee.joined) if employee.joined else dt.date.today()
        self.joined = _date_edit("employeeJoined", self.tr("Start date"), joined)
        self.limited = name_widget(
            QCheckBox(self.tr("Manages only these departments:")),
            "employeeLimited",
            self.tr("Manages only some departments"),
        )
        self.manages = name_widget(QListWidget(), "employeeManages", self.tr("Departments"))
        for name in departments:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name in employee.manages
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.manages.addItem(item)
        self.manages.setMaximumHeight(140)
        self.limited.setChecked(bool(employee.manages))
        self.limited.toggled.connect(self._show_manages)
        self.role.currentIndexChanged.connect(self._show_manages)
        self._company_manager = company_manager
        form = QFormLayout(self)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Start date"), self.joined)
        form.addRow(self.limited)
        form.addRow(self.manages)
        form.addRow(_buttons(self))
        form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._show_manages()

    def _role(self) -> AccessRole:
        return AccessRole(self.role.currentData())  # Qt hands the enum back as a plain str

    def _show_manages(self) -> None:
        manager = self._role() is AccessRole.MANAGER and self._company_manager
        self.limited.setVisible(manager)
        self.manages.setVisible(manager and self.limited.isChecked())

    def request(self) -> EmployeeChanges:
        role = self._role()
        manages: tuple[str, ...] = ()
        if role is AccessRole.MANAGER and self.limited.isChecked():
            manages = tuple(
                item.text()
                for item in (self.manages.item(i) for i in range(self.manages.count()))
                if item is not None and item.checkState() == Qt.CheckState.Checked
            )
        return EmployeeChanges(self.department.currentData(), role, _date(self.joined), manages)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        employee: Employee,
        departments: list[str],
        company_manager: bool,
    ) -> EmployeeChanges | None:
        """The changes chosen, or None when cancelled (tests replace this)."""
        dialog = cls(employee, departments, company_manager, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
