"""The base of every part (mixin) of the Store: what the Store itself provides to them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sellertrain.core.store.transactions import Database


class StorePart:
    """Reads and writes of one domain; the Store provides the connection and the clock."""

    path: Path  # the database file (Store.path)

    @property
    def db(self) -> Database:
        """The database connection (Store.db)."""
        raise NotImplementedError

    def now(self) -> str:
        """The current time as stored (Store.now)."""
        raise NotImplementedError
