"""A signed-in employee's access to the records: roles are enforced here, not only in the UI.

A learner reaches only their own records and writes records only for themselves; scores are
computed here from the answers, never taken from the caller. Managers reach everyone's
records, the team reports and the audit log, add employees and reset passwords; authors
(and managers) may change the course's files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sellertrain.core.models import AccessRole, Course, Employee, Lesson
from sellertrain.core.reports import record_export
from sellertrain.core.reports import team as reports
from sellertrain.core.store import (
    Assignment,
    AttemptRecord,
    AuditEntry,
    Certificate,
    Publication,
    Store,
    StoreError,
)
from sellertrain.core.training import engine, rechecks, retraining
from sellertrain.core.training.attempts import AttemptReview, QuizSession, review_attempt
from sellertrain.core.training.certificates import issue_due_certificates
from sellertrain.core.training.compliance import ComplianceRow, Scope, compliance_matrix
from sellertrain.core.training.progress import CourseProgress, course_progress
from sellertrain.core.training.question_sets import (
    REVIEW_ID,
    build_set,
    quiz_for_attempt,
    recheck_id,
    recheck_lesson,
)

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


@dataclass(frozen=True)
class SessionOpener:
    """What a worker thread needs to open a Session of its own: never the caller's connection."""

    path: Path
    clock: Callable[[], dt.datetime]
    course: Course
    employee: Employee
    today: Callable[[], dt.date]

    @contextlib.contextmanager
    def open(self) -> Iterator[Session]:
        """The same employee's Session on a new connection, closed on leaving the block."""
        if not self.path.exists():  # a worker must never create an empty database in its place
            raise StoreError(f"the database {self.path} is no longer there")
        store = Store.open(self.path, clock=self.clock)
        try:
            yield Session(store, self.course, self.employee, today=self.today)
        finally:
            store.close()


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

    def now(self) -> dt.datetime:
        """The records' clock (tests set it; the app uses UTC now)."""
        return self.store.clock()

    def timestamp(self) -> str:
        """The records' clock as the ISO text stored in them."""
        return self.store.now()

    def opener(self) -> SessionOpener:
        """A recipe for the same Session on a connection of its own, for worker threads."""
        return SessionOpener(
            self.store.path, self.store.clock, self.course, self.employee, self.today
        )

    def employees(self, include_inactive: bool = False) -> list[Employee]:
        """Everyone on the records (managers only)."""
        self._require_manager("see the employees")
        return self.store.employees(include_inactive=include_inactive)

    def affected_completions(self, lesson_id: str, new_text: str) -> int:
        """How many completions a save of ``new_text`` as ``lesson_id`` would make out of date."""
        from sellertrain.core.content.authoring import affected_completions

        self._require_author("change the course")
        return affected_completions(self.store, lesson_id, new_text)

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
        if employee_id != self.employee.id:  # records are only written for oneself
            return
        try:
            issue_due_certificates(self.store, self.course, self.employee)
        except StoreError as exc:  # the record is saved; the next one issues it
            log.warning("certificates of %s not issued this time: %s", employee_id, exc)

    def certificates(self, employee_id: str | None = None) -> list[Certificate]:
        """Your certificates (a manager: anyone's), newest first, renewed ones included."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        return self.store.certificates(employee_id)

    def compliance_matrix(self) -> tuple[list[Scope], list[ComplianceRow]]:
        """Every employee's latest certificate per module and assessment (managers)."""
        self._require_manager("see the team's certificates")
        return compliance_matrix(self.store, self.course)

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
        progress = course_progress(self.store, self.course, employee)
        quizzes = {f.quiz_id: f for f in self.store.quiz_facts(employee_id)}
        reading = [f.last_activity for f in self.store.lesson_facts(employee_id)]
        summary = reports.employee_progress(
            self.course,
            employee,
            progress,
            quizzes,
            self.store.assignments(),
            self.today(),
            max(filter(None, reading), default=None),
        )
        return EmployeeDetail(
            employee,
            progress,
            self.store.lesson_events(employee_id),
            self.store.attempts(employee_id),
            summary,
        )

    def employee_record(self, employee_id: str) -> dict:
        """An employee's full record with its chain head, for an export file (see record_export)."""
        self._require_self_or_manager(employee_id)
        return record_export.employee_record(self.store, employee_id)

    # -- spaced re-checks (see core/training/rechecks.py) ---------------------------------------
    def _recheck_schedule(self, employee_id: str) -> dict[str, rechecks.Recheck]:
        return rechecks.schedule(self.store.answer_history(employee_id), self.course)

    def due_rechecks(
        self, employee_id: str | None = None, now: dt.datetime | None = None
    ) -> list[rechecks.Recheck]:
        """The missed questions due for review now, longest-waiting first."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        return rechecks.due(self._recheck_schedule(employee_id), now or self.store.clock())

    def recheck_summary(
        self, employee_id: str | None = None, now: dt.datetime | None = None
    ) -> rechecks.RecheckSummary:
        """Due, overdue, upcoming and retained re-checks and review retention of an employee."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        history = self.store.answer_history(employee_id)
        return rechecks.summary(history, self.course, now or self.store.clock())

    def start_review(
        self, limit: int = 10, seed: int | None = None, now: dt.datetime | None = None
    ) -> QuizSession | None:
        """A review of your due questions (at most ``limit``, longest-waiting first).

        A review you left unfinished is resumed instead of starting another; None when
        nothing is due.
        """
        own = self._require_self(None)
        open_attempt = self.store.unfinished_attempt(own)
        if open_attempt is not None and open_attempt.kind == "review":
            resumed = QuizSession.resume(self.store, self.course, own)
            if resumed is not None:
                return resumed
        keys = [r.key for r in self.due_rechecks(own, now)[:limit]]
        quiz = build_set(self.course, "review", REVIEW_ID, keys) if keys else None
        if quiz is None:
            return None
        return QuizSession.start(self.store, own, quiz, seed, kind="review")

    # -- retraining after rule changes --------------------------------------------------
    def lesson_changes(self, employee_id: str | None = None) -> list[retraining.LessonChange]:
        """Lessons changed materially since you (or, for a manager, anyone) completed them."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        return retraining.lesson_changes(self.store, self.course, employee_id)

    def start_recheck(self, lesson_id: str, seed: int | None = None) -> QuizSession | None:
        """A short quiz on the questions linked to the sections that changed since you read
        the lesson; None when no question tests them (confirm with ``complete_lesson``)."""
        own = self._require_self(None)
        change = next((c for c in self.lesson_changes(own) if c.lesson.id == lesson_id), None)
        if change is None or not change.question_keys:
            return None
        quiz = build_set(self.course, "recheck", recheck_id(lesson_id), change.question_keys)
        if quiz is None:
            return None
        return QuizSession.start(self.store, own, quiz, seed, kind="recheck", tested=change.lesson)

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

    def question_overview(
        self, count: int = 10
    ) -> tuple[list[tuple[str, reports.QuestionStats]], list[reports.SectionStats]]:
        """The weakest questions and the most missed sections, from one pass over the quizzes."""
        self._require_manager("see the question analysis")
        analyses = reports.all_question_analyses(self.store, self.course)
        return (
            reports.team_weak_questions(self.store, self.course, count, analyses),
            reports.section_analysis(self.store, self.course, analyses),
        )

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
        from sellertrain.core.content.authoring import save_source
        from sellertrain.core.models import content_version

        self._require_author("change the course")
        relative = self._content_file(path)
        save_source(path, text)
        version = content_version(text)
        self.store.record_content_published(self.employee.id, relative, {"version": version})
        return version

    def publish_lesson(
        self,
        lesson_id: str,
        kind: str,
        sections: Sequence[str] | None = None,
        previous: Lesson | None = None,
        note: str = "",
    ) -> Publication:
        """Say whether a lesson's change is material or editorial (see core/training/retraining.py)."""
        self._require_author("publish lesson changes")
        lesson = self.course.lessons.get(lesson_id)
        if lesson is None:
            raise KeyError(lesson_id)
        publication = retraining.publish(
            self.store, lesson, kind, sections, self.employee.id, previous, note
        )
        log.info("%s published %s as %s (%s)", self.employee.id, lesson_id, kind, sections)
        return publication

    def plan_publication(self, previous: Lesson, text: str) -> retraining.PublishPlan | None:
        """What saving ``text`` over lesson ``previous`` means for its readers (None when the
        text is not a valid lesson with the same id: it cannot be published as a change)."""
        from sellertrain.core.content.lessons import lesson_from_text

        self._require_author("publish lesson changes")
        new, _ = lesson_from_text(previous.path, text, self.course.root / "assets", deep=False)
        if new is None or new.id != previous.id or new.version == previous.version:
            return None
        return retraining.plan_publication(self.store, previous, new)

    def pending_plan(self, lesson_id: str) -> retraining.PublishPlan | None:
        """The decision a lesson changed outside the app awaits (None: nothing to decide)."""
        self._require_author("publish lesson changes")
        return retraining.pending_plan(self.store, self.course, lesson_id)

    def pending_changes(self) -> list[retraining.PendingChange]:
        """Lessons edited since their last publication, awaiting a material/editorial call."""
        self._require_author("see unpublished changes")
        return retraining.pending_changes(self.store, self.course)

    def add_image(self, source: Path, alt: str = "") -> str:
        """Copy an image into the course's ``assets/``; return its Markdown reference."""
        from sellertrain.core.content.authoring import add_image

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
