"""The Store's side of the hash chain: links for new results, and the check of every chain.

The format of the chain is in chain.py, the replay that checks it in chain_check.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.store.chain import (
    ANSWER_FIELDS,
    ANSWER_SQL,
    ATTEMPT_FIELDS,
    ATTEMPT_SQL,
    ChainHead,
    ChainReport,
    answer_json,
    record_hash,
    sorted_answers,
)
from sellertrain.core.store.device import device_id
from sellertrain.core.store.errors import StoreError
from sellertrain.core.store.parts import StorePart


class ChainRecords(StorePart):
    """Chain links for new results, and the check of every chain (a Store mixin)."""

    def _chain_link(
        self, attempt_id: str, result: Sequence[Any], answers: Sequence[Sequence[Any]]
    ) -> tuple[str, int, str, str]:
        """(employee_id, chain_seq, prev_hash, record_hash) for a result about to be written.

        Call inside the write transaction that inserts the result, so that no other writer
        can take the same link number in between (``BEGIN IMMEDIATE`` holds the lock).
        """
        attempt = self.db.execute(
            f"SELECT {', '.join(ATTEMPT_FIELDS)} FROM attempts WHERE id = ?", [attempt_id]
        ).fetchone()
        if attempt is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "there is no attempt {id}; nothing was saved").format(
                    id=attempt_id
                )
            )
        employee_id = attempt[1]
        head = self.chain_head(employee_id, device_id(self.db.conn))
        seq, prev = (head.seq + 1, head.hash) if head else (1, "")
        texts = [answer_json(a) for a in sorted_answers(answers)]
        return employee_id, seq, prev, record_hash(attempt, result, texts, seq, prev)

    def chain_head(self, employee_id: str, device: str | None = None) -> ChainHead | None:
        """The employee's newest chained result on ``device`` (this database's by default).

        Each device keeps its own chain per employee (schema 13): index ``attempt_results_chain``.
        """
        row = self.db.execute(
            "SELECT chain_seq, record_hash FROM attempt_results WHERE employee_id = ?"
            " AND device_id = ? AND chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1",
            [employee_id, device or device_id(self.db.conn)],
        ).fetchone()
        return ChainHead(row[0], row[1]) if row else None

    def chain_position(self, employee_id: str, hash_: str) -> int | None:
        """The link number of the employee's result with this hash; None if there is none."""
        row = self.db.execute(
            "SELECT chain_seq FROM attempt_results"
            " WHERE employee_id = ? AND chain_seq IS NOT NULL AND record_hash = ?",
            [employee_id, hash_.strip().lower()],
        ).fetchone()
        return row[0] if row else None

    def record_rows(self, employee_id: str) -> list[dict[str, Any]]:
        """Every attempt of an employee with its result, chain link and answers, as stored.

        Oldest first; the stored text of each answer is kept as is, so the hashes can be
        recomputed from an export (module docstring).
        """
        attempts = self.db.execute(
            f"SELECT {ATTEMPT_SQL}, r.id, r.status, r.finished_at, r.score, r.passed,"
            " r.pass_mark, r.chain_seq, r.prev_hash, r.record_hash FROM attempts AS a"
            " LEFT JOIN attempt_results AS r ON r.attempt_id = a.id"
            " WHERE a.employee_id = ? ORDER BY a.started_at, a.rowid",
            [employee_id],
        ).fetchall()
        answers: dict[str, list[dict[str, Any]]] = {}
        for attempt_id, *values in self.db.execute(
            f"SELECT n.attempt_id, {ANSWER_SQL} FROM attempts AS a"
            " JOIN answers AS n ON n.attempt_id = a.id WHERE a.employee_id = ?"
            " ORDER BY n.attempt_id, n.position, n.question_id",
            [employee_id],
        ):
            answers.setdefault(attempt_id, []).append(dict(zip(ANSWER_FIELDS, values, strict=True)))
        records = []
        for row in attempts:
            record = dict(zip(ATTEMPT_FIELDS, row[:9], strict=True))
            result_id, status, finished_at, score, passed, pass_mark, seq, prev, hash_ = row[9:]
            record["result"] = (
                None
                if result_id is None
                else {
                    "id": result_id,
                    "status": status,
                    "finished_at": finished_at,
                    "score": score,
                    "passed": passed,
                    "pass_mark": pass_mark,
                    "chain_seq": seq,
                    "prev_hash": prev,
                    "record_hash": hash_,
                }
            )
            record["answers"] = answers.get(row[0], [])
            records.append(record)
        return records

    def verify_records(self, employee_id: str | None = None) -> ChainReport:
        """Replay every employee's chain (or one employee's) and report what does not hold.

        One pass over the chained results in (employee, link) order, merged with their
        answers in the same order: no query per row. Runs in one read transaction, so a
        writer committing meanwhile cannot make a sound chain look broken.
        """
        from sellertrain.core.store.chain_check import Verifier  # only when a check runs
        from sellertrain.core.store.integrity import quick_check

        conn = self.db.conn
        quick_check(conn, self.path)  # damaged pages: one line, not a traceback mid-way
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")
        try:
            return Verifier(conn, employee_id).run_all()
        finally:
            if own:
                conn.execute("COMMIT")

    def verify_certificate(self, code: str) -> list[str]:
        """Why the certificate with this code does not rest on the records ([] when it does).

        Also names any break in its holder's chain of results, which the evidence rests on.
        """
        from sellertrain.core.store.certificate_check import check_certificates
        from sellertrain.core.store.integrity import quick_check

        conn = self.db.conn
        quick_check(conn, self.path)
        problems: list[str] = []
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")
        try:
            check_certificates(conn, lambda _e, message, _c: problems.append(message), code=code)
            owner = conn.execute(
                "SELECT employee_id FROM certificates WHERE code = ?", [code]
            ).fetchone()
            if owner is not None:
                from sellertrain.core.store.chain_check import Verifier
                from sellertrain.core.store.pass_mark_check import check_pass_marks

                problems += [p.message for p in Verifier(conn, owner[0]).run().problems]
                check_pass_marks(conn, lambda _k, _e, message: problems.append(message), owner[0])
        finally:
            if own:
                conn.execute("COMMIT")
        return problems
