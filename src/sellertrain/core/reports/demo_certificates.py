"""The certificates demo employees earned, issued by the app's own rule for thousands at once.

``issue_due_certificates`` reads an employee's records, the course's publications and
assignments (twice, through ``course_progress``) and writes each certificate in a transaction
of its own: right for one employee, some 1.5 ms a head for a demo team. Here it runs
unchanged over ``ReadAhead``, a view of the store that reads what every employee shares
once, each employee's records once, and keeps the new certificates to insert together at
the end, after making the checks ``add_certificate`` makes (the latest certificate is still
the one the decision rests on; the code is unused).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from sellertrain.core.models import AttemptKind, AttemptStatus, CertificateScope, Course, Employee
from sellertrain.core.reports.demo_records import KeptRows
from sellertrain.core.store import (
    Assignment,
    AttemptRecord,
    Certificate,
    LessonProgress,
    Publication,
    Store,
)
from sellertrain.core.store.certificates import CodeTaken, new_certificate
from sellertrain.core.training.certificate_codes import new_code
from sellertrain.core.training.certificates import issue_due_certificates

Progress = Callable[[str, int, int], None]


class ReadAhead:
    """What ``issue_due_certificates`` reads and writes, for many employees in one run.

    Shared records (publications, assignments, extensions, the certificates already held)
    are read once; each employee's reading records and attempts once (the rule reads them
    twice); new certificates are kept in ``rows`` for ``Store.insert_certificates``. Nothing
    else may write to the store while it is in use.
    """

    def __init__(self, store: Store, kept: Mapping[str, KeptRows]) -> None:
        self.store = store
        self.kept = kept
        self.clock = store.clock
        self._publications = store.publications()
        self._assignments = store.assignments()
        self._extensions = store.due_extensions()
        self._latest: dict[str, list[Certificate]] = {}
        for certificate in store.latest_certificates():
            self._latest.setdefault(certificate.employee_id, []).append(certificate)
        self._codes = store.certificate_codes()
        self._progress: tuple[str, dict[str, LessonProgress]] = ("", {})
        self._attempts: tuple[str, list[AttemptRecord]] = ("", [])
        self.rows: list[list[Any]] = []

    # -- reads ---------------------------------------------------------------------------
    def publications(self) -> list[Publication]:
        return self._publications

    def assignments(self) -> list[Assignment]:
        return self._assignments

    def due_extensions(self, employee_id: str) -> dict[str, dict[str, str]]:
        own = self._extensions.get(employee_id)
        return {employee_id: own} if own is not None else {}

    def latest_certificates(self, employee_id: str) -> list[Certificate]:
        return list(self._latest.get(employee_id, ()))

    def lesson_progress(self, employee_id: str) -> dict[str, LessonProgress]:
        if self._progress[0] != employee_id:
            rows = self.kept.get(employee_id)
            found = progress_of(rows[0]) if rows else self.store.lesson_progress(employee_id)
            self._progress = (employee_id, found)
        return self._progress[1]

    def attempts(self, employee_id: str) -> list[AttemptRecord]:
        if self._attempts[0] != employee_id:
            rows = self.kept.get(employee_id)
            found = attempts_of(rows[1], rows[2]) if rows else self.store.attempts(employee_id)
            self._attempts = (employee_id, found)
        return self._attempts[1]

    # -- the write -----------------------------------------------------------------------
    def add_certificate(
        self,
        code: str,
        employee_id: str,
        scope_kind: CertificateScope | str,
        scope: str,
        title: str,
        score: float | None,
        issued_at: str,
        expires_at: str | None,
        evidence: Sequence[Mapping[str, Any]],
        replaces: str | None,
    ) -> Certificate | None:
        """``Store.add_certificate``'s checks, then the row is kept for the insert."""
        certificate, row = new_certificate(
            code, employee_id, scope_kind, scope, title, score, issued_at, expires_at, evidence
        )
        held = self._latest.setdefault(employee_id, [])  # one per scope: the latest
        key = (certificate.scope_kind, scope)
        latest = next((c for c in held if (c.scope_kind, c.scope) == key), None)
        if (latest.id if latest else None) != replaces:
            return None
        if code in self._codes:
            raise CodeTaken(code)
        self._codes.add(code)
        held[:] = [c for c in held if c is not latest] + [certificate]
        self.rows.append(row)
        return certificate


def progress_of(events: Sequence[Sequence[Any]]) -> dict[str, LessonProgress]:
    """``Store.lesson_progress`` from an employee's ``lesson_events`` rows as inserted (id,
    employee, lesson, version, kind, at, seconds; oldest first, no section hashes)."""
    found: dict[str, list[Any]] = {}
    for _id, _employee, lesson_id, version, kind, at, seconds in events:
        # first and last opened, seconds, latest completion and its version
        entry = found.setdefault(lesson_id, [None, None, 0, None, None])
        if kind == "opened":
            entry[0] = at if entry[0] is None else min(entry[0], at)
            entry[1] = at if entry[1] is None else max(entry[1], at)
        elif kind == "completed" and (entry[3] is None or at >= entry[3]):
            entry[3], entry[4] = at, version
        entry[2] += seconds
    return {
        lesson_id: LessonProgress(lesson_id, first, last, seconds, completed, version, {})
        for lesson_id, (first, last, seconds, completed, version) in sorted(found.items())
    }


def attempts_of(
    attempts: Sequence[Sequence[Any]], results: Sequence[Sequence[Any]]
) -> list[AttemptRecord]:
    """``Store.attempts`` from an employee's ``attempts`` and ``attempt_results`` rows as
    inserted (RowBatch's layouts), newest first."""
    result_of = {row[1]: row for row in results}
    records = []
    for number, (attempt_id, employee_id, quiz_id, version, seed, started) in enumerate(attempts):
        result = result_of.get(attempt_id)
        status = finished = score = passed = pass_mark = None
        if result is not None:
            status, finished, score, passed, pass_mark = result[2:7]
        record = AttemptRecord(
            attempt_id,
            employee_id,
            quiz_id,
            version,
            int(seed),
            started,
            None if status is None else AttemptStatus(status),
            finished,
            None if score is None else float(score),  # as read back from a REAL column
            None if passed is None else bool(passed),
            AttemptKind.QUIZ,  # the column default the bulk insert leaves in place
            (),
            None if pass_mark is None else float(pass_mark),
        )
        records.append((started, number, record))
    records.sort(key=lambda item: item[:2], reverse=True)  # started_at, rowid: descending
    return [record for _started, _number, record in records]


def issue_earned(
    store: Store,
    course: Course,
    employees: Sequence[Employee],
    now: dt.datetime,
    report: Progress,
    kept: Mapping[str, KeptRows],
) -> int:
    """Issue the certificates the employees' records earn at ``now``; how many were issued.

    ``kept``: the rows just inserted for (some of) them, read instead of the store."""
    view = ReadAhead(store, kept)
    issued = 0
    for done, employee in enumerate(employees, 1):
        issued += len(issue_due_certificates(cast(Store, view), course, employee, now, new_code))
        if done % 100 == 0 or done == len(employees):
            report("issuing certificates", done, len(employees))
    store.insert_certificates(view.rows)
    return issued
