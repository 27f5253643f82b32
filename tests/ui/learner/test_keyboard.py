"""Keyboard only: toolbar shortcuts by role, focus on options, Tab and arrows in "select all
that apply", Enter on a focused button, and a learner's journey from sign-in to results."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from sellertrain.core.models import QuestionKind
from sellertrain.core.training.attempts import QuizSession
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.workers import Worker

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test(qtbot):
    yield
    qtbot.waitUntil(lambda: Worker.running() == 0, timeout=10_000)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a keyboard would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot, widget: QWidget, limit: int = 60) -> None:
    """Press Tab until ``widget`` has the focus."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


@pytest.fixture
def active(qtbot, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_shortcuts_open_only_what_the_role_may_see(qtbot, active, store):
    window = active
    window.signed_in(store.add_employee("Chen Jie", "learner", "pass-1234"))
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.stack.currentWidget() is window.my_progress
    press(qtbot, Qt.Key.Key_3, CTRL)  # Team: not for a learner
    press(qtbot, Qt.Key.Key_4, CTRL)  # Author: not for a learner
    assert window.stack.currentWidget() is window.my_progress and window.author is None
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.stack.currentWidget() is window.outline
    assert "Ctrl+1" in window.toolbar.home_action.toolTip()
    press(qtbot, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.stack.currentWidget() is window.sign_in and window.session is None

    window.signed_in(store.add_employee("Wang Fang", "manager", "pass-1234"))
    with qtbot.waitSignal(window.team.progress_loaded, timeout=10_000):
        press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.stack.currentWidget() is window.team
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.stack.currentWidget() is window.author


def _show_multiple(window: MainWindow, store, course) -> list[QWidget]:
    """A "select all that apply" question of the shipped course, shown with its options."""
    quiz, index = next(
        (quiz, i)
        for quiz in course.quizzes.values()
        for i, q in enumerate(quiz.questions)
        if q.kind is QuestionKind.MULTIPLE
    )
    single = dataclasses.replace(quiz, questions=(quiz.questions[index],), draw=None)
    window.run_session(QuizSession.start(store, window.session.employee.id, single))
    QApplication.processEvents()
    return list(window.quiz.option_buttons)


def test_tab_and_arrows_reach_every_option_of_select_all(qtbot, active, store, course):
    window = active
    window.signed_in(store.add_employee("Chen Jie", "learner", "pass-1234"))
    options = _show_multiple(window, store, course)
    assert len(options) >= 3
    assert QApplication.focusWidget() is options[0]
    for option in options[1:]:
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is option
    for option in reversed(options[:-1]):
        press(qtbot, Qt.Key.Key_Up)
        assert QApplication.focusWidget() is option
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert [o.isChecked() for o in options] == [i == 1 for i in range(len(options))]
    assert window.quiz.session.selected_positions(0) == {1}


def test_the_focused_option_shows_it(qtbot, active, store, course):
    window = active
    window.signed_in(store.add_employee("Chen Jie", "learner", "pass-1234"))
    first, second, *_rest = _show_multiple(window, store, course)
    focused = first.grab().toImage()
    second.setFocus()
    QApplication.processEvents()
    assert first.grab().toImage() != focused  # the focus frame went with the focus
    assert second.grab().toImage() != focused


def test_enter_presses_the_focused_button_not_next(qtbot, active, store, course):
    window = active
    window.signed_in(store.add_employee("Chen Jie", "learner", "pass-1234"))
    window.start_quiz(course.ordered_lessons[0].quiz_id)
    quiz = window.quiz
    quiz.go_to(1)
    quiz.prev_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert quiz.index == 0  # Previous, not Next
    quiz.flag_button.setFocus()
    press(qtbot, Qt.Key.Key_Enter)
    assert quiz.flag_button.isChecked() and quiz.index == 0


def test_keyboard_only_journey_from_sign_in_to_results(qtbot, active, store, answers_yes):
    window = active
    store.add_employee("Chen Jie", "learner", "pass-1234")
    window.start()
    sign_in = window.sign_in
    tab_to(qtbot, sign_in.employee_list)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)  # the name chosen: on to the password
    assert QApplication.focusWidget() is sign_in.password_edit
    qtbot.keyClicks(QApplication.focusWidget(), "pass-1234")
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.outline

    tab_to(qtbot, window.outline.continue_button)
    press(qtbot, Qt.Key.Key_Return)  # Start: the first lesson
    assert window.stack.currentWidget() is window.lesson
    tab_to(qtbot, window.lesson.quiz_button)
    press(qtbot, Qt.Key.Key_Return)
    quiz = window.quiz
    assert window.stack.currentWidget() is quiz

    for _ in range(len(quiz.session.presented)):
        shown = quiz.session.presented[quiz.index]
        question = shown.question
        if question.kind.is_choice:
            for position, original in enumerate(shown.option_order):
                if question.options[original].correct:
                    press(qtbot, getattr(Qt.Key, f"Key_{position + 1}"))
        elif question.accepted:
            qtbot.keyClicks(QApplication.focusWidget(), question.accepted[0].text)
        press(qtbot, Qt.Key.Key_Return)
    assert quiz.pages.currentWidget() is quiz.summary
    assert QApplication.focusWidget() is quiz.summary.submit_button
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results
    assert window.results.review.attempt.status == "submitted"
    press(qtbot, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.stack.currentWidget() is window.sign_in
