"""Lesson statuses and course progress (core/training/progress.py); quiz sessions (core/training/attempts.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.store import LessonProgress, Store
from sellertrain.core.training.attempts import QuizSession, review_attempt
from sellertrain.core.training.engine import present
from sellertrain.core.training.progress import LessonStatus, course_progress, lesson_status

INTRO_QUIZ = """## Which option is the single right one?

Tests: [First section](../lessons/intro.md#first-section)

- [ ] Wrong one
- [x] Right one
- [ ] Wrong two

> Because it is.

## Which are right? Select all that apply.

- [x] Right A
- [x] Right B
- [ ] Wrong C
- [ ] Wrong D

## The sky is green.

- [ ] True
- [x] False
"""
FEES_QUIZ = "## Fees?\n\n- [x] Yes\n- [ ] No\n"


@pytest.fixture
def course_files(lesson_md, quiz_md):
    lessons = {
        "intro": lesson_md("intro", module="Basics", order=10, quiz="intro-quiz", roles="[all]"),
        "shipping": lesson_md("shipping", module="Basics", order=20, roles="[logistics]"),
        "fees": lesson_md("fees", module="Money", order=30, quiz="fees-quiz", roles="[finance]"),
    }
    quizzes = {
        "intro-quiz": quiz_md("intro-quiz", INTRO_QUIZ, lesson="intro", pass_mark=60),
        "fees-quiz": quiz_md("fees-quiz", FEES_QUIZ, lesson="fees"),
        "timed-quiz": quiz_md("timed-quiz", FEES_QUIZ, time_limit=10),
    }
    return lessons, quizzes


@pytest.fixture
def course(make_content, course_files):
    lessons, quizzes = course_files
    loaded = load_course(make_content(lessons=lessons, quizzes=quizzes))
    assert loaded.errors == []
    assert [lesson.id for lesson in loaded.ordered_lessons] == ["intro", "shipping", "fees"]
    return loaded


@pytest.fixture
def ana(store):
    return store.add_employee("Ana Li", "learner", "pass-1234", "logistics")


def statuses(store, course, employee):
    progress = course_progress(store, course, employee)
    return {s.lesson.id: s.status for s in progress.states}


def complete(store, employee, lesson):
    store.record_lesson_opened(employee.id, lesson.id, lesson.version)
    store.record_lesson_completed(employee.id, lesson.id, lesson.version)


def take_quiz(store, employee, quiz, score, passed, version=None):
    attempt = store.start_attempt(employee.id, quiz.id, version or quiz.version, 1)
    store.finish_attempt(attempt.id, score, passed, [])
    return attempt


# -- progress ----------------------------------------------------------------------------------


def test_fresh_employee(store, course, ana):
    progress = course_progress(store, course, ana)
    assert [(s.lesson.id, s.status, s.required) for s in progress.states] == [
        ("intro", LessonStatus.NOT_STARTED, True),
        ("shipping", LessonStatus.NOT_STARTED, True),
        ("fees", LessonStatus.NOT_STARTED, False),
    ]
    assert [s.lesson.id for s in progress.counted] == ["intro", "shipping"]
    assert progress.percent == 0 and progress.done_count == 0
    assert progress.continue_lesson().id == "intro"
    assert progress.needing_refresh == []
    assert progress.state("fees").seconds == 0 and progress.state("nope") is None


def test_opened_lesson_is_in_progress_and_is_where_to_continue(store, course, ana):
    shipping = course.lessons["shipping"]
    store.record_lesson_opened(ana.id, "shipping", shipping.version)
    store.record_reading_time(ana.id, "shipping", shipping.version, 75)
    progress = course_progress(store, course, ana)
    state = progress.state("shipping")
    assert state.status is LessonStatus.IN_PROGRESS
    assert state.seconds == 75 and state.last_opened is not None
    assert progress.continue_lesson().id == "shipping"


def test_continue_with_the_last_opened_unfinished_lesson(store, course, ana):
    store.record_lesson_opened(ana.id, "fees", course.lessons["fees"].version)
    store.record_lesson_opened(ana.id, "intro", course.lessons["intro"].version)
    assert course_progress(store, course, ana).continue_lesson().id == "intro"
    store.record_lesson_opened(ana.id, "fees", course.lessons["fees"].version)
    assert course_progress(store, course, ana).continue_lesson().id == "fees"


def test_completed_lessons(store, course, ana):
    complete(store, ana, course.lessons["shipping"])
    complete(store, ana, course.lessons["intro"])
    progress = course_progress(store, course, ana)
    assert progress.state("shipping").status is LessonStatus.COMPLETED
    assert progress.state("shipping").done  # no quiz: reading is enough
    assert progress.state("intro").status is LessonStatus.COMPLETED
    assert not progress.state("intro").done  # its quiz is not passed yet
    assert progress.done_count == 1 and progress.percent == 50
    assert progress.continue_lesson().id == "intro"


def test_quiz_passed(store, course, ana):
    complete(store, ana, course.lessons["intro"])
    complete(store, ana, course.lessons["shipping"])
    take_quiz(store, ana, course.quizzes["intro-quiz"], 40.0, False)
    assert statuses(store, course, ana)["intro"] is LessonStatus.COMPLETED
    take_quiz(store, ana, course.quizzes["intro-quiz"], 66.67, True)
    progress = course_progress(store, course, ana)
    assert progress.state("intro").status is LessonStatus.QUIZ_PASSED
    assert progress.state("intro").done
    assert progress.state("intro").best_score == 66.67
    assert progress.percent == 100
    assert progress.continue_lesson().id == "fees"  # the only lesson left, though not required


def test_passing_the_quiz_without_reading_is_not_started(store, course, ana):
    take_quiz(store, ana, course.quizzes["intro-quiz"], 100.0, True)
    state = course_progress(store, course, ana).state("intro")
    assert state.status is LessonStatus.NOT_STARTED
    assert state.best_score == 100.0


def test_an_unpublished_or_editorial_change_keeps_a_completion_current(store, course, ana):
    store.record_lesson_completed(ana.id, "intro", "old-version0")
    take_quiz(store, ana, course.quizzes["intro-quiz"], 100.0, True)
    assert statuses(store, course, ana)["intro"] is LessonStatus.QUIZ_PASSED
    lesson = course.lessons["intro"]
    store.record_publication(
        "intro", lesson.version, "old-version0", "editorial", [], lesson.section_texts(), [], None
    )
    assert statuses(store, course, ana)["intro"] is LessonStatus.QUIZ_PASSED


def test_a_material_change_after_completion_needs_refresh(store, course, ana):
    store.record_lesson_completed(ana.id, "intro", "old-version0")
    take_quiz(store, ana, course.quizzes["intro-quiz"], 100.0, True)
    lesson = course.lessons["intro"]
    anchor = lesson.sections[0].anchor
    store.record_publication(
        "intro",
        lesson.version,
        "old-version0",
        "material",
        [anchor],
        lesson.section_texts(),
        [],
        None,
    )
    progress = course_progress(store, course, ana)
    assert progress.state("intro").status is LessonStatus.NEEDS_REFRESH
    assert [s.lesson.id for s in progress.needing_refresh] == ["intro"]
    assert not progress.state("intro").done
    complete(store, ana, course.lessons["intro"])  # reading it again clears it
    assert statuses(store, course, ana)["intro"] is LessonStatus.QUIZ_PASSED


def test_a_quiz_passed_in_an_older_version_still_counts(store, course, ana):
    complete(store, ana, course.lessons["intro"])
    take_quiz(store, ana, course.quizzes["intro-quiz"], 100.0, True, version="old-quiz-ver")
    assert statuses(store, course, ana)["intro"] is LessonStatus.QUIZ_PASSED


def test_required_lessons_follow_the_department(store, course):
    finance = store.add_employee("Fay Wu", "learner", "pass-1234", "finance")
    nobody = store.add_employee("No Dept", "learner", "pass-1234")
    assert [s.required for s in course_progress(store, course, finance).states] == [
        True,
        False,
        True,
    ]
    progress = course_progress(store, course, nobody)
    assert [s.required for s in progress.states] == [True, False, False]
    assert [s.lesson.id for s in progress.counted] == ["intro"]
    complete(store, nobody, course.lessons["intro"])
    take_quiz(store, nobody, course.quizzes["intro-quiz"], 100.0, True)
    progress = course_progress(store, course, nobody)
    assert progress.percent == 100
    assert progress.continue_lesson().id == "shipping"


def test_without_required_lessons_nothing_is_counted(store, make_content, lesson_md):
    """One rule for "required" (tests/core/training/test_requirements.py): a course that
    asks nothing of a department asks nothing of them; Home no longer counts every lesson
    while the team table counts none."""
    root = make_content(
        lessons={
            "a": lesson_md("a", roles="[finance]", order=1),
            "b": lesson_md("b", roles="[listings]", order=2),
            "c": lesson_md("c", roles="[listings]", order=3),
        },
        name="no-required",
    )
    course = load_course(root)
    employee = store.add_employee("Lee Ma", "learner", "pass-1234", "logistics")
    complete(store, employee, course.lessons["b"])
    progress = course_progress(store, course, employee)
    assert not any(s.required for s in progress.states)
    assert progress.counted == [] and progress.percent == 0
    assert progress.standing.verdict == "in progress"
    assert progress.continue_lesson().id == "a"
    for lesson in course.lessons.values():
        complete(store, employee, lesson)
    progress = course_progress(store, course, employee)
    assert progress.continue_lesson() is None


def test_lesson_status_rule(course):
    from sellertrain.core.store import AttemptRecord, Publication

    lesson = course.lessons["intro"]
    v = lesson.version

    def rec(opened, completed, version=None):
        return LessonProgress("intro", opened, opened, 0, completed, version)

    def attempt(passed, kind="quiz"):
        return AttemptRecord(
            "a", "e", "intro-quiz", "q", 1, "t", "submitted", "t", 0.0, passed, kind=kind
        )

    material = Publication("p", "intro", v, "old", "material", 1, ("first-section",), {}, {}, "t3")
    assert lesson_status(lesson, None, []) is LessonStatus.NOT_STARTED
    assert lesson_status(lesson, rec(None, None), []) is LessonStatus.NOT_STARTED
    assert lesson_status(lesson, rec("t1", None), []) is LessonStatus.IN_PROGRESS
    assert lesson_status(lesson, rec("t1", "t2", v), []) is LessonStatus.COMPLETED
    assert lesson_status(lesson, rec("t1", "t2", "other"), []) is LessonStatus.COMPLETED
    assert lesson_status(lesson, rec("t1", "t2", "old"), [], [material]) is (
        LessonStatus.NEEDS_REFRESH
    )
    assert lesson_status(lesson, rec("t1", "t4", v), [], [material]) is LessonStatus.COMPLETED
    assert lesson_status(lesson, rec("t1", "t2", v), [attempt(False)]) is LessonStatus.COMPLETED
    assert lesson_status(lesson, rec("t1", "t2", v), [attempt(True)]) is LessonStatus.QUIZ_PASSED
    assert (
        lesson_status(lesson, rec("t1", "t2", v), [attempt(True, "review")])
        is LessonStatus.COMPLETED
    )


# -- quiz sessions -----------------------------------------------------------------------------


def right_positions(presented):
    return {
        pos
        for pos, orig in enumerate(presented.option_order)
        if presented.question.options[orig].correct
    }


def test_start_answer_and_resume_after_closing(tmp_path, clock, course):
    quiz = course.quizzes["intro-quiz"]
    path = tmp_path / "sessions.db"
    store = Store.create(path, clock=clock)
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    session = QuizSession.start(store, ana.id, quiz, seed=2024)
    assert not session.resumed
    assert session.presented == present(quiz, 2024)
    stored = store.unfinished_attempt(ana.id)
    assert (stored.id, stored.seed, stored.quiz_version) == (session.attempt.id, 2024, quiz.version)

    session.answer(0, {1})
    session.answer(2, {0})
    session.answer(2, {0})  # the same answer again is not saved twice
    first, third = session.presented[0], session.presented[2]
    expected = {
        first.question.id: frozenset({first.option_order[1]}),
        third.question.id: frozenset({third.option_order[0]}),
    }
    assert session.answers == expected
    assert store.draft_answers(session.attempt.id) == expected
    assert store.db.execute("SELECT count(*) FROM draft_answers").fetchone()[0] == 2
    assert session.unanswered() == [1] and session.first_unanswered() == 1
    store.close()  # the app is closed

    for _ in range(2):  # and opened again, twice
        reopened = Store.open(path, clock=clock)
        resumed = QuizSession.resume(reopened, course, ana.id)
        assert resumed is not None and resumed.resumed
        assert resumed.attempt == session.attempt
        assert [(p.question.id, p.option_order) for p in resumed.presented] == [
            (p.question.id, p.option_order) for p in session.presented
        ]
        assert resumed.answers == expected
        assert [resumed.selected_positions(i) for i in range(3)] == [{1}, set(), {0}]
        reopened.close()


def test_changing_an_answer_keeps_the_latest(store, course, ana):
    session = QuizSession.start(store, ana.id, course.quizzes["intro-quiz"], seed=5)
    session.answer(1, {0})
    session.answer(1, {0, 1})
    assert QuizSession.resume(store, course, ana.id).selected_positions(1) == {0, 1}
    session.answer(1, set())
    resumed = QuizSession.resume(store, course, ana.id)
    assert resumed.selected_positions(1) == set()
    assert resumed.unanswered() == [0, 1, 2] and resumed.first_unanswered() == 0


def test_submit_scores_and_writes_every_answer(store, course, ana):
    quiz = course.quizzes["intro-quiz"]
    session = QuizSession.start(store, ana.id, quiz, seed=77)
    chosen = {}
    for index, shown in enumerate(session.presented):
        positions = right_positions(shown)
        if shown.question.id == "which-are-right-select-all-that-apply":
            positions = {min(positions)}  # one of two right options: half the mark
        chosen[index] = positions
        session.answer(index, positions)
    result = session.submit()
    assert result.percent == 83.33 and result.passed
    assert [r.question.id for r in result.results] == [p.question.id for p in session.presented]

    attempt = store.attempt(session.attempt.id)
    assert (attempt.status, attempt.score, attempt.passed) == ("submitted", 83.33, True)
    rows = store.answers(attempt.id)
    assert [r.position for r in rows] == [0, 1, 2]
    assert [r.question_id for r in rows] == [p.question.id for p in session.presented]
    for row, shown, index in zip(rows, session.presented, range(3), strict=True):
        original = {shown.option_order[p] for p in chosen[index]}
        assert row.selected == original
        assert row.selected_text == tuple(shown.question.options[i].text for i in sorted(original))
        multi = shown.question.id == "which-are-right-select-all-that-apply"
        assert (row.correct, row.score) == ((False, 0.5) if multi else (True, 1.0))
    assert QuizSession.resume(store, course, ana.id) is None
    assert store.unfinished_attempt(ana.id) is None


def test_timed_out_submit(store, course, ana):
    session = QuizSession.start(store, ana.id, course.quizzes["intro-quiz"], seed=3)
    result = session.submit(timed_out=True)
    assert result.percent == 0.0 and not result.passed
    assert store.attempt(session.attempt.id).status == "timed_out"
    assert [r.selected for r in store.answers(session.attempt.id)] == [frozenset()] * 3


def test_seconds_left_runs_from_the_start(store, course, ana, clock):
    timed = QuizSession.start(store, ana.id, course.quizzes["timed-quiz"], seed=1)
    started = dt.datetime.fromisoformat(timed.attempt.started_at)
    assert timed.seconds_left(started + dt.timedelta(seconds=90)) == 510
    assert timed.seconds_left(started + dt.timedelta(minutes=11)) == 0
    untimed = QuizSession.start(store, ana.id, course.quizzes["fees-quiz"], seed=1)
    assert untimed.seconds_left(started) is None


def test_review_shows_selected_and_correct_positions_as_presented(store, course, ana):
    quiz = course.quizzes["intro-quiz"]
    session = QuizSession.start(store, ana.id, quiz, seed=31337)
    picks = [{0}, {0, 1}, set()]
    for index, positions in enumerate(picks):
        session.answer(index, positions)
    assert review_attempt(store, course, session.attempt.id) is None  # not finished yet
    session.submit()

    review = review_attempt(store, course, session.attempt.id)
    assert review.quiz_title == quiz.title and review.pass_mark == 60
    assert review.attempt.id == session.attempt.id
    assert [item.number for item in review.items] == [1, 2, 3]
    for item, shown, positions in zip(review.items, session.presented, picks, strict=True):
        assert item.text == shown.question.text
        assert list(item.options) == shown.options
        assert item.correct_positions == frozenset(right_positions(shown))
        assert item.selected_positions == frozenset(positions)
        assert item.correct == (frozenset(positions) == item.correct_positions)
        assert item.explanation == shown.question.explanation
        assert item.tests_lesson == shown.question.tests_lesson
        for pos in item.correct_positions:
            assert quiz.question(shown.question.id).options[shown.option_order[pos]].correct
    single = next(i for i in review.items if i.text.startswith("Which option"))
    assert single.tests_anchor == "first-section" and single.explanation == "Because it is."
    assert review_attempt(store, course, "no-such-attempt") is None


def test_resume_after_the_quiz_changed_abandons_the_attempt(
    store, ana, course, make_content, course_files
):
    quiz = course.quizzes["intro-quiz"]
    session = QuizSession.start(store, ana.id, quiz, seed=8)
    session.answer(0, {0})
    lessons, quizzes = course_files
    quizzes = dict(quizzes, **{"intro-quiz": quizzes["intro-quiz"].replace("Wrong two", "Wrong 2")})
    changed = load_course(make_content(lessons=lessons, quizzes=quizzes, name="changed"))
    assert changed.quizzes["intro-quiz"].version != quiz.version

    assert QuizSession.resume(store, changed, ana.id) is None
    attempt = store.attempt(session.attempt.id)
    assert (attempt.status, attempt.score, attempt.passed) == ("abandoned", 0.0, False)
    assert store.unfinished_attempt(ana.id) is None
    assert store.draft_answers(attempt.id) == session.answers  # the drafts are kept
    review = review_attempt(store, changed, attempt.id)
    assert review is not None and all(
        item.correct_positions == frozenset() for item in review.items
    )


def test_resume_after_the_quiz_disappeared_abandons_the_attempt(store, ana, course):
    session = QuizSession.start(store, ana.id, course.quizzes["fees-quiz"], seed=8)
    course.quizzes.pop("fees-quiz")
    assert QuizSession.resume(store, course, ana.id) is None
    assert store.attempt(session.attempt.id).status == "abandoned"


def test_abandoned_attempt_keeps_its_draft_answers(store, ana, course, make_content, course_files):
    session = QuizSession.start(store, ana.id, course.quizzes["intro-quiz"], seed=8)
    session.answer(0, {0})
    lessons, quizzes = course_files
    quizzes = dict(quizzes, **{"intro-quiz": quizzes["intro-quiz"].replace("Wrong two", "Wrong 2")})
    changed = load_course(make_content(lessons=lessons, quizzes=quizzes, name="changed"))
    assert QuizSession.resume(store, changed, ana.id) is None
    assert store.attempt(session.attempt.id).status == "abandoned"
    assert store.draft_answers(session.attempt.id) == session.answers
