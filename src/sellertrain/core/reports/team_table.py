"""The team progress table: one row per active employee, from one row each of team_summary.

The store keeps one summary row per employee on write (m019): their completions (lesson and
version), the quizzes they passed and their quiz totals. Which of those count depends on the
course and its publications, so it is decided here, once per distinct completions text (most
employees share theirs with many others), as sets of lessons held in ints (LessonBits).
Employees of one requirement group with the same records stand the same, so their Standing is
worked out once too. The rows themselves are made only when asked for: a table of 10,000
employees shows a few dozen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, overload

from sellertrain.core.models import AccessRole, AssignmentTarget, Course, Employee
from sellertrain.core.reports.collector import paused_collector
from sellertrain.core.reports.team_records import (
    LessonBits,
    RoundedAverages,
    SummaryTexts,
    lapsed,
    quick_verdict,
    recurring_lessons,
)
from sellertrain.core.store import QuizFacts, Store
from sellertrain.core.store.records import employee_from_row
from sellertrain.core.training.progress import CourseProgress
from sellertrain.core.training.requirements import (
    ItemState,
    Requirement,
    Standing,
    Verdict,
    module_lessons,
    requirements,
    standing,
)
from sellertrain.core.training.retraining import by_lesson, current_revision

TeamStatus = Verdict  # the team table's status is the requirements rule's verdict
_ROLES = {role.value: role for role in AccessRole}


@dataclass(frozen=True)
class EmployeeProgress:
    """One row of the team progress table."""

    employee: Employee
    required: int
    required_done: int
    quizzes_passed: int
    average_best_score: float | None
    last_activity: str | None
    status: Verdict
    overdue: tuple[str, ...] = ()  # lesson ids past their due date
    stale: tuple[str, ...] = ()  # lesson ids changed since completion
    next_due: str | None = None
    oldest_overdue: str | None = None  # the due date of the longest-overdue lesson

    @property
    def percent(self) -> int:
        return round(100 * self.required_done / self.required) if self.required else 0


def employee_progress(
    employee: Employee,
    progress: CourseProgress,
    quizzes: dict[str, QuizFacts],
    course: Course,
    last_reading: str | None = None,
) -> EmployeeProgress:
    """One employee's row from their own progress (the detail view; the team uses SQL).

    ``last_reading`` is the time of their latest reading record of any kind.
    """
    current = [q for quiz_id, q in quizzes.items() if quiz_id in course.quizzes]
    best = [q.best_score for q in current if q.best_score is not None]
    activity = [last_reading] if last_reading else []
    activity += [q.last_finished for q in current if q.last_finished]
    average = sum(best) / len(best) if best else None
    passed = sum(1 for q in current if q.passed_versions)
    last = max(activity, default=None)
    fields = _standing_fields(progress.standing)
    rounded = round(average, 1) if average is not None else None
    return _row_from(employee, fields, passed, rounded, last)


StandingFields = tuple[int, int, Verdict, tuple[str, ...], tuple[str, ...], str | None, str | None]


def _standing_fields(found: Standing) -> StandingFields:
    """What a row shows of a Standing: worked out once per distinct Standing of the team."""
    next_due = found.next_due
    late = [item.due for item in found.items if item.due and item.state is ItemState.OVERDUE]
    oldest = min(late, default=None)
    return (
        len(found.items),
        found.done,
        found.verdict,
        found.overdue,
        found.stale,
        next_due.isoformat() if next_due else None,
        oldest.isoformat() if oldest else None,
    )


def _row_from(
    employee: Employee,
    fields: StandingFields,
    quizzes_passed: int,
    average: float | None,
    last_activity: str | None,
) -> EmployeeProgress:
    required, done, verdict, overdue, stale, next_due, oldest = fields
    return EmployeeProgress(
        employee=employee,
        required=required,
        required_done=done,
        quizzes_passed=quizzes_passed,
        average_best_score=average,
        last_activity=last_activity,
        status=verdict,
        overdue=overdue,
        stale=stale,
        next_due=next_due,
        oldest_overdue=oldest,
    )


# what the employees of one requirement group with the same records share: the group's
# number, their required lessons done, lessons stale (as LessonBits), whether they have any
# record, and when they completed each lesson that recurs (lesson id, time)
_Key = tuple[int, int, int, bool, tuple[tuple[str, str], ...]]


class TeamLine(NamedTuple):
    """What the table sorts and filters a row by, without making the row."""

    name: str
    department: str | None
    role: AccessRole
    required: int
    required_done: int
    status: Verdict
    quizzes_passed: int
    average_best_score: float | None  # rounded to one decimal, as shown
    last_activity: str | None

    @property
    def percent(self) -> int:
        return round(100 * self.required_done / self.required) if self.required else 0

    @classmethod
    def of(cls, row: EmployeeProgress) -> TeamLine:
        employee = row.employee
        return cls(
            employee.name,
            employee.department,
            employee.role,
            row.required,
            row.required_done,
            row.status,
            row.quizzes_passed,
            row.average_best_score,
            row.last_activity,
        )


# one employee as read: their employee columns and their standing fields (or the key to
# them); the rest of their row is in their TeamLine
_Raw = tuple[Sequence[Any], StandingFields | _Key]


class TeamTable(Sequence[EmployeeProgress]):
    """The team's rows, by name; each EmployeeProgress is made the first time it is asked for.

    ``lines`` has what sorting and filtering need of every row, as light tuples.
    """

    def __init__(
        self,
        lines: list[TeamLine],
        raw: Sequence[_Raw | EmployeeProgress],
        standings: _Standings | None = None,
    ) -> None:
        self.lines = lines
        self._raw = raw
        self._standings = standings
        self._made: dict[int, EmployeeProgress] = {}

    @classmethod
    def of(cls, rows: Sequence[EmployeeProgress]) -> TeamTable:
        """A table of rows already made elsewhere (tests, a list handed to the model)."""
        return cls([TeamLine.of(row) for row in rows], list(rows))

    def subset(self, indices: Sequence[int]) -> TeamTable:
        """The rows at ``indices``, in that order (a department manager's part of the team)."""
        raw = [self._raw[i] for i in indices]
        return TeamTable([self.lines[i] for i in indices], raw, self._standings)

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, index: int) -> EmployeeProgress: ...

    @overload
    def __getitem__(self, index: slice) -> list[EmployeeProgress]: ...

    def __getitem__(self, index: int | slice) -> EmployeeProgress | list[EmployeeProgress]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self.lines)
        made = self._made.get(index)
        if made is None:
            raw = self._raw[index]
            if isinstance(raw, EmployeeProgress):
                made = raw
            else:
                columns, fields = raw
                if len(fields) == 5:  # the key to a Standing not worked out yet
                    assert self._standings is not None
                    fields = self._standings.of(fields)
                line = self.lines[index]
                made = _row_from(
                    employee_from_row(columns),
                    fields,
                    line.quizzes_passed,
                    line.average_best_score,
                    line.last_activity,
                )
            self._made[index] = made
        return made

    def __iter__(self) -> Iterator[EmployeeProgress]:
        return (self[i] for i in range(len(self.lines)))


def team_table(store: Store, course: Course, today: dt.date) -> TeamTable:
    """The progress of every active employee, by name, from one row of team_summary each."""
    # 10,000 employees make some 30,000 objects that all live on: the cyclic collector
    # would walk every live object of the app several times over for no garbage (a third
    # of the time this takes)
    with paused_collector():
        return _team_table(store, course, today)


def _team_table(store: Store, course: Course, today: dt.date) -> TeamTable:
    publications = by_lesson(store.publications())
    lessons = {
        lesson.id: (
            current_revision(publications.get(lesson.id, ())),
            lesson.quiz_id if lesson.quiz_id in course.quizzes else None,
        )
        for lesson in course.lessons.values()
    }
    assignments = store.assignments()
    modules = module_lessons(course)
    bits = LessonBits(lesson.id for lesson in course.ordered_lessons)
    standings = _Standings(bits, today)
    recurring = recurring_lessons(assignments, modules)
    completed = store.completion_times(recurring) if recurring else {}
    # most employees share their requirements with their group: work those out once per
    # group (a start date matters only when later than an assignment that reaches them,
    # so not at all without assignments)
    personal = {a.target for a in assignments if a.target_kind == AssignmentTarget.EMPLOYEE}
    extended = store.due_extensions()
    personal |= extended.keys()  # their own due dates: worked out one by one
    first_made = min((a.created_at[:10] for a in assignments), default="")
    by_group: dict[tuple[str | None, str, str], _Required] = {}
    employees, summaries, codes = store.team_summaries()
    texts = SummaryTexts(store, course, lessons, publications, bits, codes)
    lines: list[TeamLine] = []
    raw: list[_Raw] = []
    quick: dict[_Key, tuple[int, Verdict]] = {}
    roles, lessons_of = _ROLES, texts.lessons
    line_of, rounded = tuple.__new__, RoundedAverages()  # a TeamLine without its keyword handling
    for row in employees:
        employee_id, department, role, joined = row[0], row[3], row[2], row[6]
        summary = summaries.get(employee_id, _NO_RECORDS)
        completions, passes, quizzes, passed, average, last_lesson, last_quiz = summary
        personally = employee_id in personal
        group = (department, role, joined if first_made and joined > first_made else "")
        required = None if personally else by_group.get(group)
        if required is None:
            found = requirements(
                course, employee_from_row(row), assignments, modules, extended.get(employee_id)
            )
            required = standings.required(found)
            if not personally:
                by_group[group] = required
        done, stale = lessons_of(employee_id, completions, passes)
        if quizzes is not None and not texts.all_in_course(quizzes):
            passed, average, last_quiz = texts.course_quiz_totals(employee_id)
        if last_quiz is None or (last_lesson is not None and last_lesson > last_quiz):
            last = last_lesson
        else:
            last = last_quiz
        shown = rounded[average]
        # people of one group with the same records (of the lessons it requires) stand the
        # same: the verdict once for them, and the rest of the Standing when a row is made
        done &= required.bits
        if required.recurs:  # due again after each completion: when matters too
            times = completed.get(employee_id)
            key = (required.number, done, stale, last is not None, tuple((times or {}).items()))
            still, late = lapsed(required.recurs, bits.bit, done, required.late, times, today)
            count, verdict = quick_verdict(required.bits, late, still, stale, key[3])
        else:
            key = (required.number, done, stale, last is not None, ())
            found_quick = quick.get(key)
            if found_quick is None:
                found_quick = quick[key] = quick_verdict(
                    required.bits, required.late, done, stale, key[3]
                )
            count, verdict = found_quick
        raw.append((row, key))
        line = row[1], department, roles[role], required.count, count, verdict, passed, shown, last
        lines.append(line_of(TeamLine, line))
    return TeamTable(lines, raw, standings)


_NO_RECORDS = (None, None, None, 0, None, None, None)  # team_summary of someone without


@dataclass(frozen=True)
class _Required:
    """One requirement group's lessons, numbered so the standings can be keyed by it."""

    number: int
    lessons: dict[str, Requirement]
    bits: int  # the lessons required (LessonBits)
    late: int  # those due before today
    count: int
    recurs: dict[str, int]  # the lessons that recur: every N months


class _Standings:
    """The Standing fields of each distinct (requirements, records), worked out when first
    asked for: the table needs them only for the rows it shows."""

    def __init__(self, bits: LessonBits, today: dt.date) -> None:
        self.bits = bits
        self.today = today
        self.groups: list[_Required] = []
        self.fields: dict[_Key, StandingFields] = {}

    def required(self, lessons: dict[str, Requirement]) -> _Required:
        today = self.today
        late = self.bits.of(k for k, r in lessons.items() if r.due is not None and r.due < today)
        recurs = {k: r.every_months for k, r in lessons.items() if r.every_months}
        number = len(self.groups)
        found = _Required(number, lessons, self.bits.of(lessons), late, len(lessons), recurs)
        self.groups.append(found)
        return found

    def of(self, key: _Key) -> StandingFields:
        fields = self.fields.get(key)
        if fields is None:
            number, done, stale, active, times = key
            required = self.groups[number]
            fields = self._work_out(required, done, stale, active, dict(times) or None)
            self.fields[key] = fields
        return fields

    def _work_out(
        self,
        required: _Required,
        done: int,
        stale: int,
        active: bool,
        completed_at: dict[str, str] | None,
    ) -> StandingFields:
        ids_of = self.bits.ids_of
        found = standing(
            required.lessons,
            frozenset(ids_of(done)),
            ids_of(stale),
            self.today,
            active=active,
            completed_at=completed_at,
        )
        return _standing_fields(found)


def team_progress(store: Store, course: Course, today: dt.date) -> list[EmployeeProgress]:
    """The progress row of every active employee, by name (every row made)."""
    return list(team_table(store, course, today))
