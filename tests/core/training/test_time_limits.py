"""The time limit is the Session's rule, not only the countdown's: late answers and submits are
refused and the attempt is closed with the answers given in time. One open attempt per quiz."""

from __future__ import annotations

import datetime as dt

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.session import AccessDenied, Session, TimeLimitPassed
from sellertrain.core.training.time_limits import GRACE

QUESTIONS = "".join(f"## Question {n}\n\n- [x] Right {n}\n- [ ] Wrong {n}\n\n" for n in range(1, 5))


@pytest.fixture
def course(make_content, lesson_md, quiz_md):
    root = make_content(
        lessons={"intro": lesson_md("intro", quiz="intro-quiz")},
        quizzes={
            "intro-quiz": quiz_md("intro-quiz", QUESTIONS, lesson="intro", shuffle="false"),
            "timed": quiz_md("timed", QUESTIONS, time_limit=10, shuffle="false", pass_mark=50),
        },
    )
    loaded = load_course(root)
    assert [str(e) for e in loaded.errors if e.severity == "error"] == []
    return loaded


@pytest.fixture
def me(store, course) -> Session:
    return Session(store, course, store.add_employee("Ana Li", "learner", "pass-1234"))


def right(attempt, index: int) -> None:
    """Answer the question at ``index`` right (option 0 is right: the quiz is not shuffled)."""
    attempt.answer(index, {0})


def test_answers_within_the_limit_and_its_grace_are_kept(me, store, clock):
    attempt = me.start_quiz("timed")
    right(attempt, 0)
    clock.advance(10 * 60 + GRACE.total_seconds() - 5)  # past the limit, within the grace
    right(attempt, 1)
    score = me.submit(attempt, timed_out=True)
    assert score.percent == 50.0
    assert store.attempt(attempt.attempt.id).status == "timed_out"


def test_an_answer_after_the_grace_is_refused_and_closes_the_attempt(me, store, clock):
    attempt = me.start_quiz("timed")
    right(attempt, 0)
    right(attempt, 1)
    told: list[int] = []
    me.on_change(lambda: told.append(1))
    clock.advance(10 * 60 + GRACE.total_seconds() + 1)
    with pytest.raises(TimeLimitPassed) as refused:
        right(attempt, 2)
    assert refused.value.attempt_id == attempt.attempt.id
    started = dt.datetime.fromisoformat(attempt.attempt.started_at)
    assert refused.value.ran_out_at == started + dt.timedelta(minutes=10)
    stored = store.attempt(attempt.attempt.id)
    assert (stored.status, stored.score, stored.passed) == ("timed_out", 50.0, True)
    assert len(told) == 1  # the screens are told the attempt closed
    with pytest.raises(TimeLimitPassed):  # and it stays refused
        right(attempt, 3)
    with pytest.raises(AccessDenied, match="already submitted"):
        me.submit(attempt)


def test_a_late_submit_is_refused_and_only_answers_given_in_time_count(me, store, clock):
    attempt = me.start_quiz("timed")
    right(attempt, 0)
    clock.advance(10 * 60 + GRACE.total_seconds() + 60)
    # answers put in the attempt's memory without the Session (a doctored caller) never count
    first_two = attempt.presented[1].question.id, attempt.presented[2].question.id
    for question_id in first_two:
        attempt.answers[question_id] = frozenset({0})
    with pytest.raises(TimeLimitPassed):
        me.submit(attempt)
    stored = store.attempt(attempt.attempt.id)
    assert (stored.status, stored.score) == ("timed_out", 25.0)
    answers = {a.question_id: a.correct for a in store.answers(attempt.attempt.id)}
    assert sum(answers.values()) == 1


def test_an_untimed_quiz_takes_answers_at_any_time(me, store, clock):
    attempt = me.start_quiz("intro-quiz")
    clock.advance(3 * 24 * 3600)
    right(attempt, 0)
    assert me.submit(attempt).percent == 25.0
    assert store.attempt(attempt.attempt.id).status == "submitted"


def test_expired_attempts_are_closed_on_return_with_when_the_time_ran_out(me, store, clock):
    attempt = me.start_quiz("timed")
    right(attempt, 0)
    untimed = me.start_quiz("intro-quiz")
    clock.advance(3600)  # the app was closed meanwhile
    assert me.close_expired_attempts() == [attempt.attempt.id]
    assert me.close_expired_attempts() == []
    review = me.review(attempt.attempt.id)
    started = dt.datetime.fromisoformat(attempt.attempt.started_at)
    assert review.time_ran_out_at == started + dt.timedelta(minutes=10)
    assert review.attempt.score == 25.0
    resumed = me.resume_quiz()
    assert resumed is not None and resumed.attempt.id == untimed.attempt.id
    assert me.review(untimed.attempt.id) is None  # still open


def test_resume_closes_a_timed_out_attempt_instead_of_showing_it(me, store, clock):
    attempt = me.start_quiz("timed")
    clock.advance(3600)
    assert me.resume_quiz() is None
    assert store.attempt(attempt.attempt.id).status == "timed_out"
    fresh = me.start_quiz("timed")
    assert fresh.attempt.id != attempt.attempt.id and not fresh.resumed


def test_starting_another_quiz_keeps_the_first_open_and_resumable(me, store):
    first = me.start_quiz("intro-quiz")
    right(first, 0)
    second = me.start_quiz("timed")
    assert not store.attempt(first.attempt.id).finished
    again = me.start_quiz("intro-quiz")  # one open attempt per quiz: the same one
    assert again.attempt.id == first.attempt.id and again.resumed
    assert again.answers == first.answers
    assert me.start_quiz("timed").attempt.id == second.attempt.id
    assert len(store.attempts(me.employee.id)) == 2
    me.submit(again)
    assert me.start_quiz("intro-quiz").attempt.id not in (first.attempt.id, second.attempt.id)


def test_the_certificates_an_attempt_earned_are_named_by_it(me):
    failed = me.start_quiz("timed")
    me.submit(failed)
    assert me.certificates_earned(failed.attempt.id) == []
    passed = me.start_quiz("timed")
    for index in range(4):
        right(passed, index)
    me.submit(passed)
    (earned,) = me.certificates_earned(passed.attempt.id)
    assert (earned.scope_kind, earned.scope) == ("assessment", "timed")
