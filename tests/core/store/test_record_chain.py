"""Tamper-evident records: every finished attempt is linked by hash to the employee's previous one."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.reports import record_export
from sellertrain.core.reports.demo import generate_demo_data
from sellertrain.core.store import (
    APPLICATION_ID,
    MIGRATIONS,
    AnswerToSave,
    Store,
    _split_sql,
)
from sellertrain.core.store.chain import (
    ANSWERS,
    EDITED,
    MISSING,
    UNCHAINED,
    ChainHead,
    answer_json,
    canonical_text,
    record_hash,
)
from sellertrain.core.store.current_schema import (
    APPEND_ONLY_TRIGGERS,
    SUMMARY_FILL,
    SUMMARY_TABLES,
)
from sellertrain.core.store.record_checks import SUMMARY
from tests.conftest import REPO


def answer(question: str, position: int, correct: bool = True) -> AnswerToSave:
    return AnswerToSave(
        question, position, frozenset({position % 3}), (f"option {position}",), correct, 1.0
    )


def take(store: Store, employee_id: str, quiz: str, score: float, answers: int = 3) -> str:
    """One finished attempt with ``answers`` answers; its id."""
    attempt = store.start_attempt(employee_id, quiz, "v1", 7)
    rows = [answer(f"q{i}", i, i % 2 == 0) for i in range(answers)]
    store.finish_attempt(attempt.id, score, score >= 80, rows)
    return attempt.id


@pytest.fixture
def team(store: Store) -> dict[str, list[str]]:
    """Two employees with three finished attempts each (the ids, oldest first)."""
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    bo = store.add_employee("Bo Chen", "learner", "pass-1234")
    return {
        ana.id: [take(store, ana.id, f"quiz-{n}", 50.0 + 20 * n) for n in range(3)],
        bo.id: [take(store, bo.id, f"quiz-{n}", 100.0 / 3) for n in range(3)],
    }


# the key answer_rows holds for an attempt id (m020): answers are changed there, not in the view
ATTEMPT_KEY = "SELECT id FROM answer_attempts WHERE attempt_id ="


def tamper(path: Path, *statements: str, params: tuple = ()) -> None:
    """Change the file behind SellerTrain's back, as someone with the file (and sqlite3) could."""
    conn = sqlite3.connect(path)
    try:
        dropped = [
            trigger
            for trigger in APPEND_ONLY_TRIGGERS
            if trigger.name.startswith(("attempt_results_", "answer_rows_", "attempts_"))
        ]
        for trigger in dropped:
            conn.execute(trigger.drop)
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
        for trigger in dropped:  # and put back, so that only the records tell
            conn.execute(trigger.create)
        conn.commit()
    finally:
        conn.close()


def links(store: Store, employee_id: str) -> list[tuple[int, str, str]]:
    return store.db.execute(
        "SELECT chain_seq, prev_hash, record_hash FROM attempt_results WHERE employee_id = ?"
        " ORDER BY chain_seq",
        [employee_id],
    ).fetchall()


def result_id(store: Store, attempt_id: str) -> str:
    return store.db.execute(
        "SELECT id FROM attempt_results WHERE attempt_id = ?", [attempt_id]
    ).fetchone()[0]


# -- writing the chain -----------------------------------------------------------------------


def test_each_result_links_to_the_previous_one_of_its_employee(store, team):
    for employee_id, attempts in team.items():
        chain = links(store, employee_id)
        assert [seq for seq, _, _ in chain] == [1, 2, 3]
        assert chain[0][1] == ""
        assert [prev for _, prev, _ in chain[1:]] == [h for _, _, h in chain[:-1]]
        assert len({h for _, _, h in chain}) == 3
        assert all(len(h) == 64 and int(h, 16) >= 0 for _, _, h in chain)
        assert store.chain_head(employee_id) == ChainHead(3, chain[-1][2])
        assert len(attempts) == 3
    report = store.verify_records()
    assert report.ok and report.problems == ()
    assert (report.employees, report.records, report.legacy) == (2, 6, 0)
    assert report.heads == {e: store.chain_head(e) for e in team}


def test_the_hash_covers_the_documented_canonical_text(store, team):
    attempts = next(iter(team.values()))
    attempt = store.db.execute(
        "SELECT id, employee_id, quiz_id, quiz_version, seed, started_at, kind, scope, sections"
        " FROM attempts WHERE id = ?",
        [attempts[1]],
    ).fetchone()
    rid, status, finished, score, passed, seq, prev, stored = store.db.execute(
        "SELECT id, status, finished_at, score, passed, chain_seq, prev_hash, record_hash"
        " FROM attempt_results WHERE attempt_id = ?",
        [attempts[1]],
    ).fetchone()
    answers = store.db.execute(
        "SELECT question_id, position, selected, selected_text, correct, score FROM answers"
        " WHERE attempt_id = ? ORDER BY position",
        [attempts[1]],
    ).fetchall()
    text = canonical_text(
        attempt, (rid, status, finished, score, passed), map(answer_json, answers), seq, prev
    )
    document = json.loads(text)
    assert document == [
        1,
        list(attempt),
        [rid, status, finished, 70.0, 0],
        2,
        prev,
        [list(a) for a in answers],
    ]
    # exactly what json.dumps writes: another tool can recompute it
    assert text == json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    assert record_hash(attempt, (rid, status, finished, score, passed), [], seq, prev) != stored
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == stored


def test_scores_hash_the_same_after_a_round_trip_through_sqlite(store):
    """An int score is stored as REAL and read back as a float: the hash must not change."""
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    for score in (100, 0, 1 / 3, 2 / 3 * 100, 99.99, 1e-7):
        attempt = store.start_attempt(ana.id, "quiz", "v1", 1)
        rows = [AnswerToSave("q", 0, frozenset(), (), False, score / 100)]
        store.finish_attempt(attempt.id, score, False, rows)
    rows = [AnswerToSave("q", 0, "发货 Café", ("发货 Café",), True, 1)]  # text answer, int score
    store.finish_attempt(store.start_attempt(ana.id, "quiz", "v1", 2).id, 100, True, rows)
    assert store.verify_records().ok


def test_a_failed_submit_leaves_no_link_behind(store):
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    attempt = store.start_attempt(ana.id, "quiz", "v1", 1)
    with pytest.raises(sqlite3.IntegrityError):  # the same question twice: nothing is written
        store.finish_attempt(attempt.id, 100.0, True, [answer("q1", 0), answer("q1", 1)])
    assert store.chain_head(ana.id) is None
    store.finish_attempt(attempt.id, 100.0, True, [answer("q1", 0)])
    assert store.chain_head(ana.id).seq == 1
    assert store.verify_records().ok


def test_a_submit_inside_a_larger_transaction_links_in_order(store):
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    first = store.start_attempt(ana.id, "quiz", "v1", 1)
    second = store.start_attempt(ana.id, "quiz", "v1", 2)
    with store.transaction():
        store.finish_attempt(first.id, 50.0, False, [answer("q1", 0)])
        store.finish_attempt(second.id, 90.0, True, [answer("q1", 0)])
    assert [seq for seq, _, _ in links(store, ana.id)] == [1, 2]
    assert store.verify_records().ok


# -- finding tampering -----------------------------------------------------------------------


def test_an_edited_score_is_found_and_named(store, team):
    ana = store.employee_by_name("Ana Li")
    target = team[ana.id][1]
    tamper(
        store.path,
        "UPDATE attempt_results SET score = 100, passed = 1 WHERE attempt_id = ?",
        params=(target,),
    )
    report = store.verify_records()
    assert not report.ok
    # the result, and the summaries (the quiz's and the team table's row) it no longer matches
    problem, summary, team_row = report.problems
    assert (problem.kind, problem.employee, problem.attempt_id) == (EDITED, "Ana Li", target)
    assert summary.kind == SUMMARY and "quiz_summary" in summary.message
    assert team_row.kind == SUMMARY and "team_summary" in team_row.message
    assert "record #2" in problem.message and "quiz-1" in problem.message
    finished = store.attempt(target).finished_at.replace("T", " ")[:16]
    assert f"finished {finished}" in problem.message
    assert "changed after it was written" in str(problem)
    assert str(problem).startswith("Ana Li: ")


def by_employee(problems):
    """The problems found in one employee's records, and those of the whole team's item
    analysis sums (reported without an employee), which an edited answer also breaks."""
    team_wide = [p for p in problems if p.kind == SUMMARY and p.employee_id is None]
    return [p for p in problems if p not in team_wide], team_wide


def test_a_deleted_middle_row_is_found(store, team):
    ana = store.employee_by_name("Ana Li")
    target = team[ana.id][1]
    tamper(store.path, "DELETE FROM attempt_results WHERE attempt_id = ?", params=(target,))
    report = store.verify_records()
    kinds = {(p.kind, p.employee) for p in report.problems}
    assert (MISSING, "Ana Li") in kinds
    missing = next(p for p in report.problems if p.kind == MISSING)
    assert (
        "1 record(s) missing before record #3" in missing.message
        and "#2 deleted" in missing.message
    )
    # its answers were left behind without a result
    orphans = next(p for p in report.problems if p.kind == ANSWERS)
    assert orphans.attempt_id == target and "3 answer(s)" in orphans.message
    own, team_wide = by_employee(report.problems)
    assert all(p.employee == "Ana Li" for p in own)
    assert team_wide  # the item analysis sums still count its answers


def test_a_deleted_and_renumbered_chain_is_found_by_its_links(store, team):
    """Deleting row 2 and renumbering row 3 as 2 breaks row 3's hash and its link."""
    ana = store.employee_by_name("Ana Li")
    second, third = team[ana.id][1:]
    tamper(
        store.path,
        f"DELETE FROM answer_rows WHERE attempt IN ({ATTEMPT_KEY} '{second}')",
        f"DELETE FROM attempt_results WHERE attempt_id = '{second}'",
        f"UPDATE attempt_results SET chain_seq = 2 WHERE attempt_id = '{third}'",
    )
    problems = store.verify_records().problems
    assert {p.kind for p in problems} == {MISSING, EDITED, SUMMARY}
    assert any("does not link to the record before it" in p.message for p in problems)


def test_a_rehashed_edit_breaks_the_next_link(store, team):
    """Someone who edits a row and recomputes its hash still breaks the following row's link."""
    ana = store.employee_by_name("Ana Li")
    target = team[ana.id][0]
    rid = result_id(store, target)
    attempt = store.db.execute(
        "SELECT id, employee_id, quiz_id, quiz_version, seed, started_at, kind, scope, sections"
        " FROM attempts WHERE id = ?",
        [target],
    ).fetchone()
    status, finished = store.db.execute(
        "SELECT status, finished_at FROM attempt_results WHERE id = ?", [rid]
    ).fetchone()
    answers = store.db.execute(
        "SELECT question_id, position, selected, selected_text, correct, score FROM answers"
        " WHERE attempt_id = ? ORDER BY position",
        [target],
    ).fetchall()
    forged = record_hash(
        attempt, (rid, status, finished, 100.0, 1), map(answer_json, answers), 1, ""
    )
    tamper(
        store.path,
        f"UPDATE attempt_results SET score = 100, passed = 1, record_hash = '{forged}'"
        f" WHERE id = '{rid}'",
    )
    problem, summary, team_row = store.verify_records().problems
    assert problem.kind == MISSING and "record #2" in problem.message
    assert summary.kind == SUMMARY  # the summaries were not forged along
    assert team_row.kind == SUMMARY and "team_summary" in team_row.message


def test_an_edited_answer_is_found(store, team):
    bo = store.employee_by_name("Bo Chen")
    target = team[bo.id][2]
    tamper(
        store.path,
        f"UPDATE answer_rows SET correct = 1, score = 1.0 WHERE attempt IN ({ATTEMPT_KEY} ?)"
        " AND position = 1",
        params=(target,),
    )
    (problem,), team_wide = by_employee(store.verify_records().problems)
    assert (problem.kind, problem.employee, problem.attempt_id) == (EDITED, "Bo Chen", target)
    assert team_wide  # the item analysis sums count the answer as it was
    assert "record #3" in problem.message


def test_an_added_answer_is_found_exactly(store, team):
    bo = store.employee_by_name("Bo Chen")
    target = team[bo.id][0]
    tamper(
        store.path,
        "INSERT INTO answers (id, attempt_id, question_id, position, selected, selected_text,"
        " correct, score) VALUES ('extra', ?, 'q-extra', 3, '[0]', '[]', 1, 1.0)",
        params=(target,),
    )
    (problem,) = store.verify_records().problems
    assert problem.kind == ANSWERS and problem.attempt_id == target
    assert "an answer was added (question q-extra, position 3)" in problem.message


def test_a_removed_answer_is_found(store, team):
    bo = store.employee_by_name("Bo Chen")
    target = team[bo.id][1]
    tamper(
        store.path,
        f"DELETE FROM answer_rows WHERE attempt IN ({ATTEMPT_KEY} ?) AND position = 1",
        params=(target,),
    )
    (problem,), team_wide = by_employee(store.verify_records().problems)
    assert problem.kind == ANSWERS and "position(s) 1 missing" in problem.message
    assert team_wide


def test_a_row_moved_to_another_employee_is_found(store, team):
    ana, bo = store.employee_by_name("Ana Li"), store.employee_by_name("Bo Chen")
    target = team[ana.id][2]
    tamper(
        store.path,
        "UPDATE attempt_results SET employee_id = ?, chain_seq = 4 WHERE attempt_id = ?",
        params=(bo.id, target),
    )
    problems = store.verify_records().problems
    assert any(p.employee == "Bo Chen" and "belongs to Ana Li" in p.message for p in problems)


def test_deleting_the_newest_row_shows_only_against_an_exported_head(store, team):
    ana = store.employee_by_name("Ana Li")
    exported = store.chain_head(ana.id)
    assert store.chain_position(ana.id, exported.hash) == 3
    assert store.chain_position(ana.id, exported.hash.upper()) == 3
    newest = team[ana.id][2]
    tamper(
        store.path,
        f"DELETE FROM answer_rows WHERE attempt IN ({ATTEMPT_KEY} '{newest}')",
        f"DELETE FROM attempt_results WHERE attempt_id = '{newest}'",
    )
    # the summaries still count the result...
    (careless, team_row), team_wide = by_employee(store.verify_records().problems)
    assert careless.kind == SUMMARY and "has no records behind it" in careless.message
    assert team_row.kind == SUMMARY and "team_summary" in team_row.message
    assert team_wide
    tamper(store.path, *(f"DELETE FROM {table}" for table in SUMMARY_TABLES), *SUMMARY_FILL)
    assert store.verify_records().ok  # ...but once it is recomputed too, nothing shows it
    assert store.chain_position(ana.id, exported.hash) is None
    assert store.chain_head(ana.id).seq == 2


def test_unchained_rows_are_reported_and_old_rows_counted(store, team):
    """Rows without chain data: before the first chained row they are old; after, suspicious."""
    ana = store.employee_by_name("Ana Li")
    old = store.start_attempt(ana.id, "old-quiz", "v1", 1)
    late = store.start_attempt(ana.id, "late-quiz", "v1", 2)
    insert = (
        "INSERT INTO attempt_results (rowid, id, attempt_id, status, finished_at, score, passed)"
        " VALUES (?, ?, ?, 'submitted', '2026-01-01T00:00:00+00:00', 100, 1)"
    )
    conn = sqlite3.connect(store.path)
    conn.execute(insert, (-1, "old-result", old.id))  # as if written before schema 5
    conn.execute(insert, (1000, "late-result", late.id))
    conn.commit()
    conn.close()
    report = store.verify_records()
    assert report.legacy == 1
    (problem,) = report.problems
    assert (problem.kind, problem.attempt_id, problem.employee) == (UNCHAINED, late.id, "Ana Li")
    assert "late-quiz" in problem.message
    only_bo = store.verify_records(store.employee_by_name("Bo Chen").id)
    assert only_bo.ok and only_bo.legacy == 0 and only_bo.records == 3


def test_results_from_before_schema_5_stay_outside_the_chain(tmp_path):
    """A database upgraded from schema 4: old results are counted, new ones chained."""
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:4]:
        for statement in _split_sql(migration):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.execute(
        "INSERT INTO employees (id, name, name_key, role, password_hash, created_at)"
        " VALUES ('emp-1', 'Ana Li', 'ana li', 'learner', 'x', '2025-01-01')"
    )
    conn.execute(  # schema 4 audited every employee added
        "INSERT INTO audit_log (id, at, action, subject, details) VALUES ('a-1', '2025-01-01',"
        ' \'employee_added\', \'Ana Li\', \'{"id": "emp-1", "role": "learner"}\')'
    )
    conn.execute(
        "INSERT INTO attempts (id, employee_id, quiz_id, quiz_version, seed, started_at)"
        " VALUES ('old', 'emp-1', 'quiz', 'v1', 1, '2025-02-01T10:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO attempt_results (id, attempt_id, status, finished_at, score, passed)"
        " VALUES ('old-result', 'old', 'submitted', '2025-02-01T10:05:00+00:00', 90, 1)"
    )
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        assert store.verify_records().legacy == 1
        take(store, "emp-1", "quiz", 100.0)
        report = store.verify_records()
        assert report.ok and (report.records, report.legacy) == (1, 1)
        assert store.chain_head("emp-1").seq == 1
    finally:
        store.close()


def test_one_employee_is_checked_alone(store, team):
    ana, bo = store.employee_by_name("Ana Li"), store.employee_by_name("Bo Chen")
    tamper(
        store.path,
        f"UPDATE answer_rows SET score = 0.5 WHERE attempt IN ({ATTEMPT_KEY} ?)",
        params=(team[bo.id][0],),
    )
    alone = store.verify_records(ana.id)
    assert alone.ok and (alone.employees, alone.records) == (1, 3)
    assert set(alone.heads) == {ana.id}
    assert not store.verify_records(bo.id).ok


# -- demo data and exports -------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    course = load_course(REPO, deep=False)
    store = Store.create(tmp_path_factory.mktemp("chain") / "demo.db")
    generate_demo_data(store, course, 40, seed=5, today=dt.date(2026, 6, 1))
    yield store
    store.close()


def test_demo_data_is_chained_and_verifies_clean(demo_store):
    report = demo_store.verify_records()
    assert report.ok, report.problems[:3]
    results = demo_store.db.execute("SELECT count(*) FROM attempt_results").fetchone()[0]
    assert report.records == results > 0 and report.legacy == 0
    unchained = demo_store.db.execute(
        "SELECT count(*) FROM attempt_results WHERE chain_seq IS NULL"
    ).fetchone()[0]
    assert unchained == 0
    # a real submit after the demo rows continues that employee's chain (then is undone,
    # as the other tests share this database)
    employee_id, head = next(iter(report.heads.items()))

    class Undo(Exception):
        pass

    with pytest.raises(Undo), demo_store.transaction():
        take(demo_store, employee_id, "after-demo", 90.0)
        assert demo_store.chain_head(employee_id).seq == head.seq + 1
        assert demo_store.verify_records(employee_id).ok
        raise Undo
    assert demo_store.chain_head(employee_id) == head


def test_an_exported_record_carries_the_chain_head_and_rehashes(demo_store, tmp_path):
    employee_id, head = max(demo_store.verify_records().heads.items(), key=lambda item: item[1].seq)
    record = record_export.employee_record(demo_store, employee_id)
    path = tmp_path / "record.json"
    record_export.write_record(path, record)
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert loaded["chain_head"] == {"seq": head.seq, "hash": head.hash}
    assert loaded["employee"]["id"] == employee_id
    assert loaded["lesson_completions"] and all(
        set(c) == {"lesson_id", "lesson_version", "at"} for c in loaded["lesson_completions"]
    )
    # every hash can be recomputed from the file alone, and the links follow each other
    prev = ""
    finished = [a for a in loaded["attempts"] if a["result"]]
    for seq, attempt in enumerate(sorted(finished, key=lambda a: a["result"]["chain_seq"]), 1):
        result = attempt["result"]
        fields = [
            attempt[k]
            for k in (
                "id",
                "employee_id",
                "quiz_id",
                "quiz_version",
                "seed",
                "started_at",
                "kind",
                "scope",
                "sections",
            )
        ]
        answers = [answer_json(list(a.values())) for a in attempt["answers"]]
        values = [
            result[k] for k in ("id", "status", "finished_at", "score", "passed", "pass_mark")
        ]
        assert (result["chain_seq"], result["prev_hash"]) == (seq, prev)
        assert record_hash(fields, values, answers, seq, prev) == result["record_hash"]
        prev = result["record_hash"]
    assert prev == head.hash
