"""Giving back the space an upgrade freed.

A migration that rebuilds a table (m020, m022, m026) leaves the old table's pages free inside
the file: SQLite reuses them for later writes but never hands them back. A 10,000-employee
database upgraded from schema 21 to 26 stayed at 746 MB, 291 MB of it free. So, right after
an upgrade that left at least a quarter of the file (and 8 MiB) free, the file is rebuilt once
with VACUUM: 3.3 s for that file, which then took 442 MB. VACUUM is all-or-nothing; when it
cannot run (another app holds the file, the disk is full) the file stays as it was, only
larger, and its records are untouched.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

FREE_SHARE = 0.25  # of the file's pages
FREE_BYTES = 8 * 1024 * 1024


def worth_compacting(page_size: int, pages: int, free_pages: int) -> bool:
    """Whether a file of ``pages`` pages, ``free_pages`` of them free, is worth rebuilding."""
    return free_pages * page_size >= FREE_BYTES and free_pages >= pages * FREE_SHARE


def compact_after_upgrade(conn: sqlite3.Connection, path: Path) -> bool:
    """VACUUM the file when an upgrade left much of it free; whether it was rebuilt. Call it
    outside any transaction."""
    page_size, pages, free = (
        conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("page_size", "page_count", "freelist_count")
    )
    if not worth_compacting(page_size, pages, free):
        return False
    try:
        conn.execute("VACUUM")
        # in WAL mode VACUUM writes the whole file to the log: copy it back and truncate it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        log.warning("could not give back the space upgrading %s freed: %s", path, exc)
        return False
    log.info("gave back %d MB that upgrading %s freed", free * page_size // 1_000_000, path)
    return True
