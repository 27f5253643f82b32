"""The item analysis sums (schema 17) always equal what the answers say, whatever order an
attempt's answers and result arrive in, and the analysis read from them is the one computed
from every answer."""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sellertrain.core.content.loader import load_course
from sellertrain.core.reports import team as reports
from sellertrain.core.reports.demo import generate_demo_data
from sellertrain.core.reports.weak_spots import MIN_ATTEMPTS_FOR_DISCRIMINATION, correlation
from sellertrain.core.store import MIGRATIONS, Store, _split_sql
from sellertrain.core.store.current_schema import ITEM_SUMMARY_FILL, ITEM_SUMMARY_TABLES
from sellertrain.core.training import responses
from tests.conftest import REPO

Rows = list[tuple[object, ...]]


def from_answers(conn: sqlite3.Connection) -> tuple[Rows, Rows]:
    """answer_counts and question_sums recomputed in Python from the raw rows, sorted."""
    attempts = {
        row[0]: row[1:]
        for row in conn.execute("SELECT id, quiz_id, quiz_version, kind FROM attempts")
    }
    finished = {
        row[0]
        for row in conn.execute(
            "SELECT attempt_id FROM attempt_results WHERE status <> 'abandoned'"
        )
    }
    counts: dict[tuple[object, ...], list[int]] = defaultdict(lambda: [0, 0])
    by_attempt: dict[str, dict[str, int]] = defaultdict(dict)
    for attempt_id, question_id, selected, correct in conn.execute(
        "SELECT attempt_id, question_id, selected, correct FROM answers"
    ):
        quiz_id, version, kind = attempts[attempt_id]
        count = counts[(quiz_id, version, question_id, selected)]
        count[0] += 1
        count[1] += correct
        if attempt_id in finished and kind == "quiz":
            by_attempt[attempt_id][question_id] = int(correct != 0)
    sums: dict[tuple[object, ...], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for attempt_id, items in by_attempt.items():
        quiz_id, version, _kind = attempts[attempt_id]
        total = sum(items.values())
        for question_id, x in items.items():
            row = sums[(quiz_id, version, question_id)]
            for i, value in enumerate((1, x, total, total * total, x * total)):
                row[i] += value
    return (
        sorted((*key, *value) for key, value in counts.items()),
        sorted((*key, *value) for key, value in sums.items()),
    )


def stored(conn: sqlite3.Connection) -> tuple[Rows, Rows]:
    return (
        conn.execute("SELECT * FROM answer_counts ORDER BY 1, 2, 3, 4").fetchall(),
        conn.execute("SELECT * FROM question_sums ORDER BY 1, 2, 3").fetchall(),
    )


def refilled(conn: sqlite3.Connection) -> tuple[Rows, Rows]:
    """The sums as bulk writing computes them at once (ITEM_SUMMARY_FILL)."""
    for table in ITEM_SUMMARY_TABLES:
        conn.execute(f"DELETE FROM {table}")
    for statement in ITEM_SUMMARY_FILL:
        conn.execute(statement)
    return stored(conn)


def new_database() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    for script in MIGRATIONS:
        for statement in _split_sql(script):
            conn.execute(statement)
    conn.execute(
        "INSERT INTO employees (id, name, name_key, role, password_hash, created_at)"
        " VALUES ('e1', 'Ana', 'ana', 'learner', 'x', '2026-01-01')"
    )
    return conn


QUESTIONS = ("q1", "q2", "q3", "q4")
answer = st.tuples(st.sampled_from(("0", "1", "0,2")), st.booleans())
attempt = st.fixed_dictionaries(
    {
        "quiz": st.sampled_from((("quiz-a", "v1"), ("quiz-a", "v2"), ("quiz-b", "v1"))),
        "kind": st.sampled_from(("quiz", "quiz", "recheck")),
        "answers": st.dictionaries(st.sampled_from(QUESTIONS), answer, max_size=len(QUESTIONS)),
        "result": st.sampled_from((None, "submitted", "timed_out", "abandoned")),
    }
)


@settings(max_examples=150, deadline=None)
@given(attempts=st.lists(attempt, max_size=8), data=st.data())
def test_the_sums_follow_the_answers_in_any_arrival_order(attempts, data):
    """Answers before their result (as a learner's PC writes a resumed attempt), after it (as
    the app and a sync write them), or interleaved; abandoned results and re-checks count in
    the answers given but not in the discrimination sums."""
    conn = new_database()
    events: list[tuple[str, object]] = []
    for i, found in enumerate(attempts):
        quiz_id, version = found["quiz"]
        conn.execute(
            "INSERT INTO attempts (id, employee_id, quiz_id, quiz_version, seed, started_at, kind)"
            " VALUES (?, 'e1', ?, ?, 1, '2026-01-01', ?)",
            [f"a{i}", quiz_id, version, found["kind"]],
        )
        for question_id, (selected, correct) in found["answers"].items():
            events.append(
                ("answer", (f"x{i}{question_id}", f"a{i}", question_id, selected, correct))
            )
        if found["result"]:
            events.append(("result", (f"r{i}", f"a{i}", found["result"])))
    for kind, row in data.draw(st.permutations(events)):
        if kind == "answer":
            conn.execute(
                "INSERT INTO answers (id, attempt_id, question_id, position, selected,"
                " selected_text, correct, score) VALUES (?, ?, ?, 0, ?, '[]', ?, 0)",
                row,
            )
        else:
            conn.execute(
                "INSERT INTO attempt_results (id, attempt_id, status, finished_at, score, passed)"
                " VALUES (?, ?, ?, '2026-01-02', 0, 0)",
                row,
            )
    expected = from_answers(conn)
    assert stored(conn) == expected
    assert refilled(conn) == expected
    conn.close()


def moodle_index(pairs: list[tuple[float, float]]) -> float | None:
    """The discrimination index as it was computed from every attempt (two-pass means)."""
    count = len(pairs)
    mean_x = sum(x for x, _ in pairs) / count
    mean_y = sum(y for _, y in pairs) / count
    var_x = sum((x - mean_x) ** 2 for x, _ in pairs)
    var_y = sum((y - mean_y) ** 2 for _, y in pairs)
    if var_x == 0 or var_y == 0:
        return None
    cov = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    return cov / math.sqrt(var_x * var_y)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 12)), min_size=1, max_size=60))
def test_the_index_from_sums_is_the_correlation_over_attempts(attempts):
    """(x, rest): the question right or not, the attempt's other right answers."""
    sums = [0, 0, 0, 0, 0]
    for right, rest in attempts:
        x, total = int(right), int(right) + rest
        for i, value in enumerate((1, x, total, total * total, x * total)):
            sums[i] += value
    want = moodle_index([(float(x), float(rest)) for x, rest in attempts])
    got = correlation(*sums)
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    course = load_course(REPO, deep=False)
    store = Store.create(tmp_path_factory.mktemp("items") / "demo.db")
    generate_demo_data(store, course, 120, seed=4)
    yield store, course
    store.close()


def test_bulk_written_demo_data_has_the_sums_of_its_answers(demo):
    store, _course = demo
    counts, sums = stored(store.conn)
    assert (counts, sums) == from_answers(store.conn)
    assert max(row[3] for row in sums) >= MIN_ATTEMPTS_FOR_DISCRIMINATION  # indexes computed


def test_item_analysis_is_what_every_answer_says(demo):
    """Each quiz's analysis, read from the sums, equals one computed from the raw answers."""
    store, course = demo
    indexes = 0
    for quiz in course.quizzes.values():
        analysis = reports.question_analysis(store, course, quiz.id)
        attempts: dict[str, dict[str, float]] = defaultdict(dict)
        for attempt_id, question_id, correct in store.conn.execute(
            "SELECT x.attempt_id, x.question_id, x.correct FROM answers AS x"
            " JOIN attempts AS a ON a.id = x.attempt_id"
            " JOIN attempt_results AS r ON r.attempt_id = a.id"
            " WHERE a.quiz_id = ? AND a.quiz_version = ? AND a.kind = 'quiz'"
            " AND r.status <> 'abandoned'",
            [quiz.id, quiz.version],
        ):
            attempts[attempt_id][question_id] = float(bool(correct))
        for question, stats in zip(quiz.questions, analysis.questions, strict=True):
            given_answers = store.conn.execute(
                "SELECT x.selected, x.correct FROM answers AS x"
                " JOIN attempts AS a ON a.id = x.attempt_id"
                " WHERE a.quiz_id = ? AND a.quiz_version = ? AND x.question_id = ?",
                [quiz.id, quiz.version, question.id],
            ).fetchall()
            assert (stats.answers, stats.correct) == (
                len(given_answers),
                sum(correct for _selected, correct in given_answers),
            )
            picks = defaultdict(int)
            for selected, _correct in given_answers:
                response = responses.decode(selected)
                if isinstance(response, frozenset):
                    for index in response:
                        picks[index] += 1
            wrong = [
                (picks[i], option.text)
                for i, option in enumerate(question.options)
                if not option.correct
            ]
            top = max(wrong, default=(0, None))
            assert stats.most_chosen_wrong_count == top[0]
            assert stats.most_chosen_wrong == (top[1] if top[0] else None)
            pairs = [
                (items[question.id], sum(items.values()) - items[question.id])
                for items in attempts.values()
                if question.id in items
            ]
            want = moodle_index(pairs) if len(pairs) >= MIN_ATTEMPTS_FOR_DISCRIMINATION else None
            assert stats.discrimination == (None if want is None else round(want, 2))
            indexes += stats.discrimination is not None
    assert indexes  # the demo has quizzes with enough attempts for an index
