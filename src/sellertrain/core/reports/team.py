"""Manager reports computed from store aggregates: team progress, question analysis, risk areas.

Pure arithmetic over plain rows, so every number here is unit-testable without a display.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from sellertrain.core.models import Course, Employee
from sellertrain.core.reports.team_table import (
    EmployeeProgress,
    TeamStatus,
    TeamTable,
    employee_progress,
    team_progress,
    team_table,
)
from sellertrain.core.reports.weak_spots import MIN_ANSWERS_TO_RANK, discrimination, risk_areas
from sellertrain.core.store import Store
from sellertrain.core.training import responses

__all__ = [  # the team table lives in team_table.py; its names are read from here too
    "EmployeeProgress",
    "TeamStatus",
    "TeamTable",
    "employee_progress",
    "team_progress",
    "team_table",
]


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
