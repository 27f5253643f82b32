"""A learner's standing on each lesson, and overall, derived from the stored records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sellertrain.core.models import AttemptKind, Course, Employee, Lesson
from sellertrain.core.store import AttemptRecord, LessonProgress, Publication, Store
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

    @property
    def done(self) -> bool:
        """Finished as the course asks: read, and its quiz passed where it has one."""
        if self.status is LessonStatus.QUIZ_PASSED:
            return True
        return self.status is LessonStatus.COMPLETED and self.lesson.quiz_id is None


@dataclass(frozen=True)
class CourseProgress:
    states: tuple[LessonState, ...]

    def state(self, lesson_id: str) -> LessonState | None:
        return next((s for s in self.states if s.lesson.id == lesson_id), None)

    @property
    def counted(self) -> list[LessonState]:
        """The lessons overall progress counts: the required ones, or all when none are."""
        required = [s for s in self.states if s.required]
        return required or list(self.states)

    @property
    def done_count(self) -> int:
        return sum(s.done for s in self.counted)

    @property
    def percent(self) -> int:
        counted = self.counted
        return round(100 * self.done_count / len(counted)) if counted else 0

    @property
    def needing_refresh(self) -> list[LessonState]:
        return [s for s in self.states if s.status is LessonStatus.NEEDS_REFRESH]

    def continue_lesson(self) -> Lesson | None:
        """Where to pick up: the last lesson opened and not done, else the first not done."""
        pending = [s for s in self.states if not s.done]
        opened = [s for s in pending if s.last_opened]
        if opened:
            return max(opened, key=lambda s: s.last_opened or "").lesson
        required = [s for s in pending if s.required]
        return (required or pending)[0].lesson if pending else None


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


def course_progress(store: Store, course: Course, employee: Employee) -> CourseProgress:
    """Every lesson's state for one employee, in course order."""
    records = store.lesson_progress(employee.id)
    publications = by_lesson(store.publications())
    attempts_by_quiz: dict[str, list[AttemptRecord]] = {}
    for attempt in store.attempts(employee.id):
        if attempt.kind == AttemptKind.QUIZ:
            attempts_by_quiz.setdefault(attempt.quiz_id, []).append(attempt)
    states = []
    for lesson in course.ordered_lessons:
        attempts = attempts_by_quiz.get(lesson.quiz_id or "", [])
        record = records.get(lesson.id)
        scores = [a.score for a in attempts if a.score is not None]
        states.append(
            LessonState(
                lesson=lesson,
                status=lesson_status(lesson, record, attempts, publications.get(lesson.id, ())),
                required=lesson.required_for(employee.department),
                seconds=record.seconds if record else 0,
                last_opened=record.last_opened if record else None,
                best_score=max(scores) if scores else None,
            )
        )
    return CourseProgress(tuple(states))
