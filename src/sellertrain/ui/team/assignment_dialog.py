"""The dialog a manager uses to assign a lesson or a module: to whom, by when, how often.

"By a date": everyone there now is due on it, and someone who joins later gets as many
days from their start date as everyone had. "Within N days": due N days from now, and N
days from joining for later joiners. Either can repeat every so many months.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSpinBox,
    QWidget,
)

from sellertrain.core.models import AccessRole, Course, Employee
from sellertrain.ui.status_text import role_text


@dataclass(frozen=True)
class AssignmentRequest:
    due_date: dt.date
    target_kind: str
    target: str | None
    lesson_id: str | None = None
    module: str | None = None
    lead_days: int | None = None  # days from joining for later joiners (None: as everyone)
    every_months: int | None = None


class AssignmentDialog(QDialog):
    def __init__(
        self,
        course: Course,
        employees: list[Employee],
        parent: QWidget | None = None,
        departments: list[str] | None = None,
    ):
        super().__init__(parent)
        self.departments = departments
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
        # type to filter: with thousands of employees the list alone is unusable
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.target.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.kind.currentIndexChanged.connect(self._fill_targets)
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setObjectName("assignDue")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(QDate.currentDate().addYears(-1))
        self.due_mode = QComboBox()
        self.due_mode.setObjectName("assignDueMode")
        self.due_mode.setAccessibleName(self.tr("How the due date is set"))
        self.due_mode.addItem(self.tr("By a date"), "date")
        self.due_mode.addItem(self.tr("Within a number of days of joining"), "days")
        self.days = QSpinBox()
        self.days.setObjectName("assignDays")
        self.days.setAccessibleName(self.tr("Days to finish"))
        self.days.setRange(1, 365)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.due_mode.currentIndexChanged.connect(self._show_due_mode)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_mode)
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.days, 1)
        self.repeat = QComboBox()
        self.repeat.setObjectName("assignRepeat")
        self.repeat.setAccessibleName(self.tr("Repeat"))
        self.repeat.addItem(self.tr("Once"), None)
        for months in (6, 12, 24):
            self.repeat.addItem(self.tr("Again every {n} months").format(n=months), months)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setObjectName("screenSubtitle")
        # room for the longer of the two rules at any window width (it wraps to 2-3 lines)
        self.rule.setMinimumHeight(self.rule.fontMetrics().lineSpacing() * 3)
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
        form.addRow(self.tr("Due"), due_row)
        form.addRow(self.tr("Repeat"), self.repeat)
        form.addRow(self.rule)
        form.addRow(buttons)
        form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # the wrapped rule fits
        self._fill_targets()
        self._show_due_mode()

    def _show_due_mode(self) -> None:
        by_date = self.due_mode.currentData() == "date"
        self.due.setVisible(by_date)
        self.days.setVisible(not by_date)
        self.rule.setText(
            self.tr(
                "Staff here now are due on this date; someone who joins later gets as many "
                "days from their start date as staff have now."
            )
            if by_date
            else self.tr(
                "Staff here now are due this many days from today; someone who joins later, "
                "this many days from their start date."
            )
        )

    def _fill_targets(self) -> None:
        self.target.clear()
        kind = self.kind.currentData()
        self.target.setEnabled(kind != "everyone")
        if kind == "department":
            departments = self.departments
            if departments is None:
                departments = sorted({e.department for e in self.employees if e.department})
            for department in departments:
                self.target.addItem(department, department)
        elif kind == "role":
            for role in AccessRole:
                self.target.addItem(role_text(role), role.value)
        elif kind == "employee":
            for employee in self.employees:
                self.target.addItem(employee.name, employee.id)

    def request(self) -> AssignmentRequest:
        what, value = self.what.currentData()
        lead_days = None
        if self.due_mode.currentData() == "days":
            lead_days = self.days.value()
            due_date = dt.date.today() + dt.timedelta(days=lead_days)
        else:
            due = self.due.date()
            due_date = dt.date(due.year(), due.month(), due.day())
        target = None
        if self.kind.currentData() != "everyone":
            # what was typed, if it names an entry, else the entry chosen
            typed = self.target.findText(self.target.currentText(), Qt.MatchFlag.MatchFixedString)
            target = self.target.itemData(typed) if typed >= 0 else self.target.currentData()
        return AssignmentRequest(
            due_date=due_date,
            target_kind=self.kind.currentData(),
            target=target,
            lesson_id=value if what == "lesson" else None,
            module=value if what == "module" else None,
            lead_days=lead_days,
            every_months=self.repeat.currentData(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        course: Course,
        employees: list[Employee],
        departments: list[str] | None = None,
    ) -> AssignmentRequest | None:
        """Show the dialog; the request, or None when cancelled (tests replace this)."""
        dialog = cls(course, employees, parent, departments)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
