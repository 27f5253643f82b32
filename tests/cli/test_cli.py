"""The ``sellertrain`` command line, called in-process (and once as a real process)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.store import Store
from tests.cli.helpers import new_db, run, with_manager
from tests.conftest import REPO

SUMMARY = re.compile(
    r"^(\d+) lessons?, (\d+) quiz(?:zes)?, (\d+) questions?; (\d+) errors?, (\d+) warnings?$"
)


def names(db: Path) -> list[str]:
    store = Store.open(db)
    try:
        return [e.name for e in store.employees()]
    finally:
        store.close()


# -- check -------------------------------------------------------------------------------------


def test_check_shipped_content(capsys):
    code, out, err = run(capsys, "check")
    assert code == 0 and err == ""
    *hints, summary = out.splitlines()
    assert all(": hint: option of " in line for line in hints)  # style advice only
    match = SUMMARY.match(summary)
    assert match, summary
    lessons, quizzes, questions, errors, _ = map(int, match.groups())
    originals = [p for p in (REPO / "lessons").glob("*.md") if "." not in p.stem]  # no variants
    assert lessons == len(originals) >= 12
    assert quizzes == len([p for p in (REPO / "quizzes").glob("*.md") if "." not in p.stem])
    assert questions >= 5 * quizzes and errors == 0


def test_check_broken_content(capsys, broken_content):
    code, out, err = run(capsys, "check", "--content", str(broken_content))
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert SUMMARY.match(lines[-1])
    assert re.match(r"^4 lessons, 1 quiz, 3 questions; 36 errors, \d+ warnings$", lines[-1])
    problems = lines[:-1]
    assert len(problems) >= 36
    for line in problems:
        assert re.match(r"^.+\.md:\d+: \S.*$", line), line
    assert f"{broken_content / 'lessons' / 'bad-id.md'}:2: 'id' must use lowercase letters" in out
    assert (
        f"{broken_content / 'lessons' / 'unknown-key.md'}:6: unknown front matter key 'minuts'"
        in out
    )
    assert (
        f"{broken_content / 'quizzes' / 'tests-missing-anchor.md'}:9: 'Tests:' names section" in out
    )
    assert f"{broken_content / 'lessons' / 'not-utf8.md'}:7: the file is not UTF-8" in out


def test_check_in_chinese_gives_each_problem_in_chinese(capsys, broken_content):
    code, out, err = run(capsys, "check", "--lang", "zh-CN", "--content", str(broken_content))
    assert code == 1 and err == ""
    assert (
        f"{broken_content / 'lessons' / 'unknown-key.md'}:6: 未知的文件头元数据键 'minuts'" in out
    )
    assert f"{broken_content / 'lessons' / 'not-utf8.md'}:7: 文件不是 UTF-8 文本" in out
    assert f"{broken_content / 'quizzes' / 'tests-missing-anchor.md'}:9: 'Tests:' 指向的小节" in out
    assert "unknown front matter key" not in out and "is not UTF-8" not in out
    code, english, _ = run(capsys, "check", "--lang", "en", "--content", str(broken_content))
    assert "unknown front matter key 'minuts'" in english
    assert len(english.splitlines()) == len(out.splitlines())  # the same problems, translated


def test_check_content_from_the_environment(capsys, monkeypatch, broken_content):
    monkeypatch.setenv("SELLERTRAIN_CONTENT", str(broken_content))
    code, out, _ = run(capsys, "check")
    assert code == 1 and "36 errors" in out
    code, out, _ = run(capsys, "check", "--content", str(REPO))  # the option wins
    assert code == 0 and "0 errors" in out
    code, out, _ = run(capsys, "--content", str(REPO), "check")  # before the command too
    assert code == 0 and "0 errors" in out


def test_check_missing_content_folder_is_one_line_error(capsys, tmp_path):
    code, out, err = run(capsys, "check", "--content", str(tmp_path / "nowhere"))
    assert code == 1 and out == ""
    assert err == f"sellertrain: error: content folder {tmp_path / 'nowhere'} does not exist\n"


def test_check_as_a_real_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLERTRAIN_")}
    done = subprocess.run(
        [sys.executable, "-m", "sellertrain.cli.main", "check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert SUMMARY.match(done.stdout.strip().splitlines()[-1])
    assert " 0 errors" in done.stdout


# -- help --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "usage", "mentions"),
    [
        ([], "usage: sellertrain", ["check", "employees", "--smoke", "--db", "--content"]),
        (["check"], "usage: sellertrain check", ["--content"]),
        (["employees"], "usage: sellertrain employees", ["add", "import", "list"]),
        (
            ["employees", "add"],
            "usage: sellertrain employees add",
            ["--role", "--department", "name"],
        ),
        (["employees", "import"], "usage: sellertrain employees import", ["FILE.csv", "--db"]),
        (["employees", "list"], "usage: sellertrain employees list", ["--db"]),
    ],
)
def test_help(capsys, argv, usage, mentions):
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(usage)
    for word in mentions:
        assert word in out


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert re.fullmatch(r"sellertrain \d+\.\d+\.\d+\n", capsys.readouterr().out)


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


# -- employees ---------------------------------------------------------------------------------


def test_add_employee_with_password_from_stdin(capsys, monkeypatch, tmp_path):
    db = new_db(capsys, tmp_path / "staff.db")
    code, out, err = run(
        capsys,
        "employees", "add", "Ana Li", "--role", "manager", "--department", "finance", "--db", str(db),
        stdin="s3cret-pass\r\n",
        monkeypatch=monkeypatch,
    )  # fmt: skip
    store = Store.open(db)
    try:
        ana = store.authenticate("ana li", "s3cret-pass")
        assert ana is not None and ana.department == "finance" and ana.role.value == "manager"
    finally:
        store.close()
    assert (code, out, err) == (0, f"added Ana Li (manager), joined {ana.joined}\n", "")
    code, out, err = run(capsys, "employees", "list", "--db", str(db))
    assert (code, out) == (0, f"Ana Li\tmanager\tfinance\t{ana.joined}\n")


def test_add_employee_errors_are_one_line(capsys, monkeypatch, tmp_path):
    db = str(with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "staff.db")))
    run(
        capsys,
        "employees",
        "add",
        "Ana Li",
        "--role",
        "learner",
        "--db",
        db,
        stdin="pass-1111\n",
        monkeypatch=monkeypatch,
    )
    code, out, err = run(
        capsys,
        "employees",
        "add",
        "ANA LI",
        "--role",
        "author",
        "--db",
        db,
        stdin="pass-2222\n",
        monkeypatch=monkeypatch,
    )
    assert code == 1 and out == ""
    assert err == "sellertrain: error: an employee named 'ANA LI' already exists\n"
    code, out, err = run(
        capsys,
        "employees",
        "add",
        "Bo Chen",
        "--role",
        "learner",
        "--db",
        db,
        stdin="abc\n",
        monkeypatch=monkeypatch,
    )
    assert code == 1 and out == ""
    assert err == "sellertrain: error: the password for Bo Chen must have at least 8 characters\n"
    assert names(Path(db)) == ["Ana Li", "Mei Boss"]


def test_bad_role_option_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["employees", "add", "Ana", "--role", "boss", "--db", str(tmp_path / "x.db")])
    assert exit_info.value.code == 2
    assert "invalid choice: 'boss'" in capsys.readouterr().err


def test_db_option_and_environment_choose_the_database(capsys, monkeypatch, tmp_path):
    env_db, option_db = tmp_path / "from-env.db", new_db(capsys, tmp_path / "from-option.db")
    monkeypatch.setenv("SELLERTRAIN_DB", str(env_db))
    run(
        capsys,
        "employees",
        "add",
        "Env Person",
        "--role",
        "manager",
        stdin="pass-1111\n",
        monkeypatch=monkeypatch,
    )
    run(
        capsys, "--db", str(option_db), "employees", "add", "Option Person", "--role", "manager",
        stdin="pass-1111\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert names(env_db) == ["Env Person"]
    assert names(option_db) == ["Option Person"]
    assert run(capsys, "employees", "list")[1].startswith("Env Person\tmanager\t\t")
    assert (
        run(capsys, "employees", "list", "--db", str(option_db))[1].rsplit("\t", 1)[0]
        == "Option Person\tmanager\t"
    )
    assert (
        run(capsys, "employees", "--db", str(option_db), "list")[1].rsplit("\t", 1)[0]
        == "Option Person\tmanager\t"
    )


def test_unusable_database_is_a_one_line_error(capsys, tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("this is not a database\n" * 100)
    before = db.read_bytes()
    code, out, err = run(capsys, "employees", "list", "--db", str(db))
    assert code == 1 and out == ""
    assert err.startswith(f"sellertrain: error: {db} is not a SellerTrain database")
    assert err.count("\n") == 1
    assert db.read_bytes() == before


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_import_good_csv(capsys, monkeypatch, tmp_path):
    db = with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "staff.db"))
    csv_file = write_csv(
        tmp_path / "staff.csv",
        "\ufeffName,Role,Password,Department\r\n"
        "Ana Li,learner,pass-1234,logistics\r\n"
        "Bo Chen,MANAGER,pass-5678,\r\n"
        ",,,\r\n"
        "Zhang Wei,author,pass-9012,listings\r\n",
    )
    code, out, err = run(capsys, "employees", "import", str(csv_file), "--db", str(db))
    assert (code, err) == (0, "")
    assert out == f"imported 3 employees from {csv_file}\n"
    assert names(db) == ["Ana Li", "Bo Chen", "Mei Boss", "Zhang Wei"]
    code, out, _ = run(capsys, "employees", "list", "--db", str(db))
    assert [line.rsplit("\t", 1)[0] for line in out.splitlines()] == [  # then the start date
        "Ana Li\tlearner\tlogistics",
        "Bo Chen\tmanager\t",
        "Mei Boss\tmanager\t",
        "Zhang Wei\tauthor\tlistings",
    ]
    store = Store.open(db)
    try:
        assert store.authenticate("Bo Chen", "pass-5678") is not None
    finally:
        store.close()


def test_import_bad_rows_imports_nothing(capsys, monkeypatch, tmp_path):
    db = with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "staff.db"))
    csv_file = write_csv(
        tmp_path / "bad.csv",
        "name,role,password\n"
        "Ana Li,learner,pass-1234\n"  # line 2
        "Bo Chen,sales,pass-1234\n"  # line 3: bad role
        "ana li,manager,pass-1234\n"  # line 4: duplicate of line 2
        "Cai Yun,learner,abc\n",  # line 5: short password
    )
    code, out, err = run(capsys, "employees", "import", str(csv_file), "--db", str(db))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"{csv_file}:3: unknown role 'sales' for Bo Chen (use learner, manager or author)",
        f"{csv_file}:4: 'ana li' is also on line 2",
        f"{csv_file}:5: the password for Cai Yun must have at least 8 characters",
        f"sellertrain: error: {csv_file}: nothing imported; fix the 3 problems above",
    ]
    assert names(db) == ["Mei Boss"]


def test_import_missing_column(capsys, monkeypatch, tmp_path):
    db = with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "staff.db"))
    csv_file = write_csv(tmp_path / "nopw.csv", "name,role\nAna Li,learner\n")
    code, out, err = run(capsys, "employees", "import", str(csv_file), "--db", str(db))
    assert code == 1 and out == ""
    assert err.splitlines()[0] == (
        f"{csv_file}:1: missing column(s) password; the header needs name, role, password "
        "(and optionally department)"
    )
    assert err.splitlines()[-1].startswith("sellertrain: error: ")
    assert names(db) == ["Mei Boss"]


def test_import_name_already_in_the_database(capsys, monkeypatch, tmp_path):
    db = with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "staff.db"))
    run(
        capsys,
        "employees",
        "add",
        "Ana Li",
        "--role",
        "learner",
        "--db",
        str(db),
        stdin="pass-1111\n",
        monkeypatch=monkeypatch,
    )
    csv_file = write_csv(
        tmp_path / "more.csv",
        "name,role,password\nBo Chen,learner,pass-1111\nANA LI,learner,pass-2222\n",
    )
    code, out, err = run(capsys, "employees", "import", str(csv_file), "--db", str(db))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"{csv_file}:3: 'ANA LI' is already an employee (Ana Li)",
        f"sellertrain: error: {csv_file}: nothing imported; fix the problem above",
    ]
    assert names(db) == ["Ana Li", "Mei Boss"]


def test_import_non_utf8_csv(capsys, monkeypatch, tmp_path):
    db = with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "staff.db"))
    csv_file = write_csv(
        tmp_path / "latin1.csv",
        "name,role,password\nAna Li,learner,pass-1111\nJosé Núñez,learner,pass-2222\n",
        "latin-1",
    )
    code, out, err = run(capsys, "employees", "import", str(csv_file), "--db", str(db))
    assert code == 1 and out == ""
    assert err.splitlines()[0] == (
        f"{csv_file}:3: the file is not UTF-8 (byte 0xe9 at column 4): in Excel use 'Save as' > "
        "'CSV UTF-8 (comma delimited)', then import it again"
    )
    assert names(db) == ["Mei Boss"]


def test_import_missing_file(capsys, monkeypatch, tmp_path):
    db = with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "x.db"))
    code, out, err = run(capsys, "employees", "import", str(tmp_path / "none.csv"), "--db", str(db))
    assert code == 1 and out == ""
    assert err.splitlines()[0].startswith(f"{tmp_path / 'none.csv'}:0: cannot read the file")
    assert err.splitlines()[-1].startswith("sellertrain: error: ")


# -- the app -----------------------------------------------------------------------------------


def test_no_display_is_a_one_line_error(capsys, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, out, err = run(capsys)
    assert code == 1 and out == ""
    assert err.startswith("sellertrain: error: no display found")
    assert err.count("\n") == 1
    assert "QT_QPA_PLATFORM=offscreen" in err


def test_check_the_fixture_folder_in_place(capsys):
    broken = REPO / "tests" / "fixtures" / "broken"
    code, out, _ = run(capsys, "check", "--content", str(broken))
    assert code == 1
    assert re.search(r"^4 lessons, 1 quiz, 3 questions; 35 errors, \d+ warnings$", out, re.M)
    assert f"{broken / 'lessons' / 'bad-yaml.md'}:3: front matter is not valid YAML" in out
