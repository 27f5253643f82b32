"""The dialog a manager uses to assign a lesson or a module, with a due date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from sellertrain.core.models import AccessRole, Course, Employee


@dataclass(frozen=True)
class AssignmentRequest:
    due_date: dt.date
    target_kind: str
    target: str | None
    lesson_id: str | None = None
    module: str | None = None


class AssignmentDialog(QDialog):
    def __init__(self, course: Course, employees: list[Employee], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign training"))
        self.setObjectName("assignmentDialog")
        self.course = course
        self.employees = employees
        self.what = QComboBox()
        self.what.setObjectName("assignWhat")
        self.what.setAccessibleName(self.tr("Lesson or module to assign"))
        for module in course.modules:
            self.what.addItem(
                self.tr("Module: {title}").format(title=module.title), ("module", module.title)
            )
            for lesson in module.lessons:
                self.what.addItem(f"    {lesson.title}", ("lesson", lesson.id))
        self.kind = QComboBox()
        self.kind.setObjectName("assignTargetKind")
        self.kind.setAccessibleName(self.tr("Assign to"))
        for label, value in (
            (self.tr("Everyone"), "everyone"),
            (self.tr("A department"), "department"),
            (self.tr("A role"), "role"),
            (self.tr("One employee"), "employee"),
        ):
            self.kind.addItem(label, value)
        self.target = QComboBox()
        self.target.setObjectName("assignTarget")
        self.target.setAccessibleName(self.tr("Who"))
        self.kind.currentIndexChanged.connect(self._fill_targets)
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setObjectName("assignDue")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Assigned training appears as required, with its due date.")))
        form.addRow(self.tr("Training"), self.what)
        form.addRow(self.tr("Assign to"), self.kind)
        form.addRow(self.tr("Who"), self.target)
        form.addRow(self.tr("Due date"), self.due)
        form.addRow(buttons)
        self._fill_targets()

    def _fill_targets(self) -> None:
        self.target.clear()
        kind = self.kind.currentData()
        self.target.setEnabled(kind != "everyone")
        if kind == "department":
            departments = sorted({e.department for e in self.employees if e.department})
            for department in departments:
                self.target.addItem(department, department)
        elif kind == "role":
            for role in AccessRole:
                self.target.addItem(role.value, role.value)
        elif kind == "employee":
            for employee in self.employees:
                self.target.addItem(employee.name, employee.id)

    def request(self) -> AssignmentRequest:
        what, value = self.what.currentData()
        due = self.due.date()
        return AssignmentRequest(
            due_date=dt.date(due.year(), due.month(), due.day()),
            target_kind=self.kind.currentData(),
            target=self.target.currentData() if self.kind.currentData() != "everyone" else None,
            lesson_id=value if what == "lesson" else None,
            module=value if what == "module" else None,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, course: Course, employees: list[Employee]
    ) -> AssignmentRequest | None:
        """Show the dialog; the request, or None when cancelled (tests replace this)."""
        dialog = cls(course, employees, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
