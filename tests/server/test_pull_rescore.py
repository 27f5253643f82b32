"""Verify on pull rescores against the course as the sync leaves it: a result taken under a quiz
version that arrives (as content) in the same sync is rescored in that sync, not a later one."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.server.background import sync_database
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import sync
from sellertrain.core.store import AnswerToSave
from tests.server.test_content_travels import _content_copy
from tests.server.test_quiz_publishing import QUIZ, _edit_pass_mark, _publish
from tests.server.test_received_problems import kept_problems
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")


def test_a_result_under_a_quiz_version_arriving_in_the_same_sync_is_rescored(
    server_db: str, tmp_path: Path
) -> None:
    init_server(server_db)
    a_root = _content_copy(tmp_path / "a-content")
    b_root = _content_copy(tmp_path / "b-content")
    desktop_a = joined_store(demo_database(tmp_path / "a.db", 3), server_db)
    sync(server_db, desktop_a, content_root=a_root)
    manager_pc = joined_store(tmp_path / "b.db", server_db)
    sync(server_db, manager_pc, content_root=b_root)
    manager_pc.close()
    before = load_course(b_root, deep=False)  # the manager's window, as the sync starts

    # desktop A publishes a change of the quiz, then writes a result under the new version
    version = _publish(desktop_a, a_root, _edit_pass_mark(a_root, 1))
    assert before.quizzes[QUIZ].version != version
    quiz = load_course(a_root, deep=False).quizzes[QUIZ]
    question = next(q for q in quiz.questions if q.correct_indices and len(q.options) > 1)
    wrong = next(i for i in range(len(question.options)) if i not in question.correct_indices)
    learner = next(e for e in desktop_a.employees() if e.role.value == "learner")
    # a desktop that writes its own scores: the percent adds up, the answer's 1 is not earned
    tampered = desktop_a.start_attempt(learner.id, QUIZ, version, seed=1)
    desktop_a.finish_attempt(
        tampered.id,
        100.0,
        True,
        [AnswerToSave(question.id, 0, frozenset({wrong}), ("x",), True, 1.0)],
    )
    sync(server_db, desktop_a, content_root=a_root)
    desktop_a.close()

    # the manager's PC syncs once: the quiz file and the result arrive together
    outcome = sync_database(server_db, manager_pc.path, b_root, before)
    assert outcome.verified and outcome.new_content and outcome.pulled
    assert load_course(b_root, deep=False).quizzes[QUIZ].version == version
    found = [p.problem for p in kept_problems(manager_pc.path)]
    assert len(found) == 1, [str(p) for p in found]
    assert found[0].message == (
        f"result {found[0].record_id} of {QUIZ} (version {version}) gives question "
        f"{question.id} 1 but the answer earns 0"
    )
    assert (found[0].employee_id, found[0].quiz_id) == (learner.id, QUIZ)
