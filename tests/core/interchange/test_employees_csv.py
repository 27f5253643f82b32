"""Employees CSV files that are wrong in every way users manage: clear lines, nothing half-added."""

from __future__ import annotations

import functools
import time
from pathlib import Path

import pytest

from sellertrain.core import passwords
from sellertrain.core.interchange.employees_csv import (
    MAX_PROBLEMS,
    import_employees,
    read_employees_csv,
)

HEADER = "name,role,password,department\n"
ROWS_100K = 100_000


def write(tmp_path: Path, data: str | bytes, name: str = "staff.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def messages(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.line}: {p.message}" for p in result.problems]


@pytest.fixture
def cheap_hashing(monkeypatch):
    """scrypt at its real cost takes ~70 ms a password; the bulk tests measure everything else."""
    monkeypatch.setattr(
        passwords, "hash_password", functools.partial(passwords.hash_password, n=2, r=1)
    )


def assert_nothing_added(store, before: int = 0) -> None:
    assert len(store.employees()) == before
    assert [e for e in store.audit_entries() if e.action == "employee_added"][before:] == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            "name,role,password\nJosé,learner,pass-1111\n".encode("cp1252"),
            "2: the file is not UTF-8 (byte 0xe9 at column 4)",
        ),
        (
            b"name,role,password\nAna,learner,pass\xff-1\n",
            "2: the file is not UTF-8 (byte 0xff at column 17)",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "1: the file is not UTF-8"),
        (b"", "1: the file is empty"),
        (b"\n\n", "1: the file is empty"),
        ("name,role\nAna,learner\n", "1: missing column(s) password"),
        ("nom,rôle,mot de passe\nAna,learner,pass\n", "1: missing column(s) name, role, password"),
        ("name,role,password,name\nAna,learner,pass-1111,Ana\n", "1: column(s) name appear twice"),
        ("name,role,password\n", "1: the file holds no employees"),
        (
            'name,role,password\nAna,learner,"pass-1111\nBo,learner,pass-2222\n',
            "2: a cell runs on to line 3",
        ),
        ("name,role,password\nAna,learner,pa\x00ss\n", "2: a cell holds a control character"),
        ('name,role,password\nAna,learner,"' + "x" * 20_000 + '"\n', "2: this line cannot be read"),
        ("name,role,password\nAna,learner,pass-1111,extra\n", "2: more cells than columns"),
        ("name,role,password\n,learner,pass-1111\n", "2: the name is empty"),
        ("name,role,password\nAna,boss,pass-1111\n", "2: unknown role 'boss' for Ana"),
        ("name,role,password\nAna,learner,abc\n", "2: the password for Ana must have at least 8"),
        (
            "name,role,password\nAna Li,learner,pass-1111\n\nana  LI,author,pass-2222\n",
            "4: 'ana LI' is also on line 2",
        ),
    ],
)
def test_a_bad_file_is_reported_by_line_and_nothing_is_added(store, tmp_path, data, expected):
    result = import_employees(store, write(tmp_path, data))
    assert result.added == []
    assert any(m.startswith(expected) for m in messages(result)), messages(result)
    assert_nothing_added(store)


def test_names_already_in_the_database_are_reported_at_their_line(store, tmp_path):
    store.add_employee("Ana Li", "learner", "pass-1234")
    path = write(tmp_path, HEADER + "Bo Chen,learner,pass-1111,\nANA LI,author,pass-2222,\n")
    result = import_employees(store, path)
    assert messages(result) == ["3: 'ANA LI' is already an employee (Ana Li)"]
    assert_nothing_added(store, before=1)


def test_excel_variants_are_read(store, tmp_path, cheap_hashing):
    utf16 = write(tmp_path, HEADER.replace(",", "\t").encode("utf-16"), "tabs.csv")
    assert messages(import_employees(store, utf16))[0].startswith("1: missing column(s)")
    for name, data in {
        "bom.csv": "\ufeff" + HEADER + "Ana Li,learner,pass-1111,logistics\r\n",
        "utf16.csv": (HEADER + "Bo Chen,learner,pass-1111,\n").encode("utf-16"),
        "semicolons.csv": "name;role;password\nCai Yun;author;pass-1111\n",
    }.items():
        result = import_employees(store, write(tmp_path, data, name))
        assert result.problems == [] and len(result.added) == 1, name
    assert [e.name for e in store.employees()] == ["Ana Li", "Bo Chen", "Cai Yun"]


def test_a_file_wrong_everywhere_lists_its_first_problems(store, tmp_path):
    path = write(tmp_path, HEADER + "".join(f"P{n},boss,x,\n" for n in range(300)))
    result = import_employees(store, path)
    assert len(result.problems) == MAX_PROBLEMS and result.more_problems == 600 - MAX_PROBLEMS
    assert_nothing_added(store)


def test_a_file_larger_than_the_limit_is_refused_unread(store, tmp_path, monkeypatch):
    import sellertrain.core.interchange.employees_csv as module

    monkeypatch.setattr(module, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path, HEADER + "Ana,learner,pass-1111,\n" * 100)
    (problem,) = import_employees(store, path).problems
    assert problem.line == 0 and "is at most" in problem.message


def big_file(tmp_path: Path, rows: int, name: str = "big.csv") -> Path:
    lines = [HEADER] + [f"Employee {n:06d},learner,pass-{n:06d},logistics\n" for n in range(rows)]
    return write(tmp_path, "".join(lines), name)


def test_100k_rows_with_problems_at_the_end_are_reported_fast_and_nothing_is_added(store, tmp_path):
    path = big_file(tmp_path, ROWS_100K)
    with path.open("a", encoding="utf-8") as out:
        out.write("Employee 000007,learner,pass-xxxx,\n")  # line 100,002: a duplicate of line 9
        out.write("Late Comer,boss,pass-yyyy,\n")  # line 100,003
    started = time.perf_counter()
    result = import_employees(store, path)
    seconds = time.perf_counter() - started
    print(f"\n100,002-row CSV with 2 problems: checked in {seconds:.2f} s")
    assert messages(result) == [
        "100002: 'Employee 000007' is also on line 9",
        "100003: unknown role 'boss' for Late Comer (use learner, manager or author)",
    ]
    assert seconds < 20
    assert_nothing_added(store)


def test_100k_rows_are_imported_in_one_transaction(store, tmp_path, cheap_hashing):
    path = big_file(tmp_path, ROWS_100K)
    store.add_employee("Already Here", "manager", "pass-1234")
    seen: list[int] = []
    started = time.perf_counter()
    result = import_employees(store, path, progress=lambda done, total: seen.append(done))
    seconds = time.perf_counter() - started
    print(f"\n100,000-row CSV imported in {seconds:.2f} s (with cheap test hashing)")
    assert result.problems == [] and len(result.added) == ROWS_100K
    assert seen[-1] == ROWS_100K
    assert store.db.execute("SELECT count(*) FROM employees").fetchone()[0] == ROWS_100K + 1
    audit = store.db.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'employee_added'"
        " AND json_extract(details, '$.source') = 'big.csv'"
    ).fetchone()[0]
    assert audit == ROWS_100K
    assert seconds < 120


def test_an_import_failing_while_writing_adds_nobody(store, tmp_path, cheap_hashing, monkeypatch):
    path = big_file(tmp_path, 2_000)

    def fail(rows):  # the employees are inserted; their audit rows then fail: all 2,000 go
        raise OSError("disk full")

    monkeypatch.setattr(store, "_audit_many", fail)
    with pytest.raises(OSError):
        import_employees(store, path)
    monkeypatch.undo()
    assert_nothing_added(store)


def test_read_employees_csv_still_returns_rows_and_problems(tmp_path):
    rows, problems = read_employees_csv(
        write(tmp_path, HEADER + "Ana Li,Learner,pass-1111, finance \n")
    )
    assert rows == [("Ana Li", "learner", "pass-1111", "finance")] and problems == []


def test_the_problems_are_said_in_the_managers_language(store, tmp_path):
    """Each problem keeps its template: the import preview and the CLI show it in Chinese,
    with the file's own values (role, name, line) in their places."""
    from sellertrain.core.language import CHINESE, ENGLISH
    from sellertrain.core.message import localize

    path = write(tmp_path, HEADER + "Ana,boss,Secret#2024\nAna,learner,Secret#2024\n")
    result = import_employees(store, path)
    assert messages(result) == [
        "2: unknown role 'boss' for Ana (use learner, manager or author)",
        "3: 'Ana' is also on line 2",
    ]
    chinese = [localize(problem.message, CHINESE) for problem in result.problems]
    assert chinese == [
        "Ana 的角色“boss”未知（请用 learner、manager 或 author）",
        "“Ana”在第 2 行也出现了",
    ]
    assert result.problems[1].text(CHINESE) == f"{path}:3: “Ana”在第 2 行也出现了"
    assert result.problems[1].text(ENGLISH) == str(result.problems[1])
    assert_nothing_added(store)
