"""Departments of the Store: the managed list employees and assignments name.

A typo in a department ("finace") used to make a department of its own that no lesson
and no assignment reached; now a department must be on this list before anyone is put in
it. The list starts with the course's departments and the ones already in use (m008).
"""

from __future__ import annotations

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.store.audit import DEPARTMENT_ADDED, DEPARTMENT_REMOVED, AuditLog
from sellertrain.core.store.errors import StoreError


class UnknownDepartment(StoreError):
    """A department that is not on the list; the message names the known ones."""

    def __init__(self, name: str, known: list[str]) -> None:
        listed = ", ".join(known) if known else "none yet"
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Store",
                "unknown department '{name}' (known departments: {listed}); add it to "
                "the list of departments first",
            ).format(name=name, listed=listed)
        )
        self.name = name
        self.known = known


class DepartmentRecords(AuditLog):
    """The ``departments`` table (a Store mixin)."""

    def departments(self) -> list[str]:
        """The list, by name (a company has tens of departments: matching is done here, as
        SQLite's lower() knows only ASCII)."""
        rows = self.db.conn.execute("SELECT name FROM departments")
        return sorted((name for (name,) in rows), key=str.casefold)

    def department_named(self, name: str) -> str | None:
        """The listed spelling of ``name`` (case and spaces aside), or None."""
        key = department_key(name)
        return next(
            (listed for listed in self.departments() if department_key(listed) == key), None
        )

    def known_departments(self, names: list[str | None], create: bool = False) -> list[str | None]:
        """``names`` in their listed spelling; raise UnknownDepartment for one not listed,
        unless ``create`` (the caller then adds them in its own transaction)."""
        listed = {department_key(name): name for name in self.departments()}
        found: list[str | None] = []
        for name in names:
            tidy = " ".join((name or "").split())
            if not tidy:
                found.append(None)
            elif department_key(tidy) in listed:
                found.append(listed[department_key(tidy)])
            elif create:
                listed[department_key(tidy)] = tidy
                found.append(tidy)
            else:
                raise UnknownDepartment(tidy, sorted(listed.values(), key=str.casefold))
        return found

    def _insert_departments(self, names: list[str | None], actor_id: str | None) -> None:
        """Add the ones of ``names`` not listed yet (inside the caller's transaction)."""
        for name in names:
            if name and self.department_named(name) is None:
                at = self.now()
                self.db.conn.execute(
                    "INSERT INTO departments (name, created_at) VALUES (?, ?)", [name, at]
                )
                self._audit(actor_id, DEPARTMENT_ADDED, name, None, at)

    def add_department(self, name: str, actor_id: str | None = None) -> str:
        """Add a department to the list (raise StoreError when empty or listed already)."""
        tidy = " ".join(name.split())
        if not tidy:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "a department needs a name"))
        if len(tidy) > 60:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "a department name is at most 60 characters")
            )
        if (listed := self.department_named(tidy)) is not None:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "the department '{listed}' is already listed").format(
                    listed=listed
                )
            )
        with self.db.atomic():
            self._insert_departments([tidy], actor_id)
        return tidy

    def remove_department(self, name: str, actor_id: str | None = None) -> None:
        """Take a department off the list; refused while an active employee is in it."""
        listed = self.department_named(name)
        if listed is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "no department named '{name}'").format(name=name)
            )
        rows = self.db.conn.execute(
            "SELECT department FROM employees WHERE active = 1 AND department IS NOT NULL"
        )
        members = sum(
            1 for (department,) in rows if department_key(department) == department_key(listed)
        )
        if members:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "the department '{listed}' still has {members} employee(s): move them first",
                ).format(listed=listed, members=members)
            )
        with self.db.atomic():
            self.db.conn.execute("DELETE FROM departments WHERE name = ?", [listed])
            self._audit(actor_id, DEPARTMENT_REMOVED, listed, None, None)


def department_key(name: str) -> str:
    """What tells two spellings of one department apart: nothing but case and spacing."""
    return " ".join(name.split()).casefold()
