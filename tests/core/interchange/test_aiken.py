"""Aiken: reading as Moodle does (errors with Moodle's line numbers) and conversion."""

from __future__ import annotations

from pathlib import Path

from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.interchange.aiken import convert_aiken, parse_aiken, to_json
from sellertrain.core.language import CHINESE
from sellertrain.core.message import localize
from sellertrain.core.models import QuestionKind
from tests.conftest import FIXTURES as CONFTEST_FIXTURES

FIXTURES = CONFTEST_FIXTURES / "aiken"


def read(name: str):
    return parse_aiken((FIXTURES / name).read_text(encoding="utf-8"))


def test_questions_choices_and_answer_letters():
    aiken = read("good.txt")
    assert aiken.errors == []
    assert [(q.line, q.correct_letter, len(q.choices)) for q in aiken.questions] == [
        (1, "B", 3),
        (7, "A", 2),
        (12, "A", 2),
    ]
    assert aiken.questions[1].text == "Qui fixe le délai d'expédition ?"
    assert aiken.questions[1].choices == ("La plateforme", "Le client")


def test_text_is_plain_never_markup():
    question = read("good.txt").questions[2]
    assert question.text == "Is <b>bold</b> & co shown as text?"


def test_errors_are_reported_at_moodle_lines():
    aiken = read("errors.txt")
    assert [q.text for q in aiken.questions] == ["A good question"]
    assert aiken.errors == [
        (3, "Question must have at least 2 answers on line 3"),
        (5, "Question not started on line 5"),
        (16, "Question not completed before next question start on line 16"),
        (19, "ANSWER 'C' names no choice of the question on line 19"),
        (21, "Question started on line 21 has no ANSWER line before the end of the file"),
    ]
    assert localize(aiken.errors[3][1], CHINESE) == "第 19 行：ANSWER“C”不是这道题的任何选项"


def test_choice_without_space_and_short_lines():
    aiken = parse_aiken("Q?\n\nA)Yes\nB.No\nx\nANSWER: B\n")
    assert [(q.choices, q.correct) for q in aiken.questions] == [(("Yes", "No"), 1)]


def test_to_json():
    data = to_json(read("good.txt"))
    assert data["questions"][0]["correct_letter"] == "B"
    assert data["errors"] == []


def test_conversion_parses_back_as_single_choice():
    result = convert_aiken(read("good.txt"), "good.txt")
    (draft,) = result.quizzes
    assert (draft.id, draft.title) == ("good", "Good")
    quiz, problems = quiz_from_text(Path("/c/quizzes/good.md"), draft.markdown())
    assert problems == [] and quiz is not None
    assert [q.kind for q in quiz.questions] == [QuestionKind.SINGLE] * 3
    assert quiz.questions[0].options[1].correct
    assert quiz.questions[2].text == "Is <b>bold</b> & co shown as text?"


def test_conversion_reports_errors_and_identical_choices():
    result = convert_aiken(read("errors.txt"), "errors.txt")
    assert [line for line, _ in result.not_converted] == [3, 5, 16, 19, 21]
    same = convert_aiken(parse_aiken("Which?\nA) .\nB) .\nANSWER: A\n"), "same.txt")
    assert same.quizzes == ()
    assert same.not_converted == (
        (1, "two options read the same ('.'), so learners cannot tell them apart"),
    )
