"""The Store: every read and write of training records (all of SellerTrain's SQL is in this package).

Training records are append-only: every row has a UUID and is never updated or deleted
(triggers refuse it), so history stays honest and several machines' records can be merged.
Every write is one ``BEGIN IMMEDIATE`` transaction with a bounded retry (see transactions.py),
and the changes a manager would ask "who did this?" about add an audit row in the same
transaction (see audit.py).

The Store owns the connection and the transactions; the reads and writes of each domain are
in a mixin of their own (employees.py, reading.py, attempts.py, assignments.py, ...), none of
which overrides another's methods.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sellertrain.core.message import QT_TRANSLATE_NOOP, os_reason
from sellertrain.core.store.assignments import AssignmentRecords
from sellertrain.core.store.attempts import AttemptRecords
from sellertrain.core.store.audit import CONTENT_PUBLISHED
from sellertrain.core.store.bulk import BulkWrites
from sellertrain.core.store.certificates import CertificateRecords
from sellertrain.core.store.compaction import compact_after_upgrade
from sellertrain.core.store.departments import DepartmentRecords
from sellertrain.core.store.employees import SignIn
from sellertrain.core.store.errors import StoreError, busy_error, is_busy
from sellertrain.core.store.extensions import ExtensionRecords
from sellertrain.core.store.integrity import missing_triggers, quick_check, tampered_message
from sellertrain.core.store.reading import ReadingRecords
from sellertrain.core.store.rechecks import RecheckQueries
from sellertrain.core.store.reporting import ReportingQueries
from sellertrain.core.store.schema import (
    SCHEMA_VERSION,
    _connect,
    _inspect,
    _iso,
    _migrate,
    utc_now,
)
from sellertrain.core.store.staff import StaffRecords
from sellertrain.core.store.weak_spots import WeakSpotQueries

if TYPE_CHECKING:
    from sellertrain.core.store.company_link import CompanyLink
    from sellertrain.core.store.transactions import Database

__all__ = ["SignIn", "Store"]

OPEN_RETRIES = 3  # a second app migrating or switching to WAL at the same moment


class Store(
    StaffRecords,
    ReadingRecords,
    AttemptRecords,
    AssignmentRecords,
    ReportingQueries,
    BulkWrites,
    RecheckQueries,
    CertificateRecords,
    ExtensionRecords,
    DepartmentRecords,
    WeakSpotQueries,
):
    """An open SellerTrain database. Every read and write of the app goes through it."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, clock: Callable[[], dt.datetime]
    ) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self._db: Database | None = None
        # why nothing may be written to this file (None: it may); see integrity.py
        self.refusal: str | None = None
        # the company server, for the writes it must decide (see company_link.py)
        self.company: CompanyLink | None = None
        if missing := missing_triggers(conn):
            self.refusal = tampered_message(path, missing)

    @property
    def db(self) -> Database:
        """The sqlite-utils Database over the same connection, made on first use.

        Importing sqlite-utils takes about 0.1 s (it pulls in click, pluggy and dateutil);
        the first screen only reads through ``conn``, so start-up does not pay for it.
        """
        if self._db is None:
            from sellertrain.core.store.transactions import Database

            self._db = Database(self.conn, execute_plugins=False)
            self._db.before_first_write = self._check_before_writing
        return self._db

    def _check_before_writing(self) -> None:
        """Refuse to write to a file whose safeguards were removed or whose pages are damaged."""
        if self.refusal is not None:
            raise StoreError(self.refusal)
        quick_check(self.conn, self.path)

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, clock: Callable[[], dt.datetime] = utc_now) -> Store:
        """Open (migrating if need be) the database at ``path``; raise StoreError if unusable.

        A missing file is an error naming the path (``create`` makes a new database). A file
        that is not ours, is damaged or is from a newer SellerTrain is not changed.
        """
        path = Path(path)
        if not path.exists():
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "the database {path} does not exist; check the path, or start a new database",
                ).format(path=path)
            )
        return cls._connect_retrying(path, clock)

    @classmethod
    def create(cls, path: Path | str, clock: Callable[[], dt.datetime] = utc_now) -> Store:
        """Make a new, empty database at ``path`` (and its folder) and open it.

        Creating never wipes or replaces anything: when ``path`` already exists (another
        copy of the app created it a moment ago, say) it is opened as ``open`` would, with
        the same checks, so an existing database keeps every record.
        """
        return cls._connect_retrying(Path(path), clock)

    @classmethod
    def _connect_retrying(cls, path: Path, clock: Callable[[], dt.datetime]) -> Store:
        for attempt in range(OPEN_RETRIES + 1):
            try:
                return cls(_open_database(path), path, clock)
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise StoreError(_CANNOT_USE.format(path=path, problem=exc)) from None
                if attempt == OPEN_RETRIES:
                    raise busy_error() from None
                time.sleep(0.1 * 2**attempt)
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.conn.close()

    def now(self) -> str:
        return _iso(self.clock())

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def transaction(self) -> contextlib.AbstractContextManager[Database]:
        """A context manager making several Store writes one transaction: all, or none."""
        return self.db.atomic()

    def record_content_published(
        self,
        actor_id: str | None,
        file: str,
        details: Mapping[str, Any] | None = None,
        action: str = CONTENT_PUBLISHED,
    ) -> None:
        """Record that an author saved (published) a content file in a new version; with
        ``action`` another change to the course's files (a draft saved, questions imported)."""
        with self.db.atomic():
            self._audit(actor_id, action, file, details)


_CANNOT_USE = QT_TRANSLATE_NOOP("Store", "cannot use {path}: {problem}")


def _open_database(path: Path) -> sqlite3.Connection:
    """Connect, refuse files that are not ours, switch to WAL and migrate."""
    try:
        conn = _connect(path)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Store", "cannot open {path}: {problem}").format(
                path=path, problem=os_reason(exc) if isinstance(exc, OSError) else exc
            )
        ) from None
    try:
        version = _inspect(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        if version < SCHEMA_VERSION:
            from sellertrain.core.store.transactions import Database

            _migrate(Database(conn, execute_plugins=False), path, version)
            if version > 0:  # an existing file: hand back what rebuilt tables left free
                compact_after_upgrade(conn, path)
    except StoreError:
        conn.close()
        raise
    except sqlite3.OperationalError:
        conn.close()
        raise  # Store.open retries a busy database and reports the rest
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(_CANNOT_USE.format(path=path, problem=exc)) from None
    return conn
