"""A signed-in employee's access to the records: roles are enforced here, not only in the UI.

A learner reaches only their own records and writes records only for themselves; scores are
computed here from the answers, never taken from the caller. Managers reach everyone's
records, the team reports and the audit log, add employees and reset passwords; authors
(and managers) may change the course's files.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sellertrain.core import quiz as engine
from sellertrain.core import reports
from sellertrain.core.learning import AttemptReview, QuizSession, review_attempt
from sellertrain.core.models import AccessRole, Course, Employee
from sellertrain.core.progress import CourseProgress, course_progress
from sellertrain.core.question_sets import quiz_for_attempt, recheck_lesson
from sellertrain.core.store import Assignment, AttemptRecord, AuditEntry, Store

log = logging.getLogger(__name__)


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
    """What the signed-in ``employee`` may see and do; every refusal raises AccessDenied."""

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

    def _require_self(self, employee_id: str | None) -> str:
        """Records are written only by the employee they are about, managers included."""
        if employee_id is not None and employee_id != self.employee.id:
            raise AccessDenied("training records are written only for the signed-in employee")
        return self.employee.id

    def _require_author(self, what: str) -> None:
        if not self.can_author:
            raise AccessDenied(f"only authors and managers may {what}")

    # -- the signed-in employee's own records --------------------------------------------
    def progress(self, employee_id: str | None = None) -> CourseProgress:
        """Every lesson's state for yourself (or, for a manager, for anyone)."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        employee = self.store.employee(employee_id)
        if employee is None:
            raise KeyError(employee_id)
        return course_progress(self.store, self.course, employee)

    def _lesson_version(self, lesson_id: str) -> str:
        lesson = self.course.lessons.get(lesson_id)
        if lesson is None:
            raise KeyError(lesson_id)
        return lesson.version

    def open_lesson(self, lesson_id: str, employee_id: str | None = None) -> str:
        """Record that you opened a lesson (in its current version)."""
        own = self._require_self(employee_id)
        return self.store.record_lesson_opened(own, lesson_id, self._lesson_version(lesson_id))

    def record_reading_time(
        self, lesson_id: str, seconds: float, employee_id: str | None = None
    ) -> str:
        """Record time you spent reading a lesson."""
        own = self._require_self(employee_id)
        version = self._lesson_version(lesson_id)
        return self.store.record_reading_time(own, lesson_id, version, seconds)

    def complete_lesson(self, lesson_id: str, employee_id: str | None = None) -> str:
        """Record that you completed a lesson."""
        own = self._require_self(employee_id)
        lesson = self.course.lessons.get(lesson_id)
        if lesson is None:
            raise KeyError(lesson_id)
        event = self.store.record_lesson_completed(
            own, lesson_id, lesson.version, lesson.section_texts()
        )
        self._after_progress(own)
        return event

    def start_quiz(
        self, quiz_id: str, employee_id: str | None = None, seed: int | None = None
    ) -> QuizSession:
        """Start a new attempt at a quiz of the course, for yourself."""
        own = self._require_self(employee_id)
        quiz = self.course.quizzes.get(quiz_id)
        if quiz is None:
            raise KeyError(quiz_id)
        tested = self.course.lessons.get(quiz.lesson_id or "")
        return QuizSession.start(self.store, own, quiz, seed, tested=tested)

    def resume_quiz(self, employee_id: str | None = None) -> QuizSession | None:
        """Your unfinished attempt, if its quiz is unchanged (see QuizSession.resume)."""
        own = self._require_self(employee_id)
        return QuizSession.resume(self.store, self.course, own)

    def submit(self, attempt: QuizSession, timed_out: bool = False) -> engine.AttemptScore:
        """Score your attempt from its answers and record the result, once.

        The score comes from the course's quiz and the attempt's stored seed, so a caller
        cannot bring its own quiz or score; a submitted result is never changed.
        """
        stored = self.store.attempt(attempt.attempt.id)
        if stored is None or stored.employee_id != self.employee.id:
            raise AccessDenied("you may only submit your own attempts")
        if stored.finished:
            raise AccessDenied("this attempt was already submitted; its result cannot be changed")
        quiz = quiz_for_attempt(self.course, stored)
        if quiz is None or quiz.version != stored.quiz_version:
            raise AccessDenied("the quiz changed since this attempt started; start it again")
        result = QuizSession(self.store, quiz, stored, attempt.answers).submit(timed_out)
        lesson_id = recheck_lesson(stored.quiz_id) if stored.kind == "recheck" else None
        if lesson_id in self.course.lessons and result.passed:
            self.complete_lesson(lesson_id)  # a passed re-check restores "complete"
        else:
            self._after_progress(self.employee.id)
        return result

    def _after_progress(self, employee_id: str) -> None:
        """Follow-ups of a new learning record (certificates are issued here)."""

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
        return self.store.add_employee(name, role, password, department, self.employee.id)

    def add_employees(
        self, rows: Sequence[tuple[str, AccessRole | str, str, str | None]], source: str
    ) -> list[Employee]:
        """Add several employees at once (e.g. a CSV import): all of them, or none."""
        self._require_manager("add employees")
        return self.store.add_employees(rows, self.employee.id, source)

    def reset_password(self, employee_id: str, new_password: str) -> None:
        """Give an employee a new password; it ends a lockout and goes to the audit log."""
        self._require_manager("reset passwords")
        self.store.reset_password(employee_id, new_password, self.employee.id)
        log.info("password of employee %s reset by %s", employee_id, self.employee.id)

    def audit_log(self, limit: int | None = None, action: str | None = None) -> list[AuditEntry]:
        """Who changed what, newest first."""
        self._require_manager("read the audit log")
        return self.store.audit_entries(limit, action)

    # -- authors and managers ----------------------------------------------------------
    def save_content(self, path: Path, text: str) -> str:
        """Write a lesson or quiz file of the course (atomically) and audit the new version.

        Only ``lessons/*.md`` and ``quizzes/*.md`` inside the course folder can be written.
        Return the file's new content version.
        """
        from sellertrain.core.authoring import save_source
        from sellertrain.core.content import content_version

        self._require_author("change the course")
        relative = self._content_file(path)
        save_source(path, text)
        version = content_version(text)
        self.store.record_content_published(self.employee.id, relative, {"version": version})
        return version

    def add_image(self, source: Path, alt: str = "") -> str:
        """Copy an image into the course's ``assets/``; return its Markdown reference."""
        from sellertrain.core.authoring import add_image

        self._require_author("change the course")
        return add_image(source, self.course.root, alt)

    def _content_file(self, path: Path) -> str:
        """``lessons/NAME.md`` or ``quizzes/NAME.md`` for a file of this course, else refuse."""
        root = Path(self.course.root).resolve()
        resolved = Path(path).resolve()
        try:
            relative = resolved.relative_to(root)
        except ValueError:
            raise AccessDenied(f"{path} is not a file of the course in {root}") from None
        if len(relative.parts) != 2 or relative.parts[0] not in ("lessons", "quizzes"):
            raise AccessDenied(f"only lessons/*.md and quizzes/*.md can be saved, not {relative}")
        if relative.suffix != ".md":
            raise AccessDenied(f"only Markdown (.md) files can be saved, not {relative}")
        return relative.as_posix()
