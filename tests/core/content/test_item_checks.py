"""Item-writing checks: each rule with a question that breaks it and one that does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sellertrain.core.content.item_checks import check_duplicates, check_items, check_quiz
from sellertrain.core.content.loader import load_course
from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.models import Course, Quiz
from tests.cli.helpers import run
from tests.conftest import FIXTURES

HEAD = "---\nid: {id}\ntitle: T\npass_mark: 80\n---\n\n"


def quiz(body: str, quiz_id: str = "q") -> Quiz:
    loaded, problems = quiz_from_text(Path(f"quizzes/{quiz_id}.md"), HEAD.format(id=quiz_id) + body)
    assert loaded is not None, problems
    return loaded


def messages(body: str) -> list[str]:
    return [e.message for e in check_quiz(quiz(body))]


def single(stem: str, right: str, *wrong: str) -> str:
    options = "\n".join([f"- [x] {right}", *(f"- [ ] {w}" for w in wrong)])
    return f"## {stem}\n\n{options}\n\n"


def true_false(stem: str, answer: bool) -> str:
    t, f = ("x", " ") if answer else (" ", "x")
    return f"## {stem}\n\n- [{t}] True\n- [{f}] False\n\n"


def test_correct_option_longest_in_more_than_a_third_of_single_choice_questions():
    body = "".join(
        single(f"Question {n}?", "The long and careful right answer", "Short", "Wrong too")
        for n in range(3)
    )
    assert any("longest in 3 of 3" in m for m in messages(body))
    mixed = single("Question 1?", "The long and careful right answer", "Short one", "Wrong too")
    mixed += single("Question 2?", "Right", "A wrong answer here", "Another wrong one")
    mixed += single("Question 3?", "Right one", "A wrong answer here", "Wrong")
    assert not any("longest" in m for m in messages(mixed))


def test_correct_option_shortest_in_more_than_half_of_single_choice_questions():
    body = "".join(
        single(f"Question {n}?", "Right", "A longer wrong answer", "Another wrong one")
        for n in range(3)
    )
    assert any("shortest in 3 of 3" in m for m in messages(body))
    mixed = single("Question 1?", "Right", "A longer wrong answer", "Another wrong one")
    mixed += single("Question 2?", "The right answer here", "Wrong", "Also a wrong answer")
    assert not any("shortest" in m for m in messages(mixed))


def test_true_false_answers_leaning_more_than_70_30():
    body = "".join(true_false(f"Claim number {n}.", False) for n in range(4))
    assert any("0 of 4 true/false answers are True" in m for m in messages(body))
    balanced = body + true_false("Claim number 5.", True) + true_false("Claim number 6.", True)
    assert not any("true/false" in m for m in messages(balanced))


def test_all_or_none_of_the_above():
    body = single("Which one?", "All of the above", "Red colour", "Blue colour")
    assert any("all/none of the above" in m for m in messages(body))
    assert messages(single("Which one?", "Grey colour", "Red colour", "Blue colour")) == []


def test_negative_stem_needs_emphasis():
    assert any("negative stem" in m for m in messages(single("Which is not allowed?", "A", "B")))
    assert not any("negative stem" in m for m in messages(single("All EXCEPT one?", "A", "B")))
    assert messages(single("Which is **not** allowed?", "A", "B")) == []
    assert messages(single("Which is NOT allowed?", "A", "B")) == []
    assert any("negative stem" in m for m in messages(single("He never ships. Why?", "A", "B")))


def test_multiple_answer_must_say_select_all_that_apply():
    options = "- [x] One\n- [x] Two\n- [ ] Three\n\n"
    assert any("Select all that apply" in m for m in messages(f"## Which ones?\n\n{options}"))
    assert messages(f"## Which ones? Select all that apply.\n\n{options}") == []
    hint = f"## Which ones?\n\nSelect all that apply.\n\n{options}"
    assert messages(hint) == []


def test_option_far_longer_than_the_others():
    long = "A very much longer option that goes on and on for a while"
    assert any("far longer" in m for m in messages(single("Which?", "Short", long, "Small")))
    assert messages(single("Which?", "Short answer", "Longer answer", "Small answer")) == []


def test_option_over_160_characters():
    long = "word " * 40
    found = messages(single("Which?", long, long + "x", long + "y"))
    assert any("at most 160" in m for m in found)
    assert not any("at most 160" in m for m in messages(single("Which?", "a" * 160, "b" * 150)))


def test_near_duplicate_questions_across_quizzes():
    first = quiz(single("An agency bought reviews for your store. Is it responsible?", "Yes", "No"))
    same_stem = quiz(
        single("Your agency bought reviews for your store. Is the store responsible?", "Y", "N"),
        "other",
    )
    found = check_duplicates([first, same_stem])
    assert [e.path.name for e in found] == ["other.md"] and "same question" in found[0].message
    papers = ("A trademark certificate", "An authorisation letter", "A purchase invoice")
    a = quiz(single("Which paper proves the right to sell?", *papers))
    b = quiz(single("A supplier offers branded goods. What do you ask for?", *papers), "b")
    assert "same options" in check_duplicates([a, b])[0].message
    c = quiz(single("How long do you have to ship an order?", "Three days", "Ten days"), "c")
    assert check_duplicates([first, c]) == []


def test_check_items_reports_warnings_with_path_and_line():
    course = Course(root=Path("."))
    course.quizzes["q"] = quiz("## Which is not allowed?\n\n- [x] A\n- [ ] B\n")
    (warning,) = check_items(course)
    assert warning.severity == "warning" and warning.line == 7
    assert str(warning).startswith("quizzes/q.md:7: warning: negative stem")


def test_check_strict_turns_item_warnings_into_errors(tmp_path, capsys):
    (tmp_path / "lessons").mkdir()
    (tmp_path / "quizzes").mkdir()
    body = HEAD.format(id="q") + single("Which is not allowed?", "A", "B")
    (tmp_path / "quizzes" / "q.md").write_text(body, encoding="utf-8")
    code, out, _ = run(capsys, "check", "--content", str(tmp_path))
    assert code == 0 and "warning: negative stem" in out and "0 errors, 1 warning" in out
    code, out, _ = run(capsys, "check", "--strict", "--content", str(tmp_path))
    assert code == 1 and "1 error, 0 warnings" in out


MULTIPLE_EN = (
    "\n## Which records show the deposit? Select all that apply.\n\n"
    "Tests: [The store deposit](../lessons/deposits.md#the-store-deposit)\n\n"
    "- [x] The bank statement\n- [x] The platform's deposit page\n- [ ] The sales report\n"
)
MULTIPLE_ZH = (
    "\n## 哪些记录能显示保证金？{phrase} {{#which-records-show-the-deposit-select-all-that-apply}}\n\n"
    "Tests: [店铺保证金](../lessons/deposits.md#the-store-deposit)\n\n"
    "- [x] 银行流水\n- [x] 平台的保证金页面\n- [ ] 销售报表\n"
)


@pytest.mark.parametrize(
    ("phrase", "warned"),
    [
        ("请选出所有正确的选项。", False),
        ("请选出所有正确项。", True),
        ("Select all that apply.", True),
    ],
)
def test_a_chinese_variant_is_item_checked_for_its_own_select_all_phrase(tmp_path, phrase, warned):
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "zh_variants", root)
    with (root / "quizzes" / "deposits-quiz.md").open("a", encoding="utf-8") as english:
        english.write(MULTIPLE_EN)
    with (root / "quizzes" / "deposits-quiz.zh-CN.md").open("a", encoding="utf-8") as chinese:
        chinese.write(MULTIPLE_ZH.format(phrase=phrase))
    course = load_course(root)
    assert [str(e) for e in course.errors] == []
    found = [e for e in check_items(course) if "multiple-answer" in e.message]
    if not warned:
        assert found == []
        return
    (warning,) = found
    lines = (root / "quizzes" / "deposits-quiz.zh-CN.md").read_text(encoding="utf-8").splitlines()
    assert warning.path.name == "deposits-quiz.zh-CN.md"
    assert lines[warning.line - 1].startswith("## 哪些记录能显示保证金？")  # the variant's own line
    assert "请选出所有正确的选项。" in warning.message
