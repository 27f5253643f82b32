"""The store's errors, and telling "someone else holds the lock" from a real failure."""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """A database problem the user can act on; the message says what to do."""


class StoreBusy(StoreError):
    """Another program held the database for longer than the retries allow."""


def busy_error() -> StoreBusy:
    return StoreBusy(
        "the database is busy: another SellerTrain (or a backup) is writing to it. "
        "Nothing was lost; try again in a moment"
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
