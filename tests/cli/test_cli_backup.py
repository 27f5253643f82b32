"""``sellertrain backup`` and ``sellertrain restore``, called in-process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.store import SCHEMA_VERSION, Store
from tests.cli.helpers import BOSS, BOSS_PASSWORD, run, sign_in_as


def make_db(path: Path, *names: str) -> None:
    store = Store.create(path)
    try:
        for name in names:
            employee = store.add_employee(name, "learner", "pass-1234")
            attempt = store.start_attempt(employee.id, "quiz", "v1", 1)
            store.finish_attempt(attempt.id, 80.0, True, [])
    finally:
        store.close()


def employee_names(path: Path) -> list[str]:
    store = Store.open(path)
    try:
        return [e.name for e in store.employees()]
    finally:
        store.close()


def add_manager(path: Path) -> None:
    store = Store.open(path)
    try:
        store.add_employee(BOSS, "manager", BOSS_PASSWORD)
    finally:
        store.close()


def test_backup_then_restore(capsys, monkeypatch, tmp_path):
    db = tmp_path / "app.db"
    make_db(db, "Ana Li", "Bo Chen")
    copy = tmp_path / "backups" / "monday.db"
    code, out, err = run(capsys, "backup", "--out", str(copy), "--db", str(db))
    assert (code, err) == (0, "")
    assert out == (
        f"backed up 2 employees and 2 quiz attempts (schema {SCHEMA_VERSION}) to {copy}\n"
    )
    make_db(db, "Cai Yun")  # work done after the backup
    add_manager(db)
    sign_in_as(monkeypatch)  # the database replaced has a manager: they sign in
    code, out, err = run(capsys, "restore", str(copy), "--db", str(db))
    assert (code, err) == (0, "")
    aside = next(tmp_path.glob("app.db.before-restore-*.bak"))
    assert out == (
        f"restored 2 employees and 2 quiz attempts from {copy} into {db}; "
        f"the previous database was kept as {aside}\n"
    )
    assert employee_names(db) == ["Ana Li", "Bo Chen"]
    assert employee_names(aside) == ["Ana Li", "Bo Chen", "Cai Yun", BOSS]


def test_backup_uses_the_default_database(capsys, tmp_path, monkeypatch):
    db = tmp_path / "env-default.db"
    make_db(db, "Ana Li")
    code, out, _ = run(capsys, "backup", "--out", str(tmp_path / "b.db"))
    assert code == 0 and "backed up 1 employees" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["backup", "--out", "{tmp}/b.db", "--db", "{tmp}/none.db"], "no database at"),
        (["backup", "--out", "{tmp}/app.db", "--db", "{tmp}/app.db"], "is the database itself"),
        (["backup", "--out", "{tmp}", "--db", "{tmp}/app.db"], "is a folder"),
        (
            ["restore", "{tmp}/none.db", "--db", "{tmp}/app.db"],
            "does not exist; nothing was replaced",
        ),
        (["restore", "{tmp}/notes.txt", "--db", "{tmp}/app.db"], "not a SellerTrain database"),
        (["restore", "{tmp}/foreign.db", "--db", "{tmp}/app.db"], "not a SellerTrain database"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(capsys, monkeypatch, tmp_path, argv, message):
    db = tmp_path / "app.db"
    make_db(db, "Ana Li")
    add_manager(db)
    sign_in_as(monkeypatch)  # a bad backup is refused before anyone signs in
    (tmp_path / "notes.txt").write_text("not a database\n" * 200)
    conn = sqlite3.connect(tmp_path / "foreign.db")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    code, out, err = run(capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert code == 1 and out == ""
    assert err.startswith("sellertrain: error: ") and message in err
    assert err.count("\n") == 1
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after.keys() == before.keys()
    assert after["app.db"] == before["app.db"]


def test_help_texts(capsys):
    for command in ("backup", "restore"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = capsys.readouterr().out
        assert f"usage: sellertrain {command}" in out and "--db PATH" in out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "backup" in out and "restore" in out
