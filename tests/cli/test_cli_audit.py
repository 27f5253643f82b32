"""``sellertrain audit``: the whole audit log, filtered, as text or CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.store import AUDIT_ACTIONS, Store
from tests.cli.helpers import new_db, run


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    path = new_db(capsys, tmp_path / "team.db")
    store = Store.open(path)
    boss = store.add_employee("Wang Fang", "manager", "boss-pass")
    bo = store.add_employee("Bo Chen", "learner", "pass-1234", "finance")
    store.add_employee("=SUM(A1)", "learner", "pass-1234")
    store.reset_password(bo.id, "new-pass-1", boss.id)
    store.close()
    return path


def test_audit_prints_the_log_newest_first(capsys, db: Path):
    code, out, err = run(capsys, "audit", "--db", str(db))
    assert (code, err) == (0, "")
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == 4
    assert rows[0][1:4] == ["Wang Fang", "Password reset", "Bo Chen"]
    today = dt.datetime.now().astimezone().date().isoformat()
    assert rows[0][0].startswith(today)  # local time, to the minute
    assert rows[-1][1:] == ["command line", "Employee added", "Wang Fang", "role: manager"]


def test_audit_filters(capsys, db: Path):
    assert run(capsys, "audit", "--search", "bo chen", "--db", str(db))[1].count("\n") == 2
    out = run(capsys, "audit", "--action", "password_reset", "--db", str(db))[1]
    assert out.count("\n") == 1 and "\tPassword reset\t" in out
    assert run(capsys, "audit", "--until", "2000-01-01", "--db", str(db))[1] == ""
    today = dt.date.today().isoformat()
    assert run(capsys, "audit", "--since", today, "--db", str(db))[1].count("\n") == 4
    code, _, err = run(capsys, "audit", "--action", "deleted", "--db", str(db))
    assert code == 1 and "unknown kind of change 'deleted'" in err


def test_audit_csv_is_for_excel(capsys, db: Path, tmp_path: Path):
    code, out, _ = run(capsys, "audit", "--csv", "--db", str(db))
    assert code == 0 and out.startswith("\ufeffwhen,who,what,subject,details\r\n")
    assert "'=SUM(A1)" in out and out.count("\r\n") == 5
    target = tmp_path / "audit.csv"
    code, out2, _ = run(capsys, "audit", "--csv", "--out", str(target), "--db", str(db))
    assert code == 0 and out2 == f"wrote 4 audit entries to {target}\n"
    assert target.read_bytes() == out.encode("utf-8")


def test_audit_needs_a_database(capsys, tmp_path: Path):
    code, _, err = run(capsys, "audit", "--db", str(tmp_path / "typo.db"))
    assert code == 1 and "no database at" in err and not (tmp_path / "typo.db").exists()


def test_audit_help_names_every_kind(capsys):
    with pytest.raises(SystemExit):
        main(["audit", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert all(action in text for action in AUDIT_ACTIONS)
