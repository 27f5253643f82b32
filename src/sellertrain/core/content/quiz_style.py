"""Style hints for quizzes: advice to authors, never errors (``sellertrain check`` prints them).

An option longer than one line of the quiz runner still shows in full (options wrap), but a
long option is slower to read and stands out: in the shipped course, the long option was
usually the correct one.
"""

from __future__ import annotations

from pathlib import Path

from sellertrain.core.content.render import MAX_SOURCE_CHARS
from sellertrain.core.content.safe_read import UnsafeFile, read_limited
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import ContentError, Course, Quiz

# About what one line of the quiz runner holds at a 1024 px window: its text column is about
# 810 px, the default 10.5 pt sans font averages 7 px a character, and "1  " numbers it.
ONE_LINE_CHARS = 110
HINT = "hint"


def long_option_hints(course: Course) -> list[ContentError]:
    """A hint, at the option's own line, for every option longer than one line at 1024 px."""
    hints: list[ContentError] = []
    for quiz in sorted(course.quizzes.values(), key=lambda q: str(q.path)):
        hints += _quiz_hints(quiz)
    return hints


def _quiz_hints(quiz: Quiz) -> list[ContentError]:
    long_ones = [
        (question.line, option.text)
        for question in quiz.questions
        for option in question.options
        if len(option.text) > ONE_LINE_CHARS
    ]
    if not long_ones:
        return []
    lines = _lines(quiz.path)
    return [
        ContentError(
            quiz.path,
            _option_line(lines, start, text),
            QT_TRANSLATE_NOOP(
                "Content",
                "option of {text_count} characters is longer than one line of the quiz "
                "at a 1024 px window (about {one_line_chars}); it wraps, but a shorter "
                "option reads faster and does not stand out as the answer",
            ).format(text_count=len(text), one_line_chars=ONE_LINE_CHARS),
            HINT,
        )
        for start, text in long_ones
    ]


def _lines(path: Path) -> list[str]:
    try:
        return read_limited(path, 4 * MAX_SOURCE_CHARS).decode("utf-8").splitlines()
    except (UnsafeFile, UnicodeDecodeError):
        return []


def _option_line(lines: list[str], question_line: int, text: str) -> int:
    """The line of the list item holding ``text`` at or after the question's heading."""
    start = text[:40]
    for number in range(max(1, question_line), len(lines) + 1):
        line = lines[number - 1].lstrip()
        if line.startswith(("- [", "* [", "+ [")) and start in line:
            return number
    return question_line
