"""What the Store asks of the company record before a write that must be decided there.

Two writes cannot be merged after the fact, so on a database that belongs to a company record
they are made on the server first: a new employee (the same name added on two PCs must not
become two people), a lesson publication (the server assigns the revision, so two authors
cannot both publish revision 3), a draft made live (refused when someone else published that
lesson or quiz first) and an author's quiz publication (the server refuses it when
someone else published that quiz first, so two authors cannot both replace the same version). The server side is ``core/server/link.py``; it is attached to
a Store by whoever opens it with a server address (``attach_company``). Without one, such a
write on a joined database is refused: nothing is ever decided offline that the company
record would have to undo.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, Protocol

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.store.errors import StoreError

Row = tuple[Any, ...]


class CompanyLink(Protocol):
    """The company server, as the Store's writes need it (raises StoreError in one line)."""

    def add_employees(self, employees: Sequence[Row], departments: Sequence[Row]) -> None:
        """Add these employee rows (every column of ``employees``) and departments there."""

    def publish(
        self,
        publication: dict[str, Any],
        section_texts: Sequence[Row],
        material: bool,
        files: Sequence[Row] = (),
        new: bool = False,
    ) -> int:
        """Record the publication there (its ``revision`` left out) with the content files it
        carries, (path, sha256, bytes) each; the revision it got. ``new``: a draft made live,
        StoreError when the lesson or a file of one of its names is there already."""

    def publish_quiz(
        self, publication: dict[str, Any], files: Sequence[Row] = (), new: bool = False
    ) -> None:
        """Record an author's quiz publication there (every column of ``quiz_publications``)
        with the files it carries, (path, sha256, bytes) each; StoreError when the latest
        publication there is not of its ``previous_version`` (someone else published first),
        or, ``new`` (a draft made live), when the quiz or a file of its names is there."""


def needs_server(
    conn: sqlite3.Connection, link: CompanyLink | None, what: str
) -> CompanyLink | None:
    """The link to use for ``what`` (None: the database joined no company record).

    StoreError when the database belongs to a company record but no server is configured.
    """
    joined = conn.execute("SELECT 1 FROM sync_state WHERE key = 'server_id'").fetchone()
    if joined is None:
        return None
    if link is None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Store",
                "{what} needs the company server: this database belongs to a company record; "
                "set SELLERTRAIN_SERVER to its address (or join with 'sellertrain init "
                "--server')",
            ).format(what=what)
        )
    return link
