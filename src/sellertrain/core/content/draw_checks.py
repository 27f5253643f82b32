"""Checks of a quiz drawn ``from: required`` (the balanced final) against the course.

Each department is asked about the lessons required of it. For every department the pool
(the quiz's questions testing those lessons) must hold at least POOL_FACTOR times the draw,
so two attempts rarely share most questions. The draw is at least ``per_lesson`` times the
department's required lessons (engine.present asks that many when it is more than ``draw``).
"""

from __future__ import annotations

import math

from sellertrain.core.content.links import key_line
from sellertrain.core.message import QT_TRANSLATE_NOOP
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
    per_lesson = quiz.per_lesson or 0
    for department in (role for role in KNOWN_ROLES if role != "all"):
        required = {x.id for x in course.lessons.values() if x.required_for(department)}
        pool = [q for q in quiz.questions if q.tests_lesson in required]
        size = max(draw, per_lesson * len({q.tests_lesson for q in pool}))
        need = math.ceil(POOL_FACTOR * size)
        if len(pool) < need:
            found.append(
                ContentError(
                    quiz.path,
                    line,
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "for {department}, {pool_count} questions test its required lessons; an "
                        "attempt of {size} from them needs at least {need} ({pool_factor} times)",
                    ).format(
                        department=department,
                        pool_count=len(pool),
                        size=size,
                        need=need,
                        pool_factor=POOL_FACTOR,
                    ),
                )
            )
        for lesson_id in sorted(required):
            mine = sum(q.tests_lesson == lesson_id for q in quiz.questions)
            if 0 < mine < per_lesson:
                found.append(
                    ContentError(
                        quiz.path,
                        line,
                        QT_TRANSLATE_NOOP(
                            "Content",
                            "only {mine} question(s) test lesson {lesson_id}; 'per_lesson' asks "
                            "{per_lesson}",
                        ).format(mine=mine, lesson_id=lesson_id, per_lesson=per_lesson),
                        "warning",
                    )
                )
    return found
