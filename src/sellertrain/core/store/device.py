"""This database's device id (schema 13), the key of its own hash chains, and employee changes.

Each SQLite file is one device of the company record: its results are chained per (employee,
device) and its audit rows per device, so two PCs working offline never claim the same link.
Changes to an employee are written as ``employee_changes`` events; the table's insert trigger
sets the employees row from the latest one (at, device_id, seq), here and on every PC that
pulls them: last writer wins, the same everywhere.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from typing import Any

DEVICE_KEY = "device_id"


def device_id(conn: sqlite3.Connection) -> str:
    """The device id of this database (made by migration m013)."""
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (DEVICE_KEY,)).fetchone()
    if row is None:  # a database from before schema 13 never reaches the code that asks
        raise RuntimeError("this database has no device id (schema 13 makes one)")
    return str(row[0])


def record_employee_change(
    conn: sqlite3.Connection, employee_id: str, values: Mapping[str, Any], at: str
) -> None:
    """Change employee fields by events (call inside the write transaction of the change)."""
    device = device_id(conn)
    row = conn.execute(
        "SELECT coalesce(max(seq), 0) FROM employee_changes WHERE device_id = ?", (device,)
    ).fetchone()
    seq = int(row[0])
    for field, value in values.items():
        seq += 1
        conn.execute(
            "INSERT INTO employee_changes (id, employee_id, field, value, at, device_id, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), employee_id, field, value, at, device, seq),
        )
