"""Attempts in the runner: leaving never submits, a time limit ends an attempt in its results,
the summary before submitting, and the results page's certificate notice and way back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from sellertrain.core.store import Store
from sellertrain.ui import dialogs
from sellertrain.ui.main_window import MainWindow

QUESTIONS = "".join(f"## Question {n}\n\n- [x] Right {n}\n- [ ] Wrong {n}\n\n" for n in range(1, 5))


@pytest.fixture
def small_course(make_content, lesson_md, quiz_md):
    """A lesson with its quiz and a 10-minute assessment (certificate), options unshuffled."""
    root = make_content(
        lessons={"intro": lesson_md("intro", quiz="intro-quiz")},
        quizzes={
            "intro-quiz": quiz_md("intro-quiz", QUESTIONS, lesson="intro", shuffle="false"),
            "final": quiz_md("final", QUESTIONS, time_limit=10, shuffle="false", pass_mark=50),
        },
        name="small",
    )
    return load_course(root)


@pytest.fixture
def timed_store(tmp_path: Path, clock):
    """A database on the fake clock (each reading moves it one second)."""
    opened = Store.create(tmp_path / "timed.db", clock=clock)
    yield opened
    opened.close()


def open_window(qtbot, store: Store, course, employee) -> MainWindow:
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.signed_in(employee)
    return window


def test_leaving_a_quiz_and_starting_another_never_submits_it(
    qtbot, window, store, course, answers_yes
):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234")
    window.signed_in(learner)
    first_quiz, other_quiz = (lesson.quiz_id for lesson in course.ordered_lessons[:2])
    window.start_quiz(first_quiz)
    first = window.quiz.session.attempt.id
    window.quiz.choose(0)
    window.show_home()
    assert answers_yes and answers_yes[-1][0] == "Leave the quiz?"
    window.start_quiz(other_quiz)
    assert window.stack.currentWidget() is window.quiz
    assert store.attempt(first).finished is False  # not scored behind the learner's back
    window.quiz.choose(1)
    window.start_quiz(first_quiz)  # back to the first: the same attempt, resumed
    session = window.quiz.session
    assert session.attempt.id == first and session.resumed
    assert window.quiz.notice.isVisibleTo(window)
    window.quiz.go_to(0)
    assert window.quiz.option_buttons[0].isChecked()
    assert [a.finished for a in store.attempts(learner.id)] == [False, False]


def test_a_timed_attempt_that_ran_out_while_closed_opens_its_results(
    qtbot, timed_store, small_course, clock
):
    learner = timed_store.add_employee("Chen Jie", "learner", "pass-1234")
    first = open_window(qtbot, timed_store, small_course, learner)
    first.start_quiz("final")
    attempt = first.quiz.session.attempt
    first.quiz.choose(0)  # question 1 right
    first.close()
    clock.advance(3 * 3600)  # the app stays closed past the limit

    second = open_window(qtbot, timed_store, small_course, learner)
    assert second.stack.currentWidget() is second.results
    ran_out = dt.datetime.fromisoformat(attempt.started_at) + dt.timedelta(minutes=10)
    summary = second.results.summary_label.text()
    assert f"Time ran out at {ran_out.astimezone().strftime('%H:%M')}" in summary
    assert second.results.score_label.text().startswith("25%")
    assert timed_store.attempt(attempt.id).status == "timed_out"
    assert not second.quiz.in_attempt


def test_an_answer_after_the_time_limit_ends_in_the_results(
    qtbot, timed_store, small_course, clock
):
    learner = timed_store.add_employee("Chen Jie", "learner", "pass-1234")
    window = open_window(qtbot, timed_store, small_course, learner)
    window.start_quiz("final")
    attempt = window.quiz.session.attempt
    window.quiz.choose(0)
    clock.advance(10 * 60 + 31)  # past the limit and its grace, the countdown not yet ticked
    window.quiz.go_to(1)
    window.quiz.choose(0)  # refused by the Session
    assert window.stack.currentWidget() is window.results
    stored = timed_store.attempt(attempt.id)
    assert (stored.status, stored.score) == ("timed_out", 25.0)


def test_the_summary_counts_answers_flags_and_jumps(qtbot, store, small_course, monkeypatch):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234")
    window = open_window(qtbot, store, small_course, learner)
    window.start_quiz("intro-quiz")
    screen = window.quiz
    screen.choose(0)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.flag_button, Qt.MouseButton.LeftButton)  # flag question 2
    assert screen.flag_button.isChecked()
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    summary = screen.summary
    assert screen.pages.currentWidget() is summary
    assert summary.counts.text() == "1 of 4 answered, 3 unanswered, 1 flagged"
    rows = [summary.questions.item(i).text() for i in range(summary.questions.count())]
    assert rows[0].startswith("Question 1: Answered") and "Flagged" not in rows[0]
    assert rows[1].startswith("Question 2: Not answered") and "Flagged for review" in rows[1]
    assert store.attempts(learner.id)[0].finished is False  # the summary submits nothing

    summary.questions.itemActivated.emit(summary.questions.item(3))  # jump to question 4
    assert screen.pages.currentWidget() is screen.question_page and screen.index == 3
    assert not screen.flag_button.isChecked()
    screen.go_to(1)
    assert screen.flag_button.isChecked()  # the flag stays with its question
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(summary.back_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.question_page and screen.index == 1

    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_args: True)
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(summary.submit_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.results
    assert store.attempts(learner.id)[0].status == "submitted"


def test_results_announce_a_certificate_earned_and_save_its_pdf(
    qtbot, store, small_course, tmp_path, monkeypatch
):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234")
    window = open_window(qtbot, store, small_course, learner)
    window.start_quiz("final")
    window.quiz.submit(timed_out=True)  # nothing answered: failed, no certificate
    assert window.stack.currentWidget() is window.results
    assert not window.results.certificate_box.isVisibleTo(window)

    window.start_quiz("final")
    for index in range(4):
        window.quiz.go_to(index)
        window.quiz.choose(0)
    window.quiz.submit()
    results = window.results
    assert results.certificate_box.isVisibleTo(window)
    assert "Quiz final" in results.certificate_label.text()
    target = tmp_path / "certificate.pdf"
    monkeypatch.setattr(dialogs, "pick_save_file", lambda *_args: target)
    qtbot.mouseClick(results.save_pdf_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_back_to_results_after_reading_the_section_again(qtbot, window, store, course):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234")
    window.signed_in(learner)
    window.start_quiz(course.ordered_lessons[0].quiz_id)
    window.quiz.submit(timed_out=True)  # all unanswered: every question links to its section
    results = window.results
    attempt_id = results.review.attempt.id
    item = next(i for i in results.review.items if i.tests_lesson)
    back = results.return_action
    assert not back.isVisible()
    results._link_clicked(QUrl(f"lesson:{item.tests_lesson}#{item.tests_anchor}"))
    assert window.stack.currentWidget() is window.lesson
    assert back.isVisible() and back in window.toolbar.actions()
    back.trigger()
    assert window.stack.currentWidget() is results
    assert results.review.attempt.id == attempt_id and not back.isVisible()

    results._link_clicked(QUrl(f"lesson:{item.tests_lesson}#{item.tests_anchor}"))
    assert back.isVisible()
    window.show_home()  # going elsewhere drops the way back
    assert not back.isVisible()


def test_a_quiz_edited_since_its_publication_is_refused_with_a_message(
    qtbot, timed_store, small_course, monkeypatch
):
    """A learner who lowers the pass mark in the file gets a message, not a quiz."""
    from sellertrain.core.training.quiz_terms import publish_first_versions

    publish_first_versions(timed_store, small_course)
    path = small_course.quizzes["final"].path
    path.write_text(
        path.read_text(encoding="utf-8").replace("pass_mark: 50", "pass_mark: 1"), encoding="utf-8"
    )
    edited = load_course(small_course.root)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append((title, text)))
    learner = timed_store.add_employee("Chen Jie", "learner", "pass-1234")
    window = open_window(qtbot, timed_store, edited, learner)
    home = window.stack.currentWidget()
    window.start_quiz("final")
    assert errors and errors[0][0] == "This quiz cannot be taken now"
    assert "sellertrain publish final" in errors[0][1]
    assert window.stack.currentWidget() is home
    assert timed_store.attempts(learner.id) == []
