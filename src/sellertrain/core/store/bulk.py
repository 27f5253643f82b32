"""Bulk inserts of generated records (demo data, benchmarks): many rows, one transaction.

The Store's ordinary writes check and insert one record at a time; this mixin takes rows that
were built elsewhere and are already consistent, as tuples in each table's column order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sellertrain.core.store.schema import (
    ANSWERS_BY_QUESTION,
    SUMMARY_FILL,
    SUMMARY_TRIGGERS,
    StoreError,
    _split_sql,
)

if TYPE_CHECKING:
    from sellertrain.core.store.transactions import Database

Row = tuple[object, ...]

# Parents before children, so the foreign keys (checked as each row arrives) always hold.
_INSERTS = {
    "employees": "INSERT INTO employees (id, name, name_key, role, department, password_hash,"
    " created_at, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "lesson_events": "INSERT INTO lesson_events (id, employee_id, lesson_id, lesson_version, kind,"
    " at, seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "attempts": "INSERT INTO attempts (id, employee_id, quiz_id, quiz_version, seed, started_at)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "attempt_results": "INSERT INTO attempt_results (id, attempt_id, status, finished_at, score,"
    " passed, employee_id, chain_seq, prev_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "answers": "INSERT INTO answers (id, attempt_id, question_id, position, selected,"
    " selected_text, correct, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
}


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


class BulkWrites:
    """Many-row inserts for the Store (a mixin: the same connection and rules)."""

    db: Database

    def insert_batches(self, batches: Iterable[RowBatch]) -> BulkCounts:
        """Insert every batch in one transaction: all of the rows, or none of them.

        The index on answers by question and the summary triggers are dropped for the write
        and built again once at the end (with the summaries recomputed from all records).

        ``batches`` may be a generator: each batch is written as soon as it is produced, so
        memory stays bounded; an exception raised while producing one rolls everything back.
        Raise StoreError when a row breaks a constraint (a taken name, a missing parent).
        """
        conn = self.db.conn
        counts = dict.fromkeys(_INSERTS, 0)
        try:
            with self.db.atomic():
                # in the same transaction: a kill leaves the index and triggers as they were
                conn.execute("DROP INDEX answers_by_question")
                conn.execute("DROP TRIGGER lesson_summary_add")
                conn.execute("DROP TRIGGER quiz_summary_add")
                for batch in batches:
                    for table, sql in _INSERTS.items():
                        rows = getattr(batch, table)
                        if rows:
                            conn.executemany(sql, rows)
                            counts[table] += len(rows)
                conn.execute("DELETE FROM lesson_summary")
                conn.execute("DELETE FROM quiz_summary")
                for statement in _split_sql(SUMMARY_FILL + SUMMARY_TRIGGERS + ANSWERS_BY_QUESTION):
                    conn.execute(statement)
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"the records were not added: {exc}") from None
        return BulkCounts(**counts)
