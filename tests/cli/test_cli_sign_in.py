"""Roles outside the app: commands that change records sign in as a manager first.

The name and password come from SELLERTRAIN_USER/SELLERTRAIN_PASSWORD or a prompt on a
terminal; without them a writing command is refused in one line (exit status 2). The check is
the app's own sign-in, so a wrong password is a failed sign-in that counts towards the
back-off, and the change is audited under the manager who signed in. Reading commands ask
nobody.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from tests.cli.helpers import BOSS, BOSS_PASSWORD, new_db, run, sign_in_as
from tests.conftest import REPO


@pytest.fixture
def db(capsys, monkeypatch, tmp_path: Path) -> Path:
    """A manager (Mei Boss), a learner (Ana Li) in logistics; nobody signed in."""
    path = new_db(capsys, tmp_path / "staff.db")
    store = Store.open(path)
    try:
        store.add_employee(BOSS, "manager", BOSS_PASSWORD, "management")
        store.add_employee("Ana Li", "learner", "learner-pass", "logistics")
    finally:
        store.close()
    (tmp_path / "staff.csv").write_text("name,role,password\nCy Ho,learner,pass-1234\n", "utf-8")
    copy = tmp_path / "copy.db"
    assert run(capsys, "backup", "--out", str(copy), "--db", str(path))[0] == 0
    return path


def writers(tmp: Path) -> list[list[str]]:
    """One of each command that changes records (with what it needs to get that far)."""
    return [
        ["employees", "add", "Bo Wu", "--role", "learner"],
        ["employees", "import", str(tmp / "staff.csv")],
        ["employees", "set-joined", "Ana Li", "2026-01-05"],
        ["departments", "add", "Packing"],
        ["departments", "remove", "finance"],
        ["restore", str(tmp / "copy.db")],
        ["demo-data", "--employees", "3", "--force"],
        ["publish", "fees-deposits", "--editorial", "--content", str(REPO)],
    ]


WRITER_IDS = [
    "add",
    "import",
    "set-joined",
    "dept-add",
    "dept-remove",
    "restore",
    "demo",
    "publish",
]


def snapshot(db: Path) -> tuple:
    store = Store.open(db)
    try:
        return (
            [(e.name, e.role.value, e.joined) for e in store.employees(include_inactive=True)],
            store.departments(),
            len(store.audit_entries()),
        )
    finally:
        store.close()


def failed_sign_ins(db: Path) -> int:
    store = Store.open(db)
    try:
        return int(
            store.db.execute(
                "SELECT count(*) FROM sign_in_events WHERE outcome = 'failed'"
            ).fetchone()[0]
        )
    finally:
        store.close()


@pytest.mark.parametrize("index", range(len(WRITER_IDS)), ids=WRITER_IDS)
def test_a_writing_command_without_credentials_is_refused(capsys, monkeypatch, db, index):
    before = snapshot(db)
    argv = writers(db.parent)[index]
    code, out, err = run(
        capsys, *argv, "--db", str(db), stdin="pass-1234\n", monkeypatch=monkeypatch
    )
    assert (code, out) == (2, ""), err
    assert err.count("\n") == 1 and "SELLERTRAIN_USER and SELLERTRAIN_PASSWORD" in err
    assert "terminal" in err and "nothing was changed" in err
    assert snapshot(db) == before


@pytest.mark.parametrize("index", range(len(WRITER_IDS)), ids=WRITER_IDS)
def test_a_learners_credentials_are_refused(capsys, monkeypatch, db, index):
    before = snapshot(db)
    sign_in_as(monkeypatch, "Ana Li", "learner-pass")
    argv = writers(db.parent)[index]
    code, out, err = run(
        capsys, *argv, "--db", str(db), stdin="pass-1234\n", monkeypatch=monkeypatch
    )
    assert (code, out) == (1, ""), err
    assert err.count("\n") == 1 and "Ana Li is not a manager" in err
    assert snapshot(db) == before


@pytest.mark.parametrize("index", range(len(WRITER_IDS)), ids=WRITER_IDS)
def test_a_managers_credentials_are_accepted(capsys, monkeypatch, db, index):
    sign_in_as(monkeypatch)
    argv = writers(db.parent)[index]
    code, _, err = run(capsys, *argv, "--db", str(db), stdin="pass-1234\n", monkeypatch=monkeypatch)
    assert (code, err) == (0, ""), err


def test_a_wrong_password_is_a_failed_sign_in_that_counts_towards_the_wait(capsys, monkeypatch, db):
    before = snapshot(db)
    sign_in_as(monkeypatch, BOSS, "not-the-password")
    for attempt in range(5):
        code, out, err = run(capsys, "departments", "add", "Packing", "--db", str(db))
        assert (code, out) == (1, "") and err.count("\n") == 1
        if attempt < 4:
            assert err == (
                f"sellertrain: error: wrong name or password for '{BOSS}'; nothing was changed\n"
            )
    # the fifth failure in a row: the next try waits, on the command line as in the app
    assert f"too many wrong passwords for {BOSS} in a row: try again in 1 s" in err
    assert failed_sign_ins(db) == 5
    store = Store.open(db)
    try:  # as after 11 failures: a minute (the longest wait), from now
        boss = store.employee_by_name(BOSS)
        assert boss is not None
        with store.db.atomic():
            store.db.execute(
                "UPDATE sign_in_backoff SET failures = 11, last_failure_at = ?"
                " WHERE employee_id = ?",
                [store.clock().isoformat(timespec="seconds"), boss.id],
            )
    finally:
        store.close()
    sign_in_as(monkeypatch)  # even the right password waits
    code, _, err = run(capsys, "departments", "add", "Packing", "--db", str(db))
    assert code == 1 and err.count("\n") == 1
    assert "in a row: try again in 60 s" in err or "in a row: try again in 59 s" in err, err
    assert failed_sign_ins(db) == 5  # a try while waiting is not even checked
    assert snapshot(db) == before


def test_the_change_is_audited_under_the_manager_who_signed_in(capsys, monkeypatch, db):
    sign_in_as(monkeypatch)
    code, _, err = run(
        capsys, "employees", "add", "Bo Wu", "--role", "learner", "--db", str(db),
        stdin="pass-1234\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0, err
    assert run(capsys, "departments", "add", "Packing", "--db", str(db))[0] == 0
    store = Store.open(db)
    try:
        newest = store.audit_entries(limit=2)
    finally:
        store.close()
    assert [(e.action, e.subject, e.actor_name) for e in newest] == [
        ("department_added", "Packing", BOSS),
        ("employee_added", "Bo Wu", BOSS),
    ]


def test_a_department_manager_keeps_to_their_departments(capsys, monkeypatch, db):
    store = Store.open(db)
    try:
        boss = store.employee_by_name(BOSS)
        assert boss is not None
        lead = store.add_employee("Li Lei", "manager", "lead-pass-1", "logistics", boss.id)
        store.set_manages(lead.id, ["logistics"], boss.id)
    finally:
        store.close()
    sign_in_as(monkeypatch, "Li Lei", "lead-pass-1")
    code, _, err = run(
        capsys, "employees", "add", "Bo Wu", "--role", "learner", "--department", "finance",
        "--db", str(db), stdin="pass-1234\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 1 and "only the employees of your departments" in err
    code, _, err = run(capsys, "departments", "add", "Packing", "--db", str(db))
    assert code == 1 and "only company managers may add departments" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["employees", "list"],
        ["departments", "list"],
        ["status", "Ana Li"],
        ["report", "--out", "{tmp}/report.csv"],
        ["verify-records"],
        ["export-record", "Ana Li"],
        ["audit"],
        ["backup", "--out", "{tmp}/again.db"],
        ["publish", "--content", str(REPO)],
    ],
    ids=lambda argv: " ".join(argv[:2]),
)
def test_reading_commands_ask_nobody(capsys, db, argv):
    args = [a.replace("{tmp}", str(db.parent)) for a in argv]
    code, _, err = run(capsys, *args, "--db", str(db))
    assert code in (0, 1) and "SELLERTRAIN_USER" not in err and "sign in" not in err, err
    assert failed_sign_ins(db) == 0


def test_the_first_manager_of_an_empty_database_needs_no_sign_in(capsys, monkeypatch, tmp_path):
    db = new_db(capsys, tmp_path / "new.db")
    code, out, err = run(
        capsys, "employees", "add", "Ana Li", "--role", "learner", "--db", str(db),
        stdin="pass-1234\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert (code, out) == (1, "") and "has no employees yet" in err
    assert "'sellertrain employees add NAME --role manager'" in err
    code, out, err = run(
        capsys, "employees", "add", BOSS, "--role", "manager", "--db", str(db),
        stdin=BOSS_PASSWORD + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert (code, err) == (0, "") and out.startswith(f"added {BOSS} (manager)")
    code, _, err = run(
        capsys, "employees", "add", "Zhao Lei", "--role", "manager", "--db", str(db),
        stdin="pass-1234\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 2 and "sign in as a manager" in err  # the second one is a manager's call


def test_only_one_variable_set_is_refused(capsys, monkeypatch, db):
    monkeypatch.setenv("SELLERTRAIN_USER", BOSS)
    code, _, err = run(capsys, "departments", "add", "Packing", "--db", str(db))
    assert code == 2 and "set both SELLERTRAIN_USER and SELLERTRAIN_PASSWORD" in err


class _Terminal(io.TextIOWrapper):
    """Standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_name_and_password_are_asked(capsys, monkeypatch, db):
    monkeypatch.setattr("sys.stdin", _Terminal(io.BytesIO(f"{BOSS}\n".encode()), "utf-8"))
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or BOSS_PASSWORD)
    code, out, err = run(capsys, "departments", "add", "Packing", "--db", str(db))
    assert (code, err) == (0, "")
    assert out == ("To add departments, sign in as a manager.\nName: added department Packing\n")
    assert asked == ["Password: "]


def test_a_name_typed_in_another_encoding_is_one_line(capsys, monkeypatch, db):
    before = snapshot(db)
    monkeypatch.setattr("sys.stdin", _Terminal(io.BytesIO(b"Jos\xe9\n"), "utf-8"))
    monkeypatch.setattr("getpass.getpass", lambda _prompt: BOSS_PASSWORD)
    code, _, err = run(capsys, "departments", "add", "Packing", "--db", str(db))
    assert code == 1
    assert err.endswith(
        "sellertrain: error: the name typed is not UTF-8 text; nothing was changed\n"
    )
    assert err.count("sellertrain: error") == 1 and "Traceback" not in err
    assert snapshot(db) == before


def test_a_password_in_another_encoding_is_just_a_wrong_one(capsys, monkeypatch, db):
    """os.environ keeps undecodable bytes as surrogates: no crash, a wrong password."""
    monkeypatch.setenv("SELLERTRAIN_USER", BOSS)
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", "boss-pass-\udce9")
    code, _, err = run(capsys, "departments", "add", "Packing", "--db", str(db))
    assert code == 1 and err.count("\n") == 1 and "wrong name or password" in err


def test_a_learners_session_reaches_no_store(db):
    store = Store.open(db)
    try:
        learner = store.employee_by_name("Ana Li")
        assert learner is not None
        session = Session(store, load_course(REPO, deep=False), learner)
        public = [name for name in dir(session) if not name.startswith("_")]
        assert "store" not in public
        for name in public:
            value = getattr(session, name)
            assert not isinstance(value, Store), name
            assert not isinstance(getattr(value, "__self__", None), Store), name
    finally:
        store.close()
