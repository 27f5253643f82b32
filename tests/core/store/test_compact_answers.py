"""Answers stored as keys (m020): the ``answers`` view reads exactly what the table held."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.reports.demo import generate_demo_data
from sellertrain.core.store import AnswerToSave, Store
from sellertrain.core.store.answer_keys import AnswerKeys
from tests.conftest import REPO
from tests.core.store.test_summaries import (
    undo_compact_answers,
    undo_compact_lesson_events,
    undo_derived_answer_ids,
    undo_lesson_event_indexes,
    undo_record_indexes,
    undo_team_codes,
    undo_unused_report_indexes,
)

ANSWERS = (
    "SELECT rowid, id, attempt_id, question_id, position, selected, selected_text, correct,"
    " score FROM answers ORDER BY rowid"
)
SUMS = (
    "SELECT * FROM answer_counts ORDER BY 1, 2, 3, 4",
    "SELECT * FROM question_sums ORDER BY 1, 2, 3",
)


@pytest.fixture(scope="module")
def course():
    return load_course(REPO, deep=False)


def read(path: Path, *queries: str) -> list[list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return [conn.execute(sql).fetchall() for sql in queries]
    finally:
        conn.close()


def test_migrating_keeps_every_answer_as_it_was(tmp_path: Path, course):
    path = tmp_path / "old.db"
    store = Store.create(path)
    generate_demo_data(store, course, 30, seed=4)
    store.close()
    conn = sqlite3.connect(path)
    undo_compact_lesson_events(conn)
    undo_unused_report_indexes(conn)  # the file as schema 19 had it: answers a table
    undo_team_codes(conn)
    undo_record_indexes(conn)
    undo_derived_answer_ids(conn)
    undo_lesson_event_indexes(conn)
    undo_compact_answers(conn)
    conn.execute("PRAGMA user_version = 19")
    conn.commit()
    conn.close()
    before = read(path, ANSWERS, *SUMS)
    kind = read(path, "SELECT type FROM sqlite_master WHERE name = 'answers'")
    assert kind == [[("table",)]] and len(before[0]) > 1000
    store = Store.open(path)  # migrates
    try:
        assert store.verify_records().problems == ()
        assert store.db.execute("SELECT type FROM sqlite_master WHERE name = 'answers'").fetchone()[
            0
        ] == ("view")
    finally:
        store.close()
    # the same rows, rowids (the push watermark) and item analysis sums
    assert read(path, ANSWERS, *SUMS) == before
    questions, choices = read(
        path, "SELECT count(*) FROM answer_questions", "SELECT count(*) FROM answer_choices"
    )
    # each value once, not once per answer
    assert questions[0][0] == len({row[3] for row in before[0]}) < len(before[0]) / 10
    assert choices[0][0] == len({row[5:7] for row in before[0]}) < len(before[0]) / 5


def answer_rows(n: int) -> list[AnswerToSave]:
    return [
        AnswerToSave(f"question-{i}", i, frozenset({i % 3}), (f"option {i % 3}",), i % 2 == 0, 1.0)
        for i in range(n)
    ]


def test_inserting_through_the_view_keeps_each_value_once(tmp_path: Path):
    store = Store.create(tmp_path / "view.db")
    try:
        ana = store.add_employee("Ana Lima", "learner", "pass-1234")
        first = store.start_attempt(ana.id, "quiz", "v1", 1)
        store.finish_attempt(first.id, 50.0, False, answer_rows(4))
        second = store.start_attempt(ana.id, "quiz", "v1", 2)
        store.finish_attempt(second.id, 50.0, False, answer_rows(4))
        conn = store.db.conn
        counts = [
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("answer_rows", "answer_attempts", "answer_questions", "answer_choices")
        ]
        assert counts == [8, 2, 4, 3]
        assert [(a.question_id, a.selected_text) for a in store.answers(second.id)] == [
            (f"question-{i}", (f"option {i % 3}",)) for i in range(4)
        ]
        # an answer already here (a second pull of it) is skipped, not doubled
        row = conn.execute("SELECT * FROM answers LIMIT 1").fetchone()
        conn.execute(
            "INSERT INTO answers (id, attempt_id, question_id, position, selected,"
            " selected_text, correct, score) SELECT id, attempt_id, question_id, position,"
            " selected, selected_text, correct, score FROM answers LIMIT 1"
        )
        assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 8
        # an answer to an attempt that is not here is refused, as the table's key did
        with pytest.raises(sqlite3.IntegrityError), store.db.atomic():
            conn.execute(
                "INSERT INTO answers (id, attempt_id, question_id, position, selected,"
                " selected_text, correct, score) VALUES ('x', 'no-such-attempt', 'q', 0,"
                " '[0]', '[\"a\"]', 1, 1.0)"
            )
        # two answers to one question of one attempt are refused too
        with pytest.raises(sqlite3.IntegrityError), store.db.atomic():
            conn.execute(
                "INSERT INTO answers (id, attempt_id, question_id, position, selected,"
                " selected_text, correct, score) VALUES ('y', ?, ?, 9, '[0]', '[\"a\"]', 1,"
                " 1.0)",
                (row[2], row[3]),
            )
        assert conn.execute("SELECT count(*) FROM answer_rows").fetchone()[0] == 8
    finally:
        store.close()


def test_bulk_keys_store_what_the_view_would(tmp_path: Path, course):
    """Demo data written as keys (AnswerKeys) reads back as the view would have stored it."""
    through_keys = Store.create(tmp_path / "keys.db")
    generate_demo_data(through_keys, course, 12, seed=8)
    rows = through_keys.db.execute(
        "SELECT id, attempt_id, question_id, position, selected, selected_text, correct, score"
        " FROM answers ORDER BY rowid"
    ).fetchall()
    through_view = Store.create(tmp_path / "view.db")
    try:
        for table in ("employees", "attempts", "attempt_results"):  # the parents, as they are
            columns = [r[1] for r in through_keys.db.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            marks = ", ".join("?" for _ in columns)
            with through_view.db.atomic():
                through_view.db.conn.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",
                    through_keys.db.execute(f"SELECT {names} FROM {table}").fetchall(),
                )
        with through_view.db.atomic():
            through_view.db.conn.executemany(
                "INSERT INTO answers (id, attempt_id, question_id, position, selected,"
                " selected_text, correct, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        compact = (
            "SELECT seq, id, attempt, question, position, choice, correct, score"
            " FROM answer_rows ORDER BY seq"
        )
        assert through_view.db.execute(compact).fetchall() == (
            through_keys.db.execute(compact).fetchall()
        )
        assert len(rows) > 100
        # and a second bulk write continues the keys the first one (or the view) left
        keys = AnswerKeys(through_view.db.conn)
        assert keys.next == [
            through_view.db.execute(f"SELECT max(id) + 1 FROM {table}").fetchone()[0]
            for table in ("answer_attempts", "answer_questions", "answer_choices")
        ]
    finally:
        through_keys.close()
        through_view.close()


def test_pulled_answers_skip_the_ids_already_here(tmp_path: Path):
    """A pull writes answers as keys (sync_rows.insert_pulled): an answer it holds already,
    or that comes twice in one chunk, is written once; another answer to the same question
    of the same attempt breaks the unique key, as a conflicting record should."""
    store = Store.create(tmp_path / "pull.db")
    try:
        ana = store.add_employee("Ana Lima", "learner", "pass-1234")
        attempt = store.start_attempt(ana.id, "quiz", "v1", 1)
        store.finish_attempt(attempt.id, 50.0, False, answer_rows(2))
        here = store.db.execute(
            "SELECT id, attempt_id, question_id, position, selected, selected_text, correct,"
            " score FROM answers ORDER BY rowid"
        ).fetchall()
        new = ("new-answer", attempt.id, "question-9", 9, "[0]", '["option 0"]', 1, 1.0)
        with store.db.atomic():
            keys = AnswerKeys(store.db.conn)
            assert keys.insert([*here, new, new], skip_known=True) == 1
            assert keys.insert([*here, new], skip_known=True) == 0
        assert store.db.execute("SELECT count(*) FROM answers").fetchone()[0] == 3
        assert store.answers(attempt.id)[-1].question_id == "question-9"
        clash = ("other-id", *new[1:])
        with pytest.raises(sqlite3.IntegrityError), store.db.atomic():
            AnswerKeys(store.db.conn).insert([clash], skip_known=True)
        assert store.db.execute("SELECT count(*) FROM answer_rows").fetchone()[0] == 3
    finally:
        store.close()
