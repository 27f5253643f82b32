"""Reading records written at once as the keys lesson_event_rows holds (m026), without the view.

Inserting through the ``lesson_events`` view looks the employee and the lesson up and adds
each where new, row by row, in its trigger; a bulk write of hundreds of thousands of records
works the keys out in Python instead, from dictionaries of the keys already stored (an
employee and a lesson are added once, the first time one is seen).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

Row = tuple[object, ...]


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

    def _key(self, keys: dict[object, int], table: str, column: str, value: object) -> int:
        key = keys.get(value)
        if key is None:
            cursor = self.conn.execute(f"INSERT INTO {table} ({column}) VALUES (?)", (value,))
            key = keys[value] = int(cursor.lastrowid or 0)
        return key

    def lesson_event_rows(self, rows: Sequence[Row]) -> list[Row]:
        """``lesson_events`` rows (id, employee id, lesson id, then the rest) as
        lesson_event_rows stores them: the two ids replaced by their keys."""
        employees, lessons = self.employees, self.lessons
        keyed: list[Row] = []
        for row in rows:
            employee = employees.get(row[1])
            if employee is None:
                employee = self._key(employees, "record_employees", "employee_id", row[1])
            lesson = lessons.get(row[2])
            if lesson is None:
                lesson = self._key(lessons, "record_lessons", "lesson_id", row[2])
            keyed.append((row[0], employee, lesson, *row[3:]))
        return keyed
