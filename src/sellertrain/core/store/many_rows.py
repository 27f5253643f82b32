"""Many rows in one INSERT statement, for bulk writes."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Sequence

Row = Sequence[object]
_PARAMETERS = 999  # in one statement: SQLite's oldest limit


def insert_rows(
    conn: sqlite3.Connection, head: str, values: str, rows: Sequence[Row], extra: Row = ()
) -> None:
    """Insert ``rows``, each followed by the values of ``extra``, with as many a statement as
    ``_PARAMETERS`` allows, in their order.

    One statement a row (``executemany``) opens the table, each of its indexes and each
    parent table the foreign keys name again for every row: 1.7 times slower, measured on
    the demo's lesson_events, attempts and attempt_results."""
    per = max(1, _PARAMETERS // values.count("?"))
    full = len(rows) - len(rows) % per
    if extra:
        rows = [(*row, *extra) for row in rows]
    flat = itertools.chain.from_iterable
    if full:
        many = head + ", ".join([values] * per)
        conn.executemany(many, (tuple(flat(rows[i : i + per])) for i in range(0, full, per)))
    if full < len(rows):
        rest = rows[full:]
        conn.execute(head + ", ".join([values] * len(rest)), tuple(flat(rest)))
