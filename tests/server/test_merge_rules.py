"""Two PCs of one company record working offline: the rules that merge what they did.

Hash chains per (employee, device) and per device for the audit log; employee changes as events
where the latest wins; certificates resolved to the newest per scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from sellertrain.core.server.connection import init_server
from sellertrain.core.server.sync import sync
from sellertrain.core.store import Store
from tests.server.test_sync import demo_database, joined_store

psycopg = pytest.importorskip("psycopg")


def _clock(minute: int) -> Callable[[], dt.datetime]:
    return lambda: dt.datetime(2026, 12, 1, 10, minute, tzinfo=dt.UTC)


def _two_pcs(server_db: str, tmp_path: Path) -> tuple[Store, Store, str]:
    init_server(server_db)
    one = joined_store(demo_database(tmp_path / "one.db", 4), server_db)
    sync(server_db, one)
    two = joined_store(tmp_path / "two.db", server_db)
    sync(server_db, two)
    employee_id = one.conn.execute(
        "SELECT r.employee_id FROM attempt_results AS r JOIN employees AS e"
        " ON e.id = r.employee_id WHERE r.chain_seq IS NOT NULL AND e.role = 'learner' LIMIT 1"
    ).fetchone()[0]
    return one, two, employee_id


def _take_quiz(store: Store, employee_id: str) -> str:
    attempt = store.start_attempt(employee_id, "offline-quiz", "v1", seed=7)
    store.finish_attempt(attempt.id, 90.0, True, [])
    return attempt.id


def _both_ways(server_db: str, one: Store, two: Store) -> None:
    sync(server_db, one)
    sync(server_db, two)
    sync(server_db, one)


def test_one_employee_on_two_pcs_offline_keeps_both_results(server_db: str, tmp_path: Path):
    one, two, employee_id = _two_pcs(server_db, tmp_path)
    device_one = one.conn.execute("SELECT value FROM sync_state WHERE key='device_id'").fetchone()
    device_two = two.conn.execute("SELECT value FROM sync_state WHERE key='device_id'").fetchone()
    assert device_one != device_two
    first, second = _take_quiz(one, employee_id), _take_quiz(two, employee_id)
    _take_quiz(two, employee_id)  # two links on the second PC's chain
    _both_ways(server_db, one, two)
    with psycopg.connect(server_db) as conn:
        on_server = {
            row[0]
            for row in conn.execute("SELECT attempt_id FROM sellertrain.attempt_results").fetchall()
        }
    assert {first, second} <= on_server
    for store in (one, two):
        attempts = {a.id for a in store.attempts(employee_id)}
        assert {first, second} <= attempts
        report = store.verify_records()
        assert report.ok, [str(p) for p in report.problems]
    one.close()
    two.close()


def test_the_server_refuses_a_row_that_is_not_its_chains_head(server_db: str, tmp_path: Path):
    one, two, employee_id = _two_pcs(server_db, tmp_path)
    with psycopg.connect(server_db) as conn:
        head = conn.execute(
            "SELECT id, attempt_id, device_id, chain_seq FROM sellertrain.attempt_results"
            " WHERE employee_id = %s ORDER BY chain_seq DESC LIMIT 1",
            (employee_id,),
        ).fetchone()
        for seq, prev in ((head[3], "x"), (head[3] + 1, "not-the-head"), (1, "")):
            with pytest.raises(psycopg.errors.CheckViolation, match="head of its chain"):
                conn.execute(
                    "INSERT INTO sellertrain.attempt_results (id, attempt_id, status,"
                    " finished_at, score, passed, employee_id, chain_seq, prev_hash,"
                    " record_hash, device_id) VALUES ('forged', %s, 'submitted', 'x', 1, 1,"
                    " %s, %s, %s, 'h', %s)",
                    (head[1], employee_id, seq, prev, head[2]),
                )
            conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="head of its chain"):
            conn.execute(
                "INSERT INTO sellertrain.audit_log (id, at, action, subject, details, chain_seq,"
                " prev_hash, record_hash, device_id) SELECT 'forged', 'x', 'x', 'x', '{}', 1, '',"
                " 'h', device_id FROM sellertrain.audit_log WHERE device_id IS NOT NULL LIMIT 1"
            )
    one.close()
    two.close()


def test_password_and_role_changes_last_one_wins(server_db: str, tmp_path: Path):
    one, two, employee_id = _two_pcs(server_db, tmp_path)
    manager = one.conn.execute("SELECT id FROM employees WHERE role = 'manager'").fetchone()[0]
    one.clock, two.clock = _clock(30), _clock(10)  # the first PC's changes are the later ones
    one.reset_password(employee_id, "correct horse battery", manager)
    two.reset_password(employee_id, "staple paper clip", manager)
    two.set_role(employee_id, "author", manager)
    two.clock = _clock(40)
    two.set_department(employee_id, None, manager)
    _both_ways(server_db, one, two)
    for store in (one, two):
        assert store.authenticate(store.employee(employee_id).name, "correct horse battery")
        assert store.employee(employee_id).role.value == "author"  # only the second set it
        report = store.verify_records()
        assert report.ok, [str(p) for p in report.problems]
    fields = "SELECT password_hash, role, department, password_expired FROM employees WHERE id = ?"
    assert one.conn.execute(fields, [employee_id]).fetchone() == tuple(
        two.conn.execute(fields, [employee_id]).fetchone()
    )
    one.close()
    two.close()


def test_duplicate_certificates_for_one_scope_resolve_to_the_newest(server_db: str, tmp_path: Path):
    one, two, employee_id = _two_pcs(server_db, tmp_path)
    for store, code, issued in (
        (one, "AAAA-1111", "2026-12-01T10:00"),
        (two, "BBBB-2222", "2026-12-01T11:00"),
    ):
        store.add_certificate(
            code, employee_id, "module", "offline-module", "Offline", 95.0, issued, None, [], None
        )
    _both_ways(server_db, one, two)
    for store in (one, two):
        mine = [c for c in store.latest_certificates(employee_id) if c.scope == "offline-module"]
        assert [c.code for c in mine] == ["BBBB-2222"]
        assert len([c for c in store.certificates(employee_id) if c.scope == "offline-module"]) == 2
    one.close()
    two.close()
