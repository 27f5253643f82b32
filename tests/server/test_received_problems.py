"""Verify on pull in the app: a record changed on the server is kept as a problem on the manager's
PC and shown in its status bar; a clean pull finds none; a learner never sees the button."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sellertrain.cli.main import main
from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import AccessRole, Course
from sellertrain.core.received import RecordedProblem
from sellertrain.core.server.background import sync_database
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import sync
from sellertrain.core.store import Store
from sellertrain.core.store.pull_problems import record_problems, recorded_problems
from sellertrain.ui.main_window import MainWindow
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def course() -> Course:
    return load_course(ROOT, deep=False)


def tamper_one_result(dsn: str) -> tuple[str, float]:
    """As the server's owner, with its triggers off: a failed result made 100 %."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # no append-only triggers
        conn.execute("SET search_path TO sellertrain")
        result_id, score = conn.execute(
            "SELECT r.id, r.score FROM attempt_results AS r WHERE r.score < 50 AND"
            " r.status = 'submitted' AND EXISTS (SELECT 1 FROM answers AS a"
            " WHERE a.attempt_id = r.attempt_id) ORDER BY r.id LIMIT 1"
        ).fetchone()
        conn.execute(
            "UPDATE attempt_results SET score = 100, passed = 1 WHERE id = %s", (result_id,)
        )
    return str(result_id), float(score)


def kept_problems(path: Path) -> list[RecordedProblem]:
    """The problems a sync kept in the database at ``path``, newest first."""
    store = Store.open(path)
    try:
        return recorded_problems(store.conn)
    finally:
        store.close()


def test_a_clean_pull_finds_nothing_and_a_tampered_row_is_kept(
    server_db: str, tmp_path: Path, course: Course
) -> None:
    init_server(server_db)
    learner_pc = joined_store(demo_database(tmp_path / "learner.db", 3), server_db)
    sync(server_db, learner_pc)
    learner_pc.close()
    clean = joined_store(tmp_path / "clean.db", server_db)
    clean.close()
    outcome = sync_database(server_db, clean.path, None, course)
    assert outcome.verified and outcome.pulled
    assert kept_problems(clean.path) == []

    result_id, score = tamper_one_result(server_db)
    manager_pc = joined_store(tmp_path / "manager.db", server_db)
    manager_pc.close()
    outcome = sync_database(server_db, manager_pc.path, None, course)
    assert outcome.verified
    problems = kept_problems(manager_pc.path)
    lines = [str(p.problem) for p in problems]
    assert len(lines) >= 2 and not any(p.seen for p in problems), lines
    rescored = [p.problem for p in problems if "says 100 %" in p.problem.message]
    assert len(rescored) == 1, lines
    assert rescored[0].record_id == result_id and rescored[0].quiz_id
    assert f"add up to {score:g} %" in rescored[0].message
    assert any("hash" in line or "changed" in line for line in lines), lines  # the chain too
    store = Store.open(manager_pc.path)
    try:
        kept = recorded_problems(store.conn)
        assert [str(p.problem) for p in kept] == lines and not any(p.seen for p in kept)
        with store.db.atomic():  # the same lines found again are not kept twice
            assert record_problems(store.conn, [p.problem for p in kept], store.now()) == 0
        assert len(recorded_problems(store.conn)) == len(lines)
    finally:
        store.close()
    # a sync that verifies nothing (no manager signed in) keeps nothing new
    assert not sync_database(server_db, manager_pc.path, None, None).verified
    assert len(kept_problems(manager_pc.path)) == len(lines)


def test_the_cli_verifies_when_a_manager_signs_in(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    init_server(server_db)
    learner_pc = joined_store(demo_database(tmp_path / "learner.db", 3), server_db)
    sync(server_db, learner_pc)
    manager = next(e for e in learner_pc.employees() if e.role is AccessRole.MANAGER)
    learner_pc.close()
    tamper_one_result(server_db)
    monkeypatch.setenv("SELLERTRAIN_SERVER", server_db)
    monkeypatch.delenv("SELLERTRAIN_USER", raising=False)
    monkeypatch.delenv("SELLERTRAIN_PASSWORD", raising=False)
    unchecked, checked = (joined_store(tmp_path / f"{n}.db", server_db) for n in ("u", "c"))
    unchecked.close()
    checked.close()

    def args(store: Store) -> list[str]:
        return ["--db", str(store.path), "--content", str(ROOT)]

    capsys.readouterr()
    assert main(["sync", *args(unchecked)]) == 0  # nobody signed in: no check, as before
    assert "verified" not in capsys.readouterr().out and _kept_lines(unchecked.path) == 0
    monkeypatch.setenv("SELLERTRAIN_USER", manager.name)
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", "demo")
    # a new PC has nobody to sign in yet: its first sync is checked all the same
    assert main(["sync", *args(checked)]) == 1
    out = capsys.readouterr().out.splitlines()
    kept = _kept_lines(checked.path)
    assert kept >= 2 and out[-1] == f"verified what was pulled: {kept} problems"
    # with its employees here, the manager signs in: checked by default (nothing new arrived)
    assert main(["sync", *args(checked)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "verified what was pulled: no problems"
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", "wrong")  # refused with one line
    assert main(["sync", *args(checked)]) != 0
    assert "wrong name or password" in capsys.readouterr().err
    assert main(["sync", "--no-verify", *args(checked)]) == 0  # no sign-in, no check
    assert "verified" not in capsys.readouterr().out
    assert _kept_lines(checked.path) == kept


def _kept_lines(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM pull_problems").fetchone()[0])
    finally:
        conn.close()


def test_a_manager_sees_the_problems_of_what_arrived(
    qtbot, server_db: str, tmp_path: Path, course: Course, monkeypatch: pytest.MonkeyPatch
) -> None:
    init_server(server_db)
    monkeypatch.setenv("SELLERTRAIN_SERVER", server_db)
    store = joined_store(tmp_path / "manager.db", server_db)
    manager = store.add_employee("Mia Manager", "manager", "a long password 1")
    learner = store.add_employee("Leo Learner", "learner", "a long password 2")
    learner_pc = joined_store(demo_database(tmp_path / "learner.db", 3), server_db)
    sync(server_db, learner_pc)
    learner_pc.close()
    result_id, _score = tamper_one_result(server_db)
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.start()
    window.show()
    status = window.sync_status
    assert status is not None
    window.sign_in.signed_in.emit(manager)  # the sync at sign-in pulls, checks the change
    qtbot.waitUntil(lambda: not status.syncing, timeout=30_000)
    kept = _kept_lines(store.path)
    assert kept >= 2, status.label.toolTip()
    button = status.problems_button
    assert button.isVisible() and button.font().bold()
    assert button.text() in (
        f"{kept} problem(s) in received records",  # no catalogue loaded
        f"{kept} problems in received records",  # the English one
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = status.problems_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == kept
    cells = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    rescored = [row for row in cells if "says 100 %" in row[2]]
    assert len(rescored) == 1 and rescored[0][1].endswith(result_id[:8])
    assert rescored[0][0] not in ("", "Mia Manager")  # the demo learner it is about
    assert not button.font().bold()  # seen
    dialog.grab().save(str(tmp_path / "problems.png"))
    dialog.close()
    window.toolbar.sign_out_action.trigger()
    assert not button.isVisible()  # not for whoever signs in next
    window.sign_in.signed_in.emit(learner)
    qtbot.waitUntil(lambda: not status.syncing, timeout=30_000)
    assert not button.isVisible()
    window.toolbar.sign_out_action.trigger()
    window.sign_in.signed_in.emit(manager)  # seen stays seen; the list is still there
    qtbot.waitUntil(lambda: not status.syncing, timeout=30_000)
    assert button.isVisible() and not button.font().bold()
