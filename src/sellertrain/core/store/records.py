"""The records the store returns and accepts: plain frozen values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.models import (
    AccessRole,
    AssignmentTarget,
    AttemptKind,
    AttemptStatus,
    Employee,
    Response,
)

_ROLES = {role.value: role for role in AccessRole}  # a dict lookup: Enum(value) is slow


def employee_from_row(row: Sequence[Any]) -> Employee:
    """An Employee from ``id, name, role, department, created_at, active, joined, manages``
    columns (``EMPLOYEE_COLUMNS``)."""
    manages = tuple(row[7].split("\n")) if row[7] else ()
    return Employee(row[0], row[1], _ROLES[row[2]], row[3], row[4], bool(row[5]), row[6], manages)


# the columns employee_from_row reads; ``joined`` defaults to the day the employee was added
EMPLOYEE_COLUMNS = (
    "{0}id, {0}name, {0}role, {0}department, {0}created_at, {0}active,"
    " coalesce({0}joined, substr({0}created_at, 1, 10)), {0}manages"
)


@dataclass(frozen=True)
class LessonProgress:
    """What one employee did with one lesson, summed over the append-only events."""

    lesson_id: str
    first_opened: str | None
    last_opened: str | None
    seconds: int
    completed_at: str | None
    completed_version: str | None
    # the hash of each section (anchor -> hash) in the latest completion; {} for old records
    completed_sections: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AttemptRecord:
    id: str
    employee_id: str
    quiz_id: str
    quiz_version: str
    seed: int
    started_at: str
    status: AttemptStatus | None = None
    finished_at: str | None = None
    score: float | None = None
    passed: bool | None = None
    # a quiz, or a re-check or review: questions drawn from several quizzes, named in
    # ``scope`` as "quiz-id/question-id"
    kind: AttemptKind = AttemptKind.QUIZ
    scope: tuple[str, ...] = ()
    pass_mark: float | None = None  # the published pass mark it was scored under (schema 14)

    @property
    def finished(self) -> bool:
        return self.status is not None


@dataclass(frozen=True)
class AnswerRecord:
    """One scored answer of a finished attempt."""

    question_id: str
    position: int
    selected: Response
    selected_text: tuple[str, ...]
    correct: bool
    score: float


# What ``finish_attempt`` writes is exactly what ``answers`` reads back.
AnswerToSave = AnswerRecord


@dataclass(frozen=True)
class Assignment:
    """Training a manager assigned: a lesson or a whole module, to a group, with a due date."""

    id: str
    target_kind: AssignmentTarget
    target: str | None
    due_date: str  # YYYY-MM-DD
    created_by: str
    created_at: str
    lesson_id: str | None = None
    module: str | None = None
    revoked: bool = False
    # days from joining for someone who joins after it was made (None: due - created)
    lead_days: int | None = None
    every_months: int | None = None  # due again this long after each completion


@dataclass(frozen=True)
class LessonFacts:
    """One employee's records on one lesson, summed up by the database."""

    employee_id: str
    lesson_id: str
    completed_versions: frozenset[str]
    last_completed: str | None
    seconds: int
    last_activity: str | None


@dataclass(frozen=True)
class QuizFacts:
    """One employee's finished attempts at one quiz, summed up by the database."""

    employee_id: str
    quiz_id: str
    best_score: float | None
    passed_versions: frozenset[str]
    last_finished: str | None
    attempts: int
