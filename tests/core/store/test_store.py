"""The database: schema and migrations, refusals, append-only records, employees, progress."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from sellertrain.core.models import AccessRole
from sellertrain.core.passwords import hash_password, verify_password
from sellertrain.core.store import (
    APPEND_ONLY_TABLES,
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    AnswerToSave,
    Store,
    StoreError,
    _split_sql,
)
from sellertrain.core.store.rows import named_rows, row_to

TABLES = {
    "employees",
    "lesson_event_rows",  # the reading records (a view since m026) as keys to the values below
    "record_employees",
    "record_lessons",
    "attempts",
    "attempt_results",
    "answer_rows",  # the answers (a view since m020) as keys to the values below
    "answer_attempts",
    "answer_questions",
    "answer_choices",
    "draft_answers",
}


def pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return {r[0] for r in rows}


def answer(question_id: str, position: int, selected=(0,), correct=True, score=1.0) -> AnswerToSave:
    return AnswerToSave(question_id, position, frozenset(selected), ("text",), correct, score)


# -- opening and migrating ---------------------------------------------------------------------


def test_create_makes_the_schema(tmp_path):
    path = tmp_path / "deep" / "folder" / "new.db"
    store = Store.create(path)
    try:
        assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert not store.has_employees()
    finally:
        store.close()
    assert tables(path) >= TABLES
    assert pragma(path, "journal_mode") == "wal"  # WAL is persistent


def test_open_refuses_a_missing_file_and_makes_nothing(tmp_path):
    path = tmp_path / "folder" / "missing.db"
    with pytest.raises(StoreError, match="does not exist") as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_create_over_an_existing_database_keeps_its_records(tmp_path, clock):
    path = tmp_path / "kept.db"
    first = Store.create(path, clock=clock)
    employee = first.add_employee("Ana Li", "learner", "pass-1234")
    first.close()
    again = Store.create(path, clock=clock)
    try:
        assert again.employees() == [employee]
    finally:
        again.close()


def test_create_refuses_a_file_that_is_not_ours(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes " * 1000)
    with pytest.raises(StoreError, match="not a SellerTrain database"):
        Store.create(path)
    assert path.read_text() == "my notes " * 1000


def test_rows_are_built_by_column_name():
    conn = sqlite3.connect(":memory:")
    (row,) = named_rows(conn, "SELECT 'p' AS published_at, 'x' AS version, 1 AS revision")
    assert row_to(Revision, row, note="n") == Revision("x", 1, "p", "n")
    (extra,) = named_rows(conn, "SELECT 'x' AS version, 1 AS revision, 2 AS surprise")
    with pytest.raises(TypeError, match="surprise"):
        row_to(Revision, extra)


@dataclass(frozen=True)
class Revision:
    version: str
    revision: int
    published_at: str = ""
    note: str = ""


def test_open_an_empty_file(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    store = Store.open(path)
    store.close()
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert tables(path) >= TABLES
    assert list(tmp_path.glob("*.bak")) == []  # nothing to back up


def test_open_twice_is_harmless(tmp_path, clock):
    path = tmp_path / "twice.db"
    first = Store.create(path, clock=clock)
    employee = first.add_employee("Ana Li", "learner", "pass-1234")
    first.close()
    second = Store.open(path, clock=clock)
    try:
        assert second.schema_version == SCHEMA_VERSION
        assert second.employee(employee.id) == employee
    finally:
        second.close()


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.start_attempt("no-such-employee", "q", "v1", 1)


def _make_v1(path: Path) -> str:
    """A database as the first release wrote it: only migration 1, with one employee and event."""
    conn = sqlite3.connect(path)
    for statement in _split_sql(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO employees (id, name, name_key, role, department, password_hash, created_at)"
        " VALUES ('emp-1', 'Old Timer', 'old timer', 'learner', 'logistics', ?, '2025-01-01')",
        [hash_password("old-password")],
    )
    conn.execute(
        "INSERT INTO lesson_events (id, employee_id, lesson_id, lesson_version, kind, at, seconds)"
        " VALUES ('ev-1', 'emp-1', 'intro', 'aaaaaaaaaaaa', 'read', '2025-01-02T10:00:00+00:00', 42)"
    )
    conn.commit()
    conn.close()
    return "emp-1"


def test_split_sql_keeps_trigger_bodies_whole():
    statements = _split_sql(MIGRATIONS[0])
    assert len(statements) == 5
    triggers = [s for s in statements if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 2
    assert all(s.endswith("END") and "RAISE(ABORT" in s for s in triggers)
    assert all(sqlite3.complete_statement(s + ";") for s in statements)


def test_migrate_from_version_1_keeps_rows_and_backs_up(tmp_path, clock):
    path = tmp_path / "v1.db"
    employee_id = _make_v1(path)
    assert pragma(path, "user_version") == 1
    assert "attempts" not in tables(path)

    store = Store.open(path, clock=clock)
    try:
        assert store.schema_version == SCHEMA_VERSION
        old = store.employee(employee_id)
        assert old is not None and old.name == "Old Timer" and old.department == "logistics"
        assert store.authenticate("old timer", "old-password") == old
        progress = store.lesson_progress(employee_id)
        assert progress["intro"].seconds == 42
        attempt = store.start_attempt(employee_id, "intro-quiz", "v1", 7)  # the new tables work
        assert store.attempt(attempt.id) == attempt
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.execute("DELETE FROM attempts")
    finally:
        store.close()

    backup = tmp_path / "v1.db.v1.bak"
    assert backup.is_file()
    assert pragma(backup, "user_version") == 1
    assert "attempts" not in tables(backup)
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT name FROM employees").fetchall() == [("Old Timer",)]
    finally:
        conn.close()


def _file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def _assert_refused_unchanged(path: Path, match: str) -> None:
    before = _file_bytes(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StoreError, match=match) as info:
        Store.open(path)
    assert "\n" not in str(info.value)
    assert "the file was not changed" in str(info.value)
    assert _file_bytes(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings  # no -wal, no .bak


def test_newer_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE employees (id TEXT PRIMARY KEY)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    _assert_refused_unchanged(path, "newer SellerTrain")
    with pytest.raises(
        StoreError, match=rf"schema {SCHEMA_VERSION + 1}, this app knows {SCHEMA_VERSION}"
    ):
        Store.open(path)


def test_non_sqlite_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"name,role,password\nAna,learner,secret\n" * 50)
    _assert_refused_unchanged(path, "not a SellerTrain database")


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "invoices.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (9.5)")
    conn.commit()
    conn.close()
    _assert_refused_unchanged(path, "not a SellerTrain database")


def test_database_of_another_application_id_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 12345")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _assert_refused_unchanged(path, "not a SellerTrain database")


def test_foreign_database_with_a_user_version_is_refused_unchanged(tmp_path):
    path = tmp_path / "other-app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    _assert_refused_unchanged(path, "not a SellerTrain database")


# -- append-only records -----------------------------------------------------------------------


def test_every_append_only_table_has_both_triggers(store):
    assert "employees" not in APPEND_ONLY_TABLES
    assert set(APPEND_ONLY_TABLES) >= TABLES - {"employees"}
    triggers = {
        name: sql
        for name, sql in store.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
    }
    for table in APPEND_ONLY_TABLES:
        for kind in ("update", "delete"):
            sql = triggers[f"{table}_no_{kind}"]
            assert f"BEFORE {kind.upper()} ON {table}" in sql
            assert "RAISE(ABORT" in sql
    for view in ("answers", "lesson_events"):  # and the views reading them as one table
        for kind in ("update", "delete"):
            assert f"INSTEAD OF {kind.upper()} ON {view}" in triggers[f"{view}_no_{kind}"]


def test_append_only_tables_refuse_update_and_delete(store):
    employee = store.add_employee("Ana Li", "learner", "pass-1234")
    store.record_lesson_opened(employee.id, "intro", "v1")
    attempt = store.start_attempt(employee.id, "quiz", "v1", 1)
    store.save_draft_answer(attempt.id, "q1", {0})
    store.finish_attempt(attempt.id, 100.0, True, [answer("q1", 0)])
    for table in sorted(TABLES - {"employees"} | {"answers", "lesson_events"}):  # and views
        count = store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert count == 1, table
        with pytest.raises(sqlite3.IntegrityError, match=f"{table} is append-only"):
            store.db.execute(f"UPDATE {table} SET id = id")
        with pytest.raises(sqlite3.IntegrityError, match=f"{table} is append-only"):
            store.db.execute(f"DELETE FROM {table}")
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 1
    store.db.execute("UPDATE employees SET active = 0")  # employees are not training records
    assert store.employees() == []


# -- attempts ----------------------------------------------------------------------------------


def test_result_and_answers_are_one_transaction(store):
    employee = store.add_employee("Ana Li", "learner", "pass-1234")
    attempt = store.start_attempt(employee.id, "quiz", "v1", 1)
    duplicate = [answer("q1", 0), answer("q1", 1)]  # UNIQUE (attempt_id, question_id)
    with pytest.raises(sqlite3.IntegrityError):
        store.finish_attempt(attempt.id, 100.0, True, duplicate)
    assert store.db.execute("SELECT count(*) FROM attempt_results").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert not store.attempt(attempt.id).finished
    assert store.unfinished_attempt(employee.id) == attempt

    store.finish_attempt(
        attempt.id, 50.0, False, [answer("q1", 0), answer("q2", 1, (), False, 0.0)]
    )
    done = store.attempt(attempt.id)
    assert (done.status, done.score, done.passed) == ("submitted", 50.0, False)
    assert done.finished_at is not None
    stored = store.answers(attempt.id)
    assert [(a.question_id, a.position, a.selected, a.correct, a.score) for a in stored] == [
        ("q1", 0, frozenset({0}), True, 1.0),
        ("q2", 1, frozenset(), False, 0.0),
    ]
    with pytest.raises(sqlite3.IntegrityError):  # an attempt is finished once
        store.finish_attempt(attempt.id, 100.0, True, [])


def test_answer_text_round_trips_unicode(store):
    employee = store.add_employee("Ana Li", "learner", "pass-1234")
    attempt = store.start_attempt(employee.id, "quiz", "v1", 1)
    row = AnswerToSave("q1", 0, frozenset({2, 0}), ("发货", "Café"), False, 0.5)
    store.finish_attempt(attempt.id, 50.0, False, [row], status="timed_out")
    (stored,) = store.answers(attempt.id)
    assert stored.selected == frozenset({0, 2})
    assert stored.selected_text == ("发货", "Café")
    assert store.attempt(attempt.id).status == "timed_out"


def test_attempts_newest_first_and_unfinished(store):
    employee = store.add_employee("Ana Li", "learner", "pass-1234")
    other = store.add_employee("Bo Chen", "learner", "pass-1234")
    first = store.start_attempt(employee.id, "quiz-a", "v1", 1)
    second = store.start_attempt(employee.id, "quiz-b", "v1", 2)
    store.start_attempt(other.id, "quiz-a", "v1", 3)
    assert [a.id for a in store.attempts(employee.id)] == [second.id, first.id]
    assert [a.id for a in store.attempts(employee.id, "quiz-a")] == [first.id]
    assert store.unfinished_attempt(employee.id) == second
    store.finish_attempt(second.id, 0.0, False, [], status="abandoned")
    assert store.unfinished_attempt(employee.id) == first
    store.finish_attempt(first.id, 90.0, True, [])
    assert store.unfinished_attempt(employee.id) is None
    assert store.attempt("missing") is None


def test_draft_answers_latest_wins(store):
    employee = store.add_employee("Ana Li", "learner", "pass-1234")
    attempt = store.start_attempt(employee.id, "quiz", "v1", 1)
    other = store.start_attempt(employee.id, "quiz", "v1", 2)
    store.save_draft_answer(attempt.id, "q1", [0])
    store.save_draft_answer(attempt.id, "q2", {1, 3})
    store.save_draft_answer(attempt.id, "q1", {2, 1})
    store.save_draft_answer(attempt.id, "q2", set())
    store.save_draft_answer(other.id, "q1", [3])
    assert store.draft_answers(attempt.id) == {"q1": frozenset({1, 2}), "q2": frozenset()}
    assert store.draft_answers(other.id) == {"q1": frozenset({3})}
    seqs = store.db.execute(
        "SELECT seq FROM draft_answers WHERE attempt_id = ? ORDER BY rowid", [attempt.id]
    ).fetchall()
    assert [s[0] for s in seqs] == [1, 2, 3, 4]


# -- employees ---------------------------------------------------------------------------------


def test_add_and_read_employees(store):
    ana = store.add_employee("  Ana   Li ", AccessRole.MANAGER, "pass-1234", " finance ")
    assert (ana.name, ana.role, ana.department, ana.active) == (
        "Ana Li",
        AccessRole.MANAGER,
        "finance",
        True,
    )
    assert ana.created_at == "2026-03-01T09:00:00+00:00"
    bo = store.add_employee("bo chen", "learner", "pass-1234")
    assert bo.department is None
    assert store.has_employees()
    assert [e.name for e in store.employees()] == ["Ana Li", "bo chen"]
    assert store.employee(ana.id) == ana
    assert store.employee_by_name("ANA LI") == ana
    assert store.employee_by_name("Nobody") is None


@pytest.mark.parametrize("name", ["Ana Li", "ana li", "ANA  LI", " Ana Li "])
def test_employee_names_are_unique_ignoring_case_and_spacing(store, name):
    store.add_employee("Ana Li", "learner", "pass-1234")
    with pytest.raises(StoreError, match=r"(?i)an employee named 'ana +li' already exists"):
        store.add_employee(name, "manager", "pass-5678")
    assert len(store.employees()) == 1


@pytest.mark.parametrize(
    ("row", "match"),
    [
        (("", "learner", "pass-1234", None), "needs a name"),
        (("Ana", "boss", "pass-1234", None), "unknown role 'boss' for Ana"),
        (("Ana", "learner", "abc", None), "at least 8 characters"),
    ],
)
def test_add_employee_refuses_bad_rows(store, row, match):
    with pytest.raises(StoreError, match=match):
        store.add_employee(*row)
    assert not store.has_employees()


def test_add_employees_is_all_or_nothing(store):
    store.add_employee("Existing Person", "learner", "pass-1234")

    with pytest.raises(StoreError, match="unknown role 'chief'"):
        store.add_employees(
            [("New One", "learner", "pass-1234", None), ("New Two", "chief", "pass-1234", None)]
        )
    with pytest.raises(StoreError, match="an employee named 'existing person' already exists"):
        store.add_employees(
            [
                ("New One", "learner", "pass-1234", None),
                ("existing person", "author", "pass-1234", None),
            ]
        )
    with pytest.raises(StoreError, match="the name 'Twin' is given twice"):
        store.add_employees(
            [("Twin", "learner", "pass-1234", None), ("twin", "learner", "pass-1234", None)]
        )
    assert [e.name for e in store.employees()] == ["Existing Person"]

    added = store.add_employees(
        [("New One", "learner", "pass-1234", "logistics"), ("New Two", "author", "pass-1234", None)]
    )
    assert [e.name for e in added] == ["New One", "New Two"]
    assert [e.name for e in store.employees()] == ["Existing Person", "New One", "New Two"]


@pytest.mark.real_password_cost
def test_passwords_are_only_stored_as_scrypt_hashes(tmp_path):
    path = tmp_path / "secrets.db"
    secret = "Plain-Text-Secret-4711"
    store = Store.create(path)
    try:
        store.add_employee("Ana Li", "learner", secret)
        store.add_employee("Bo Chen", "learner", secret)
        hashes = [r[0] for r in store.db.execute("SELECT password_hash FROM employees").fetchall()]
        on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
        assert secret.encode() not in on_disk
    finally:
        store.close()
    assert len(hashes) == 2 and hashes[0] != hashes[1]  # salted
    for stored in hashes:
        scheme, n, r, p, salt, digest = stored.split("$")
        assert (scheme, n, r, p) == ("scrypt", "131072", "8", "1")  # OWASP's minimum
        assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
        assert secret not in stored
        assert verify_password(secret, stored)
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert secret.encode() not in on_disk
    assert secret.encode("utf-16-le") not in on_disk


def test_authenticate(store):
    ana = store.add_employee("Ana Li", "author", "correct horse")
    assert store.authenticate("Ana Li", "correct horse") == ana
    assert store.authenticate(" ana  LI ", "correct horse") == ana
    assert store.authenticate("Ana Li", "Correct horse") is None
    assert store.authenticate("Ana Li", "") is None
    assert store.authenticate("Nobody", "correct horse") is None


def test_verify_password_rejects_garbage():
    assert not verify_password("x", None)
    assert not verify_password("x", "")
    assert not verify_password("x", "bcrypt$1$2$3$00$00")
    assert not verify_password("x", "scrypt$notanumber$8$1$00$00")
    assert not verify_password("x", "plain-text")


# -- lesson reading ----------------------------------------------------------------------------


def test_lesson_progress_sums_events(store, clock):
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    bo = store.add_employee("Bo Chen", "learner", "pass-1234")
    store.record_lesson_opened(ana.id, "intro", "v1")  # 09:00:02 (the adds took :00 and :01)
    store.record_reading_time(ana.id, "intro", "v1", 30)
    clock.advance(3600)
    store.record_lesson_opened(ana.id, "intro", "v1")
    store.record_reading_time(ana.id, "intro", "v1", 12.6)
    store.record_reading_time(ana.id, "intro", "v1", -5)
    store.record_lesson_completed(ana.id, "intro", "v1")  # 10:00:07
    clock.advance(86400)
    store.record_lesson_opened(ana.id, "intro", "v2")  # next day 10:00:08
    store.record_lesson_completed(ana.id, "intro", "v2")  # 10:00:09
    store.record_lesson_opened(ana.id, "fees", "f1")
    store.record_reading_time(bo.id, "intro", "v1", 999)

    progress = store.lesson_progress(ana.id)
    assert set(progress) == {"intro", "fees"}
    intro = progress["intro"]
    assert intro.seconds == 30 + 13 + 0
    assert intro.first_opened == "2026-03-01T09:00:02+00:00"
    assert intro.last_opened == "2026-03-02T10:00:08+00:00"
    assert intro.completed_at == "2026-03-02T10:00:09+00:00"
    assert intro.completed_version == "v2"
    fees = progress["fees"]
    assert (fees.seconds, fees.completed_at, fees.completed_version) == (0, None, None)
    assert fees.first_opened == fees.last_opened

    assert store.lesson_progress(bo.id)["intro"].seconds == 999
    assert store.lesson_progress(bo.id)["intro"].first_opened is None

    kinds = [e["kind"] for e in store.lesson_events(ana.id)]
    assert kinds == [
        "opened",
        "read",
        "opened",
        "read",
        "read",
        "completed",
        "opened",
        "completed",
        "opened",
    ]
