"""Many reading records written at once as the keys lesson_event_rows holds (m026), without
the view.

Inserting through the ``lesson_events`` view looks the employee and the lesson up and adds
each where new, row by row, in its trigger; a bulk write or a pull of hundreds of thousands
of records works the keys out in Python instead, from dictionaries of the keys already stored
(an employee and a lesson are added once, the first time one is seen), and writes many rows a
statement: a first pull took 12 % longer through the view.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from sellertrain.core.store.many_rows import insert_rows
from sellertrain.core.store.rows import rows_among, unseen_rows

Row = tuple[object, ...]
_COLUMNS = "id, employee, lesson, lesson_version, kind, at, seconds"
_KNOWN = "SELECT id FROM lesson_event_rows WHERE id"  # ... IN (ids): those stored already
_HEADS = {  # by how many columns the rows have: the demo's have no sections
    7: (f"INSERT INTO lesson_event_rows ({_COLUMNS}) VALUES ", "(?, ?, ?, ?, ?, ?, ?)"),
    8: (
        f"INSERT INTO lesson_event_rows ({_COLUMNS}, sections) VALUES ",
        "(?, ?, ?, ?, ?, ?, ?, ?)",
    ),
}


class RecordKeys:
    """The keys of record_employees and record_lessons, extended as rows arrive. Use one
    within one transaction: after a rollback its dictionaries name keys that are gone."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.employees: dict[object, int] = dict(
            conn.execute("SELECT employee_id, id FROM record_employees")
        )
        self.lessons: dict[object, int] = dict(
            conn.execute("SELECT lesson_id, id FROM record_lessons")
        )

    def insert_lesson_events(self, rows: Sequence[Row], skip_known: bool = False) -> int:
        """Insert reading records given in the view's column order (id, employee_id,
        lesson_id, lesson_version, kind, at, seconds and, for all of them or none, sections);
        how many rows were written.

        With ``skip_known`` (a pull) a record whose id is here already, or came earlier in
        ``rows``, is skipped, as the view's insert trigger skips it. Otherwise an id given
        again breaks its unique key."""
        if skip_known:
            rows = self._unknown(rows)
        if rows:
            head, values = _HEADS[len(rows[0])]
            insert_rows(self.conn, head, values, self._keyed(rows))
        return len(rows)

    def _unknown(self, rows: Sequence[Row]) -> list[Row]:
        ids = list({row[0] for row in rows})
        seen: set[object] = {found[0] for found in rows_among(self.conn, _KNOWN, ids)}
        return unseen_rows(rows, seen)

    def _keyed(self, rows: Sequence[Row]) -> list[Row]:
        """The rows with their employee and lesson ids replaced by keys."""
        employees, lessons = self.employees, self.lessons
        keyed: list[Row] = []
        for row in rows:
            employee = employees.get(row[1])
            if employee is None:
                employee = self._add(employees, "record_employees", "employee_id", row[1])
            lesson = lessons.get(row[2])
            if lesson is None:
                lesson = self._add(lessons, "record_lessons", "lesson_id", row[2])
            keyed.append((row[0], employee, lesson, *row[3:]))
        return keyed

    def _add(self, keys: dict[object, int], table: str, column: str, value: object) -> int:
        cursor = self.conn.execute(f"INSERT INTO {table} ({column}) VALUES (?)", (value,))
        key = keys[value] = int(cursor.lastrowid or 0)
        return key
