"""A manager's Session on the staff: adding and importing employees, changing their
department, role, start date and the departments a manager manages, (de)activating them,
resetting passwords, and the department list.

A department manager acts only on the people of their departments, and only a company
manager changes roles, who manages what, or the department list.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from sellertrain.core.interchange.employees_csv import (
    CsvCheck,
    ImportResult,
    check_employees_csv,
    import_employees,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import AccessRole, Employee
from sellertrain.core.session.access import AccessDenied, SessionBase
from sellertrain.core.store import StoreError

log = logging.getLogger(__name__)

EmployeeRow = tuple[str, AccessRole | str, str, str | None]


class StaffManagement(SessionBase):
    """Changes to the staff, for managers."""

    def _require_department(self, department: str | None) -> None:
        if not self._reaches_department(department):
            raise AccessDenied(
                QT_TRANSLATE_NOOP("Access", "you manage only the employees of your departments")
            )

    def add_employee(
        self,
        name: str,
        role: AccessRole | str,
        password: str,
        department: str | None = None,
        joined: dt.date | None = None,
    ) -> Employee:
        self._require_manager(QT_TRANSLATE_NOOP("Access", "add employees"))
        self._require_department(department)
        self._require_role_change(role)
        employee = self._store.add_employee(name, role, password, department, self.employee.id)
        if joined is not None:
            employee = self._store.set_joined(employee.id, joined.isoformat(), self.employee.id)
        self._changed()
        return employee

    def add_employees(self, rows: Sequence[EmployeeRow], source: str) -> list[Employee]:
        """Add several employees at once (e.g. a CSV import): all of them, or none."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "add employees"))
        for _name, role, _password, department in rows:
            self._require_department(department)
            self._require_role_change(role)
        added = self._store.add_employees(rows, self.employee.id, source)
        self._changed()
        return added

    def _row_check(self, row: EmployeeRow) -> str | None:
        """What this manager may not do with one row of an import (None: nothing)."""
        name, role, _password, department = row
        if not self._reaches_department(department):
            return QT_TRANSLATE_NOOP(
                "Access", "{name}: you manage only the employees of your departments"
            ).format(name=name)
        if self.departments_managed is not None and str(role) == AccessRole.MANAGER.value:
            return QT_TRANSLATE_NOOP(
                "Access", "{name}: only company managers may add managers"
            ).format(name=name)
        return None

    def check_import(self, path: Path) -> CsvCheck:
        """Every problem of an employees CSV by line, nothing written (for a preview)."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "add employees"))
        return check_employees_csv(self._store, path, row_check=self._row_check)

    def import_employees(
        self,
        path: Path,
        progress: Callable[[int, int], None] | None = None,
        create_departments: bool = False,
    ) -> ImportResult:
        """Check a CSV file and add everyone in it, or nobody (problems by line);
        ``create_departments`` (company managers) adds departments not on the list yet."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "add employees"))
        if create_departments:
            self._require_company_manager(QT_TRANSLATE_NOOP("Access", "add departments"))
        result = import_employees(
            self._store, path, self.employee.id, progress, create_departments, self._row_check
        )
        if result.added:
            self._changed()
        return result

    def _require_role_change(self, role: AccessRole | str) -> None:
        if str(role).lower() == AccessRole.MANAGER.value:
            self._require_company_manager(QT_TRANSLATE_NOOP("Access", "make managers"))

    def set_joined(self, employee_id: str, joined: dt.date) -> Employee:
        """Change an employee's start date (due dates of later joiners count from it)."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "change start dates"))
        self._require_reach(employee_id)
        employee = self._store.set_joined(employee_id, joined.isoformat(), self.employee.id)
        self._changed()
        return employee

    def set_department(self, employee_id: str, department: str | None) -> Employee:
        self._require_manager(QT_TRANSLATE_NOOP("Access", "change departments"))
        self._require_reach(employee_id)
        self._require_department(department)
        employee = self._store.set_department(employee_id, department, self.employee.id)
        self._changed()
        return employee

    def set_role(self, employee_id: str, role: AccessRole | str) -> Employee:
        self._require_company_manager(QT_TRANSLATE_NOOP("Access", "change roles"))
        employee = self._store.set_role(employee_id, role, self.employee.id)
        self._changed()
        return employee

    def set_manages(self, employee_id: str, departments: list[str]) -> Employee:
        """Limit a manager to departments ([]: a company manager)."""
        self._require_company_manager(QT_TRANSLATE_NOOP("Access", "choose what a manager manages"))
        employee = self._store.set_manages(employee_id, departments, self.employee.id)
        self._changed()
        return employee

    def set_active(self, employee_id: str, active: bool) -> Employee:
        """Deactivate (no sign-in, out of the counts, records kept) or reactivate."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "deactivate employees"))
        target = self._require_reach(employee_id)
        if target.role is AccessRole.MANAGER:
            self._require_company_manager(QT_TRANSLATE_NOOP("Access", "deactivate managers"))
        employee = self._store.set_active(employee_id, active, self.employee.id)
        self._changed()
        return employee

    def _require_reset_reach(self, employee_id: str, what: str) -> Employee:
        """A manager acts on another's sign-in: never their own (they know their password,
        or another manager resets it), and a manager's only as a company manager."""
        self._require_manager(what)
        target = self._require_reach(employee_id)
        if employee_id == self.employee.id:
            raise AccessDenied(
                QT_TRANSLATE_NOOP(
                    "Access",
                    "you cannot reset your own password: change it by typing your current "
                    "one, or ask another manager to reset it",
                )
            )
        if target.role is AccessRole.MANAGER:
            self._require_company_manager(
                QT_TRANSLATE_NOOP("Access", "{what} of a manager").format(what=what)
            )
        return target

    def may_reset_password(self, employee: Employee) -> bool:
        """Whether ``reset_password`` (and ``clear_sign_in_wait``) would accept ``employee``."""
        try:
            self._require_reset_reach(employee.id, QT_TRANSLATE_NOOP("Access", "reset passwords"))
        except (AccessDenied, StoreError):
            return False
        return True

    def reset_password(self, employee_id: str, new_password: str) -> None:
        """Give another employee a one-time password; it ends their sign-in wait and goes to
        the audit log. A manager's password is reset only by another (company) manager."""
        self._require_reset_reach(employee_id, QT_TRANSLATE_NOOP("Access", "reset passwords"))
        self._store.reset_password(employee_id, new_password, self.employee.id)
        log.info("password of employee %s reset by %s", employee_id, self.employee.id)
        self._changed()

    def sign_in_wait(self, employee_id: str) -> tuple[int, int | None]:
        """Failed sign-ins in a row on this computer, and the seconds they still wait."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see sign-in failures"))
        self._require_reach(employee_id)
        failures = self._store.failures_in_a_row(employee_id)
        return failures, self._store.sign_in_wait(employee_id, self.now())

    def clear_sign_in_wait(self, employee_id: str) -> bool:
        """Let another employee try to sign in again at once (audited); False: no failures."""
        target = self._require_reset_reach(
            employee_id, QT_TRANSLATE_NOOP("Access", "clear the sign-in wait")
        )
        cleared = self._store.clear_sign_in_backoff(employee_id, target.name, self.employee.id)
        if cleared:
            self._changed()
        return cleared

    # -- the department list ----------------------------------------------------------------
    def departments(self) -> list[str]:
        """The managed list of departments (a department manager: theirs)."""
        listed = self._store.departments()
        return [d for d in listed if self._reaches_department(d)]

    def add_department(self, name: str) -> str:
        self._require_company_manager(QT_TRANSLATE_NOOP("Access", "add departments"))
        added = self._store.add_department(name, self.employee.id)
        self._changed()
        return added

    def remove_department(self, name: str) -> None:
        self._require_company_manager(QT_TRANSLATE_NOOP("Access", "remove departments"))
        self._store.remove_department(name, self.employee.id)
        self._changed()
