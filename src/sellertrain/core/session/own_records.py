"""A Session's learning records: lessons, quizzes, certificates, re-checks, rule changes.

A learner reaches only their own records and writes records only for themselves; scores are
computed here from the answers, never taken from the caller. A manager may read anyone's.
"""

from __future__ import annotations

import datetime as dt
import logging

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import AttemptKind
from sellertrain.core.session.access import AccessDenied, SessionBase
from sellertrain.core.store import AttemptRecord, Certificate, StoreError
from sellertrain.core.training import engine, rechecks, retraining
from sellertrain.core.training.attempts import AttemptReview, QuizSession, review_attempt
from sellertrain.core.training.certificates import issue_due_certificates
from sellertrain.core.training.compliance import Renewal, renewals_due
from sellertrain.core.training.progress import CourseProgress, course_progress
from sellertrain.core.training.question_sets import (
    REVIEW_ID,
    build_set,
    quiz_for_attempt,
    recheck_id,
    recheck_lesson,
)
from sellertrain.core.training.time_limits import TimeLimitPassed

log = logging.getLogger(__name__)


class OwnRecords(SessionBase):
    """The signed-in employee's own records (a manager: anyone's, read only)."""

    def progress(self, employee_id: str | None = None) -> CourseProgress:
        """Every lesson's state for yourself (or, for a manager, for anyone)."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        employee = self._store.employee(employee_id)
        if employee is None:
            raise KeyError(employee_id)
        return course_progress(self._store, self.course, employee, self.today())

    def _lesson_version(self, lesson_id: str) -> str:
        lesson = self.course.lessons.get(lesson_id)
        if lesson is None:
            raise KeyError(lesson_id)
        return lesson.version

    def change_password(self, current: str, new: str) -> None:
        """The signed-in employee chooses a new password (typing the current one); audited.

        Only ever one's own: a manager resets someone else's with ``reset_password``.
        """
        self._store.change_password(self.employee.id, current, new)

    def open_lesson(self, lesson_id: str, employee_id: str | None = None) -> str:
        """Record that you opened a lesson (in its current version)."""
        own = self._require_self(employee_id)
        event = self._store.record_lesson_opened(own, lesson_id, self._lesson_version(lesson_id))
        self._changed()
        return event

    def record_reading_time(
        self, lesson_id: str, seconds: float, employee_id: str | None = None
    ) -> str:
        """Record time you spent reading a lesson."""
        own = self._require_self(employee_id)
        version = self._lesson_version(lesson_id)
        event = self._store.record_reading_time(own, lesson_id, version, seconds)
        self._changed()
        return event

    def complete_lesson(self, lesson_id: str, employee_id: str | None = None) -> str:
        """Record that you completed a lesson."""
        event = self._complete(lesson_id, employee_id)
        self._changed()
        return event

    def _complete(self, lesson_id: str, employee_id: str | None = None) -> str:
        own = self._require_self(employee_id)
        lesson = self.course.lessons.get(lesson_id)
        if lesson is None:
            raise KeyError(lesson_id)
        event = self._store.record_lesson_completed(
            own, lesson_id, lesson.version, lesson.section_texts()
        )
        self._after_progress(own)
        return event

    def start_quiz(
        self, quiz_id: str, employee_id: str | None = None, seed: int | None = None
    ) -> QuizSession:
        """Your open attempt at a quiz of the course, or a new one: one open attempt per quiz."""
        own = self._require_self(employee_id)
        quiz = self.course.quizzes.get(quiz_id)
        if quiz is None:
            raise KeyError(quiz_id)
        resumed = self.resume_quiz(quiz_id=quiz_id)
        if resumed is not None:
            return resumed
        tested = self.course.lessons.get(quiz.lesson_id or "")
        required: list[str] = []
        if quiz.from_required:  # the final asks about what this employee must know
            required = [s.lesson.id for s in self.progress(own).states if s.required]
        started = QuizSession.start(self._store, own, quiz, seed, tested=tested, required=required)
        started.on_closed = self._attempt_closed
        self._changed()
        return started

    def resume_quiz(
        self, employee_id: str | None = None, quiz_id: str | None = None
    ) -> QuizSession | None:
        """Your newest unfinished attempt (at ``quiz_id``, or any), if its quiz is unchanged
        and its time has not run out (see QuizSession.resume)."""
        own = self._require_self(employee_id)
        return QuizSession.resume(self._store, self.course, own, quiz_id, self._attempt_closed)

    def close_expired_attempts(self) -> list[str]:
        """Close your timed attempts whose time ran out (the app was closed, say) with the
        answers given in time; their ids, newest first."""
        closed = []
        for stored in self._store.attempts(self.employee.id):
            quiz = None if stored.finished else quiz_for_attempt(self.course, stored)
            if quiz is None or quiz.version != stored.quiz_version:
                continue  # finished, or for resume_quiz to abandon
            timed = QuizSession(self._store, quiz, stored, on_closed=self._attempt_closed)
            if timed.close_if_late():
                closed.append(stored.id)
        return closed

    def _attempt_closed(self) -> None:
        """An attempt of yours was closed by its time limit: follow it up as a submit."""
        self._after_progress(self.employee.id)
        self._changed()

    def submit(self, attempt: QuizSession, timed_out: bool = False) -> engine.AttemptScore:
        """Score your attempt from its answers and record the result, once.

        The score comes from the course's quiz and the attempt's stored seed, so a caller
        cannot bring its own quiz or score; a submitted result is never changed. A submit
        after the time limit and its grace is refused with TimeLimitPassed, the attempt
        closed with the answers given in time.
        """
        stored = self._store.attempt(attempt.attempt.id)
        if stored is None or stored.employee_id != self.employee.id:
            raise AccessDenied(QT_TRANSLATE_NOOP("Access", "you may only submit your own attempts"))
        if stored.finished:
            raise AccessDenied(
                QT_TRANSLATE_NOOP(
                    "Access", "this attempt was already submitted; its result cannot be changed"
                )
            )
        quiz = quiz_for_attempt(self.course, stored)
        if quiz is None or quiz.version != stored.quiz_version:
            raise AccessDenied(
                QT_TRANSLATE_NOOP(
                    "Access", "the quiz changed since this attempt started; start it again"
                )
            )
        scored = QuizSession(self._store, quiz, stored, attempt.answers, self._attempt_closed)
        if scored.close_if_late():
            ran_out = scored.ran_out_at
            assert ran_out is not None
            raise TimeLimitPassed(stored.id, ran_out)
        result = scored.submit(timed_out)
        lesson_id = recheck_lesson(stored.quiz_id) if stored.kind == AttemptKind.RECHECK else None
        if lesson_id in self.course.lessons and result.passed:
            self._complete(lesson_id)  # a passed re-check restores "complete"
        else:
            self._after_progress(self.employee.id)
        self._changed()
        return result

    def _after_progress(self, employee_id: str) -> None:
        """Follow-ups of a new learning record (certificates are issued here)."""
        if employee_id != self.employee.id:  # records are only written for oneself
            return
        try:
            issue_due_certificates(self._store, self.course, self.employee)
        except StoreError as exc:  # the record is saved; the next one issues it
            log.warning("certificates of %s not issued this time: %s", employee_id, exc)

    def certificates_earned(self, attempt_id: str) -> list[Certificate]:
        """The certificates your attempt earned: issued on evidence that names it."""
        attempt = self._store.attempt(attempt_id)
        if attempt is None:
            return []
        self._require_self_or_manager(attempt.employee_id)
        return [
            c
            for c in self._store.certificates(attempt.employee_id)
            if any(proof.get("attempt") == attempt_id for proof in c.evidence)
        ]

    def certificates(self, employee_id: str | None = None) -> list[Certificate]:
        """Your certificates (a manager: anyone's), newest first, renewed ones included."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        return self._store.certificates(employee_id)

    def renewals_due(self, now: dt.datetime | None = None) -> list[Renewal]:
        """Your certificates expiring or expired, each with what to re-take to renew it."""
        return renewals_due(self._store, self.course, self.employee, now or self.now())

    def attempts(self, employee_id: str | None = None) -> list[AttemptRecord]:
        """Your quiz attempts (a manager: anyone's), newest first."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        return self._store.attempts(employee_id)

    def review(self, attempt_id: str) -> AttemptReview | None:
        """A finished attempt with every answer, if it is yours (a manager: anyone's)."""
        attempt = self._store.attempt(attempt_id)
        if attempt is None:
            return None
        self._require_self_or_manager(attempt.employee_id)
        return review_attempt(self._store, self.course, attempt_id)

    # -- spaced re-checks (see core/training/rechecks.py) -------------------------------
    def _recheck_schedule(self, employee_id: str) -> dict[str, rechecks.Recheck]:
        return rechecks.schedule(self._store.answer_history(employee_id), self.course)

    def due_rechecks(
        self, employee_id: str | None = None, now: dt.datetime | None = None
    ) -> list[rechecks.Recheck]:
        """The missed questions due for review now, longest-waiting first."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        return rechecks.due(self._recheck_schedule(employee_id), now or self._store.clock())

    def recheck_summary(
        self, employee_id: str | None = None, now: dt.datetime | None = None
    ) -> rechecks.RecheckSummary:
        """Due, overdue, upcoming and retained re-checks and review retention of an employee."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        history = self._store.answer_history(employee_id)
        return rechecks.summary(history, self.course, now or self._store.clock())

    def start_review(
        self, limit: int = 10, seed: int | None = None, now: dt.datetime | None = None
    ) -> QuizSession | None:
        """A review of your due questions (at most ``limit``, longest-waiting first).

        A review you left unfinished is resumed instead of starting another; None when
        nothing is due.
        """
        own = self._require_self(None)
        resumed = self.resume_quiz(quiz_id=REVIEW_ID)
        if resumed is not None:
            return resumed
        keys = [r.key for r in self.due_rechecks(own, now)[:limit]]
        quiz = build_set(self.course, "review", REVIEW_ID, keys) if keys else None
        if quiz is None:
            return None
        started = QuizSession.start(self._store, own, quiz, seed, kind=AttemptKind.REVIEW)
        started.on_closed = self._attempt_closed
        self._changed()
        return started

    # -- retraining after rule changes --------------------------------------------------
    def lesson_changes(self, employee_id: str | None = None) -> list[retraining.LessonChange]:
        """Lessons changed materially since you (or, for a manager, anyone) completed them."""
        employee_id = employee_id or self.employee.id
        self._require_self_or_manager(employee_id)
        return retraining.lesson_changes(self._store, self.course, employee_id)

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
        started = QuizSession.start(
            self._store, own, quiz, seed, kind=AttemptKind.RECHECK, tested=change.lesson
        )
        started.on_closed = self._attempt_closed
        self._changed()
        return started
