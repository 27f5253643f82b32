"""Push: the desktop's new rows to the company record, in one server transaction.

Per table, parents first, every table read from one SQLite read snapshot (so a child always
finds its parent): the rows after the pushed watermark stream straight into the server table
with COPY, inside a savepoint. If the server already holds some of them (an earlier push that
committed there but was cut short before this PC noted it), the COPY hits a unique key: the
savepoint is rolled back and the rows go the careful way, COPY into a temporary table, then
``INSERT … SELECT … ON CONFLICT (key) DO NOTHING``. Tables linked into a hash chain (results,
the audit log) always go the careful way, in chain order, so the server's link trigger sees
each link after the one before it and a result for an attempt the server already holds is
set aside as a conflict (server_m003.sql), counted by a join with the temporary table. The
server's advisory lock is taken first, so pushes run one at a time and commit in
``server_seq`` order (see server_m001.sql).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.server.connection import ServerError, first_line, load_psycopg
from sellertrain.core.server.tables import SYNCED_TABLES, TABLES_BY_NAME, SyncedTable
from sellertrain.core.store.sync_rows import (
    Row,
    mark_synced,
    pulled_cursors,
    read_snapshot,
    unpushed_ends,
    unpushed_stream,
)

if TYPE_CHECKING:
    import psycopg

    from sellertrain.core.store.database import Store

WRITERS_LOCK = 5391010119  # the same number as serialize_writers() in server_m001.sql


def push(conn: psycopg.Connection[Any], store: Store) -> dict[str, int]:
    """Send every row not yet on the server; per table, how many the server did not have."""
    psycopg_module = load_psycopg()
    cursors = pulled_cursors(store.conn)
    added: dict[str, int] = {}
    caught_up: dict[str, int] = {}
    with read_snapshot(store.conn):
        ends = unpushed_ends(store.conn)
        if not ends:
            return {}
        try:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("SET LOCAL search_path TO sellertrain, pg_catalog")
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITERS_LOCK,))
                conflicts_seq = _last_seq(cur, TABLES_BY_NAME["result_conflicts"])
                results_conflict = False  # a pushed result is a conflict on the server
                for table in SYNCED_TABLES:
                    if table.name not in ends:
                        continue
                    rows = partial(unpushed_stream, store.conn, table.name, *ends[table.name])
                    before = _last_seq(cur, table)
                    added[table.name] = _push_table(cur, table, rows, results_conflict)
                    if table.name == "attempt_results":
                        among, new = _conflicts(cur, conflicts_seq)
                        results_conflict = among > 0
                        if new:
                            added["result_conflicts"] = new
                    if before == cursors[table.name]:
                        # nobody else wrote this table since our last pull: no need to pull ours
                        caught_up[table.name] = _last_seq(cur, table)
        except ServerError:
            raise
        except psycopg_module.errors.UniqueViolation as exc:
            raise ServerError(_conflict_message(exc)) from None
        except psycopg_module.errors.CheckViolation as exc:
            raise ServerError(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "nothing was pushed: the company record refused a record that does not "
                    "follow the head of its hash chain ({reason}); run verify-records on this PC",
                ).format(reason=first_line(exc))
            ) from None
        except psycopg_module.Error as exc:
            raise ServerError(
                QT_TRANSLATE_NOOP("Server", "push to the company record failed: {reason}").format(
                    reason=first_line(exc)
                )
            ) from None
    mark_synced(store, {name: last for name, (_after, last) in ends.items()}, caught_up)
    return added


def _conflict_message(exc: Exception) -> str:
    """One line for a pushed row that clashes with another PC's row (nothing was pushed)."""
    constraint = getattr(getattr(exc, "diag", None), "constraint_name", None) or ""
    if constraint in ("attempt_results_chain_key", "attempt_results_employee_id_chain_seq_key"):
        return QT_TRANSLATE_NOOP(
            "Server",
            "nothing was pushed: a quiz result here takes a place in an employee's chain on "
            "this PC that the company record already holds (was this database copied from "
            "another PC?)",
        )
    return QT_TRANSLATE_NOOP(
        "Server", "nothing was pushed: a row here clashes with another PC's ({reason})"
    ).format(reason=first_line(exc))


def _last_seq(cur: psycopg.Cursor[Any], table: SyncedTable) -> int:
    row = cur.execute(f"SELECT coalesce(max(server_seq), 0) FROM {table.name}").fetchone()
    return int(row[0]) if row else 0


def _conflicts(cur: psycopg.Cursor[Any], seq_before: int) -> tuple[int, int]:
    """Of the results just pushed, how many the server holds as conflicts, and how many of
    those it set aside in this push (after ``seq_before``)."""
    row = cur.execute(
        "SELECT count(*), count(*) FILTER (WHERE c.server_seq > %s) FROM result_conflicts AS c "
        "JOIN push_attempt_results AS p ON p.id = c.id",
        (seq_before,),
    ).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def _push_table(
    cur: psycopg.Cursor[Any],
    table: SyncedTable,
    rows: Callable[[], Iterable[Row]],
    results_conflict: bool,
) -> int:
    """Add the rows ``rows()`` gives that the server lacks; how many it lacked.

    Straight COPY into the table when it may take them as they are; the careful way when it
    already holds some of them, when the table is a hash chain, when some of the pushed
    results are conflicts (their answers are set aside), or when this login may not add rows.
    """
    allowed = cur.execute("SELECT has_table_privilege(%s, 'INSERT')", (table.name,)).fetchone()
    if not (allowed and allowed[0]):
        return _nothing_missing(cur, table, rows)
    if table.order or (table.name == "answers" and results_conflict):
        return _through_temporary(cur, table, rows)
    psycopg_module = load_psycopg()
    written = 0
    try:
        # in a savepoint: a row already there undoes only this COPY
        with (
            cur.connection.transaction(),
            cur.copy(f"COPY {table.name} ({table.column_list}) FROM STDIN") as copy,
        ):
            for row in rows():
                copy.write_row(row)
                written += 1
    except psycopg_module.errors.UniqueViolation:
        return _through_temporary(cur, table, rows)  # some are on the server already
    return written


def _copy_to_temporary(
    cur: psycopg.Cursor[Any], table: SyncedTable, rows: Callable[[], Iterable[Row]]
) -> str:
    temp = f"push_{table.name}"
    cur.execute(
        f"CREATE TEMPORARY TABLE {temp} ON COMMIT DROP AS "
        f"SELECT {table.column_list} FROM {table.name} WITH NO DATA"
    )
    with cur.copy(f"COPY {temp} ({table.column_list}) FROM STDIN") as copy:
        for row in rows():
            copy.write_row(row)
    return temp


def _nothing_missing(
    cur: psycopg.Cursor[Any], table: SyncedTable, rows: Callable[[], Iterable[Row]]
) -> int:
    """A table this login may not add to: fine when the server holds every row already."""
    temp = _copy_to_temporary(cur, table, rows)
    missing = cur.execute(
        f"SELECT count(*) FROM {temp} WHERE {table.key} NOT IN "
        f"(SELECT {table.key} FROM {table.name})"
    ).fetchone()
    if missing and missing[0]:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server",
                "this PC's server login may not add {table} ({count} new here); add them on a "
                "PC that signs in to the server as a manager, then sync again",
            ).format(table=table.name, count=missing[0])
        )
    return 0


def _through_temporary(
    cur: psycopg.Cursor[Any], table: SyncedTable, rows: Callable[[], Iterable[Row]]
) -> int:
    """COPY the rows into a temporary table, then add the ones the server lacks."""
    temp = _copy_to_temporary(cur, table, rows)
    if table.name == "answers" and _exists(cur, "push_attempt_results"):
        _set_aside_conflict_answers(cur)
    cur.execute(
        f"INSERT INTO {table.name} ({table.column_list}) SELECT {table.column_list} "
        f"FROM {temp}{' ORDER BY ' + table.order if table.order else ''} "
        f"ON CONFLICT ({table.key}) DO NOTHING"
    )
    return max(cur.rowcount, 0)


def _exists(cur: psycopg.Cursor[Any], temp: str) -> bool:
    row = cur.execute("SELECT to_regclass(%s) IS NOT NULL", (f"pg_temp.{temp}",)).fetchone()
    return bool(row and row[0])


def _set_aside_conflict_answers(cur: psycopg.Cursor[Any]) -> None:
    """Move the answers of a result the server kept as a conflict into conflict_answers.

    The link trigger (server_m003.sql) set such a result aside as it was inserted, before the
    answers: they belong to it, not to the attempt's first result.
    """
    cur.execute(
        "INSERT INTO conflict_answers (id, result_id, attempt_id, question_id, position, "
        "selected, selected_text, correct, score) SELECT n.id, c.id, n.attempt_id, "
        "n.question_id, n.position, n.selected, n.selected_text, n.correct, n.score "
        "FROM push_answers AS n JOIN result_conflicts AS c ON c.attempt_id = n.attempt_id "
        "JOIN push_attempt_results AS p ON p.id = c.id ON CONFLICT (id) DO NOTHING"
    )
    cur.execute(
        "DELETE FROM push_answers AS n USING result_conflicts AS c, push_attempt_results AS p "
        "WHERE c.attempt_id = n.attempt_id AND p.id = c.id"
    )
