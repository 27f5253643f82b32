"""A signed-in employee's access to the records: roles are enforced here, not only in the UI.

A learner reaches only their own records; managers reach everyone's and the team reports;
authors (and managers) may edit content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sellertrain.core import reports
from sellertrain.core.learning import AttemptReview, review_attempt
from sellertrain.core.models import AccessRole, Course, Employee
from sellertrain.core.progress import CourseProgress, course_progress
from sellertrain.core.store import Assignment, AttemptRecord, Store


class AccessDenied(Exception):
    """The signed-in employee may not do this."""


@dataclass(frozen=True)
class EmployeeDetail:
    employee: Employee
    progress: CourseProgress
    reading: list[dict]
    attempts: list[AttemptRecord]
    summary: reports.EmployeeProgress


class Session:
    def __init__(
        self,
        store: Store,
        course: Course,
        employee: Employee,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.store = store
        self.course = course
        self.employee = employee
        self.today = today

    @property
    def is_manager(self) -> bool:
        return self.employee.role is AccessRole.MANAGER

    @property
    def can_author(self) -> bool:
        return self.employee.role in (AccessRole.MANAGER, AccessRole.AUTHOR)

    def _require_manager(self, what: str) -> None:
        if not self.is_manager:
            raise AccessDenied(f"only managers may {what}")

    def _require_self_or_manager(self, employee_id: str) -> None:
        if employee_id != self.employee.id and not self.is_manager:
            raise AccessDenied("you may only see your own records")

    # -- anyone, for themselves (managers for anyone) -----------------------------------
    def attempts(self, employee_id: str) -> list[AttemptRecord]:
        self._require_self_or_manager(employee_id)
        return self.store.attempts(employee_id)

    def review(self, attempt_id: str) -> AttemptReview | None:
        attempt = self.store.attempt(attempt_id)
        if attempt is None:
            return None
        self._require_self_or_manager(attempt.employee_id)
        return review_attempt(self.store, self.course, attempt_id)

    def employee_detail(self, employee_id: str) -> EmployeeDetail:
        self._require_self_or_manager(employee_id)
        employee = self.store.employee(employee_id)
        if employee is None:
            raise KeyError(employee_id)
        lessons = {f.lesson_id: f for f in self.store.lesson_facts(employee_id)}
        quizzes = {f.quiz_id: f for f in self.store.quiz_facts(employee_id)}
        summary = reports.employee_progress(
            self.course, employee, lessons, quizzes, self.store.assignments(), self.today()
        )
        return EmployeeDetail(
            employee,
            course_progress(self.store, self.course, employee),
            self.store.lesson_events(employee_id),
            self.store.attempts(employee_id),
            summary,
        )

    # -- managers ----------------------------------------------------------------------
    def team_progress(self) -> list[reports.EmployeeProgress]:
        self._require_manager("see the team's progress")
        return reports.team_progress(self.store, self.course, self.today())

    def question_analysis(self, quiz_id: str) -> reports.QuizAnalysis:
        self._require_manager("see the question analysis")
        return reports.question_analysis(self.store, self.course, quiz_id)

    def weak_questions(self, count: int = 10) -> list[tuple[str, reports.QuestionStats]]:
        self._require_manager("see the question analysis")
        return reports.team_weak_questions(self.store, self.course, count)

    def risk_areas(self) -> dict[str, float]:
        self._require_manager("see the risk areas")
        return reports.risk_area_scores(self.store, self.course)

    def completions_over_time(self) -> list[tuple[str, int]]:
        self._require_manager("see the team's charts")
        return reports.cumulative_completions(self.store.first_completions_by_day())

    def score_histogram(self) -> list[int]:
        self._require_manager("see the team's charts")
        return reports.score_histogram(self.store.attempt_scores())

    def assignments(self) -> list[Assignment]:
        self._require_manager("see assignments")
        return self.store.assignments()

    def assign(
        self,
        due_date: dt.date,
        target_kind: str,
        target: str | None = None,
        lesson_id: str | None = None,
        module: str | None = None,
    ) -> Assignment:
        self._require_manager("assign training")
        return self.store.add_assignment(
            self.employee.id, due_date.isoformat(), target_kind, target, lesson_id, module
        )

    def revoke(self, assignment_id: str) -> None:
        self._require_manager("remove assignments")
        self.store.revoke_assignment(assignment_id, self.employee.id)

    def add_employee(
        self, name: str, role: AccessRole | str, password: str, department: str | None = None
    ) -> Employee:
        self._require_manager("add employees")
        return self.store.add_employee(name, role, password, department)
