"""Quiz options wrap: at 1024×600 no option of the shipped course is cut off, and the app's
own style sheet is in use, as in the app."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from sellertrain.core.models import Course
from sellertrain.core.training.attempts import QuizSession
from sellertrain.ui.learner.option_button import CHECK, RADIO, TEXT_FLAGS, OptionCheck, text_rect
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.style import APP_STYLE_SHEET


@pytest.fixture
def small_window(qtbot, window: MainWindow, store) -> MainWindow:
    """The learner's window at 1024×600 with the app's style sheet."""
    window.setStyleSheet(APP_STYLE_SHEET)
    window.resize(1024, 600)
    window.signed_in(store.add_employee("Chen Jie", "learner", "pass-1234"))
    return window


def clipped_options(window: MainWindow) -> list[str]:
    """The options shown now whose text does not fit where the style puts an option's text,
    or that reach beyond the visible part of the page."""
    QApplication.processEvents()
    screen = window.quiz
    viewport = screen.findChild(QScrollArea).viewport()
    found = []
    for option in screen.option_buttons:
        room = text_rect(option, CHECK if isinstance(option, OptionCheck) else RADIO)
        needed = option.fontMetrics().boundingRect(
            QRect(0, 0, room.width(), 100_000), TEXT_FLAGS, option.text()
        )
        right_edge = option.mapTo(viewport, option.rect().topRight()).x()
        if (
            needed.width() > room.width()
            or needed.height() > room.height()
            or right_edge >= viewport.width()
        ):
            found.append(option.accessibleName())
    return found


def test_no_option_of_the_shipped_course_is_clipped_at_1024_by_600(
    qtbot, small_window: MainWindow, store, course: Course, answers_yes
):
    window = small_window
    learner = window.session.employee
    shown = 0
    for quiz in course.quizzes.values():
        every = dataclasses.replace(quiz, draw=None, time_limit=None)  # every question, once
        window.run_session(QuizSession.start(store, learner.id, every))
        for index in range(len(window.quiz.session.presented)):
            window.quiz.go_to(index)
            assert clipped_options(window) == [], f"{quiz.id} question {index + 1}"
            shown += len(window.quiz.option_buttons)
    assert shown == sum(len(q.options) for quiz in course.quizzes.values() for q in quiz.questions)


def test_a_click_on_the_text_of_a_long_option_checks_it(
    qtbot, small_window: MainWindow, store, course: Course
):
    """An option long enough to wrap (the shipped course keeps options short now, so this
    one is made here) is checked by a click on its last line of text."""
    from sellertrain.core.models import Option

    quiz = course.quizzes["final-assessment"]
    text = "Report the buyer through the platform's own tool and wait for its answer. " * 4
    question = dataclasses.replace(
        quiz.questions[0], options=(Option("Wrong", False), Option(text.strip(), True))
    )
    one = dataclasses.replace(quiz, questions=(question,), draw=None, time_limit=None)
    window = small_window
    window.run_session(QuizSession.start(store, window.session.employee.id, one))
    QApplication.processEvents()
    screen = window.quiz
    option = max(screen.option_buttons, key=lambda b: len(b.accessibleName()))
    assert option.height() > 2 * option.fontMetrics().height()  # wrapped onto lines
    on_last_line = option.rect().bottomLeft() + QPoint(option.width() // 3, -10)
    qtbot.mouseClick(option, Qt.MouseButton.LeftButton, pos=on_last_line)
    assert option.isChecked()


def test_an_option_as_long_as_the_check_allows_fits_on_one_line(
    qtbot, small_window: MainWindow, store, course: Course
):
    """The hint of ``sellertrain check`` (ONE_LINE_CHARS) matches what the runner shows."""
    from sellertrain.core.content.quiz_style import ONE_LINE_CHARS
    from sellertrain.core.models import Option

    quiz = course.quizzes["final-assessment"]
    text = ("Report the buyer through the platform's own tool and wait " * 3)[:ONE_LINE_CHARS]
    question = dataclasses.replace(
        quiz.questions[0], options=(Option(text, True), Option("Wrong", False))
    )
    one = dataclasses.replace(quiz, questions=(question,), draw=None, time_limit=None)
    window = small_window
    window.run_session(QuizSession.start(store, window.session.employee.id, one))
    QApplication.processEvents()
    option = next(b for b in window.quiz.option_buttons if b.accessibleName() == text)
    short = next(b for b in window.quiz.option_buttons if b.accessibleName() == "Wrong")
    assert option.height() == short.height()  # not wrapped
