"""What the app's sync status needs, Qt-free: whether to sync, one sync in its own Store, and
how many quiz results still wait for the company record."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sellertrain.core.store.database import Store


def sync_target(store: Store) -> tuple[str, Path] | None:
    """(DSN, database path) when this database joined a company record and a server is set."""
    from sellertrain.core.store.sync_state import server_id

    if server_id(store.conn) is None:  # joined none: nothing of the sync is imported
        return None
    from sellertrain.core.server.credentials import server_address

    dsn = server_address(store.conn)
    if not dsn:
        return None
    return dsn, store.path


def waiting_results(store: Store) -> int:
    """Quiz results written here that the company record does not have yet."""
    from sellertrain.core.store.sync_rows import pushed_marks

    try:
        mark = pushed_marks(store.conn)["attempt_results"]
        row = store.conn.execute(
            "SELECT count(*) FROM attempt_results WHERE rowid > ?", (mark,)
        ).fetchone()
    except sqlite3.ProgrammingError:  # the window closed its store while the sync at close ran
        return 0
    return int(row[0])


def sync_database(
    dsn: str, path: Path, content_root: Path | None = None
) -> tuple[str, int, bool, bool]:
    """One sync in a Store of its own (for a worker thread): summary, results waiting, pulled
    any records, wrote any content file (into ``content_root``: the course must be read again)."""
    from sellertrain.core.server.sync import sync
    from sellertrain.core.store import Store

    store = Store.open(path)
    try:
        report = sync(dsn, store, content_root=content_root)
        pulled = any(report.pulled.values())
        return report.summary(), waiting_results(store), pulled, bool(report.content)
    finally:
        store.close()
