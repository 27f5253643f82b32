"""Manager reports computed from store aggregates: team progress, question analysis, risk areas.

Pure arithmetic over plain rows, so every number here is unit-testable without a display.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace

from sellertrain.core.models import AccessRole, AssignmentTarget, Course, Employee
from sellertrain.core.reports.weak_spots import MIN_ANSWERS_TO_RANK, discrimination, risk_areas
from sellertrain.core.store import QuizFacts, Store
from sellertrain.core.training import responses
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
from sellertrain.core.training.retraining import by_lesson, current_revision, known_revisions

TeamStatus = Verdict  # the team table's status is the requirements rule's verdict


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
    return _row(employee, progress.standing, passed, average, max(activity, default=None))


def _row(
    employee: Employee,
    found: Standing,
    quizzes_passed: int,
    average: float | None,
    last_activity: str | None,
) -> EmployeeProgress:
    return _row_from(employee, _standing_fields(found), quizzes_passed, average, last_activity)


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
        average_best_score=round(average, 1) if average is not None else None,
        last_activity=last_activity,
        status=verdict,
        overdue=overdue,
        stale=stale,
        next_due=next_due,
        oldest_overdue=oldest,
    )


def team_progress(store: Store, course: Course, today: dt.date) -> list[EmployeeProgress]:
    """The progress row of every active employee, by name, from a few aggregate queries."""
    publications = by_lesson(store.publications())
    lessons = [
        (
            lesson.id,
            current_revision(publications.get(lesson.id, ())),
            lesson.quiz_id if lesson.quiz_id in course.quizzes else None,
        )
        for lesson in course.lessons.values()
    ]
    versions = [
        (lesson_id, version, revision)
        for lesson_id, items in publications.items()
        for version, revision in known_revisions(items).items()
    ]
    assignments = store.assignments()
    modules = module_lessons(course)
    order = {lesson.id: n for n, lesson in enumerate(course.ordered_lessons)}
    completed = store.completion_times() if any(a.every_months for a in assignments) else {}
    # most employees share their requirements with their group: work those out once per
    # group (a start date matters only when later than an assignment that reaches them)
    personal = {a.target for a in assignments if a.target_kind == AssignmentTarget.EMPLOYEE}
    extended = store.due_extensions()
    personal |= extended.keys()  # their own due dates: worked out one by one
    first_made = min((a.created_at[:10] for a in assignments), default="")
    by_group: dict[tuple[str | None, AccessRole, str], dict[str, Requirement]] = {}
    standings: dict[tuple[int, frozenset[str], frozenset[str], bool], StandingFields] = {}
    kept: list[dict[str, Requirement]] = []
    rows = []
    for employee, done, stale, passed, average, last in store.team_rows(
        lessons, list(course.quizzes), versions
    ):
        joined = employee.joined if employee.joined > first_made else ""
        group = (employee.department, employee.role, joined)
        required = by_group.get(group) if employee.id not in personal else None
        if required is None:
            required = requirements(
                course, employee, assignments, modules, extended.get(employee.id)
            )
            if employee.id not in personal:
                by_group[group] = required
            else:
                kept.append(required)  # alive while its id() keys the standings below
        # people of one group with the same records (of the lessons it requires) stand the
        # same: work that out, and what the row shows of it, once
        done_ids, stale_set = _ids(done), _ids(stale)
        key = (id(required), done_ids.intersection(required), stale_set, last is not None)
        fields = standings.get(key) if employee.id not in completed else None
        if fields is None:
            stale_ids = sorted(stale_set, key=lambda i: order.get(i, len(order)))
            found = standing(
                required,
                done_ids,
                stale_ids,
                today,
                active=last is not None,
                completed_at=completed.get(employee.id),
            )
            fields = standings[key] = _standing_fields(found)
        rows.append(_row_from(employee, fields, passed, average, last))
    return rows


_NONE: frozenset[str] = frozenset()


def _ids(joined: str | None) -> frozenset[str]:
    return frozenset(joined.split(",")) if joined else _NONE


# -- question analysis ---------------------------------------------------------------------
@dataclass(frozen=True)
class QuestionStats:
    question_id: str
    text: str
    answers: int
    correct: int
    most_chosen_wrong: str | None
    most_chosen_wrong_count: int
    tests_lesson: str | None
    tests_anchor: str | None
    discrimination: float | None = None  # see weak_spots.discrimination

    @property
    def share_correct(self) -> float | None:
        return self.correct / self.answers if self.answers else None


@dataclass(frozen=True)
class QuizAnalysis:
    quiz_id: str
    title: str
    attempts: int
    questions: tuple[QuestionStats, ...]

    def hardest(self, count: int = 5) -> list[QuestionStats]:
        """The questions the team gets wrong most (answered ones only)."""
        answered = [q for q in self.questions if q.answers]
        return sorted(answered, key=lambda q: (q.share_correct, q.text))[:count]


def question_analysis(
    store: Store, course: Course, quiz_id: str, discriminate: bool = True
) -> QuizAnalysis:
    """Per question of the current quiz version: share correct and the favourite wrong option.

    ``discriminate=False`` leaves each question's discrimination index None: it reads every
    answer of the quiz again (most of the analysis's time), for reports that do not show it.
    """
    quiz = course.quizzes[quiz_id]
    separates = discrimination(store, quiz) if discriminate else {}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    picks: dict[tuple[str, int], int] = defaultdict(int)
    for question_id, stored, count, correct in store.answer_breakdown(
        quiz.id, quiz.version, [q.id for q in quiz.questions]
    ):
        totals[question_id][0] += count
        totals[question_id][1] += correct
        response = responses.decode(stored)
        if isinstance(response, frozenset):
            for index in response:
                picks[(question_id, index)] += count
    stats = []
    for question in quiz.questions:
        answers, correct = totals.get(question.id, (0, 0))
        wrong = [
            (picks.get((question.id, index), 0), option.text)
            for index, option in enumerate(question.options)
            if not option.correct
        ]
        top = max(wrong, default=(0, None))
        stats.append(
            QuestionStats(
                question.id,
                question.text,
                answers,
                correct,
                top[1] if top[0] else None,
                top[0],
                question.tests_lesson,
                question.tests_anchor,
                separates.get(question.id),
            )
        )
    attempts = max((s.answers for s in stats), default=0)
    return QuizAnalysis(quiz.id, quiz.title, attempts, tuple(stats))


def all_question_analyses(
    store: Store, course: Course, discriminate: bool = True
) -> dict[str, QuizAnalysis]:
    """Every quiz's analysis, computed once for the views that summarise across quizzes."""
    return {
        quiz_id: question_analysis(store, course, quiz_id, discriminate)
        for quiz_id in course.quizzes
    }


def team_weak_questions(
    store: Store,
    course: Course,
    count: int = 10,
    analyses: dict[str, QuizAnalysis] | None = None,
) -> list[tuple[str, QuestionStats]]:
    """Across all quizzes: the questions with the lowest share answered correctly, among
    those with at least MIN_ANSWERS_TO_RANK answers (a question two people missed is not
    the team's weakest). Without ``analyses`` their discrimination indexes are left None:
    the printed reports do not show them."""
    if analyses is None:
        analyses = all_question_analyses(store, course, discriminate=False)
    found = []
    for quiz_id, analysis in analyses.items():
        for stats in analysis.questions:
            if stats.answers >= MIN_ANSWERS_TO_RANK:
                found.append((quiz_id, stats))
    return sorted(found, key=lambda item: (item[1].share_correct, item[1].text))[:count]


@dataclass(frozen=True)
class SectionStats:
    """Answers to every question that tests one lesson section, rolled up."""

    lesson_id: str
    anchor: str
    title: str  # "Lesson title › Section title"
    questions: int
    answers: int
    correct: int

    @property
    def share_missed(self) -> float | None:
        return 1 - self.correct / self.answers if self.answers else None


def with_discrimination(
    store: Store, course: Course, picked: list[tuple[str, QuestionStats]]
) -> list[tuple[str, QuestionStats]]:
    """``picked`` (quiz id, question) pairs with their discrimination index, read once per
    quiz they come from rather than for every quiz of the course."""
    indexes = {q: discrimination(store, course.quizzes[q]) for q in {q for q, _ in picked}}
    return [
        (quiz_id, replace(stats, discrimination=indexes[quiz_id].get(stats.question_id)))
        for quiz_id, stats in picked
    ]


def section_analysis(
    store: Store, course: Course, analyses: dict[str, QuizAnalysis] | None = None
) -> list[SectionStats]:
    """Per lesson section named by 'Tests:' links: the share of answers that missed it,
    most missed first ("42% miss the section on freeze triggers")."""
    if analyses is None:  # the sections need no discrimination index
        analyses = all_question_analyses(store, course, discriminate=False)
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for analysis in analyses.values():
        for stats in analysis.questions:
            if stats.tests_lesson and stats.tests_anchor:
                total = totals[(stats.tests_lesson, stats.tests_anchor)]
                total[0] += 1
                total[1] += stats.answers
                total[2] += stats.correct
    found = []
    for (lesson_id, anchor), (questions, answers, correct) in totals.items():
        lesson = course.lessons.get(lesson_id)
        section = next((s for s in lesson.sections if s.anchor == anchor), None) if lesson else None
        if lesson is None or section is None:
            continue
        title = f"{lesson.title} › {section.title}"
        found.append(SectionStats(lesson_id, anchor, title, questions, answers, correct))
    answered = [s for s in found if s.answers]
    return sorted(answered, key=lambda s: (-(s.share_missed or 0), s.title))


# -- risk areas and charts -----------------------------------------------------------------
def risk_area_scores(
    store: Store, course: Course, employees: list[Employee] | None = None
) -> dict[str, float]:
    """Share (%) of first-attempt answers correct per risk-area tag, over ``employees``
    (default: everyone active); areas nobody was tested on are left out. See weak_spots."""
    people = store.employees() if employees is None else employees
    return {
        area.tag: round(100 * area.share_correct, 1)
        for area in sorted(risk_areas(store, course, people), key=lambda a: a.tag)
        if area.share_correct is not None
    }


def score_histogram(scores: list[float], buckets: int = 10) -> list[int]:
    """Counts of scores in equal buckets over 0-100 (100 falls in the last bucket)."""
    counts = [0] * buckets
    for score in scores:
        counts[min(int(score * buckets // 100), buckets - 1)] += 1
    return counts


def cumulative_completions(daily: list[tuple[str, int]]) -> list[tuple[str, int]]:
    total, series = 0, []
    for day, count in daily:
        total += count
        series.append((day, total))
    return series
