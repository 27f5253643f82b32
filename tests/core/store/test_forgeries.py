"""The forgeries of issue 17, made with sqlite3 on the file as an outsider would: each detected.

Each test forges one thing behind SellerTrain's back (dropping and then restoring the
append-only triggers, as a careful forger would) and checks that ``verify_records`` (and
``verify_certificate``) names it. What no check inside the file can see is in SECURITY.md.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.language import CHINESE
from sellertrain.core.message import localize
from sellertrain.core.passwords import hash_password
from sellertrain.core.store import AnswerToSave, Store, StoreError
from sellertrain.core.store.certificate_check import CERTIFICATE
from sellertrain.core.store.current_schema import APPEND_ONLY_TRIGGERS
from sellertrain.core.store.record_checks import AUDIT, EMPLOYEE, SCHEMA, SUMMARY

CODE = "ST-7KQ4-M9XD-2HBW"
FORGED = "ST-AAAA-BBBB-CCCC"


def forge(path: Path, *statements: str, restore: bool = True) -> None:
    """Run ``statements`` on the file with the triggers out of the way (put back if ``restore``)."""
    conn = sqlite3.connect(path)
    try:
        for trigger in APPEND_ONLY_TRIGGERS:
            conn.execute(trigger.drop)
        for statement in statements:
            conn.execute(statement)
        if restore:
            for trigger in APPEND_ONLY_TRIGGERS:
                conn.execute(trigger.create)
        conn.commit()
    finally:
        conn.close()


def kinds(store: Store) -> set[str]:
    return {p.kind for p in store.verify_records().problems}


def passed_attempt(store: Store, employee_id: str, quiz: str, score: float, passed: bool) -> str:
    attempt = store.start_attempt(employee_id, quiz, "v1", 1)
    rows = [AnswerToSave("q1", 0, frozenset({1}), ("yes",), passed, 1.0 if passed else 0.0)]
    store.finish_attempt(attempt.id, score, passed, rows)
    return attempt.id


def evidence(store: Store, attempt_id: str, quiz: str, score: float) -> dict[str, object]:
    finished = store.attempt(attempt_id).finished_at
    return {
        "quiz": quiz,
        "quiz_version": "v1",
        "attempt": attempt_id,
        "score": score,
        "at": finished,
    }


@pytest.fixture
def db(tmp_path: Path, clock) -> Path:
    """Ana (learner) passed the final assessment and holds its certificate; Bo failed it;
    Max is the manager. Sound: verify_records finds nothing."""
    path = tmp_path / "records.db"
    store = Store.create(path, clock=clock)
    try:
        store.add_employee("Max Wu", "manager", "manager-pass-1")
        ana = store.add_employee("Ana Li", "learner", "pass-1234")
        bo = store.add_employee("Bo Chen", "learner", "pass-5678")
        passed = passed_attempt(store, ana.id, "final", 90.0, True)
        passed_attempt(store, bo.id, "final", 42.0, False)
        store.add_certificate(
            CODE, ana.id, "assessment", "final", "Final", 90.0, store.now(), None,
            [evidence(store, passed, "final", 90.0)], replaces=None,
        )  # fmt: skip
        assert store.verify_records().ok
        assert store.verify_certificate(CODE) == []
    finally:
        store.close()
    return path


@pytest.fixture
def store(db: Path, clock):  # the same file, reopened after each forgery by the test
    opened = Store.open(db, clock=clock)
    yield opened
    opened.close()


def bo_id(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id FROM employees WHERE name = 'Bo Chen'").fetchone()[0]
    finally:
        conn.close()


def test_an_inserted_certificate_is_not_valid(db: Path, clock):
    """One INSERT made `verify CODE` print valid: it must rest on a result that earned it."""
    bo = bo_id(db)
    forge(
        db,
        "INSERT INTO certificates (id, code, employee_id, scope_kind, scope, title, score,"
        f" issued_at, evidence) VALUES ('c2', '{FORGED}', '{bo}', 'assessment', 'final',"
        " 'Final', 95, '2026-03-02T00:00:00+00:00', '[]')",
    )
    store = Store.open(db, clock=clock)
    try:
        (problem,) = store.verify_certificate(FORGED)
        assert "names no records that earned it" in problem
        assert CERTIFICATE in kinds(store)
        assert store.verify_certificate(CODE) == []  # Ana's, earned, still holds
    finally:
        store.close()


def test_a_certificate_resting_on_a_failed_or_borrowed_attempt_is_not_valid(db: Path, clock):
    """Evidence copied from a failed attempt, or from someone else's pass."""
    conn = sqlite3.connect(db)
    bo = bo_id(db)
    failed, finished = conn.execute(
        "SELECT a.id, r.finished_at FROM attempts AS a JOIN attempt_results AS r"
        " ON r.attempt_id = a.id WHERE a.employee_id = ?",
        [bo],
    ).fetchone()
    anas = conn.execute("SELECT evidence FROM certificates WHERE code = ?", [CODE]).fetchone()[0]
    conn.close()
    own = (
        f'[{{"quiz": "final", "quiz_version": "v1", "attempt": "{failed}", "score": 42.0,'
        f' "at": "{finished}"}}]'
    )
    forge(
        db,
        "INSERT INTO certificates (id, code, employee_id, scope_kind, scope, title, score,"
        f" issued_at, evidence) VALUES ('c2', '{FORGED}', '{bo}', 'assessment', 'final',"
        f" 'Final', 42, '2026-03-02T00:00:00+00:00', '{own}')",
        "INSERT INTO certificates (id, code, employee_id, scope_kind, scope, title, score,"
        f" issued_at, evidence) VALUES ('c3', 'ST-DDDD-EEEE-FFFF', '{bo}', 'assessment', 'x',"
        f" 'Final', 90, '2026-03-02T00:00:00+00:00', '{anas}')",
    )
    store = Store.open(db, clock=clock)
    try:
        assert any("was not passed" in p for p in store.verify_certificate(FORGED))
        borrowed = store.verify_certificate("ST-DDDD-EEEE-FFFF")
        assert any("another employee's" in p for p in borrowed)
    finally:
        store.close()


def test_a_certificate_whose_score_was_raised_is_not_valid(tmp_path: Path, clock):
    store = Store.create(tmp_path / "s.db", clock=clock)
    try:
        ana = store.add_employee("Ana Li", "learner", "pass-1234")
        passed = passed_attempt(store, ana.id, "final", 81.0, True)
        proof = evidence(store, passed, "final", 81.0)
        store.add_certificate(
            CODE, ana.id, "assessment", "final", "Final", 99.0, store.now(), None, [proof], None
        )
        (problem,) = store.verify_certificate(CODE)
        assert "score 99.0 does not follow from its evidence" in problem
    finally:
        store.close()


def test_an_edited_summary_row_is_found(db: Path, clock):
    """`UPDATE quiz_summary SET best=100, passed=1` turned 'in progress' into 'complete'."""
    forge(db, "UPDATE quiz_summary SET best = 100, passed = 1")
    store = Store.open(db, clock=clock)
    try:
        problems = store.verify_records().problems
        assert {p.kind for p in problems} == {SUMMARY}
        bo = next(p for p in problems if "quiz_summary" in p.message and p.employee == "Bo Chen")
        assert "quiz_summary row for quiz final was edited" in bo.message
        assert "best 100.0 (the records say 42.0)" in bo.message
        assert "passed 1 (the records say 0)" in bo.message
        said = localize(bo.message, CHINESE)  # every edited column, in the reader's language
        assert "best 为 100.0（记录显示应为 42.0）；passed 为 1（记录显示应为 0）" in said
        # the team table's row (m019) followed the forged summary: the check names it too
        team = next(p for p in problems if "team_summary" in p.message and p.employee == "Bo Chen")
        assert f"the team_summary row for employee {bo.employee_id} was edited" in team.message
        assert "passed 1 (the records say 0)" in team.message
        only_bo = store.verify_records(bo.employee_id).problems  # one employee's check
        assert [p.message for p in only_bo] == [bo.message, team.message]
    finally:
        store.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE team_codes SET text = 'another-quiz' WHERE text = 'final'",
        "DELETE FROM team_codes WHERE text = 'final'",
    ],
)
def test_an_edited_team_code_is_found(db: Path, clock, statement: str):
    """team_summary's lists hold codes of texts (m024): a code whose text was changed or
    deleted changes every row that holds it, and the check names each of those rows."""
    forge(db, statement)
    store = Store.open(db, clock=clock)
    try:
        problems = store.verify_records().problems
        assert sorted(p.employee for p in problems) == ["Ana Li", "Bo Chen"]
        assert all(p.kind == SUMMARY and "the team_summary row for" in p.message for p in problems)
        assert all("quizzes" in p.message for p in problems)
    finally:
        store.close()


def test_an_added_lesson_summary_row_is_found(db: Path, clock):
    bo = bo_id(db)
    forge(
        db,
        "INSERT INTO lesson_summary (employee_id, lesson_id, completed_at, completed_version,"
        f" seconds, last_at) VALUES ('{bo}', 'fees', '2026-03-01', 'v1', 600, '2026-03-01')",
    )
    store = Store.open(db, clock=clock)
    try:
        problem, team = store.verify_records().problems
        assert problem.kind == SUMMARY and "has no records behind it" in problem.message
        assert team.kind == SUMMARY and "the team_summary row for employee" in team.message
    finally:
        store.close()


def test_a_rehashed_chain_still_shows_in_the_summary(db: Path, clock):
    """Re-hashing a whole chain passes the chain check; the summary it left behind does not."""
    from sellertrain.core.store.chain import answer_json, record_hash

    bo = bo_id(db)
    conn = sqlite3.connect(db)
    attempt = conn.execute(
        "SELECT id, employee_id, quiz_id, quiz_version, seed, started_at, kind, scope, sections"
        " FROM attempts WHERE employee_id = ?",
        [bo],
    ).fetchone()
    rid, status, finished = conn.execute(
        "SELECT id, status, finished_at FROM attempt_results WHERE attempt_id = ?", [attempt[0]]
    ).fetchone()
    answers = conn.execute(
        "SELECT question_id, position, selected, selected_text, correct, score FROM answers"
        " WHERE attempt_id = ?",
        [attempt[0]],
    ).fetchall()
    conn.close()
    forged = record_hash(
        attempt, (rid, status, finished, 95.0, 1), map(answer_json, answers), 1, ""
    )
    forge(
        db,
        f"UPDATE attempt_results SET score = 95, passed = 1, record_hash = '{forged}'"
        f" WHERE id = '{rid}'",
    )
    store = Store.open(db, clock=clock)
    try:
        problems = store.verify_records().problems
        assert {p.kind for p in problems} == {SUMMARY}  # the chain itself replays clean
    finally:
        store.close()


def test_a_role_changed_outside_the_app_is_found(db: Path, clock):
    forge(db, "UPDATE employees SET role = 'manager' WHERE name = 'Bo Chen'")
    store = Store.open(db, clock=clock)
    try:
        (problem,) = store.verify_records().problems
        assert (problem.kind, problem.employee) == (EMPLOYEE, "Bo Chen")
        assert "role is 'manager' but the audit log last set 'learner'" in problem.message
    finally:
        store.close()


def test_a_password_hash_replaced_outside_the_app_is_found(db: Path, clock):
    known = hash_password("known-password-1", n=2, r=1)
    forge(db, f"UPDATE employees SET password_hash = '{known}' WHERE name = 'Max Wu'")
    store = Store.open(db, clock=clock)
    try:
        (problem,) = store.verify_records().problems
        assert (problem.kind, problem.employee) == (EMPLOYEE, "Max Wu")
        assert "password was changed outside SellerTrain" in problem.message
    finally:
        store.close()


def test_changes_made_in_the_app_verify_clean(store: Store):
    bo = store.employee_by_name("Bo Chen")
    max_wu = store.employee_by_name("Max Wu")
    store.set_role(bo.id, "author", max_wu.id)
    store.reset_password(bo.id, "new-secret-99", max_wu.id)
    store.set_active(bo.id, False, max_wu.id)
    assert store.verify_records().ok


def test_a_deleted_audit_row_breaks_the_audit_chain(db: Path, clock):
    forge(db, "DELETE FROM audit_log WHERE chain_seq = 2")
    store = Store.open(db, clock=clock)
    try:
        problems = store.verify_records().problems
        assert any(
            p.kind == AUDIT and "1 audit row(s) missing before audit row #3" in p.message
            for p in problems
        )
        assert any(
            p.kind == EMPLOYEE and "added outside SellerTrain" in p.message for p in problems
        )
    finally:
        store.close()


def test_an_edited_audit_row_breaks_its_hash(db: Path, clock):
    forge(db, "UPDATE audit_log SET subject = 'Someone else' WHERE chain_seq = 1")
    store = Store.open(db, clock=clock)
    try:
        (problem,) = store.verify_records().problems
        assert problem.kind == AUDIT and "audit row #1" in problem.message
        assert "changed after it was written" in problem.message
    finally:
        store.close()


def test_a_deleted_audit_log_is_found(db: Path, clock):
    forge(db, "DELETE FROM audit_log")
    store = Store.open(db, clock=clock)
    try:
        (problem,) = store.verify_records().problems
        assert problem.kind == EMPLOYEE and "the audit log is empty" in problem.message
    finally:
        store.close()


def test_dropped_triggers_are_reported_and_the_file_is_not_written(db: Path, clock):
    forge(db, restore=False)
    before = db.read_bytes()
    store = Store.open(db, clock=clock)
    try:
        assert store.refusal is not None and "append-only were removed" in store.refusal
        problems = store.verify_records().problems
        assert {p.kind for p in problems} == {SCHEMA}
        assert len(problems) == len(APPEND_ONLY_TRIGGERS)
        with pytest.raises(StoreError, match="will not write to it"):
            store.add_employee("Cy Ho", "learner", "pass-9999")
        with pytest.raises(StoreError, match="will not write to it"):
            store.sign_in("Ana Li", "pass-1234")
    finally:
        store.close()
    assert db.read_bytes() == before


def test_a_trigger_replaced_by_a_harmless_one_is_refused(db: Path, clock):
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER certificates_no_update")
    conn.execute(
        "CREATE TRIGGER certificates_no_update BEFORE UPDATE ON certificates WHEN 0"
        " BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    conn.commit()
    conn.close()
    store = Store.open(db, clock=clock)
    try:
        assert store.refusal is not None and "certificates_no_update" in store.refusal
        assert any(
            p.kind == SCHEMA and "trigger certificates_no_update was changed" in p.message
            for p in store.verify_records().problems
        )
    finally:
        store.close()


def test_a_dropped_index_is_reported(db: Path, clock):
    forge(db, "DROP INDEX answers_by_question")
    store = Store.open(db, clock=clock)
    try:
        (problem,) = store.verify_records().problems
        assert problem.kind == SCHEMA and "index answers_by_question was removed" in problem.message
        assert store.refusal is None  # an index is no safeguard: the app may still write
    finally:
        store.close()
