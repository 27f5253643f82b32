"""Spaced re-checks of missed questions (core/training/rechecks.py, Session's re-check methods)."""

from __future__ import annotations

import datetime as dt

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.store.rechecks import AnsweredQuestion
from sellertrain.core.training import rechecks
from sellertrain.core.training.attempts import QuizSession
from sellertrain.core.training.question_sets import question_key

QUESTIONS = """## Which fee is charged on every order?

- [x] The commission
- [ ] The deposit
- [ ] None

## When must an order ship?

- [ ] Whenever
- [x] Within the promised handling time
- [ ] After the buyer asks

## May you ask a buyer to pay outside the platform?

- [ ] Yes
- [x] No
"""
START = dt.datetime(2026, 3, 1, 9, 0, 0, tzinfo=dt.UTC)


def day(days: float) -> dt.datetime:
    return START + dt.timedelta(days=days)


@pytest.fixture
def course(make_content, lesson_md, quiz_md):
    loaded = load_course(
        make_content(
            lessons={"fees": lesson_md("fees", quiz="fees-quiz")},
            quizzes={"fees-quiz": quiz_md("fees-quiz", QUESTIONS, lesson="fees")},
        )
    )
    assert loaded.errors == []
    return loaded


@pytest.fixture
def keys(course) -> list[str]:
    quiz = course.quizzes["fees-quiz"]
    return [question_key(quiz.id, q.id) for q in quiz.questions]


@pytest.fixture
def ana(store):
    return store.add_employee("Ana Li", "learner", "pass-1234", "finance")


@pytest.fixture
def me(store, course, ana) -> Session:
    return Session(store, course, ana)


def answer(session: QuizSession, wrong: set[str]) -> None:
    """Answer every question, right except the questions (by key or id) in ``wrong``."""
    for index, shown in enumerate(session.presented):
        question = shown.question
        bare = question.id.rpartition("/")[2]
        is_wrong = question.id in wrong or bare in wrong
        want = {i for i, o in enumerate(question.options) if o.correct != is_wrong}
        want = want if not is_wrong else {min(want)}
        session.answer(index, {p for p, i in enumerate(shown.option_order) if i in want})


def take_quiz(me: Session, clock, at: dt.datetime, wrong: set[str]) -> dt.datetime:
    """Take the quiz at ``at``, missing the questions in ``wrong``; return when it finished."""
    clock.current = at
    attempt = me.start_quiz("fees-quiz")
    answer(attempt, wrong)
    me.submit(attempt)
    return dt.datetime.fromisoformat(me._store.attempt(attempt.attempt.id).finished_at)


def take_review(me: Session, clock, at: dt.datetime, wrong: set[str] = frozenset()) -> list[str]:
    """Do a review at ``at``; return the keys it asked."""
    clock.current = at
    review = me.start_review(now=at)
    assert review is not None
    answer(review, wrong)
    me.submit(review)
    return sorted(q.id for q in review.quiz.questions)


def stage_and_due(me: Session, key: str, now: dt.datetime) -> tuple[int, dt.datetime | None]:
    state = rechecks.schedule(me._store.answer_history(me.employee.id), me.course)[key]
    return state.stage, state.due


# -- the schedule ----------------------------------------------------------------------------


def test_a_miss_comes_back_after_1_then_7_then_30_days_then_is_retained(me, clock, keys):
    first = keys[0].rpartition("/")[2]
    missed_at = take_quiz(me, clock, day(0), wrong={first})
    assert stage_and_due(me, keys[0], day(0)) == (0, missed_at + dt.timedelta(days=1))
    assert me.due_rechecks(now=day(0.9)) == []
    assert [r.key for r in me.due_rechecks(now=day(1.1))] == [keys[0]]

    assert take_review(me, clock, day(1.1)) == [keys[0]]
    stage, due = stage_and_due(me, keys[0], day(1.1))
    assert stage == 1 and day(8.1) < due < day(8.2)  # 7 days after the review
    assert me.due_rechecks(now=day(8)) == []

    assert take_review(me, clock, day(8.2)) == [keys[0]]
    stage, due = stage_and_due(me, keys[0], day(8.2))
    assert stage == 2 and day(38.2) < due < day(38.3)  # then 30 days
    assert me.due_rechecks(now=day(38)) == []

    assert take_review(me, clock, day(38.3)) == [keys[0]]
    assert stage_and_due(me, keys[0], day(38.3)) == (rechecks.RETIRED, None)
    assert me.due_rechecks(now=day(400)) == []
    summary = me.recheck_summary(now=day(40))
    assert (summary.retained, summary.scheduled, summary.due) == (1, 0, 0)
    assert (summary.review_answers, summary.review_right, summary.retention) == (3, 3, 1.0)


def test_a_miss_always_starts_over_at_one_day(me, clock, keys):
    first = keys[0].rpartition("/")[2]
    take_quiz(me, clock, day(0), wrong={first})
    take_review(me, clock, day(1.1))  # right: now due 7 days later
    take_review(me, clock, day(8.2), wrong={keys[0]})  # missed in the review
    stage, due = stage_and_due(me, keys[0], day(8.2))
    assert stage == 0 and day(9.2) < due < day(9.3)

    take_review(me, clock, day(9.3))
    take_review(me, clock, day(16.4))
    take_review(me, clock, day(46.5))  # retired ...
    assert stage_and_due(me, keys[0], day(47))[0] == rechecks.RETIRED
    take_quiz(me, clock, day(60), wrong={first})  # ... until it is missed again in a quiz
    stage, due = stage_and_due(me, keys[0], day(60))
    assert stage == 0 and day(61) < due < day(61.1)


def test_a_right_answer_before_it_is_due_does_not_move_it_on(me, clock, keys):
    first = keys[0].rpartition("/")[2]
    take_quiz(me, clock, day(0), wrong={first})
    before = stage_and_due(me, keys[0], day(0))
    take_quiz(me, clock, day(0.01), wrong=set())  # retake right after reading the explanation
    assert stage_and_due(me, keys[0], day(0.01)) == before
    assert [r.key for r in me.due_rechecks(now=day(1.1))] == [keys[0]]


def test_only_a_review_at_or_after_the_due_time_moves_it_on(course, keys):
    key = keys[0]
    missed = AnsweredQuestion(key, False, day(0).isoformat(), "quiz")
    early = AnsweredQuestion(key, True, day(0.5).isoformat(), "review")
    quiz_late = AnsweredQuestion(key, True, day(2).isoformat(), "quiz")
    exactly = AnsweredQuestion(key, True, day(1).isoformat(), "review")

    def state(*answers):
        return rechecks.schedule(answers, course)[key]

    assert (state(missed, early).stage, state(missed, early).due) == (0, day(1))
    assert state(missed, quiz_late).stage == 0
    assert (state(missed, exactly).stage, state(missed, exactly).due) == (1, day(8))


def test_questions_no_longer_in_the_course_are_skipped(course, keys):
    history = [
        AnsweredQuestion("fees-quiz/gone-question", False, day(0).isoformat(), "quiz"),
        AnsweredQuestion("gone-quiz/anything", False, day(0).isoformat(), "quiz"),
        AnsweredQuestion(keys[1], False, day(0).isoformat(), "quiz"),
        AnsweredQuestion("gone-quiz/anything", True, day(2).isoformat(), "review"),
    ]
    assert list(rechecks.schedule(history, course)) == [keys[1]]
    summary = rechecks.summary(history, course, day(2))
    assert (summary.due, summary.scheduled, summary.review_answers) == (1, 1, 0)
    assert summary.retention is None


def test_summary_counts_due_overdue_upcoming_and_retention(course, keys):
    history = [
        AnsweredQuestion(keys[0], False, day(0).isoformat(), "quiz"),  # due day 1
        AnsweredQuestion(keys[1], False, day(4).isoformat(), "quiz"),  # due day 5
        AnsweredQuestion(keys[2], False, day(5.5).isoformat(), "quiz"),
        AnsweredQuestion(keys[2], True, day(6.5).isoformat(), "review"),  # due day 13.5
        AnsweredQuestion(keys[1], False, day(5.2).isoformat(), "review"),  # now due day 6.2
    ]
    summary = rechecks.summary(history, course, day(6.5))
    assert summary.due == 2  # keys 0 and 1
    assert summary.overdue == 1  # key 0: due for 5.5 days
    assert summary.upcoming == 1  # key 2: due on day 13.5, 7 days after its review
    assert rechecks.summary(history, course, day(6.4)).upcoming == 0  # 7.1 days ahead
    assert (summary.review_answers, summary.review_right) == (2, 1)
    assert summary.retention == pytest.approx(0.5)
    assert [r.key for r in rechecks.due(rechecks.schedule(history, course), day(6.5))] == [
        keys[0],
        keys[1],
    ]


# -- the review session -----------------------------------------------------------------------


def test_the_review_holds_exactly_the_due_questions_oldest_first(me, store, clock, keys):
    ids = [k.rpartition("/")[2] for k in keys]
    take_quiz(me, clock, day(0), wrong={ids[0], ids[1]})
    take_quiz(me, clock, day(0.5), wrong={ids[2]})  # 0 and 1 right before due: no change
    assert sorted(r.key for r in me.due_rechecks(now=day(1.2))) == sorted(keys[:2])

    review = me.start_review(now=day(1.2))
    assert review.attempt.kind == "review" and review.quiz.pass_mark == 0
    assert sorted(q.id for q in review.quiz.questions) == sorted(keys[:2])
    assert sorted(store.attempt(review.attempt.id).scope) == sorted(keys[:2])
    assert me.start_review(now=day(1.2)).attempt.id == review.attempt.id  # left open: resumed
    answer(review, wrong=set())
    clock.current = day(1.3)
    me.submit(review)
    assert [r.key for r in me.due_rechecks(now=day(1.6))] == [keys[2]]

    take_quiz(me, clock, day(10), wrong={ids[0], ids[1]})  # key 2 right: still due
    oldest = me.start_review(limit=1, now=day(12))
    assert [q.id for q in oldest.quiz.questions] == [keys[2]]  # due since day 1.5


def test_no_review_when_nothing_is_due(me, clock):
    take_quiz(me, clock, day(0), wrong=set())
    assert me.due_rechecks(now=day(5)) == []
    assert me.start_review(now=day(5)) is None


def test_an_open_quiz_is_left_alone_by_a_review(me, store, clock, keys):
    first = keys[0].rpartition("/")[2]
    take_quiz(me, clock, day(0), wrong={first})
    clock.current = day(2)
    open_quiz = me.start_quiz("fees-quiz")
    review = me.start_review(now=day(2))
    assert review.attempt.id != open_quiz.attempt.id
    answer(review, wrong=set())
    me.submit(review)
    assert me.resume_quiz().attempt.id == open_quiz.attempt.id  # still there to resume


def test_answer_history_names_every_answer_by_its_question_key(me, store, clock, keys):
    first = keys[0].rpartition("/")[2]
    take_quiz(me, clock, day(0), wrong={first})
    take_review(me, clock, day(1.5))
    clock.current = day(3)
    me.start_quiz("fees-quiz")  # unfinished: not in the history
    history = store.answer_history(me.employee.id)
    assert sorted(a.key for a in history if a.kind == "quiz") == sorted(keys)
    assert [(a.key, a.correct) for a in history if a.kind == "review"] == [(keys[0], True)]
    assert [a.finished_at for a in history] == sorted(a.finished_at for a in history)


# -- who may see it -----------------------------------------------------------------------------


def test_a_learner_sees_only_their_own_rechecks_and_a_manager_anyones(store, course, me, clock):
    take_quiz(me, clock, day(0), wrong={course.quizzes["fees-quiz"].questions[0].id})
    bo = store.add_employee("Bo Wen", "learner", "pass-5678", "finance")
    boss = store.add_employee("Mia Chen", "manager", "pass-9012", "management")
    other = Session(store, course, bo)
    with pytest.raises(AccessDenied):
        other.due_rechecks(me.employee.id, now=day(2))
    with pytest.raises(AccessDenied):
        other.recheck_summary(me.employee.id, now=day(2))
    manager = Session(store, course, boss)
    assert len(manager.due_rechecks(me.employee.id, now=day(2))) == 1
    assert manager.recheck_summary(me.employee.id, now=day(2)).due == 1
    assert manager.start_review(now=day(2)) is None  # a review is only ever for yourself


def test_the_team_histories_stream_each_employee_as_their_own_history(tmp_path):
    """``answer_histories`` gives each active employee's history exactly as ``answer_history``
    does, one employee at a time; the department sums from it equal those from each
    employee's own history (inactive people and people without answers included)."""
    from sellertrain.core.reports.demo import generate_demo_data
    from sellertrain.core.store import Store
    from tests.conftest import REPO

    course = load_course(REPO, deep=False)
    store = Store.create(tmp_path / "team.db")
    try:
        generate_demo_data(store, course, 40, seed=5)
        everyone = store.employees(include_inactive=True)
        gone = next(e for e in everyone if store.answer_history(e.id))
        store.db.execute("UPDATE employees SET active = 0 WHERE id = ?", [gone.id])
        newcomer = store.add_employee("New Comer", "learner", "pass-1234", "finance")
        streamed = store.answer_histories()
        assert not isinstance(streamed, dict)  # a generator: not every answer held at once
        found = dict(streamed)
        active = [e for e in store.employees() if e.id != newcomer.id]
        with_answers = {e.id for e in active if store.answer_history(e.id)}
        assert set(found) == with_answers and gone.id not in found and len(found) > 20
        for employee_id, history in found.items():
            assert history == store.answer_history(employee_id)
        departments = {e.id: e.department or "" for e in store.employees()}
        now = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
        one_by_one = {e: store.answer_history(e) for e in departments}
        expected = rechecks.by_department(one_by_one.items(), departments, course, now)
        assert rechecks.by_department(store.answer_histories(), departments, course, now) == (
            expected
        )
        assert sum(d.people for d in expected) == len(departments)
        assert sum(d.totals.scheduled for d in expected) > 0
    finally:
        store.close()
