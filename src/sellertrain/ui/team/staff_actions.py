"""The team table's staff actions: add an employee, import a CSV, and act on the selected
rows (assign training, deactivate), plus bringing back deactivated staff.

Every change goes through the Session, which enforces who may do what (a department
manager only within their departments); a refusal is shown, never a traceback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from sellertrain.core.models import AccessRole, Employee
from sellertrain.core.session import AccessDenied, Session, StoreError
from sellertrain.ui import dialogs
from sellertrain.ui.team.assignment_dialog import AssignmentDialog
from sellertrain.ui.team.employee_dialog import AddEmployeeDialog
from sellertrain.ui.team.import_dialog import ImportPreviewDialog
from sellertrain.ui.translations import current, error_text
from sellertrain.ui.widgets import button


class StaffActions(QWidget):
    """A row of buttons; ``changed`` after any change to the staff or their training."""

    changed = Signal()

    def __init__(
        self, selected: Callable[[], list[Employee]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._selected = selected
        self.add_button = button(self.tr("Add employee…"), "staffAdd")
        self.import_button = button(self.tr("Import CSV…"), "staffImport")
        self.assign_button = button(self.tr("Assign to selected…"), "staffAssignSelected")
        self.extend_button = button(self.tr("Extend due date…"), "staffExtend")
        self.extend_button.setToolTip(
            self.tr("Give the selected people until a later date for one of their lessons")
        )
        self.extend_button.clicked.connect(self.extend_selected)
        self.deactivate_button = button(self.tr("Deactivate"), "staffDeactivate")
        self.reactivate_button = button(self.tr("Deactivated staff…"), "staffReactivate")
        self.deactivate_button.setToolTip(
            self.tr("They can no longer sign in and leave the counts; every record is kept")
        )
        self.add_button.clicked.connect(self.add_employee)
        self.import_button.clicked.connect(self.import_csv)
        self.assign_button.clicked.connect(self.assign_selected)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reactivate_button.clicked.connect(self.reactivate)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.add_button,
            self.import_button,
            self.assign_button,
            self.extend_button,
            self.deactivate_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.reactivate_button)

    def show_for(self, session: Session) -> None:
        self.session = session

    def _run(self, title: str, change: Callable[[Session], object]) -> bool:
        """Make a change through the session; show why not when refused."""
        if self.session is None:
            return False
        try:
            change(self.session)
        except (AccessDenied, StoreError, OSError) as exc:
            dialogs.show_error(self, title, error_text(exc))
            return False
        self.changed.emit()
        return True

    def add_employee(self) -> None:
        session = self.session
        if session is None:
            return
        roles = [AccessRole.LEARNER, AccessRole.AUTHOR]
        if session.departments_managed is None:
            roles.append(AccessRole.MANAGER)
        new = AddEmployeeDialog.ask(self, session.departments(), roles)
        if new is None:
            return
        self._run(
            self.tr("Employee not added"),
            lambda s: s.add_employee(new.name, new.role, new.password, new.department, new.joined),
        )

    def import_csv(self) -> None:
        session = self.session
        if session is None:
            return
        path = dialogs.pick_file(
            self, self.tr("Import employees"), Path.home(), self.tr("CSV files (*.csv)")
        )
        if path is None:
            return
        checked = session.check_import(path)
        if not ImportPreviewDialog.confirm(self, path, checked):
            return
        self._run(self.tr("Nothing imported"), lambda s: self._import(s, path))

    @staticmethod
    def _import(session: Session, path: Path) -> None:
        result = session.import_employees(path)
        if result.problems:  # the file changed since the preview
            raise StoreError("; ".join(p.text(current()) for p in result.problems[:3]))

    def assign_selected(self) -> None:
        session, people = self.session, self._selected()
        if session is None:
            return
        if not people:
            dialogs.show_info(self, self.tr("Assign training"), self.tr("Select employees first."))
            return
        request = AssignmentDialog.ask(self, session.course, people, session.departments())
        if request is None:
            return

        def assign(s: Session) -> None:
            for person in people:
                s.assign(
                    request.due_date,
                    "employee",
                    person.id,
                    request.lesson_id,
                    request.module,
                    request.lead_days,
                    request.every_months,
                )

        self._run(self.tr("Assignment not made"), assign)

    def extend_selected(self) -> None:
        """Ask which of the selected people's dated lessons, and until when; extend it."""
        session, people = self.session, self._selected()
        if session is None:
            return
        if not people:
            dialogs.show_info(self, self.tr("Extend due date"), self.tr("Select employees first."))
            return
        dated: dict[str, dt.date] = {}  # lesson id -> the latest due date among them
        for person in people:
            for item in session.progress(person.id).standing.items:
                if item.due is not None and item.state != "done":
                    dated[item.lesson_id] = max(dated.get(item.lesson_id, item.due), item.due)
        if not dated:
            dialogs.show_info(
                self, self.tr("Extend due date"), self.tr("Nothing they must do has a due date.")
            )
            return
        titles = {session.course.lessons[i].title: i for i in dated}
        title = dialogs.ask_choice(
            self, self.tr("Extend due date"), self.tr("Which lesson?"), sorted(titles)
        )
        if title is None or title not in titles:
            return
        lesson_id = titles[title]
        start = max(dated[lesson_id], dt.date.today()) + dt.timedelta(days=7)
        until = dialogs.ask_date(self, self.tr("Extend due date"), self.tr("Due by"), start)
        if until is None:
            return
        self._run(
            self.tr("Not extended"),
            lambda s: s.extend_due([p.id for p in people], lesson_id, until),
        )

    def deactivate_selected(self) -> None:
        people = self._selected()
        if self.session is None or not people:
            return
        names = ", ".join(p.name for p in people[:5]) + ("…" if len(people) > 5 else "")
        if not dialogs.ask_yes_no(
            self,
            self.tr("Deactivate?"),
            self.tr(
                "Deactivate {names}? They can no longer sign in and leave the team's counts; "
                "every record they made is kept, and you can reactivate them later."
            ).format(names=names),
        ):
            return
        self._run(
            self.tr("Not deactivated"),
            lambda s: [s.set_active(p.id, False) for p in people],
        )

    def reactivate(self) -> None:
        session = self.session
        if session is None:
            return
        inactive = [e for e in session.employees(include_inactive=True) if not e.active]
        if not inactive:
            dialogs.show_info(self, self.tr("Deactivated staff"), self.tr("Nobody is deactivated."))
            return
        by_name = {e.name: e for e in inactive}
        name = dialogs.ask_choice(
            self, self.tr("Reactivate"), self.tr("Reactivate who?"), sorted(by_name)
        )
        if name is None or name not in by_name:
            return
        self._run(self.tr("Not reactivated"), lambda s: s.set_active(by_name[name].id, True))
