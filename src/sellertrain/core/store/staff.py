"""Changing employees after they were added: department, role, the departments a manager
manages, and (de)activation. Each change and its audit row are one transaction.

Nobody is ever deleted: a deactivated employee cannot sign in and drops out of the team's
lists and counts, and every record they made is kept (reactivating brings them back).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import AccessRole, Employee
from sellertrain.core.store.audit import EMPLOYEE_CHANGED
from sellertrain.core.store.device import record_employee_change
from sellertrain.core.store.employees import EmployeeRecords
from sellertrain.core.store.errors import StoreError


class StaffRecords(EmployeeRecords):
    """Edits of the ``employees`` table (a Store mixin)."""

    def _existing(self, employee_id: str) -> Employee:
        employee = self.employee(employee_id)
        if employee is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "no such employee"))
        return employee

    def _change_employee(
        self, employee: Employee, actor_id: str | None, column: str, value: Any, **details: Any
    ) -> None:
        with self.db.atomic():
            record_employee_change(self.db.conn, employee.id, {column: value}, self.now())
            self._audit(actor_id, EMPLOYEE_CHANGED, employee.name, {"id": employee.id, **details})

    def set_department(
        self, employee_id: str, department: str | None, actor_id: str | None
    ) -> Employee:
        """Move an employee to a listed department (None: no department)."""
        employee = self._existing(employee_id)
        (listed,) = self.known_departments([department])
        self._change_employee(
            employee, actor_id, "department", listed, department=listed, was=employee.department
        )
        return replace(employee, department=listed)

    def set_role(self, employee_id: str, role: AccessRole | str, actor_id: str | None) -> Employee:
        """Change what an employee may do; the last active company manager keeps the role."""
        employee = self._existing(employee_id)
        try:
            new = AccessRole(role)
        except ValueError:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store", "unknown role '{role}' (use learner, manager or author)"
                ).format(role=role)
            ) from None
        if employee.role is AccessRole.MANAGER and new is not AccessRole.MANAGER:
            self._keep_a_company_manager(employee)
        self._change_employee(
            employee, actor_id, "role", new.value, role=new.value, was=employee.role.value
        )
        return replace(
            employee, role=new, manages=employee.manages if new is AccessRole.MANAGER else ()
        )

    def set_manages(
        self, employee_id: str, departments: list[str], actor_id: str | None
    ) -> Employee:
        """Limit a manager to ``departments`` ([]: a company manager, who reaches everyone)."""
        employee = self._existing(employee_id)
        if employee.role is not AccessRole.MANAGER:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "{employee_name} is not a manager").format(
                    employee_name=employee.name
                )
            )
        listed = tuple(sorted({d for d in self.known_departments(list(departments)) if d}))
        if listed and not employee.manages:
            self._keep_a_company_manager(employee)
        self._change_employee(
            employee,
            actor_id,
            "manages",
            "\n".join(listed) or None,
            manages=list(listed),
            was=list(employee.manages),
        )
        return replace(employee, manages=listed)

    def set_active(self, employee_id: str, active: bool, actor_id: str | None) -> Employee:
        """Deactivate (records kept, no sign-in) or reactivate an employee."""
        employee = self._existing(employee_id)
        if employee.active == active:
            return employee
        if not active and employee.id == actor_id:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "you cannot deactivate yourself"))
        if not active and employee.role is AccessRole.MANAGER and not employee.manages:
            self._keep_a_company_manager(employee)
        self._change_employee(employee, actor_id, "active", int(active), active=active)
        return replace(employee, active=active)

    def _keep_a_company_manager(self, employee: Employee) -> None:
        """Refuse a change that would leave no active company manager."""
        others = [
            e
            for e in self.employees()
            if e.role is AccessRole.MANAGER and not e.manages and e.id != employee.id
        ]
        if not others:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "{employee_name} is the only company manager: make someone else one first",
                ).format(employee_name=employee.name)
            )
