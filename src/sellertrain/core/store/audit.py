"""The audit log (who changed what) and the sign-in record behind the lockout.

Both tables are append-only. Audit rows are written inside the transaction of the change
they describe, so a change is never kept without its audit row, nor the reverse. Neither
table ever holds a password, typed or hashed (only a one-way fingerprint of the hash, for
``verify-records``: audit_chain.py).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.models import SignInOutcome
from sellertrain.core.store.audit_chain import chained
from sellertrain.core.store.parts import StorePart

# The actions the audit log records (stored as these keys; screens translate them).
EMPLOYEE_ADDED = "employee_added"
PASSWORD_RESET = "password_reset"
PASSWORD_CHANGED = "password_changed"  # by the employee, or upgraded to today's hash cost
ASSIGNMENT_CREATED = "assignment_created"
ASSIGNMENT_REVOKED = "assignment_revoked"
CONTENT_PUBLISHED = "content_published"
EMPLOYEE_CHANGED = "employee_changed"
DEPARTMENT_ADDED = "department_added"
DEPARTMENT_REMOVED = "department_removed"
AUDIT_ACTIONS = (
    EMPLOYEE_ADDED,
    PASSWORD_RESET,
    ASSIGNMENT_CREATED,
    ASSIGNMENT_REVOKED,
    CONTENT_PUBLISHED,
    EMPLOYEE_CHANGED,
    DEPARTMENT_ADDED,
    DEPARTMENT_REMOVED,
    PASSWORD_CHANGED,
)


@dataclass(frozen=True)
class AuditEntry:
    """One change: when, by whom (None: the command line), what, to what, and details."""

    id: str
    at: str
    actor_id: str | None
    actor_name: str | None
    action: str
    subject: str
    details: Mapping[str, Any] = field(default_factory=dict)


# actor (None: the command line), action, subject, details, and the time (None: now)
AuditRow = tuple[str | None, str, str, Mapping[str, Any] | None, str | None]


class AuditLog(StorePart):
    """Audit and sign-in rows for the Store (a mixin: the same connection and rules)."""

    def _audit(
        self,
        actor_id: str | None,
        action: str,
        subject: str,
        details: Mapping[str, Any] | None = None,
        at: str | None = None,
    ) -> None:
        """Add one audit row; call it inside the transaction of the change it records."""
        self._audit_many([(actor_id, action, subject, details, at)])

    def _audit_many(self, rows: Iterable[AuditRow]) -> None:
        """Add audit rows, each at its change's own time (or now); inside that transaction."""
        rows = list(rows)
        if action := next((r[1] for r in rows if r[1] not in AUDIT_ACTIONS), None):
            raise ValueError(f"unknown audit action {action!r}")
        now = self.now() if any(r[4] is None for r in rows) else None
        self.db.conn.executemany(
            "INSERT INTO audit_log (id, at, actor_id, action, subject, details, chain_seq,"
            " prev_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            chained(  # each row linked to the one before it (audit_chain.py)
                self.db.conn,
                (
                    (
                        str(uuid.uuid4()),
                        at or now,
                        actor,
                        action,
                        subject,
                        json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True),
                    )
                    for actor, action, subject, details, at in rows
                ),
            ),
        )

    def audit_entries(
        self, limit: int | None = None, action: str | None = None
    ) -> list[AuditEntry]:
        """The audit log, newest first (optionally one action, at most ``limit`` rows)."""
        sql = (
            "SELECT l.id, l.at, l.actor_id, e.name, l.action, l.subject, l.details"
            " FROM audit_log AS l LEFT JOIN employees AS e ON e.id = l.actor_id"
        )
        params: list[Any] = []
        if action is not None:
            sql += " WHERE l.action = ?"
            params.append(action)
        sql += " ORDER BY l.at DESC, l.rowid DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [
            AuditEntry(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]))
            for row in self.db.execute(sql, params).fetchall()
        ]

    # -- sign-in outcomes (for the lockout) -------------------------------------------
    def _sign_in_event(self, employee_id: str, outcome: SignInOutcome, at: str) -> None:
        """Record a sign-in outcome; call it inside a transaction."""
        self.db.conn.execute(
            "INSERT INTO sign_in_events (id, employee_id, outcome, at) VALUES (?, ?, ?, ?)",
            [str(uuid.uuid4()), employee_id, outcome.value, at],
        )

    def sign_in_events(self, employee_id: str, since: dt.datetime) -> list[tuple[dt.datetime, str]]:
        """An employee's sign-in outcomes since ``since``, oldest first."""
        rows = self.db.execute(
            "SELECT at, outcome FROM sign_in_events WHERE employee_id = ? AND at >= ?"
            " ORDER BY at, rowid",
            [employee_id, since.astimezone(dt.UTC).isoformat(timespec="seconds")],
        ).fetchall()
        return [(dt.datetime.fromisoformat(at), outcome) for at, outcome in rows]
