"""The learner's whole journey, driven headless through the real widgets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QPushButton

from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Course
from sellertrain.core.store import Store
from sellertrain.core.training.attempts import QuizSession
from sellertrain.ui.learner.outline import LESSON_ROLE
from sellertrain.ui.main_window import MainWindow


def _correct_positions(window: MainWindow) -> list[int]:
    session = window.quiz.session
    presented = session.presented[window.quiz.index]
    return [
        position
        for position, original in enumerate(presented.option_order)
        if presented.question.options[original].correct
    ]


def _sign_in(qtbot, window: MainWindow, name: str, password: str) -> None:
    window.sign_in.refresh()
    window.sign_in.select(name)
    window.sign_in.password_edit.setText(password)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)


def test_first_run_asks_for_a_manager_and_signs_them_in(qtbot, window, store):
    assert window.stack.currentWidget() is window.first_run
    screen = window.first_run
    screen.name_edit.setText("Wang Fang")
    screen.password_edit.setText("s3cret-pass")
    screen.repeat_edit.setText("different")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in screen.error_label.text()
    assert not store.has_employees()

    screen.repeat_edit.setText("s3cret-pass")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.outline
    (manager,) = store.employees()
    assert (manager.name, manager.role.value) == ("Wang Fang", "manager")
    assert store.authenticate("Wang Fang", "s3cret-pass") == manager
    assert "Wang Fang" in window.user_label.text()


def test_wrong_password_is_refused_plainly(qtbot, window, store):
    store.add_employee("Chen Jie", "learner", "right-pass", "customer-service")
    window.start()
    assert window.stack.currentWidget() is window.sign_in
    _sign_in(qtbot, window, "Chen Jie", "wrong-pass")
    assert window.stack.currentWidget() is window.sign_in
    assert "Wrong password" in window.sign_in.error_label.text()
    assert window.employee is None
    _sign_in(qtbot, window, "Chen Jie", "right-pass")
    assert window.stack.currentWidget() is window.outline
    assert window.employee.name == "Chen Jie"


def test_whole_journey_lesson_quiz_review_and_records(
    qtbot, window, store, course: Course, reading_clock
):
    learner = store.add_employee("Chen Jie", "learner", "right-pass", "customer-service")
    window.start()
    _sign_in(qtbot, window, "Chen Jie", "right-pass")
    outline = window.outline
    assert outline.progress_bar.value() == 0
    lesson = course.ordered_lessons[0]
    item = outline.lesson_item(lesson.id)
    assert item.text(1) == "Not started"
    assert item.text(3) == "Required"

    outline.tree.itemActivated.emit(item, 0)
    assert window.stack.currentWidget() is window.lesson
    assert lesson.title in window.lesson.view.toPlainText()
    assert window.lesson.toc.count() == len(lesson.sections)
    reading_clock.advance(lesson.minutes * 60)
    qtbot.waitUntil(window.lesson.complete_button.isEnabled)
    qtbot.mouseClick(window.lesson.complete_button, Qt.MouseButton.LeftButton)
    assert not window.lesson.complete_button.isEnabled()
    progress = store.lesson_progress(learner.id)[lesson.id]
    assert progress.completed_version == lesson.version

    qtbot.mouseClick(window.lesson.quiz_button, Qt.MouseButton.LeftButton)
    quiz_screen = window.quiz
    assert window.stack.currentWidget() is quiz_screen
    total = len(quiz_screen.session.presented)
    assert quiz_screen.progress_label.text() == f"Question 1 of {total}"
    wrong_on = {0, 1}
    for number in range(total):
        correct = _correct_positions(window)
        options = len(quiz_screen.option_buttons)
        if number in wrong_on:
            picks = [next(p for p in range(options) if p not in correct)]
        else:
            picks = correct
        for position in picks:
            qtbot.keyClick(quiz_screen, getattr(Qt.Key, f"Key_{position + 1}"))
        assert {i for i, b in enumerate(quiz_screen.option_buttons) if b.isChecked()} == set(picks)
        qtbot.keyClick(quiz_screen, Qt.Key.Key_Return)
    # after the last question, the summary: Enter presses its focused Submit
    assert quiz_screen.pages.currentWidget() is quiz_screen.summary
    assert window.stack.currentWidget() is quiz_screen
    qtbot.keyClick(quiz_screen.summary.submit_button, Qt.Key.Key_Return)

    assert window.stack.currentWidget() is window.results
    expected = round(100 * (total - len(wrong_on)) / total, 2)
    assert window.results.score_label.text().startswith(f"{expected:.0f}%")
    review_text = window.results.view.toPlainText()
    assert "your answer, wrong" in review_text
    assert "correct answer" in review_text
    assert "Why:" in review_text

    (attempt,) = store.attempts(learner.id)
    assert attempt.status == "submitted"
    assert attempt.score == pytest.approx(expected)
    assert attempt.passed is (expected >= course.quizzes[lesson.quiz_id].pass_mark)
    answers = store.answers(attempt.id)
    assert len(answers) == total
    assert sum(not a.correct for a in answers) == len(wrong_on)

    qtbot.mouseClick(window.results.retake_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.quiz
    assert len(store.attempts(learner.id)) == 2


def test_closing_mid_quiz_resumes_at_next_sign_in(qtbot, store, course, answers_yes):
    store.add_employee("Chen Jie", "learner", "right-pass", "logistics")
    first = MainWindow(Accounts(store), course)
    qtbot.addWidget(first)
    first.start()
    _sign_in(qtbot, first, "Chen Jie", "right-pass")
    quiz_id = course.ordered_lessons[0].quiz_id
    first.start_quiz(quiz_id)
    first.quiz.choose(1)
    qtbot.keyClick(first.quiz, Qt.Key.Key_Return)
    first.quiz.choose(0)
    seed = first.quiz.session.attempt.seed
    given = dict(first.quiz.session.answers)
    assert len(given) == 2
    first.close()

    second = MainWindow(Accounts(store), course)
    qtbot.addWidget(second)
    second.start()
    _sign_in(qtbot, second, "Chen Jie", "right-pass")
    assert second.stack.currentWidget() is second.quiz
    session = second.quiz.session
    assert session.resumed and session.attempt.seed == seed
    assert session.answers == given
    assert second.quiz.index == 2
    assert second.quiz.notice.isVisibleTo(second)
    second.quiz.go_to(0)
    assert [b.isChecked() for b in second.quiz.option_buttons][1] is True


def test_submitting_with_unanswered_questions_asks_first(qtbot, window, store, course, monkeypatch):
    from sellertrain.ui import dialogs

    learner = store.add_employee("Chen Jie", "learner", "right-pass")
    window.signed_in(learner)
    window.start_quiz(course.ordered_lessons[0].quiz_id)
    window.quiz.choose(0)
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, title, text: asked.append(text) or False)
    qtbot.mouseClick(window.quiz.submit_button, Qt.MouseButton.LeftButton)
    assert not asked and window.quiz.pages.currentWidget() is window.quiz.summary
    qtbot.mouseClick(window.quiz.summary.submit_button, Qt.MouseButton.LeftButton)
    assert asked and "have no answer yet" in asked[0]
    assert window.stack.currentWidget() is window.quiz
    assert window.quiz.index == 1  # taken to the first unanswered question
    assert store.attempts(learner.id)[0].finished is False

    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_args: True)
    qtbot.mouseClick(window.quiz.submit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.quiz.summary.submit_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.results
    assert store.attempts(learner.id)[0].status == "submitted"


def test_time_limit_submits_when_time_runs_out(qtbot, window, store, course):
    import dataclasses
    import datetime as dt

    learner = store.add_employee("Chen Jie", "learner", "right-pass")
    window.signed_in(learner)
    quiz = dataclasses.replace(course.quizzes["final-assessment"], time_limit=1)
    window.quiz.start(QuizSession.start(store, learner.id, quiz))
    window.stack.setCurrentWidget(window.quiz)
    assert (
        window.quiz.timer_label.text().startswith("Time left 1:00")
        or "0:5" in window.quiz.timer_label.text()
    )
    window.quiz.clock = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)
    window.quiz._tick()
    assert store.attempts(learner.id)[0].status == "timed_out"


def test_a_material_change_shows_what_changed_and_a_recheck_restores_it(
    qtbot, store, content: Path
):
    from sellertrain.core.session import Session

    course = load_course(content, deep=False)
    learner = store.add_employee("Chen Jie", "learner", "right-pass", "logistics")
    author = store.add_employee("Li Na", "author", "author-pass")
    lesson = course.lessons["enforcement-basics"]
    Session(store, course, learner).complete_lesson(lesson.id)
    lesson.path.write_text(
        lesson.path.read_text(encoding="utf-8").replace(
            "Fewer buyers see the products", "Far fewer buyers see the products"
        ),
        encoding="utf-8",
    )
    changed = load_course(content, deep=False)
    Session(store, changed, author).publish_lesson(lesson.id, "material", previous=lesson)

    window = MainWindow(Accounts(store), changed)
    qtbot.addWidget(window)
    window.signed_in(learner)
    assert window.outline.lesson_item(lesson.id).text(1) == "Needs refresh"
    assert window.outline.refresh_banner.isVisibleTo(window)
    assert "Updated rules to review" in window.outline.refresh_label.text()
    changes = window.outline.findChild(QPushButton, f"changes-{lesson.id}")
    qtbot.mouseClick(changes, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.what_changed
    page = window.what_changed.view.toPlainText()
    assert "What a penalty costs the store" in page and "Far" in page
    assert "#e6f4ea" in window.what_changed.view.toHtml()  # the added word is highlighted
    # the lesson quiz's two questions on that section and the final's two
    assert window.what_changed.recheck_button.text() == "Take the re-check (4 questions)"

    qtbot.mouseClick(window.what_changed.recheck_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.quiz
    attempt = window.quiz.session
    assert {q.tests_anchor for q in attempt.quiz.questions} == {"what-a-penalty-costs-the-store"}
    for index, shown in enumerate(attempt.presented):
        window.quiz.go_to(index)
        right = [p for p, o in enumerate(shown.option_order) if o in shown.question.correct_indices]
        for position in right:
            window.quiz.choose(position)
    qtbot.mouseClick(window.quiz.submit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.quiz.summary.submit_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.results
    window.show_home()
    assert window.outline.lesson_item(lesson.id).text(1) == "Completed"
    assert not window.outline.refresh_banner.isVisibleTo(window)


def test_reading_time_is_recorded_when_leaving_a_lesson(
    qtbot, window, store, course, reading_clock
):
    learner = store.add_employee("Chen Jie", "learner", "right-pass")
    window.signed_in(learner)
    lesson = course.ordered_lessons[1]
    window.open_lesson(lesson.id)
    reading_clock.advance(42)
    window.show_home()
    assert store.lesson_progress(learner.id)[lesson.id].seconds == 42
    assert window.outline.lesson_item(lesson.id).text(1) == "In progress"


def test_web_links_open_only_after_showing_the_address(
    qtbot, window, store, answers_yes, monkeypatch
):
    from sellertrain.ui.learner import lesson_reader

    opened: list[str] = []
    monkeypatch.setattr(
        lesson_reader.QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
    )
    learner = store.add_employee("Chen Jie", "learner", "right-pass")
    window.signed_in(learner)
    window.open_lesson(window.course.ordered_lessons[0].id)
    window.lesson._link_clicked(QUrl("https://example.com/rules"))
    assert "https://example.com/rules" in answers_yes[0][1]
    assert opened == ["https://example.com/rules"]
    window.lesson._link_clicked(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.com/rules"]


def test_lesson_links_and_review_links_open_the_section(qtbot, window, store, course):
    learner = store.add_employee("Chen Jie", "learner", "right-pass")
    window.signed_in(learner)
    target = course.ordered_lessons[2]
    section = target.sections[1]
    window.results.open_lesson.emit(f"{target.id}#{section.anchor}")
    assert window.stack.currentWidget() is window.lesson
    assert window.lesson.lesson.id == target.id


def test_my_progress_lists_attempts_and_opens_their_review(qtbot, window, store, course):
    learner = store.add_employee("Chen Jie", "learner", "right-pass")
    window.signed_in(learner)
    session = QuizSession.start(
        store, learner.id, course.quizzes[course.ordered_lessons[0].quiz_id]
    )
    session.answer(0, {0})
    session.submit()
    window.show_my_progress()
    table = window.my_progress.attempts
    assert table.rowCount() == 1
    assert window.my_progress.lessons.rowCount() == len(course.lessons)
    table.itemActivated.emit(table.item(0, 0))
    assert window.stack.currentWidget() is window.results


def test_outline_marks_required_lessons_by_department(qtbot, window, store, course):
    learner = store.add_employee("Chen Jie", "learner", "right-pass", "finance")
    window.signed_in(learner)
    for lesson in course.lessons.values():
        item = window.outline.lesson_item(lesson.id)
        assert item.data(0, LESSON_ROLE) == lesson.id
        assert (item.text(3) == "Required") == lesson.required_for("finance")


def test_smoke_start_exits_zero_after_first_paint(tmp_path: Path):
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SELLERTRAIN_DB": str(tmp_path / "s.db")}
    result = subprocess.run(
        [sys.executable, "-m", "sellertrain.cli.main", "--smoke"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert Store.open(tmp_path / "s.db").schema_version >= 1


def test_smoke_start_fails_on_a_database_that_is_not_ours(tmp_path: Path):
    import os

    bad = tmp_path / "notes.db"
    bad.write_text("this is not a database at all" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "sellertrain.cli.main", "--smoke", "--db", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 1
    assert "not a SellerTrain database" in result.stderr
    assert "Traceback" not in result.stderr
