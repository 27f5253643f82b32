"""`sellertrain report`: the team report as CSV, HTML and PDF from the command line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    store = Store.create(path)
    store.add_employee("=cmd|' /C calc'!A0", "learner", "pass-1234", "logistics")
    store.add_employee("Chen Jie", "learner", "pass-1234", "customer-service")
    store.close()
    return path


def test_csv_to_stdout_is_formula_safe(db: Path, capsys):
    assert main(["report", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeffname,")  # the byte-order mark --out writes too
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert rows[0][:4] == ["name", "department", "role", "status"]
    assert sorted(r[0] for r in rows[1:]) == ["'=cmd|' /C calc'!A0", "Chen Jie"]
    assert {r[3] for r in rows[1:]} == {"not started"}


def test_html_and_pdf_to_files(db: Path, tmp_path: Path, capsys):
    html, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    assert main(["report", "--db", str(db), "--format", "html", "--out", str(html)]) == 0
    assert main(["report", "--db", str(db), "--format", "pdf", "--out", str(pdf)]) == 0
    text = html.read_text(encoding="utf-8")
    assert "Chen Jie" in text and "<svg" in text
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "wrote the pdf report of 2 employees" in capsys.readouterr().out


def test_pdf_needs_out_and_bad_paths_are_one_line_errors(db: Path, tmp_path: Path, capsys):
    assert main(["report", "--db", str(db), "--format", "pdf"]) == 1
    assert capsys.readouterr().err.strip() == "sellertrain: error: a PDF report needs --out FILE"
    missing = tmp_path / "no" / "such" / "dir" / "r.csv"
    assert main(["report", "--db", str(db), "--out", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("sellertrain: error: cannot write") and err.count("\n") == 1


def test_the_report_follows_lang_in_csv_html_and_messages(db: Path, tmp_path: Path, capsys):
    assert main(["--lang", "zh-CN", "report", "--db", str(db)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out.removeprefix("\ufeff"))))
    assert rows[0][:4] == ["姓名", "部门", "角色", "状态"]
    assert {r[2] for r in rows[1:]} == {"学员"} and {r[3] for r in rows[1:]} == {"未开始"}
    html = tmp_path / "r.html"
    assert (
        main(["report", "--lang", "zh-CN", "--db", str(db), "--format", "html", "--out", str(html)])
        == 0
    )
    text = html.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in text and "团队报告" in text and "团队进度" in text


def test_the_saved_choice_and_the_locale_choose_when_lang_is_not_given(
    db: Path, capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert main(["report", "--db", str(db)]) == 0
    assert capsys.readouterr().out.removeprefix("\ufeff").startswith("姓名,")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    (tmp_path / "this-computer.ini").write_text("[ui]\nlanguage=zh-CN\n", encoding="utf-8")
    assert main(["report", "--db", str(db)]) == 0
    assert capsys.readouterr().out.removeprefix("\ufeff").startswith("姓名,")
    assert main(["report", "--lang", "en", "--db", str(db)]) == 0
    assert capsys.readouterr().out.removeprefix("\ufeff").startswith("name,")


def test_status_speaks_chinese_with_lang(db: Path, capsys):
    assert main(["--lang", "zh-CN", "status", "Chen Jie", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Chen Jie（学员，customer-service，")
    assert "未开始" in out and "已完成 0 /" in out and "not started" not in out
    assert main(["status", "Chen Jie", "--db", str(db)]) == 0
    assert "(learner, customer-service, joined" in capsys.readouterr().out


def test_employees_messages_follow_lang(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch):
    import io as _io

    db = tmp_path / "new.db"  # the first manager of a new database needs no sign-in
    assert main(["init", "--db", str(db)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", _io.StringIO("a-long-pass-phrase\n"))
    args = ["--lang", "zh-CN", "employees", "add", "王芳", "--role", "manager", "--db", str(db)]
    assert main(args) == 0
    assert capsys.readouterr().out.startswith("已添加 王芳（主管），入职日期 ")
    monkeypatch.setenv("SELLERTRAIN_USER", "王芳")
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", "a-long-pass-phrase")
    assert (
        main(
            ["employees", "set-joined", "Nobody", "2026-01-01", "--db", str(db), "--lang", "zh-CN"]
        )
        == 1
    )
    assert "没有名为“Nobody”的员工" in capsys.readouterr().err


def test_the_audit_log_follows_lang(db: Path, capsys):
    assert main(["audit", "--db", str(db), "--lang", "zh-CN"]) == 0
    out = capsys.readouterr().out
    assert "添加员工" in out and "部门：customer-service" in out and "Employee added" not in out
    assert main(["audit", "--db", str(db)]) == 0
    assert "Employee added" in capsys.readouterr().out
