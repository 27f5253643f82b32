"""The schema as it is now (after the last migration): the objects code refers to by name.

Migrations say how a database got here; this module says what is here, for the code that
works with the schema's objects directly. Bulk writing (demo data) drops the index on answers
by question and the summary triggers, and builds them again once at the end, several times
faster than keeping them up to date row by row. tests/core/store/test_migrations.py checks that
every statement below is exactly what a fully migrated database holds, so a migration that
changes one of these objects must update it here too.
"""

from __future__ import annotations

from dataclasses import dataclass

APPLICATION_ID = 0x53545231  # "STR1": marks the file as a SellerTrain database
APPEND_ONLY_TABLES = (
    "lesson_events",
    "attempts",
    "attempt_results",
    "answers",
    "draft_answers",
    "assignments",
    "assignment_revocations",
    "due_extensions",
    "audit_log",
    "sign_in_events",
    "section_texts",
    "lesson_publications",
    "certificates",
    "employee_changes",
    "quiz_publications",
    "result_conflicts",
    "conflict_answers",
    "pull_problems",
)


@dataclass(frozen=True)
class SchemaObject:
    """An index or trigger: its kind and name (for DROP) and its CREATE statement."""

    kind: str  # "index" or "trigger", as sqlite_master's ``type`` says
    name: str
    create: str

    @property
    def drop(self) -> str:
        return f"DROP {self.kind.upper()} {self.name}"


# Item analysis reads a quiz's answers in (question, answer given) order from this index.
ANSWERS_BY_QUESTION = SchemaObject(
    "index",
    "answers_by_question",
    "CREATE INDEX answers_by_question ON answers (question_id, selected, correct, attempt_id)",
)
# The summaries for the team table, kept by triggers in the transaction of every new record.
LESSON_SUMMARY_ADD = SchemaObject(
    "trigger",
    "lesson_summary_add",
    """CREATE TRIGGER lesson_summary_add AFTER INSERT ON lesson_events
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
    END""",
)
QUIZ_SUMMARY_ADD = SchemaObject(
    "trigger",
    "quiz_summary_add",
    """CREATE TRIGGER quiz_summary_add AFTER INSERT ON attempt_results
    WHEN NEW.status <> 'abandoned'
    BEGIN
        INSERT INTO quiz_summary (employee_id, quiz_id, best, last_finished, passed)
        SELECT a.employee_id, a.quiz_id, NEW.score, NEW.finished_at, NEW.passed
        FROM attempts AS a WHERE a.id = NEW.attempt_id AND a.kind = 'quiz'
        ON CONFLICT (employee_id, quiz_id) DO UPDATE SET
            best = max(best, excluded.best),
            last_finished = max(last_finished, excluded.last_finished),
            passed = max(passed, excluded.passed);
    END""",
)
# What bulk writing drops for its write and builds again at the end.
REBUILT_AFTER_BULK_WRITES = (LESSON_SUMMARY_ADD, QUIZ_SUMMARY_ADD, ANSWERS_BY_QUESTION)

SUMMARY_TABLES = ("lesson_summary", "quiz_summary")
# The summary tables computed from the records, as the triggers above would have kept them.
SUMMARY_FILL = (
    """INSERT INTO lesson_summary (employee_id, lesson_id, seconds, last_at)
        SELECT employee_id, lesson_id, sum(seconds), max(at)
        FROM lesson_events GROUP BY employee_id, lesson_id""",
    """UPDATE lesson_summary SET (completed_at, completed_version) = (
        SELECT e.at, e.lesson_version FROM lesson_events AS e
        WHERE e.employee_id = lesson_summary.employee_id AND e.lesson_id = lesson_summary.lesson_id
          AND e.kind = 'completed'
        ORDER BY e.at DESC, e.rowid DESC LIMIT 1)""",
    """INSERT INTO quiz_summary (employee_id, quiz_id, best, last_finished, passed)
        SELECT a.employee_id, a.quiz_id, max(r.score), max(r.finished_at), max(r.passed)
        FROM attempts AS a JOIN attempt_results AS r ON r.attempt_id = a.id
        WHERE r.status <> 'abandoned' AND a.kind = 'quiz'
        GROUP BY a.employee_id, a.quiz_id""",
)


def _append_only_trigger(table: str, kind: str) -> SchemaObject:
    """The trigger refusing ``kind`` ("update" or "delete") on an append-only table."""
    return SchemaObject(
        "trigger",
        f"{table}_no_{kind}",
        f"CREATE TRIGGER {table}_no_{kind} BEFORE {kind.upper()} ON {table}\n"
        f"    BEGIN SELECT RAISE(ABORT, '{table} is append-only: add a correcting row instead');"
        " END",
    )


# The triggers that refuse to update or delete history, as the migrations made them: the
# app checks at start-up that each is there, unchanged, before it writes to a file.
APPEND_ONLY_TRIGGERS = tuple(
    _append_only_trigger(table, kind)
    for table in APPEND_ONLY_TABLES
    for kind in ("update", "delete")
)
