"""The store's errors, and telling "someone else holds the lock" from a real failure."""

from __future__ import annotations

import sqlite3

from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message


class StoreError(Exception):
    """A database problem the user can act on; the message says what to do."""


class StoreBusy(StoreError):
    """Another program held the database for longer than the retries allow."""


def busy_error() -> StoreBusy:
    return StoreBusy(
        QT_TRANSLATE_NOOP(
            "Store",
            "the database is busy: another SellerTrain (or a backup) is writing to "
            "it. Nothing was lost; try again in a moment",
        )
    )


_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def is_busy(exc: BaseException) -> bool:
    """Whether a sqlite3 error means "someone else holds the lock" (BUSY or LOCKED)."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    message = str(exc).lower()
    return "database is locked" in message or "database is busy" in message


_SQLITE_IOERR, _SQLITE_READONLY, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 8, 13, 14
_CAUSES = {
    _SQLITE_FULL: QT_TRANSLATE_NOOP("Store", "the disk is full: free some space and try again"),
    _SQLITE_READONLY: QT_TRANSLATE_NOOP(
        "Store", "the database file (or its folder) is read-only: check its permissions"
    ),
    _SQLITE_CANTOPEN: (
        QT_TRANSLATE_NOOP(
            "Store",
            "the file cannot be opened: check that you may read and write it and its "
            "folder (SQLite writes a journal file beside it)",
        )
    ),
    _SQLITE_IOERR: QT_TRANSLATE_NOOP(
        "Store", "the disk reported an input/output error: check the disk, then try again"
    ),
}


def sqlite_cause(exc: BaseException) -> str | None:
    """What a sqlite3 error means for the user (full disk, read-only file, cannot open, I/O
    error, someone else's lock), or None for an error that says nothing about the file."""
    if not isinstance(exc, sqlite3.Error):
        return None
    if is_busy(exc):
        return error_message(busy_error())
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _CAUSES:
        return _CAUSES[code & 0xFF]
    message = str(exc).lower()
    for words, primary in (
        ("disk is full", _SQLITE_FULL),
        ("readonly", _SQLITE_READONLY),
        ("unable to open", _SQLITE_CANTOPEN),
        ("disk i/o error", _SQLITE_IOERR),
    ):
        if words in message:
            return _CAUSES[primary]
    return None
