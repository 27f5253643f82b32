"""The schema: numbered migrations keyed on ``PRAGMA user_version``, and safe opening.

A shipped migration is never edited; a new one is added. Before migrating an existing file a
backup copy is written beside it; all missing steps then run in one transaction, so a kill
leaves the file fully before or fully after, and a failed step restores the copy.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sellertrain.core.store.transactions import Database


log = logging.getLogger(__name__)

APPLICATION_ID = 0x53545231  # "STR1": marks the file as a SellerTrain database
APPEND_ONLY_TABLES = (
    "lesson_events",
    "attempts",
    "attempt_results",
    "answers",
    "draft_answers",
    "assignments",
    "assignment_revocations",
    "audit_log",
    "sign_in_events",
    "section_texts",
    "lesson_publications",
    "certificates",
)
BUSY_TIMEOUT_MS = 5_000  # how long one statement waits for another connection's lock


class StoreError(Exception):
    """A database problem the user can act on; the message says what to do."""


class StoreBusy(StoreError):
    """Another program held the database for longer than the retries allow."""


def busy_error() -> StoreBusy:
    return StoreBusy(
        "the database is busy: another SellerTrain (or a backup) is writing to it. "
        "Nothing was lost; try again in a moment"
    )


_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def is_busy(exc: BaseException) -> bool:
    """Whether a sqlite3 error means "someone else holds the lock" (BUSY or LOCKED)."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    message = str(exc).lower()
    return "database is locked" in message or "database is busy" in message


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
_MIGRATION_3 = (  # training assignments with due dates, and covering indexes for the reports
    """
    CREATE TABLE assignments (
        id TEXT PRIMARY KEY,
        lesson_id TEXT,
        module TEXT,
        target_kind TEXT NOT NULL
            CHECK (target_kind IN ('everyone', 'role', 'department', 'employee')),
        target TEXT,
        due_date TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES employees(id),
        created_at TEXT NOT NULL,
        CHECK ((lesson_id IS NULL) <> (module IS NULL))
    );
    CREATE TABLE assignment_revocations (
        id TEXT PRIMARY KEY,
        assignment_id TEXT NOT NULL UNIQUE REFERENCES assignments(id),
        revoked_by TEXT NOT NULL REFERENCES employees(id),
        revoked_at TEXT NOT NULL
    );
    CREATE INDEX lesson_events_report
        ON lesson_events (kind, employee_id, lesson_id, lesson_version, at);
    CREATE INDEX lesson_events_activity ON lesson_events (employee_id, at);
    CREATE INDEX attempts_by_quiz ON attempts (quiz_id, id, employee_id, quiz_version, started_at);
    CREATE INDEX attempt_results_cover
        ON attempt_results (attempt_id, status, score, passed, finished_at);
    """
    + "".join(_append_only(t) for t in ("assignments", "assignment_revocations"))
)
_MIGRATION_4 = (  # the audit log of who changed what, and sign-in outcomes for the lockout
    """
    CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id TEXT REFERENCES employees(id),
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
    );
    CREATE INDEX audit_log_by_time ON audit_log (at);
    CREATE TABLE sign_in_events (
        id TEXT PRIMARY KEY,
        employee_id TEXT NOT NULL REFERENCES employees(id),
        outcome TEXT NOT NULL CHECK (outcome IN ('failed', 'succeeded', 'reset')),
        at TEXT NOT NULL
    );
    CREATE INDEX sign_in_events_by_employee ON sign_in_events (employee_id, at, outcome);
    """
    + "".join(_append_only(t) for t in ("audit_log", "sign_in_events"))
)
_MIGRATION_5 = (  # compliance lifecycle: section versions, publications, certificates, chain
    """
    CREATE TABLE section_texts (
        hash TEXT PRIMARY KEY,
        lesson_id TEXT NOT NULL,
        anchor TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE lesson_publications (
        id TEXT PRIMARY KEY,
        lesson_id TEXT NOT NULL,
        version TEXT NOT NULL,
        previous_version TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('material', 'editorial')),
        revision INTEGER NOT NULL CHECK (revision >= 0),
        changed_sections TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changed_sections)),
        sections TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(sections)),
        previous_sections TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(previous_sections)),
        published_at TEXT NOT NULL,
        published_by TEXT REFERENCES employees(id),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX lesson_publications_by_lesson
        ON lesson_publications (lesson_id, published_at, revision, version);
    CREATE INDEX lesson_publications_by_version
        ON lesson_publications (lesson_id, version, revision);
    ALTER TABLE lesson_events ADD COLUMN sections TEXT
        CHECK (sections IS NULL OR json_valid(sections));
    ALTER TABLE attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'quiz'
        CHECK (kind IN ('quiz', 'recheck', 'review'));
    ALTER TABLE attempts ADD COLUMN scope TEXT CHECK (scope IS NULL OR json_valid(scope));
    ALTER TABLE attempts ADD COLUMN sections TEXT
        CHECK (sections IS NULL OR json_valid(sections));
    ALTER TABLE attempt_results ADD COLUMN employee_id TEXT REFERENCES employees(id);
    ALTER TABLE attempt_results ADD COLUMN chain_seq INTEGER;
    ALTER TABLE attempt_results ADD COLUMN prev_hash TEXT;
    ALTER TABLE attempt_results ADD COLUMN record_hash TEXT;
    CREATE UNIQUE INDEX attempt_results_chain
        ON attempt_results (employee_id, chain_seq) WHERE chain_seq IS NOT NULL;
    CREATE TABLE certificates (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        employee_id TEXT NOT NULL REFERENCES employees(id),
        scope_kind TEXT NOT NULL CHECK (scope_kind IN ('module', 'assessment')),
        scope TEXT NOT NULL,
        title TEXT NOT NULL,
        score REAL,
        issued_at TEXT NOT NULL,
        expires_at TEXT,
        evidence TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence))
    );
    CREATE INDEX certificates_by_employee ON certificates (employee_id, scope, issued_at);
    """
    + "".join(_append_only(t) for t in ("section_texts", "lesson_publications", "certificates"))
)
# ANSWERS_BY_QUESTION, SUMMARY_FILL and SUMMARY_TRIGGERS are the parts of migrations 6 and 7
# that bulk writing (demo data) drops and builds again once at the end, several times faster
# than keeping them up to date row by row. They are shipped migration text: never edit them;
# add a migration instead.
#
# Covering indexes for the manager's reports. Item analysis reads a quiz's answers in
# (question, answer given) order straight from ``answers_by_question``, so its GROUP BY needs
# no sort of every answer (the sort was most of its time); the team table scans attempts per
# employee and quiz from ``attempts_by_employee_quiz`` without reading attempt rows.
ANSWERS_BY_QUESTION = """
    CREATE INDEX answers_by_question ON answers (question_id, selected, correct, attempt_id);
"""
_MIGRATION_6 = (
    ANSWERS_BY_QUESTION
    + """
    CREATE INDEX attempts_by_employee_quiz ON attempts (employee_id, quiz_id, id);
"""
)
# Summaries for the team table, kept by triggers in the transaction of every new record, so
# the report reads one row per employee and lesson (or quiz) instead of grouping every event.
# They are caches, not records: rebuildable from the append-only tables at any time.
_SUMMARY_TABLES = """
    CREATE TABLE lesson_summary (
        employee_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        completed_at TEXT,
        completed_version TEXT,
        seconds INTEGER NOT NULL DEFAULT 0,
        last_at TEXT NOT NULL,
        PRIMARY KEY (employee_id, lesson_id)
    ) WITHOUT ROWID;
    CREATE TABLE quiz_summary (
        employee_id TEXT NOT NULL,
        quiz_id TEXT NOT NULL,
        best REAL,
        last_finished TEXT NOT NULL,
        passed INTEGER NOT NULL,
        PRIMARY KEY (employee_id, quiz_id)
    ) WITHOUT ROWID;
"""
SUMMARY_FILL = """
    INSERT INTO lesson_summary (employee_id, lesson_id, seconds, last_at)
        SELECT employee_id, lesson_id, sum(seconds), max(at)
        FROM lesson_events GROUP BY employee_id, lesson_id;
    UPDATE lesson_summary SET (completed_at, completed_version) = (
        SELECT e.at, e.lesson_version FROM lesson_events AS e
        WHERE e.employee_id = lesson_summary.employee_id AND e.lesson_id = lesson_summary.lesson_id
          AND e.kind = 'completed'
        ORDER BY e.at DESC, e.rowid DESC LIMIT 1);
    INSERT INTO quiz_summary (employee_id, quiz_id, best, last_finished, passed)
        SELECT a.employee_id, a.quiz_id, max(r.score), max(r.finished_at), max(r.passed)
        FROM attempts AS a JOIN attempt_results AS r ON r.attempt_id = a.id
        WHERE r.status <> 'abandoned' AND a.kind = 'quiz'
        GROUP BY a.employee_id, a.quiz_id;
"""
SUMMARY_TRIGGERS = """
    CREATE TRIGGER lesson_summary_add AFTER INSERT ON lesson_events
    BEGIN
        INSERT INTO lesson_summary
            (employee_id, lesson_id, completed_at, completed_version, seconds, last_at)
        VALUES (
            NEW.employee_id, NEW.lesson_id,
            CASE WHEN NEW.kind = 'completed' THEN NEW.at END,
            CASE WHEN NEW.kind = 'completed' THEN NEW.lesson_version END,
            NEW.seconds, NEW.at)
        ON CONFLICT (employee_id, lesson_id) DO UPDATE SET
            completed_version = CASE
                WHEN NEW.kind = 'completed' AND (completed_at IS NULL OR NEW.at >= completed_at)
                THEN NEW.lesson_version ELSE completed_version END,
            completed_at = CASE
                WHEN NEW.kind = 'completed' AND (completed_at IS NULL OR NEW.at >= completed_at)
                THEN NEW.at ELSE completed_at END,
            seconds = seconds + NEW.seconds,
            last_at = max(last_at, NEW.at);
    END;
    CREATE TRIGGER quiz_summary_add AFTER INSERT ON attempt_results
    WHEN NEW.status <> 'abandoned'
    BEGIN
        INSERT INTO quiz_summary (employee_id, quiz_id, best, last_finished, passed)
        SELECT a.employee_id, a.quiz_id, NEW.score, NEW.finished_at, NEW.passed
        FROM attempts AS a WHERE a.id = NEW.attempt_id AND a.kind = 'quiz'
        ON CONFLICT (employee_id, quiz_id) DO UPDATE SET
            best = max(best, excluded.best),
            last_finished = max(last_finished, excluded.last_finished),
            passed = max(passed, excluded.passed);
    END;
"""
_MIGRATION_7 = _SUMMARY_TABLES + SUMMARY_FILL + SUMMARY_TRIGGERS
MIGRATIONS: tuple[str, ...] = (
    _MIGRATION_1,
    _MIGRATION_2,
    _MIGRATION_3,
    _MIGRATION_4,
    _MIGRATION_5,
    _MIGRATION_6,
    _MIGRATION_7,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _inspect(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; refuse files that are not ours or are too new."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise
        raise StoreError(
            f"{path} is not a SellerTrain database or is damaged ({exc}); the file was not changed. "
            "Choose another file with --db, or restore a backup."
        ) from None
    ours = app_id == APPLICATION_ID or (app_id == 0 and version == 0 and tables == 0)
    if not ours:
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
    """Copy the database (a consistent snapshot) to ``NAME.vVERSION.bak`` beside it.

    The copy is written under a temporary name and renamed, so a kill never leaves a half
    copy under the backup's name.
    """
    target = path.with_name(f"{path.name}.v{version}.bak")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(str(partial))
    try:
        conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        copy.close()
    os.replace(partial, target)
    return target


def _restore(conn: sqlite3.Connection, backup: Path) -> None:
    """Write the backup copy's pages back into the open database (the backup API, in reverse)."""
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(conn)
    finally:
        source.close()


def _unchanged(conn: sqlite3.Connection, version: int, target: int) -> bool:
    """After a rolled-back upgrade: is the file sound, and at the old (or the new) version?"""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    return current in (version, target) and conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def _migrate(db: Database, path: Path, version: int) -> None:
    """Run the missing numbered migrations after a backup copy, all in one transaction.

    One transaction makes the upgrade all-or-nothing even when the process is killed. If a
    step fails, the transaction is rolled back; should the file then not be exactly at its
    old version and sound, the backup copy is written back. The copy stays beside the file.
    """
    target = len(MIGRATIONS)
    if version >= target:
        return
    backup = None
    if version > 0:
        backup = _backup(db.conn, path, version)
        log.info("backed up %s to %s before migrating", path, backup)
    number, holding = version, False
    try:
        with db.atomic():  # BEGIN IMMEDIATE: a second app waits here for the first to finish
            holding = True
            current = db.conn.execute("PRAGMA user_version").fetchone()[0]
            for number in range(current + 1, target + 1):
                log.info("migrating %s to schema %d", path, number)
                for statement in _split_sql(MIGRATIONS[number - 1]):
                    db.conn.execute(statement)
                db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.conn.execute(f"PRAGMA user_version = {number}")
    except (sqlite3.Error, StoreError) as exc:
        if not holding:  # never got the lock (another app is busy with it): nothing changed
            raise
        log.error("migrating %s to schema %d failed: %s", path, number, exc)
        undone = "the upgrade was undone"
        if backup is not None and not _unchanged(db.conn, version, target):
            _restore(db.conn, backup)
            undone += " and the copy made before it was written back"
        kept = f" (a copy is kept as {backup.name})" if backup is not None else ""
        raise StoreError(
            f"upgrading {path} to schema {number} failed ({exc}); {undone}, so your records "
            f"are as they were{kept}. Keep using the previous SellerTrain version and report "
            "this problem"
        ) from None


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
