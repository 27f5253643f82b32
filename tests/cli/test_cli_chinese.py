"""The command line speaks the language chosen with ``--lang`` (or the locale): its errors,
prompts, summaries and counts, with plurals right in English and one form in Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sellertrain.cli.common import CliError, Counted
from sellertrain.core.i18n import Translator
from sellertrain.core.message import localize
from tests.cli.helpers import BOSS, new_db, run, with_manager


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """English unless --lang says otherwise, whatever the machine running the tests uses."""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")


def test_an_error_is_chinese_with_lang_and_english_without(capsys, tmp_path: Path):
    typo = tmp_path / "typo.db"
    code, _, err = run(capsys, "--lang", "zh-CN", "audit", "--db", str(typo))
    assert code == 1
    assert err == (
        f"sellertrain: error: {typo} 处没有数据库：请检查路径，"
        f"或运行“sellertrain init --db {typo}”新建一个\n"
    )
    code, _, err = run(capsys, "audit", "--db", str(typo))
    assert code == 1 and err.startswith(f"sellertrain: error: no database at {typo}: check")


def test_the_locale_chooses_when_lang_is_not_given(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    db = new_db(capsys, tmp_path / "team.db")
    code, _, err = run(capsys, "audit", "--out", str(tmp_path / "a.csv"), "--db", str(db))
    assert (code, err) == (1, "sellertrain: error: --out 写出的是 CSV：请加上 --csv\n")


def test_a_count_is_plural_in_english_and_one_form_in_chinese(capsys, tmp_path: Path, monkeypatch):
    db = with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "team.db"))
    target = tmp_path / "audit.csv"
    args = ("audit", "--csv", "--out", str(target), "--db", str(db))
    assert run(capsys, *args)[1] == f"wrote 1 audit entry to {target}\n"
    assert run(capsys, "--lang", "zh-CN", *args)[1] == f"已将 1 条审计记录写入 {target}\n"
    run(capsys, "employees", "add", "Li Wei", "--role", "learner", "--db", str(db), stdin="pass-1234\n" * 2,
        monkeypatch=monkeypatch)  # fmt: skip
    assert run(capsys, *args)[1] == f"wrote 2 audit entries to {target}\n"
    assert run(capsys, "--lang", "zh-CN", *args)[1] == f"已将 2 条审计记录写入 {target}\n"


def test_a_refused_sign_in_is_chinese(capsys, tmp_path: Path, monkeypatch):
    db = with_manager(capsys, monkeypatch, new_db(capsys, tmp_path / "team.db"))
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", "wrong")
    code, _, err = run(
        capsys, "--lang", "zh-CN", "employees", "add", "Li Wei", "--role", "learner", "--db", str(db),
        stdin="pass-1234\n" * 2, monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 1
    assert err == f"sellertrain: error: “{BOSS}”的姓名或密码错误；未做任何更改\n"


def test_an_error_keeps_its_english_text_and_values_for_other_callers():
    from sellertrain.core.message import QT_TRANSLATE_NOOP

    error = CliError(
        QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}"), path="x", reason="y"
    )
    assert str(error) == "cannot write x: y"
    assert error.text("zh-CN") == "无法写入 x：y"
    assert CliError("made elsewhere {not a field}").text("zh-CN") == "made elsewhere {not a field}"


def test_counted_reads_the_plural_forms_of_both_catalogues():
    english, chinese = Counted(Translator("en")), Counted(Translator("zh-CN"))
    assert english.tr("wrote %n audit entries to {path}", "", 1) == "wrote 1 audit entry to {path}"
    assert (
        english.tr("wrote %n audit entries to {path}", "", 3) == "wrote 3 audit entries to {path}"
    )
    assert chinese.tr("wrote %n audit entries to {path}", "", 3) == "已将 3 条审计记录写入 {path}"


def test_check_and_init_summaries_are_chinese_with_lang(capsys, tmp_path: Path):
    code, out, _ = run(capsys, "--lang", "zh-CN", "check")
    assert code == 0
    assert re.fullmatch(
        r"\d+ 门课程、\d+ 个测验、\d+ 道题；0 个错误，0 个警告", out.splitlines()[-1]
    )
    code, out, _ = run(capsys, "check")
    assert re.fullmatch(
        r"\d+ lessons, \d+ quizzes, \d+ questions; 0 errors, 0 warnings", out.splitlines()[-1]
    )
    db = tmp_path / "new.db"
    code, out, _ = run(capsys, "--lang", "zh-CN", "init", "--db", str(db))
    assert code == 0 and out.startswith(f"已在 {db} 新建数据库（结构版本 ")
    code, out, _ = run(capsys, "--lang", "zh-CN", "init", "--db", str(db))
    assert code == 0 and out.startswith(f"{db} 已有一个 SellerTrain 数据库（结构版本 ")


def test_progress_counts_are_chinese_with_a_translator():
    from sellertrain.cli.common import Steps

    steps = Steps("import", "正在读取文件", tx=Translator("zh-CN"))
    steps.count(1500, 3000, "正在加密密码")
    assert steps.step == "正在加密密码：1,500 / 3,000 (50%)"
    steps.count(3000, 3000)
    assert steps.step == "正在加密密码：3,000 / 3,000 (100%)"
    english = Steps("import", "reading the file")
    english.count(1, 4, "hashing passwords")
    assert english.step == "hashing passwords: 1 of 4 (25%)"


def test_a_certificate_code_error_is_chinese_with_lang(capsys, tmp_path: Path):
    db = new_db(capsys, tmp_path / "team.db")
    code, _, err = run(capsys, "--lang", "zh-CN", "verify", "nonsense", "--db", str(db))
    assert code == 1 and err.startswith("sellertrain: error: “nonsense”不是证书验证码（验证码形如 ")
    code, _, err = run(capsys, "verify", "nonsense", "--db", str(db))
    assert code == 1 and err.startswith("sellertrain: error: 'nonsense' is not a certificate code")


def test_a_publish_error_is_chinese_with_lang(capsys, tmp_path: Path):
    db = new_db(capsys, tmp_path / "team.db")
    args = ("publish", "no-such-lesson", "--material", "--db", str(db))
    code, _, err = run(capsys, "--lang", "zh-CN", *args)
    assert code == 1 and "中没有 ID 为“no-such-lesson”的有效课程或测验" in err
    code, _, err = run(capsys, *args)
    assert code == 1 and "no valid lesson or quiz with id 'no-such-lesson' in " in err


def _records_db(path: Path) -> Path:
    """Ana Li with two finished attempts (chained results)."""
    from sellertrain.core.store import AnswerToSave, Store

    store = Store.create(path)
    try:
        employee = store.add_employee("Ana Li", "learner", "pass-1234")
        for number in range(2):
            attempt = store.start_attempt(employee.id, f"quiz-{number}", "v1", number)
            rows = [AnswerToSave("q1", 0, frozenset({1}), ("yes",), True, 1.0)]
            store.finish_attempt(attempt.id, 100.0, True, rows)
    finally:
        store.close()
    return path


def test_the_verify_records_summary_is_chinese_with_lang(capsys, tmp_path: Path):
    from sellertrain.core.store.chain import DELETION_NOTE

    db = _records_db(tmp_path / "records.db")
    code, out, _ = run(capsys, "verify-records", "--db", str(db), "--employee", "Ana Li")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("chain head of Ana Li: #2 ")
    assert lines[1:] == ["checked 2 records of 1 employee: no problems", DELETION_NOTE]
    code, out, _ = run(capsys, "--lang", "zh-CN", "verify-records", "--db", str(db), "--employee", "Ana Li")  # fmt: skip
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Ana Li 的链头：#2 ")
    assert lines[1] == "已检查 1 名员工的 2 条记录：没有问题"
    assert lines[2] == localize(DELETION_NOTE, "zh-CN") and lines[2].startswith(
        "删除员工最新的记录"
    )


def test_the_export_record_summary_is_chinese_with_lang(capsys, tmp_path: Path):
    db = _records_db(tmp_path / "records.db")
    out_file = tmp_path / "ana.json"
    args = ("export-record", "Ana Li", "--db", str(db), "--out", str(out_file))
    code, out, _ = run(capsys, "--lang", "zh-CN", *args)
    assert code == 0 and out.startswith(
        f"已将 Ana Li 的记录（2 次作答，0 次课程完成）写入 {out_file}；链头 #2 "
    )
    code, out, _ = run(capsys, *args)
    assert out.startswith("wrote the record of Ana Li (2 attempts, 0 lesson completions) to ")


def test_the_publish_list_of_drafts_is_chinese_with_lang(capsys, tmp_path: Path, make_content):
    from sellertrain.core.content import authoring
    from sellertrain.core.content.loader import load_course
    from tests.conftest import lesson_source

    content = make_content(lessons={"intro": lesson_source("intro")})
    made = authoring.new_lesson(content, load_course(content), "Brazil", "M")
    made.path.write_text(made.text, encoding="utf-8")
    db = new_db(capsys, tmp_path / "team.db")
    args = ("publish", "--db", str(db), "--content", str(content))
    code, out, _ = run(capsys, "--lang", "zh-CN", *args)
    assert code == 0 and out.splitlines()[:2] == [
        "草稿：brazil（lessons/brazil.md）：Brazil",
        "1 份草稿学员看不到：sellertrain publish ID",
    ]
    code, out, _ = run(capsys, *args)
    assert out.splitlines()[:2] == [
        "draft: brazil (lessons/brazil.md): Brazil",
        "1 draft learners do not see: sellertrain publish ID",
    ]
    code, out, err = run(capsys, "--lang", "zh-CN", *args, "brazil")
    assert code == 1 and f"{made.path}:7：模板文字：" in out
    assert err.startswith("sellertrain: error: “brazil”仍含有模板文字（见上方 ")
    code, _, err = run(capsys, *args, "brazil")
    assert code == 1 and "'brazil' still holds template text (" in err and "lines above)" in err
    code, _, err = run(capsys, "--lang", "zh-CN", *args, "brazil", "--force")
    assert code == 1 and f"{db} 中还没有员工，因此无人能登录来发布课程变更" in err


def test_an_import_report_is_chinese_with_lang(capsys, tmp_path: Path):
    gift = Path(__file__).parent.parent / "fixtures" / "gift" / "all_kinds.gift"
    out_dir = tmp_path / "quizzes"
    out_dir.mkdir()
    args = ("import-gift", str(gift), "--out", str(out_dir), "--db", str(tmp_path / "none.db"))
    code, out, err = run(capsys, "--lang", "zh-CN", *args[:4], "--dry-run")
    lines = out.strip().splitlines()
    assert (code, err) == (0, "")
    assert f"将写入 {out_dir / 'all-kinds.md'}：7 道题" in lines
    assert "无法转换（已略去）：" in lines
    assert lines[-1] == (
        "将导入 2 个测验，共 10 道题（匹配题 1 道、多选题 1 道、数值题 2 道、简答题 2 道、"
        "单选题 2 道、判断题 2 道）；3 道无法转换"
    )
    code, out, _ = run(capsys, *args[:4], "--dry-run")
    assert out.strip().splitlines()[-1] == (
        "would import 10 questions in 2 quizzes (1 matching, 1 multiple choice, 2 numerical, "
        "2 short answer, 2 single choice, 2 true/false); 3 not convertible"
    )
    code, _, err = run(capsys, "--lang", "zh-CN", *args[:4], "--id", "Bad Id")
    assert code == 1 and err == (
        "sellertrain: error: --id 只能使用小写字母、数字和“-”，不能是“Bad Id”\n"
    )
