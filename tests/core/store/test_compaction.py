"""After an upgrade that rebuilt tables, the file gives back the space they left free."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.reports.demo import generate_demo_data
from sellertrain.core.store import Store, compaction
from tests.conftest import REPO
from tests.core.store.test_summaries import undo_compact_lesson_events

EVENTS = "SELECT * FROM lesson_events ORDER BY rowid"


def schema_25_file(path: Path) -> list[tuple[object, ...]]:
    """A demo database as schema 25 had it (lesson_events a table); its records."""
    store = Store.create(path)
    generate_demo_data(store, load_course(REPO, deep=False), 40, seed=3)
    store.close()
    conn = sqlite3.connect(path)
    undo_compact_lesson_events(conn)
    conn.execute("PRAGMA user_version = 25")
    conn.commit()
    conn.execute("VACUUM")  # no free pages before the upgrade
    records = conn.execute(EVENTS).fetchall()
    conn.close()
    return records


def pages(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("PRAGMA page_count").fetchone()[0],
            conn.execute("PRAGMA freelist_count").fetchone()[0],
        )
    finally:
        conn.close()


def test_worth_compacting_needs_a_quarter_and_some_megabytes():
    mib = 1024 * 1024
    assert compaction.worth_compacting(4096, 100_000, 30_000)  # 117 MiB of 390 free
    assert not compaction.worth_compacting(4096, 100_000, 20_000)  # a fifth
    assert not compaction.worth_compacting(4096, 1_000, 900)  # 3.5 MiB: not worth a rebuild
    assert compaction.worth_compacting(4096, 8 * mib // 4096, 8 * mib // 4096)


def test_an_upgrade_that_frees_space_gives_it_back(tmp_path: Path, monkeypatch, caplog):
    path = tmp_path / "old.db"
    records = schema_25_file(path)
    monkeypatch.setattr(compaction, "FREE_BYTES", 0)  # a small file's freed pages count
    monkeypatch.setattr(compaction, "FREE_SHARE", 0.01)
    with caplog.at_level(logging.INFO, logger="sellertrain.core.store.compaction"):
        store = Store.open(path)  # migrates: m026 drops the old table
    try:
        assert store.schema_version >= 26
        assert store.db.execute(EVENTS).fetchall() == [(*r, i) for i, r in enumerate(records, 1)]
        assert store.verify_records().problems == ()
    finally:
        store.close()
    assert pages(path)[1] == 0
    assert "gave back" in caplog.text
    assert (tmp_path / "old.db.v25.bak").exists()  # the copy made before the upgrade stays


def test_without_much_free_space_the_file_is_left_alone(tmp_path: Path):
    path = tmp_path / "old.db"
    schema_25_file(path)
    store = Store.open(path)  # 40 employees: the freed pages are far under 8 MiB
    store.close()
    assert pages(path)[1] > 0


def test_a_file_another_app_is_writing_is_left_as_it_is(tmp_path: Path, monkeypatch, caplog):
    """VACUUM waits for the write lock (a reader does not stop it in WAL mode); when another
    app holds the lock too long the file stays as it is, and nothing is raised."""
    path = tmp_path / "old.db"
    store = Store.create(path)
    store.close()
    monkeypatch.setattr(compaction, "FREE_BYTES", 0)
    monkeypatch.setattr(compaction, "FREE_SHARE", 0.01)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE filler (x)")
    conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 2000,)] * 200)
    conn.execute("DROP TABLE filler")
    conn.execute("PRAGMA busy_timeout = 100")
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another app in the middle of a write
        with caplog.at_level(logging.WARNING, logger="sellertrain.core.store.compaction"):
            assert compaction.compact_after_upgrade(conn, path) is False
        assert "database is locked" in caplog.text
        writer.execute("ROLLBACK")
        assert pages(path)[1] > 0
        assert compaction.compact_after_upgrade(conn, path) is True  # once it is free
        assert pages(path)[1] == 0
    finally:
        writer.close()
        conn.close()


@pytest.mark.parametrize("problem", ["database is locked", "database or disk is full"])
def test_a_vacuum_that_fails_is_logged_and_the_file_kept(
    tmp_path: Path, monkeypatch, caplog, problem
):
    class Refusing(sqlite3.Connection):
        def execute(self, sql, *args):  # type: ignore[override]
            if sql == "VACUUM":
                raise sqlite3.OperationalError(problem)
            return super().execute(sql, *args)

    path = tmp_path / "old.db"
    records = schema_25_file(path)
    monkeypatch.setattr(compaction, "FREE_BYTES", 0)
    monkeypatch.setattr(compaction, "FREE_SHARE", 0.01)
    conn = sqlite3.connect(path, factory=Refusing)
    try:
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 2000,)] * 200)
        conn.commit()
        conn.execute("DROP TABLE filler")
        conn.commit()
        with caplog.at_level(logging.WARNING, logger="sellertrain.core.store.compaction"):
            assert compaction.compact_after_upgrade(conn, path) is False
        assert problem in caplog.text
    finally:
        conn.close()
    assert pages(path)[1] > 0
    assert [r for r in sqlite3.connect(path).execute(EVENTS)] == records
