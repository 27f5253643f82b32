"""``sellertrain status``, ``departments`` and the department checks of ``employees``."""

from __future__ import annotations

import json

from sellertrain.core.store import Store
from tests.cli.helpers import new_db, run, with_manager

COURSE_LESSON = "ip-brand-logos"


def _people(path) -> None:
    store = Store.create(path)
    try:
        boss = store.add_employee("Lily Guo", "manager", "pass-boss-1", "management")
        ana = store.add_employee("Ana Li", "learner", "pass-1234", "finance")
        store.add_assignment(boss.id, "2026-11-24", "employee", ana.id, lesson_id=COURSE_LESSON)
        store.set_joined(ana.id, "2026-01-05", boss.id)
    finally:
        store.close()


def test_status_prints_the_required_items_and_the_verdict(capsys, tmp_path):
    db = tmp_path / "s.db"
    _people(db)
    code, out, err = run(capsys, "status", "ana li", "--db", str(db), "--today", "2026-11-26")
    assert code == 0, err
    header, *lines = out.splitlines()
    assert header.startswith("Ana Li (learner, finance, joined 2026-01-05): overdue, 0 of ")
    assigned = next(line for line in lines if "due 2026-11-24" in line)
    assert "overdue" in assigned
    code, out, _ = run(
        capsys, "status", "Ana Li", "--json", "--db", str(db), "--today", "2026-11-20"
    )
    report = json.loads(out)
    item = next(i for i in report["items"] if i["lesson"] == COURSE_LESSON)
    assert report["items"][0] == item  # the only dated item comes first
    assert (item["state"], item["due"], item["due_soon"]) == ("not started", "2026-11-24", True)
    assert report["verdict"] == "not started"


def test_status_of_an_unknown_name_or_database_is_one_line(capsys, tmp_path):
    db = tmp_path / "s.db"
    code, _, err = run(capsys, "status", "Nobody", "--db", str(db))
    assert code == 1 and f"no database at {db}" in err and not db.exists()
    _people(db)
    code, _, err = run(capsys, "status", "Nobody", "--db", str(db))
    assert (code, err) == (1, "sellertrain: error: no employee named 'Nobody'\n")


def test_unknown_departments_are_refused_with_the_known_ones(capsys, monkeypatch, tmp_path):
    db = str(with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "s.db")))
    code, _, err = run(
        capsys,
        "employees", "add", "Bo Wu", "--role", "learner", "--department", "finace", "--db", db,
        stdin="pass-1234\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 1 and "unknown department 'finace'" in err and "finance" in err
    assert "--create-department" in err
    code, out, _ = run(
        capsys,
        "employees", "add", "Bo Wu", "--role", "learner", "--department", "Returns", "--db", db,
        "--create-department", "--joined", "2026-02-01", stdin="pass-1234\n",
        monkeypatch=monkeypatch,
    )  # fmt: skip
    assert (code, out) == (0, "added Bo Wu (learner), joined 2026-02-01\n")
    code, out, _ = run(capsys, "departments", "--db", db)
    assert "Returns" in out.splitlines() and "logistics" in out.splitlines()
    csv = tmp_path / "staff.csv"
    csv.write_text("name,role,password,department\nCy Ho,learner,pass-1234,Retunrs\n", "utf-8")
    code, _, err = run(capsys, "employees", "import", str(csv), "--db", db)
    assert code == 1 and f"{csv}:2: unknown department 'Retunrs'" in err
    assert "--create-department adds the new departments" in err
    code, _, err = run(capsys, "employees", "import", str(csv), "--db", db, "--create-department")
    assert code == 0, err
    assert run(capsys, "departments", "remove", "Retunrs", "--db", db)[0] == 1
    assert run(capsys, "departments", "add", "Packing", "--db", db)[0] == 0
    assert run(capsys, "departments", "remove", "packing", "--db", db)[0] == 0
    code, out, _ = run(capsys, "employees", "set-joined", "cy ho", "2026-03-03", "--db", db)
    assert (code, out) == (0, "Cy Ho joined on 2026-03-03\n")
