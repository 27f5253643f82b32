"""Bulk inserts of generated records (demo data, benchmarks): many rows, one transaction.

The Store's ordinary writes check and insert one record at a time; this mixin takes rows that
were built elsewhere and are already consistent, as tuples in each table's column order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.store.answer_keys import AnswerKeys
from sellertrain.core.store.audit import EMPLOYEE_ADDED, AuditLog
from sellertrain.core.store.audit_chain import credential_fingerprint
from sellertrain.core.store.current_schema import (
    EMPLOYEE_SUMMARY_FILL,
    EMPLOYEE_SUMMARY_TABLES,
    REBUILT_AFTER_BULK_WRITES,
    SUMMARY_FILL,
    SUMMARY_TABLES,
)
from sellertrain.core.store.errors import StoreError
from sellertrain.core.store.many_rows import insert_rows
from sellertrain.core.store.record_keys import RecordKeys

Row = tuple[object, ...]

# Parents before children, so the foreign keys (checked as each row arrives) always hold;
# reading records and answers come after them, in their views' column order, written as keys
# (record_keys.py, answer_keys.py). Each table: the statement's head and one row's values,
# repeated for many rows a statement.
_INSERTS = {
    "employees": (
        "INSERT INTO employees (id, name, name_key, role, department, password_hash,"
        " created_at, active) VALUES ",
        "(?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    "attempts": (
        "INSERT INTO attempts (id, employee_id, quiz_id, quiz_version, seed, started_at) VALUES ",
        "(?, ?, ?, ?, ?, ?)",
    ),
    "attempt_results": (
        "INSERT INTO attempt_results (id, attempt_id, status, finished_at, score, passed,"
        " pass_mark, employee_id, chain_seq, prev_hash, record_hash, device_id) VALUES ",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # the device id added to each row
    ),
}
_DEVICE_ID = "SELECT value FROM sync_state WHERE key = 'device_id'"
# item analysis sums made with the rows, added to those already there
_ADD_COUNTS = """INSERT INTO answer_counts (quiz_id, quiz_version, question_id, selected, answers,
    correct) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (quiz_id, quiz_version, question_id, selected) DO UPDATE SET
        answers = answers + excluded.answers, correct = correct + excluded.correct"""
_ADD_SUMS = """INSERT INTO question_sums (quiz_id, quiz_version, question_id, attempts, correct,
    totals, totals_sq, totals_when_correct) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (quiz_id, quiz_version, question_id) DO UPDATE SET
        attempts = attempts + excluded.attempts, correct = correct + excluded.correct,
        totals = totals + excluded.totals, totals_sq = totals_sq + excluded.totals_sq,
        totals_when_correct = totals_when_correct + excluded.totals_when_correct"""


@dataclass
class RowBatch:
    """Rows for the record tables, each a tuple in its table's column order (see schema.py).

    Result rows end with their chain link (employee_id, chain_seq, prev_hash, record_hash),
    computed with ``chain.record_hash`` as the rows are built: the rows of one employee's
    results follow each other in the chain in the order given.
    """

    employees: list[Row] = field(default_factory=list)
    lesson_events: list[Row] = field(default_factory=list)
    attempts: list[Row] = field(default_factory=list)
    attempt_results: list[Row] = field(default_factory=list)
    answers: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class BulkCounts:
    """How many rows a bulk insert wrote to each table."""

    employees: int = 0
    lesson_events: int = 0
    attempts: int = 0
    attempt_results: int = 0
    answers: int = 0


class BulkWrites(AuditLog):
    """Many-row inserts for the Store (a mixin: the same connection and rules)."""

    def insert_batches(
        self,
        batches: Iterable[RowBatch],
        actor_id: str | None = None,
        item_sums: Callable[[], tuple[Sequence[Row], Sequence[Row]]] | None = None,
    ) -> BulkCounts:
        """Insert every batch in one transaction: all of the rows, or none of them.

        The index on answers by question and the summary triggers are dropped for the write
        and built again once at the end (with the summaries recomputed from all records).
        Each employee added gets an audit row, at the employee's own time, by ``actor_id``
        (None: the command line, or a new database's demo).

        ``batches`` may be a generator: each batch is written as soon as it is produced, so
        memory stays bounded; an exception raised while producing one rolls everything back.
        Raise StoreError when a row breaks a constraint (a taken name, a missing parent).

        ``item_sums``: called once every batch is written, gives the rows the answers add to
        answer_counts and question_sums (ITEM_SUMMARY_FILL's columns), kept as they were
        made; added to the sums there are instead of computing them all again from the
        answers, the slowest part of a large write (tests check both ways agree).
        """
        conn = self.db.conn
        counts = dict.fromkeys((*_INSERTS, "lesson_events", "answers"), 0)
        added: list[tuple[Any, ...]] = []
        try:
            with self.db.atomic():
                # in the same transaction: a kill leaves the index and triggers as they were
                for item in REBUILT_AFTER_BULK_WRITES:
                    conn.execute(item.drop)
                answer_keys, record_keys = AnswerKeys(conn), RecordKeys(conn)
                device = conn.execute(_DEVICE_ID).fetchone()  # this file's, for results
                extra = {"attempt_results": (device[0] if device else None,)}
                for batch in batches:
                    for table, (head, values) in _INSERTS.items():
                        rows = getattr(batch, table)
                        if rows:
                            insert_rows(conn, head, values, rows, extra.get(table, ()))
                            counts[table] += len(rows)
                    counts["lesson_events"] += record_keys.insert_lesson_events(batch.lesson_events)
                    counts["answers"] += answer_keys.insert(batch.answers)
                    # employees rows: id, name, name_key, role, department, hash, created_at, ...
                    added.extend((r[0], r[1], r[3], r[4], r[6], r[5]) for r in batch.employees)
                kept = item_sums() if item_sums is not None else None
                for table in SUMMARY_TABLES if kept is None else EMPLOYEE_SUMMARY_TABLES:
                    conn.execute(f"DELETE FROM {table}")
                for statement in SUMMARY_FILL if kept is None else EMPLOYEE_SUMMARY_FILL:
                    conn.execute(statement)
                if kept is not None:
                    conn.executemany(_ADD_COUNTS, kept[0])
                    conn.executemany(_ADD_SUMS, kept[1])
                for item in REBUILT_AFTER_BULK_WRITES:
                    conn.execute(item.create)
                self._audit_many(
                    (
                        actor_id,
                        EMPLOYEE_ADDED,
                        name,
                        {
                            "id": id_,
                            "role": role,
                            "department": department,
                            "source": "demo",
                            "credential": credential_fingerprint(str(password_hash)),
                        },
                        at,
                    )
                    for id_, name, role, department, at, password_hash in added
                )
        except sqlite3.IntegrityError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "the records were not added: {problem}").format(
                    problem=exc
                )
            ) from None
        return BulkCounts(**counts)
