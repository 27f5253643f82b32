"""``check`` holds each language variant to its original, reporting ``path:line`` problems."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from tests.conftest import FIXTURES

LESSON = "lessons/deposits.zh-CN.md"
QUIZ = "quizzes/deposits-quiz.zh-CN.md"
Q1 = "what-should-you-do-after-the-platform-takes-money-from-the-deposit"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "zh_variants", root)
    return root


def problems(root: Path) -> list[tuple[str, int, str]]:
    course = load_course(root)
    return [(e.path.relative_to(root).as_posix(), e.line, e.message) for e in course.errors]


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_variants_pass(content):
    assert problems(content) == []
    assert "zh-CN" in load_course(content).variants


@pytest.mark.parametrize(
    ("name", "old", "new", "line", "message"),
    [
        # front matter: only id, lang, title (and summary for a lesson)
        (
            LESSON,
            "lang: zh-CN\n",
            "lang: zh-CN\nmodule: 钱\n",
            4,
            "unknown front matter key 'module'",
        ),
        (QUIZ, "lang: zh-CN\n", "lang: zh-CN\npass_mark: 60\n", 4, "unknown front matter key"),
        (LESSON, "lang: zh-CN", "lang: zh-TW", 3, "'lang' is 'zh-TW' but the file name says"),
        (LESSON, "id: deposits\n", "id: deposit\n", 2, "a variant keeps its original's id"),
        # sections: the original's, with its anchors, in order
        (LESSON, "## 检查清单 {#checklist}", "## 检查清单", 22, "add {#checklist}"),
        (
            LESSON,
            "{#the-store-deposit}",
            "{#the-deposit}",
            10,
            "expected '## … {#the-store-deposit}'",
        ),
        (
            LESSON,
            "### 及时补缴 {#topping-it-up}",
            "## 及时补缴 {#topping-it-up}",
            14,
            "expected '###",
        ),
        (
            LESSON,
            "\n### 及时补缴 {#topping-it-up-1}\n\n当天通知财务。\n",
            "\n",
            26,
            "missing the heading",
        ),
        (
            LESSON,
            "当天通知财务。\n",
            "当天通知财务。\n\n## 多余 {#extra}\n",
            30,
            "has no heading here",
        ),
        # questions: same ids, order, options, marks, links and numbers
        (QUIZ, f"{{#{Q1}}}", "", 7, f"expected the question {{#{Q1}}}"),
        (QUIZ, "- [ ] 关闭店铺\n", "", 7, "2 options; the original has 3"),
        (
            QUIZ,
            "- [ ] 等下一次预算\n- [x] 立即补足",
            "- [x] 等下一次预算\n- [ ] 立即补足",
            7,
            "[x] marks",
        ),
        (QUIZ, "- [ ] True\n- [x] False", "- [ ] 对\n- [x] 错", 17, "literally 'True' and 'False'"),
        (QUIZ, "deposits.md#checklist)", "deposits.md#the-store-deposit)", 28, "'Tests:' link"),
        (QUIZ, "Number: 1\n\n> 每周一次", "Number: 2\n\n> 每周一次", 26, "'Number:' lines differ"),
    ],
)
def test_a_variant_out_of_step_is_reported_at_its_line(content, name, old, new, line, message):
    edit(content, name, old, new)
    found = [(n, at) for n, at, text in problems(content) if message in text]
    assert found == [(name, line)], problems(content)
    course = load_course(content)
    kind = "lessons" if name == LESSON else "quizzes"
    assert not getattr(course.variants.get("zh-CN"), kind, {}), "a wrong variant is not used"


def test_a_quiz_variant_missing_its_last_question(content):
    text = (content / QUIZ).read_text(encoding="utf-8")
    (content / QUIZ).write_text(text[: text.index("## 每周")], encoding="utf-8")
    assert [(n, msg.split(" {")[0]) for n, _l, msg in problems(content)] == [
        (QUIZ, "missing the question")
    ]


def test_unknown_languages_and_orphans_are_refused(content):
    shutil.copy(content / LESSON, content / "lessons/deposits.fr.md")
    orphan = (content / LESSON).read_text(encoding="utf-8").replace("id: deposits", "id: fees")
    (content / "lessons/fees.zh-CN.md").write_text(orphan, encoding="utf-8")
    found = problems(content)
    assert ("lessons/deposits.fr.md", 1) in [
        (n, at) for n, at, m in found if "unknown language 'fr'" in m
    ]
    assert any(
        n == "lessons/fees.zh-CN.md" and "no lesson 'fees' to translate" in m for n, _l, m in found
    )
    assert load_course(content).lessons.keys() == {"deposits"}


def test_a_broken_original_is_reported_once_not_its_translations_as_orphans(content):
    edit(content, "lessons/deposits.md", "title:", "order: soon\ntitle:")
    found = problems(content)
    assert [n for n, _l, _m in found] == ["lessons/deposits.md"], found
    assert not any("to translate" in m for _n, _l, m in found)


def test_the_check_command_prints_path_and_line(content, capsys):
    from sellertrain.cli.main import main

    edit(content, QUIZ, "- [ ] 关闭店铺\n", "")
    code = main(["check", "--content", str(content)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{content / QUIZ}:7: question 1" not in out  # one message, at the question
    assert f"{content / QUIZ}:7: 2 options; the original has 3" in out
