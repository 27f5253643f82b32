"""This computer's sign-in back-off: failed sign-ins in a row make the next try wait.

The count lives in ``sign_in_backoff`` (schema 14), a table of this database only, never
synced: each SQLite file is one computer. The wait grows from nothing (the first few slips)
to a minute at most, so guessing is slowed to about a try a minute while no one, by guessing,
can keep an employee (a manager, say) out for longer than that. A success clears it, and so
does a manager (audited) or a password reset.
"""

from __future__ import annotations

import datetime as dt
import math

from sellertrain.core.store.audit import SIGN_IN_BACKOFF_CLEARED, AuditLog
from sellertrain.core.store.schema import _iso


class SignInBackoff(AuditLog):
    """The ``sign_in_backoff`` table (a Store mixin)."""

    def sign_in_wait(self, employee_id: str, now: dt.datetime) -> int | None:
        """Seconds before this employee may try to sign in again here (None: now)."""
        from sellertrain.core.passwords import backoff_seconds

        row = self.db.conn.execute(
            "SELECT failures, last_failure_at FROM sign_in_backoff WHERE employee_id = ?",
            [employee_id],
        ).fetchone()
        if row is None:
            return None
        failures, last = row
        until = dt.datetime.fromisoformat(last) + dt.timedelta(seconds=backoff_seconds(failures))
        left = (until - now).total_seconds()
        return math.ceil(left) if left > 0 else None

    def failures_in_a_row(self, employee_id: str) -> int:
        """Failed sign-ins here since the last success (or clearing)."""
        row = self.db.conn.execute(
            "SELECT failures FROM sign_in_backoff WHERE employee_id = ?", [employee_id]
        ).fetchone()
        return int(row[0]) if row else 0

    def _count_sign_in(self, employee_id: str, succeeded: bool, at: dt.datetime) -> None:
        """A success clears the count, a failure adds one; call inside a transaction."""
        if succeeded:
            self.db.conn.execute("DELETE FROM sign_in_backoff WHERE employee_id = ?", [employee_id])
            return
        self.db.conn.execute(
            "INSERT INTO sign_in_backoff (employee_id, failures, last_failure_at)"
            " VALUES (?, 1, ?) ON CONFLICT (employee_id) DO UPDATE SET"
            " failures = failures + 1, last_failure_at = excluded.last_failure_at",
            [employee_id, _iso(at)],
        )

    def clear_sign_in_backoff(self, employee_id: str, subject: str, actor_id: str | None) -> bool:
        """Let an employee try again at once; audited. False when there was nothing to clear."""
        with self.db.atomic():
            failures = self.failures_in_a_row(employee_id)
            if failures == 0:
                return False
            self.db.conn.execute("DELETE FROM sign_in_backoff WHERE employee_id = ?", [employee_id])
            details = {"id": employee_id, "failures": failures}
            self._audit(actor_id, SIGN_IN_BACKOFF_CLEARED, subject, details)
        return True
