"""Pull: the rows the desktop lacks, from one consistent snapshot of the company record.

Rows come after each table's pulled cursor (``server_seq``). That is safe only because every
writer takes the server's advisory lock before it gets a ``server_seq`` and holds it until it
commits: a row that commits late can never sit below a cursor already handed out (a test shows
the naive cursor losing such a row on a table without the lock). All tables are read in one
REPEATABLE READ transaction, so children never arrive without their parents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sellertrain.core.server.connection import ServerError, first_line, load_psycopg
from sellertrain.core.server.tables import SYNCED_TABLES
from sellertrain.core.store.sync_rows import Row, insert_pulled, pulled_cursors

if TYPE_CHECKING:
    import psycopg

    from sellertrain.core.store.database import Store


def fetch_new_rows(
    conn: psycopg.Connection[Any], cursors: dict[str, int]
) -> tuple[dict[str, list[Row]], dict[str, int]]:
    """Per table, the rows after its cursor and the cursor after them."""
    psycopg_module = load_psycopg()
    batches: dict[str, list[Row]] = {}
    moved: dict[str, int] = {}
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cur.execute("SET LOCAL search_path TO sellertrain, pg_catalog")
            for table in SYNCED_TABLES:
                rows = cur.execute(
                    f"SELECT server_seq, {table.column_list} FROM {table.name} "
                    "WHERE server_seq > %s ORDER BY server_seq",
                    (cursors[table.name],),
                ).fetchall()
                if rows:
                    batches[table.name] = [tuple(row[1:]) for row in rows]
                    moved[table.name] = int(rows[-1][0])
    except psycopg_module.Error as exc:
        raise ServerError(f"pull from the company record failed: {first_line(exc)}") from None
    return batches, moved


def pull(conn: psycopg.Connection[Any], store: Store) -> dict[str, int]:
    """Add to the local database every row it lacks; per table, how many were new here."""
    batches, moved = fetch_new_rows(conn, pulled_cursors(store.conn))
    if not batches:
        return {}
    return insert_pulled(store, batches, moved)
