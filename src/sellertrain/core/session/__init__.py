"""A signed-in employee's access to the records: roles are enforced here, not only in the UI.

A learner reaches only their own records and writes records only for themselves; scores are
computed here from the answers, never taken from the caller. Managers reach everyone's
records, the team reports and the audit log, add employees and reset passwords; authors
(and managers) may change the course's files. The screens reach the records only through a
Session, so the record types and errors they show or catch are named here as well.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import Course, Employee
from sellertrain.core.server import attach_company_if_joined
from sellertrain.core.session.access import AccessDenied
from sellertrain.core.session.course_files import CourseFiles
from sellertrain.core.session.own_records import OwnRecords
from sellertrain.core.session.staff import StaffManagement
from sellertrain.core.session.team import EmployeeDetail, TeamRecords
from sellertrain.core.store import (
    AUDIT_ACTIONS,
    AttemptRecord,
    AuditEntry,
    AuditFilter,
    Certificate,
    Store,
    StoreBusy,
    StoreError,
)
from sellertrain.core.store.conflicts import ConflictSide, ResultConflict
from sellertrain.core.training.time_limits import TimeLimitPassed

__all__ = [
    "AUDIT_ACTIONS",
    "AccessDenied",
    "AttemptRecord",
    "AuditEntry",
    "AuditFilter",
    "Certificate",
    "ConflictSide",
    "EmployeeDetail",
    "ResultConflict",
    "Session",
    "SessionOpener",
    "StoreBusy",
    "StoreError",
    "TimeLimitPassed",
]


@dataclass(frozen=True)
class SessionOpener:
    """What a worker thread needs to open a Session of its own: never the caller's connection."""

    path: Path
    clock: Callable[[], dt.datetime]
    course: Course
    employee: Employee
    today: Callable[[], dt.date]

    @contextlib.contextmanager
    def open(self) -> Iterator[Session]:
        """The same employee's Session on a new connection, closed on leaving the block."""
        if not self.path.exists():  # say plainly that the file went away while the app ran
            raise StoreError(
                QT_TRANSLATE_NOOP("Access", "the database {path} is no longer there").format(
                    path=self.path
                )
            )
        store = Store.open(self.path, clock=self.clock)
        try:
            attach_company_if_joined(store)  # (the server code only on a company's PC)
            yield Session(store, self.course, self.employee, today=self.today)
        finally:
            store.close()


class Session(OwnRecords, TeamRecords, StaffManagement, CourseFiles):
    """What the signed-in ``employee`` may see and do; every refusal raises AccessDenied."""

    def opener(self) -> SessionOpener:
        """A recipe for the same Session on a connection of its own, for worker threads."""
        return SessionOpener(
            self._store.path, self._store.clock, self.course, self.employee, self.today
        )
