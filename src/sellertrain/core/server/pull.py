"""Pull: the rows the desktop lacks, from one consistent snapshot of the company record.

Rows come after each table's pulled cursor (``server_seq``). That is safe only because every
writer takes the server's advisory lock before it gets a ``server_seq`` and holds it until it
commits: a row that commits late can never sit below a cursor already handed out (a test shows
the naive cursor losing such a row on a table without the lock). All tables are read in one
REPEATABLE READ transaction, so children never arrive without their parents; the end of each
table's pull is fixed at the start, as the highest ``server_seq`` of that snapshot, and becomes
its cursor. The rows stream through a server-side cursor a chunk at a time, straight into the
local transaction, so a first pull of millions of rows holds only one chunk in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.server.connection import ServerError, first_line, load_psycopg
from sellertrain.core.server.tables import SYNCED_TABLES
from sellertrain.core.store import sync_rows
from sellertrain.core.store.sync_rows import Row, insert_pulled, pulled_cursors

if TYPE_CHECKING:
    import psycopg

    from sellertrain.core.store.database import Store

CHUNK_ROWS = 5_000  # rows per fetch from the server-side cursor


def snapshot_ends(cur: psycopg.Cursor[Any]) -> dict[str, int]:
    """Per table, the highest ``server_seq`` in this transaction's snapshot (0: empty)."""
    ends = ", ".join(
        f"(SELECT coalesce(max(server_seq), 0) FROM {table.name})" for table in SYNCED_TABLES
    )
    row = cur.execute(f"SELECT {ends}").fetchone()
    assert row is not None
    return {table.name: int(end) for table, end in zip(SYNCED_TABLES, row, strict=True)}


def stream_rows(
    conn: psycopg.Connection[Any],
    cursors: Mapping[str, int],
    ends: Mapping[str, int],
    chunk_rows: int = CHUNK_ROWS,
) -> Iterator[tuple[str, list[Row]]]:
    """Per table in push order, its rows in (cursor, end], ``chunk_rows`` at a time."""
    for table in SYNCED_TABLES:
        if ends[table.name] <= cursors[table.name]:
            continue
        with conn.cursor(name=f"pull_{table.name}") as server_side:
            server_side.execute(
                f"SELECT {table.column_list} FROM {table.name} "
                "WHERE server_seq > %s AND server_seq <= %s ORDER BY server_seq",
                (cursors[table.name], ends[table.name]),
            )
            while chunk := server_side.fetchmany(chunk_rows):
                yield table.name, chunk


def _expected_rows(
    cur: psycopg.Cursor[Any], cursors: Mapping[str, int], moved: Mapping[str, int]
) -> int:
    """How many rows this pull brings: counted only when the ``server_seq`` span says it may
    be a large pull (the span overcounts: a push rolled back leaves gaps in the numbering)."""
    span = sum(end - cursors[name] for name, end in moved.items())
    if span < sync_rows.BULK_PULL_ROWS:
        return span
    counted = 0
    for name, end in moved.items():
        row = cur.execute(
            f"SELECT count(*) FROM {name} WHERE server_seq > %s AND server_seq <= %s",
            (cursors[name], end),
        ).fetchone()
        counted += int(row[0]) if row else 0
    return counted


def pull(
    conn: psycopg.Connection[Any], store: Store, chunk_rows: int = CHUNK_ROWS
) -> dict[str, int]:
    """Add to the local database every row it lacks; per table, how many were new here."""
    psycopg_module = load_psycopg()
    cursors = pulled_cursors(store.conn)
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cur.execute("SET LOCAL search_path TO sellertrain, pg_catalog")
            ends = snapshot_ends(cur)  # the snapshot's first query: it fixes the end
            moved = {name: end for name, end in ends.items() if end > cursors[name]}
            if not moved:
                return {}
            expected = _expected_rows(cur, cursors, moved)
            chunks = stream_rows(conn, cursors, ends, chunk_rows)
            return insert_pulled(store, chunks, moved, expected)
    except psycopg_module.Error as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP("Server", "pull from the company record failed: {reason}").format(
                reason=first_line(exc)
            )
        ) from None
