"""``sellertrain verify-records`` and ``export-record``: output, exit codes and the head check."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.store import AnswerToSave, Store
from sellertrain.core.store.current_schema import (
    APPEND_ONLY_TRIGGERS,
    SUMMARY_FILL,
    SUMMARY_TABLES,
)
from tests.cli.helpers import run, sign_in_as

SUMMARY = re.compile(r"^checked (\d+) records? of (\d+) employees?: (no|\d+) problems?$")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Ana Li with three finished attempts, Bo Chen with one."""
    path = tmp_path / "records.db"
    store = Store.create(path)
    try:
        for name, count in (("Ana Li", 3), ("Bo Chen", 1)):
            employee = store.add_employee(name, "learner", "pass-1234")
            for number in range(count):
                attempt = store.start_attempt(employee.id, f"quiz-{number}", "v1", number)
                rows = [AnswerToSave("q1", 0, frozenset({1}), ("yes",), True, 1.0)]
                store.finish_attempt(attempt.id, 100.0, True, rows)
    finally:
        store.close()
    return path


def tamper(path: Path, *statements: str) -> None:
    """Run ``statements`` as a forger would: drop the append-only triggers, then put them back."""
    conn = sqlite3.connect(path)
    try:
        dropped = [
            trigger
            for trigger in APPEND_ONLY_TRIGGERS
            if trigger.name.startswith(("attempt_results_", "answer_rows_"))
        ]
        for trigger in dropped:
            conn.execute(trigger.drop)
        for statement in statements:
            conn.execute(statement)
        for trigger in dropped:
            conn.execute(trigger.create)
        conn.commit()
    finally:
        conn.close()


def attempt_ids(path: Path, name: str) -> list[str]:
    """The employee's finished attempts in chain order."""
    conn = sqlite3.connect(path)
    try:
        return [
            row[0]
            for row in conn.execute(
                "SELECT r.attempt_id FROM attempt_results AS r"
                " JOIN employees AS e ON e.id = r.employee_id WHERE e.name = ?"
                " ORDER BY r.chain_seq",
                [name],
            )
        ]
    finally:
        conn.close()


def head_of(out: str) -> tuple[int, str]:
    match = re.search(r"^chain head of .+: #(\d+) ([0-9a-f]{64})$", out, re.MULTILINE)
    assert match, out
    return int(match.group(1)), match.group(2)


def test_a_clean_database_verifies_with_exit_0(capsys, db):
    code, out, err = run(capsys, "verify-records", "--db", str(db))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert SUMMARY.match(lines[0]).groups() == ("4", "2", "no")
    assert "newest records leaves no trace" in lines[1] and "--head" in lines[1]


def test_an_edited_score_gives_exit_1_and_names_the_record(capsys, db):
    target = attempt_ids(db, "Ana Li")[1]
    tamper(db, f"UPDATE attempt_results SET score = 10 WHERE attempt_id = '{target}'")
    code, out, err = run(capsys, "verify-records", "--db", str(db))
    assert (code, err) == (1, "")
    problem, quiz_summary, team_summary, summary = out.splitlines()[:4]
    assert problem.startswith("Ana Li: record #2 (attempt ") and target in problem
    assert "quiz quiz-1" in problem and "changed after it was written" in problem
    assert quiz_summary.startswith("Ana Li: the quiz_summary row for quiz quiz-1 was edited")
    assert team_summary.startswith("Ana Li: the team_summary row for employee ")
    assert "average" in team_summary
    assert SUMMARY.match(summary).groups() == ("4", "2", "3")


def test_a_deleted_middle_row_gives_exit_1(capsys, db):
    target = attempt_ids(db, "Ana Li")[1]
    tamper(db, f"DELETE FROM attempt_results WHERE attempt_id = '{target}'")
    code, out, _ = run(capsys, "verify-records", "--db", str(db))
    assert code == 1
    assert "Ana Li: 1 record(s) missing before record #3" in out


def test_one_employee_with_their_chain_head(capsys, db):
    tamper(
        db,
        "UPDATE answer_rows SET correct = 0 WHERE attempt IN (SELECT id FROM answer_attempts"
        f" WHERE attempt_id = '{attempt_ids(db, 'Bo Chen')[0]}')",
    )
    code, out, _ = run(capsys, "verify-records", "--db", str(db), "--employee", "ana li")
    assert code == 0, out  # Bo Chen's problem is not Ana Li's
    assert head_of(out)[0] == 3
    assert SUMMARY.search(out.splitlines()[1]).groups() == ("3", "1", "no")
    code, out, _ = run(capsys, "verify-records", "--db", str(db), "--employee", "Bo Chen")
    assert code == 1 and out.startswith("Bo Chen: record #1")


def test_the_exported_head_catches_deleted_newest_records(capsys, db):
    _, out, _ = run(capsys, "verify-records", "--db", str(db), "--employee", "Ana Li")
    seq, exported = head_of(out)
    code, out, _ = run(
        capsys, "verify-records", "--db", str(db), "--employee", "Ana Li", "--head", exported
    )
    assert (
        code == 0
        and "the exported head is record #3 of Ana Li's chain; 0 records added since" in out
    )
    newest = attempt_ids(db, "Ana Li")[-1]
    tamper(
        db,
        "DELETE FROM answer_rows WHERE attempt IN (SELECT id FROM answer_attempts"
        f" WHERE attempt_id = '{newest}')",
        f"DELETE FROM attempt_results WHERE attempt_id = '{newest}'",
        # a careful forger recomputes the team summaries and the item analysis sums too
        *(f"DELETE FROM {table}" for table in SUMMARY_TABLES),
        *SUMMARY_FILL,
    )
    code, out, _ = run(capsys, "verify-records", "--db", str(db))
    assert code == 0  # invisible from inside the file...
    code, out, _ = run(
        capsys, "verify-records", "--db", str(db), "--employee", "Ana Li", "--head", exported
    )
    assert code == 1  # ...but not against the exported head
    assert f"Ana Li: the exported head {exported} is not in the chain" in out
    assert head_of(out)[0] == seq - 1
    assert SUMMARY.search(out.splitlines()[-1]).groups() == ("2", "1", "1")


def test_an_older_head_still_in_the_chain_passes(capsys, db):
    store = Store.open(db)
    try:
        ana = store.employee_by_name("Ana Li")
        old_head = store.chain_head(ana.id)
        attempt = store.start_attempt(ana.id, "quiz-9", "v1", 9)
        store.finish_attempt(attempt.id, 50.0, False, [])
    finally:
        store.close()
    code, out, _ = run(
        capsys, "verify-records", "--db", str(db), "--employee", "Ana Li", "--head", old_head.hash
    )
    assert code == 0 and "record #3 of Ana Li's chain; 1 record added since" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--head", "a" * 64), "--head needs --employee NAME"),
        (("--employee", "Ana Li", "--head", "not-a-hash"), "64-character hash"),
        (("--employee", "Nobody Here"), "no employee named 'Nobody Here'"),
    ],
)
def test_mistakes_are_one_line_errors(capsys, db, argv, message):
    code, out, err = run(capsys, "verify-records", "--db", str(db), *argv)
    assert code == 1 and out == ""
    assert err.startswith("sellertrain: error: ") and message in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_a_file_that_is_not_a_database_is_a_one_line_error(capsys, tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database", encoding="utf-8")
    code, out, err = run(capsys, "verify-records", "--db", str(bad))
    assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert err.startswith("sellertrain: error: ") and "not a SellerTrain database" in err


def test_demo_data_verifies_clean(capsys, tmp_path):
    db = tmp_path / "demo.db"
    assert run(capsys, "demo-data", "--employees", "25", "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "verify-records", "--db", str(db))
    assert code == 0, out
    records, _employees, problems = SUMMARY.match(out.splitlines()[0]).groups()
    assert int(records) > 0 and problems == "no"


# -- export-record ---------------------------------------------------------------------------


def test_export_record_writes_the_record_with_its_chain_head(capsys, db, tmp_path):
    out_file = tmp_path / "ana.json"
    code, out, err = run(capsys, "export-record", "Ana Li", "--db", str(db), "--out", str(out_file))
    assert (code, err) == (0, "")
    record = json.loads(out_file.read_text(encoding="utf-8"))
    head = record["chain_head"]
    assert out.startswith("wrote the record of Ana Li (3 attempts, 0 lesson completions)")
    assert f"chain head #3 {head['hash']}" in out
    assert head["seq"] == 3 and len(record["attempts"]) == 3
    assert record["attempts"][-1]["result"]["record_hash"] == head["hash"]
    assert record["attempts"][0]["answers"][0]["selected_text"] == '["yes"]'
    assert record["check"].endswith(f"--head {head['hash']}")
    # the head from the file is what verify-records --head takes
    code, _, _ = run(
        capsys, "verify-records", "--db", str(db), "--employee", "Ana Li", "--head", head["hash"]
    )
    assert code == 0


def test_export_record_to_standard_output_and_errors(capsys, db, tmp_path):
    code, out, _ = run(capsys, "export-record", "Bo Chen", "--db", str(db))
    assert code == 0 and json.loads(out)["employee"]["name"] == "Bo Chen"
    code, out, err = run(capsys, "export-record", "Nobody", "--db", str(db))
    assert code == 1 and "no employee named 'Nobody'" in err
    missing = tmp_path / "no-such-folder" / "x.json"
    code, out, err = run(capsys, "export-record", "Bo Chen", "--db", str(db), "--out", str(missing))
    assert code == 1 and err.startswith("sellertrain: error: cannot write")


def test_a_file_whose_triggers_were_dropped_is_reported_and_never_written(capsys, monkeypatch, db):
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "verify-records", "--db", str(db))
    assert code == 1
    assert "database: the trigger audit_log_no_delete was removed from the database" in out
    sign_in_as(monkeypatch, "Ana Li", "pass-1234")  # the sign-in's own record is refused too
    code, out, err = run(
        capsys,
        "employees", "add", "Cy Ho", "--role", "learner", "--db", str(db),
        stdin="pass-9999\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 1 and len(err.splitlines()) == 1
    assert "was changed outside SellerTrain" in err and "will not write to it" in err
    store = Store.open(db)
    try:
        assert store.employee_by_name("Cy Ho") is None
    finally:
        store.close()
