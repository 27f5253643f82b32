"""The quiz engine: scoring as authoring.md documents it, reproducible draws and shuffles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sellertrain.core.models import Option, Question, QuestionKind, Quiz
from sellertrain.core.training.engine import (
    PresentedQuestion,
    new_seed,
    present,
    score_attempt,
    score_question,
)


def question(qid: str, correct: list[bool], texts: list[str] | None = None) -> Question:
    texts = texts or [f"{qid} option {i}" for i in range(len(correct))]
    return Question(
        id=qid,
        text=f"Question {qid}?",
        options=tuple(Option(t, c) for t, c in zip(texts, correct, strict=True)),
        line=1,
    )


def true_false(qid: str, answer: bool = True) -> Question:
    return question(qid, [answer, not answer], ["True", "False"])


def quiz(
    questions: list[Question], pass_mark: int = 80, shuffle: bool = True, draw: int | None = None
) -> Quiz:
    return Quiz(
        id="engine-quiz",
        title="Engine quiz",
        pass_mark=pass_mark,
        path=Path("engine-quiz.md"),
        version="0" * 12,
        questions=tuple(questions),
        shuffle=shuffle,
        draw=draw,
    )


def in_file_order(q: Quiz) -> list[PresentedQuestion]:
    return [PresentedQuestion(x, tuple(range(len(x.options)))) for x in q.questions]


SINGLE = question("single", [False, True, False, False])
MULTI_2_OF_4 = question("multi-two", [True, True, False, False])
MULTI_3_OF_5 = question("multi-three", [True, True, True, False, False])
TF = true_false("tf", answer=False)


# -- question kinds and scores -----------------------------------------------------------------


def test_kinds():
    assert SINGLE.kind is QuestionKind.SINGLE
    assert MULTI_2_OF_4.kind is QuestionKind.MULTIPLE
    assert TF.kind is QuestionKind.TRUE_FALSE
    assert question("yes-no", [True, False], ["Yes", "No"]).kind is QuestionKind.SINGLE
    assert question("tf-lower", [False, True], ["false", "true"]).kind is QuestionKind.TRUE_FALSE


@pytest.mark.parametrize(
    ("selected", "score"),
    [({1}, 1.0), ({0}, 0.0), ({3}, 0.0), ({0, 1}, 0.0), ({1, 2}, 0.0), (set(), 0.0)],
)
def test_single_choice_scores_full_or_nothing(selected, score):
    assert score_question(SINGLE, frozenset(selected)) == score


@pytest.mark.parametrize(
    ("selected", "score"), [({1}, 1.0), ({0}, 0.0), ({0, 1}, 0.0), (set(), 0.0)]
)
def test_true_false_scores_full_or_nothing(selected, score):
    assert score_question(TF, frozenset(selected)) == score


@pytest.mark.parametrize(
    ("selected", "score"),
    [
        ({0, 1}, 1.0),  # both correct: 2 x 1/2
        ({0}, 0.5),  # one correct: 1/2
        ({1}, 0.5),
        ({0, 1, 2}, 0.5),  # 2/2 - 1/2 (two wrong options: each costs 1/2)
        ({0, 2}, 0.0),  # 1/2 - 1/2
        ({2}, 0.0),  # -1/2, floored at 0
        ({2, 3}, 0.0),  # -1, floored at 0
        ({0, 1, 2, 3}, 0.0),  # everything: 1 - 1
        (set(), 0.0),
    ],
)
def test_multiple_choice_two_correct(selected, score):
    assert score_question(MULTI_2_OF_4, frozenset(selected)) == pytest.approx(score, abs=1e-9)


@pytest.mark.parametrize(
    ("selected", "score"),
    [
        ({0, 1, 2}, 1.0),
        ({0}, 1 / 3),
        ({0, 1}, 2 / 3),
        ({0, 1, 3}, 1 / 6),  # 2/3 - 1/2 (two wrong options: each costs 1/2)
        ({0, 3}, 0.0),  # 1/3 - 1/2, floored at 0
        ({0, 3, 4}, 0.0),  # 1/3 - 1, floored at 0
        ({0, 1, 2, 3}, 0.5),  # 3/3 - 1/2
        ({3, 4}, 0.0),
    ],
)
def test_multiple_choice_three_correct(selected, score):
    assert score_question(MULTI_3_OF_5, frozenset(selected)) == pytest.approx(score, abs=1e-6)


def test_selecting_everything_earns_nothing_when_there_are_wrong_options():
    assert score_question(MULTI_3_OF_5, frozenset(range(5))) == 0.0


def test_score_accepts_a_plain_set():
    assert score_question(MULTI_2_OF_4, {0}) == 0.5


# -- attempts ----------------------------------------------------------------------------------


def test_attempt_score_sums_partial_credit_and_counts_unanswered_as_zero():
    q = quiz([SINGLE, MULTI_2_OF_4, TF, MULTI_3_OF_5], pass_mark=50)
    answers = {
        "single": frozenset({1}),  # 1
        "multi-two": frozenset({0}),  # 0.5
        "multi-three": frozenset({0, 1}),  # 2/3
        # "tf" unanswered: 0
    }
    result = score_attempt(q, in_file_order(q), answers)
    assert result.percent == pytest.approx(100 * (1 + 0.5 + 2 / 3) / 4, abs=0.01)
    assert result.percent == 54.17
    assert result.passed
    assert [r.score for r in result.results] == pytest.approx([1.0, 0.5, 0.0, 2 / 3], abs=1e-6)
    assert [r.correct for r in result.results] == [True, False, False, False]
    assert result.correct_count == 1
    assert result.results[2].selected == frozenset()


def test_nothing_answered_scores_zero():
    q = quiz([SINGLE, TF], pass_mark=1)
    result = score_attempt(q, in_file_order(q), {})
    assert result.percent == 0.0 and not result.passed and result.correct_count == 0


def test_answers_to_questions_not_presented_are_ignored():
    q = quiz([SINGLE, TF])
    result = score_attempt(
        q, in_file_order(q)[:1], {"single": frozenset({1}), "tf": frozenset({1})}
    )
    assert result.percent == 100.0 and len(result.results) == 1


@pytest.mark.parametrize(
    ("right", "total", "pass_mark", "percent", "passed"),
    [
        (4, 5, 80, 80.0, True),  # exactly the pass mark passes
        (4, 5, 81, 80.0, False),
        (3, 4, 75, 75.0, True),
        (3, 4, 76, 75.0, False),
        (5, 5, 100, 100.0, True),
        (0, 5, 1, 0.0, False),
        (1, 2, 50, 50.0, True),
    ],
)
def test_pass_mark_boundary(right, total, pass_mark, percent, passed):
    questions = [question(f"q{i}", [True, False]) for i in range(total)]
    q = quiz(questions, pass_mark=pass_mark)
    answers = {f"q{i}": frozenset({0} if i < right else {1}) for i in range(total)}
    result = score_attempt(q, in_file_order(q), answers)
    assert result.percent == percent
    assert result.passed is passed


def test_partial_credit_reaching_the_pass_mark_passes():
    # 1 + 1 + 1 + 0.5 + 0.5 = 4 of 5 = 80 %
    q = quiz(
        [question(f"s{i}", [True, False]) for i in range(3)]
        + [question(f"m{i}", [True, True, False]) for i in range(2)],
        pass_mark=80,
    )
    answers = {"s0": {0}, "s1": {0}, "s2": {0}, "m0": {1}, "m1": {0}}
    result = score_attempt(q, in_file_order(q), {k: frozenset(v) for k, v in answers.items()})
    assert result.percent == 80.0 and result.passed


# -- drawing and shuffling ---------------------------------------------------------------------

POOL = [question(f"q{i}", [True, False, False, False]) for i in range(10)] + [true_false("tf")]


def _shape(presented: list[PresentedQuestion]) -> list[tuple[str, tuple[int, ...]]]:
    return [(p.question.id, p.option_order) for p in presented]


def test_same_seed_same_attempt():
    q = quiz(POOL)
    assert _shape(present(q, 1234)) == _shape(present(q, 1234))
    drawn = quiz(POOL, draw=4)
    assert _shape(present(drawn, 99)) == _shape(present(drawn, 99))


def test_different_seeds_differ():
    q = quiz(POOL)
    shapes = {tuple(_shape(present(q, seed))) for seed in range(20)}
    assert len(shapes) == 20
    orders = {tuple(p.question.id for p in present(q, seed)) for seed in range(20)}
    assert len(orders) > 1
    assert any(
        p.option_order != (0, 1, 2, 3)
        for p in present(q, 7)
        if p.question.kind is QuestionKind.SINGLE
    )


def test_shuffle_keeps_every_question_once():
    q = quiz(POOL)
    for seed in range(10):
        ids = [p.question.id for p in present(q, seed)]
        assert sorted(ids) == sorted(x.id for x in POOL)


def test_draw_picks_distinct_questions_from_the_pool():
    q = quiz(POOL, draw=4)
    assert q.size == 4
    seen: set[str] = set()
    for seed in range(40):
        ids = [p.question.id for p in present(q, seed)]
        assert len(ids) == 4 and len(set(ids)) == 4
        assert set(ids) <= {x.id for x in POOL}
        seen.update(ids)
    assert len(seen) == len(POOL)  # over many attempts every question comes up


def test_draw_equal_to_pool_size_presents_everything():
    q = quiz(POOL, draw=len(POOL))
    assert sorted(p.question.id for p in present(q, 5)) == sorted(x.id for x in POOL)


def test_true_false_is_never_shuffled():
    q = quiz([true_false("tf-a", True), true_false("tf-b", False), *POOL[:3]])
    for seed in range(30):
        for p in present(q, seed):
            if p.question.kind is QuestionKind.TRUE_FALSE:
                assert p.option_order == (0, 1)
                assert p.options == ["True", "False"]


def test_no_shuffle_keeps_file_order():
    q = quiz(POOL, shuffle=False)
    for seed in (0, 1, 2, 12345):
        presented = present(q, seed)
        assert [p.question.id for p in presented] == [x.id for x in POOL]
        assert all(p.option_order == tuple(range(len(p.question.options))) for p in presented)
        assert presented[0].options == [o.text for o in POOL[0].options]


def test_no_shuffle_with_draw_keeps_option_order():
    q = quiz(POOL, shuffle=False, draw=3)
    for seed in range(10):
        presented = present(q, seed)
        assert len(presented) == 3
        assert all(p.option_order == tuple(range(len(p.question.options))) for p in presented)


def test_no_shuffle_with_draw_keeps_file_order():
    q = quiz(POOL, shuffle=False, draw=3)
    file_order = [x.id for x in POOL]
    for seed in range(10):
        ids = [p.question.id for p in present(q, seed)]
        assert ids == sorted(ids, key=file_order.index)


def test_new_seed_is_random_and_fits_sqlite():
    seeds = {new_seed() for _ in range(20)}
    assert len(seeds) == 20
    assert all(0 <= s < 2**63 for s in seeds)


# -- properties --------------------------------------------------------------------------------


@st.composite
def questions(draw, qid: str = "q"):
    size = draw(st.integers(min_value=2, max_value=6))
    correct = draw(st.lists(st.booleans(), min_size=size, max_size=size).filter(any))
    return question(qid, correct)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_question_score_is_within_0_and_1(data):
    q = data.draw(questions())
    selected = data.draw(st.sets(st.integers(min_value=0, max_value=len(q.options) - 1)))
    score = score_question(q, frozenset(selected))
    assert 0.0 <= score <= 1.0
    assert (score == 1.0) == (frozenset(selected) == q.correct_indices)


@settings(max_examples=60, deadline=None)
@given(
    pool=st.lists(questions(), min_size=1, max_size=8),
    seed=st.integers(min_value=0, max_value=2**48),
    shuffle=st.booleans(),
    draw_count=st.integers(min_value=1, max_value=8),
)
def test_presented_options_are_a_permutation(pool, seed, shuffle, draw_count):
    pool = [Question(f"q{i}", x.text, x.options, x.line) for i, x in enumerate(pool)]  # unique ids
    q = quiz(pool, shuffle=shuffle, draw=min(draw_count, len(pool)))
    presented = present(q, seed)
    assert len(presented) == q.size
    assert len({p.question.id for p in presented}) == len(presented)
    for p in presented:
        assert sorted(p.option_order) == list(range(len(p.question.options)))
        assert sorted(p.options) == sorted(o.text for o in p.question.options)
    result = score_attempt(
        q, presented, {p.question.id: p.question.correct_indices for p in presented}
    )
    assert result.percent == 100.0 and result.passed
