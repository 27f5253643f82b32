"""All of SellerTrain's SQL: open and migrate the database, read and write records.

Training records are append-only: every row has a UUID and is never updated or deleted
(triggers refuse it), so history stays honest and several machines' records can be merged.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from sellertrain.core.models import AccessRole, Employee

log = logging.getLogger(__name__)

APPLICATION_ID = 0x53545231  # "STR1": marks the file as a SellerTrain database
APPEND_ONLY_TABLES = ("lesson_events", "attempts", "attempt_results", "answers", "draft_answers")


class StoreError(Exception):
    """A database problem the user can act on; the message says what to do."""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _append_only(table: str) -> str:
    return f"""
    CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
    BEGIN SELECT RAISE(ABORT, '{table} is append-only: add a correcting row instead'); END;
    CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
    BEGIN SELECT RAISE(ABORT, '{table} is append-only: add a correcting row instead'); END;
    """


# Numbered schema steps. A shipped step is never edited: add a new one instead.
_MIGRATION_1 = (  # employees and lesson reading records
    """
        CREATE TABLE employees (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('learner', 'manager', 'author')),
            department TEXT,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE lesson_events (
            id TEXT PRIMARY KEY,
            employee_id TEXT NOT NULL REFERENCES employees(id),
            lesson_id TEXT NOT NULL,
            lesson_version TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('opened', 'read', 'completed')),
            at TEXT NOT NULL,
            seconds INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX lesson_events_by_employee
            ON lesson_events (employee_id, lesson_id, kind, at, lesson_version, seconds);
    """
    + _append_only("lesson_events")
)
_MIGRATION_2 = (  # quiz attempts, their results and answers, and drafts for resuming
    """
        CREATE TABLE attempts (
            id TEXT PRIMARY KEY,
            employee_id TEXT NOT NULL REFERENCES employees(id),
            quiz_id TEXT NOT NULL,
            quiz_version TEXT NOT NULL,
            seed INTEGER NOT NULL,
            started_at TEXT NOT NULL
        );
        CREATE INDEX attempts_by_employee ON attempts (employee_id, quiz_id, started_at);
        CREATE TABLE attempt_results (
            id TEXT PRIMARY KEY,
            attempt_id TEXT NOT NULL UNIQUE REFERENCES attempts(id),
            status TEXT NOT NULL CHECK (status IN ('submitted', 'abandoned', 'timed_out')),
            finished_at TEXT NOT NULL,
            score REAL NOT NULL,
            passed INTEGER NOT NULL
        );
        CREATE TABLE answers (
            id TEXT PRIMARY KEY,
            attempt_id TEXT NOT NULL REFERENCES attempts(id),
            question_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            selected TEXT NOT NULL,
            selected_text TEXT NOT NULL,
            correct INTEGER NOT NULL,
            score REAL NOT NULL,
            UNIQUE (attempt_id, question_id)
        );
        CREATE TABLE draft_answers (
            id TEXT PRIMARY KEY,
            attempt_id TEXT NOT NULL REFERENCES attempts(id),
            question_id TEXT NOT NULL,
            selected TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            seq INTEGER NOT NULL
        );
        CREATE INDEX draft_answers_by_attempt ON draft_answers (attempt_id, seq);
    """
    + "".join(_append_only(t) for t in ("attempts", "attempt_results", "answers", "draft_answers"))
)
MIGRATIONS: tuple[str, ...] = (_MIGRATION_1, _MIGRATION_2)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class LessonProgress:
    """What one employee did with one lesson, summed over the append-only events."""

    lesson_id: str
    first_opened: str | None
    last_opened: str | None
    seconds: int
    completed_at: str | None
    completed_version: str | None


@dataclass(frozen=True)
class AttemptRecord:
    id: str
    employee_id: str
    quiz_id: str
    quiz_version: str
    seed: int
    started_at: str
    status: str | None = None
    finished_at: str | None = None
    score: float | None = None
    passed: bool | None = None

    @property
    def finished(self) -> bool:
        return self.status is not None


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    position: int
    selected: frozenset[int]
    selected_text: tuple[str, ...]
    correct: bool
    score: float


@dataclass(frozen=True)
class AnswerToSave:
    """One scored answer, as ``finish_attempt`` writes it."""

    question_id: str
    position: int
    selected: frozenset[int]
    selected_text: tuple[str, ...]
    correct: bool
    score: float


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=10.0)
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _inspect(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; refuse files that are not ours or are too new."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path} is not a SellerTrain database or is damaged ({exc}); the file was not changed. "
            "Choose another file with --db, or restore a backup."
        ) from None
    if app_id not in (0, APPLICATION_ID) or (version == 0 and tables > 0):
        raise StoreError(
            f"{path} is not a SellerTrain database; the file was not changed. "
            "Choose another file with --db."
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer SellerTrain (schema {version}, this app knows "
            f"{SCHEMA_VERSION}); the file was not changed. Update SellerTrain to open it."
        )
    return version


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    target = path.with_name(f"{path.name}.v{version}.bak")
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target


class Store:
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

    def save_draft_answer(self, attempt_id: str, question_id: str, selected: Iterable[int]) -> None:
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
                    json.dumps(sorted(selected)),
                    self.now(),
                    attempt_id,
                ],
            )

    def draft_answers(self, attempt_id: str) -> dict[str, frozenset[int]]:
        """The latest saved answer to each question of an unfinished attempt."""
        answers: dict[str, frozenset[int]] = {}
        for question_id, selected in self.db.execute(
            "SELECT question_id, selected FROM draft_answers WHERE attempt_id = ? ORDER BY seq",
            [attempt_id],
        ).fetchall():
            answers[question_id] = frozenset(json.loads(selected))
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
                        json.dumps(sorted(a.selected)),
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
                r[0], r[1], frozenset(json.loads(r[2])), tuple(json.loads(r[3])), bool(r[4]), r[5]
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


def _migrate(db: sqlite_utils.Database, path: Path, version: int) -> None:
    """Run the missing numbered migrations, each in its own transaction, after a backup."""
    if version > 0:
        backup = _backup(db.conn, path, version)
        log.info("backed up %s to %s before migrating", path, backup)
    for number in range(version + 1, SCHEMA_VERSION + 1):
        log.info("migrating %s to schema %d", path, number)
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            current = db.conn.execute("PRAGMA user_version").fetchone()[0]
            if current >= number:  # another process migrated meanwhile
                db.conn.execute("ROLLBACK")
                continue
            for statement in _split_sql(MIGRATIONS[number - 1]):
                db.conn.execute(statement)
            db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.conn.execute(f"PRAGMA user_version = {number}")
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise


def _split_sql(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole.

    ``executescript()`` would commit first, so migrations run statement by statement inside
    one transaction instead: a failed step leaves the file as it was.
    """
    statements, buffer = [], []
    for part in script.split(";"):
        buffer.append(part)
        candidate = ";".join(buffer).strip()
        if not candidate:
            buffer = []
            continue
        if sqlite3.complete_statement(candidate + ";"):
            statements.append(candidate)
            buffer = []
    return statements
