"""References between content files: lesson <-> quiz, and a question's 'Tests:' section."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from sellertrain.core.content.render import MAX_SOURCE_CHARS
from sellertrain.core.content.safe_read import read_text_or_none
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import ContentError, Course, Lesson, Quiz


class TextSource(Protocol):
    """Where a file's unsaved text comes from (the loader's editor texts)."""

    def get(self, path: Path) -> str | None: ...


def key_line(path: Path, key: str, sources: TextSource | None = None) -> int:
    text = sources.get(path) if sources is not None else None
    if text is None:
        text = read_text_or_none(path, 4 * MAX_SOURCE_CHARS)
    for number, line in enumerate((text or "").split("\n"), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def cross_check(
    course: Course,
    declared_lessons: set[str],
    declared_quizzes: set[str],
    sources: TextSource | None = None,
) -> None:
    """References between files: lesson <-> quiz, and question -> lesson section.

    A quiz with a broken reference is dropped from the course; names of files that failed to
    load (``declared_*``) are not reported again.
    """
    broken_quizzes = {
        quiz.id
        for quiz in course.quizzes.values()
        if _quiz_references_broken(course, quiz, declared_lessons, sources)
    }
    for quiz_id in broken_quizzes:
        course.quizzes.pop(quiz_id, None)
    for lesson in list(course.lessons.values()):
        _check_lesson_quiz(course, lesson, declared_quizzes, sources)


def _quiz_references_broken(
    course: Course, quiz: Quiz, declared_lessons: set[str], sources: TextSource | None
) -> bool:
    """Report the quiz's lesson and 'Tests:' references that lead nowhere; True if any."""
    broken = False
    lesson_id = quiz.lesson_id
    if lesson_id and lesson_id not in course.lessons and lesson_id not in declared_lessons:
        line = key_line(quiz.path, "lesson", sources)
        course.errors.append(
            ContentError(
                quiz.path,
                line,
                QT_TRANSLATE_NOOP("Content", "no lesson with id '{lesson_id}'").format(
                    lesson_id=lesson_id
                ),
            )
        )
        broken = True
    for question in quiz.questions:
        if question.tests_lesson is None:
            continue
        line = question.tests_line or question.line
        lesson = course.lessons.get(question.tests_lesson)
        if lesson is None:
            if question.tests_lesson not in declared_lessons:
                course.errors.append(
                    ContentError(
                        quiz.path,
                        line,
                        QT_TRANSLATE_NOOP(
                            "Content",
                            "'Tests:' names lesson '{question_tests_lesson}', which does not exist",
                        ).format(question_tests_lesson=question.tests_lesson),
                    )
                )
                broken = True
        elif question.tests_anchor and question.tests_anchor not in {
            s.anchor for s in lesson.sections
        }:
            course.errors.append(
                ContentError(
                    quiz.path,
                    line,
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "'Tests:' names section '#{question_tests_anchor}', which lesson "
                        "'{lesson_id}' does not have",
                    ).format(question_tests_anchor=question.tests_anchor, lesson_id=lesson.id),
                )
            )
            broken = True
    return broken


def _check_lesson_quiz(
    course: Course, lesson: Lesson, declared_quizzes: set[str], sources: TextSource | None
) -> None:
    """The quiz a lesson names must exist and, if it names a lesson, name this one."""
    if lesson.quiz_id is None:
        return
    quiz = course.quizzes.get(lesson.quiz_id)
    if quiz is None and lesson.quiz_id not in declared_quizzes:
        line = key_line(lesson.path, "quiz", sources)  # read only for an error (a file read)
        course.errors.append(
            ContentError(
                lesson.path,
                line,
                QT_TRANSLATE_NOOP("Content", "no quiz with id '{lesson_quiz_id}'").format(
                    lesson_quiz_id=lesson.quiz_id
                ),
            )
        )
    elif quiz is not None and quiz.lesson_id not in (None, lesson.id):
        course.errors.append(
            ContentError(
                lesson.path,
                key_line(lesson.path, "quiz", sources),
                QT_TRANSLATE_NOOP(
                    "Content",
                    "quiz '{quiz_id}' belongs to lesson '{quiz_lesson_id}', not to this lesson",
                ).format(quiz_id=quiz.id, quiz_lesson_id=quiz.lesson_id),
            )
        )
