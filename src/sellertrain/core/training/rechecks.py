"""Spaced re-checks: questions an employee missed come back after 1, 7 and 30 days.

The schedule is not stored: it is derived from the append-only answer history, so it can
never disagree with the records. The rule, per question (``quiz-id/question-id``):

- a wrong answer anywhere (quiz, re-check or review) schedules it 1 day later (stage 0);
  a miss always starts over, even for a question already retained;
- a right answer in a review at or after its due time moves it on: due 7 days later, then
  30 days later, then it is retired as retained;
- any other right answer (a retake right after reading the explanation, a quiz before the
  question is due) leaves the schedule as it is.

Every function takes ``now`` so tests (and reports) choose the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sellertrain.core.models import AttemptKind, Course
from sellertrain.core.store.rechecks import AnsweredQuestion
from sellertrain.core.training.question_sets import find_question

INTERVALS = (dt.timedelta(days=1), dt.timedelta(days=7), dt.timedelta(days=30))
RETIRED = len(INTERVALS)  # the stage of a question answered right after its last interval
OVERDUE_AFTER = dt.timedelta(days=3)  # due for longer than this: overdue
UPCOMING_WITHIN = dt.timedelta(days=7)  # "coming up": due within this from now
REVIEW_KIND = AttemptKind.REVIEW


@dataclass(frozen=True)
class Recheck:
    """Where one missed question stands: its stage (0-2, or RETIRED) and when it is due."""

    key: str
    stage: int
    due: dt.datetime | None  # None once retired
    last_missed: dt.datetime

    @property
    def retired(self) -> bool:
        return self.stage >= RETIRED

    def is_due(self, now: dt.datetime) -> bool:
        return self.due is not None and self.due <= _utc(now)


@dataclass(frozen=True)
class RecheckSummary:
    """An employee's re-checks at one moment, as counts (for the manager's view)."""

    due: int  # due now, overdue ones included
    overdue: int  # due for more than OVERDUE_AFTER
    upcoming: int  # not due yet, but within UPCOMING_WITHIN
    scheduled: int  # all questions still in the schedule
    retained: int  # retired: answered right at every step
    review_answers: int
    review_right: int

    @property
    def retention(self) -> float | None:
        """Share of review answers that were right (0-1), or None before any review."""
        return self.review_right / self.review_answers if self.review_answers else None


def _utc(moment: dt.datetime) -> dt.datetime:
    """An aware UTC datetime (a naive one is taken to be UTC already, as the store writes)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _at(text: str) -> dt.datetime:
    return _utc(dt.datetime.fromisoformat(text))


def _existing(history: Iterable[AnsweredQuestion], course: Course) -> list[AnsweredQuestion]:
    """The answers to questions the course still has, oldest first."""
    known: dict[str, bool] = {}
    kept = []
    for answer in history:
        if answer.key not in known:
            known[answer.key] = find_question(course, answer.key) is not None
        if known[answer.key]:
            kept.append(answer)
    return sorted(kept, key=lambda a: _at(a.finished_at))  # stable: ties keep the store's order


def schedule(history: Iterable[AnsweredQuestion], course: Course) -> dict[str, Recheck]:
    """Every question the employee ever missed (and the course still has), as it stands now."""
    states: dict[str, Recheck] = {}
    for answer in _existing(history, course):
        at = _at(answer.finished_at)
        state = states.get(answer.key)
        if not answer.correct:
            states[answer.key] = Recheck(answer.key, 0, at + INTERVALS[0], at)
        elif (
            state is not None
            and state.due is not None
            and answer.kind == REVIEW_KIND
            and at >= state.due
        ):
            stage = state.stage + 1
            due = at + INTERVALS[stage] if stage < RETIRED else None
            states[answer.key] = Recheck(answer.key, stage, due, state.last_missed)
    return states


def due(states: dict[str, Recheck], now: dt.datetime) -> list[Recheck]:
    """The questions due at ``now``, the longest-waiting first."""
    return sorted(
        (r for r in states.values() if r.is_due(now)),
        key=lambda r: (r.due, r.key),
    )


def summary(
    history: Iterable[AnsweredQuestion], course: Course, now: dt.datetime
) -> RecheckSummary:
    """Counts of due, overdue, upcoming and retained questions, and the review answers."""
    answers = _existing(history, course)
    states = schedule(answers, course)
    now = _utc(now)
    active = [r.due for r in states.values() if r.due is not None]
    reviews = [a for a in answers if a.kind == REVIEW_KIND]
    return RecheckSummary(
        due=sum(d <= now for d in active),
        overdue=sum(d < now - OVERDUE_AFTER for d in active),
        upcoming=sum(now < d <= now + UPCOMING_WITHIN for d in active),
        scheduled=len(active),
        retained=sum(r.retired for r in states.values()),
        review_answers=len(reviews),
        review_right=sum(a.correct for a in reviews),
    )


@dataclass(frozen=True)
class DepartmentRechecks:
    """The re-checks of one department's people, added up (the team view's Re-checks tab)."""

    department: str
    people: int
    totals: RecheckSummary


def by_department(
    histories: Iterable[tuple[str, list[AnsweredQuestion]]],
    departments: dict[str, str],
    course: Course,
    now: dt.datetime,
) -> list[DepartmentRechecks]:
    """Each department's summed re-check counts, over ``departments`` (employee id ->
    department; "" for none), most overdue first. ``histories`` gives (employee id, answer
    history) pairs, each employee once, and may be a generator: one history is held at a
    time."""
    sums: dict[str, list[int]] = {}
    people: dict[str, int] = {}

    def add(department: str, one: RecheckSummary) -> None:
        total = sums.setdefault(department, [0] * 7)
        counts = (one.due, one.overdue, one.upcoming, one.scheduled, one.retained)
        for index, value in enumerate((*counts, one.review_answers, one.review_right)):
            total[index] += value
        people[department] = people.get(department, 0) + 1

    seen: set[str] = set()
    for employee_id, history in histories:
        department = departments.get(employee_id)
        if department is not None and employee_id not in seen:  # someone in reach
            seen.add(employee_id)
            add(department, summary(history, course, now))
    nothing = summary([], course, now)
    for employee_id, department in departments.items():
        if employee_id not in seen:  # no finished attempt
            add(department, nothing)
    found = [
        DepartmentRechecks(name, people[name], RecheckSummary(*values))
        for name, values in sums.items()
    ]
    return sorted(found, key=lambda d: (-d.totals.overdue, -d.totals.due, d.department))
