"""An attempt resumed offline and submitted on two PCs: the first result counts, the other is
kept as a conflict on the server and on every PC, shown to managers, never dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import sync
from sellertrain.core.store import AnswerToSave, Store
from sellertrain.core.store.conflicts import result_conflicts
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")


def _answers(right: int) -> list[AnswerToSave]:
    return [
        AnswerToSave(
            f"q{i}", i, frozenset({0 if i < right else 1}), ("x",), i < right, 1.0 * (i < right)
        )
        for i in range(4)
    ]


def _server(dsn: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(sql).fetchall()


def test_an_attempt_submitted_on_two_pcs_keeps_the_first_and_records_the_other(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init_server(server_db)
    one = joined_store(demo_database(tmp_path / "one.db", 3), server_db)
    learner = next(e for e in one.employees() if e.role.value == "learner")
    attempt = one.start_attempt(learner.id, "resumed-quiz", "v1", seed=3)
    sync(server_db, one)
    two = joined_store(tmp_path / "two.db", server_db)
    sync(server_db, two)  # the started attempt is on both PCs; both go offline
    one.finish_attempt(attempt.id, 100.0, True, _answers(4))
    two.finish_attempt(attempt.id, 50.0, False, _answers(2))
    _take_another(two, learner.id)  # the second PC's chain goes on after the conflict
    assert "result_conflicts" not in sync(server_db, one).pushed
    report = sync(server_db, two)
    assert report.pushed["result_conflicts"] == 1  # recorded, the push carried on
    assert "1 conflicting quiz result" in report.summary()
    sync(server_db, one)

    kept = _server(
        server_db,
        f"SELECT score FROM sellertrain.attempt_results WHERE attempt_id = '{attempt.id}'",
    )
    assert kept == [(100.0,)]
    other = _server(
        server_db, "SELECT id, score, other_result_id FROM sellertrain.result_conflicts"
    )
    assert [row[1] for row in other] == [50.0]
    answers = _server(server_db, "SELECT result_id, correct FROM sellertrain.conflict_answers")
    assert sorted(answers) == sorted((other[0][0], int(i < 2)) for i in range(4))
    assert sync(server_db, two).pushed == {}  # nothing left behind, nothing repeated

    three = joined_store(tmp_path / "three.db", server_db)
    sync(server_db, three)
    for store in (one, two, three):
        (conflict,) = result_conflicts(store.conn)
        assert (conflict.kept_score, conflict.other_score) == (100.0, 50.0), store.path
        assert learner.name in conflict.line() and "\n" not in conflict.line()
        assert (conflict.kept.passed, conflict.other.passed) == (True, False)
        assert conflict.employee_id == learner.id and conflict.quiz_id == "resumed-quiz"
        # which PC wrote each: the first PC's result counts, the second's is the conflict
        sides = (conflict.kept.here, conflict.other.here)
        assert sides == {one: (True, False), two: (False, True), three: (False, False)}[store]
        assert conflict.kept.device != conflict.other.device
        report = store.verify_records()
        assert report.ok, (store.path, [str(p) for p in report.problems])
    # the server's first result is what every PC but the one that lost reports
    assert one.conn.execute(
        "SELECT score FROM attempt_results WHERE attempt_id = ?", (attempt.id,)
    ).fetchone() == (100.0,)
    capsys.readouterr()
    assert main(["verify-records", "--db", str(three.path)]) == 0
    out = capsys.readouterr().out
    assert "submitted on two PCs" in out and "no problems" in out
    conflict = result_conflicts(three.conn)[0]
    assert f"  {conflict.line()}" in out.splitlines()  # the same line as the core's
    assert main(["--lang", "zh-CN", "verify-records", "--db", str(three.path)]) == 0
    out = capsys.readouterr().out
    assert "1 次作答在两台电脑上提交（两份成绩都已保留）：" in out
    assert f"的作答 {attempt.id} 在两台电脑上提交；公司记录保留第一份（100 %" in out
    for store in (one, two, three):
        store.close()


def _take_another(store: Store, employee_id: str) -> None:
    attempt = store.start_attempt(employee_id, "after-the-conflict", "v1", seed=4)
    store.finish_attempt(attempt.id, 75.0, True, _answers(3))


def test_an_attempt_submitted_on_three_pcs_keeps_every_answer(
    server_db: str, tmp_path: Path
) -> None:
    """Answer ids are worked out from their result (m022), so the answers of two results of
    one attempt never share an id: the server and every PC keep all twelve answers."""
    init_server(server_db)
    one = joined_store(demo_database(tmp_path / "one.db", 3), server_db)
    learner = next(e for e in one.employees() if e.role.value == "learner")
    attempt = one.start_attempt(learner.id, "resumed-quiz", "v1", seed=3)
    sync(server_db, one)
    others = [joined_store(tmp_path / f"pc{n}.db", server_db) for n in (2, 3)]
    for store in others:
        sync(server_db, store)
    for store, right in zip((one, *others), (4, 2, 1), strict=True):
        store.finish_attempt(attempt.id, 25.0 * right, right == 4, _answers(right))
    for store in (one, *others, one, *others):
        sync(server_db, store)
    kept = _server(
        server_db, f"SELECT count(*) FROM sellertrain.answers WHERE attempt_id = '{attempt.id}'"
    )
    aside = _server(
        server_db, "SELECT result_id, count(*) FROM sellertrain.conflict_answers GROUP BY 1"
    )
    assert kept == [(4,)] and sorted(n for _, n in aside) == [4, 4]
    ids = _server(
        server_db,
        f"SELECT id FROM sellertrain.answers WHERE attempt_id = '{attempt.id}'"
        " UNION ALL SELECT id FROM sellertrain.conflict_answers",
    )
    assert len(ids) == len({row[0] for row in ids}) == 12
    for store in (one, *others):
        here = store.conn.execute(
            "SELECT id FROM answers UNION ALL SELECT id FROM conflict_answers"
        ).fetchall()
        assert len(here) == len({row[0] for row in here}), store.path
        store.close()
