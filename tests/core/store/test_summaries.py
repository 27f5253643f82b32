"""The team summaries (schema 7) always equal what the append-only records say."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.reports.demo import generate_demo_data
from sellertrain.core.store import MIGRATIONS, Store, _split_sql, migrations
from sellertrain.core.store.current_schema import TEAM_SUMMARY_FILL, _append_only_trigger
from sellertrain.core.training.attempts import QuizSession
from tests.conftest import REPO
from tests.core.store.test_item_sums import from_answers, stored

LESSONS_FROM_EVENTS = """
    SELECT employee_id, lesson_id,
           (SELECT e.at FROM lesson_events AS e WHERE e.employee_id = g.employee_id
              AND e.lesson_id = g.lesson_id AND e.kind = 'completed'
            ORDER BY e.at DESC, e.rowid DESC LIMIT 1),
           (SELECT e.lesson_version FROM lesson_events AS e WHERE e.employee_id = g.employee_id
              AND e.lesson_id = g.lesson_id AND e.kind = 'completed'
            ORDER BY e.at DESC, e.rowid DESC LIMIT 1),
           sum(seconds), max(at)
    FROM lesson_events AS g GROUP BY employee_id, lesson_id ORDER BY 1, 2
"""
QUIZZES_FROM_RESULTS = """
    SELECT a.employee_id, a.quiz_id, max(r.score), max(r.finished_at), max(r.passed)
    FROM attempts AS a JOIN attempt_results AS r ON r.attempt_id = a.id
    WHERE r.status <> 'abandoned' AND a.kind = 'quiz'
    GROUP BY a.employee_id, a.quiz_id ORDER BY 1, 2
"""


def team_from_summaries(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """team_summary (m019) worked out in Python from the lesson and quiz summaries."""
    lessons: dict[str, list[tuple]] = {}
    quizzes: dict[str, list[tuple]] = {}
    for row in conn.execute("SELECT * FROM lesson_summary ORDER BY 1, 2"):
        lessons.setdefault(row[0], []).append(row)
    for row in conn.execute("SELECT * FROM quiz_summary ORDER BY 1, 2"):
        quizzes.setdefault(row[0], []).append(row)
    found = []
    for who in sorted(lessons.keys() | quizzes.keys()):
        mine, taken = lessons.get(who, []), quizzes.get(who, [])
        done = [f"{r[1]}@{r[3]}" for r in mine if r[2] is not None]
        best = [r[2] for r in taken if r[2] is not None]
        found.append(
            (
                who,
                ",".join(done) or None,
                ",".join(r[1] for r in taken if r[4]) or None,
                ",".join(r[1] for r in taken) or None,
                sum(r[4] for r in taken),
                sum(best) / len(best) if best else None,
                max((r[5] for r in mine), default=None),
                max((r[3] for r in taken), default=None),
            )
        )
    return found


def team_texts(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """team_summary with its lists' codes (m024) as the texts they stand for (as m019 kept)."""
    codes = dict(conn.execute("SELECT CAST(id AS TEXT), text FROM team_codes"))

    def texts(listed: str | None) -> str | None:
        return ",".join(codes[code] for code in listed.split(",")) if listed else None

    return [
        (row[0], texts(row[1]), texts(row[2]), texts(row[3]), *row[4:])
        for row in conn.execute("SELECT * FROM team_summary ORDER BY 1")
    ]


def assert_summaries_match(conn: sqlite3.Connection) -> None:
    lessons = conn.execute("SELECT * FROM lesson_summary ORDER BY 1, 2").fetchall()
    assert lessons == conn.execute(LESSONS_FROM_EVENTS).fetchall()
    quizzes = conn.execute("SELECT * FROM quiz_summary ORDER BY 1, 2").fetchall()
    assert quizzes == conn.execute(QUIZZES_FROM_RESULTS).fetchall()
    assert lessons and quizzes
    # team_summary too, equal but for the last bits of the average (SQLite sums its own way)
    team = team_texts(conn)
    expected = team_from_summaries(conn)
    assert [r[:5] + r[6:] for r in team] == [r[:5] + r[6:] for r in expected]
    for have, want in zip(team, expected, strict=True):
        assert have[5] == pytest.approx(want[5]), have[0]


@pytest.fixture(scope="module")
def course():
    return load_course(REPO, deep=False)


def test_triggers_keep_the_summaries_of_demo_data(tmp_path: Path, course):
    store = Store.create(tmp_path / "demo.db")
    generate_demo_data(store, course, 80, seed=5)
    assert_summaries_match(store.conn)
    # and of records written one by one, including an abandoned attempt and a review
    learner = store.add_employee("Ana Lima", "learner", "pass-1234")
    lesson = course.ordered_lessons[0]
    store.record_lesson_opened(learner.id, lesson.id, lesson.version)
    store.record_reading_time(learner.id, lesson.id, lesson.version, 90)
    store.record_lesson_completed(learner.id, lesson.id, lesson.version)
    quiz = course.quizzes[lesson.quiz_id]
    for status in ("abandoned", "submitted"):
        attempt = QuizSession.start(store, learner.id, quiz, seed=2)
        if status == "abandoned":
            store.finish_attempt(attempt.attempt.id, 0.0, False, [], status="abandoned")
        else:
            attempt.submit()
    assert_summaries_match(store.conn)
    store.close()


def undo_team_codes(conn: sqlite3.Connection) -> None:
    """team_summary's lists back to texts, with m019's triggers (before m024)."""
    rows = team_texts(conn)
    for trigger in ("lesson_add", "lesson_change", "quiz_add", "quiz_change"):
        conn.execute(f"DROP TRIGGER team_summary_{trigger}")
    conn.execute("DROP TABLE team_codes")
    conn.execute("DELETE FROM team_summary")
    conn.executemany(f"INSERT INTO team_summary VALUES ({', '.join('?' * 8)})", rows)
    for table in ("lesson_summary", "quiz_summary"):
        for trigger in migration_triggers("m019_team_summary.sql", table):
            conn.execute(trigger)


def test_m024_codes_the_texts_m019_kept(tmp_path: Path, course):
    """Upgrading to m024 replaces each text of team_summary's lists by its code, and the
    triggers then keep the codes as the bulk fill works them out, for records written one by
    one in any order."""
    path = tmp_path / "old.db"
    store = Store.create(path)
    generate_demo_data(store, course, 30, seed=4)
    before = team_texts(store.conn)
    store.close()
    conn = sqlite3.connect(path)
    undo_compact_lesson_events(conn)
    undo_unused_report_indexes(conn)
    undo_team_codes(conn)
    assert conn.execute("SELECT * FROM team_summary ORDER BY 1").fetchall() == before
    conn.execute("PRAGMA user_version = 23")
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        assert team_texts(store.conn) == before
        lists = store.conn.execute("SELECT completions, passes, quizzes FROM team_summary")
        assert all(not x or x.replace(",", "").isdigit() for row in lists for x in row)
        # records one by one: a new version completed, a quiz new to the database passed
        ana = store.add_employee("Ana Lima", "learner", "pass-1234")
        lessons = course.ordered_lessons
        for lesson in (lessons[3], lessons[0]):
            store.record_lesson_completed(ana.id, lesson.id, lesson.version)
        store.record_lesson_completed(ana.id, lessons[0].id, "v-new")
        quiz = course.quizzes[lessons[3].quiz_id]
        QuizSession.start(store, ana.id, quiz, seed=1).submit()
        assert_summaries_match(store.conn)
        kept = store.conn.execute("SELECT * FROM team_summary ORDER BY 1").fetchall()
        store.conn.execute("DELETE FROM team_summary")
        for statement in TEAM_SUMMARY_FILL:
            store.conn.execute(statement)
        assert store.conn.execute("SELECT * FROM team_summary ORDER BY 1").fetchall() == kept
    finally:
        store.close()


def undo_lesson_event_indexes(conn: sqlite3.Connection) -> None:
    """lesson_events' indexes as m003 made them, before m021."""
    conn.execute("DROP INDEX lesson_events_completed")
    conn.execute(
        "CREATE INDEX lesson_events_report"
        " ON lesson_events (kind, employee_id, lesson_id, lesson_version, at)"
    )
    conn.execute("CREATE INDEX lesson_events_activity ON lesson_events (employee_id, at)")


def undo_compact_lesson_events(conn: sqlite3.Connection) -> None:
    """The lesson_events view (m026) back to the table of m001, m005, m021 and m023, with its
    rows, rowids, indexes and triggers."""
    conn.execute("DROP VIEW lesson_events")  # and its triggers
    conn.execute(
        "CREATE TABLE lesson_events (id TEXT PRIMARY KEY, employee_id TEXT NOT NULL REFERENCES"
        " employees(id), lesson_id TEXT NOT NULL, lesson_version TEXT NOT NULL, kind TEXT NOT"
        " NULL CHECK (kind IN ('opened', 'read', 'completed')), at TEXT NOT NULL, seconds"
        " INTEGER NOT NULL DEFAULT 0, sections TEXT CHECK (sections IS NULL OR"
        " json_valid(sections)))"
    )
    conn.execute(
        "INSERT INTO lesson_events (rowid, id, employee_id, lesson_id, lesson_version, kind, at,"
        " seconds, sections) SELECT r.seq, r.id, k.employee_id, l.lesson_id, r.lesson_version,"
        " r.kind, r.at, r.seconds, r.sections FROM lesson_event_rows AS r"
        " JOIN record_employees AS k ON k.id = r.employee"
        " JOIN record_lessons AS l ON l.id = r.lesson ORDER BY r.seq"
    )
    for table in ("lesson_event_rows", "record_employees", "record_lessons"):
        conn.execute(f"DROP TABLE {table}")  # and their triggers and indexes
    for kind in ("update", "delete"):
        conn.execute(_append_only_trigger("lesson_events", kind).create)
    conn.execute("CREATE INDEX lesson_events_by_employee ON lesson_events (employee_id, lesson_id)")
    conn.execute(
        "CREATE INDEX lesson_events_completed ON lesson_events (lesson_id, employee_id, kind,"
        " lesson_version, at) WHERE kind = 'completed'"
    )
    for trigger in migration_triggers("m007_team_summaries.sql", "lesson_events"):
        conn.execute(trigger)


def undo_unused_report_indexes(conn: sqlite3.Connection) -> None:
    """m003's covering indexes of results by attempt and attempts by quiz, before m025."""
    conn.execute(
        "CREATE INDEX attempts_by_quiz"
        " ON attempts (quiz_id, id, employee_id, quiz_version, started_at)"
    )
    conn.execute(
        "CREATE INDEX attempt_results_cover"
        " ON attempt_results (attempt_id, status, score, passed, finished_at)"
    )


def undo_record_indexes(conn: sqlite3.Connection) -> None:
    """The indexes by employee of attempts (m002, m006) and lesson_events (m001), before m023."""
    conn.execute("DROP INDEX attempts_by_employee")
    conn.execute("CREATE INDEX attempts_by_employee ON attempts (employee_id, quiz_id, started_at)")
    conn.execute("CREATE INDEX attempts_by_employee_quiz ON attempts (employee_id, quiz_id, id)")
    conn.execute("DROP INDEX lesson_events_by_employee")
    conn.execute(
        "CREATE INDEX lesson_events_by_employee"
        " ON lesson_events (employee_id, lesson_id, kind, at, lesson_version, seconds)"
    )


def undo_derived_answer_ids(conn: sqlite3.Connection) -> None:
    """answer_rows as m020 made it, every answer's id stored, before m022."""
    conn.execute("ALTER TABLE answer_rows RENAME TO answer_rows_m022")  # while the view is
    conn.execute("DROP VIEW answers")  # and its triggers
    m020 = _split_sql(MIGRATIONS[migrations.STEP_FILES.index("m020_compact_answers.sql")])
    conn.execute(next(s for s in m020 if s.startswith("CREATE TABLE answer_rows ")))
    conn.execute(
        "INSERT INTO answer_rows (seq, id, attempt, question, position, choice, correct, score)"
        " SELECT r.seq, coalesce(r.id, x.id || ':' || r.position), r.attempt,"
        " r.question, r.position, r.choice, r.correct, r.score FROM answer_rows_m022 AS r"
        " JOIN answer_attempts AS t ON t.id = r.attempt"
        " LEFT JOIN attempt_results AS x ON x.attempt_id = t.attempt_id ORDER BY r.seq"
    )
    conn.execute("DROP TABLE answer_rows_m022")  # and its index and triggers
    for statement in m020:
        code = "\n".join(line for line in statement.splitlines() if not line.startswith("--"))
        if code.startswith(("CREATE VIEW", "CREATE INDEX")) or any(
            f" ON {name}\n" in statement for name in ("answers", "answer_rows")
        ):
            conn.execute(statement)


def undo_compact_answers(conn: sqlite3.Connection) -> None:
    """The answers view (m020) back to the table of m002, m006 and m017, with its rows."""
    conn.execute("DROP VIEW answers")  # and its triggers
    conn.execute(
        "CREATE TABLE answers (id TEXT PRIMARY KEY, attempt_id TEXT NOT NULL REFERENCES"
        " attempts(id), question_id TEXT NOT NULL, position INTEGER NOT NULL, selected TEXT"
        " NOT NULL, selected_text TEXT NOT NULL, correct INTEGER NOT NULL, score REAL NOT NULL,"
        " UNIQUE (attempt_id, question_id))"
    )
    conn.execute(
        "INSERT INTO answers (rowid, id, attempt_id, question_id, position, selected,"
        " selected_text, correct, score) SELECT r.seq, r.id, t.attempt_id, q.question_id,"
        " r.position, c.selected, c.selected_text, r.correct, r.score FROM answer_rows AS r"
        " JOIN answer_attempts AS t ON t.id = r.attempt"
        " JOIN answer_questions AS q ON q.id = r.question"
        " JOIN answer_choices AS c ON c.id = r.choice ORDER BY r.seq"
    )
    for table in ("answer_rows", "answer_attempts", "answer_questions", "answer_choices"):
        conn.execute(f"DROP TABLE {table}")  # and their triggers and index
    for kind in ("update", "delete"):
        conn.execute(_append_only_trigger("answers", kind).create)
    conn.execute(
        "CREATE INDEX answers_by_question ON answers (question_id, selected, correct, attempt_id)"
    )
    for trigger in migration_triggers("m017_item_sums.sql", "answers"):
        conn.execute(trigger)


def migration_triggers(step: str, table: str) -> list[str]:
    """The CREATE TRIGGER statements of a shipped step that are ON ``table``."""
    script = MIGRATIONS[migrations.STEP_FILES.index(step)]
    return [
        statement
        for statement in _split_sql(script)
        if statement.startswith("CREATE TRIGGER") and f" ON {table}\n" in statement
    ]


def test_migrating_to_schema_7_fills_the_summaries(tmp_path: Path, course):
    path = tmp_path / "old.db"
    store = Store.create(path)
    generate_demo_data(store, course, 40, seed=9)
    store.close()
    conn = sqlite3.connect(path)
    undo_compact_lesson_events(conn)  # m026 undone first
    undo_unused_report_indexes(conn)  # then m025
    undo_team_codes(conn)  # then m024
    undo_record_indexes(conn)  # then m023
    undo_derived_answer_ids(conn)  # then m022
    undo_lesson_event_indexes(conn)  # then m021
    undo_compact_answers(conn)  # then m020
    for trigger in ("lesson_add", "lesson_change", "quiz_add", "quiz_change"):
        conn.execute(f"DROP TRIGGER team_summary_{trigger}")  # then m019
    conn.execute("DROP TABLE team_summary")
    conn.execute("DROP TABLE pull_problems")  # then m018
    for trigger in ("answer_counts_add", "question_sums_result", "question_sums_answer"):
        conn.execute(f"DROP TRIGGER {trigger}")  # then m017
    conn.execute("DROP TABLE answer_counts")
    conn.execute("DROP TABLE question_sums")
    conn.execute("DROP TABLE conflict_answers")  # then m016
    conn.execute("DROP TABLE result_conflicts")
    conn.execute("DROP TABLE sign_in_backoff")  # then m015
    conn.execute("DROP TABLE quiz_publications")  # then m014
    conn.execute("ALTER TABLE attempt_results DROP COLUMN pass_mark")
    conn.execute("DROP TABLE employee_changes")  # then m013 (its trigger names columns)
    conn.execute("DROP INDEX attempt_results_chain")
    conn.execute("DROP INDEX audit_log_chain")
    conn.execute("ALTER TABLE attempt_results DROP COLUMN device_id")
    conn.execute("ALTER TABLE audit_log DROP COLUMN device_id")
    conn.execute(
        "CREATE UNIQUE INDEX attempt_results_chain"
        " ON attempt_results (employee_id, chain_seq) WHERE chain_seq IS NOT NULL"
    )
    conn.execute(
        "CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_seq) WHERE chain_seq IS NOT NULL"
    )
    conn.execute("DROP TABLE lesson_summary")  # back to schema 6, records kept
    conn.execute("DROP TABLE quiz_summary")
    conn.execute("DROP TRIGGER lesson_summary_add")
    conn.execute("DROP TRIGGER quiz_summary_add")
    for table, column in (("employees", "joined"), ("assignments", "lead_days")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")  # and m008 undone
    conn.execute("ALTER TABLE assignments DROP COLUMN every_months")
    conn.execute("ALTER TABLE employees DROP COLUMN manages")
    conn.execute("DROP TABLE departments")
    conn.execute("DROP INDEX audit_log_chain")  # and m010
    for column in ("chain_seq", "prev_hash", "record_hash"):
        conn.execute(f"ALTER TABLE audit_log DROP COLUMN {column}")
    conn.execute("ALTER TABLE employees DROP COLUMN password_expired")
    conn.execute("DROP TABLE sync_state")  # and m011
    conn.execute("DROP TABLE due_extensions")  # and m012 (its index and triggers go with it)
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    assert len(MIGRATIONS) >= 7 and _split_sql(MIGRATIONS[6])
    store = Store.open(path)
    assert store.schema_version == len(MIGRATIONS)
    assert_summaries_match(store.conn)
    assert stored(store.conn) == from_answers(store.conn)  # and m017 filled the item sums
    store.close()
