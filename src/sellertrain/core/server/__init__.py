"""The company record: every desktop pushes its append-only rows to a shared PostgreSQL and
pulls what it lacks (issue 19). psycopg is optional: see connection.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sellertrain.core.store import Store


def attach_company_if_joined(store: Store) -> None:
    """``link.attach_company`` on a database that joined a company record; on any other the
    server code is not even imported (5-8 ms of opening a store: the app, a worker, the CLI)."""
    from sellertrain.core.store.sync_state import server_id

    if server_id(store.conn) is not None:
        from sellertrain.core.server.link import attach_company

        attach_company(store)
