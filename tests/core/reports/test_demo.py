"""Demo data: counts, determinism, refusal, realistic and consistent records over the course."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import defaultdict
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Course
from sellertrain.core.reports import team as reports
from sellertrain.core.reports.demo import (
    MIXED_ASSIGNMENTS,
    DemoDataRefused,
    DemoSummary,
    generate_demo_data,
)
from sellertrain.core.reports.demo_names import ENGLISH_GIVEN
from sellertrain.core.reports.demo_records import DEPARTMENTS, HIRING_DAYS, OLD_VERSION
from sellertrain.core.store import Store, StoreError
from sellertrain.core.store.bulk import RowBatch
from sellertrain.core.training import engine
from sellertrain.core.training.attempts import review_attempt
from sellertrain.core.training.certificates import CertificateStatus, issue_due_certificates
from sellertrain.core.training.compliance import compliance_matrix
from sellertrain.core.training.progress import LessonStatus, course_progress
from tests.conftest import REPO

TODAY = dt.date(2026, 6, 1)
EMPLOYEES = 60


@pytest.fixture(scope="module")
def course() -> Course:
    loaded = load_course(REPO, deep=False)
    assert not loaded.has_errors
    return loaded


@pytest.fixture(scope="module")
def demo(tmp_path_factory, course) -> tuple[Store, DemoSummary]:
    """One demo database shared by the read-only tests of this module."""
    store = Store.create(tmp_path_factory.mktemp("demo") / "demo.db")
    summary = generate_demo_data(store, course, EMPLOYEES, seed=7, today=TODAY)
    yield store, summary
    store.close()


def _generate(path: Path, course: Course, seed: int, employees: int = 40) -> Store:
    store = Store.create(path)
    generate_demo_data(store, course, employees, seed=seed, today=TODAY)
    return store


def _count(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _stamp(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    assert moment.utcoffset() == dt.timedelta(0), text
    assert moment.isoformat(timespec="seconds") == text, "not in Store.now() format"
    return moment


# -- what was written ----------------------------------------------------------------------


def test_counts_match_the_summary(demo):
    store, summary = demo
    assert summary.employees == _count(store, "employees") == EMPLOYEES
    assert summary.lesson_events == _count(store, "lesson_events") > EMPLOYEES
    assert summary.attempts == _count(store, "attempts") == _count(store, "attempt_results")
    assert summary.answers == _count(store, "answers") > 5 * summary.attempts
    assert summary.assignments == _count(store, "assignments") >= 3
    assert summary.seconds > 0 and summary.answers_per_second > 0


def test_employees_look_like_a_team(demo):
    store, summary = demo
    staff = store.employees()
    names = [e.name for e in staff]
    assert len({n.casefold() for n in names}) == len(names)
    english = sum(name.split()[0] in ENGLISH_GIVEN for name in names)
    assert 5 <= english <= len(names) - 20, "a mix of English and pinyin names"
    assert {e.department for e in staff} <= set(DEPARTMENTS)
    departments = [e.department for e in staff]
    assert departments.count("customer-service") > departments.count("finance")
    roles = [e.role.value for e in staff]
    assert roles.count("learner") >= 0.8 * len(roles) and "manager" in roles
    assert summary.manager in names
    earliest = dt.datetime(2026, 6, 1, tzinfo=dt.UTC) - dt.timedelta(days=HIRING_DAYS)
    for employee in staff:
        assert earliest <= _stamp(employee.created_at) < dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def test_one_shared_password_hashed_once(demo):
    store, summary = demo
    hashes = {row[0] for row in store.db.execute("SELECT password_hash FROM employees")}
    assert len(hashes) == 1 and next(iter(hashes)).startswith("scrypt$")
    assert store.authenticate(summary.manager, "demo").name == summary.manager
    assert store.authenticate(summary.manager, "wrong") is None


def test_behaviour_varies(demo, course):
    store, _ = demo
    events = defaultdict(int)
    for (employee_id,) in store.db.execute("SELECT employee_id FROM lesson_events"):
        events[employee_id] += 1
    staff = store.employees()
    assert any(e.id not in events for e in staff), "someone never started"
    retakes = store.db.execute(
        "SELECT count(*) FROM (SELECT employee_id, quiz_id FROM attempts"
        " GROUP BY employee_id, quiz_id HAVING count(*) > 1)"
    ).fetchone()[0]
    assert retakes >= 10
    finals = [q for q in course.quizzes.values() if q.lesson_id is None]
    assert store.db.execute(
        "SELECT count(*) FROM attempts WHERE quiz_id = ?", [finals[0].id]
    ).fetchone()[0]
    completed_in_old_version = store.db.execute(
        "SELECT count(*) FROM lesson_events WHERE lesson_version = ? AND kind = 'completed'",
        [OLD_VERSION],
    ).fetchone()[0]
    assert completed_in_old_version >= 1


def test_ids_are_standard_unique_uuids(demo):
    import uuid

    store, _ = demo
    answers = store.db.execute(
        "SELECT x.id, x.attempt_id, x.position, r.id FROM answers AS x"
        " JOIN attempt_results AS r ON r.attempt_id = x.attempt_id"
    ).fetchall()
    # an answer's id is its result's and its position (m022), as the app gives it
    assert all(id_ == f"{result}:{position}" for id_, _, position, result in answers)
    ids = [row[0] for row in answers]
    ids += [row[0] for row in store.db.execute("SELECT id FROM lesson_events")]
    assert len(set(ids)) == len(ids)
    ids = [row[1] for row in answers] + ids[len(answers) :]
    for value in ids[:50] + ids[-50:]:
        assert str(uuid.UUID(value)) == value and uuid.UUID(value).variant == uuid.RFC_4122


# -- timestamps ----------------------------------------------------------------------------


def test_timestamps_increase_per_employee(demo):
    store, _ = demo
    end = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    hired = {e.id: _stamp(e.created_at) for e in store.employees()}
    events = defaultdict(list)  # employee -> [(at, lesson, kind)] in insertion order
    for employee_id, lesson_id, kind, at in store.db.execute(
        "SELECT employee_id, lesson_id, kind, at FROM lesson_events ORDER BY rowid"
    ):
        events[employee_id].append((_stamp(at), lesson_id, kind))
    attempts = defaultdict(list)
    for employee_id, started, finished in store.db.execute(
        "SELECT a.employee_id, a.started_at, r.finished_at FROM attempts AS a"
        " JOIN attempt_results AS r ON r.attempt_id = a.id ORDER BY a.rowid"
    ):
        attempts[employee_id].append((_stamp(started), _stamp(finished)))
    for employee_id, start in hired.items():
        moments = [at for at, _, _ in events[employee_id]]
        assert moments == sorted(moments) and len(set(moments)) == len(moments)
        windows = attempts[employee_id]
        assert windows == sorted(windows)
        everything = moments + [t for window in windows for t in window]
        assert len(set(everything)) == len(everything)
        assert all(start < t < end for t in everything)
        for started, finished in windows:
            assert started < finished
            assert not any(started <= at <= finished for at in moments), "read during a quiz"
        for (_, finished), (following, _) in itertools.pairwise(windows):
            assert finished < following
        # per lesson: opened < read < completed, and completed before its quiz
        seen: dict[str, list[str]] = defaultdict(list)
        for _, lesson_id, kind in events[employee_id]:
            if kind == "read":
                assert seen[lesson_id][-1:] == ["opened"]
            if kind == "completed":
                assert seen[lesson_id][-2:] == ["opened", "read"]
            seen[lesson_id].append(kind)


def test_quizzes_follow_the_lesson(demo, course):
    store, _ = demo
    completed = {
        (row[0], row[1]): _stamp(row[2])
        for row in store.db.execute(
            "SELECT employee_id, lesson_id, min(at) FROM lesson_events WHERE kind = 'completed'"
            " GROUP BY employee_id, lesson_id"
        )
    }
    for employee_id, quiz_id, started in store.db.execute(
        "SELECT employee_id, quiz_id, started_at FROM attempts"
    ):
        lesson_id = course.quizzes[quiz_id].lesson_id
        if lesson_id is not None:
            assert completed[(employee_id, lesson_id)] < _stamp(started)


# -- answers and scores --------------------------------------------------------------------


def test_every_answer_matches_the_quiz_engine(demo, course):
    store, _ = demo
    answers = defaultdict(list)
    for row in store.db.execute(
        "SELECT attempt_id, question_id, position, selected, selected_text, correct, score"
        " FROM answers ORDER BY attempt_id, position"
    ):
        answers[row[0]].append(row[1:])
    attempts = store.db.execute(
        "SELECT a.id, a.quiz_id, a.quiz_version, a.seed, r.status, r.score, r.passed"
        " FROM attempts AS a JOIN attempt_results AS r ON r.attempt_id = a.id"
    ).fetchall()
    assert attempts
    for attempt_id, quiz_id, version, seed, status, score, passed in attempts:
        quiz = course.quizzes[quiz_id]
        assert version == quiz.version and status in ("submitted", "timed_out")
        presented = engine.present(quiz, seed)
        rows = answers[attempt_id]
        assert [r[0] for r in rows] == [p.question.id for p in presented]
        assert [r[1] for r in rows] == list(range(quiz.size))
        given = {}
        for question_id, _, selected, selected_text, correct, answer_score in rows:
            question = quiz.question(question_id)
            chosen = json.loads(selected)
            assert chosen == sorted(set(chosen))
            assert all(0 <= i < len(question.options) for i in chosen)
            assert json.loads(selected_text) == [question.options[i].text for i in chosen]
            assert correct == int(frozenset(chosen) == question.correct_indices)
            assert answer_score == engine.score_question(question, frozenset(chosen))
            given[question_id] = frozenset(chosen)
        result = engine.score_attempt(quiz, presented, given)
        assert (score, bool(passed)) == (result.percent, result.passed)


def test_review_and_progress_read_demo_records(demo, course):
    store, _ = demo
    attempt_id = store.db.execute("SELECT id FROM attempts LIMIT 1").fetchone()[0]
    review = review_attempt(store, course, attempt_id)
    assert review is not None and len(review.items) == course.quizzes[review.attempt.quiz_id].size
    statuses = set()
    for employee in store.employees():
        statuses |= {s.status for s in course_progress(store, course, employee).states}
    assert {LessonStatus.QUIZ_PASSED, LessonStatus.NEEDS_REFRESH} <= statuses


def test_team_progress_shows_several_statuses(demo, course):
    store, _ = demo
    rows = reports.team_progress(store, course, TODAY)
    statuses = {row.status for row in rows}
    assert len(statuses) >= 3
    assert reports.TeamStatus.OVERDUE in statuses
    assert any(row.stale for row in rows)
    assert len(store.assignments()) >= 3
    assert any(a.due_date < TODAY.isoformat() for a in store.assignments())
    assert any(a.due_date > TODAY.isoformat() for a in store.assignments())


def test_question_analysis_shows_hard_questions(demo, course):
    store, _ = demo
    spreads = []
    for quiz_id in course.quizzes:
        shares = [
            q.share_correct
            for q in reports.question_analysis(store, course, quiz_id).questions
            if q.answers >= 5
        ]
        if len(shares) >= 4:
            spreads.append(max(shares) - min(shares))
    assert spreads and max(spreads) >= 0.3
    weakest = reports.team_weak_questions(store, course, 3)
    assert weakest[0][1].share_correct < 0.6
    assert any(stats.most_chosen_wrong for _, stats in reports.team_weak_questions(store, course))


# -- determinism and refusal ---------------------------------------------------------------


def _fingerprint(store: Store) -> tuple:
    return (
        [e.name for e in store.employees()],
        store.db.execute("SELECT count(*), total(score) FROM answers").fetchone(),
        store.db.execute("SELECT group_concat(score) FROM attempt_results").fetchone(),
        store.db.execute(
            "SELECT group_concat(id) FROM (SELECT id FROM attempts ORDER BY rowid)"
        ).fetchone(),
    )


def test_same_seed_same_data(tmp_path, course):
    first = _generate(tmp_path / "a.db", course, seed=3)
    second = _generate(tmp_path / "b.db", course, seed=3)
    other = _generate(tmp_path / "c.db", course, seed=4)
    try:
        assert _fingerprint(first) == _fingerprint(second)
        assert _fingerprint(first)[0] != _fingerprint(other)[0]
    finally:
        for store in (first, second, other):
            store.close()


def test_refuses_a_database_with_employees_unless_forced(store, course):
    store.add_employee("Real Person", "manager", "secret-1234", "management")
    with pytest.raises(DemoDataRefused, match="already holds employees"):
        generate_demo_data(store, course, 30, today=TODAY)
    assert _count(store, "employees") == 1 and _count(store, "lesson_events") == 0
    first = generate_demo_data(store, course, 30, today=TODAY, force=True)
    again = generate_demo_data(store, course, 30, today=TODAY, force=True)  # same seed
    assert _count(store, "employees") == 61
    assert _count(store, "answers") == first.answers + again.answers
    assert first.mixed and again.mixed
    # beside real staff, each run assigns a few of its own demo employees, by name
    assert first.assignments == again.assignments == MIXED_ASSIGNMENTS
    real = store.employee_by_name("Real Person")
    assert real is not None
    assignments = store.assignments(include_revoked=True)
    assert len(assignments) == 2 * MIXED_ASSIGNMENTS
    assert {a.target_kind for a in assignments} == {"employee"}
    assert real.id not in {a.target for a in assignments}
    assert store.publications() == [], "a published change would reach real readers"


def test_demo_issues_the_certificates_its_employees_earned(demo, course):
    store, summary = demo
    certificates = store.latest_certificates()
    assert summary.certificates == len(certificates) > 0
    _scopes, rows = compliance_matrix(store, course, _midnight(TODAY))
    held = [cell for row in rows for cell in row.cells if cell.status is not None]
    assert len(held) == len(certificates)
    assert {cell.status for cell in held} == {CertificateStatus.VALID}
    passed = {
        row[0]
        for row in store.db.execute(
            "SELECT a.employee_id FROM attempts AS a JOIN attempt_results AS r"
            " ON r.attempt_id = a.id WHERE r.passed = 1"
        )
    }
    assert {c.employee_id for c in certificates} <= passed
    # every certificate earned was issued: issuing again now finds nothing due
    for employee in store.employees():
        assert issue_due_certificates(store, course, employee, _midnight(TODAY)) == []


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def test_rejects_bad_arguments(store, course):
    with pytest.raises(ValueError):
        generate_demo_data(store, course, 0, today=TODAY)
    with pytest.raises(DemoDataRefused, match="no lessons"):
        generate_demo_data(store, Course(root=REPO), 5, today=TODAY)


# -- the bulk writer -----------------------------------------------------------------------


def test_bulk_insert_is_all_or_nothing(store):
    employee = ("e-1", "Li Wei", "li wei", "learner", None, "scrypt$x", "2026-01-01T00:00:00+00:00")

    def batches():
        yield RowBatch(employees=[(*employee, 1)])
        raise RuntimeError("generator failed")

    with pytest.raises(RuntimeError):
        store.insert_batches(batches())
    assert _count(store, "employees") == 0
    orphan = ("ev-1", "nobody", "lesson", "v1", "opened", "2026-01-01T00:00:00+00:00", 0)
    with pytest.raises(StoreError, match="not added"):
        store.insert_batches([RowBatch(employees=[(*employee, 1)], lesson_events=[orphan])])
    assert _count(store, "employees") == 0
    counts = store.insert_batches([RowBatch(employees=[(*employee, 1)])])
    assert counts.employees == 1 and store.employee_by_name("li wei").id == "e-1"
