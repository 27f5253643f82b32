"""Spaced re-checks on screen: the home banner, the review in the runner, the manager's counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sellertrain.core.accounts import Accounts
from sellertrain.core.models import Course
from sellertrain.core.store import Store
from sellertrain.core.training import rechecks
from sellertrain.core.training.attempts import QuizSession
from sellertrain.core.training.question_sets import question_key
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.team.recheck_counts import OVERDUE_COLOUR
from tests.conftest import FakeClock

DAY = 24 * 3600


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock):
    """The app's database on a clock the test moves (days pass in an instant)."""
    opened = Store.create(tmp_path / "app.db", clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def learner(store: Store):
    return store.add_employee("Chen Jie", "learner", "pass-1234", "customer-service")


def take_quiz(store: Store, course: Course, employee, quiz_id: str, misses: int) -> list[str]:
    """Take a quiz, missing its first ``misses`` questions as shown; return the missed keys."""
    session = QuizSession.start(store, employee.id, course.quizzes[quiz_id], seed=5)
    missed = []
    for index, shown in enumerate(session.presented):
        options = shown.question.options
        right = index >= misses
        keep = [p for p, o in enumerate(shown.option_order) if options[o].correct == right]
        session.answer(index, set(keep) if right else set(keep[:1]))
        if not right:
            missed.append(question_key(quiz_id, shown.question.id))
    session.submit()
    return missed


def open_home(qtbot, store: Store, course: Course, employee) -> MainWindow:
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    window.signed_in(employee)
    assert window.stack.currentWidget() is window.outline
    return window


def answer_in_runner(qtbot, window: MainWindow) -> None:
    """Answer every question of the runner right, by keyboard, and submit."""
    quiz = window.quiz
    for _ in range(len(quiz.session.presented)):
        shown = quiz.session.presented[quiz.index]
        for position, original in enumerate(shown.option_order):
            if shown.question.options[original].correct:
                qtbot.keyClick(quiz, getattr(Qt.Key, f"Key_{position + 1}"))
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
    qtbot.keyClick(quiz.summary.submit_button, Qt.Key.Key_Return)  # the summary's Submit


def test_the_banner_appears_only_once_missed_questions_are_due(
    qtbot, store, course, learner, clock
):
    take_quiz(store, course, learner, "fees-deposits-quiz", misses=2)
    window = open_home(qtbot, store, course, learner)
    banner = window.recheck_banner
    assert not banner.isVisible()  # missed minutes ago: due tomorrow

    clock.advance(DAY)
    window.show_home()
    assert banner.isVisible()
    assert banner.label.text() == "2 questions you missed are due for review."
    assert banner.review_button.accessibleName() == "Review now"
    assert banner.review_button.objectName() == "recheckReviewNow"


def test_review_now_runs_the_due_questions_and_moves_them_on(qtbot, store, course, learner, clock):
    missed = take_quiz(store, course, learner, "fees-deposits-quiz", misses=2)
    clock.advance(DAY + 60)
    missed += take_quiz(store, course, learner, "shipping-deadlines-quiz", misses=1)  # not due
    clock.advance(3600)
    window = open_home(qtbot, store, course, learner)
    assert window.recheck_banner.due_count == 2

    qtbot.mouseClick(window.recheck_banner.review_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.quiz
    review = window.quiz.session
    assert review.attempt.kind == "review"
    assert sorted(q.id for q in review.quiz.questions) == sorted(missed[:2])
    assert window.quiz.title.text() == "Review of questions you missed"

    answer_in_runner(qtbot, window)
    results = window.results
    assert window.stack.currentWidget() is results
    assert results.score_label.text() == "100%"
    assert "2 of 2 right" in results.summary_label.text()
    assert not results.retake_button.isVisible()
    window.show_my_progress()
    assert window.my_progress.attempts.item(0, 0).text() == "Review of questions you missed"
    assert window.my_progress.attempts.item(0, 3).text() == "Reviewed"
    window.show_results(review.attempt.id)

    states = rechecks.schedule(store.answer_history(learner.id), course)
    assert [states[key].stage for key in missed] == [1, 1, 0]
    qtbot.mouseClick(results.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.outline
    assert not window.recheck_banner.isVisible()  # the rest is due later

    clock.advance(DAY)
    window.show_home()
    assert window.recheck_banner.label.text() == "1 question you missed is due for review."


def test_a_review_left_open_is_resumed_by_review_now(qtbot, store, course, learner, clock):
    take_quiz(store, course, learner, "fees-deposits-quiz", misses=3)
    clock.advance(2 * DAY)
    window = open_home(qtbot, store, course, learner)
    qtbot.mouseClick(window.recheck_banner.review_button, Qt.MouseButton.LeftButton)
    first = window.quiz.session.attempt.id
    qtbot.keyClick(window.quiz, Qt.Key.Key_1)
    window.quiz.session = None  # as "Leave the quiz?" -> yes does
    window.show_home()
    qtbot.mouseClick(window.recheck_banner.review_button, Qt.MouseButton.LeftButton)
    assert window.quiz.session.attempt.id == first
    assert window.quiz.session.resumed


def test_employee_detail_shows_the_recheck_counts(qtbot, store, course, learner, clock):
    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    take_quiz(store, course, learner, "fees-deposits-quiz", misses=2)
    clock.advance(5 * DAY)  # those two: due for 4 days, so overdue
    take_quiz(store, course, learner, "shipping-deadlines-quiz", misses=1)  # due tomorrow
    clock.advance(2 * DAY)
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.signed_in(learner)
    learner_session = window.session
    review = learner_session.start_review()
    first = review.quiz.questions[0].id
    for index, shown in enumerate(review.presented):  # one right, the others missed again
        options = shown.question.options
        right = shown.question.id == first
        keep = [p for p, o in enumerate(shown.option_order) if options[o].correct == right]
        review.answer(index, set(keep) if right else set(keep[:1]))
    learner_session.submit(review)

    window.signed_in(manager)
    session = window.session
    window.show_employee(learner.id)
    detail = window.employee_detail
    assert window.stack.currentWidget() is detail
    counts = detail.rechecks
    summary = session.recheck_summary(learner.id)
    assert (summary.due, summary.upcoming, summary.retention) == (0, 3, pytest.approx(1 / 3))
    assert counts.text() == (
        "0 due now (0 overdue) · 3 within 7 days · 0 retained"
        " · retention 33% (1 of 3 review answers right)"
    )
    assert "Re-checks of missed questions" in counts.label.text()
    newest = [detail.attempts.item(0, column).text() for column in (0, 4)]
    assert newest == ["Review of questions you missed", "Reviewed"]

    clock.advance(8 * DAY)  # the two missed again were due a week ago, the right one a day ago
    window.show_employee(learner.id)
    assert counts.text().startswith("3 due now (2 overdue) · 0 within 7 days")
    assert f'color: {OVERDUE_COLOUR}">2 overdue' in counts.label.text()
    assert counts.accessibleDescription() == counts.text()
