"""Write transactions that wait their turn: ``BEGIN IMMEDIATE`` with a bounded retry on BUSY.

sqlite-utils' ``atomic()`` starts a deferred transaction. In WAL mode a deferred transaction
that has read and then tries to write fails at once with SQLITE_BUSY_SNAPSHOT when another
connection committed meanwhile: the busy timeout does not help, and the user would see
"database is locked". Taking the write lock at ``BEGIN`` makes the busy timeout apply; the
retry on top of it covers a second SellerTrain that holds the lock for longer.
"""

from __future__ import annotations

import contextlib
import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterator

import sqlite_utils

from sellertrain.core.store.errors import busy_error, is_busy

log = logging.getLogger(__name__)

WRITE_RETRIES = 3  # tries after the first one, each after a short pause


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost ``atomic()`` takes the write lock at BEGIN."""

    write_retries = WRITE_RETRIES
    retry_pause = 0.05  # seconds before the first retry; doubles each time
    # run (outside the lock) before the first write; it raises to refuse the write, else it
    # is not run again (the Store checks the file's triggers and pages here: integrity.py)
    before_first_write: Callable[[], None] | None = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One write transaction (a savepoint when nested): all of the block, or none of it."""
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        if self.before_first_write is not None:
            self.before_first_write()
            self.before_first_write = None
        self._retry(lambda: self.conn.execute("BEGIN IMMEDIATE"), "BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self._retry(lambda: self.conn.execute("COMMIT"), "COMMIT")
        except BaseException:
            self.rollback()
            raise

    @contextlib.contextmanager
    def scratch(self) -> Iterator[Database]:
        """A transaction for TEMP tables only (a report's working lists): it takes no write
        lock on the file, so it neither waits for nor blocks a writer, and needs none of the
        checks a write to the records gets (a read-only report must not pay for them)."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self.conn.execute("COMMIT")

    def _retry(self, step: Callable[[], object], what: str) -> None:
        """Run ``step``; on BUSY pause and try again, at most ``write_retries`` more times."""
        for attempt in range(self.write_retries + 1):
            try:
                step()
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
                if attempt == self.write_retries:
                    log.warning("%s: still busy after %d tries; giving up", what, attempt + 1)
                    raise busy_error() from None
                pause = self.retry_pause * 2**attempt * random.uniform(0.5, 1.5)
                log.info("%s: database busy, try %d; waiting %.2f s", what, attempt + 1, pause)
                time.sleep(pause)
