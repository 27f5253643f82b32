"""Verify on pull: a result whose chain is sound but whose score was not earned is listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.content.loader import load_course
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import sync
from sellertrain.core.store import AnswerToSave
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")
ROOT = Path(__file__).resolve().parents[2]


def test_a_managers_pull_rescores_what_it_received(
    server_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    course = load_course(ROOT, deep=False)
    quiz = next(q for q in course.quizzes.values() if any(q2.correct_indices for q2 in q.questions))
    question = next(q for q in quiz.questions if q.correct_indices and len(q.options) > 1)
    wrong = next(i for i in range(len(question.options)) if i not in question.correct_indices)
    init_server(server_db)
    learner_pc = joined_store(demo_database(tmp_path / "learner.db", 3), server_db)
    manager_pc = joined_store(tmp_path / "manager.db", server_db)
    sync(server_db, learner_pc)
    assert sync(server_db, manager_pc, verify=True, course=course).problems == ()  # all honest
    employee = next(e for e in learner_pc.employees() if e.role.value == "learner")
    # a desktop that writes its own scores: the chain is sound, the scores are not earned
    inflated = learner_pc.start_attempt(employee.id, "made-up-quiz", "v1", seed=1)
    learner_pc.finish_attempt(
        inflated.id, 100.0, True, [AnswerToSave("q1", 0, frozenset({1}), ("x",), False, 0.0)]
    )
    regraded = learner_pc.start_attempt(employee.id, quiz.id, quiz.version, seed=1)
    learner_pc.finish_attempt(
        regraded.id,
        100.0,
        True,
        [AnswerToSave(question.id, 0, frozenset({wrong}), ("x",), True, 1.0)],
    )
    sync(server_db, learner_pc)
    learner_pc.close()
    report = sync(server_db, manager_pc, verify=True, course=course)
    lines = [str(problem) for problem in report.problems]
    assert len(lines) == 2, lines
    assert "says 100 % but its answers add up to 0 %" in lines[0]
    assert f"gives question {question.id} 1 but the answer earns 0" in lines[1]
    assert all("\n" not in line and employee.name in line for line in lines)
    assert [p.quiz_id for p in report.problems] == ["made-up-quiz", quiz.id]
    assert all(p.record_id and p.employee_id == employee.id for p in report.problems)
    assert manager_pc.verify_records().ok  # the chains themselves are sound
    manager_pc.close()
    # the command line: one line per problem, exit status 1
    fresh = joined_store(tmp_path / "fresh.db", server_db)
    fresh.close()
    monkeypatch.setenv("SELLERTRAIN_SERVER", server_db)
    capsys.readouterr()
    assert main(["sync", "--verify", "--db", str(fresh.path), "--content", str(ROOT)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert sum("was not scored by SellerTrain" in line for line in out) == 1
    assert out[-1] == "verified what was pulled: 2 problems"
