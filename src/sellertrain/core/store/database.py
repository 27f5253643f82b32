"""The Store: every read and write of training records (all of SellerTrain's SQL is in this package).

Training records are append-only: every row has a UUID and is never updated or deleted
(triggers refuse it), so history stays honest and several machines' records can be merged.
Every write is one ``BEGIN IMMEDIATE`` transaction with a bounded retry (see transactions.py),
and the changes a manager would ask "who did this?" about add an audit row in the same
transaction (see audit.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sellertrain.core.models import AccessRole, Employee, Response, SectionText
from sellertrain.core.store.audit import (
    ASSIGNMENT_CREATED,
    ASSIGNMENT_REVOKED,
    CONTENT_PUBLISHED,
    EMPLOYEE_ADDED,
    PASSWORD_RESET,
    AuditLog,
)
from sellertrain.core.store.bulk import BulkCounts, BulkWrites, RowBatch
from sellertrain.core.store.certificates import CertificateRecords
from sellertrain.core.store.chain import ChainRecords
from sellertrain.core.store.publications import PublicationRecords
from sellertrain.core.store.rechecks import RecheckQueries
from sellertrain.core.store.records import (
    AnswerRecord,
    AnswerToSave,
    Assignment,
    AttemptRecord,
    LessonProgress,
    employee_from_row,
)
from sellertrain.core.store.reporting import ReportingQueries
from sellertrain.core.store.schema import (
    SCHEMA_VERSION,
    StoreError,
    _connect,
    _inspect,
    _iso,
    _migrate,
    busy_error,
    is_busy,
    utc_now,
)
from sellertrain.core.training import responses

if TYPE_CHECKING:
    from sellertrain.core.store.transactions import Database

OPEN_RETRIES = 3  # a second app migrating or switching to WAL at the same moment
_NAME_CHUNK = 500  # names per query when checking many at once


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: the employee, or why not (``retry_after`` when locked out)."""

    employee: Employee | None
    retry_after: int | None = None  # seconds until this name may try again

    @property
    def locked(self) -> bool:
        return self.retry_after is not None

    @property
    def minutes_left(self) -> int:
        return math.ceil((self.retry_after or 0) / 60)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


class Store(
    ReportingQueries,
    BulkWrites,
    PublicationRecords,
    RecheckQueries,
    CertificateRecords,
    ChainRecords,
    AuditLog,
):
    """An open SellerTrain database. Every read and write of the app goes through it."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, clock: Callable[[], dt.datetime]
    ) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """The sqlite-utils Database over the same connection, made on first use.

        Importing sqlite-utils takes about 0.1 s (it pulls in click, pluggy and dateutil);
        the first screen only reads through ``conn``, so start-up does not pay for it.
        """
        if self._db is None:
            from sellertrain.core.store.transactions import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, clock: Callable[[], dt.datetime] = utc_now) -> Store:
        """Open (creating or migrating) the database at ``path``; raise StoreError if unusable.

        A file that is not ours, is damaged or is from a newer SellerTrain is not changed.
        """
        path = Path(path)
        for attempt in range(OPEN_RETRIES + 1):
            try:
                return cls(_open_database(path), path, clock)
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise StoreError(f"cannot use {path}: {exc}") from None
                if attempt == OPEN_RETRIES:
                    raise busy_error() from None
                time.sleep(0.1 * 2**attempt)
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.conn.close()

    def now(self) -> str:
        return _iso(self.clock())

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def transaction(self) -> contextlib.AbstractContextManager[Database]:
        """A context manager making several Store writes one transaction: all, or none."""
        return self.db.atomic()

    # -- employees ---------------------------------------------------------------------
    # (the employee reads go through ``conn``: the sign-in screen needs them before first paint)
    def has_employees(self) -> bool:
        return self.conn.execute("SELECT EXISTS (SELECT 1 FROM employees)").fetchone()[0] == 1

    def add_employee(
        self,
        name: str,
        role: AccessRole | str,
        password: str,
        department: str | None = None,
        actor_id: str | None = None,
    ) -> Employee:
        """Add one employee; raise StoreError for an empty or taken name or a bad role."""
        (employee,) = self.add_employees([(name, role, password, department)], actor_id)
        return employee

    def add_employees(
        self,
        rows: Sequence[tuple[str, AccessRole | str, str, str | None]],
        actor_id: str | None = None,
        source: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Employee]:
        """Add several employees in one transaction: all of them, or none.

        ``actor_id`` is who adds them (None: the command line) and ``source`` where they come
        from (e.g. the CSV file); both go to the audit log. The passwords are hashed before
        the transaction starts, so the write lock is held only for the inserts; ``progress``
        is called with (hashed, total) as the slow hashing goes on.
        """
        from sellertrain.core.passwords import hash_password as _hash
        from sellertrain.core.passwords import password_problem

        checked = []
        for name, role, password, department in rows:
            name = " ".join(name.split())
            if not name:
                raise StoreError("an employee needs a name")
            try:
                role = AccessRole(role)
            except ValueError:
                raise StoreError(
                    f"unknown role '{role}' for {name} (use learner, manager or author)"
                ) from None
            if problem := password_problem(password, name):
                raise StoreError(problem)
            checked.append((name, role, password, (department or "").strip() or None))
        counts = Counter(name.casefold() for name, *_ in checked)
        twice = next((name for name, *_ in checked if counts[name.casefold()] > 1), None)
        if twice is not None:
            raise StoreError(f"the name '{twice}' is given twice")
        prepared = []
        for number, (name, role, password, department) in enumerate(checked, start=1):
            prepared.append((name, role, _hash(password), department))
            if progress is not None:
                progress(number, len(checked))
        employees = [
            Employee(str(uuid.uuid4()), name, role, department, self.now())
            for name, role, _hash_value, department in prepared
        ]
        details: dict[str, Any] = {"source": source} if source else {}
        try:
            with self.db.atomic():
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
                        {"id": e.id, "role": e.role.value, "department": e.department, **details},
                        e.created_at,
                    )
                    for e in employees
                )
        except sqlite3.IntegrityError as exc:
            if "name_key" in str(exc):
                taken = self._taken_name([p[0] for p in prepared])
                raise StoreError(f"an employee named '{taken}' already exists") from None
            raise
        return employees

    def _taken_name(self, names: Iterable[str]) -> str:
        names = list(names)
        taken = self.existing_names(names)
        return next((name for name in names if _name_key(name) in taken), names[0] if names else "")

    def existing_names(self, names: Iterable[str]) -> dict[str, str]:
        """Of ``names``, those already taken: their name key -> the employee's name."""
        keys = sorted({_name_key(name) for name in names})
        found: dict[str, str] = {}
        for start in range(0, len(keys), _NAME_CHUNK):
            chunk = keys[start : start + _NAME_CHUNK]
            marks = ", ".join("?" * len(chunk))
            found.update(
                self.db.execute(
                    f"SELECT name_key, name FROM employees WHERE name_key IN ({marks})", chunk
                ).fetchall()
            )
        return found

    def employees(self, include_inactive: bool = False) -> list[Employee]:
        sql = "SELECT id, name, role, department, created_at, active FROM employees"
        if not include_inactive:
            sql += " WHERE active = 1"
        return [
            employee_from_row(row)
            for row in self.conn.execute(sql + " ORDER BY name_key").fetchall()
        ]

    def employee(self, employee_id: str) -> Employee | None:
        row = self.db.execute(
            "SELECT id, name, role, department, created_at, active FROM employees WHERE id = ?",
            [employee_id],
        ).fetchone()
        return employee_from_row(row) if row else None

    def employee_by_name(self, name: str) -> Employee | None:
        row = self.db.execute(
            "SELECT id, name, role, department, created_at, active FROM employees WHERE name_key = ?",
            [_name_key(name)],
        ).fetchone()
        return employee_from_row(row) if row else None

    def authenticate(self, name: str, password: str) -> Employee | None:
        """The employee when name and password match, else None (same answer for both faults)."""
        return self.sign_in(name, password).employee

    def sign_in(self, name: str, password: str) -> SignIn:
        """Check a password, with the lockout: after repeated failures a name must wait.

        A wrong name and a wrong password get the same answer in about the same time. Only
        the outcome and its time are recorded, never what was typed.
        """
        from sellertrain.core.passwords import LOCKOUT_MEMORY, locked_until, verify_password

        row = self.db.execute(
            "SELECT id, password_hash FROM employees WHERE name_key = ? AND active = 1",
            [_name_key(name)],
        ).fetchone()
        if row is None:
            verify_password(password, None)
            return SignIn(None)
        employee_id, stored = row
        now = self.clock()

        def wait() -> int | None:
            until = locked_until(self.sign_in_events(employee_id, now - LOCKOUT_MEMORY))
            if until is None or until <= now:
                return None
            return max(1, math.ceil((until - now).total_seconds()))

        if (seconds := wait()) is not None:
            return SignIn(None, seconds)
        ok = verify_password(password, stored)
        with self.db.atomic():
            self._sign_in_event(employee_id, "succeeded" if ok else "failed", _iso(now))
        if not ok:
            return SignIn(None, wait())
        return SignIn(self.employee(employee_id))

    def reset_password(self, employee_id: str, new_password: str, actor_id: str | None) -> None:
        """Give an employee a new password (ending any lockout), recorded in the audit log."""
        from sellertrain.core.passwords import hash_password, password_problem

        employee = self.employee(employee_id)
        if employee is None:
            raise StoreError("no such employee")
        if problem := password_problem(new_password, employee.name):
            raise StoreError(problem)
        password_hash = hash_password(new_password)
        at = self.now()
        with self.db.atomic():
            self.db.conn.execute(
                "UPDATE employees SET password_hash = ? WHERE id = ?", [password_hash, employee_id]
            )
            self._sign_in_event(employee_id, "reset", at)
            self._audit(actor_id, PASSWORD_RESET, employee.name, {"id": employee_id}, at)

    # -- audited changes made elsewhere in the store -----------------------------------
    def add_assignment(
        self,
        created_by: str,
        due_date: str,
        target_kind: str,
        target: str | None = None,
        lesson_id: str | None = None,
        module: str | None = None,
    ) -> Assignment:
        """Record an assignment and its audit row in one transaction."""
        with self.db.atomic():
            assignment = super().add_assignment(
                created_by, due_date, target_kind, target, lesson_id, module
            )
            self._audit(
                created_by,
                ASSIGNMENT_CREATED,
                _assignment_subject(assignment),
                {"id": assignment.id, "due_date": due_date},
                assignment.created_at,
            )
        return assignment

    def revoke_assignment(self, assignment_id: str, revoked_by: str) -> None:
        """Revoke an assignment (once) and record it in the audit log, in one transaction."""
        with self.db.atomic():
            row = self.db.execute(
                "SELECT a.id, a.target_kind, a.target, a.due_date, a.created_by, a.created_at,"
                " a.lesson_id, a.module, r.id IS NOT NULL FROM assignments AS a"
                " LEFT JOIN assignment_revocations AS r ON r.assignment_id = a.id WHERE a.id = ?",
                [assignment_id],
            ).fetchone()
            if row is None:
                raise StoreError("no such assignment")
            super().revoke_assignment(assignment_id, revoked_by)
            if not row[8]:  # revoked just now (a second revocation is ignored)
                (revoked_at,) = self.db.execute(
                    "SELECT revoked_at FROM assignment_revocations WHERE assignment_id = ?",
                    [assignment_id],
                ).fetchone()
                self._audit(
                    revoked_by,
                    ASSIGNMENT_REVOKED,
                    _assignment_subject(Assignment(*row[:8])),
                    {"id": assignment_id},
                    revoked_at,
                )

    def insert_batches(self, batches: Iterable[RowBatch]) -> BulkCounts:
        """Bulk rows (demo data) plus an audit row per employee added, in one transaction."""
        added: list[tuple[Any, ...]] = []

        def watched() -> Iterable[RowBatch]:
            for batch in batches:
                # employees rows: id, name, name_key, role, department, hash, created_at, active
                added.extend((r[0], r[1], r[3], r[4], r[6]) for r in batch.employees)
                yield batch

        with self.db.atomic():
            counts = super().insert_batches(watched())
            self._audit_many(
                (
                    None,
                    EMPLOYEE_ADDED,
                    name,
                    {"id": employee_id, "role": role, "department": department, "source": "demo"},
                    at,
                )
                for employee_id, name, role, department, at in added
            )
        return counts

    def record_content_published(
        self, actor_id: str, file: str, details: Mapping[str, Any] | None = None
    ) -> None:
        """Record that an author saved (published) a content file in a new version."""
        with self.db.atomic():
            self._audit(actor_id, CONTENT_PUBLISHED, file, details)

    # -- lesson reading ----------------------------------------------------------------
    def _lesson_event(
        self,
        employee_id: str,
        lesson_id: str,
        version: str,
        kind: str,
        seconds: int = 0,
        sections: Sequence[SectionText] = (),
    ) -> str:
        event_id = str(uuid.uuid4())
        with self.db.atomic():
            self._keep_section_texts(lesson_id, sections)
            self.db.execute(
                "INSERT INTO lesson_events (id, employee_id, lesson_id, lesson_version, kind, at,"
                " seconds, sections) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    event_id,
                    employee_id,
                    lesson_id,
                    version,
                    kind,
                    self.now(),
                    max(0, int(seconds)),
                    _section_map(sections) if sections else None,
                ],
            )
        return event_id

    def record_lesson_opened(self, employee_id: str, lesson_id: str, version: str) -> str:
        return self._lesson_event(employee_id, lesson_id, version, "opened")

    def record_reading_time(
        self, employee_id: str, lesson_id: str, version: str, seconds: float
    ) -> str:
        return self._lesson_event(employee_id, lesson_id, version, "read", round(seconds))

    def record_lesson_completed(
        self,
        employee_id: str,
        lesson_id: str,
        version: str,
        sections: Sequence[SectionText] = (),
    ) -> str:
        """A completion, with the hash (and text) of every section the employee read."""
        return self._lesson_event(employee_id, lesson_id, version, "completed", 0, sections)

    def lesson_progress(self, employee_id: str) -> dict[str, LessonProgress]:
        """Per lesson: first and last opening, time read, latest completion and its version."""
        rows = self.db.execute(
            """
            SELECT lesson_id,
                   min(CASE WHEN kind = 'opened' THEN at END),
                   max(CASE WHEN kind = 'opened' THEN at END),
                   sum(seconds),
                   max(CASE WHEN kind = 'completed' THEN at END)
            FROM lesson_events WHERE employee_id = ? GROUP BY lesson_id
            """,
            [employee_id],
        ).fetchall()
        latest = {
            lesson_id: (version, json.loads(sections) if sections else {})
            for lesson_id, version, sections in self.db.execute(
                """
                SELECT lesson_id, lesson_version, sections FROM lesson_events AS e
                WHERE employee_id = ? AND kind = 'completed' AND at = (
                    SELECT max(at) FROM lesson_events
                    WHERE employee_id = e.employee_id AND lesson_id = e.lesson_id
                      AND kind = 'completed')
                ORDER BY at, rowid
                """,
                [employee_id],
            ).fetchall()
        }
        return {
            row[0]: LessonProgress(
                row[0],
                row[1],
                row[2],
                row[3] or 0,
                row[4],
                latest.get(row[0], (None, {}))[0],
                latest.get(row[0], (None, {}))[1],
            )
            for row in rows
        }

    def lesson_events(self, employee_id: str) -> list[dict]:
        """Every reading record of an employee, oldest first (for 'My progress')."""
        return list(
            self.db.query(
                "SELECT lesson_id, lesson_version, kind, at, seconds FROM lesson_events"
                " WHERE employee_id = ? ORDER BY at, rowid",
                [employee_id],
            )
        )

    # -- quiz attempts -----------------------------------------------------------------
    def start_attempt(
        self,
        employee_id: str,
        quiz_id: str,
        quiz_version: str,
        seed: int,
        *,
        kind: str = "quiz",
        scope: Sequence[str] = (),
        lesson_id: str | None = None,
        sections: Sequence[SectionText] = (),
    ) -> AttemptRecord:
        """A new attempt; ``sections`` are the tested lesson's sections as they are now."""
        record = AttemptRecord(
            str(uuid.uuid4()),
            employee_id,
            quiz_id,
            quiz_version,
            seed,
            self.now(),
            kind=kind,
            scope=tuple(scope),
        )
        with self.db.atomic():
            if lesson_id is not None:
                self._keep_section_texts(lesson_id, sections)
            self.db.execute(
                "INSERT INTO attempts (id, employee_id, quiz_id, quiz_version, seed, started_at,"
                " kind, scope, sections) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    record.id,
                    employee_id,
                    quiz_id,
                    quiz_version,
                    seed,
                    record.started_at,
                    kind,
                    json.dumps(list(scope)) if scope else None,
                    _section_map(sections) if sections else None,
                ],
            )
        return record

    def save_draft_answer(
        self, attempt_id: str, question_id: str, selected: Response | set[int]
    ) -> None:
        """Keep an answer given so far, so a closed app can resume the attempt."""
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO draft_answers (id, attempt_id, question_id, selected, saved_at, seq)"
                " VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM draft_answers"
                " WHERE attempt_id = ?))",
                [
                    str(uuid.uuid4()),
                    attempt_id,
                    question_id,
                    responses.encode(
                        selected if not isinstance(selected, set) else frozenset(selected)
                    ),
                    self.now(),
                    attempt_id,
                ],
            )

    def draft_answers(self, attempt_id: str) -> dict[str, Response]:
        """The latest saved answer to each question of an unfinished attempt."""
        answers: dict[str, Response] = {}
        for question_id, selected in self.db.execute(
            "SELECT question_id, selected FROM draft_answers WHERE attempt_id = ? ORDER BY seq",
            [attempt_id],
        ).fetchall():
            answers[question_id] = responses.decode(selected)
        return answers

    def finish_attempt(
        self,
        attempt_id: str,
        score: float,
        passed: bool,
        answers: Sequence[AnswerToSave],
        status: str = "submitted",
    ) -> None:
        """Write the result and every answer of an attempt in one transaction.

        The result is linked to the employee's previous one by hash in the same transaction
        (see chain.py), so a kill leaves the result, its answers and its link all or none.
        """
        stored = [
            (
                a.question_id,
                a.position,
                responses.encode(a.selected),
                json.dumps(list(a.selected_text), ensure_ascii=False),
                int(a.correct),
                a.score,
            )
            for a in answers
        ]
        result = [str(uuid.uuid4()), status, self.now(), score, int(passed)]
        with self.db.atomic():
            link = self._chain_link(attempt_id, result, stored)
            self.db.execute(
                "INSERT INTO attempt_results (id, attempt_id, status, finished_at, score, passed,"
                " employee_id, chain_seq, prev_hash, record_hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [result[0], attempt_id, *result[1:], *link],
            )
            self.db.conn.executemany(
                "INSERT INTO answers (id, attempt_id, question_id, position, selected,"
                " selected_text, correct, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(str(uuid.uuid4()), attempt_id, *row) for row in stored],
            )

    def attempts(self, employee_id: str, quiz_id: str | None = None) -> list[AttemptRecord]:
        """An employee's attempts, newest first, finished or not."""
        sql = (
            "SELECT a.id, a.employee_id, a.quiz_id, a.quiz_version, a.seed, a.started_at,"
            " r.status, r.finished_at, r.score, r.passed, a.kind, a.scope FROM attempts AS a"
            " LEFT JOIN attempt_results AS r ON r.attempt_id = a.id WHERE a.employee_id = ?"
        )
        params: list = [employee_id]
        if quiz_id is not None:
            sql += " AND a.quiz_id = ?"
            params.append(quiz_id)
        rows = self.db.execute(sql + " ORDER BY a.started_at DESC, a.rowid DESC", params).fetchall()
        return [_attempt(row) for row in rows]

    def attempt(self, attempt_id: str) -> AttemptRecord | None:
        row = self.db.execute(
            "SELECT a.id, a.employee_id, a.quiz_id, a.quiz_version, a.seed, a.started_at,"
            " r.status, r.finished_at, r.score, r.passed, a.kind, a.scope FROM attempts AS a"
            " LEFT JOIN attempt_results AS r ON r.attempt_id = a.id WHERE a.id = ?",
            [attempt_id],
        ).fetchone()
        return _attempt(row) if row else None

    def unfinished_attempt(self, employee_id: str) -> AttemptRecord | None:
        """The newest attempt the employee started and never submitted, if any."""
        return next((a for a in self.attempts(employee_id) if not a.finished), None)

    def answers(self, attempt_id: str) -> list[AnswerRecord]:
        rows = self.db.execute(
            "SELECT question_id, position, selected, selected_text, correct, score FROM answers"
            " WHERE attempt_id = ? ORDER BY position",
            [attempt_id],
        ).fetchall()
        return [
            AnswerRecord(
                r[0], r[1], responses.decode(r[2]), tuple(json.loads(r[3])), bool(r[4]), r[5]
            )
            for r in rows
        ]


def _open_database(path: Path) -> sqlite3.Connection:
    """Connect, refuse files that are not ours, switch to WAL and migrate."""
    try:
        conn = _connect(path)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None
    try:
        version = _inspect(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        if version < SCHEMA_VERSION:
            from sellertrain.core.store.transactions import Database

            _migrate(Database(conn, execute_plugins=False), path, version)
    except StoreError:
        conn.close()
        raise
    except sqlite3.OperationalError:
        conn.close()
        raise  # Store.open retries a busy database and reports the rest
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot use {path}: {exc}") from None
    return conn


def _assignment_subject(assignment: Assignment) -> str:
    what = (
        f"lesson {assignment.lesson_id}" if assignment.lesson_id else f"module {assignment.module}"
    )
    if assignment.target_kind == "everyone":
        return f"{what} to everyone"
    return f"{what} to {assignment.target_kind} {assignment.target}"


def _attempt(row: Sequence) -> AttemptRecord:
    """An attempt from its columns as the attempt queries select them (passed may be NULL)."""
    passed = None if row[9] is None else bool(row[9])
    scope = tuple(json.loads(row[11])) if row[11] else ()
    return AttemptRecord(*row[:9], passed, row[10], scope)


def _section_map(sections: Sequence[SectionText]) -> str:
    return json.dumps({s.anchor: s.digest for s in sections}, sort_keys=True)
