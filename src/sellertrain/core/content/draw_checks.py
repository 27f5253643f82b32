"""Checks of a quiz drawn ``from: required`` (the balanced final) against the course.

Each department is asked about the lessons required of it. For every department the pool
(the quiz's questions testing those lessons) must hold at least POOL_FACTOR times the draw,
so two attempts rarely share most questions; and ``per_lesson`` from every required lesson
must fit in the draw.
"""

from __future__ import annotations

import math

from sellertrain.core.content.links import key_line
from sellertrain.core.models import KNOWN_ROLES, ContentError, Course, Quiz

POOL_FACTOR = 2.5


def check_draws(course: Course) -> list[ContentError]:
    """The problems of every quiz drawn ``from: required``, at its ``draw`` line."""
    found: list[ContentError] = []
    for quiz in course.quizzes.values():
        if quiz.from_required and quiz.draw is not None:
            found += _check(course, quiz, quiz.draw)
    return found


def _check(course: Course, quiz: Quiz, draw: int) -> list[ContentError]:
    found = []
    line = key_line(quiz.path, "draw", None)
    need = math.ceil(POOL_FACTOR * draw)
    per_lesson = quiz.per_lesson or 0
    for department in (role for role in KNOWN_ROLES if role != "all"):
        required = {x.id for x in course.lessons.values() if x.required_for(department)}
        pool = [q for q in quiz.questions if q.tests_lesson in required]
        if len(pool) < need:
            found.append(
                ContentError(
                    quiz.path,
                    line,
                    f"for {department}, {len(pool)} questions test its required lessons; a draw"
                    f" of {draw} from them needs at least {need} ({POOL_FACTOR} times the draw)",
                )
            )
        tested = {q.tests_lesson for q in pool}
        if per_lesson * len(tested) > draw:
            found.append(
                ContentError(
                    quiz.path,
                    line,
                    f"for {department}, {per_lesson} questions from each of {len(tested)} "
                    f"required lessons are {per_lesson * len(tested)}, more than the draw of {draw}",
                )
            )
    return found
