"""The lesson reader: where reading resumes, the minimum reading time, diagrams and callouts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from sellertrain.core.models import Course
from sellertrain.core.store import Store
from sellertrain.ui.main_window import MainWindow

LESSON = "enforcement-basics"  # 10 minutes, a quiz, a diagram and callouts


def _scroll_to_middle(window: MainWindow) -> int:
    bar = window.lesson.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    return window.lesson.top_position()


def test_continue_reopens_the_lesson_where_the_reader_left_it(qtbot, window, store, course):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234", "logistics")
    window.signed_in(learner)
    window.open_lesson(LESSON)
    place = _scroll_to_middle(window)
    assert place > 0
    window.show_home()

    assert window.outline.continue_button.isEnabled()
    qtbot.mouseClick(window.outline.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.lesson
    assert window.lesson.lesson.id == LESSON
    qtbot.waitUntil(lambda: abs(window.lesson.top_position() - place) < 80)
    assert window.lesson.view.verticalScrollBar().value() > 0


def test_the_place_is_kept_per_lesson_and_per_employee(qtbot, window, store, course):
    chen = store.add_employee("Chen Jie", "learner", "pass-1234", "logistics")
    li = store.add_employee("Li Wei", "learner", "pass-1234", "logistics")
    other = next(lesson.id for lesson in course.ordered_lessons if lesson.id != LESSON)
    window.signed_in(chen)
    window.open_lesson(LESSON)
    place = _scroll_to_middle(window)
    window.open_lesson(other)  # previous/next and links leave the lesson too
    qtbot.wait(10)
    assert window.lesson.view.verticalScrollBar().value() == 0
    window.open_lesson(LESSON)
    qtbot.waitUntil(lambda: abs(window.lesson.top_position() - place) < 80)
    window.sign_out()

    window.signed_in(li)
    window.open_lesson(LESSON)
    qtbot.wait(10)
    assert window.lesson.view.verticalScrollBar().value() == 0


def test_an_anchor_wins_over_the_remembered_place(qtbot, window, store, course: Course):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234", "logistics")
    window.signed_in(learner)
    window.open_lesson(LESSON)
    _scroll_to_middle(window)
    window.show_home()
    first = course.lessons[LESSON].sections[0]
    window.open_lesson(f"{LESSON}#{first.anchor}")
    qtbot.wait(10)
    cursor = QTextCursor(window.lesson.view.document())
    cursor.setPosition(window.lesson.top_position())
    assert first.title in cursor.block().text() or window.lesson.top_position() < 400


def test_mark_as_complete_waits_for_a_quarter_of_the_reading_time(
    qtbot, window, store, course, reading_clock
):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234", "logistics")
    window.signed_in(learner)
    window.open_lesson(LESSON)
    screen = window.lesson
    complete = screen.complete_button
    assert course.lessons[LESSON].minutes == 15  # at 100 words a minute; a quarter: 3 min 45 s
    assert not complete.isEnabled()
    assert complete.text() == "Mark as complete (3:45)"
    assert "after 3 min 45 s of reading (25% of its reading time)" in complete.toolTip()
    qtbot.mouseClick(complete, Qt.MouseButton.LeftButton)
    screen.mark_complete()  # refused in the screen too, not only by the disabled button
    assert store.lesson_progress(learner.id)[LESSON].completed_version is None

    reading_clock.advance(60)
    qtbot.waitUntil(lambda: complete.text() == "Mark as complete (2:45)", timeout=3000)

    # time away from the lesson does not count
    window.show_home()
    reading_clock.advance(3600)
    window.open_lesson(LESSON)
    assert complete.text() == "Mark as complete (2:45)" and not complete.isEnabled()

    reading_clock.advance(165)
    qtbot.waitUntil(complete.isEnabled, timeout=3000)
    assert complete.text() == "Mark as complete" and complete.toolTip() == ""
    qtbot.mouseClick(complete, Qt.MouseButton.LeftButton)
    assert store.lesson_progress(learner.id)[LESSON].completed_version is not None


def test_taking_the_quiz_early_does_not_complete_the_lesson(
    qtbot, window, store, course, reading_clock, answers_yes
):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234", "logistics")
    window.signed_in(learner)
    window.open_lesson(LESSON)
    reading_clock.advance(5)
    qtbot.mouseClick(window.lesson.quiz_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.quiz
    progress = store.lesson_progress(learner.id)[LESSON]
    assert progress.completed_version is None
    assert progress.seconds == 5


def test_the_course_sets_the_minimum_reading_time(qtbot, store, course: Course, reading_clock):
    import dataclasses

    from sellertrain.core.accounts import Accounts

    course.settings = dataclasses.replace(course.settings, minimum_reading_percent=0)
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.signed_in(store.add_employee("Chen Jie", "learner", "pass-1234"))
    window.open_lesson(LESSON)
    assert window.lesson.complete_button.isEnabled()
    assert window.lesson.complete_button.text() == "Mark as complete"


def test_completing_a_lesson_with_a_quiz_says_the_quiz_is_still_required(
    qtbot, window, store: Store, course, reading_clock
):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234", "logistics")
    window.signed_in(learner)
    window.open_lesson(LESSON)
    assert window.lesson.status_label.text() == ""
    reading_clock.advance(600)
    qtbot.waitUntil(window.lesson.complete_button.isEnabled, timeout=3000)
    qtbot.mouseClick(window.lesson.complete_button, Qt.MouseButton.LeftButton)
    assert window.lesson.complete_button.text() == "Completed ✓"
    assert window.lesson.status_label.text() == "Complete — its quiz is still required"


def test_diagrams_fit_the_reader_without_a_gap_below(qtbot, window, store, course):
    window.resize(1024, 600)
    window.signed_in(store.add_employee("Chen Jie", "learner", "pass-1234"))
    window.open_lesson(LESSON)
    view = window.lesson.view
    document = view.document()
    qtbot.waitUntil(lambda: view.viewport().width() < 760)  # narrower than the 760 px diagram
    images = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            image = fragments.fragment().charFormat().toImageFormat()
            if image.isValid():
                images.append((block, image))
            fragments += 1
        block = block.next()
    assert len(images) == 1
    block, image = images[0]
    text_width = view.viewport().width() - 2 * document.documentMargin()
    assert 0 < image.width() <= text_width
    assert (
        image.height() == round(image.width() * 554 / 760)
        or abs(image.height() - image.width() * 554 / 760) < 1
    )
    assert view.horizontalScrollBar().maximum() == 0  # nothing hides behind a scroll bar
    # the figure's line is as tall as the image (plus margins), not 140 % of it
    layout_height = document.documentLayout().blockBoundingRect(block).height()
    assert layout_height < image.height() + 40

    window.resize(1366, 768)  # wider again: the diagram grows back to its own size
    qtbot.waitUntil(lambda: images_width(view) == 760)


def images_width(view) -> float:
    block = view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            image = fragments.fragment().charFormat().toImageFormat()
            if image.isValid():
                return image.width()
            fragments += 1
        block = block.next()
    return 0.0


def test_callouts_show_an_icon_and_a_bold_label(qtbot, window, store):
    window.signed_in(store.add_employee("Chen Jie", "learner", "pass-1234"))
    window.open_lesson(LESSON)
    text = window.lesson.view.toPlainText()
    assert "⚖ Rule: Severity decides the penalty" in text
    assert "⚠ Warning: Do not trust" in text
