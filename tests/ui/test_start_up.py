"""The main window's start: the first screen paints before the course loads, and is right.

The course, and Enter pressing a focused button (an application-wide event filter), come in
the event loop's next turn after the first paint; signing in before that loads them at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sellertrain.core.accounts import Accounts
from sellertrain.core.models import Course
from sellertrain.core.store import Store
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.shortcuts import EnterPressesButtons


def _filters() -> list[EnterPressesButtons]:
    return [f for w in QApplication.topLevelWidgets() for f in w.findChildren(EnterPressesButtons)]


def test_the_course_loads_after_the_first_screen_is_painted(qtbot, store: Store, course: Course):
    loads: list[bool] = []

    def load() -> Course:
        loads.append(window.stack.currentWidget() is not None)
        return course

    window = MainWindow(Accounts(store), load)
    qtbot.addWidget(window)
    window.start()
    assert loads == [] and window.stack.currentWidget() is window.first_run
    assert window._sign_in is None  # the screen not shown is not built
    assert not any(f.window is window for f in _filters())
    window.show()
    qtbot.waitUntil(lambda: loads == [True], timeout=5_000)
    assert window.course is course and loads == [True]  # loaded once
    assert any(f.window is window for f in _filters())  # Enter presses buttons from now on


def test_signing_in_before_the_course_loaded_loads_it(qtbot, store: Store, course: Course):
    employee = store.add_employee("Chen Jie", "learner", "pass-1234")
    window = MainWindow(Accounts(store), lambda: course)
    qtbot.addWidget(window)
    window.start()
    assert window.stack.currentWidget() is window.sign_in
    assert window._first_run is None
    window.signed_in(employee)  # no event loop turn in between: the course loads now
    assert window.stack.currentWidget() is window.outline
    assert window.session is not None and window.session.course is course


def test_content_problems_are_shown_once_the_course_loaded(qtbot, store: Store, course: Course):
    from dataclasses import replace

    from sellertrain.core.models import ContentError

    broken = replace(course, errors=[ContentError(Path("lessons/x.md"), 3, "bad", "error")])
    window = MainWindow(Accounts(store), lambda: broken)
    qtbot.addWidget(window)
    window.start()
    assert window.statusBar().currentMessage() == ""
    window.show()
    qtbot.waitUntil(lambda: "1 content problem" in window.statusBar().currentMessage())


def test_the_language_list_is_on_the_sign_in_screen_built_later(qtbot, store: Store, course):
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.start()  # an empty database: first-run
    assert window._sign_in is None
    store.add_employee("Chen Jie", "learner", "pass-1234")
    window.sign_out()  # shows sign-in, built now
    combo = window.language_choice.combo
    assert combo.parentWidget() is window.sign_in.sign_in_button.parentWidget()
    assert combo.findData("zh-CN", Qt.ItemDataRole.UserRole) >= 0


def test_the_values_named_by_number_are_qts(qtbot):
    """The first screens set two values by number (naming them makes all of Qt's enums)."""
    from sellertrain.ui.widgets import PLAIN_TEXT, USER_ROLE, plain_label

    assert Qt.TextFormat.PlainText.value == PLAIN_TEXT
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE
    label = plain_label("<b>Ana</b>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_first_screens_buttons_sit_at_the_right(qtbot, store: Store, course: Course):
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    button = window.first_run.create_button
    box = button.parentWidget()
    assert box is not None
    right = button.geometry().right()
    assert box.width() - right < 30 and button.width() < box.width() / 2
