"""What an employee must do and by when: the one rule every screen, report and command uses.

An employee must take a lesson when the course requires it of their department (the lesson's
``roles``), or when an assignment that was not revoked reaches them (everyone, their access
role, their department or them by name), for a lesson or for a whole module. Only
assignments carry due dates; the earliest one wins.

A manager's extension (store/extensions.py) moves one employee's due date for one lesson
later. Someone who joins after an assignment was made is not overdue on their first day: they are
due their start date plus the assignment's lead time (``lead_days``, else what everyone had:
due date minus the day it was made). A recurring assignment (``every_months``) is due again
that long after each completion; a completion older than that no longer counts as done.

Home, My progress, the team table, the employee screen, the compliance matrix, certificates,
exports and ``sellertrain status`` all read their "required" and "due" from here;
tests/core/training/test_requirements.py feeds the same records to each and checks they agree.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from sellertrain.core.models import AssignmentTarget, Course, Employee
from sellertrain.core.store import Assignment

DUE_SOON_DAYS = 7  # an item due within this many days is shown as "due soon"


class Verdict(StrEnum):
    """An employee's standing over everything required of them (the team table's status)."""

    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    COMPLETE = "complete"
    OVERDUE = "overdue"
    NEEDS_REFRESH = "needs refresh"


class ItemState(StrEnum):
    """Where one required lesson stands."""

    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    DONE = "done"
    OVERDUE = "overdue"
    NEEDS_REFRESH = "needs refresh"


@dataclass(frozen=True)
class Requirement:
    """One lesson an employee must take: by when (None: no date), and how often."""

    lesson_id: str
    due: dt.date | None
    every_months: int | None = None
    assigned: bool = False  # by a manager, not only by the course's department rule


def due_for(assignment: Assignment, employee: Employee) -> dt.date:
    """The assignment's due date for this employee: its own date for those already there
    when it was made, else their start date plus the lead time."""
    due = dt.date.fromisoformat(assignment.due_date)
    made = dt.date.fromisoformat(assignment.created_at[:10])
    joined = _date(employee.joined) or made
    if joined <= made:
        return due
    lead = assignment.lead_days if assignment.lead_days is not None else (due - made).days
    return joined + dt.timedelta(days=max(0, lead))


def reaches(assignment: Assignment, employee: Employee) -> bool:
    """Whether an assignment (not revoked) is for this employee."""
    if assignment.revoked:
        return False
    kind, target = assignment.target_kind, assignment.target
    if kind == AssignmentTarget.DEPARTMENT:
        return (target or "").casefold() == (employee.department or "").casefold() != ""
    return (
        kind == AssignmentTarget.EVERYONE
        or (kind == AssignmentTarget.ROLE and target == employee.role.value)
        or (kind == AssignmentTarget.EMPLOYEE and target == employee.id)
    )


def module_lessons(course: Course) -> dict[str, tuple[str, ...]]:
    """Module title -> its lesson ids (work it out once for many employees)."""
    return {m.title: tuple(lesson.id for lesson in m.lessons) for m in course.modules}


def requirements(
    course: Course,
    employee: Employee,
    assignments: Iterable[Assignment],
    modules: Mapping[str, tuple[str, ...]] | None = None,
    extensions: Mapping[str, str] | None = None,
) -> dict[str, Requirement]:
    """Lesson id -> what this employee must do and by when, in course order.

    ``extensions`` (lesson id -> YYYY-MM-DD) move a lesson's due date later for this
    employee (a manager's explicit extension; an earlier date is ignored).
    """
    modules = modules if modules is not None else module_lessons(course)
    due: dict[str, dt.date] = {}
    every: dict[str, int] = {}
    for assignment in assignments:
        if not reaches(assignment, employee):
            continue
        if assignment.lesson_id:
            lesson_ids: tuple[str, ...] = (assignment.lesson_id,)
        else:
            lesson_ids = modules.get(assignment.module or "", ())
        date = due_for(assignment, employee)
        for lesson_id in lesson_ids:
            if lesson_id not in course.lessons:
                continue
            due[lesson_id] = min(due.get(lesson_id, date), date)
            if assignment.every_months:
                every[lesson_id] = min(
                    every.get(lesson_id, assignment.every_months), assignment.every_months
                )
    for lesson_id, until in (extensions or {}).items():
        later = _date(until)
        if lesson_id in due and later is not None and later > due[lesson_id]:
            due[lesson_id] = later
    found = {}
    for lesson in course.ordered_lessons:
        if lesson.id in due or lesson.required_for(employee.department):
            found[lesson.id] = Requirement(
                lesson.id, due.get(lesson.id), every.get(lesson.id), lesson.id in due
            )
    return found


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` that many months on (the 31st becomes the month's last day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_again(completed_at: str | None, every_months: int) -> dt.date | None:
    """When a lesson that recurs every ``every_months`` is due again after its completion
    at ``completed_at`` (ISO time); None without a (readable) completion time."""
    return _due_again(completed_at[:10] if completed_at else "", every_months)


@functools.lru_cache(maxsize=4096)  # the team table asks for every employee: few days
def _due_again(day: str, every_months: int) -> dt.date | None:
    at = _date(day)
    return add_months(at, every_months) if at else None


@dataclass(frozen=True)
class RequiredItem:
    """One required lesson as the employee stands on it today."""

    lesson_id: str
    due: dt.date | None  # for a done recurring lesson: when it is due again
    state: ItemState
    every_months: int | None = None

    def due_soon(self, today: dt.date) -> bool:
        """Due within DUE_SOON_DAYS and not overdue (a done lesson only when it recurs)."""
        if self.due is None or self.state is ItemState.OVERDUE:
            return False
        if self.state is ItemState.DONE and not self.every_months:
            return False
        return self.due <= today + dt.timedelta(days=DUE_SOON_DAYS)


@dataclass(frozen=True)
class Standing:
    """Everything required of one employee and the verdict over it."""

    items: tuple[RequiredItem, ...]  # in course order
    verdict: Verdict
    stale: tuple[str, ...] = ()  # lessons completed before a material change (any lesson)

    @property
    def done(self) -> int:
        return sum(item.state is ItemState.DONE for item in self.items)

    @property
    def overdue(self) -> tuple[str, ...]:
        """The overdue lessons, longest overdue first."""
        late = [i for i in self.items if i.state is ItemState.OVERDUE]
        return tuple(i.lesson_id for i in sorted(late, key=lambda i: i.due or dt.date.max))

    @property
    def next_due(self) -> dt.date | None:
        pending = [i.due for i in self.items if i.due and i.state is not ItemState.DONE]
        return min(pending, default=None)

    def by_due_date(self) -> list[RequiredItem]:
        """Items with a due date first, earliest first; then the undated, in course order."""
        dated = sorted((i for i in self.items if i.due), key=lambda i: i.due or dt.date.max)
        return dated + [i for i in self.items if not i.due]


def standing(
    required: Mapping[str, Requirement],
    done: Collection[str],
    stale: Collection[str],
    today: dt.date,
    started: Collection[str] = (),
    active: bool = False,
    completed_at: Mapping[str, str] | None = None,
) -> Standing:
    """Each required lesson's state and the verdict: overdue beats needs refresh beats
    complete beats in progress (``active``: any record at all) beats not started.

    ``done``: lessons finished as the course asks (read, and the quiz passed where there is
    one) in their current revision; ``stale``: completed before a material change;
    ``started``: lessons with any record; ``completed_at``: the latest completion of each
    lesson (ISO time), needed only for recurring requirements.
    """
    items = []
    for lesson_id, requirement in required.items():
        due = requirement.due
        finished = lesson_id in done
        if finished and requirement.every_months:
            again = due_again((completed_at or {}).get(lesson_id), requirement.every_months)
            finished = again is not None and again >= today
            due = again if finished else (again or due)
        if finished:
            state = ItemState.DONE
        elif due is not None and due < today:
            state = ItemState.OVERDUE
        elif lesson_id in stale:
            state = ItemState.NEEDS_REFRESH
        elif lesson_id in started or lesson_id in stale:
            state = ItemState.IN_PROGRESS
        else:
            state = ItemState.NOT_STARTED
        items.append(RequiredItem(lesson_id, due, state, requirement.every_months))
    stale_ids = tuple(lesson_id for lesson_id in stale)
    if any(i.state is ItemState.OVERDUE for i in items):
        verdict = Verdict.OVERDUE
    elif stale_ids:
        verdict = Verdict.NEEDS_REFRESH
    elif items and all(i.state is ItemState.DONE for i in items):
        verdict = Verdict.COMPLETE
    elif active or started:
        verdict = Verdict.IN_PROGRESS
    else:
        verdict = Verdict.NOT_STARTED
    return Standing(tuple(items), verdict, stale_ids)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
