"""The store under faults: busy databases, failed migrations, backups and checked restores."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
import sqlite_utils

from sellertrain.core.store import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    Store,
    StoreBusy,
    StoreError,
    _split_sql,
    backup_database,
    restore_database,
)
from sellertrain.core.store import schema as schema_module


def make_old(path: Path, version: int, employees: int = 3) -> None:
    """A database as release ``version`` wrote it (migrations 1..version), with a few rows."""
    conn = sqlite3.connect(path)
    for number in range(version):
        for statement in _split_sql(MIGRATIONS[number]):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    for n in range(employees):
        conn.execute(
            "INSERT INTO employees (id, name, name_key, role, department, password_hash,"
            " created_at) VALUES (?, ?, ?, 'learner', NULL, 'x', '2025-01-01')",
            [f"emp-{n}", f"Person {n}", f"person {n}"],
        )
    conn.commit()
    conn.close()


def dump(path: Path) -> tuple:
    """Everything that matters about a database file: version, schema, and every row."""
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        rows = {
            name: conn.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()
            for (kind, name, _sql) in objects
            if kind == "table"
        }
        return version, objects, rows
    finally:
        conn.close()


# -- write transactions: BEGIN IMMEDIATE, bounded retry ---------------------------------------


def hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another connection takes the write lock for ``seconds`` (as a second app would)."""
    started = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait(5)
    return thread


def test_a_write_waits_and_retries_while_another_app_holds_the_lock(tmp_path):
    path = tmp_path / "busy.db"
    store = Store.create(path)
    store.db.execute("PRAGMA busy_timeout = 50")  # so the retries, not SQLite, do the waiting
    store.db.retry_pause = 0.1
    try:
        holder = hold_write_lock(path, 0.4)
        started = time.monotonic()
        employee = store.add_employee("Ana Li", "learner", "pass-1234")
        waited = time.monotonic() - started
        holder.join()
        assert store.employee(employee.id) == employee
        assert waited >= 0.2
    finally:
        store.close()


def test_a_lock_held_too_long_is_a_clear_error_and_nothing_is_half_written(tmp_path):
    path = tmp_path / "busy.db"
    store = Store.create(path)
    store.db.execute("PRAGMA busy_timeout = 20")
    store.db.retry_pause = 0.01
    store.db.write_retries = 2
    try:
        holder = hold_write_lock(path, 1.0)
        with pytest.raises(StoreBusy) as info:
            store.add_employees([("Ana Li", "learner", "pass-1234", None)] * 1)
        holder.join()
        message = str(info.value)
        assert "locked" not in message and "try again" in message
        assert isinstance(info.value, StoreError)
        assert not store.has_employees()
        assert store.audit_entries() == []
        store.add_employee("Ana Li", "learner", "pass-1234")  # and the store still works
    finally:
        store.close()


def test_immediate_transactions_never_fail_on_a_stale_snapshot(tmp_path):
    """A transaction that reads, then writes after another app committed: sqlite-utils' deferred
    ``atomic()`` fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT); ours does not."""
    path = tmp_path / "snapshot.db"
    store = Store.create(path)
    store.add_employee("Writer One", "learner", "pass-1234")
    threads: list[threading.Thread] = []

    def write_elsewhere(number: int) -> None:  # a second app, on its own connection
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        conn.execute(
            "INSERT INTO employees (id, name, name_key, role, password_hash, created_at)"
            " VALUES (?, ?, ?, 'learner', 'x', 'now')",
            [f"other-{number}", f"Other {number}", f"other {number}"],
        )
        conn.close()

    def read_then_write(atomic, number: int) -> None:  # type: ignore[no-untyped-def]
        with atomic():
            store.db.execute("SELECT count(*) FROM employees").fetchone()
            thread = threading.Thread(target=write_elsewhere, args=(number,))
            threads.append(thread)
            thread.start()
            thread.join(0.3)  # deferred: it commits now; immediate: it waits for us
            store.db.execute(
                "INSERT INTO lesson_events (id, employee_id, lesson_id, lesson_version, kind,"
                " at) SELECT ?, id, 'l', 'v', 'opened', 'now' FROM employees LIMIT 1",
                [f"ev-{number}"],
            )

    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            read_then_write(lambda: sqlite_utils.Database.atomic(store.db), 1)
        read_then_write(store.db.atomic, 2)  # no error
        for thread in threads:
            thread.join()
        assert store.db.execute("SELECT id FROM lesson_events").fetchall() == [("ev-2",)]
        assert len(store.employees()) == 3  # both other writes went through as well
    finally:
        store.close()


def test_nested_transactions_are_savepoints(store):
    with store.transaction():
        store.add_employee("Ana Li", "learner", "pass-1234")
        with pytest.raises(StoreError), store.transaction():
            store.add_employee("Bo Chen", "learner", "pass-1234")
            raise StoreError("undo Bo only")
    assert [e.name for e in store.employees()] == ["Ana Li"]


# -- migrations: a copy before, all-or-nothing, restored on failure ---------------------------


@pytest.mark.parametrize("version", [1, 2, 3])
def test_migrating_an_old_database_keeps_every_row(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    make_old(path, version)
    before = dump(path)
    store = Store.open(path)
    try:
        assert store.schema_version == SCHEMA_VERSION
        assert [e.name for e in store.employees()] == ["Person 0", "Person 1", "Person 2"]
        assert store.audit_entries() == []
    finally:
        store.close()
    backup = tmp_path / f"v{version}.db.v{version}.bak"
    assert dump(backup) == before
    assert not list(tmp_path.glob("*.partial"))


def test_a_failed_migration_restores_the_copy_made_before_it(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    make_old(path, 1)
    before = dump(path)
    broken_step = "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1)"
    monkeypatch.setattr(schema_module, "MIGRATIONS", (*MIGRATIONS, broken_step))
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert f"schema {SCHEMA_VERSION + 1} failed" in message
    assert "no such table: no_such_table" in message
    assert "undone" in message and "old.db.v1.bak" in message and "\n" not in message
    assert dump(path) == before  # steps 2-4 ran in the same transaction: undone as well
    assert dump(tmp_path / "old.db.v1.bak") == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    monkeypatch.undo()
    store = Store.open(path)  # the real migrations still work afterwards
    try:
        assert store.schema_version == SCHEMA_VERSION
        assert len(store.employees()) == 3
    finally:
        store.close()


def test_a_failed_migration_that_left_the_file_changed_writes_the_copy_back(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    make_old(path, 2)
    before = dump(path)

    def damaged_after_rollback(conn, _version, _target):  # e.g. a step that committed itself
        conn.execute("DELETE FROM employees")
        conn.commit()
        return False

    monkeypatch.setattr(
        schema_module, "MIGRATIONS", (*MIGRATIONS, "INSERT INTO nowhere VALUES (1)")
    )
    monkeypatch.setattr(schema_module, "_unchanged", damaged_after_rollback)
    with pytest.raises(StoreError, match="the copy made before it was written back"):
        Store.open(path)
    assert dump(path) == before


def test_a_migration_that_never_gets_the_lock_changes_nothing(tmp_path, monkeypatch):
    from sellertrain.core.store import transactions

    path = tmp_path / "old.db"
    make_old(path, 1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")  # so the open gets as far as the upgrade
    conn.close()
    before = dump(path)
    monkeypatch.setattr(transactions.Database, "write_retries", 1)
    monkeypatch.setattr(transactions.Database, "retry_pause", 0.01)
    monkeypatch.setattr(schema_module, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another app holds the database
    try:
        with pytest.raises(StoreError, match="busy") as info:
            Store.open(path)
        assert "upgrading" not in str(info.value)
        # the copy is made under the lock (so two apps never write one copy at once):
        # without the lock nothing at all was written
        assert not list(tmp_path.glob("old.db.v1.bak*"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert dump(path) == before


def test_the_restore_writes_the_copy_back_even_over_committed_changes(tmp_path):
    path = tmp_path / "db.db"
    make_old(path, 2)
    before = dump(path)
    conn = sqlite3.connect(path)
    backup = schema_module._backup(path, 2)
    conn.execute("DELETE FROM employees")
    conn.commit()
    assert dump(path) != before
    schema_module._restore(conn, backup)
    conn.close()
    assert dump(path) == before


def test_a_failed_migration_of_a_new_file_leaves_it_empty(tmp_path, monkeypatch):
    path = tmp_path / "new.db"
    monkeypatch.setattr(
        schema_module, "MIGRATIONS", (*MIGRATIONS, "INSERT INTO nowhere VALUES (1)")
    )
    with pytest.raises(StoreError, match="failed"):
        Store.create(path)
    version, objects, _rows = dump(path)
    assert (version, objects) == (0, [])
    assert not list(tmp_path.glob("*.bak"))


def test_a_damaged_sellertrain_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "damaged.db"
    make_old(path, SCHEMA_VERSION)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)  # the schema page, after the 100-byte header
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError, match="is damaged") as info:
        Store.open(path)
    assert "the file was not changed" in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


# -- backup and restore ------------------------------------------------------------------------


def filled(path: Path) -> Store:
    store = Store.create(path)
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    attempt = store.start_attempt(ana.id, "quiz", "v1", 1)
    store.finish_attempt(attempt.id, 100.0, True, [])
    return store


def test_backup_is_a_consistent_single_file_copy_while_the_app_writes(tmp_path):
    path = tmp_path / "live.db"
    store = filled(path)
    try:
        stop = threading.Event()

        def keep_writing() -> None:
            writer = Store.open(path)
            number = 0
            while not stop.is_set():
                writer.add_employees([(f"Writer {number}", "learner", "pass-1234", None)])
                number += 1
            writer.close()

        thread = threading.Thread(target=keep_writing)
        thread.start()
        try:
            time.sleep(0.3)
            info = backup_database(path, tmp_path / "copy.db")
        finally:
            stop.set()
            thread.join()
        assert info.employees >= 1 and info.attempts == 1
        assert info.schema_version == SCHEMA_VERSION
        conn = sqlite3.connect(tmp_path / "copy.db")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            audit = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
            assert audit == info.employees  # each employee's row came with its audit row
        finally:
            conn.close()
        assert not (tmp_path / "copy.db-wal").exists()
    finally:
        store.close()


def test_backup_refuses_a_missing_foreign_or_same_file(tmp_path):
    with pytest.raises(StoreError, match="no database at"):
        backup_database(tmp_path / "none.db", tmp_path / "out.db")
    assert not (tmp_path / "none.db").exists()
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"just text\n" * 100)
    with pytest.raises(StoreError, match="not a SellerTrain database"):
        backup_database(foreign, tmp_path / "out.db")
    path = tmp_path / "ours.db"
    filled(path).close()
    with pytest.raises(StoreError, match="the database itself"):
        backup_database(path, path)
    assert not (tmp_path / "out.db").exists()


def test_restore_checks_then_replaces_and_keeps_the_current_database_aside(tmp_path):
    path = tmp_path / "app.db"
    store = filled(path)
    backup_database(path, tmp_path / "monday.db")
    store.add_employee("Bo Chen", "learner", "pass-1234")  # made after the backup
    before_restore = dump(path)
    info = restore_database(tmp_path / "monday.db", path)
    try:
        # the app's open connection sees the restored content
        assert [e.name for e in store.employees()] == ["Ana Li"]
    finally:
        store.close()
    assert info.aside is not None and info.aside.exists()
    assert dump(info.aside)[2]["employees"] == before_restore[2]["employees"]
    assert (info.employees, info.attempts) == (1, 1)


def corrupt_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    data = bytearray(target.read_bytes())
    for offset in range(4096 * 2, len(data), 97):  # scribble over everything past page 2
        data[offset] = 0x5A
    target.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["damaged", "foreign", "newer", "text", "empty"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path, kind):
    path = tmp_path / "app.db"
    filled(path).close()
    good = tmp_path / "good.db"
    backup_database(path, good)
    bad = tmp_path / f"{kind}.db"
    if kind == "damaged":
        corrupt_copy(good, bad)
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        shutil.copyfile(good, bad)
        conn = sqlite3.connect(bad)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    elif kind == "text":
        bad.write_text("name,role\n" * 1000)
    else:
        bad.write_bytes(b"")
    bad_bytes = bad.read_bytes()
    before = dump(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError) as info:
        restore_database(bad, path)
    message = str(info.value)
    assert "nothing was replaced" in message and "\n" not in message
    expected = {
        "damaged": "damaged",
        "foreign": "not a SellerTrain database",
        "newer": "newer SellerTrain",
        "text": "not a SellerTrain database",
        "empty": "not a SellerTrain database",
    }[kind]
    assert expected in message
    assert dump(path) == before
    assert bad.read_bytes() == bad_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no copy aside either


def test_restore_over_a_damaged_database_keeps_its_bytes_aside(tmp_path):
    path = tmp_path / "app.db"
    filled(path).close()
    backup_database(path, tmp_path / "good.db")
    path.write_bytes(b"this database was overwritten by something else" * 100)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"app.db{suffix}").unlink(missing_ok=True)
    info = restore_database(tmp_path / "good.db", path)
    assert info.aside is not None
    assert info.aside.read_bytes().startswith(b"this database was overwritten")
    store = Store.open(path)
    try:
        assert [e.name for e in store.employees()] == ["Ana Li"]
    finally:
        store.close()


def test_restore_an_older_backup_is_migrated_on_next_open(tmp_path):
    old = tmp_path / "old-backup.db"
    make_old(old, 2)
    path = tmp_path / "app.db"
    filled(path).close()
    info = restore_database(old, path)
    assert info.schema_version == 2
    store = Store.open(path)
    try:
        assert store.schema_version == SCHEMA_VERSION
        assert len(store.employees()) == 3
    finally:
        store.close()


def test_two_apps_opening_an_old_file_at_once_both_open_it(tmp_path):
    """Both wait their turn for the upgrade: one upgrades (one copy, no half copy left), the
    other finds the file upgraded. (The copy was made before the lock: two apps wrote one
    copy at once, and the second to finish failed with a traceback.)"""
    path = tmp_path / "old.db"
    make_old(path, 2)
    opened: list[int] = []
    failed: list[BaseException] = []
    start = threading.Barrier(2)

    def open_it() -> None:
        try:
            start.wait()
            store = Store.open(path)
            opened.append(store.schema_version)
            store.close()
        except BaseException as exc:  # reported below
            failed.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failed == [] and opened == [SCHEMA_VERSION, SCHEMA_VERSION]
    assert [p.name for p in tmp_path.glob("old.db.v*")] == ["old.db.v2.bak"]
