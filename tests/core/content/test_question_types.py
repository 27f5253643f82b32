"""Short answer, numerical, matching and weighted choices: parsing, validation, scoring, records."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import QuestionKind
from sellertrain.core.store import Store
from sellertrain.core.training import responses
from sellertrain.core.training.attempts import QuizSession, review_attempt
from sellertrain.core.training.engine import normalise_text, parse_number, present, score_question

QUIZ = """---
id: kinds
title: Every kind
pass_mark: 50
shuffle: true
---

## Where do you check the current value of a rule?

Title: Rule centre

Answer: seller rule centre
Answer: rule centre
Answer (50%): help centre

> The seller rule centre has the rules in force today.

## How many points close an AliExpress account?

Number: 48
Number: 45..47 (50%)

## What share of customs seizures were small parcels in 2018, in percent?

Number: 63 ± 2

## Match each penalty to what it means for the store.

- Warning -> A notice on the store's record
- Freeze -> The store stops selling for a period
- Closure -> The account is closed for good
- -> The store is sold to another company

## Which of these cost the store money? Weighted.

- [x] (50%) A fine
- [x] (50%) A frozen store
- [ ] (-100%) Answering buyers quickly
  > Fast replies protect the store.
"""


@pytest.fixture
def course(make_content):
    loaded = load_course(make_content(quizzes={"kinds": QUIZ}))
    assert [str(e) for e in loaded.errors] == []
    return loaded


def test_kinds_and_fields_are_parsed(course):
    questions = {q.text: q for q in course.quizzes["kinds"].questions}
    short = questions["Where do you check the current value of a rule?"]
    assert short.kind is QuestionKind.SHORT_ANSWER and short.title == "Rule centre"
    assert [(a.text, a.weight) for a in short.accepted] == [
        ("seller rule centre", 1.0),
        ("rule centre", 1.0),
        ("help centre", 0.5),
    ]
    points = questions["How many points close an AliExpress account?"]
    assert points.kind is QuestionKind.NUMERICAL
    assert [(n.low, n.high, n.weight) for n in points.numbers] == [(48, 48, 1.0), (45, 47, 0.5)]
    share = questions["What share of customs seizures were small parcels in 2018, in percent?"]
    assert (share.numbers[0].low, share.numbers[0].high) == (61, 65)
    matching = questions["Match each penalty to what it means for the store."]
    assert matching.kind is QuestionKind.MATCHING
    assert [p.left for p in matching.pairs] == ["Warning", "Freeze", "Closure"]
    assert matching.distractors == ("The store is sold to another company",)
    assert len(matching.match_choices) == 4
    weighted = questions["Which of these cost the store money? Weighted."]
    assert [o.weight for o in weighted.options] == [0.5, 0.5, -1.0]
    assert weighted.options[2].feedback == "Fast replies protect the store."


def test_scoring_of_each_kind(course):
    q = {q.kind: q for q in course.quizzes["kinds"].questions}
    short = q[QuestionKind.SHORT_ANSWER]
    assert score_question(short, "  Seller   RULE centre. ") == 1.0
    assert score_question(short, "help centre") == 0.5
    assert score_question(short, "rule center") == 0.0
    assert score_question(short, "") == 0.0
    points = next(
        x for x in course.quizzes["kinds"].questions if x.numbers and x.numbers[0].low == 48
    )
    assert score_question(points, "48") == 1.0
    assert score_question(points, "46") == 0.5
    assert score_question(points, "forty-eight") == 0.0
    matching = q[QuestionKind.MATCHING]
    choices = matching.match_choices
    right = tuple(choices.index(p.right) for p in matching.pairs)
    assert score_question(matching, right) == 1.0
    assert score_question(matching, (right[0], None, right[1])) == pytest.approx(1 / 3)
    assert score_question(matching, (None, None, None)) == 0.0
    weighted = next(x for x in course.quizzes["kinds"].questions if x.title == "" and x.options)
    assert score_question(weighted, frozenset({0, 1})) == 1.0
    assert score_question(weighted, frozenset({0})) == 0.5
    assert score_question(weighted, frozenset({0, 1, 2})) == 0.0
    assert score_question(weighted, "a text") == 0.0  # a response of the wrong kind scores 0


def test_typed_number_and_text_normalisation():
    assert parse_number("1,5") == 1.5
    assert parse_number(" 1 500 ") == 1500
    assert parse_number("63%") == 63
    assert parse_number("abc") is None
    assert normalise_text("  The   Rule Centre. ") == "the rule centre"


@pytest.mark.parametrize(
    "response", [frozenset({2, 0}), "seller rule centre", "", (1, None, 0), ()]
)
def test_responses_round_trip_through_json(response):
    assert responses.decode(responses.encode(response)) == response


def test_matching_choices_are_shuffled_reproducibly(course):
    quiz = course.quizzes["kinds"]
    first = {p.question.id: p.option_order for p in present(quiz, 5)}
    again = {p.question.id: p.option_order for p in present(quiz, 5)}
    assert first == again
    matching = next(p for p in present(quiz, 5) if p.question.kind is QuestionKind.MATCHING)
    assert sorted(matching.option_order) == [0, 1, 2, 3]


def test_session_saves_resumes_submits_and_reviews_every_kind(course, tmp_path: Path):
    store = Store.create(tmp_path / "k.db")
    learner = store.add_employee("Chen Jie", "learner", "pass-1234")
    quiz = course.quizzes["kinds"]
    session = QuizSession.start(store, learner.id, quiz, seed=9)
    for index, shown in enumerate(session.presented):
        question = shown.question
        if question.kind is QuestionKind.SHORT_ANSWER:
            session.answer_text(index, "Rule Centre")
        elif question.kind is QuestionKind.NUMERICAL:
            session.answer_text(index, "46")
        elif question.kind is QuestionKind.MATCHING:
            order = shown.option_order
            choices = question.match_choices
            picks = [order.index(choices.index(p.right)) for p in question.pairs]
            picks[-1] = None
            session.answer_match(index, picks)
        else:
            session.answer(index, {shown.option_order.index(0)})
    resumed = QuizSession.resume(store, course, learner.id)
    assert resumed is not None and resumed.answers == session.answers
    matching_index = next(
        i for i, p in enumerate(resumed.presented) if p.question.kind is QuestionKind.MATCHING
    )
    assert resumed.match_positions(matching_index)[-1] is None
    score = resumed.submit()
    by_kind = {r.question.text[:10]: r.score for r in score.results}
    assert by_kind["Where do y"] == 1.0
    assert sorted(by_kind.values()) == pytest.approx([0.0, 0.5, 0.5, 2 / 3, 1.0])
    stored = {a.question_id: a for a in store.answers(session.attempt.id)}
    assert any(a.selected == "Rule Centre" for a in stored.values())
    review = review_attempt(store, course, session.attempt.id)
    texts = {item.kind: item for item in review.items}
    assert texts[QuestionKind.SHORT_ANSWER].given == ("Rule Centre",)
    assert "seller rule centre" in texts[QuestionKind.SHORT_ANSWER].expected
    assert texts[QuestionKind.MATCHING].expected[0] == "Warning -> A notice on the store's record"
    store.close()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("## Q?\n\nNumber: lots\n", [(9, "is not a number")]),
        ("## Q?\n\nNumber: 5..1\n", [(9, "is not a number")]),
        ("## Q?\n\nAnswer: a\nNumber: 3\n", [(10, "do not mix")]),
        ("## Q?\n\nAnswer (0%): a\n", [(9, "weight must be from 1% to 100%")]),
        ("## Q?\n\nAnswer: a\nsomething else\n", [(10, "expected an 'Answer:' or 'Number:' line")]),
        ("## Q?\n\n- A -> 1\n", [(7, "needs at least two pairs")]),
        ("## Q?\n\n- A -> 1\n- A -> 2\n", [(7, "repeats a left-hand item")]),
        ("## Q?\n\n- A -> 1\n- B ->\n- C -> 3\n", [(10, "nothing after '->'")]),
        ("## Q?\n\n- [x] (150%) A\n- [ ] B\n", [(9, "weight must be from -100% to 100%")]),
        ("## Q?\n\n- [x] (-50%) A\n- [ ] (0%) B\n", [(7, "has weights but none above 0%")]),
        ("## Q?\n\nAnswer: a\n\n- [x] A\n- [ ] B\n", [(11, "one answer part")]),
    ],
)
def test_validation_of_the_new_forms(make_content, quiz_md, body, expected):
    course = load_course(make_content(quizzes={"q": quiz_md("q", body)}))
    actual = [(e.line, e.message) for e in course.errors]
    assert [line for line, _ in actual] == [line for line, _ in expected], actual
    for (_, message), (_, fragment) in zip(actual, expected, strict=True):
        assert fragment in message
