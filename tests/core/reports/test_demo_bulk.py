"""Demo data's fast paths write what the slow ones did: pinned records for a seed, the rows
kept for certificates read as the store reads them, a CLI demo database that verifies."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import random
import sqlite3

import pytest

from sellertrain.cli.main import main
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Course
from sellertrain.core.reports.demo import DemoDataRefused, generate_demo_data
from sellertrain.core.reports.demo_certificates import (
    ReadAhead,
    attempts_of,
    progress_of,
)
from sellertrain.core.reports.demo_records import DemoRecords
from sellertrain.core.store import Store, StoreError
from sellertrain.core.store.bulk import RowBatch
from sellertrain.core.store.certificates import CodeTaken
from sellertrain.core.store.current_schema import ITEM_SUMMARY_FILL, ITEM_SUMMARY_TABLES
from tests.conftest import REPO

TODAY = dt.date(2026, 6, 1)

# The record columns that follow from the seed (not the password's salt, the device id, or a
# certificate's random id and code), in rowid order: the digest the demo wrote for
# seed 11, 50 employees and TODAY before its bulk paths were made faster (main at 0f7cf28),
# but for answer ids, which are since m022 '<result id>:<position>' (and the ids no longer
# counted out for answers shift every later id).
_DIGESTED = {
    "employees": "id, name, name_key, role, department, created_at, active, joined, manages",
    "lesson_events": "id, employee_id, lesson_id, lesson_version, kind, at, seconds, sections",
    "attempts": "*",
    "attempt_results": "id, attempt_id, status, finished_at, score, passed, pass_mark,"
    " employee_id, chain_seq, prev_hash, record_hash",
    "answers": "id, attempt_id, question_id, position, selected, selected_text, correct, score",
    "certificates": "employee_id, scope_kind, scope, title, score, issued_at, expires_at, evidence",
}
PINNED = "99733debe3a12774e93ca62d0af525ff91355df1deb6e40b93916c2f47379990"


@pytest.fixture(scope="module")
def course() -> Course:
    loaded = load_course(REPO, deep=False)
    assert not loaded.has_errors
    return loaded


def _records_digest(store: Store) -> str:
    digest = hashlib.sha256()
    for table, columns in _DIGESTED.items():
        for row in store.db.execute(f"SELECT {columns} FROM {table} ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_same_records_as_before_for_a_seed(tmp_path, course):
    store = Store.create(tmp_path / "demo.db")
    try:
        summary = generate_demo_data(store, course, 50, seed=11, today=TODAY)
        assert summary.certificates > 0
        assert _records_digest(store) == PINNED
        assert store.verify_records().ok
        # each result names the device that wrote it, read once for the bulk write
        (device,) = store.db.execute(
            "SELECT value FROM sync_state WHERE key = 'device_id'"
        ).fetchone()
        devices = store.db.execute("SELECT DISTINCT device_id FROM attempt_results").fetchall()
        assert device and [tuple(row) for row in devices] == [(device,)]
    finally:
        store.close()


def test_kept_rows_read_as_the_store_reads_them(tmp_path, course):
    """The certificates of a demo are issued from the rows it kept, not from the store: for
    every employee kept, they must read exactly as ``lesson_progress`` and ``attempts`` read
    the stored rows (repr: 80 and 80.0 are equal but would be stored differently)."""
    generator = DemoRecords(
        course, random.Random(3), random.Random("ids"), TODAY, set(), "not-a-real-hash"
    )
    store = Store.create(tmp_path / "kept.db")
    try:
        store.insert_batches(generator.batches(40))
        assert len(generator.kept) > 10
        assert set(generator.kept) == generator.passed
        for employee_id, (events, attempts, results) in generator.kept.items():
            assert repr(list(progress_of(events).items())) == repr(
                list(store.lesson_progress(employee_id).items())
            )
            assert repr(attempts_of(attempts, results)) == repr(store.attempts(employee_id))
    finally:
        store.close()


def test_read_ahead_keeps_the_checks_of_add_certificate(tmp_path, course):
    store = Store.create(tmp_path / "view.db")
    try:
        employee = store.add_employee("Ada Demo", "learner", "secret-1234", "logistics")
        view = ReadAhead(store, {})
        evidence = [{"quiz": "q", "attempt": "a", "score": 90.0}]
        args = (employee.id, "assessment", "final", "Final", 90.0, "2026-06-01T00:00:00+00:00")
        first = view.add_certificate("ST-2222-3333-4444", *args, None, evidence, None)
        assert first is not None and view.latest_certificates(employee.id) == [first]
        # the decision rested on no certificate, but there is one now: nothing is issued
        assert view.add_certificate("ST-2222-3333-5555", *args, None, evidence, None) is None
        with pytest.raises(CodeTaken):
            view.add_certificate("ST-2222-3333-4444", *args, None, evidence, first.id)
        renewal = view.add_certificate("ST-2222-3333-6666", *args, None, evidence, first.id)
        assert renewal is not None and view.latest_certificates(employee.id) == [renewal]
        store.insert_certificates(view.rows)
        stored = store.certificates(employee.id)
        assert {c.code for c in stored} == {"ST-2222-3333-4444", "ST-2222-3333-6666"}
        assert stored[0].evidence == tuple(evidence)
        # a code already in the file is refused as add_certificate refuses it
        again = ReadAhead(store, {})
        (latest,) = again.latest_certificates(employee.id)
        with pytest.raises(CodeTaken):
            again.add_certificate("ST-2222-3333-6666", *args, None, evidence, latest.id)
    finally:
        store.close()


def test_cli_demo_database_verifies_and_is_left_in_wal_mode(tmp_path, capsys):
    path = tmp_path / "cli-demo.db"
    assert main(["demo-data", "--employees", "30", "--db", str(path), "--lang", "en"]) == 0
    assert "created a new database" in capsys.readouterr().out
    assert main(["verify-records", "--db", str(path), "--lang", "en"]) == 0
    assert "no problems" in capsys.readouterr().out
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM certificates").fetchone()[0] > 0
    finally:
        conn.close()


def _item_sums(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(store.db.execute(f"SELECT * FROM {table}").fetchall())
        for table in ITEM_SUMMARY_TABLES
    }


def test_item_sums_kept_while_generating_equal_the_sums_computed_from_answers(tmp_path, course):
    """The demo keeps answer_counts and question_sums as it makes the answers, instead of
    the bulk insert computing them from every answer: they must be what ITEM_SUMMARY_FILL
    (and so the triggers of ordinary writes) gives, for a new database and when the demo is
    added beside answers already counted (forced, twice: the second adds to the first)."""
    store = Store.create(tmp_path / "sums.db")
    try:
        generate_demo_data(store, course, 40, seed=5, today=TODAY)
        kept = _item_sums(store)
        assert len(kept["answer_counts"]) > 100 and len(kept["question_sums"]) > 50
        conn = store.db.conn
        for table in ITEM_SUMMARY_TABLES:
            conn.execute(f"DELETE FROM {table}")
        for statement in ITEM_SUMMARY_FILL:
            conn.execute(statement)
        assert _item_sums(store) == kept
        generate_demo_data(store, course, 25, seed=6, today=TODAY, force=True)
        added = _item_sums(store)
        assert added != kept
        for table in ITEM_SUMMARY_TABLES:
            conn.execute(f"DELETE FROM {table}")
        for statement in ITEM_SUMMARY_FILL:
            conn.execute(statement)
        assert _item_sums(store) == added
    finally:
        store.close()


def test_the_cycle_collector_is_paused_while_generating_and_restored(tmp_path, course, monkeypatch):
    """The demo pauses Python's cycle collector (its millions of rows made each collection
    walk them all) and restores it, after an error too; one already paused stays paused."""
    seen: list[bool] = []
    made = DemoRecords.employee

    def employee(self: DemoRecords, last: bool) -> None:
        seen.append(gc.isenabled())
        made(self, last)

    monkeypatch.setattr(DemoRecords, "employee", employee)
    store = Store.create(tmp_path / "gc.db")
    try:
        assert gc.isenabled()
        generate_demo_data(store, course, 5, seed=1, today=TODAY)
        assert seen == [False] * 5 and gc.isenabled()
        with pytest.raises(DemoDataRefused):
            generate_demo_data(store, course, 5, seed=1, today=TODAY)
        assert gc.isenabled()
        gc.disable()
        try:
            generate_demo_data(store, course, 3, seed=2, today=TODAY, force=True)
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        store.close()


@pytest.mark.parametrize("events", [1, 141, 142, 143, 2 * 142 + 5])
def test_bulk_insert_keeps_the_order_of_rows_written_many_a_statement(tmp_path, events):
    """Rows go in 999 parameters a statement (142 lesson_events); they keep their order
    across and within statements, whatever the count, and a bad one still fails it all."""
    store = Store.create(tmp_path / f"order-{events}.db")
    employee = ("e-1", "Li Wei", "li wei", "learner", None, "scrypt$x", "2026-01-01T00:00:00+00:00")
    rows = [
        (
            f"ev-{n:04d}",
            "e-1",
            f"lesson-{n % 7}",
            "v1",
            "opened",
            f"2026-01-01T00:{n % 60:02d}:00+00:00",
            n,
        )
        for n in range(events)
    ]
    rows.reverse()  # ids descending: the rowids must follow the order given, not the ids
    bad = [
        (f"x-{n}", "e-1", "l", "v1", "opened" if n < events - 1 else "closed", "t", 0)
        for n in range(events)
    ]
    try:
        counts = store.insert_batches([RowBatch(employees=[(*employee, 1)], lesson_events=rows)])
        assert counts.lesson_events == events
        stored = store.db.execute("SELECT * FROM lesson_events ORDER BY rowid").fetchall()
        assert [tuple(row[:7]) for row in stored] == rows
        with pytest.raises(StoreError, match="not added"):
            store.insert_batches([RowBatch(lesson_events=bad)])
        assert store.db.execute("SELECT count(*) FROM lesson_events").fetchone()[0] == events
    finally:
        store.close()
