"""The Store: every read and write of training records (all of SellerTrain's SQL is in this package).

Training records are append-only: every row has a UUID and is never updated or deleted
(triggers refuse it), so history stays honest and several machines' records can be merged.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import sqlite_utils

from sellertrain.core import responses
from sellertrain.core.models import AccessRole, Employee, Response
from sellertrain.core.store.bulk import BulkWrites
from sellertrain.core.store.records import (
    AnswerRecord,
    AnswerToSave,
    AttemptRecord,
    LessonProgress,
)
from sellertrain.core.store.reporting import ReportingQueries
from sellertrain.core.store.schema import (
    SCHEMA_VERSION,
    StoreError,
    _connect,
    _inspect,
    _iso,
    _migrate,
    utc_now,
)


class Store(ReportingQueries, BulkWrites):
    """An open SellerTrain database. Every read and write of the app goes through it."""

    def __init__(self, db: sqlite_utils.Database, path: Path, clock: Callable[[], dt.datetime]):
        self.db = db
        self.path = path
        self.clock = clock

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, clock: Callable[[], dt.datetime] = utc_now) -> Store:
        """Open (creating or migrating) the database at ``path``; raise StoreError if unusable."""
        path = Path(path)
        try:
            conn = _connect(path)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open {path}: {exc}") from None
        try:
            version = _inspect(conn, path)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            db.execute("PRAGMA foreign_keys = ON")
            if db.journal_mode != "wal":
                db.enable_wal()
            if version < SCHEMA_VERSION:
                _migrate(db, path, version)
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"cannot use {path}: {exc}") from None
        return cls(db, path, clock)

    def close(self) -> None:
        self.db.close()

    def now(self) -> str:
        return _iso(self.clock())

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # -- employees ---------------------------------------------------------------------
    def has_employees(self) -> bool:
        return self.db.execute("SELECT EXISTS (SELECT 1 FROM employees)").fetchone()[0] == 1

    def add_employee(
        self, name: str, role: AccessRole | str, password: str, department: str | None = None
    ) -> Employee:
        """Add one employee; raise StoreError for an empty or taken name or a bad role."""
        (employee,) = self.add_employees([(name, role, password, department)])
        return employee

    def add_employees(
        self, rows: Sequence[tuple[str, AccessRole | str, str, str | None]]
    ) -> list[Employee]:
        """Add several employees in one transaction: all of them, or none."""
        from sellertrain.core.passwords import hash_password as _hash

        prepared = []
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
            if len(password) < 4:
                raise StoreError(f"the password for {name} must have at least 4 characters")
            prepared.append((name, role, _hash(password), (department or "").strip() or None))
        keys = [name.casefold() for name, *_ in prepared]
        twice = next((name for name, *_ in prepared if keys.count(name.casefold()) > 1), None)
        if twice is not None:
            raise StoreError(f"the name '{twice}' is given twice")
        employees = []
        try:
            with self.db.atomic():
                for name, role, password_hash, department in prepared:
                    employee = Employee(str(uuid.uuid4()), name, role, department, self.now())
                    self.db.execute(
                        "INSERT INTO employees (id, name, name_key, role, department, password_hash,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [
                            employee.id,
                            name,
                            name.casefold(),
                            role.value,
                            department,
                            password_hash,
                            employee.created_at,
                        ],
                    )
                    employees.append(employee)
        except sqlite3.IntegrityError as exc:
            if "name_key" in str(exc):
                taken = self._taken_name([p[0] for p in prepared])
                raise StoreError(f"an employee named '{taken}' already exists") from None
            raise
        return employees

    def _taken_name(self, names: Iterable[str]) -> str:
        for name in names:
            if self.employee_by_name(name) is not None:
                return name
        return next(iter(names), "")

    def employees(self, include_inactive: bool = False) -> list[Employee]:
        sql = "SELECT id, name, role, department, created_at, active FROM employees"
        if not include_inactive:
            sql += " WHERE active = 1"
        return [_employee(row) for row in self.db.execute(sql + " ORDER BY name_key").fetchall()]

    def employee(self, employee_id: str) -> Employee | None:
        row = self.db.execute(
            "SELECT id, name, role, department, created_at, active FROM employees WHERE id = ?",
            [employee_id],
        ).fetchone()
        return _employee(row) if row else None

    def employee_by_name(self, name: str) -> Employee | None:
        row = self.db.execute(
            "SELECT id, name, role, department, created_at, active FROM employees WHERE name_key = ?",
            [" ".join(name.split()).casefold()],
        ).fetchone()
        return _employee(row) if row else None

    def authenticate(self, name: str, password: str) -> Employee | None:
        """The employee when name and password match, else None (same answer for both faults)."""
        from sellertrain.core.passwords import verify_password

        row = self.db.execute(
            "SELECT id, password_hash FROM employees WHERE name_key = ? AND active = 1",
            [" ".join(name.split()).casefold()],
        ).fetchone()
        stored = row[1] if row else None
        if not verify_password(password, stored):
            return None
        return self.employee(row[0])

    # -- lesson reading ----------------------------------------------------------------
    def _lesson_event(
        self, employee_id: str, lesson_id: str, version: str, kind: str, seconds: int = 0
    ) -> str:
        event_id = str(uuid.uuid4())
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO lesson_events (id, employee_id, lesson_id, lesson_version, kind, at,"
                " seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [event_id, employee_id, lesson_id, version, kind, self.now(), max(0, int(seconds))],
            )
        return event_id

    def record_lesson_opened(self, employee_id: str, lesson_id: str, version: str) -> str:
        return self._lesson_event(employee_id, lesson_id, version, "opened")

    def record_reading_time(
        self, employee_id: str, lesson_id: str, version: str, seconds: float
    ) -> str:
        return self._lesson_event(employee_id, lesson_id, version, "read", round(seconds))

    def record_lesson_completed(self, employee_id: str, lesson_id: str, version: str) -> str:
        return self._lesson_event(employee_id, lesson_id, version, "completed")

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
        versions = dict(
            self.db.execute(
                """
                SELECT lesson_id, lesson_version FROM lesson_events AS e
                WHERE employee_id = ? AND kind = 'completed' AND at = (
                    SELECT max(at) FROM lesson_events
                    WHERE employee_id = e.employee_id AND lesson_id = e.lesson_id
                      AND kind = 'completed')
                """,
                [employee_id],
            ).fetchall()
        )
        return {
            row[0]: LessonProgress(
                row[0], row[1], row[2], row[3] or 0, row[4], versions.get(row[0])
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
        self, employee_id: str, quiz_id: str, quiz_version: str, seed: int
    ) -> AttemptRecord:
        record = AttemptRecord(
            str(uuid.uuid4()), employee_id, quiz_id, quiz_version, seed, self.now()
        )
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO attempts (id, employee_id, quiz_id, quiz_version, seed, started_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [record.id, employee_id, quiz_id, quiz_version, seed, record.started_at],
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
        """Write the result and every answer of an attempt in one transaction."""
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO attempt_results (id, attempt_id, status, finished_at, score, passed)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [str(uuid.uuid4()), attempt_id, status, self.now(), score, int(passed)],
            )
            self.db.conn.executemany(
                "INSERT INTO answers (id, attempt_id, question_id, position, selected,"
                " selected_text, correct, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        str(uuid.uuid4()),
                        attempt_id,
                        a.question_id,
                        a.position,
                        responses.encode(a.selected),
                        json.dumps(list(a.selected_text), ensure_ascii=False),
                        int(a.correct),
                        a.score,
                    )
                    for a in answers
                ],
            )

    def attempts(self, employee_id: str, quiz_id: str | None = None) -> list[AttemptRecord]:
        """An employee's attempts, newest first, finished or not."""
        sql = (
            "SELECT a.id, a.employee_id, a.quiz_id, a.quiz_version, a.seed, a.started_at,"
            " r.status, r.finished_at, r.score, r.passed FROM attempts AS a"
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
            " r.status, r.finished_at, r.score, r.passed FROM attempts AS a"
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


def _employee(row: Sequence) -> Employee:
    return Employee(row[0], row[1], AccessRole(row[2]), row[3], row[4], bool(row[5]))


def _attempt(row: Sequence) -> AttemptRecord:
    return AttemptRecord(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        None if row[9] is None else bool(row[9]),
    )
