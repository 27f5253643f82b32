"""The team view's Assignments tab: the trainings assigned, with due dates; assign and remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QTableWidgetItem, QVBoxLayout, QWidget

from sellertrain.core.session import Session, StoreError
from sellertrain.core.timestamps import local_date
from sellertrain.ui import dialogs
from sellertrain.ui.team.assignment_dialog import AssignmentDialog
from sellertrain.ui.translations import error_text
from sellertrain.ui.widgets import button, readonly_table


class AssignmentsTab(QWidget):
    """The assignments table and its buttons; ``changed`` follows an assignment made or removed."""

    changed = Signal()  # the team's due dates changed: its progress should be read again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.assignment_table = readonly_table(
            "assignmentTable",
            self.tr("Assignments"),
            [self.tr("Training"), self.tr("Assigned to"), self.tr("Due"), self.tr("Assigned on")],
        )
        self.new_assignment = button(self.tr("Assign training…"), "assignNew", primary=True)
        self.remove_assignment = button(self.tr("Remove assignment"), "assignRemove")
        self.new_assignment.clicked.connect(self.create_assignment)
        self.remove_assignment.clicked.connect(self.revoke_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_assignment)
        buttons.addWidget(self.new_assignment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.assignment_table, 1)
        layout.addLayout(buttons)

    def show_for(self, session: Session) -> None:
        """List the assignments read through ``session`` (managers only)."""
        self.session = session
        course = session.course
        names = {e.id: e.name for e in session.employees(include_inactive=True)}
        assignments = session.assignments()
        self.assignment_table.setRowCount(len(assignments))
        for row, assignment in enumerate(assignments):
            if assignment.lesson_id:
                lesson = course.lessons.get(assignment.lesson_id)
                training = lesson.title if lesson else assignment.lesson_id
            else:
                training = self.tr("Module: {title}").format(title=assignment.module)
            target = {
                "everyone": self.tr("Everyone"),
                "employee": names.get(assignment.target or "", assignment.target or ""),
            }.get(assignment.target_kind, f"{assignment.target_kind}: {assignment.target}")
            due = assignment.due_date
            if assignment.lead_days is not None:
                due = self.tr("{date} (joiners: {n} days)").format(date=due, n=assignment.lead_days)
            if assignment.every_months:
                due += self.tr(", again every {n} months").format(n=assignment.every_months)
            cells = [training, target, due, local_date(assignment.created_at)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, assignment.id)
                self.assignment_table.setItem(row, column, item)

    def refresh(self) -> None:
        """List the assignments again from the session last shown."""
        if self.session is not None:
            self.show_for(self.session)

    def create_assignment(self) -> None:
        """Ask what to assign to whom, by when; record it."""
        if self.session is None:
            return
        session = self.session
        request = AssignmentDialog.ask(
            self, session.course, session.employees(), session.departments()
        )
        if request is None:
            return
        try:
            session.assign(
                request.due_date,
                request.target_kind,
                request.target,
                request.lesson_id,
                request.module,
                request.lead_days,
                request.every_months,
            )
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Assignment not made"), error_text(exc))
            return
        self.changed.emit()

    def revoke_selected(self) -> None:
        """Remove the selected assignment, once the manager confirms."""
        if self.session is None:
            return
        row = self.assignment_table.currentRow()
        item = self.assignment_table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        if dialogs.ask_yes_no(
            self,
            self.tr("Remove assignment?"),
            self.tr("Remove the assignment of '{what}'? Records already made are kept.").format(
                what=item.text()
            ),
        ):
            self.session.revoke(item.data(Qt.ItemDataRole.UserRole))
            self.changed.emit()
