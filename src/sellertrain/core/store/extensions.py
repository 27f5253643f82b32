"""Due-date extensions of the Store: one employee, one lesson, a later date.

The earliest assignment's date wins (requirements.py), so a second, later assignment cannot
move a deadline back; an extension says so explicitly, and it is audited. Append-only: the
latest extension of an employee's lesson counts.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.store.audit import DUE_EXTENDED
from sellertrain.core.store.departments import DepartmentRecords
from sellertrain.core.store.errors import StoreError


class ExtensionRecords(DepartmentRecords):
    """The ``due_extensions`` table (a Store mixin)."""

    def extend_due(
        self, employee_id: str, lesson_id: str, until: str, created_by: str | None
    ) -> None:
        """Give one employee until ``until`` (YYYY-MM-DD) for one lesson, audited."""
        try:
            day = dt.date.fromisoformat(until)
        except ValueError:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "'{day}' is not a date (use YYYY-MM-DD)").format(
                    day=until
                )
            ) from None
        name = self.db.conn.execute(
            "SELECT name FROM employees WHERE id = ?", [employee_id]
        ).fetchone()
        if name is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "no such employee"))
        at = self.now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT INTO due_extensions (id, employee_id, lesson_id, until, created_by,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [str(uuid.uuid4()), employee_id, lesson_id, day.isoformat(), created_by, at],
            )
            details = {"id": employee_id, "lesson": lesson_id, "until": day.isoformat()}
            self._audit(created_by, DUE_EXTENDED, name[0], details, at)

    def due_extensions(self, employee_id: str | None = None) -> dict[str, dict[str, str]]:
        """Employee id -> lesson id -> the latest extension's date (of one employee, or all)."""
        sql = "SELECT employee_id, lesson_id, until FROM due_extensions"
        params: list[str] = []
        if employee_id is not None:
            sql += " WHERE employee_id = ?"
            params.append(employee_id)
        found: dict[str, dict[str, str]] = {}
        for who, lesson_id, until in self.db.conn.execute(
            sql + " ORDER BY created_at, rowid", params
        ):
            found.setdefault(who, {})[lesson_id] = until
        return found
