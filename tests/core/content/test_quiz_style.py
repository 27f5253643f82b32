"""Style hints: an option too long for one line of the runner is pointed out, never an error."""

from __future__ import annotations

from sellertrain.cli.main import main
from sellertrain.core.content.loader import load_course
from sellertrain.core.content.quiz_style import ONE_LINE_CHARS, long_option_hints

LONG = "Report the buyer through the platform's tool and ask that the order be excluded " * 2
QUESTIONS = (
    "## Short options\n\n- [x] Right\n- [ ] Wrong\n\n"
    f"## A long option\n\n- [ ] Wrong\n- [x] {LONG.strip()}\n- [ ] {'x' * ONE_LINE_CHARS}\n"
)


def test_an_option_longer_than_one_line_gets_a_hint_at_its_line(make_content, quiz_md):
    root = make_content(quizzes={"style": quiz_md("style", QUESTIONS)})
    course = load_course(root)
    assert [e for e in course.errors if e.severity == "error"] == []
    (hint,) = long_option_hints(course)
    path = root / "quizzes" / "style.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert hint.path == path and lines[hint.line - 1].startswith("- [x] Report the buyer")
    assert hint.severity == "hint"
    assert str(hint).startswith(f"{path}:{hint.line}: hint: option of {len(LONG.strip())} ")


def test_check_prints_the_hint_and_still_passes(make_content, quiz_md, lesson_md, capsys):
    root = make_content(
        lessons={"intro": lesson_md("intro")},
        quizzes={"style": quiz_md("style", QUESTIONS)},
    )
    code = main(["check", "--content", str(root)])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    hints = [line for line in out if ": hint: " in line]
    assert len(hints) == 1 and hints[0].startswith(str(root / "quizzes" / "style.md"))
    assert "; 0 errors, " in out[-1]  # a hint never counts (the item checks may warn)
