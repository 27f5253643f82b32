"""The team table (one team_summary row per employee, the verdict by operations on lesson
bits) agrees with the per-employee rule on generated requirements and records."""

from __future__ import annotations

import datetime as dt
import functools
import gc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Course
from sellertrain.core.reports import team as reports
from sellertrain.core.reports.collector import paused_collector
from sellertrain.core.reports.team_records import (
    LessonBits,
    SummaryTexts,
    lapsed,
    quick_verdict,
)
from sellertrain.core.reports.team_table import TeamLine
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.core.training.requirements import Requirement, standing
from tests.conftest import REPO, FakeClock

TODAY = dt.date(2026, 11, 26)
LESSONS = [f"l{n}" for n in range(6)]


@st.composite
def requirement_sets(draw: st.DrawFn) -> dict[str, Requirement]:
    chosen = draw(st.lists(st.sampled_from(LESSONS), unique=True, max_size=len(LESSONS)))
    found = {}
    for lesson_id in chosen:
        days = draw(st.none() | st.integers(-20, 20))
        due = TODAY + dt.timedelta(days=days) if days is not None else None
        found[lesson_id] = Requirement(lesson_id, due, None, draw(st.booleans()))
    return found


@given(
    required=requirement_sets(),
    done=st.frozensets(st.sampled_from([*LESSONS, "gone"])),
    stale=st.frozensets(st.sampled_from([*LESSONS, "gone"])),
    active=st.booleans(),
)
def test_the_quick_verdict_is_the_standings(required, done, stale, active):
    """Lessons done and the verdict by operations on the lessons' bits are what ``standing``
    works out (a lesson the course no longer has is neither done nor stale)."""
    course = LessonBits(LESSONS)
    in_course = frozenset(LESSONS)
    found = standing(required, done, sorted(stale & in_course), TODAY, active=active)
    late = course.of(k for k, r in required.items() if r.due is not None and r.due < TODAY)
    wanted = course.of(required)
    quick = quick_verdict(wanted, late, course.of(done) & wanted, course.of(stale), active)
    assert quick == (found.done, found.verdict)
    assert course.ids_of(course.of(done)) == tuple(i for i in LESSONS if i in done)


@functools.cache
def shipped_course() -> Course:
    return load_course(REPO, deep=False)


EMPLOYEE = st.tuples(
    st.sampled_from(["learner", "learner", "manager"]),
    st.sampled_from([None, "finance", "listings", "logistics"]),
    st.integers(0, 6),  # how many lessons they completed (in course order)
    st.sampled_from(["current", "old", "unknown"]),  # the version of their first completion
    st.integers(0, 3),  # of their quizzes, how many passed (the rest failed)
)
ASSIGNMENT = st.tuples(
    st.integers(-30, 30),  # due, days from today
    st.sampled_from(["everyone", "department", "employee"]),
    st.integers(0, 5),  # which lesson (of the first six)
    st.sampled_from([None, None, 1, 3, 12]),  # every N months
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=st.lists(EMPLOYEE, min_size=1, max_size=6),
    assigned=st.lists(ASSIGNMENT, max_size=3),
    extensions=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.integers(1, 40))),
    material=st.booleans(),
)
def test_the_team_table_agrees_with_each_employees_own_rule(
    tmp_path_factory, people, assigned, extensions, material
):
    """Random employees, assignments (due dates, recurring every N months), extensions and,
    after a material publication, stale completions: every row of the team table is the
    one the employee screen works out for that employee alone, and the table's quick lines
    (what it sorts and filters by) are the rows' own."""
    course = shipped_course()
    clock = FakeClock(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC))
    store = Store.create(tmp_path_factory.mktemp("team") / "team.db", clock=clock)
    try:
        known = {d.casefold() for d in store.departments()}
        for department in {"finance", "listings", "logistics"} - known:
            store.add_department(department)
        boss = store.add_employee("Boss", "manager", "pass-1234")
        session = Session(store, course, boss, today=lambda: TODAY)
        lessons = course.ordered_lessons
        first = lessons[0]
        staff = []
        for n, (role, department, completed, version, passes) in enumerate(people):
            person = store.add_employee(f"Person {n}", role, "pass-1234", department)
            staff.append(person)
            for k, lesson in enumerate(lessons[:completed]):
                read = lesson.version
                if k == 0:
                    read = {"current": lesson.version, "old": "old-version0"}.get(
                        version, "never-published"
                    )
                store.record_lesson_opened(person.id, lesson.id, read)
                store.record_lesson_completed(person.id, lesson.id, read)
                quiz = course.quizzes.get(lesson.quiz_id or "")
                if quiz is not None:
                    attempt = store.start_attempt(person.id, quiz.id, quiz.version, 1)
                    passed = k < passes
                    store.finish_attempt(attempt.id, 90.0 if passed else 40.0, passed, [])
        if material:  # the first lesson changed materially: older completions are stale
            clock.current = dt.datetime(2026, 10, 2, 9, 0, tzinfo=dt.UTC)
            anchor = first.sections[0].anchor
            texts = first.section_texts()
            store.record_publication(
                first.id, first.version, "old-version0", "material", [anchor], texts, [], None
            )
        for days, kind, lesson_number, every in assigned:
            target = {"everyone": None, "department": "finance", "employee": staff[0].id}[kind]
            session.assign(
                TODAY + dt.timedelta(days=days),
                kind,
                target,
                lesson_id=lessons[lesson_number].id,
                every_months=every,
            )
        for who, lesson_number, days in extensions:
            if who < len(staff):
                until = (TODAY + dt.timedelta(days=days)).isoformat()
                store.extend_due(staff[who].id, lessons[lesson_number].id, until, boss.id)
        table = session.team_table()
        team = {row.employee.id: row for row in table}
        assert len(team) == len(staff) + 1
        for employee in [boss, *staff]:
            assert team[employee.id] == session.employee_detail(employee.id).summary
        assert table.lines == [TeamLine.of(row) for row in table]
    finally:
        store.close()


def test_a_quiz_no_longer_in_the_course_is_left_out_of_the_totals(tmp_path: Path):
    """Results of a quiz the course dropped count neither as passed nor in the average."""
    course = shipped_course()
    store = Store.create(tmp_path / "t.db", clock=FakeClock())
    try:
        ana = store.add_employee("Ana", "learner", "pass-1234")
        quiz = next(iter(course.quizzes.values()))
        for quiz_id, score in ((quiz.id, 80.0), ("retired-quiz", 20.0)):
            attempt = store.start_attempt(ana.id, quiz_id, "v1", 1)
            store.finish_attempt(attempt.id, score, True, [])
        (row,) = reports.team_progress(store, course, TODAY)
        assert (row.quizzes_passed, row.average_best_score) == (1, 80.0)
        summary = store.db.execute("SELECT passed, average FROM team_summary").fetchone()
        assert tuple(summary) == (2, 50.0)  # what the store keeps: every quiz's
    finally:
        store.close()


def test_the_table_reads_one_summary_row_per_employee(tmp_path: Path):
    """The team table reads team_summary (m019), not every lesson and quiz summary row; and
    the rows it makes are only those asked for."""
    from sellertrain.core.reports.demo import generate_demo_data

    course = shipped_course()
    store = Store.create(tmp_path / "demo.db")
    try:
        generate_demo_data(store, course, 40, seed=3, today=TODAY)
        recurring = any(a.every_months for a in store.assignments())
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        try:
            table = reports.team_table(store, course, TODAY)
        finally:
            store.conn.set_trace_callback(None)
        assert any("team_summary" in sql for sql in statements)
        assert not any("quiz_summary" in sql for sql in statements)
        assert any("lesson_summary" in sql for sql in statements) == recurring
        assert len(table) == len(store.employees()) and not table._made
        assert table[3] == reports.team_progress(store, course, TODAY)[3]
        assert list(table._made) == [3]
    finally:
        store.close()


def test_the_collector_is_paused_only_while_the_rows_are_made():
    """The team table pauses Python's garbage collector while it makes its rows and leaves
    it as it found it: on again after the rows (or an error), still off if it was off."""
    assert gc.isenabled()
    with paused_collector():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_collector():
        raise ValueError("a failed read")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_collector():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


@given(
    quizzes=st.lists(st.sampled_from([None, "q1", "q2", "q3"]), min_size=6, max_size=6),
    passes=st.lists(st.sampled_from(["q1", "q2", "q3", "retired"]), unique=True),
)
def test_the_lessons_passed_are_those_whose_quiz_is_among_the_passes(quizzes, passes):
    """The lessons (bits) a passes text makes done: those without a quiz and those whose
    quiz was passed, when one quiz serves several lessons or a passed quiz is no lesson's."""
    lessons = {lesson_id: (0, quiz) for lesson_id, quiz in zip(LESSONS, quizzes, strict=True)}
    bits = LessonBits(LESSONS)
    # team_codes (m024): a code for each completion and quiz id, in no particular order
    texts_coded = [f"{lesson_id}@v1" for lesson_id in LESSONS] + ["q3", "retired", "q1", "q2"]
    codes = {str(n * 7 + 2): text for n, text in enumerate(texts_coded)}
    code = {text: c for c, text in codes.items()}
    passed = ",".join(code[q] for q in sorted(passes)) or None
    texts = SummaryTexts(None, Course(Path(".")), lessons, {}, bits, codes)  # nothing read
    found = texts.lessons("someone", None, passed)[0]
    assert found == 0  # nothing completed: nothing done, whatever was passed
    everything = ",".join(code[f"{lesson_id}@v1"] for lesson_id in LESSONS)
    done, stale = texts.lessons("someone", everything, passed)
    wanted = {k for k, (_, quiz) in lessons.items() if quiz is None or quiz in passes}
    assert bits.ids_of(done) == tuple(k for k in LESSONS if k in wanted) and stale == 0
    # a code team_codes lacks (deleted outside SellerTrain) counts for no lesson
    assert texts.lessons("someone", f"{everything},1000", passed) == (done, stale)
    assert texts.lessons("someone", "1000", passed) == (0, 0)


def test_completion_times_of_some_lessons_only(tmp_path: Path):
    """The team table reads the completion times of the lessons that recur, not of all."""
    course = shipped_course()
    first, second = course.ordered_lessons[:2]
    store = Store.create(tmp_path / "t.db", clock=FakeClock())
    try:
        ana = store.add_employee("Ana", "learner", "pass-1234")
        for lesson in (first, second):
            store.record_lesson_completed(ana.id, lesson.id, lesson.version)
        every = store.completion_times()
        assert set(every[ana.id]) == {first.id, second.id}
        assert store.completion_times([second.id]) == {
            ana.id: {second.id: every[ana.id][second.id]}
        }
        assert store.completion_times([]) == {}
    finally:
        store.close()


@st.composite
def recurring_sets(draw: st.DrawFn) -> dict[str, Requirement]:
    found = {}
    for lesson_id, requirement in draw(requirement_sets()).items():
        every = draw(st.sampled_from([None, 1, 3, 12]))
        found[lesson_id] = Requirement(lesson_id, requirement.due, every, requirement.assigned)
    return found


COMPLETED_AT = (
    st.none()
    | st.just("not a time")
    | st.integers(-400, 5).map(lambda days: f"{TODAY + dt.timedelta(days=days)}T09:30:00+00:00")
)


@given(
    required=recurring_sets(),
    done=st.frozensets(st.sampled_from(LESSONS)),
    stale=st.frozensets(st.sampled_from(LESSONS)),
    times=st.fixed_dictionaries({}, optional={k: COMPLETED_AT for k in LESSONS}),
    active=st.booleans(),
)
def test_the_quick_verdict_of_recurring_requirements_is_the_standings(
    required, done, stale, times, active
):
    """Lessons done and the verdict of requirements that recur (every 1, 3 or 12 months),
    from the bits once lapsed completions are taken out, are what ``standing`` works out with
    the same completion times (some missing or unreadable)."""
    completed_at = {k: v for k, v in times.items() if v is not None}
    found = standing(required, done, sorted(stale), TODAY, active=active, completed_at=completed_at)
    course = LessonBits(LESSONS)
    late = course.of(k for k, r in required.items() if r.due is not None and r.due < TODAY)
    wanted = course.of(required)
    recurs = {k: r.every_months for k, r in required.items() if r.every_months}
    now_done, now_late = lapsed(
        recurs, course.bit, course.of(done) & wanted, late, completed_at, TODAY
    )
    quick = quick_verdict(wanted, now_late, now_done, course.of(stale), active)
    assert quick == (found.done, found.verdict)
