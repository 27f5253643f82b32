"""What the app's sync status needs, Qt-free: whether to sync, one sync in its own Store, and
how many quiz results still wait for the company record."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sellertrain.core.models import Course
    from sellertrain.core.store.database import Store


@dataclass(frozen=True)
class SyncOutcome:
    """What one sync in the background did, for the status line."""

    summary: str  # one line: rows pushed and pulled
    waiting: int  # quiz results still waiting for the company record
    pulled: bool  # any records arrived: the screens show them
    new_content: bool  # content files were written: the course must be read again
    verified: bool  # the pull was checked (a manager's PC): its problems are kept in the store


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
    dsn: str,
    path: Path,
    content_root: Path | None = None,
    verify_with: Course | None = None,
) -> SyncOutcome:
    """One sync in a Store of its own (for a worker thread); content files go into
    ``content_root``. With ``verify_with`` (a manager is signed in), what was pulled is checked
    against that course's quizzes, and every problem found is kept in the database's
    ``pull_problems`` (which the status line reads, filtered to what the manager may see)."""
    from sellertrain.core.server.sync import sync
    from sellertrain.core.store import Store

    store = Store.open(path)
    try:
        verify = verify_with is not None
        report = sync(dsn, store, verify=verify, course=verify_with, content_root=content_root)
        return SyncOutcome(
            report.summary(),
            waiting_results(store),
            any(report.pulled.values()),
            bool(report.content),
            verify,
        )
    finally:
        store.close()
