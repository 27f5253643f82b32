"""The desktop's side of the company record: its server id, watermarks, new rows, pulled rows.

What has been pushed is a rowid per table (rows are only ever appended, so every row after the
watermark is new); what has been pulled is the server's ``server_seq`` per table. Both live in
``sync_state`` (schema 11). Pulled rows are inserted with ``ON CONFLICT DO NOTHING`` on their
key, so rows this desktop already holds are skipped, while any other uniqueness conflict (two
results in the same place of one chain) stops the pull instead of dropping a record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.server.tables import SYNCED_TABLES, TABLES_BY_NAME
from sellertrain.core.store.answer_keys import AnswerKeys
from sellertrain.core.store.conflicts import set_aside_pulled
from sellertrain.core.store.current_schema import (
    REBUILT_AFTER_BULK_WRITES,
    SUMMARY_FILL,
    SUMMARY_TABLES,
)
from sellertrain.core.store.errors import StoreError
from sellertrain.core.store.record_keys import RecordKeys
from sellertrain.core.store.sync_state import SERVER_ID, server_id

if TYPE_CHECKING:
    from sellertrain.core.store.database import Store

BULK_PULL_ROWS = 20_000  # from this many pulled rows, the summaries are computed once at the end
Row = tuple[Any, ...]


def join_server(store: Store, new_id: str) -> bool:
    """Make this database belong to the server ``new_id``; False if it already did.

    A database never changes company: joining a second server is refused.
    """
    with store.db.atomic():
        current = server_id(store.conn)
        if current == new_id:
            return False
        if current is not None:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "{path} belongs to another company record (server {server}); a database "
                    "never syncs with a second company. Start a new database for this one",
                ).format(path=store.path, server=current)
            )
        store.conn.execute("INSERT INTO sync_state (key, value) VALUES (?, ?)", (SERVER_ID, new_id))
    return True


def _marks(conn: sqlite3.Connection, prefix: str) -> dict[str, int]:
    rows = conn.execute(
        "SELECT key, value FROM sync_state WHERE key LIKE ?", (prefix + "%",)
    ).fetchall()
    found = {key[len(prefix) :]: int(value) for key, value in rows}
    return {table.name: found.get(table.name, 0) for table in SYNCED_TABLES}


def pushed_marks(conn: sqlite3.Connection) -> dict[str, int]:
    """Per table, the last local rowid known to be on the server."""
    return _marks(conn, "pushed.")


def pulled_cursors(conn: sqlite3.Connection) -> dict[str, int]:
    """Per table, the highest ``server_seq`` already pulled."""
    return _marks(conn, "pulled.")


@contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every table read inside it is read as of the same moment, so a
    child row read here always finds its parent read here too (or pushed before)."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def unpushed_ends(conn: sqlite3.Connection) -> dict[str, tuple[int, int]]:
    """Per table with rows after its pushed watermark: (the watermark, its last rowid now).

    Read inside ``read_snapshot``, with the rows themselves (``unpushed_stream``).
    """
    marks = pushed_marks(conn)
    found: dict[str, tuple[int, int]] = {}
    for table in SYNCED_TABLES:
        if not table.pushed:
            continue
        last = _last_rowid(conn, table.name)
        if last > marks[table.name]:
            found[table.name] = (marks[table.name], last)
    return found


def unpushed_stream(conn: sqlite3.Connection, table: str, after: int, last: int) -> Iterator[Row]:
    """The rows of ``table`` with a rowid in (after, last], in rowid order, one at a time."""
    columns = TABLES_BY_NAME[table].column_list
    yield from conn.execute(
        f"SELECT {columns} FROM {table} WHERE rowid > ? AND rowid <= ? ORDER BY rowid",
        (after, last),
    )


def _set(conn: sqlite3.Connection, key: str, value: int) -> None:
    conn.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


def mark_synced(store: Store, pushed: Mapping[str, int], pulled: Mapping[str, int]) -> None:
    """Move the pushed watermarks and pulled cursors forward (never back)."""
    with store.db.atomic():
        old_pushed, old_pulled = pushed_marks(store.conn), pulled_cursors(store.conn)
        for name, rowid in pushed.items():
            if rowid > old_pushed[name]:
                _set(store.conn, f"pushed.{name}", rowid)
        for name, seq in pulled.items():
            if seq > old_pulled[name]:
                _set(store.conn, f"pulled.{name}", seq)


def _last_rowid(conn: sqlite3.Connection, table: str) -> int:
    last: int = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
    return last


def insert_pulled(
    store: Store,
    chunks: Iterable[tuple[str, Sequence[Row]]],
    cursors: Mapping[str, int],
    expected_rows: int,
) -> dict[str, int]:
    """Insert pulled rows, chunk by chunk (parents first), in one transaction; how many were
    new, per table.

    ``chunks`` gives each table's rows in order, a few thousand at a time, so a pull of
    millions of rows never holds them all. The summary tables follow through their insert
    triggers; for a large pull (``expected_rows``: a new PC's first) the triggers and the
    answers-by-question index are dropped inside the transaction and the summaries computed
    once at the end, as bulk writes do. A table whose every local row was already pushed
    keeps that watermark at its end, so pulled rows are not pushed back.
    """
    added: dict[str, int] = {}
    conn = store.conn
    bulk = expected_rows >= BULK_PULL_ROWS
    with store.db.atomic():
        if bulk:  # in the same transaction: a kill leaves them as they were
            for item in REBUILT_AFTER_BULK_WRITES:
                conn.execute(item.drop)
        pushed = pushed_marks(conn)
        now = store.now()
        all_pushed: list[str] = []  # tables whose every local row was on the server
        answer_keys: AnswerKeys | None = None  # loaded when answers are pulled
        record_keys: RecordKeys | None = None  # and when reading records are
        for name, chunk in chunks:
            table = TABLES_BY_NAME[name]
            if name not in added:  # the table's first chunk
                added[name] = 0
                if pushed[name] >= _last_rowid(conn, name):
                    all_pushed.append(name)
            rows = set_aside_pulled(conn, name, chunk, now)  # an attempt submitted twice
            marks = ", ".join("?" for _ in table.columns)
            try:
                if name == "answers":  # a view (m020): written as its keys, known ids skipped
                    answer_keys = answer_keys or AnswerKeys(conn)
                    added[name] += answer_keys.insert(rows, skip_known=True)
                    continue
                if name == "lesson_events":  # a view (m026): written as its keys
                    record_keys = record_keys or RecordKeys(conn)
                    added[name] += record_keys.insert_lesson_events(rows, skip_known=True)
                    continue
                cursor = conn.executemany(
                    f"INSERT INTO {name} ({table.column_list}) VALUES ({marks}) "
                    f"ON CONFLICT ({table.key}) DO NOTHING",
                    rows,
                )
            except sqlite3.IntegrityError as exc:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "a pulled {table} row conflicts with one of this database ({problem}); "
                        "nothing was pulled",
                    ).format(table=name, problem=exc)
                ) from None
            added[name] += max(cursor.rowcount, 0)
        for name in all_pushed:
            _set(conn, f"pushed.{name}", _last_rowid(conn, name))
        for name, seq in cursors.items():
            _set(conn, f"pulled.{name}", seq)
        if bulk:
            for summary in SUMMARY_TABLES:
                conn.execute(f"DELETE FROM {summary}")
            for statement in SUMMARY_FILL:
                conn.execute(statement)
            for item in REBUILT_AFTER_BULK_WRITES:
                conn.execute(item.create)
    return added
