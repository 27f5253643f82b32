"""Verify on pull in the app, by reach: a department manager's problems button and list show
only the problems about the employees of their departments (the team view's rule), and each
manager's "seen" is their own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Employee
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import sync
from sellertrain.core.store import Store
from sellertrain.ui.main_window import MainWindow
from tests.server.test_received_problems import tamper_one_result
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")
ROOT = Path(__file__).resolve().parents[2]


def _department_of_result(path: Path, result_id: str) -> str:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT e.department FROM attempt_results AS r JOIN attempts AS a"
            " ON a.id = r.attempt_id JOIN employees AS e ON e.id = a.employee_id"
            " WHERE r.id = ?",
            (result_id,),
        ).fetchone()
    finally:
        conn.close()
    assert row is not None and row[0], "the demo employees have departments"
    return str(row[0])


def _tamper_elsewhere(dsn: str, path: Path, department: str) -> None:
    """A second result's score changed (made 100 % or 0 %), of someone outside ``department``."""
    conn = sqlite3.connect(path)
    try:
        others = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM employees WHERE department <> ? ORDER BY id", (department,)
            )
        ]
    finally:
        conn.close()
    assert others
    with psycopg.connect(dsn, autocommit=True) as server:
        server.execute("SET session_replication_role = replica")  # no append-only triggers
        server.execute("SET search_path TO sellertrain")
        (result_id,) = server.execute(
            "SELECT r.id FROM attempt_results AS r JOIN attempts AS a ON a.id = r.attempt_id"
            " WHERE a.employee_id = ANY(%s) AND r.status = 'submitted'"
            " AND EXISTS (SELECT 1 FROM answers AS x WHERE x.attempt_id = r.attempt_id)"
            " ORDER BY r.id LIMIT 1",
            (others,),
        ).fetchone()
        server.execute(
            "UPDATE attempt_results SET score = CASE WHEN score < 50 THEN 100 ELSE 0 END"
            " WHERE id = %s",
            (result_id,),
        )


def _kept(store: Store) -> list[tuple[str, str | None]]:
    """Every kept problem: (employee name, department)."""
    rows = store.conn.execute(
        "SELECT p.employee, e.department FROM pull_problems AS p"
        " LEFT JOIN employees AS e ON e.id = p.employee_id"
    ).fetchall()
    return [(row[0], row[1]) for row in rows]


def test_a_department_manager_sees_only_the_problems_of_their_people(
    qtbot, server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    init_server(server_db)
    monkeypatch.setenv("SELLERTRAIN_SERVER", server_db)
    course = load_course(ROOT, deep=False)
    store = joined_store(tmp_path / "manager.db", server_db)
    boss = store.add_employee("Zhou Lan", "manager", "a long password 1")
    head = store.add_employee(
        "Wang Fang", "manager", "a long password 2", "nobody-here", create_department=True
    )
    store.set_manages(head.id, ["nobody-here"], None)
    learner_pc = joined_store(demo_database(tmp_path / "learner.db", 3), server_db)
    sync(server_db, learner_pc)
    learner_pc.close()
    result_id, _score = tamper_one_result(server_db)
    department = _department_of_result(learner_pc.path, result_id)
    _tamper_elsewhere(server_db, learner_pc.path, department)

    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.start()
    window.show()
    status = window.sync_status
    assert status is not None
    button = status.problems_button

    def sign_in(employee: Employee) -> None:
        window.toolbar.sign_out_action.trigger()
        assert not button.isVisible()
        window.sign_in.signed_in.emit(store.employee(employee.id))
        qtbot.waitUntil(lambda: not status.syncing, timeout=30_000)

    def listed() -> list[str]:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = status.problems_dialog
        assert dialog is not None and dialog.isVisible()
        names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        dialog.close()
        return names

    # the department manager's sign-in pulls and checks everything, but reaches nobody in it
    window.sign_in.signed_in.emit(store.employee(head.id))
    qtbot.waitUntil(lambda: not status.syncing, timeout=30_000)
    kept = _kept(store)
    assert len(kept) >= 2 and not any(d == "nobody-here" for _, d in kept), kept
    assert not button.isVisible() and status.problems == ()

    # managing the tampered employee's department: that department's problems, and only them
    store.set_manages(head.id, [department], None)
    ours = sorted(name for name, d in kept if d == department)
    assert ours and len(ours) < len(kept), kept
    sign_in(head)
    assert button.isVisible() and button.font().bold()
    assert button.text().startswith(f"{len(ours)} problem")
    assert sorted(listed()) == ours
    assert not button.font().bold()

    # the company manager sees every problem, and the department manager's look marks
    # none of them seen for him
    sign_in(boss)
    assert button.text().startswith(f"{len(kept)} problem") and button.font().bold()
    assert not any(p.seen for p in status.problems)
    assert sorted(listed()) == sorted(name for name, _ in kept)
    sign_in(head)  # what he saw stays seen
    assert button.text().startswith(f"{len(ours)} problem") and not button.font().bold()
    window.toolbar.sign_out_action.trigger()
    assert not button.isVisible()
