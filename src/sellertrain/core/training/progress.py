"""A learner's standing on each lesson, and overall, derived from the stored records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sellertrain.core.models import AttemptKind, Course, Employee, Lesson
from sellertrain.core.store import Assignment, AttemptRecord, LessonProgress, Publication, Store
from sellertrain.core.training.requirements import (
    ItemState,
    RequiredItem,
    Standing,
    requirements,
    standing,
)
from sellertrain.core.training.retraining import by_lesson, is_current


class LessonStatus(StrEnum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    COMPLETED = "completed"
    QUIZ_PASSED = "quiz passed"
    NEEDS_REFRESH = "needs refresh"


@dataclass(frozen=True)
class LessonState:
    lesson: Lesson
    status: LessonStatus
    required: bool
    seconds: int = 0
    last_opened: str | None = None
    best_score: float | None = None
    item: RequiredItem | None = None  # due date and state, when required

    @property
    def due(self) -> dt.date | None:
        return self.item.due if self.item else None

    @property
    def done(self) -> bool:
        """Finished as the course asks: read, and its quiz passed where it has one."""
        if self.item is not None:  # a recurring lesson done too long ago is not done
            return self.item.state is ItemState.DONE
        return _done(self.lesson, self.status)


@dataclass(frozen=True)
class CourseProgress:
    states: tuple[LessonState, ...]
    standing: Standing  # what is required and by when, by the requirements rule

    def state(self, lesson_id: str) -> LessonState | None:
        return next((s for s in self.states if s.lesson.id == lesson_id), None)

    @property
    def counted(self) -> list[LessonState]:
        """The lessons overall progress counts: the required ones (the requirements rule)."""
        return [s for s in self.states if s.required]

    @property
    def done_count(self) -> int:
        return self.standing.done

    @property
    def percent(self) -> int:
        counted = self.counted
        return round(100 * self.done_count / len(counted)) if counted else 0

    @property
    def needing_refresh(self) -> list[LessonState]:
        return [s for s in self.states if s.status is LessonStatus.NEEDS_REFRESH]

    def continue_lesson(self) -> Lesson | None:
        """Where to pick up: the earliest due required lesson not done; else the last lesson
        opened and not done; else the first required (then any) not done."""
        for item in self.standing.by_due_date():
            if item.due and item.state is not ItemState.DONE:
                return self._lesson(item.lesson_id)
        pending = [s for s in self.states if not s.done]
        opened = [s for s in pending if s.last_opened]
        if opened:
            return max(opened, key=lambda s: s.last_opened or "").lesson
        required = [s for s in pending if s.required]
        return (required or pending)[0].lesson if pending else None

    def _lesson(self, lesson_id: str) -> Lesson | None:
        state = self.state(lesson_id)
        return state.lesson if state else None


def lesson_status(
    lesson: Lesson,
    record: LessonProgress | None,
    attempts: list[AttemptRecord],
    publications: Sequence[Publication] = (),
) -> LessonStatus:
    """The status rule: completed, then a material change published since -> needs refresh.

    Editorial changes and unpublished edits keep a completion current; a quiz counts as
    passed in any version (its lesson's material changes are what ask for a refresh).
    """
    if record is None or (record.first_opened is None and record.completed_at is None):
        return LessonStatus.NOT_STARTED
    if record.completed_at is None:
        return LessonStatus.IN_PROGRESS
    if not is_current(publications, record):
        return LessonStatus.NEEDS_REFRESH
    if any(a.passed and a.kind == AttemptKind.QUIZ for a in attempts):
        return LessonStatus.QUIZ_PASSED
    return LessonStatus.COMPLETED


def course_progress(
    store: Store,
    course: Course,
    employee: Employee,
    today: dt.date | None = None,
    assignments: Sequence[Assignment] | None = None,
) -> CourseProgress:
    """Every lesson's state for one employee, in course order, with what is required of
    them and by when (``today``: the store's clock's date when not given; ``assignments``:
    all of them, read from the store when not given)."""
    today = today or store.clock().date()
    records = store.lesson_progress(employee.id)
    publications = by_lesson(store.publications())
    attempts_by_quiz: dict[str, list[AttemptRecord]] = {}
    quizzed = False  # a finished attempt at a quiz of the course: the employee has begun
    for attempt in store.attempts(employee.id):
        if attempt.kind == AttemptKind.QUIZ:
            attempts_by_quiz.setdefault(attempt.quiz_id, []).append(attempt)
            quizzed = quizzed or (attempt.quiz_id in course.quizzes and attempt.score is not None)
    required = requirements(
        course,
        employee,
        store.assignments() if assignments is None else assignments,
        extensions=store.due_extensions(employee.id).get(employee.id),
    )
    statuses = {}
    for lesson in course.ordered_lessons:
        attempts = attempts_by_quiz.get(lesson.quiz_id or "", [])
        record = records.get(lesson.id)
        statuses[lesson.id] = lesson_status(
            lesson, record, attempts, publications.get(lesson.id, ())
        )
    done = {i for i, status in statuses.items() if _done(course.lessons[i], status)}
    stale = [i for i, status in statuses.items() if status is LessonStatus.NEEDS_REFRESH]
    started = {i for i, status in statuses.items() if status is not LessonStatus.NOT_STARTED}
    completed = {i: r.completed_at for i, r in records.items() if r.completed_at}
    found = standing(required, done, stale, today, started, quizzed, completed)
    items = {item.lesson_id: item for item in found.items}
    for lesson_id, item in items.items():  # a recurring lesson due again: complete it again
        if item.every_months and item.state is not ItemState.DONE and lesson_id in done:
            statuses[lesson_id] = LessonStatus.NEEDS_REFRESH
    states = []
    for lesson in course.ordered_lessons:
        attempts = attempts_by_quiz.get(lesson.quiz_id or "", [])
        record = records.get(lesson.id)
        scores = [a.score for a in attempts if a.score is not None]
        states.append(
            LessonState(
                lesson=lesson,
                status=statuses[lesson.id],
                required=lesson.id in required,
                seconds=record.seconds if record else 0,
                last_opened=record.last_opened if record else None,
                best_score=max(scores) if scores else None,
                item=items.get(lesson.id),
            )
        )
    return CourseProgress(tuple(states), found)


def _done(lesson: Lesson, status: LessonStatus) -> bool:
    return status is LessonStatus.QUIZ_PASSED or (
        status is LessonStatus.COMPLETED and lesson.quiz_id is None
    )
