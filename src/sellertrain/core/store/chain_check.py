"""Replaying the per-employee hash chains of attempt results (see chain.py for the format).

One pass over the chained results in (employee, link) order, merged with their answers in the
same order: no query per row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import sellertrain.core.store.chain_texts as said
from sellertrain.core.store.chain import (
    ANSWER_SQL,
    ANSWERS,
    ATTEMPT_SQL,
    EDITED,
    MISSING,
    UNCHAINED,
    ChainHead,
    ChainProblem,
    ChainReport,
    answer_json,
    describe,
    record_hash,
    shown_time,
)
from sellertrain.core.store.conflicts import RESULT_COLUMNS


class Verifier:
    """One run of ``verify_records``."""

    def __init__(self, conn: sqlite3.Connection, employee_id: str | None) -> None:
        self.conn = conn
        self.employee_id = employee_id
        self.names = dict(conn.execute("SELECT id, name FROM employees").fetchall())
        self.problems: list[ChainProblem] = []
        self.heads: dict[str, ChainHead] = {}
        self.records = 0
        found = conn.execute("SELECT value FROM sync_state WHERE key = 'device_id'").fetchone()
        self.device = found[0] if found else None

    def name(self, employee_id: str | None) -> str:
        if employee_id is None:
            return said.NO_EMPLOYEE
        return self.names.get(employee_id, said.UNKNOWN_EMPLOYEE.format(id=employee_id))

    def problem(
        self, kind: str, employee_id: str | None, message: str, attempt_id: str | None = None
    ) -> None:
        self.problems.append(
            ChainProblem(kind, employee_id, self.name(employee_id), message, attempt_id)
        )

    def run(self) -> ChainReport:
        employees = self.check_chains()
        legacy = self.check_unchained()
        self.check_orphan_answers()
        if self.employee_id is not None:
            employees = 1
        return ChainReport(employees, self.records, legacy, tuple(self.problems), self.heads)

    def run_all(self) -> ChainReport:
        """The chains, then the schema, audit log, employees, summaries and certificates."""
        from sellertrain.core.store.certificate_check import CERTIFICATE, check_certificates
        from sellertrain.core.store.pass_mark_check import check_pass_marks
        from sellertrain.core.store.record_checks import (
            check_audit_log,
            check_employees,
            check_schema,
            check_summaries,
        )

        chains = self.run()
        conn, one = self.conn, self.employee_id

        def report(kind: str, employee_id: str | None, message: str) -> None:
            if employee_id is None:  # about the file, not one employee: say what it is about
                about = said.ABOUT.get(kind, kind)
                self.problems.append(ChainProblem(kind, None, about, message))
            else:
                self.problem(kind, employee_id, message)

        if one is None:
            check_schema(conn, report)
            audit_legacy = check_audit_log(conn, report)
        else:
            audit_legacy = 0
        unchecked = check_employees(conn, report, one)
        check_summaries(conn, report, one)
        check_pass_marks(conn, report, one)
        certificates = check_certificates(
            conn, lambda employee_id, message, _code: report(CERTIFICATE, employee_id, message), one
        )
        return replace(
            chains,
            problems=tuple(self.problems),
            certificates=certificates,
            audit_legacy=audit_legacy,
            passwords_unchecked=unchecked,
        )

    def _where(self, alias: str) -> tuple[str, list[str]]:
        if self.employee_id is None:
            return "", []
        return f" AND {alias}.employee_id = ?", [self.employee_id]

    def check_chains(self) -> int:
        """Walk each chain in order; return how many employees have one."""
        where, params = self._where("r")
        conflicts = _has_conflicts(self.conn)
        results = self.conn.execute(
            "SELECT r.employee_id, r.chain_seq, r.prev_hash, r.record_hash, r.attempt_id,"
            f" r.id, r.status, r.finished_at, r.score, r.passed, r.pass_mark, {ATTEMPT_SQL}"
            f", r.device_id FROM {_RESULTS_WITH_CONFLICTS if conflicts else 'attempt_results'}"
            " AS r LEFT JOIN attempts AS a ON a.id = r.attempt_id"
            f" WHERE r.chain_seq IS NOT NULL{where} ORDER BY r.employee_id, r.device_id, r.chain_seq",
            params,
        )
        answers = _answers_in_chain_order(self.conn, where, params, conflicts)
        pending = next(answers, None)
        current: object = object()  # the employee whose chains are being walked
        chain: object = object()  # the (employee, device) chain being walked (schema 13)
        employees, last_seq, last_hash = 0, 0, ""
        for full in results:
            row, device = full[:-1], full[-1]
            employee_id, seq, _, stored_hash = row[:4]
            key = (employee_id, device, seq)
            given: list[tuple[Any, ...]] = []
            while pending is not None and pending[0] == key:
                given.append(pending[1])
                pending = next(answers, None)
            if employee_id != current:
                current, employees = employee_id, employees + 1
            if (employee_id, device) != chain:
                chain, last_seq, last_hash = (employee_id, device), 0, ""
            self.records += 1
            self.check_link(row, last_seq, last_hash)
            self.check_content(row, given)
            last_seq, last_hash = seq, stored_hash
            if employee_id is not None and (device == self.device or employee_id not in self.heads):
                self.heads[employee_id] = ChainHead(seq, stored_hash)  # this PC's chain first
        return employees

    def check_link(self, row: Sequence[Any], last_seq: int, last_hash: str) -> None:
        employee_id, seq, prev, _, attempt_id = row[:5]
        finished = row[7]
        if seq <= last_seq:
            self.problem(
                MISSING,
                employee_id,
                said.TWICE.format(seq=seq),
                attempt_id,
            )
        elif seq != last_seq + 1:
            first, last = last_seq + 1, seq - 1
            span = f"#{first}" if first == last else f"#{first}–#{last}"
            self.problem(
                MISSING,
                employee_id,
                said.MISSING_BEFORE.format(
                    count=last - first + 1, seq=seq, finished=shown_time(finished), span=span
                ),
                attempt_id,
            )
        elif prev != last_hash:
            self.problem(
                MISSING,
                employee_id,
                said.NOT_LINKED.format(seq=seq, finished=shown_time(finished)),
                attempt_id,
            )

    def check_content(self, row: Sequence[Any], given: list[tuple[Any, ...]]) -> None:
        employee_id, seq, prev, stored_hash, attempt_id = row[:5]
        result = row[5:11]
        attempt = row[11:]
        quiz_id, finished = attempt[2], result[2]
        what = describe(seq, attempt_id, quiz_id, finished)
        if attempt[0] is None:
            self.problem(EDITED, employee_id, said.ATTEMPT_DELETED.format(what=what), attempt_id)
            return
        if attempt[1] != employee_id:
            self.problem(
                EDITED,
                employee_id,
                said.MOVED.format(what=what, name=self.name(attempt[1])),
                attempt_id,
            )
            return
        try:
            texts = [answer_json(a) for a in given]
            computed = record_hash(attempt, result, texts, seq, prev or "")
        except (TypeError, ValueError):
            computed = None  # a value edited into something the format cannot hold
        if computed == stored_hash:
            return
        changed = _answers_changed(given, attempt, result, seq, prev or "", stored_hash)
        if changed:
            self.problem(
                ANSWERS,
                employee_id,
                said.WHAT_PROBLEM.format(what=what, problem=changed),
                attempt_id,
            )
        else:
            self.problem(
                EDITED,
                employee_id,
                said.CONTENT_CHANGED.format(what=what),
                attempt_id,
            )

    def check_unchained(self) -> int:
        """Report results written since schema 5 without chain data; count the older ones.

        An older result is one inserted before the first chained result (rowids grow with
        every insert into an append-only table) by SellerTrain before schema 5, which wrote no
        ``employee_id`` in the result row.
        """
        first = self.conn.execute(
            "SELECT min(rowid) FROM attempt_results WHERE chain_seq IS NOT NULL"
        ).fetchone()[0]
        where, params = "", []
        if self.employee_id is not None:
            where = " AND (a.employee_id = ? OR r.employee_id = ?)"
            params = [self.employee_id, self.employee_id]
        rows = self.conn.execute(
            "SELECT r.rowid, r.attempt_id, r.finished_at, r.employee_id, a.employee_id,"
            " a.quiz_id FROM attempt_results AS r LEFT JOIN attempts AS a"
            f" ON a.id = r.attempt_id WHERE r.chain_seq IS NULL{where} ORDER BY r.rowid",
            params,
        )
        legacy = 0
        for rowid, attempt_id, finished, result_employee, attempt_employee, quiz_id in rows:
            if result_employee is None and (first is None or rowid < first):
                legacy += 1
                continue
            self.problem(
                UNCHAINED,
                attempt_employee or result_employee,
                said.UNCHAINED.format(what=describe(None, attempt_id, quiz_id, finished)),
                attempt_id,
            )
        return legacy

    def check_orphan_answers(self) -> None:
        """Answers of an attempt that has no result: added, or left behind by a deleted result."""
        where, params = self._where("a")
        for attempt_id, employee_id, quiz_id, count in self.conn.execute(
            "SELECT n.attempt_id, a.employee_id, a.quiz_id, count(*) FROM answers AS n"
            " LEFT JOIN attempts AS a ON a.id = n.attempt_id"
            " WHERE NOT EXISTS (SELECT 1 FROM attempt_results AS r"
            f" WHERE r.attempt_id = n.attempt_id){where} GROUP BY n.attempt_id",
            params,
        ):
            self.problem(
                ANSWERS,
                employee_id,
                said.ORPHAN_ANSWERS.format(count=count, attempt=attempt_id, quiz=quiz_id or "?"),
                attempt_id,
            )


# A second result for one attempt (schema 14) stays a link of its device's chain: with any
# conflicts the chains are walked over both tables, each result with its own answers.
_RESULTS_WITH_CONFLICTS = (
    f"(SELECT {RESULT_COLUMNS} FROM attempt_results"
    f" UNION ALL SELECT {RESULT_COLUMNS} FROM result_conflicts)"
)


def _has_conflicts(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM result_conflicts)").fetchone()[0] == 1


def _answers_in_chain_order(
    conn: sqlite3.Connection, where: str, params: list[str], conflicts: bool = False
) -> Iterator[tuple[tuple[Any, Any, Any], tuple[Any, ...]]]:
    """((employee_id, device_id, chain_seq), answer values) for each answer of a chained result."""
    sql = (
        f"SELECT r.employee_id, r.device_id, r.chain_seq, {ANSWER_SQL} FROM attempt_results AS r"
        f" JOIN answers AS n ON n.attempt_id = r.attempt_id WHERE r.chain_seq IS NOT NULL{where}"
    )
    if conflicts:
        sql = (
            f"SELECT * FROM ({sql} UNION ALL SELECT r.employee_id, r.device_id, r.chain_seq,"
            f" {ANSWER_SQL} FROM result_conflicts AS r JOIN conflict_answers AS n"
            f" ON n.result_id = r.id WHERE r.chain_seq IS NOT NULL{where}) ORDER BY 1, 2, 3, 5, 4"
        )
        params = params * 2
    else:
        sql += " ORDER BY r.employee_id, r.device_id, r.chain_seq, n.position, n.question_id"
    for row in conn.execute(sql, params):
        yield (row[0], row[1], row[2]), row[3:]


def _answers_changed(
    given: list[tuple[Any, ...]],
    attempt: Sequence[Any],
    result: Sequence[Any],
    seq: int,
    prev: str,
    stored_hash: str,
) -> str | None:
    """Why a record's hash fails, when its answers show it: added or removed rows; else None.

    An added answer is found exactly (leaving it out restores the hash); a removed one by
    the gap it leaves in the positions, which SellerTrain numbers 0, 1, 2, ...
    """
    try:
        texts = [answer_json(a) for a in given]
    except (TypeError, ValueError):
        return None
    for index, extra in enumerate(given):
        rest = texts[:index] + texts[index + 1 :]
        if record_hash(attempt, result, rest, seq, prev) == stored_hash:
            return said.ANSWER_ADDED.format(question=extra[0], position=extra[1])
    positions = sorted(int(a[1]) for a in given)
    if len(set(positions)) != len(positions):
        return said.ANSWERS_ADDED
    missing = sorted(set(range(positions[-1] + 1)) - set(positions)) if positions else []
    if missing:
        shown = ", ".join(str(p) for p in missing)
        return said.ANSWERS_REMOVED.format(positions=shown)
    return None
