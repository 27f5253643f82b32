"""Answering every question kind in the learner's quiz runner, and seeing the review."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import QuestionKind
from sellertrain.core.training.attempts import QuizSession
from sellertrain.ui.main_window import MainWindow
from tests.core.content.test_question_types import QUIZ


def test_runner_answers_typed_numeric_matching_and_weighted(qtbot, store, make_content):
    course = load_course(make_content(quizzes={"kinds": QUIZ}))
    learner = store.add_employee("Chen Jie", "learner", "pass-1234")
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.signed_in(learner)
    window.quiz.start(QuizSession.start(store, learner.id, course.quizzes["kinds"], seed=4))
    window.stack.setCurrentWidget(window.quiz)
    screen = window.quiz
    for index, shown in enumerate(screen.session.presented):
        assert screen.index == index
        question = shown.question
        kind = question.kind
        if kind is QuestionKind.SHORT_ANSWER:
            assert screen.hint_label.text() == "Type your answer."
            qtbot.keyClicks(screen.text_edit, "Seller Rule Centre")
        elif kind is QuestionKind.NUMERICAL:
            assert screen.text_edit.objectName() == "quizTextAnswer"
            qtbot.keyClicks(screen.text_edit, "63,5" if question.numbers[0].tolerance else "48")
        elif kind is QuestionKind.MATCHING:
            assert [b.objectName() for b in screen.match_boxes] == [
                "quizMatch0",
                "quizMatch1",
                "quizMatch2",
            ]
            for box, pair in zip(screen.match_boxes, question.pairs, strict=True):
                box.setCurrentIndex(box.findText(pair.right))
        else:
            for position, original in enumerate(shown.option_order):
                if question.options[original].correct:
                    screen.choose(position)
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    qtbot.keyClick(screen.summary.submit_button, Qt.Key.Key_Return)  # the summary's Submit
    assert window.stack.currentWidget() is window.results
    assert window.results.score_label.text().startswith("100%")
    review = window.results.view.toPlainText()
    assert "Your answer: Seller Rule Centre" in review
    assert "Warning -> A notice on the store's record" in review
    (attempt,) = store.attempts(learner.id)
    assert attempt.score == 100.0
    texts = {a.question_id: a.selected for a in store.answers(attempt.id)}
    assert "63,5" in texts.values() and "Seller Rule Centre" in texts.values()


def test_typed_answer_survives_closing_mid_quiz(qtbot, store, make_content):
    course = load_course(make_content(quizzes={"kinds": QUIZ}))
    learner = store.add_employee("Chen Jie", "learner", "pass-1234")
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.signed_in(learner)
    session = QuizSession.start(store, learner.id, course.quizzes["kinds"], seed=4)
    index = next(i for i, p in enumerate(session.presented) if p.question.accepted)
    window.quiz.start(session)
    window.quiz.go_to(index)
    qtbot.keyClicks(window.quiz.text_edit, "rule centre")
    qtbot.waitUntil(lambda: bool(store.draft_answers(session.attempt.id)), timeout=3000)
    window.close()
    again = MainWindow(Accounts(store), course)
    qtbot.addWidget(again)
    again.signed_in(learner)
    assert again.quiz.session is not None
    again.quiz.go_to(index)
    assert again.quiz.text_edit.text() == "rule centre"
