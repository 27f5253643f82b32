"""A learner who knows nothing but test-taking tricks must not pass the shipped course.

The guesser picks the longest option, answers False to every true/false question and, in a
multiple-answer question, ticks every option except the two shortest. Each quiz is presented
and scored by the real quiz engine over many random draws.
"""

from __future__ import annotations

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import KNOWN_ROLES, QuestionKind, Quiz, Response
from sellertrain.core.training.engine import PresentedQuestion, present, score_attempt
from tests.conftest import REPO

FINAL_DRAWS = 4000
QUIZ_DRAWS = 400


def guess(presented: PresentedQuestion) -> Response:
    """The test-wise answer to one question, from what the learner sees."""
    question = presented.question
    kind = question.kind
    order = presented.option_order
    if kind is QuestionKind.TRUE_FALSE:
        return frozenset(
            i for i, option in enumerate(question.options) if option.text.lower() == "false"
        )
    if kind is QuestionKind.SINGLE:
        # ties go to the option shown first, as a hurried reader would pick
        return frozenset({max(order, key=lambda i: len(question.options[i].text))})
    if kind is QuestionKind.MULTIPLE:
        by_length = sorted(order, key=lambda i: len(question.options[i].text))
        return frozenset(by_length[2:])
    return ""


def guesser_scores(
    quiz: Quiz, draws: int, lessons: list[str] | None = None
) -> list[tuple[float, bool]]:
    results = []
    for seed in range(draws):
        shown = present(quiz, seed, lessons)
        answers = {p.question.id: guess(p) for p in shown}
        score = score_attempt(quiz, shown, answers)
        results.append((score.percent, score.passed))
    return results


@pytest.fixture(scope="module")
def course():
    return load_course(REPO, deep=True)


def test_the_final_assessment_is_passed_by_the_guesser_in_under_1_percent_of_draws(course):
    results = guesser_scores(course.quizzes["final-assessment"], FINAL_DRAWS)
    passed = sum(p for _, p in results) / len(results)
    mean = sum(s for s, _ in results) / len(results)
    assert passed < 0.01, f"the guesser passes {passed:.1%} of draws (mean score {mean:.0f}%)"


@pytest.mark.parametrize("role", [r for r in KNOWN_ROLES if r != "all"])
def test_the_final_as_each_department_draws_it_is_not_passed_by_the_guesser(course, role):
    """The final draws ``from: required``: each department is asked about its own lessons,
    at least 2 from each; the guesser fails every department's draws too."""
    final = course.quizzes["final-assessment"]
    assert final.from_required and final.per_lesson == 2
    lessons = [x.id for x in course.lessons.values() if x.required_for(role)]
    results = guesser_scores(final, FINAL_DRAWS // 4, lessons)
    passed = sum(p for _, p in results) / len(results)
    assert passed < 0.01, f"{role}: the guesser passes {passed:.1%} of draws"
    shown = present(final, 1, lessons)
    assert {p.question.tests_lesson for p in shown} <= set(lessons)


def test_no_lesson_quiz_averages_over_half_for_the_guesser(course):
    averages = {}
    for quiz in course.quizzes.values():
        if quiz.lesson_id is None:
            continue
        results = guesser_scores(quiz, QUIZ_DRAWS)
        averages[quiz.id] = sum(s for s, _ in results) / len(results)
    too_easy = {k: round(v) for k, v in averages.items() if v > 50}
    assert not too_easy, f"the guesser averages over 50% on {too_easy}"


def test_the_guesser_scores_a_question_the_way_it_is_described(course):
    quiz = course.quizzes["final-assessment"]
    shown = present(quiz, 1)
    for p in shown:
        answer = guess(p)
        if p.question.kind is QuestionKind.TRUE_FALSE:
            assert [p.question.options[i].text for i in answer] == ["False"]
        elif p.question.kind is QuestionKind.SINGLE:
            assert len(answer) == 1


def mirror_guess(presented: PresentedQuestion) -> Response:
    """The opposite trick: the shortest option, True, and the three shortest options."""
    question = presented.question
    kind = question.kind
    order = presented.option_order
    if kind is QuestionKind.TRUE_FALSE:
        return frozenset(i for i, o in enumerate(question.options) if o.text.lower() == "true")
    if kind is QuestionKind.SINGLE:
        return frozenset({min(order, key=lambda i: len(question.options[i].text))})
    if kind is QuestionKind.MULTIPLE:
        return frozenset(sorted(order, key=lambda i: len(question.options[i].text))[:3])
    return ""


def test_the_opposite_trick_passes_no_quiz_either(course):
    for quiz in course.quizzes.values():
        passed = 0
        for seed in range(QUIZ_DRAWS):
            shown = present(quiz, seed)
            answers = {p.question.id: mirror_guess(p) for p in shown}
            passed += score_attempt(quiz, shown, answers).passed
        assert passed / QUIZ_DRAWS < 0.01, f"{quiz.id}: {passed} of {QUIZ_DRAWS} draws passed"
