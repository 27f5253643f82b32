"""The command line as a script meets it: missing databases, ``init``, closed pipes, every
command's ``--help``, the CSV on standard output, progress on stderr, demo data beside staff."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sellertrain.cli import common
from sellertrain.cli.main import SIGPIPE_STATUS, build_parser, main
from sellertrain.core.store import Store
from tests.cli.helpers import new_db, run, sign_in_as
from tests.conftest import REPO

# every command that reads records (or the database) from --db, with its other arguments
READERS = [
    ["report"],
    ["report", "--format", "html"],
    ["verify-records"],
    ["employees", "list"],
    ["employees", "set-joined", "Ana Li", "2026-01-01"],
    ["departments"],
    ["departments", "remove", "finance"],
    ["status", "Ana Li"],
    ["export-record", "Ana Li"],
    ["verify", "ST-7KQ4-M9XD-2HBW"],
    ["publish"],
    ["backup", "--out", "{tmp}/copy.db"],
    ["audit"],
]
# the commands that add to a database: only at the default location do they make one
WRITERS = [
    ["employees", "add", "Ana Li", "--role", "manager"],
    ["employees", "import", "{tmp}/staff.csv"],
    ["departments", "add", "Packing"],
]


def _args(argv: list[str], tmp: Path) -> list[str]:
    return [arg.replace("{tmp}", str(tmp)) for arg in argv]


@pytest.mark.parametrize("argv", READERS + WRITERS, ids=" ".join)
def test_a_mistyped_db_is_a_one_line_error_and_creates_nothing(capsys, monkeypatch, tmp_path, argv):
    (tmp_path / "staff.csv").write_text("name,role,password\nAna Li,learner,pass-1234\n", "utf-8")
    typo = tmp_path / "sellertrian.db"
    code, out, err = run(
        capsys,
        *_args(argv, tmp_path),
        "--db",
        str(typo),
        stdin="pass-1234\n",
        monkeypatch=monkeypatch,
    )
    assert (code, out) == (1, "")
    assert err == (
        f"sellertrain: error: no database at {typo}: check the path, or run "
        f"'sellertrain init --db {typo}' to start a new one\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["staff.csv"]


@pytest.mark.parametrize("argv", READERS, ids=" ".join)
def test_reading_commands_do_not_create_the_default_database(capsys, tmp_path, argv):
    default = tmp_path / "env-default.db"  # SELLERTRAIN_DB of the clean environment
    code, _, err = run(capsys, *_args(argv, tmp_path))
    assert code == 1 and err.startswith(f"sellertrain: error: no database at {default}")
    assert "'sellertrain init'" in err and not default.exists()


def test_adding_the_first_employee_makes_the_default_database_as_the_app_does(
    capsys, monkeypatch, tmp_path
):
    code, out, _ = run(
        capsys, "employees", "add", "Ana Li", "--role", "manager", stdin="pass-1234\n",
        monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0 and out.startswith("added Ana Li (manager)")
    assert (tmp_path / "env-default.db").exists()


def test_init_creates_a_database_and_leaves_an_existing_one_alone(capsys, tmp_path):
    db = tmp_path / "new" / "folder" / "team.db"
    code, out, err = run(capsys, "init", "--db", str(db))
    assert (code, err) == (0, "")
    assert out.startswith(f"created a new database at {db} (schema ")
    assert f"'sellertrain employees add NAME --role manager --db {db}'" in out
    assert run(capsys, "employees", "list", "--db", str(db))[:2] == (0, "")
    store = Store.open(db)
    store.add_employee("Ana Li", "manager", "pass-1234")
    store.close()
    code, out, _ = run(capsys, "init", "--db", str(db))
    assert code == 0 and "already holds a SellerTrain database" in out and "1 employees" in out
    assert run(capsys, "employees", "list", "--db", str(db))[1].startswith("Ana Li\t")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 50, "utf-8")
    code, out, err = run(capsys, "init", "--db", str(notes))
    assert code == 1 and out == "" and err.count("\n") == 1 and "not a SellerTrain" in err


def test_init_without_db_makes_the_default_database(capsys, tmp_path):
    assert run(capsys, "init")[0] == 0
    assert (tmp_path / "env-default.db").exists()


# -- closed pipes and one-line errors ---------------------------------------------------------


class _ClosedPipe:
    """Standard output whose reader has gone, as after ``| head``."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_ends_quietly_in_process(capsys, monkeypatch, tmp_path):
    db = new_db(capsys, tmp_path / "team.db")
    store = Store.open(db)
    store.add_employees([(f"Person {n:03d}", "learner", "pass-1234", None) for n in range(20)])
    store.close()
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["employees", "list", "--db", str(db)]) == SIGPIPE_STATUS
    assert main(["report", "--db", str(db), "--format", "html"]) == SIGPIPE_STATUS
    monkeypatch.undo()
    assert capsys.readouterr().err == ""


def test_a_closed_pipe_prints_no_traceback_even_at_exit(capsys, tmp_path):
    """The reader closes before anything is written: the output is flushed at exit."""
    db = new_db(capsys, tmp_path / "team.db")
    store = Store.open(db)
    store.add_employees([(f"Person {n:04d}", "learner", "pass-1234", None) for n in range(300)])
    store.close()
    env = {**os.environ, "SELLERTRAIN_DB": str(db)}
    command = [sys.executable, "-m", "sellertrain.cli.main", "employees", "list"]
    child = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # like `| head -0`: gone before the first line
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == SIGPIPE_STATUS
    assert err == ""
    shell = subprocess.run(
        f"{sys.executable} -m sellertrain.cli.main employees list | head -3",
        shell=True, cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert shell.stdout.splitlines() == ["Person 0000", "Person 0001", "Person 0002"] or [
        line.split("\t")[0] for line in shell.stdout.splitlines()
    ] == ["Person 0000", "Person 0001", "Person 0002"]
    assert shell.stderr == ""


def test_an_unexpected_error_is_one_line(capsys, monkeypatch, tmp_path):
    db = new_db(capsys, tmp_path / "team.db")

    def broken(*_args: object) -> None:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(Store, "employees", broken)
    code, out, err = run(capsys, "employees", "list", "--db", str(db))
    assert (code, out) == (1, "")
    assert err == (
        "sellertrain: error: unexpected RuntimeError: the disk is on fire "
        "(set SELLERTRAIN_DEBUG=1 to see where)\n"
    )


# -- help --------------------------------------------------------------------------------------

USES_CONTENT = {
    "check",
    "status",
    "report",
    "demo-data",
    "import-gift",
    "import-aiken",
    "export-gift",
    "certificate",
    "publish",
    "sync",  # the content folder to write published files into, and to verify against
}
NO_DATABASE = {
    "export-gift",
    "server",
}  # imports take --db: they are audited when there is one; check reads publications from it


def _subcommands(
    parser: argparse.ArgumentParser, prefix: str = ""
) -> dict[str, argparse.ArgumentParser]:
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[f"{prefix}{name}"] = sub
                found.update(_subcommands(sub, f"{prefix}{name} "))
    return found


def test_every_subcommand_help_describes_it_and_its_positionals(capsys):
    commands = _subcommands(build_parser())
    assert {"init", "employees add", "employees import", "employees list"} <= set(commands)
    for name, parser in commands.items():
        with pytest.raises(SystemExit) as exit_info:
            main([*name.split(), "--help"])
        assert exit_info.value.code == 0, name
        text = capsys.readouterr().out
        assert parser.description and len(parser.description) > 20, name
        assert parser.description.split("\n")[0][:30] in text, name
        for action in parser._actions:
            if not action.option_strings and not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{name}: the positional {action.dest} is not explained"
                assert action.help.split()[0] in text, name
        top = name.split()[0]
        assert ("--content" in text) == (top in USES_CONTENT), name
        assert ("--db" in text) == (top not in NO_DATABASE), name


def test_options_a_command_does_not_use_are_refused(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["backup", "--out", str(tmp_path / "b.db"), "--content", str(tmp_path)])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --content" in capsys.readouterr().err


# -- the CSV on standard output ------------------------------------------------------------------


def test_the_csv_on_standard_output_is_the_same_bytes_as_out(capsys, tmp_path):
    db = new_db(capsys, tmp_path / "team.db")
    store = Store.open(db)
    store.add_employee("张伟", "learner", "pass-1234", "logistics")
    store.add_employee("=1+2", "learner", "pass-1234", "finance")
    store.close()
    out_file = tmp_path / "r.csv"
    assert main(["report", "--db", str(db), "--out", str(out_file)]) == 0
    capsys.readouterr()
    assert main(["report", "--db", str(db)]) == 0
    written = out_file.read_bytes()
    assert written.startswith(b"\xef\xbb\xbfname,") and b"\r\n" in written
    assert capsys.readouterr().out.encode("utf-8") == written


# -- progress on standard error ------------------------------------------------------------------


def test_steps_stay_quiet_on_quick_runs_and_report_slow_ones(capsys, monkeypatch):
    with common.Steps("quick") as steps:
        steps.now("working")
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(common, "PROGRESS_AFTER", 0.05)
    monkeypatch.setattr(common, "PROGRESS_EVERY", 0.05)
    with common.Steps("slow", every=0.05) as steps:
        steps.count(3, 10, "counting")
        time.sleep(0.3)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) >= 2 and all(
        line.startswith("slow: counting: 3 of 10 (30%) (") for line in lines
    )


def test_quick_commands_print_no_progress(capsys, tmp_path):
    code, _, err = run(capsys, "demo-data", "--employees", "20", "--db", str(tmp_path / "d.db"))
    assert (code, err) == (0, "")


def test_demo_data_prints_progress_when_slow(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(common, "PROGRESS_AFTER", 0.0)
    monkeypatch.setattr(common, "PROGRESS_EVERY", 0.01)
    monkeypatch.setattr("sellertrain.core.reports.demo_records.BATCH_EMPLOYEES", 5)
    from sellertrain.core.reports import demo

    slow = demo._reported

    def slower(*args: object):
        for batch in slow(*args):  # type: ignore[arg-type]
            time.sleep(0.05)
            yield batch

    monkeypatch.setattr(demo, "_reported", slower)
    code, _, err = run(capsys, "demo-data", "--employees", "40", "--db", str(tmp_path / "d.db"))
    assert code == 0
    assert "demo-data: adding demo employees" in err
    assert any(" of 40 (" in line for line in err.splitlines())


def test_a_slow_pdf_report_counts_the_rows_it_draws(capsys, monkeypatch, tmp_path):
    """The team table is drawn row by row (not laid out by Qt with the lock held), so the
    progress line counts rows while a large report is written."""
    from sellertrain.cli import common, reports

    db = new_db(capsys, tmp_path / "team.db")
    monkeypatch.setattr(common, "PROGRESS_AFTER", 0.05)
    monkeypatch.setattr(common, "PROGRESS_EVERY", 0.05)
    monkeypatch.setattr(reports, "_report_text", lambda _a, _s: ("<html></html>", [None] * 12_000))

    def draw(_html, rows, _path, progress, language="en"):
        for done in (200, 6_000, 12_000):
            assert progress(done, len(rows))
            time.sleep(0.1)

    monkeypatch.setattr("sellertrain.pdf.team_report.write_team_pdf", draw)
    code, out, err = run(
        capsys, "report", "--format", "pdf", "--out", str(tmp_path / "r.pdf"), "--db", str(db)
    )
    assert code == 0 and "of 12000 employees" in out
    assert "report: drawing the team table: 6,000 of 12,000 (50%)" in err


# -- demo data beside real staff -----------------------------------------------------------------


def _status(capsys, db: Path, name: str) -> dict[str, object]:
    code, out, err = run(capsys, "status", name, "--json", "--db", str(db))
    assert code == 0, err
    return json.loads(out)


def test_demo_data_force_leaves_existing_employees_untouched(capsys, monkeypatch, tmp_path):
    db = new_db(capsys, tmp_path / "real.db")
    store = Store.open(db)
    staff = [
        ("Zhang Min", "manager", "pass-1234", "management"),
        ("Li Na", "learner", "pass-1234", "finance"),
        ("Wu Bo", "learner", "pass-1234", "logistics"),
        ("Ho Ka", "learner", "pass-1234", None),
    ]
    added = store.add_employees(staff)
    audit_before = store.audit_entries()
    store.close()
    before = {name: _status(capsys, db, name) for name, *_ in staff}
    sign_in_as(monkeypatch, "Zhang Min", "pass-1234")
    code, out, err = run(capsys, "demo-data", "--employees", "60", "--db", str(db), "--force")
    assert code == 0, err
    assert "left untouched" in out
    after = {name: _status(capsys, db, name) for name, *_ in staff}
    assert after == before
    store = Store.open(db)
    try:
        real = {e.id for e in added} | {e.name for e in added}
        seen = {e.id for e in audit_before}
        new_entries = [e for e in store.audit_entries() if e.id not in seen]
        assert new_entries and not [
            e for e in new_entries if e.subject in real or e.details.get("id") in real
        ]
        assigned = [a for a in store.assignments(include_revoked=True)]
        assert assigned and all(a.target_kind == "employee" for a in assigned)
        assert all(a.target not in real for a in assigned)
        assert store.publications() == []
        for employee in added:
            assert store.latest_certificates(employee.id) == []
    finally:
        store.close()
