"""Employees of the Store: adding them, reading them, signing in and resetting passwords.

Employees are read through ``conn``: the sign-in screen needs them before first paint, and
sqlite-utils (behind ``db``) takes a while to import.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sellertrain.core.store.employee_texts as texts
from sellertrain.core.models import AccessRole, Employee, SignInOutcome
from sellertrain.core.store.audit import (
    EMPLOYEE_ADDED,
    EMPLOYEE_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
)
from sellertrain.core.store.audit_chain import credential_fingerprint
from sellertrain.core.store.company_link import CompanyLink, needs_server
from sellertrain.core.store.departments import DepartmentRecords
from sellertrain.core.store.device import record_employee_change
from sellertrain.core.store.errors import StoreError
from sellertrain.core.store.names import look_alike, name_key, name_problem, tidy_name
from sellertrain.core.store.records import EMPLOYEE_COLUMNS, employee_from_row
from sellertrain.core.store.rows import rows_among
from sellertrain.core.store.schema import _iso
from sellertrain.core.store.sign_in_backoff import SignInBackoff

_COLUMNS = EMPLOYEE_COLUMNS.format("")
_SERVER_COLUMNS = (  # the company record's employees columns (core/server/tables.py)
    "id, name, name_key, role, department, password_hash, created_at, active, joined, manages,"
    " password_expired"
)


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: the employee, or why not (``retry_after``: must wait)."""

    employee: Employee | None
    retry_after: int | None = None  # seconds until this name may try again on this computer
    # a manager's reset set a one-time password: a new one must be chosen before going on
    must_change_password: bool = False

    @property
    def waiting(self) -> bool:
        """Refused unchecked: failed tries in a row make the next one wait (the back-off)."""
        return self.retry_after is not None


def _name_key(name: str) -> str:
    return name_key(name)


def _lookup_keys(name: str) -> list[str]:
    """The key, and the key rows written before names were NFKC-normalised would have."""
    return [name_key(name), " ".join(name.split()).casefold()]


class EmployeeRecords(DepartmentRecords, SignInBackoff):
    """The ``employees`` table, and sign-in outcomes (a Store mixin)."""

    conn: sqlite3.Connection
    clock: Callable[[], dt.datetime]
    company: CompanyLink | None

    def has_employees(self) -> bool:
        return self.conn.execute("SELECT EXISTS (SELECT 1 FROM employees)").fetchone()[0] == 1

    def add_employee(
        self,
        name: str,
        role: AccessRole | str,
        password: str,
        department: str | None = None,
        actor_id: str | None = None,
        create_department: bool = False,
    ) -> Employee:
        """Add one employee; raise StoreError for an empty or taken name, a bad role or a
        department not on the list (unless ``create_department``)."""
        (employee,) = self.add_employees(
            [(name, role, password, department)], actor_id, create_departments=create_department
        )
        return employee

    def add_employees(
        self,
        rows: Sequence[tuple[str, AccessRole | str, str, str | None]],
        actor_id: str | None = None,
        source: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        create_departments: bool = False,
    ) -> list[Employee]:
        """Add several employees in one transaction: all of them, or none.

        ``actor_id`` is who adds them (None: the command line) and ``source`` where they come
        from (e.g. the CSV file); both go to the audit log. The passwords are hashed before
        the transaction starts, so the write lock is held only for the inserts; ``progress``
        is called with (hashed, total) as the slow hashing goes on. A department must be on
        the list (UnknownDepartment names the known ones), unless ``create_departments``.
        """
        from sellertrain.core.passwords import hash_password as _hash
        from sellertrain.core.passwords import password_problem

        company = needs_server(self.conn, self.company, texts.ADDING_AN_EMPLOYEE)

        checked = []
        for name, role, password, department in rows:
            name = tidy_name(name)
            if not name:
                raise StoreError(texts.NEEDS_A_NAME)
            if problem := name_problem(name):
                raise StoreError(problem)
            try:
                role = AccessRole(role)
            except ValueError:
                raise StoreError(texts.UNKNOWN_ROLE.format(role=role, name=name)) from None
            if problem := password_problem(password, name):
                raise StoreError(problem)
            checked.append((name, role, password, department))
        departments = self.known_departments([row[3] for row in checked], create_departments)
        checked = [(*row[:3], dep) for row, dep in zip(checked, departments, strict=True)]
        counts = Counter(name.casefold() for name, *_ in checked)
        twice = next((name for name, *_ in checked if counts[name.casefold()] > 1), None)
        if twice is not None:
            raise StoreError(texts.NAME_GIVEN_TWICE.format(name=twice))
        prepared = []
        for number, (name, role, password, department) in enumerate(checked, start=1):
            prepared.append((name, role, _hash(password), department))
            if progress is not None:
                progress(number, len(checked))
        now = self.now()
        employees = [
            Employee(str(uuid.uuid4()), name, role, department, now, True, now[:10])
            for name, role, _hash_value, department in prepared
        ]
        details: dict[str, Any] = {"source": source} if source else {}
        try:
            with self.db.atomic():  # after the first write's check that the file is sound
                self._refuse_look_alikes([row[0] for row in checked])
                self._insert_departments(departments, actor_id)
                self.db.conn.executemany(
                    "INSERT INTO employees (id, name, name_key, role, department, password_hash,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            e.id,
                            e.name,
                            e.name.casefold(),
                            e.role.value,
                            e.department,
                            p[2],
                            e.created_at,
                        )
                        for e, p in zip(employees, prepared, strict=True)
                    ],
                )
                self._audit_many(  # at each employee's own time: no extra clock reading
                    (
                        actor_id,
                        EMPLOYEE_ADDED,
                        e.name,
                        {
                            "id": e.id,
                            "role": e.role.value,
                            "department": e.department,
                            "credential": credential_fingerprint(p[2]),
                            **details,
                        },
                        e.created_at,
                    )
                    for e, p in zip(employees, prepared, strict=True)
                )
                if company is not None:  # the server first: it decides whether a name is taken
                    self._add_on_server(company, [e.id for e in employees])
        except sqlite3.IntegrityError as exc:
            if "name_key" in str(exc):
                taken = self._taken_name([p[0] for p in prepared])
                raise StoreError(texts.NAME_TAKEN.format(name=taken)) from None
            raise
        return employees

    def _add_on_server(self, company: CompanyLink, ids: list[str]) -> None:
        """Send the employees just inserted (and their departments) to the company server."""
        marks = ", ".join("?" for _ in ids)
        rows = self.conn.execute(
            f"SELECT {_SERVER_COLUMNS} FROM employees WHERE id IN ({marks})", ids
        )
        employees = rows.fetchall()
        departments = self.conn.execute(
            "SELECT name, created_at FROM departments WHERE name IN (SELECT department FROM"
            f" employees WHERE id IN ({marks}))",
            ids,
        ).fetchall()
        company.add_employees(employees, departments)

    def _refuse_look_alikes(self, names: list[str]) -> None:
        """StoreError when a new name looks the same as another (``а`` for ``a``)."""
        existing = (name for (name,) in self.conn.execute("SELECT name FROM employees"))
        if similar := look_alike(names, existing):
            raise StoreError(texts.NAMES_LOOK_ALIKE.format(name=similar[0], other=similar[1]))

    def _taken_name(self, names: Iterable[str]) -> str:
        names = list(names)
        taken = self.existing_names(names)
        return next((name for name in names if _name_key(name) in taken), names[0] if names else "")

    def existing_names(self, names: Iterable[str]) -> dict[str, str]:
        """Of ``names``, those already taken: their name key -> the employee's name."""
        keys = sorted({_name_key(name) for name in names})
        return dict(
            rows_among(self.db.conn, "SELECT name_key, name FROM employees WHERE name_key", keys)
        )

    def employees(self, include_inactive: bool = False) -> list[Employee]:
        sql = f"SELECT {_COLUMNS} FROM employees"
        if not include_inactive:
            sql += " WHERE active = 1"
        return [
            employee_from_row(row)
            for row in self.conn.execute(sql + " ORDER BY name_key").fetchall()
        ]

    def employee(self, employee_id: str) -> Employee | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM employees WHERE id = ?",
            [employee_id],
        ).fetchone()
        return employee_from_row(row) if row else None

    def employee_by_name(self, name: str) -> Employee | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM employees WHERE name_key IN (?, ?)",
            _lookup_keys(name),
        ).fetchone()
        return employee_from_row(row) if row else None

    def authenticate(self, name: str, password: str) -> Employee | None:
        """The employee when name and password match, else None (same answer for both faults)."""
        return self.sign_in(name, password).employee

    def sign_in(self, name: str, password: str) -> SignIn:
        """Check a password, with the back-off: after failures in a row the next try waits.

        A wrong name and a wrong password get the same answer in about the same time. Only
        the outcome and its time are recorded, never what was typed. A try made while
        waiting is refused unchecked and not counted (``SignIn.retry_after`` says how long).
        """
        from sellertrain.core.passwords import verify_password

        row = self.db.execute(
            "SELECT id, password_hash, password_expired FROM employees"
            " WHERE name_key IN (?, ?) AND active = 1",
            _lookup_keys(name),
        ).fetchone()
        if row is None:
            verify_password(password, None)
            return SignIn(None)
        employee_id, stored, expired = row
        now = self.clock()
        if (seconds := self.sign_in_wait(employee_id, now)) is not None:
            return SignIn(None, seconds)
        ok = verify_password(password, stored)
        with self.db.atomic():
            self._sign_in_event(
                employee_id, SignInOutcome.SUCCEEDED if ok else SignInOutcome.FAILED, _iso(now)
            )
            self._count_sign_in(employee_id, ok, now)
        if not ok:
            return SignIn(None, self.sign_in_wait(employee_id, now))
        self._upgrade_hash(employee_id, stored, password)
        return SignIn(self.employee(employee_id), must_change_password=bool(expired))

    def _upgrade_hash(self, employee_id: str, stored: str, password: str) -> None:
        """After a sign-in: a hash made at a lower cost than today's is made again."""
        from sellertrain.core.passwords import hash_password, needs_upgrade

        if not needs_upgrade(stored):
            return
        password_hash = hash_password(password)
        with self.db.atomic():
            changed = self.db.conn.execute(
                "SELECT 1 FROM employees WHERE id = ? AND password_hash = ?", [employee_id, stored]
            ).fetchone()
            if changed:  # else another sign-in upgraded it a moment ago
                record_employee_change(
                    self.db.conn, employee_id, {"password_hash": password_hash}, self.now()
                )
                details = {
                    "id": employee_id,
                    "credential": credential_fingerprint(password_hash),
                    "upgraded": True,
                }
                name = self.db.conn.execute(
                    "SELECT name FROM employees WHERE id = ?", [employee_id]
                ).fetchone()[0]
                self._audit(employee_id, PASSWORD_CHANGED, name, details)

    def change_password(self, employee_id: str, old_password: str, new_password: str) -> None:
        """An employee chooses a new password, typing the current one (or the one-time one).

        Raise StoreError when the current password is wrong or the new one cannot be used
        (too short, among the commonest, the same as before). Recorded in the audit log.
        """
        from sellertrain.core.passwords import hash_password, password_problem, verify_password

        row = self.db.execute(
            "SELECT name, password_hash FROM employees WHERE id = ? AND active = 1", [employee_id]
        ).fetchone()
        if row is None:
            raise StoreError(texts.NO_SUCH_EMPLOYEE)
        name, stored = row
        if not verify_password(old_password, stored):
            raise StoreError(texts.WRONG_CURRENT_PASSWORD)
        if problem := password_problem(new_password, name):
            raise StoreError(problem)
        if new_password == old_password:
            raise StoreError(texts.SAME_PASSWORD)
        password_hash = hash_password(new_password)
        with self.db.atomic():
            record_employee_change(
                self.db.conn,
                employee_id,
                {"password_hash": password_hash, "password_expired": 0},
                self.now(),
            )
            details = {"id": employee_id, "credential": credential_fingerprint(password_hash)}
            self._audit(employee_id, PASSWORD_CHANGED, name, details)

    def reset_password(self, employee_id: str, new_password: str, actor_id: str | None) -> None:
        """Give an employee a one-time password (ending any back-off), in the audit log.

        It lets them sign in once: they must then choose their own (``change_password``).
        """
        from sellertrain.core.passwords import hash_password, password_problem

        employee = self.employee(employee_id)
        if employee is None:
            raise StoreError(texts.NO_SUCH_EMPLOYEE)
        if problem := password_problem(new_password, employee.name):
            raise StoreError(problem)
        password_hash = hash_password(new_password)
        at = self.now()
        with self.db.atomic():
            record_employee_change(
                self.db.conn,
                employee_id,
                {"password_hash": password_hash, "password_expired": 1},
                at,
            )
            self._sign_in_event(employee_id, SignInOutcome.RESET, at)
            self._count_sign_in(employee_id, True, self.clock())
            details = {"id": employee_id, "credential": credential_fingerprint(password_hash)}
            self._audit(actor_id, PASSWORD_RESET, employee.name, details, at)

    def set_joined(self, employee_id: str, joined: str, actor_id: str | None) -> Employee:
        """Change an employee's start date (YYYY-MM-DD), recorded in the audit log."""
        employee = self.employee(employee_id)
        if employee is None:
            raise StoreError(texts.NO_SUCH_EMPLOYEE)
        try:
            day = dt.date.fromisoformat(joined)
        except ValueError:
            raise StoreError(texts.NOT_A_DATE.format(day=joined)) from None
        if day > self.clock().date() + dt.timedelta(days=366):
            raise StoreError(texts.START_TOO_FAR.format(day=joined))
        with self.db.atomic():
            record_employee_change(
                self.db.conn, employee_id, {"joined": day.isoformat()}, self.now()
            )
            details = {"id": employee_id, "joined": day.isoformat(), "was": employee.joined}
            self._audit(actor_id, EMPLOYEE_CHANGED, employee.name, details)
        return replace(employee, joined=day.isoformat())
