"""m026: reading records stored as keys behind the ``lesson_events`` view."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.lesson_parts import SectionText
from sellertrain.core.models import section_digest
from sellertrain.core.reports.demo import generate_demo_data
from sellertrain.core.store import Store
from sellertrain.core.store.current_schema import EMPLOYEE_SUMMARY_FILL
from sellertrain.core.store.record_keys import RecordKeys
from tests.conftest import REPO
from tests.core.store.test_compact_answers import read
from tests.core.store.test_summaries import undo_compact_lesson_events

EVENTS = (
    "SELECT rowid, id, employee_id, lesson_id, lesson_version, kind, at, seconds, sections"
    " FROM lesson_events ORDER BY rowid"
)
SUMMARY = "SELECT * FROM lesson_summary ORDER BY 1, 2"
ADD = (
    "INSERT INTO lesson_events (id, employee_id, lesson_id, lesson_version, kind, at, seconds,"
    " sections) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


@pytest.fixture(scope="module")
def course():
    return load_course(REPO, deep=False)


def test_migrating_keeps_every_record_as_it_was(tmp_path: Path, course):
    path = tmp_path / "old.db"
    store = Store.create(path)
    generate_demo_data(store, course, 30, seed=4)
    ana = store.add_employee("Ana Lima", "learner", "pass-1234")
    rule = SectionText("rule", "The rule", "Ship on time.", section_digest("Ship on time."))
    store.record_lesson_completed(ana.id, "lesson-with-sections", "v1", (rule,))
    store.close()
    conn = sqlite3.connect(path)
    undo_compact_lesson_events(conn)  # the file as schema 25 had it: lesson_events a table
    conn.execute("PRAGMA user_version = 25")
    conn.commit()
    conn.close()
    before = read(path, EVENTS, SUMMARY)
    kind = read(path, "SELECT type FROM sqlite_master WHERE name = 'lesson_events'")
    assert kind == [[("table",)]] and len(before[0]) > 500
    assert before[0][-1][-1] is not None  # sections kept with a completion
    store = Store.open(path)  # migrates
    try:
        assert store.verify_records().problems == ()
        found = store.db.execute("SELECT type FROM sqlite_master WHERE name = 'lesson_events'")
        assert found.fetchone()[0] == "view"
    finally:
        store.close()
    # the same rows, rowids (the push watermark) and summaries
    assert read(path, EVENTS, SUMMARY) == before
    employees, lessons = read(
        path, "SELECT count(*) FROM record_employees", "SELECT count(*) FROM record_lessons"
    )
    assert employees[0][0] == len({row[2] for row in before[0]}) > 20
    assert lessons[0][0] == len({row[3] for row in before[0]}) < len(before[0]) / 20


def test_inserting_through_the_view_keeps_each_value_once(tmp_path: Path):
    store = Store.create(tmp_path / "view.db")
    try:
        ana = store.add_employee("Ana Lima", "learner", "pass-1234")
        bo = store.add_employee("Bo Chen", "learner", "pass-1234")
        for who in (ana, bo):
            store.record_lesson_opened(who.id, "intro", "v1")
            store.record_reading_time(who.id, "intro", "v1", 61.4)
            store.record_lesson_completed(who.id, "intro", "v1")
            store.record_lesson_opened(who.id, "returns", "v2")
        conn = store.db.conn
        counts = [
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("lesson_event_rows", "record_employees", "record_lessons")
        ]
        assert counts == [8, 2, 2]
        events = store.lesson_events(bo.id)
        assert [(e["lesson_id"], e["kind"], e["seconds"]) for e in events] == [
            ("intro", "opened", 0),
            ("intro", "read", 61),
            ("intro", "completed", 0),
            ("returns", "opened", 0),
        ]
        progress = store.lesson_progress(bo.id)
        assert progress["intro"].completed_version == "v1" and progress["intro"].seconds == 61
        # a record already here (a second pull of it) is skipped, not doubled
        row = conn.execute(EVENTS + " LIMIT 1").fetchone()
        conn.execute(ADD, row[1:])
        assert conn.execute("SELECT count(*) FROM lesson_events").fetchone()[0] == 8
        # a record of an employee who is not here is refused, as the table's key did
        with pytest.raises(sqlite3.IntegrityError), store.db.atomic():
            conn.execute(ADD, ("x", "no-such-employee", "intro", "v1", "opened", "t", 0, None))
        # and so is a kind that is not one, and sections that are not JSON
        for bad in (
            ("y", ana.id, "intro", "v1", "skimmed", "t", 0, None),
            ("z", ana.id, "intro", "v1", "completed", "t", 0, "{not json"),
        ):
            with pytest.raises(sqlite3.IntegrityError), store.db.atomic():
                conn.execute(ADD, bad)
        assert conn.execute("SELECT count(*) FROM lesson_event_rows").fetchone()[0] == 8
        # the summaries the triggers kept are those worked out from every record
        kept = conn.execute(SUMMARY).fetchall()
        conn.execute("DELETE FROM lesson_summary")
        for statement in EMPLOYEE_SUMMARY_FILL[:2]:
            conn.execute(statement)
        assert conn.execute(SUMMARY).fetchall() == kept
    finally:
        store.close()


def test_bulk_keys_store_what_the_view_would(tmp_path: Path, course):
    """Demo data written as keys (RecordKeys) reads back as the view would have stored it."""
    through_keys = Store.create(tmp_path / "keys.db")
    generate_demo_data(through_keys, course, 12, seed=8)
    rows = through_keys.db.execute(EVENTS).fetchall()
    through_view = Store.create(tmp_path / "view.db")
    try:
        columns = [r[1] for r in through_keys.db.execute("PRAGMA table_info(employees)")]
        names, marks = ", ".join(columns), ", ".join("?" for _ in columns)
        with through_view.db.atomic():
            through_view.db.conn.executemany(
                f"INSERT INTO employees ({names}) VALUES ({marks})",
                through_keys.db.execute(f"SELECT {names} FROM employees").fetchall(),
            )
            through_view.db.conn.executemany(ADD, [row[1:] for row in rows])
        compact = (
            "SELECT seq, id, employee, lesson, lesson_version, kind, at, seconds, sections"
            " FROM lesson_event_rows ORDER BY seq",
            "SELECT * FROM record_employees ORDER BY id",
            "SELECT * FROM record_lessons ORDER BY id",
            SUMMARY,
        )
        assert [through_view.db.execute(q).fetchall() for q in compact] == [
            through_keys.db.execute(q).fetchall() for q in compact
        ]
    finally:
        through_view.close()
        through_keys.close()


def test_a_pull_skips_records_here_already_and_repeated(tmp_path: Path):
    """A pull writes keys (RecordKeys) and, like the view, skips an id stored already or
    given twice in one chunk, and counts only the rows written."""
    store = Store.create(tmp_path / "pull.db")
    try:
        ana = store.add_employee("Ana Lima", "learner", "pass-1234")
        here = store.record_lesson_opened(ana.id, "intro", "v1")
        pulled = [
            (here, ana.id, "intro", "v1", "opened", "2026-01-01T00:00:00+00:00", 0, None),
            ("p-1", ana.id, "returns", "v3", "read", "2026-01-02T00:00:00+00:00", 40, None),
            ("p-1", ana.id, "returns", "v3", "read", "2026-01-02T00:00:00+00:00", 40, None),
            ("p-2", ana.id, "returns", "v3", "completed", "2026-01-03T00:00:00+00:00", 0, "{}"),
        ]
        with store.db.atomic():
            written = RecordKeys(store.db.conn).insert_lesson_events(pulled, skip_known=True)
        assert written == 2
        rows = store.db.execute(EVENTS).fetchall()
        assert [row[1:] for row in rows[1:]] == [pulled[1], pulled[3]]
        assert store.lesson_progress(ana.id)["returns"].completed_version == "v3"
        # without skip_known (a bulk write) an id given again breaks its key
        with pytest.raises(sqlite3.IntegrityError), store.db.atomic():
            RecordKeys(store.db.conn).insert_lesson_events(pulled[1:2])
    finally:
        store.close()
