"""Whether this database joined a company record: one ``sync_state`` value, read at start-up.

Kept apart from ``sync_rows`` (the synced tables, watermarks and pulled rows) so that opening a
database that joined none imports nothing of the company record's machinery.
"""

from __future__ import annotations

import sqlite3

SERVER_ID = "server_id"


def state(conn: sqlite3.Connection, key: str) -> str | None:
    """One value of ``sync_state`` (None when not set)."""
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def server_id(conn: sqlite3.Connection) -> str | None:
    """The company record this database belongs to, or None if it has joined none."""
    return state(conn, SERVER_ID)
