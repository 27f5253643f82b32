"""A database with damaged record pages is refused unchanged, with one line and the way out."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

import pytest

from sellertrain.core import passwords
from sellertrain.core.store import Store, StoreError, backup_database

PAGE = 4096


def damaged_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database whose employees pages (past the schema page) hold garbage."""
    monkeypatch.setattr(
        passwords, "hash_password", functools.partial(passwords.hash_password, n=2, r=1)
    )
    path = tmp_path / "damaged.db"
    store = Store.create(path)
    store.add_employees([(f"Person {n:04}", "learner", "pass-1234", None) for n in range(300)])
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'employees'").fetchone()
    conn.close()
    assert page_size == PAGE
    with path.open("r+b") as file:  # the table's root page and a few after it
        file.seek((root[0] - 1) * PAGE + 100)
        file.write(b"\xa5" * (PAGE * 3))
    return path


def test_the_first_write_of_a_session_refuses_a_damaged_file(tmp_path, monkeypatch):
    path = damaged_db(tmp_path, monkeypatch)
    before = path.read_bytes()
    store = Store.open(path)  # reading the schema still works
    try:
        with pytest.raises(StoreError) as caught:
            store.add_employee("Cy Ho", "learner", "pass-9999")
        message = str(caught.value)
        assert "is damaged" in message and "Restore a backup" in message
        assert "\n" not in message
    finally:
        store.close()
    assert path.read_bytes() == before


def test_verify_records_and_backup_say_so_in_one_line(tmp_path, monkeypatch):
    path = damaged_db(tmp_path, monkeypatch)
    store = Store.open(path)
    try:
        with pytest.raises(StoreError, match=r"is damaged .*Restore a backup"):
            store.verify_records()
    finally:
        store.close()
    with pytest.raises(StoreError, match="is damaged"):
        backup_database(path, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


def test_a_sound_file_is_checked_once_per_session(store, monkeypatch):
    from sellertrain.core.store import integrity

    calls = []
    real = integrity.quick_check
    monkeypatch.setattr(
        "sellertrain.core.store.database.quick_check",
        lambda conn, path: calls.append(path) or real(conn, path),
    )
    store.add_employee("Ana Li", "learner", "pass-1234")
    store.add_employee("Bo Chen", "learner", "pass-1234")
    assert len(calls) <= 1
