"""Opening a database file safely, and migrating it with the numbered steps in migrations/.

A shipped migration is never edited; a new one is added. Before migrating an existing file a
backup copy is written beside it; all missing steps then run in one transaction, so a kill
leaves the file fully before or fully after, and a failed step restores the copy.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message
from sellertrain.core.store.current_schema import APPEND_ONLY_TABLES, APPLICATION_ID
from sellertrain.core.store.errors import (
    StoreBusy,
    StoreError,
    busy_error,
    is_busy,
    sqlite_cause,
)
from sellertrain.core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from sellertrain.core.store.migrations import split_sql as _split_sql

if TYPE_CHECKING:  # importing sqlite-utils costs start-up time: the opener brings it in later
    from sellertrain.core.store.transactions import Database

__all__ = [
    "APPEND_ONLY_TABLES",
    "APPLICATION_ID",
    "BUSY_TIMEOUT_MS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "StoreBusy",
    "StoreError",
    "busy_error",
    "is_busy",
    "upgrade_pending",
    "utc_now",
]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5_000  # how long one statement waits for another connection's lock


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _inspect(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; refuse files that are not ours or are too new."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise
        if cause := sqlite_cause(exc):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store", "cannot open {path}: {problem}; the file was not changed"
                ).format(path=path, problem=cause)
            ) from None
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "{path} is not a SellerTrain database or is damaged ({problem}); the file was "
                "not changed. Choose another file with --db, or restore a backup.",
            ).format(path=path, problem=exc)
        ) from None
    ours = app_id == APPLICATION_ID or (app_id == 0 and version == 0 and tables == 0)
    if not ours:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "{path} is not a SellerTrain database; the file was not changed. Choose another "
                "file with --db.",
            ).format(path=path)
        )
    if version < 0:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "{path} has an impossible schema version ({version}): it was changed by another "
                "program or is damaged; the file was not changed. Restore a backup.",
            ).format(path=path, version=version)
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "{path} was written by a newer SellerTrain (schema {version}, this app knows "
                "{known}); the file was not changed. Update SellerTrain to open it.",
            ).format(path=path, version=version, known=SCHEMA_VERSION)
        )
    return version


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path`` (a URI: the path may hold any character)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def upgrade_pending(path: Path) -> bool:
    """Whether opening ``path`` would upgrade it: a SellerTrain database of an older schema.

    Read only, and False for anything else (no file, an empty one, not ours, unreadable):
    opening it says what is wrong. The app shows a notice while an upgrade runs, since a
    large database takes a while (m020 rewrites every answer: about 30 s for 1.3 million).
    """
    try:
        if path.stat().st_size == 0:
            return False
        conn = read_only(path)
    except (OSError, sqlite3.Error, ValueError):
        return False
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return bool(app_id == APPLICATION_ID and 0 < version < SCHEMA_VERSION)


def _backup(path: Path, version: int) -> Path:
    """Copy the database (a consistent snapshot) to ``NAME.vVERSION.bak`` beside it.

    The copy is written under a temporary name and renamed, so a kill never leaves a half
    copy under the backup's name.
    """
    target = path.with_name(f"{path.name}.v{version}.bak")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    # read through a connection of its own: the migrating one holds the write lock (nobody
    # changes the file meanwhile), and SQLite's backup cannot read through the connection
    # that holds it (it waits for the lock to go, for ever)
    source = read_only(path)
    copy = sqlite3.connect(str(partial))
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        copy.close()
        source.close()
    os.replace(partial, target)
    return target


def _restore(conn: sqlite3.Connection, backup: Path) -> None:
    """Write the backup copy's pages back into the open database (the backup API, in reverse)."""
    source = read_only(backup)
    try:
        source.backup(conn)
    finally:
        source.close()


def _unchanged(conn: sqlite3.Connection, version: int, target: int) -> bool:
    """After a rolled-back upgrade: is the file sound, and at the old (or the new) version?"""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    return current in (version, target) and conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def _migrate(db: Database, path: Path, version: int) -> None:
    """Run the missing numbered migrations after a backup copy, all in one transaction.

    One transaction makes the upgrade all-or-nothing even when the process is killed. If a
    step fails, the transaction is rolled back; should the file then not be exactly at its
    old version and sound, the backup copy is written back. The copy stays beside the file.
    """
    target = len(MIGRATIONS)
    if version >= target:
        return
    backup = None
    number, holding = version, False
    try:
        with db.atomic():  # BEGIN IMMEDIATE: a second app waits here for the first to finish
            holding = True
            # read again under the lock: another app may have upgraded the file meanwhile;
            # and the copy is made under it, so two apps never write one copy at once
            version = current = db.conn.execute("PRAGMA user_version").fetchone()[0]
            if current > 0 and current < target:
                backup = _backup(path, current)
                log.info("backed up %s to %s before migrating", path, backup)
            for number in range(current + 1, target + 1):
                log.info("migrating %s to schema %d", path, number)
                for statement in _split_sql(MIGRATIONS[number - 1]):
                    db.conn.execute(statement)
                db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.conn.execute(f"PRAGMA user_version = {number}")
    except (sqlite3.Error, StoreError) as exc:
        if not holding:  # never got the lock (another app is busy with it): nothing changed
            raise
        log.error("migrating %s to schema %d failed: %s", path, number, exc)
        undone = QT_TRANSLATE_NOOP("Store", "the upgrade was undone")
        if backup is not None and not _unchanged(db.conn, version, target):
            _restore(db.conn, backup)
            undone = QT_TRANSLATE_NOOP(
                "Store", "the upgrade was undone and the copy made before it was written back"
            )
        raise StoreError(_upgrade_failed(path, number, exc, undone, backup)) from None


def _upgrade_failed(
    path: Path, number: int, exc: BaseException, undone: str, backup: Path | None
) -> str:
    """The refusal when migrating to schema ``number`` failed and was undone."""
    if backup is None:
        return QT_TRANSLATE_NOOP(
            "Store",
            "upgrading {path} to schema {number} failed ({problem}); {undone}, so your "
            "records are as they were. Keep using the previous SellerTrain version and report "
            "this problem",
        ).format(path=path, number=number, problem=error_message(exc), undone=undone)
    return QT_TRANSLATE_NOOP(
        "Store",
        "upgrading {path} to schema {number} failed ({problem}); {undone}, so your records "
        "are as they were (a copy is kept as {copy}). Keep using the previous SellerTrain "
        "version and report this problem",
    ).format(path=path, number=number, problem=error_message(exc), undone=undone, copy=backup.name)
