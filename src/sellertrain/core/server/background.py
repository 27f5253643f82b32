"""What the app's sync status needs, Qt-free: whether to sync, one sync in its own Store, and
how many quiz results still wait for the company record."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sellertrain.core.models import Course
    from sellertrain.core.received import RecordedProblem
    from sellertrain.core.store.database import Store


@dataclass(frozen=True)
class SyncOutcome:
    """What one sync in the background did, for the status line."""

    summary: str  # one line: rows pushed and pulled
    waiting: int  # quiz results still waiting for the company record
    pulled: bool  # any records arrived: the screens show them
    new_content: bool  # content files were written: the course must be read again
    verified: bool  # the pull was checked (a manager's PC)
    problems: tuple[RecordedProblem, ...] = ()  # with verified: every problem kept, newest first
    unseen: int = 0  # how many of them no manager has looked at yet


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
    against that course's quizzes, and the outcome lists every problem this PC has found."""
    from sellertrain.core.server.sync import sync
    from sellertrain.core.store import Store
    from sellertrain.core.store.pull_problems import recorded_problems, unseen_count

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
            tuple(recorded_problems(store.conn)) if verify else (),
            unseen_count(store.conn) if verify else 0,
        )
    finally:
        store.close()
