"""Training assignments of the Store: a lesson or module assigned to a group, with a due date.

Both tables are append-only: revoking adds a row to ``assignment_revocations``. Each change
and its audit row are written in one transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import AssignmentTarget
from sellertrain.core.store.audit import ASSIGNMENT_CREATED, ASSIGNMENT_REVOKED
from sellertrain.core.store.audit_subjects import assigned
from sellertrain.core.store.departments import DepartmentRecords
from sellertrain.core.store.errors import StoreError
from sellertrain.core.store.records import Assignment
from sellertrain.core.store.rows import named_rows, row_to

# the refusal for an assignment to a group that names no group, by kind of group
_NEEDS_TARGET = {
    AssignmentTarget.ROLE: QT_TRANSLATE_NOOP(
        "Store", "an assignment to a role needs a role to name"
    ),
    AssignmentTarget.DEPARTMENT: QT_TRANSLATE_NOOP(
        "Store", "an assignment to a department needs a department to name"
    ),
    AssignmentTarget.EMPLOYEE: QT_TRANSLATE_NOOP(
        "Store", "an assignment to an employee needs an employee to name"
    ),
}

# an assignment and whether it was revoked, named as Assignment's fields
_COLUMNS = (
    "a.id, a.target_kind, a.target, a.due_date, a.created_by, a.created_at, a.lesson_id,"
    " a.module, r.id IS NOT NULL AS revoked, a.lead_days, a.every_months FROM assignments AS a"
    " LEFT JOIN assignment_revocations AS r ON r.assignment_id = a.id"
)


class AssignmentRecords(DepartmentRecords):
    """The ``assignments`` and ``assignment_revocations`` tables (a Store mixin)."""

    def add_assignment(
        self,
        created_by: str,
        due_date: str,
        target_kind: AssignmentTarget | str,
        target: str | None = None,
        lesson_id: str | None = None,
        module: str | None = None,
        lead_days: int | None = None,
        every_months: int | None = None,
    ) -> Assignment:
        """Record an assignment of one lesson or one module and its audit row, in one
        transaction; raise StoreError when malformed.

        ``lead_days``: how long someone who joins later has (None: as long as everyone had,
        due - created); ``every_months``: due again that long after each completion.
        """
        try:
            kind = AssignmentTarget(target_kind)
        except ValueError:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "unknown assignment target '{kind}'").format(
                    kind=target_kind
                )
            ) from None
        if (lesson_id is None) == (module is None):
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "an assignment names either one lesson or one module")
            )
        if kind != AssignmentTarget.EVERYONE and not target:
            raise StoreError(_NEEDS_TARGET[kind])
        if kind == AssignmentTarget.DEPARTMENT and target:
            (target,) = self.known_departments([target])
        if lead_days is not None and not 0 <= lead_days <= 3660:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "days from joining must be between 0 and 3660")
            )
        if every_months is not None and not 1 <= every_months <= 120:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "a repeat must be every 1 to 120 months"))
        try:
            dt.date.fromisoformat(due_date)
        except ValueError:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "'{day}' is not a date (use YYYY-MM-DD)").format(
                    day=due_date
                )
            ) from None
        assignment = Assignment(
            str(uuid.uuid4()),
            kind,
            target if kind != AssignmentTarget.EVERYONE else None,
            due_date,
            created_by,
            self.now(),
            lesson_id,
            module,
            lead_days=lead_days,
            every_months=every_months,
        )
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO assignments (id, lesson_id, module, target_kind, target, due_date,"
                " created_by, created_at, lead_days, every_months)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    assignment.id,
                    lesson_id,
                    module,
                    kind.value,
                    assignment.target,
                    due_date,
                    created_by,
                    assignment.created_at,
                    lead_days,
                    every_months,
                ],
            )
            self._audit(
                created_by,
                ASSIGNMENT_CREATED,
                _subject(assignment),
                {
                    "id": assignment.id,
                    "due_date": due_date,
                    "lead_days": lead_days,
                    "every_months": every_months,
                },
                assignment.created_at,
            )
        return assignment

    def revoke_assignment(self, assignment_id: str, revoked_by: str) -> None:
        """Revoke an assignment (once) and record it in the audit log, in one transaction."""
        with self.db.atomic():
            rows = named_rows(self.db.conn, f"SELECT {_COLUMNS} WHERE a.id = ?", [assignment_id])
            if not rows:
                raise StoreError(QT_TRANSLATE_NOOP("Store", "no such assignment"))
            assignment = _assignment(rows[0])
            if assignment.revoked:  # a second revocation is ignored
                return
            revoked_at = self.now()
            self.db.execute(
                "INSERT INTO assignment_revocations (id, assignment_id, revoked_by,"
                " revoked_at) VALUES (?, ?, ?, ?)",
                [str(uuid.uuid4()), assignment_id, revoked_by, revoked_at],
            )
            self._audit(
                revoked_by,
                ASSIGNMENT_REVOKED,
                _subject(assignment),
                {"id": assignment_id},
                revoked_at,
            )

    def assignments(self, include_revoked: bool = False) -> list[Assignment]:
        rows = named_rows(self.db.conn, f"SELECT {_COLUMNS} ORDER BY a.due_date, a.created_at")
        found = [_assignment(row) for row in rows]
        return found if include_revoked else [a for a in found if not a.revoked]


def _assignment(row: sqlite3.Row) -> Assignment:
    return row_to(
        Assignment,
        row,
        target_kind=AssignmentTarget(row["target_kind"]),
        revoked=bool(row["revoked"]),
    )


def _subject(assignment: Assignment) -> str:
    """The English subject of an assignment's audit rows (audit_subjects.py reads it back)."""
    return str(
        assigned(assignment.lesson_id, assignment.module, assignment.target_kind, assignment.target)
    )
