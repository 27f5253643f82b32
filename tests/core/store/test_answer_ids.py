"""An answer's id is worked out from its result and position, not stored (m022)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.store import AnswerToSave, Store
from sellertrain.core.store.answer_keys import AnswerKeys, new_answer_ids
from tests.core.store.test_summaries import (
    undo_compact_lesson_events,
    undo_derived_answer_ids,
    undo_record_indexes,
    undo_team_codes,
    undo_unused_report_indexes,
)

ADD = (
    "INSERT INTO answers (id, attempt_id, question_id, position, selected, selected_text,"
    " correct, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
VIEW = "SELECT id, attempt_id, position FROM answers ORDER BY rowid"


def three_answers() -> list[AnswerToSave]:
    return [AnswerToSave(f"q-{i}", i, frozenset({0}), ("yes",), True, 1.0) for i in range(3)]


def finished_attempt(store: Store) -> str:
    ana = store.add_employee("Ana Lima", "learner", "pass-1234")
    attempt = store.start_attempt(ana.id, "quiz", "v1", 1)
    store.finish_attempt(attempt.id, 100.0, True, three_answers())
    return attempt.id


def result_of(store: Store, attempt_id: str) -> str:
    return store.db.execute(
        "SELECT id FROM attempt_results WHERE attempt_id = ?", [attempt_id]
    ).fetchone()[0]


def count(store: Store, sql: str) -> int:
    return store.db.execute(sql).fetchone()[0]


def test_a_new_answer_keeps_no_id_and_reads_as_result_and_position(store: Store):
    attempt_id = finished_attempt(store)
    result_id = result_of(store, attempt_id)
    assert count(store, "SELECT count(*) FROM answer_rows WHERE id IS NULL") == 3
    assert store.db.execute(VIEW).fetchall() == [
        (f"{result_id}:{i}", attempt_id, i) for i in range(3)
    ]
    assert store.verify_records().problems == ()


def test_an_id_made_elsewhere_is_stored_and_read_as_it_was(store: Store):
    """Older versions (and old desktops still) make random ids; and a position given as text
    or a different spelling is not the worked-out id: each is kept as given."""
    attempt_id = finished_attempt(store)
    result_id = result_of(store, attempt_id)
    given = [
        ("0b7e0d4c-5b3a-4f0e-9a53-2b1b1f6d9a11", attempt_id, "q-7", 7, "[0]", '["yes"]', 1, 1.0),
        (f"{result_id}:08", attempt_id, "q-8", 8, "[0]", '["yes"]', 1, 1.0),
        (f"{result_id}:9", attempt_id, "q-9", 9.0, "[0]", '["yes"]', 1, 1.0),
        (f"{attempt_id}:11", attempt_id, "q-11", 11, "[0]", '["yes"]', 1, 1.0),
        (f"{result_id}:10", attempt_id, "q-10", 10, "[0]", '["yes"]', 1, 1.0),
    ]
    with store.db.atomic():
        store.db.conn.executemany(ADD, given)
    ids = [row[0] for row in store.db.execute(VIEW)][3:]
    assert ids == [row[0] for row in given]
    stored = store.db.execute("SELECT id FROM answer_rows ORDER BY seq").fetchall()[3:]
    assert stored == [(row[0],) for row in given[:4]] + [(None,)]


@pytest.mark.parametrize("through", ["view", "keys"])
def test_an_answer_whose_id_is_here_already_is_skipped(store: Store, through: str):
    """A second pull of an answer, stored or worked out, adds nothing; nor does an answer
    whose worked-out id names one stored with that id (two rows may never share an id)."""
    attempt_id = finished_attempt(store)
    result_id = result_of(store, attempt_id)
    here = store.db.execute(
        "SELECT id, attempt_id, question_id, position, selected, selected_text, correct, score"
        " FROM answers"
    ).fetchall()
    random_id = (
        "c5f4c9a2-3a51-4d43-a0f2-0d9f1c0f7e21",
        attempt_id,
        "q-5",
        5,
        "[0]",
        '["no"]',
        0,
        0.0,
    )
    spelled = (f"{result_id}:6", attempt_id, "q-6", 6.0, "[0]", '["no"]', 0, 0.0)
    # the id 'result:6' is now stored as text; an answer at position 6 would read the same
    same_id = (f"{result_id}:6", attempt_id, "q-other", 6, "[0]", '["no"]', 0, 0.0)
    with store.db.atomic():
        if through == "view":
            for row in (*here, random_id, random_id, spelled, same_id):
                store.db.conn.execute(ADD, row)
        else:
            keys = AnswerKeys(store.db.conn)
            assert keys.insert([*here, random_id, random_id], skip_known=True) == 1
            assert keys.insert([spelled], skip_known=True) == 1
            assert keys.insert([same_id, *here, random_id], skip_known=True) == 0
    ids = [row[0] for row in store.db.execute(VIEW)]
    assert len(ids) == len(set(ids)) == 5
    assert (
        count(
            store,
            "SELECT count(*) FROM answer_rows WHERE question IN"
            " (SELECT id FROM answer_questions WHERE question_id = 'q-other')",
        )
        == 0
    )


@pytest.mark.parametrize("through", ["view", "keys"])
def test_an_answer_that_comes_before_its_result_keeps_its_id(store: Store, through: str):
    """A pull may bring answers before their result: the id cannot be worked out yet, so it
    is stored, and it reads the same once the result is here."""
    ana = store.add_employee("Ana Lima", "learner", "pass-1234")
    attempt = store.start_attempt(ana.id, "quiz", "v1", 1)
    row = ("result-1:0", attempt.id, "q-0", 0, "[0]", '["yes"]', 1, 1.0)
    with store.db.atomic():
        if through == "view":
            store.db.conn.execute(ADD, row)
        else:
            AnswerKeys(store.db.conn).insert([row], skip_known=True)
    assert store.db.execute("SELECT id FROM answer_rows").fetchall() == [("result-1:0",)]
    with store.db.atomic():
        store.db.conn.execute(
            "INSERT INTO attempt_results (id, attempt_id, status, finished_at, score, passed)"
            " VALUES ('result-1', ?, 'submitted', '2026-12-07T00:00:00+00:00', 100, 1)",
            [attempt.id],
        )
        if through == "view":  # a second pull of it is still skipped
            store.db.conn.execute(ADD, row)
        else:
            AnswerKeys(store.db.conn).insert([row], skip_known=True)
    assert store.db.execute(VIEW).fetchall() == [("result-1:0", attempt.id, 0)]


def test_an_answer_without_an_id_is_refused(store: Store):
    attempt_id = finished_attempt(store)
    with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"), store.db.atomic():
        store.db.conn.execute(ADD, (None, attempt_id, "q-4", 4, "[0]", '["yes"]', 1, 1.0))
    assert count(store, "SELECT count(*) FROM answers") == 3


def test_a_repeated_position_gets_an_id_of_its_own():
    ids = new_answer_ids("r1", [0, 1, 1, 2.0, 3])
    assert ids[:2] == ["r1:0", "r1:1"] and ids[4] == "r1:3"
    assert len(set(ids)) == 5 and ":" not in ids[2] + ids[3]


def test_migrating_drops_only_the_ids_that_can_be_worked_out(tmp_path: Path):
    path = tmp_path / "old.db"
    store = Store.create(path)
    attempt_id = finished_attempt(store)
    with store.db.atomic():
        store.db.conn.execute(
            ADD, ("old-random-id", attempt_id, "q-3", 3, "[0]", '["yes"]', 1, 1.0)
        )
    store.close()
    conn = sqlite3.connect(path)
    undo_compact_lesson_events(conn)
    undo_unused_report_indexes(conn)
    undo_team_codes(conn)
    undo_record_indexes(conn)
    undo_derived_answer_ids(conn)  # schema 21: every id stored
    conn.execute("PRAGMA user_version = 21")
    conn.commit()
    before = conn.execute(VIEW).fetchall()
    assert conn.execute("SELECT count(*) FROM answer_rows WHERE id IS NULL").fetchone() == (0,)
    conn.close()
    store = Store.open(path)
    try:
        assert store.db.execute(VIEW).fetchall() == before
        stored = [row[0] for row in store.db.execute("SELECT id FROM answer_rows ORDER BY seq")]
        assert stored == [None, None, None, "old-random-id"]
    finally:
        store.close()
