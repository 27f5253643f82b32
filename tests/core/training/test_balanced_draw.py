"""A quiz drawn ``from: required`` (the balanced final): each employee is asked about the
lessons required of them, at least ``per_lesson`` from each; the lessons are stored with the
attempt, so a resumed or reviewed attempt shows the same questions."""

from __future__ import annotations

from collections import Counter

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.session import Session
from sellertrain.core.training.attempts import review_attempt
from sellertrain.core.training.engine import present

LESSONS = {"a": "[all]", "b": "[finance]", "c": "[finance]", "d": "[logistics]", "e": "[logistics]"}


def question(lesson_id: str, n: int) -> str:
    return (
        f"## Question {n} about lesson {lesson_id} number {n}?\n\n"
        f"Tests: [First section](../lessons/{lesson_id}.md#first-section)\n\n"
        f"- [x] Answer {n} right\n- [ ] Answer {n} wrong\n"
    )


def build(make_content, lesson_md, quiz_md, per_lesson: int = 2, draw: int = 6, each: int = 6):
    questions = "\n".join(
        question(lesson, n)
        for n, lesson in enumerate((x for x in LESSONS for _ in range(each)), start=1)
    )
    root = make_content(
        lessons={
            i: lesson_md(i, roles=roles, order=n) for n, (i, roles) in enumerate(LESSONS.items())
        },
        quizzes={
            "final": quiz_md(
                "final", questions, draw=draw, per_lesson=per_lesson, **{"from": "required"}
            )
        },
    )
    return load_course(root)


def test_an_employee_is_asked_about_their_required_lessons_only(make_content, lesson_md, quiz_md):
    course = build(make_content, lesson_md, quiz_md)
    quiz = course.quizzes["final"]
    assert quiz.from_required and quiz.per_lesson == 2
    big = present(quiz, 3, ["a", "b", "c", "d", "e"])  # required to take all five lessons
    assert len(big) == 10  # 2 from each: more than the draw of 6
    for seed in range(50):
        shown = present(quiz, seed, ["a", "b", "c"])  # a finance employee
        lessons = Counter(p.question.tests_lesson for p in shown)
        assert len(shown) == 6 and set(lessons) <= {"a", "b", "c"}
        assert all(lessons[x] >= 2 for x in ("a", "b", "c"))
        assert present(quiz, seed, ["a", "b", "c"]) == shown  # reproducible from the seed


def test_the_attempt_keeps_its_lessons_when_the_requirements_change(
    store, make_content, lesson_md, quiz_md
):
    course = build(make_content, lesson_md, quiz_md)
    ana = store.add_employee("Ana Li", "learner", "pass-1234", "finance")
    session = Session(store, course, ana)
    attempt = session.start_quiz("final")
    asked = [p.question.id for p in attempt.presented]
    assert {course.quizzes["final"].question(q).tests_lesson for q in asked} <= {"a", "b", "c"}
    assert sorted(attempt.attempt.scope) == ["a", "b", "c"]
    # she moves to logistics mid-attempt: the attempt still shows what she was asked
    store.set_department(ana.id, "logistics", None)
    resumed = Session(store, course, store.employee(ana.id)).start_quiz("final")
    assert [p.question.id for p in resumed.presented] == asked
    for index, shown in enumerate(resumed.presented):
        resumed.answer(index, {p for p, o in enumerate(shown.option_order) if o == 0})
    resumed.submit()
    review = review_attempt(store, course, attempt.attempt.id)
    quiz = course.quizzes["final"]
    assert [item.text for item in review.items] == [quiz.question(q).text for q in asked]


def test_check_refuses_a_pool_too_small_or_a_draw_too_short(make_content, lesson_md, quiz_md):
    course = build(make_content, lesson_md, quiz_md, per_lesson=2, draw=6, each=2)
    messages = [e.message for e in course.errors if e.path.name == "final.md"]
    # finance: lessons a, b, c have 6 questions; a draw of 6 needs 15
    assert any("for finance, 6 questions" in m and "at least 15" in m for m in messages)
    # 3 from each of 3 lessons: an attempt of 9, so the pool must hold 23
    course = build(make_content, lesson_md, quiz_md, per_lesson=3, draw=6, each=7)
    messages = [e.message for e in course.errors if e.path.name == "final.md"]
    assert any("for finance, 21 questions" in m and "attempt of 9" in m for m in messages)
    good = build(make_content, lesson_md, quiz_md, per_lesson=2, draw=6, each=15)
    assert [e for e in good.errors if e.path.name == "final.md"] == []


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ({"from": "everything", "draw": 4}, "'from' is 'everything'"),
        ({"from": "required"}, "needs 'draw'"),
        ({"per_lesson": 2}, "'per_lesson' needs 'from: required'"),
    ],
)
def test_the_draw_keys_are_validated(make_content, lesson_md, quiz_md, meta, message):
    root = make_content(
        lessons={"a": lesson_md("a")},
        quizzes={"q": quiz_md("q", question("a", 1) + "\n" + question("a", 2), **meta)},
    )
    errors = [e.message for e in load_course(root).errors]
    assert any(message in m for m in errors), errors
