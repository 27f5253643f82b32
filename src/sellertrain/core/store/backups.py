"""Backups while the app runs, and checked restores (SQLite's online backup API).

A backup is a consistent snapshot even while another SellerTrain is writing: the backup API
copies the pages of one read transaction. A restore checks the file first (integrity, that it
is a SellerTrain database, not from a newer version), copies the current database aside, and
only then writes the backup's pages into it, so other connections see the change safely.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message
from sellertrain.core.store.errors import sqlite_cause
from sellertrain.core.store.integrity import quick_check
from sellertrain.core.store.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    StoreError,
    _connect,
    is_busy,
    read_only,
)

log = logging.getLogger(__name__)

_RETRIES = 4


@dataclass(frozen=True)
class BackupInfo:
    """What a backup (or a restored database) holds; ``aside`` is the replaced database's copy."""

    path: Path
    schema_version: int
    employees: int
    attempts: int
    aside: Path | None = None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _with_retry(step: Callable[[], object], what: str) -> None:
    """Run ``step``; when another connection holds the lock, wait and try again."""
    for attempt in range(_RETRIES + 1):
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or attempt == _RETRIES:
                raise
            log.info("%s: database busy, trying again", what)
            time.sleep(0.1 * 2**attempt)


def _copy_pages(source: sqlite3.Connection, dest: sqlite3.Connection) -> None:
    """``source.backup(dest)``, giving up after the busy timeout: Python's backup() retries
    a locked step forever, so a restore waited without limit for another writer."""
    import sellertrain.core.store.schema as schema  # read when called: tests shorten it

    deadline = time.monotonic() + schema.BUSY_TIMEOUT_MS / 1000

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (5, 6) and time.monotonic() > deadline:  # SQLITE_BUSY, SQLITE_LOCKED
            raise sqlite3.OperationalError("database is locked")

    source.backup(dest, progress=progress, sleep=0.05)


def _snapshot(conn: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``conn``'s database to ``target`` as one self-contained file."""
    target.unlink(missing_ok=True)
    copy = sqlite3.connect(str(target))
    try:
        _with_retry(lambda: _copy_pages(conn, copy), "backup")
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()


def _check(path: Path, what: str) -> tuple[int, int, int]:
    """Schema version, employees and attempts of a copy; StoreError unless sound and ours."""
    conn = read_only(path)
    try:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store", "{what} is not a SellerTrain database or is damaged ({problem})"
                ).format(what=what, problem=exc)
            ) from None
        if [row[0] for row in result] != ["ok"]:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "{what} is damaged (integrity check: {problem})").format(
                    what=what, problem=result[0][0]
                )
            )
        if app_id != APPLICATION_ID or version < 1:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "{what} is not a SellerTrain database").format(what=what)
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "{what} was written by a newer SellerTrain (schema {version}, this app "
                    "knows {known}); update SellerTrain first",
                ).format(what=what, version=version, known=SCHEMA_VERSION)
            )
        employees = conn.execute("SELECT count(*) FROM employees").fetchone()[0]
        attempts = (
            conn.execute("SELECT count(*) FROM attempts").fetchone()[0] if version >= 2 else 0
        )
        return version, employees, attempts
    finally:
        conn.close()


def backup_database(source: Path, target: Path) -> BackupInfo:
    """Copy the database at ``source`` to ``target`` (replaced atomically), checked afterwards.

    Safe while the app runs on ``source``; the source is only read.
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store", "there is no database at {path}; nothing was backed up"
            ).format(path=source)
        )
    if _same_file(source, target):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store", "{path} is the database itself; choose another file for the backup"
            ).format(path=target)
        )
    if target.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store", "{path} is a folder; give a file name for the backup"
            ).format(path=target)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    conn = _connect(source)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store", "{what} is not a SellerTrain database or is damaged ({problem})"
                ).format(what=source, problem=exc)
            ) from None
        if app_id != APPLICATION_ID:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store", "{path} is not a SellerTrain database; nothing was backed up"
                ).format(path=source)
            )
        quick_check(conn, source)  # a copy of damaged pages is no backup
        _snapshot(conn, partial)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store", "the backup of {path} failed ({problem}); nothing was written"
            ).format(path=source, problem=error_message(exc))
        ) from None
    finally:
        conn.close()
    try:
        version, employees, attempts = _check(
            partial, QT_TRANSLATE_NOOP("Store", "the backup copy")
        )
    except StoreError:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    log.info("backed up %s to %s", source, target)
    return BackupInfo(target, version, employees, attempts)


def _set_aside(target: Path) -> Path:
    """Copy the current database next to itself before it is replaced; return the copy."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}.before-restore-{stamp}.bak")
    # written under a name that says it is unfinished, and renamed only when whole: a full
    # disk must not leave a truncated copy that looks like the safe one
    partial = aside.with_name(f".{aside.name}.partial")
    wal = target.with_name(target.name + "-wal")
    conn = _connect(target)
    try:
        try:
            _snapshot(conn, partial)
        except sqlite3.DatabaseError as exc:
            if sqlite_cause(exc) is not None:  # full, read-only, I/O error, busy: not the file
                raise
            # not readable as a database (that may be why it is restored): keep its raw bytes
            partial.unlink(missing_ok=True)
            shutil.copy2(target, partial)
            if wal.exists():
                shutil.copy2(wal, aside.with_name(aside.name + "-wal"))
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        cause = sqlite_cause(exc) or error_message(exc)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "cannot keep a copy of {path} before restoring ({problem}); nothing was replaced",
            ).format(path=target, problem=cause)
        ) from None
    finally:
        conn.close()
    os.replace(partial, aside)
    return aside


def _wait_for_writers(target: Path) -> None:
    """Wait (up to the busy timeout) until no other connection is writing to ``target``.

    A restore must not set the file aside while another program's transaction is still open:
    the copy would miss what it is about to commit. StoreError when the writer stays.
    """
    try:
        conn = _connect(target)
    except sqlite3.DatabaseError:
        return  # not a database at all: the steps after keep its bytes and replace it
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        if not is_busy(exc):
            return  # not a busy file: the steps after say what is wrong with it
        raise _still_writing(target) from None
    finally:
        conn.close()


def _still_writing(target: Path) -> StoreError:
    import sellertrain.core.store.schema as schema  # read when called: tests shorten it

    seconds = schema.BUSY_TIMEOUT_MS / 1000
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Store",
            "another program is still writing to {path} (waited {seconds} s): close "
            "SellerTrain on the other computers, or wait, and try again; nothing was replaced",
        ).format(path=target, seconds=f"{seconds:g}")
    )


def _write_into(staged: Path, target: Path) -> None:
    """Replace ``target``'s content with ``staged``'s pages (other connections stay valid).

    The copy is one write transaction on ``target``: when another writer holds the lock
    past the busy timeout it fails whole, and ``target`` is as it was.
    """
    source = read_only(staged)
    try:
        dest = _connect(target)
        try:
            _copy_pages(source, dest)
        finally:
            dest.close()
    finally:
        source.close()


def restore_database(
    backup: Path, target: Path, before_replacing: Callable[[], None] | None = None
) -> BackupInfo:
    """Replace the database at ``target`` with the backup, after checking the backup.

    Nothing is replaced unless the backup passes ``PRAGMA integrity_check``, is a SellerTrain
    database and is not from a newer version. The current database is copied aside first.
    ``before_replacing`` runs once the backup is known good (the command line signs in
    there); an exception from it stops the restore with nothing replaced.
    """
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP("Store", "{path} does not exist; nothing was replaced").format(
                path=backup
            )
        )
    if _same_file(backup, target):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store", "{path} is the database itself; nothing was replaced"
            ).format(path=backup)
        )
    with tempfile.TemporaryDirectory(prefix="sellertrain-restore-") as folder:
        staged = Path(folder) / "staged.db"
        try:
            # through the backup API, so a backup taken as a live WAL database comes whole
            reader = read_only(backup)
            try:
                _snapshot(reader, staged)
            finally:
                reader.close()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "{path} is not a SellerTrain database or is damaged ({problem}); nothing was "
                    "replaced",
                ).format(path=backup, problem=exc)
            ) from None
        try:
            version, employees, attempts = _check(staged, str(backup))
        except StoreError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("Store", "{problem}; nothing was replaced").format(
                    problem=error_message(exc)
                )
            ) from None
        if before_replacing is not None:
            before_replacing()
        aside = None
        if target.exists() and target.stat().st_size > 0:
            _wait_for_writers(target)
            aside = _set_aside(target)
            log.info("copied %s to %s before restoring %s", target, aside, backup)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            _write_into(staged, target)
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):  # a writer came back: the copy failed whole, nothing replaced
                if aside is not None:
                    aside.unlink(missing_ok=True)
                raise _still_writing(target) from None
            cause = sqlite_cause(exc)
            if aside is None or cause is not None:  # a full disk, say: not a damaged file
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Store", "cannot restore into {path} ({problem}); nothing was replaced"
                    ).format(path=target, problem=cause or str(exc))
                ) from None
            # the current file is not a database at all: start it afresh from the backup
            for path in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
                path.unlink(missing_ok=True)
            _write_into(staged, target)
    _check(target, str(target))
    log.info("restored %s into %s", backup, target)
    return BackupInfo(target, version, employees, attempts, aside)
