"""Short quizzes made of questions from several quizzes: re-checks and spaced reviews.

A set is stored as an ordinary attempt whose ``kind`` is "recheck" or "review" and whose
``scope`` names each question as ``quiz-id/question-id``. The questions keep those keys as
their ids, so the answers of a set never mix with the item analysis of the quizzes they came
from, and the set can be rebuilt the same way to resume, score or review it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import AttemptKind, Course, Question, Quiz, content_version
from sellertrain.core.store import AttemptRecord

SEPARATOR = "/"
RECHECK_PREFIX = "recheck:"  # quiz ids of re-checks: "recheck:LESSON-ID"
REVIEW_ID = "review"
DEFAULT_PASS_MARK = 80


def question_key(quiz_id: str, question_id: str) -> str:
    return f"{quiz_id}{SEPARATOR}{question_id}"


def split_key(key: str) -> tuple[str, str]:
    """``quiz-id/question-id`` -> (quiz id, question id); ("", key) for a bare id."""
    quiz_id, _, question_id = key.rpartition(SEPARATOR)
    return quiz_id, question_id


def find_question(course: Course, key: str) -> Question | None:
    quiz_id, question_id = split_key(key)
    quiz = course.quizzes.get(quiz_id)
    return quiz.question(question_id) if quiz is not None else None


def recheck_id(lesson_id: str) -> str:
    return RECHECK_PREFIX + lesson_id


def recheck_lesson(quiz_id: str) -> str | None:
    """The lesson a re-check quiz id is for, or None when it is not a re-check."""
    return quiz_id.removeprefix(RECHECK_PREFIX) if quiz_id.startswith(RECHECK_PREFIX) else None


def set_pass_mark(course: Course, kind: str, set_id: str) -> int:
    """A re-check passes at its lesson's quiz pass mark; a review has no pass mark."""
    if kind == AttemptKind.REVIEW:
        return 0
    lesson = course.lessons.get(recheck_lesson(set_id) or "")
    quiz = course.quizzes.get(lesson.quiz_id or "") if lesson is not None else None
    return quiz.pass_mark if quiz is not None else DEFAULT_PASS_MARK


def set_title(course: Course, kind: str, set_id: str) -> str:
    """A re-check's or review's title (a Message: the screens show it in their language)."""
    if kind == AttemptKind.REVIEW:
        return QT_TRANSLATE_NOOP("Training", "Review of questions you missed")
    lesson = course.lessons.get(recheck_lesson(set_id) or "")
    return QT_TRANSLATE_NOOP("Training", "Re-check: {title}").format(
        title=lesson.title if lesson else set_id
    )


def build_set(course: Course, kind: str, set_id: str, keys: Sequence[str]) -> Quiz | None:
    """The quiz of a set, or None when none of its questions exist any more.

    Its version hashes the source quizzes' versions, so a set whose questions changed since
    it started is not resumed or scored against the new text.
    """
    questions: list[Question] = []
    versions: list[str] = []
    for key in dict.fromkeys(keys):
        quiz_id, _ = split_key(key)
        question = find_question(course, key)
        if question is None:
            continue
        questions.append(replace(question, id=key))
        versions.append(f"{key}@{course.quizzes[quiz_id].version}")
    if not questions:
        return None
    first = course.quizzes[split_key(questions[0].id)[0]]
    return Quiz(
        id=set_id,
        title=set_title(course, kind, set_id),
        pass_mark=set_pass_mark(course, kind, set_id),
        path=first.path,
        version=content_version("\n".join(versions)),
        questions=tuple(questions),
        shuffle=True,
    )


def quiz_for_attempt(course: Course, attempt: AttemptRecord) -> Quiz | None:
    """The quiz an attempt was taken on, as the course has it now."""
    if attempt.kind == AttemptKind.QUIZ:
        return course.quizzes.get(attempt.quiz_id)
    return build_set(course, attempt.kind, attempt.quiz_id, attempt.scope)
