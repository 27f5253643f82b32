"""``sellertrain demo-data``: exit codes, messages, and what lands in the database."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.store import Store
from tests.cli.helpers import new_db, run, sign_in_as

SUMMARY = re.compile(
    r"^added (\d+) demo employees, (\d+) reading records, (\d+) quiz attempts and (\d+) answers"
    r" in [\d.]+ s \(([\d,]+) answers/s\); issued (\d+) certificates in [\d.]+ s;"
    r" sign in as (.+) \(manager\) with password 'demo'$"
)


def counts(db: Path) -> tuple[int, int, int, int]:
    store = Store.open(db)
    try:
        return tuple(
            store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("employees", "lesson_events", "attempts", "answers")
        )
    finally:
        store.close()


def names(db: Path) -> list[str]:
    store = Store.open(db)
    try:
        return [e.name for e in store.employees()]
    finally:
        store.close()


def test_demo_data_fills_an_empty_database(capsys, tmp_path):
    db = tmp_path / "demo.db"
    code, out, err = run(capsys, "demo-data", "--employees", "30", "--db", str(db))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 2 and lines[1] == f"created a new database at {db}"
    match = SUMMARY.match(lines[0])
    assert match, lines[0]
    employees, events, attempts, answers = map(int, match.groups()[:4])
    assert (employees, events, attempts, answers) == counts(db)
    assert employees == 30 and answers > attempts > 0
    assert match.group(7) in names(db)


def test_demo_data_uses_the_environment_database(capsys, tmp_path):
    code, _, _ = run(capsys, "demo-data", "--employees", "5")
    assert code == 0
    assert counts(tmp_path / "env-default.db")[0] == 5


def test_same_seed_same_employees(capsys, tmp_path):
    for name, seed in (("a.db", "9"), ("b.db", "9"), ("c.db", "10")):
        db = str(tmp_path / name)
        assert run(capsys, "demo-data", "--employees", "20", "--seed", seed, "--db", db)[0] == 0
    assert names(tmp_path / "a.db") == names(tmp_path / "b.db") != names(tmp_path / "c.db")
    assert counts(tmp_path / "a.db") == counts(tmp_path / "b.db")


def test_refuses_a_database_with_real_employees(capsys, monkeypatch, tmp_path):
    db = new_db(capsys, tmp_path / "real.db")
    monkeypatch.setattr("sys.stdin", io.StringIO("secret-1234\n"))
    assert (
        run(capsys, "employees", "add", "Zhang Min", "--role", "manager", "--db", str(db))[0] == 0
    )
    code, out, err = run(capsys, "demo-data", "--employees", "10", "--db", str(db))
    assert code == 1 and out == ""
    assert err == (
        f"sellertrain: error: {db} already holds employees; nothing was added "
        "(use --force to add the demo employees beside them, untouched)\n"
    )
    assert counts(db) == (1, 0, 0, 0)
    code, out, err = run(capsys, "demo-data", "--employees", "10", "--db", str(db), "--force")
    assert code == 2 and "sign in as a manager" in err  # beside real employees: a manager's call
    assert counts(db) == (1, 0, 0, 0)
    sign_in_as(monkeypatch, "Zhang Min", "secret-1234")
    code, out, err = run(capsys, "demo-data", "--employees", "10", "--db", str(db), "--force")
    assert code == 0 and err == "" and SUMMARY.match(out.splitlines()[0])
    assert counts(db)[0] == 11 and "Zhang Min" in names(db)
    store = Store.open(db)
    try:  # the demo employees were added by the manager who signed in
        added = store.audit_entries(action="employee_added")
        assert {e.actor_name for e in added if e.details.get("source") == "demo"} == {"Zhang Min"}
    finally:
        store.close()


def test_rejects_bad_arguments(capsys, tmp_path):
    db = tmp_path / "x.db"
    code, out, err = run(capsys, "demo-data", "--employees", "0", "--db", str(db))
    assert (code, out) == (1, "")
    assert err == "sellertrain: error: --employees must be at least 1\n"
    missing = tmp_path / "nowhere"
    code, _, err = run(capsys, "demo-data", "--employees", "3", "--content", str(missing))
    assert code == 1 and err == f"sellertrain: error: content folder {missing} does not exist\n"
    empty = tmp_path / "empty"
    (empty / "lessons").mkdir(parents=True)
    code, _, err = run(capsys, "demo-data", "--employees", "3", "--content", str(empty))
    assert code == 1 and "holds no valid lessons" in err and err.count("\n") == 1
    with pytest.raises(SystemExit) as exited:
        main(["demo-data"])
    assert exited.value.code == 2
    assert "--employees" in capsys.readouterr().err
    assert not db.exists() or counts(db)[0] == 0


def test_help_describes_the_command(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["demo-data", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for option in ("--employees N", "--seed S", "--db PATH", "--content DIR", "--force"):
        assert option in out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "demo-data" in capsys.readouterr().out
