"""From "where is the team weak" to "who should retrain": risk areas measured by the answers
missed on first attempts, the people weakest in an area, the people who missed a question or
a lesson section, and each question's discrimination index.

First attempts measure what people knew before they retook a quiz; the average best score
of those who passed hides that (every area read 86–90 % while half the attempts were under
80 %). Employees who never took an area's quizzes are counted apart, as "not yet tested".
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sellertrain.core.models import Course, Employee, Quiz
from sellertrain.core.store import Store

MIN_ANSWERS_TO_RANK = 20  # fewer answers than this: a question's share correct is noise
MIN_ATTEMPTS_FOR_DISCRIMINATION = 20


@dataclass(frozen=True)
class RiskArea:
    """One risk-area tag: first-attempt answers to its lessons' quizzes."""

    tag: str
    answers: int
    missed: int
    tested: int  # employees with a first attempt at one of its quizzes
    not_tested: int  # active employees without one

    @property
    def share_missed(self) -> float | None:
        return self.missed / self.answers if self.answers else None

    @property
    def share_correct(self) -> float | None:
        return 1 - self.missed / self.answers if self.answers else None


@dataclass(frozen=True)
class WeakPerson:
    employee: Employee
    answers: int
    missed: int

    @property
    def share_missed(self) -> float:
        return self.missed / self.answers if self.answers else 0.0


def area_quizzes(course: Course) -> dict[str, set[str]]:
    """Risk-area tag -> the quiz ids of the lessons tagged with it."""
    found: dict[str, set[str]] = defaultdict(set)
    for lesson in course.lessons.values():
        if lesson.quiz_id and lesson.quiz_id in course.quizzes:
            for tag in lesson.tags:
                found[tag].add(lesson.quiz_id)
    return found


def risk_areas(store: Store, course: Course, employees: Iterable[Employee]) -> list[RiskArea]:
    """Every risk area of the course, most missed first, over ``employees`` (the team shown)."""
    # each person a bit: per quiz, who took it is one integer, not a set of 36-character ids
    # (the 85,000 rows of 10,000 employees are added up as they are read, never held)
    bit = {e.id: 1 << number for number, e in enumerate(employees)}
    tested: dict[str, int] = defaultdict(int)
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for employee_id, quiz_id, answers, correct in store.first_attempt_results():
        person = bit.get(employee_id)
        if person is not None:
            tested[quiz_id] |= person
            total = sums[quiz_id]
            total[0] += answers
            total[1] += correct
    areas = []
    for tag, quizzes in sorted(area_quizzes(course).items()):
        who = 0
        for quiz_id in quizzes:
            who |= tested.get(quiz_id, 0)
        answers = sum(sums[q][0] for q in quizzes if q in sums)
        missed = answers - sum(sums[q][1] for q in quizzes if q in sums)
        count = who.bit_count()
        areas.append(RiskArea(tag, answers, missed, count, len(bit) - count))
    return sorted(areas, key=lambda a: (-(a.share_missed or 0), a.tag))


def weakest_in_area(
    store: Store, course: Course, tag: str, employees: Iterable[Employee], count: int = 25
) -> list[WeakPerson]:
    """The people who missed the largest share of an area's first-attempt answers."""
    people = {e.id: e for e in employees}
    quizzes = area_quizzes(course).get(tag, set())
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for employee_id, quiz_id, answers, correct in store.first_attempt_results():
        if quiz_id in quizzes and employee_id in people:
            totals[employee_id][0] += answers
            totals[employee_id][1] += answers - correct
    found = [WeakPerson(people[i], a, m) for i, (a, m) in totals.items() if m]
    return sorted(found, key=lambda p: (-p.share_missed, -p.missed, p.employee.name))[:count]


def missed_by(
    store: Store, question_ids: Iterable[str], employees: Iterable[Employee]
) -> list[Employee]:
    """The people whose latest answer to one of ``question_ids`` was wrong, by name."""
    people = {e.id: e for e in employees}
    wrong = {
        employee_id
        for employee_id, _question, correct in store.latest_answers(list(question_ids))
        if not correct and employee_id in people
    }
    return sorted((people[i] for i in wrong), key=lambda e: e.name.casefold())


def section_questions(course: Course, lesson_id: str, anchor: str) -> list[str]:
    """The ids of the questions (any quiz) that test one lesson section."""
    return [
        question.id
        for quiz in course.quizzes.values()
        for question in quiz.questions
        if question.tests_lesson == lesson_id and question.tests_anchor == anchor
    ]


def discrimination(store: Store, quiz: Quiz) -> dict[str, float | None]:
    """Question id -> its discrimination index (as Moodle reports it): the correlation of
    getting the question right with the score on the rest of the attempt. Near 0 or below:
    the question does not separate those who know from those who do not. None with fewer
    than MIN_ATTEMPTS_FOR_DISCRIMINATION attempts, or when everyone answered alike."""
    sums = store.item_sums(quiz.id, quiz.version)
    found: dict[str, float | None] = {}
    for question in quiz.questions:
        row = sums.get(question.id)
        index = correlation(*row) if row and row[0] >= MIN_ATTEMPTS_FOR_DISCRIMINATION else None
        found[question.id] = None if index is None else round(index, 2)
    return found


def correlation(n: int, sx: int, st: int, stt: int, sxt: int) -> float | None:
    """The correlation of x (1: the question answered right) with y = t - x (the attempt's
    other right answers), from n attempts' sums of x, t, t*t and x*t: exact integer sums
    (x*x = x), so only the last division and square root round."""
    sy, syy, sxy = st - sx, stt - 2 * sxt + sx, sxt - sx
    var_x, var_y = n * sx - sx * sx, n * syy - sy * sy  # n times each variance
    if var_x == 0 or var_y == 0:
        return None
    return (n * sxy - sx * sy) / math.sqrt(var_x * var_y)
