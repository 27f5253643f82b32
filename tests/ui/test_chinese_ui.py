"""The app in zh-CN: sign-in → lesson → quiz → results → team view with no English left.

Every visible label, button, tab, header, list entry, placeholder and toolbar text is read;
what remains after taking out the allow-list (lesson content, which comes in Chinese from the
content variants, and names, ids and product names) must hold no English word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from sellertrain.core.accounts import Accounts
from sellertrain.core.models import Course
from sellertrain.core.store import Store
from sellertrain.ui import translations
from sellertrain.ui.main_window import MainWindow

ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
# product and format names and keys that stay as they are in Chinese software; "English" is
# the language list's own name for English, and "Language" stays beside 语言 on the language
# menu so that someone who cannot read Chinese finds the way back; 'roles' is a lesson-file key
ALLOWED = (
    *("SellerTrain", "PDF", "CSV", "HTML", "JSON", "GIFT", "Aiken", "ID"),
    *("Ctrl", "Shift", "Enter", "English", "Language", "roles"),
)
NAMES = ("Chen Jie", "Wang Fang", "Chen", "Wang", "customer-service", "management", "logistics")


def content_texts(course: Course) -> list[str]:
    """The course's own words (lesson content: translated by the content variants)."""
    texts: list[str] = [course.settings.title, *(module.title for module in course.modules)]
    for lesson in course.lessons.values():
        texts += [lesson.id, lesson.title, lesson.module, lesson.summary]
        texts += [section.title for section in lesson.sections]
        texts += list(lesson.tags) + list(lesson.roles)
    for quiz in course.quizzes.values():
        texts += [quiz.id, quiz.title, quiz.intro]
        for question in quiz.questions:
            texts += [question.id, question.text, question.title, question.context]
            texts += [option.text for option in question.options]
    return sorted((t for t in texts if t), key=len, reverse=True)


def own_texts(widget: QWidget) -> Iterator[str]:
    """The texts a widget shows itself: its text, tooltip, placeholder, items, tabs, headers."""
    if isinstance(widget, QLabel | QAbstractButton):
        yield from (widget.text(), widget.toolTip())
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QHeaderView) and widget.model() is not None:
        horizontal = widget.orientation() == Qt.Orientation.Horizontal
        model = widget.model()
        count = model.columnCount() if horizontal else 0
        yield from (str(model.headerData(i, widget.orientation()) or "") for i in range(count))


def item_texts(widget: QWidget) -> Iterator[str]:
    """The rows a tree, list or table shows (the first 20 of a table)."""
    if isinstance(widget, QTreeWidget):
        for top in range(widget.topLevelItemCount()):
            item = widget.topLevelItem(top)
            for column in range(widget.columnCount()):
                yield item.text(column)
                yield from (item.child(c).text(column) for c in range(item.childCount()))
    elif isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for row in range(min(model.rowCount(), 20)):
            for column in range(model.columnCount()):
                yield str(model.data(model.index(row, column)) or "")


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person sees under ``root``, lesson bodies aside."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()) or isinstance(widget, QTextBrowser):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        for text in (*own_texts(widget), *item_texts(widget)):
            yield name, text


def strip_allowed(text: str, allowed: list[str]) -> str:
    """``text`` without the allowed words, content shortened to fit, and rich-text markup."""
    rest = text
    for cut in re.findall(r"[^—：]*…", rest):  # content shortened to fit: a prefix of it
        if any(full.startswith(cut.strip(" …")) for full in allowed):
            rest = rest.replace(cut, " ")
    for allowed_text in allowed:
        rest = rest.replace(allowed_text, " ")
    return re.sub(r"<[^>]+>|&\w+;", " ", rest)


def english_left(root: QWidget, allowed: list[str]) -> list[tuple[str, str]]:
    return [
        (where, text)
        for where, text in visible_texts(root)
        if ENGLISH_WORD.search(strip_allowed(text, allowed))
    ]


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    assert "sellertrain_zh_CN" in translations.install("zh-CN")
    yield
    translations.install("en")


def _sign_in(qtbot, window: MainWindow, name: str, password: str) -> None:
    window.sign_in.refresh()
    window.sign_in.select(name)
    window.sign_in.password_edit.setText(password)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)


def test_the_walk_in_chinese_leaves_no_english(
    qtbot, chinese, store: Store, course: Course, reading_clock
) -> None:
    learner = store.add_employee("Chen Jie", "learner", "right-pass", "customer-service")
    store.add_employee("Wang Fang", "manager", "boss-pass", "management")
    window = MainWindow(Accounts(store), course, language="zh-CN")
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.start()
    window.show()
    assert window.language == "zh-CN"
    from sellertrain.core.content.variants import localize

    in_chinese = content_texts(localize(course, "zh-CN"))  # what the learner reads, translated
    allowed = sorted([*ALLOWED, *NAMES, *content_texts(course), *in_chinese], key=len, reverse=True)
    seen: dict[str, list[tuple[str, str]]] = {}

    def look(step: str) -> None:
        seen[step] = english_left(window, allowed)

    look("sign-in")
    _sign_in(qtbot, window, "Chen Jie", "right-pass")
    assert window.stack.currentWidget() is window.outline
    look("outline")
    lesson = course.ordered_lessons[0]
    window.open_lesson(lesson.id)
    assert window.stack.currentWidget() is window.lesson
    look("lesson")
    reading_clock.advance(lesson.minutes * 60)
    qtbot.waitUntil(window.lesson.complete_button.isEnabled)
    qtbot.mouseClick(window.lesson.complete_button, Qt.MouseButton.LeftButton)
    look("lesson completed")
    qtbot.mouseClick(window.lesson.quiz_button, Qt.MouseButton.LeftButton)
    quiz = window.quiz
    assert window.stack.currentWidget() is quiz
    assert quiz.progress_label.text().startswith("第 1 题")
    look("quiz")
    for _ in range(len(quiz.session.presented)):
        quiz.choose(0)
        qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.pages.currentWidget() is quiz.summary
    look("quiz summary")
    qtbot.keyClick(quiz.summary.submit_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results
    look("results")
    window.show_my_progress()
    look("my progress")
    assert store.attempts(learner.id)

    window.sign_out()
    _sign_in(qtbot, window, "Wang Fang", "boss-pass")
    window.show_team()
    assert window.stack.currentWidget() is window.team
    tabs = window.team.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(50)  # the tab's rows load on first show
        look(f"team: {tabs.tabText(index)}")
    qtbot.waitUntil(lambda: bool(window.team.charts_page.chart_svgs), timeout=30_000)
    svgs = window.team.charts_page.chart_svgs  # the charts' own words (axis, pass mark, dates)
    words = [w for svg in svgs.values() for w in re.findall(r"<(?:text|title)[^>]*>([^<]*)<", svg)]
    seen["team: chart words"] = [
        ("chart", w) for w in words if ENGLISH_WORD.search(strip_allowed(w, allowed))
    ]
    assert any("及格分" in w for w in words)
    window.show_employee(learner.id)
    look("employee detail")

    assert len(seen) >= 14
    left = {step: found for step, found in seen.items() if found}
    assert not left, f"English left on screen in zh-CN: {left}"


def test_choosing_chinese_on_the_sign_in_screen_saves_it(
    qtbot, store: Store, course, this_computer
):
    from sellertrain.core.language import saved_language

    store.add_employee("Chen Jie", "learner", "right-pass")
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.start()
    chosen: list[str] = []
    window.language_choice.chosen.connect(chosen.append)
    combo = window.language_choice.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "中文"]
    combo.setCurrentIndex(1)
    assert chosen == ["zh-CN"]
    assert saved_language(this_computer) == "zh-CN"


def test_the_menu_signs_out_before_switching(qtbot, store: Store, course, answers_yes):
    learner = store.add_employee("Chen Jie", "learner", "right-pass")
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.start()
    window.signed_in(learner)
    chosen: list[str] = []
    window.language_choice.chosen.connect(chosen.append)
    (action,) = [a for a in window.language_choice.menu.actions() if a.text() == "中文"]
    action.trigger()
    assert answers_yes and chosen == ["zh-CN"]
    assert window.session is None and window.stack.currentWidget() is window.sign_in


def test_the_app_rebuilds_its_window_in_the_chosen_language(qtbot, store: Store, course):
    from sellertrain.app import open_window

    store.add_employee("Chen Jie", "learner", "right-pass")
    window = open_window(Accounts(store), course, "en")
    qtbot.addWidget(window)
    window.start()
    assert window.sign_in.sign_in_button.text() == "Sign in"
    window.language_choice.combo.setCurrentIndex(1)
    from sellertrain.app import _keep_alive

    rebuilt = _keep_alive.pop()
    qtbot.addWidget(rebuilt)
    try:
        assert rebuilt.language == "zh-CN"
        assert rebuilt.sign_in.sign_in_button.text() == "登录"
    finally:
        translations.install("en")


def test_first_run_problems_are_said_in_chinese(qtbot, chinese, store: Store, course) -> None:
    window = MainWindow(Accounts(store), course, language="zh-CN")
    qtbot.addWidget(window)
    window.start()
    screen = window.first_run
    assert screen.create_button.text() == "创建主管账户"
    screen.name_edit.setText("王芳")
    for typed, expected in (("short", "密码至少需要 8 个字符。"), ("password123", "太容易被猜到")):
        screen.password_edit.setText(typed)
        screen.repeat_edit.setText(typed)
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
        assert expected in screen.error_label.text()
    assert not store.has_employees()
    screen.name_edit.setText("")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert screen.error_label.text() == "请输入你的姓名。"
