"""Faults injected as SQLite tests itself (issue 17): a full disk on the Nth page written, a
read-only file, another writer's lock, an impossible schema version and a password that is
not UTF-8. Each ends with one clear line, an intact database and nothing saved lost.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from sellertrain.core.store import Store, StoreError, schema
from sellertrain.core.store import database as store_database
from tests.cli.helpers import new_db, run, sign_in_as

PASSWORD = "s3cret-pass"


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def names(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [n for (n,) in conn.execute("SELECT name FROM employees ORDER BY name")]
    finally:
        conn.close()


@pytest.fixture
def db(capsys, monkeypatch, tmp_path: Path) -> Path:
    path = new_db(capsys, tmp_path / "staff.db")
    code, _, _ = run(
        capsys, "employees", "add", "Ana Li", "--role", "manager", "--db", str(path),
        stdin=PASSWORD + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0
    sign_in_as(monkeypatch, "Ana Li", PASSWORD)  # the manager the next commands sign in as
    return path


def connect_with(monkeypatch: pytest.MonkeyPatch, *pragmas: str) -> None:
    """Every store connection runs ``pragmas`` after opening (the fault to inject)."""
    real = schema._connect

    def faulty(path: Path) -> sqlite3.Connection:
        conn = real(path)
        for pragma in pragmas:
            conn.execute(pragma)
        return conn

    monkeypatch.setattr(store_database, "_connect", faulty)


def full_after(monkeypatch: pytest.MonkeyPatch, extra_pages: int) -> None:
    """The disk is full once the file has grown by ``extra_pages`` pages (SQLITE_FULL)."""
    real = schema._connect

    def faulty(path: Path) -> sqlite3.Connection:
        conn = real(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")
        return conn

    monkeypatch.setattr(store_database, "_connect", faulty)


@pytest.mark.parametrize("extra_pages", [0, 1, 2])
def test_a_full_disk_during_add_is_one_line_and_nothing_is_lost(
    capsys, monkeypatch, db, extra_pages
):
    full_after(monkeypatch, extra_pages)
    rows = [f"Person {n:03},learner,,{PASSWORD}-{n}" for n in range(40)]
    source = db.with_name("staff.csv")
    source.write_text("name,role,department,password\n" + "\n".join(rows) + "\n")
    code, out, err = run(capsys, "employees", "import", str(source), "--db", str(db))
    assert code == 1 and out == ""
    errors = [line for line in err.splitlines() if line.startswith("sellertrain: error")]
    assert len(errors) == 1 and "the disk is full" in errors[0], err
    assert integrity(db) == "ok"
    assert names(db) == ["Ana Li"]  # all or nothing, and the saved one kept


def test_a_full_disk_for_a_store_write_rolls_back_whole(monkeypatch, db):
    full_after(monkeypatch, 0)
    store = Store.open(db)
    try:
        with pytest.raises(sqlite3.OperationalError, match="full"):
            store.add_employees([(f"P {n}", "learner", f"{PASSWORD}{n}", None) for n in range(200)])
    finally:
        store.close()
    assert integrity(db) == "ok" and names(db) == ["Ana Li"]


def test_a_read_only_file_is_named(capsys, monkeypatch, db):
    connect_with(monkeypatch, "PRAGMA query_only = 1")  # SQLITE_READONLY on every write
    code, _out, err = run(
        capsys, "employees", "add", "Bo Wu", "--role", "learner", "--db", str(db),
        stdin=PASSWORD + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1
    assert "read-only" in err or "readonly" in err, err
    assert integrity(db) == "ok" and names(db) == ["Ana Li"]


@pytest.fixture
def lock_held(db: Path) -> Iterator[sqlite3.Connection]:
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_another_writers_lock_is_named_after_the_timeout(capsys, monkeypatch, db, lock_held):
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 200)
    code, _out, err = run(
        capsys, "employees", "add", "Bo Wu", "--role", "learner", "--db", str(db),
        stdin=PASSWORD + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "busy" in err, err
    lock_held.execute("ROLLBACK")
    lock_held.execute("BEGIN IMMEDIATE")  # the fixture ends it
    assert integrity(db) == "ok" and names(db) == ["Ana Li"]


def test_an_impossible_schema_version_is_named(capsys, db):
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = -1")
    conn.close()
    with pytest.raises(StoreError, match=r"impossible schema version \(-1\)"):
        Store.open(db)
    code, _, err = run(capsys, "employees", "list", "--db", str(db))
    assert code == 1 and "impossible schema version (-1)" in err and "upgrading" not in err


def test_a_password_that_is_not_utf8_is_one_line(capsys, monkeypatch, db):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9-pass\n"), "utf-8"))
    code, out, err = run(capsys, "employees", "add", "Bo Wu", "--role", "learner", "--db", str(db))
    assert (code, out) == (1, "")
    assert err == (
        "sellertrain: error: the password on standard input is not UTF-8 text: pipe it as UTF-8\n"
    )
    assert names(db) == ["Ana Li"]


def test_copying_pages_gives_up_on_another_writers_lock(monkeypatch, tmp_path):
    """Python's backup() retries a locked step forever; restore's copy stops at the timeout."""
    import time

    from sellertrain.core.store import backups

    source = sqlite3.connect(tmp_path / "source.db")
    source.execute("CREATE TABLE t (x)")
    source.commit()
    dest_path = tmp_path / "dest.db"
    sqlite3.connect(dest_path).close()
    other = sqlite3.connect(dest_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # rollback journal: no one else may write, or read
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 200)
    dest = sqlite3.connect(dest_path, timeout=0.05)
    started = time.monotonic()
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            backups._copy_pages(source, dest)
    finally:
        other.execute("ROLLBACK")
        for conn in (other, dest, source):
            conn.close()
    assert time.monotonic() - started < 5


def test_a_full_disk_while_setting_the_current_file_aside_leaves_no_copy(
    capsys, monkeypatch, db, tmp_path
):
    from sellertrain.core.store import backups

    copy = tmp_path / "copy.db"
    backups.backup_database(db, copy)

    real = backups._snapshot

    def full(conn: sqlite3.Connection, target: Path) -> None:
        if "before-restore" not in target.name:
            return real(conn, target)  # the backup read into a staging file
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # half a copy
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "_snapshot", full)
    code, _, err = run(capsys, "restore", str(copy), "--db", str(db))
    assert code == 1 and err.count("\n") == 1, err
    assert "the disk is full" in err and "nothing was replaced" in err
    assert sorted(p.name for p in db.parent.iterdir() if "restore" in p.name) == []
    assert integrity(db) == "ok" and names(db) == ["Ana Li"]


def test_report_reads_while_another_writer_holds_the_lock(capsys, monkeypatch, db, lock_held):
    lock_held.execute("CREATE TABLE held_by_another_writer (x)")  # a write in progress
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 100)
    code, out, err = run(capsys, "report", "--format", "csv", "--db", str(db))
    assert (code, err) == (0, "")
    assert "Ana Li" in out


class FailingConnection:
    """A connection that fails its Nth write statement with SQLITE_FULL (or an I/O error),
    as SQLite's own tests inject faults; everything else goes to the real connection."""

    WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT")

    def __init__(self, real: sqlite3.Connection, fail_at: int, message: str) -> None:
        self._real, self._left, self._message = real, fail_at, message
        self.failed = False

    def _count(self, sql: str) -> None:
        if sql.lstrip().upper().startswith(self.WRITES):
            self._left -= 1
            if self._left == 0:
                self.failed = True
                raise sqlite3.OperationalError(self._message)

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        self._count(sql)
        return self._real.execute(sql, *args)

    def executemany(self, sql: str, *args: object) -> sqlite3.Cursor:
        self._count(sql)
        return self._real.executemany(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


def submit(store: Store, employee_id: str, number: int) -> str:
    from sellertrain.core.store import AnswerToSave

    attempt = store.start_attempt(employee_id, "quiz", "v1", number)
    store.save_draft_answer(attempt.id, "q0", {0})
    answers = [AnswerToSave(f"q{i}", i, frozenset({0}), ("option 0",), True, 1.0) for i in range(4)]
    store.finish_attempt(attempt.id, 100.0, True, answers)
    return attempt.id


@pytest.mark.parametrize("message", ["database or disk is full", "disk I/O error"])
def test_a_fault_at_each_write_of_a_quiz_submit(tmp_path, message):
    from sellertrain.core.store.errors import sqlite_cause

    db = tmp_path / "quiz.db"
    store = Store.create(db)
    ana = store.add_employee("Ana Li", "learner", PASSWORD)
    saved = [submit(store, ana.id, 0)]
    store.close()
    fail_at = 1
    while True:
        store = Store.open(db)
        wrapper = FailingConnection(store.conn, fail_at, message)
        store.conn = wrapper  # type: ignore[assignment]
        store.db.conn = wrapper  # type: ignore[assignment]
        try:
            saved.append(submit(store, ana.id, fail_at))
        except (sqlite3.Error, StoreError) as exc:
            assert sqlite_cause(exc) is not None, exc  # one clear cause to report
        finally:
            store.conn = wrapper._real
            store.db.conn = wrapper._real
            store.close()
        assert integrity(db) == "ok"
        conn = sqlite3.connect(db)
        finished = {
            attempt_id: answers
            for attempt_id, answers in conn.execute(
                "SELECT r.attempt_id, count(a.id) FROM attempt_results AS r"
                " LEFT JOIN answers AS a ON a.attempt_id = r.attempt_id GROUP BY r.attempt_id"
            )
        }
        conn.close()
        assert set(saved) <= set(finished)  # nothing reported saved is missing
        assert all(count == 4 for count in finished.values())  # nothing half written
        if not wrapper.failed:
            break  # every write of a submit has had its fault
        fail_at += 1
    assert fail_at > 3


@pytest.mark.parametrize("message", ["database or disk is full", "disk I/O error"])
def test_a_fault_during_a_backup_leaves_no_file(capsys, monkeypatch, db, tmp_path, message):
    from sellertrain.core.store import backups

    def failing(_conn: sqlite3.Connection, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # half a copy
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(backups, "_snapshot", failing)
    out_dir = tmp_path / "backups"
    code, out, err = run(capsys, "backup", "--out", str(out_dir / "copy.db"), "--db", str(db))
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert message in err and "nothing was written" in err
    assert list(out_dir.iterdir()) == []
    assert integrity(db) == "ok" and names(db) == ["Ana Li"]


@pytest.mark.parametrize("writer_comes", ["before-set-aside", "before-the-copy"])
def test_restore_waits_for_an_open_write_transaction_then_gives_up(
    capsys, monkeypatch, db, tmp_path, writer_comes
):
    """Another connection's uncommitted write (WAL) is neither copied aside half-done nor
    overwritten: the restore waits up to the busy timeout, then says so in one line.

    The writer begins once the manager has signed in: before the current file is set aside,
    or (having let go for the set-aside copy) before the backup's pages are written, when
    the copy fails whole and the aside copy goes."""
    import time

    from sellertrain.core.store import backups

    copy = tmp_path / "copy.db"
    backups.backup_database(db, copy)
    copy_bytes = copy.read_bytes()
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 300)
    other = sqlite3.connect(db, isolation_level=None)
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    step = "_wait_for_writers" if writer_comes == "before-set-aside" else "_write_into"
    real = getattr(backups, step)

    def writer_first(*args: Path) -> None:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO departments (name, created_at) VALUES ('Late', '2026')")
        started.append(time.monotonic())
        real(*args)

    started: list[float] = []
    monkeypatch.setattr(backups, step, writer_first)
    try:
        code, out, err = run(capsys, "restore", str(copy), "--db", str(db))
    finally:
        waited = time.monotonic() - started[0]
        other.execute("COMMIT")  # the writer's transaction was never disturbed
        other.close()
    assert (code, out) == (1, "")
    assert err.count("\n") == 1, err
    assert "another program is still writing to" in err and "nothing was replaced" in err
    assert 0.25 < waited < 5
    assert copy.read_bytes() == copy_bytes
    assert integrity(db) == "ok" and names(db) == ["Ana Li"]
    conn = sqlite3.connect(db)
    try:
        late = conn.execute("SELECT count(*) FROM departments WHERE name = 'Late'").fetchone()
    finally:
        conn.close()
    assert late == (1,)
    assert [p.name for p in db.parent.iterdir() if "before-restore" in p.name] == []


def test_restore_under_a_writer_from_the_start_is_refused_at_sign_in(
    capsys, monkeypatch, db, tmp_path, lock_held
):
    """The manager's sign-in is itself a write: it waits the busy timeout, then one line."""
    from sellertrain.core.store import backups

    copy = tmp_path / "copy.db"
    backups.backup_database(db, copy)
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 200)
    code, out, err = run(capsys, "restore", str(copy), "--db", str(db))
    assert (code, out) == (1, "") and err.count("\n") == 1, err
    assert "busy" in err and "nothing was replaced" in err
    assert [p.name for p in db.parent.iterdir() if "before-restore" in p.name] == []
