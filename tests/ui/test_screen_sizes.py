"""Every screen lays out in a 1024x600 window: no field, button or label is squeezed below the
height it needs, and none is cut off by the window or its container (a scroll area may hide
what it scrolls to)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from sellertrain.core.store import Store
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.style import APP_STYLE_SHEET

SIZE = (1024, 600)
CHECKED = (QLabel, QLineEdit, QAbstractButton, QComboBox, QAbstractSpinBox)


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own style sheet (its padding is part of every size hint), as app.py sets it."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(APP_STYLE_SHEET)
    yield
    qapp.setStyleSheet(before)


def needed_height(widget: QWidget) -> int:
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.hasHeightForWidth():
        return widget.heightForWidth(widget.width())
    if not isinstance(widget, QLabel) and widget.hasHeightForWidth():  # e.g. a wrapping option
        return widget.heightForWidth(widget.width())
    return widget.minimumSizeHint().height()


def in_scrolled_content(ancestor: QWidget) -> bool:
    """Whether ``ancestor`` is the viewport of a scroll area (which may hide what it scrolls)."""
    area = ancestor.parentWidget()
    return isinstance(area, QAbstractScrollArea) and ancestor is area.viewport()


def problems(window: MainWindow) -> list[str]:
    """Each visible widget of the current screen that is squeezed or cut off."""
    found = []
    screen = window.stack.currentWidget()
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, CHECKED) or not widget.isVisible() or widget.height() == 0:
            continue
        if isinstance(widget.parentWidget(), QAbstractScrollArea | QComboBox | QAbstractSpinBox):
            continue  # parts of a scroll area, combo or spin box (bars, buttons, its edit)
        name = f"{type(widget).__name__} {widget.objectName() or repr(getattr(widget, 'text', str)())[:40]}"
        need = needed_height(widget)
        if widget.height() < need:
            found.append(f"{name}: {widget.height()} px tall, needs {need}")
            continue
        child, rect = widget, QRect(widget.rect())
        while child is not window:
            parent = child.parentWidget()
            if parent is None:
                break
            rect = rect.translated(child.pos())
            if in_scrolled_content(parent):
                break
            if not parent.rect().contains(rect):
                found.append(f"{name}: cut off by {type(parent).__name__} {parent.objectName()}")
                break
            child = parent
    return found


def each_tab(window: MainWindow) -> Iterator[str]:
    """The current screen once per tab page (a single pass for a screen without tabs)."""
    tabs = window.stack.currentWidget().findChild(QTabWidget)
    if tabs is None:
        yield ""
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield tabs.tabText(index)


def show(qtbot, window: MainWindow, screen: str, open_screen: Callable[[], None]) -> list[str]:
    open_screen()
    qtbot.wait(20)  # layouts settle on posted events
    found = []
    for tab in each_tab(window):
        qtbot.wait(20)
        found += [f"{screen} {tab}: {p}".replace("  ", " ") for p in problems(window)]
    return found


def test_every_screen_lays_out_at_1024_by_600(qtbot, window, store: Store, course, styled):
    window.resize(*SIZE)
    found = show(qtbot, window, "first run", lambda: None)
    assert window.stack.currentWidget() is window.first_run

    manager = store.add_employee("Wang Fang", "manager", "boss-pass", "management")
    store.add_employee("Chen Jie", "learner", "pass-1234", "customer-service")
    found += show(qtbot, window, "sign-in", window.start)
    assert window.stack.currentWidget() is window.sign_in

    window.signed_in(manager)
    lesson = course.ordered_lessons[0]
    found += show(qtbot, window, "home", window.show_home)
    found += show(qtbot, window, "lesson", lambda: window.open_lesson(lesson.id))
    found += show(qtbot, window, "quiz", lambda: window.start_quiz(lesson.quiz_id))
    window.quiz.leave()
    found += show(qtbot, window, "my progress", window.show_my_progress)

    def team() -> None:
        with qtbot.waitSignal(window.team.progress_loaded, timeout=10_000):
            window.show_team()

    found += show(qtbot, window, "team", team)
    found += show(qtbot, window, "studio", window.show_author)
    assert window.size().width() == SIZE[0] and window.size().height() == SIZE[1]
    assert found == []
