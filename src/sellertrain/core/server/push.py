"""Push: the desktop's new rows to the company record, in one server transaction.

Per table, parents first: COPY the rows after the pushed watermark into a temporary table,
then ``INSERT … SELECT … ON CONFLICT (key) DO NOTHING`` (a row already there, from an earlier
push that was cut short, is skipped). The server's advisory lock is taken first, so pushes run
one at a time and commit in ``server_seq`` order (see server_m001.sql).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sellertrain.core.server.connection import ServerError, first_line, load_psycopg
from sellertrain.core.server.tables import SYNCED_TABLES, SyncedTable
from sellertrain.core.store.sync_rows import Row, mark_synced, pulled_cursors, unpushed_rows

if TYPE_CHECKING:
    import psycopg

    from sellertrain.core.store.database import Store

WRITERS_LOCK = 5391010119  # the same number as serialize_writers() in server_m001.sql


def push(conn: psycopg.Connection[Any], store: Store) -> dict[str, int]:
    """Send every row not yet on the server; per table, how many the server did not have."""
    psycopg_module = load_psycopg()
    batches = unpushed_rows(store.conn)
    if not batches:
        return {}
    cursors = pulled_cursors(store.conn)
    added: dict[str, int] = {}
    caught_up: dict[str, int] = {}
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SET LOCAL search_path TO sellertrain, pg_catalog")
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITERS_LOCK,))
            result_ids = [row[0] for row in batches.get("attempt_results", (0, []))[1]]
            conflicts_before = _conflicts(cur, result_ids)
            for table in SYNCED_TABLES:
                if table.name not in batches:
                    continue
                before = _last_seq(cur, table)
                added[table.name] = _push_table(cur, table, batches[table.name][1], result_ids)
                if before == cursors[table.name]:
                    # nobody else wrote this table since our last pull: no need to pull ours back
                    caught_up[table.name] = _last_seq(cur, table)
            if conflicts := _conflicts(cur, result_ids) - conflicts_before:
                added["result_conflicts"] = conflicts
    except ServerError:
        raise
    except psycopg_module.errors.UniqueViolation as exc:
        raise ServerError(_conflict_message(exc)) from None
    except psycopg_module.errors.CheckViolation as exc:
        raise ServerError(
            f"nothing was pushed: the company record refused a record that does not follow the "
            f"head of its hash chain ({first_line(exc)}); run verify-records on this PC"
        ) from None
    except psycopg_module.Error as exc:
        raise ServerError(f"push to the company record failed: {first_line(exc)}") from None
    mark_synced(store, {name: last for name, (last, _rows) in batches.items()}, caught_up)
    return added


def _conflict_message(exc: Exception) -> str:
    """One line for a pushed row that clashes with another PC's row (nothing was pushed)."""
    constraint = getattr(getattr(exc, "diag", None), "constraint_name", None) or ""
    if constraint in ("attempt_results_chain_key", "attempt_results_employee_id_chain_seq_key"):
        return (
            "nothing was pushed: a quiz result here takes a place in an employee's chain on "
            "this PC that the company record already holds (was this database copied from "
            "another PC?)"
        )
    return f"nothing was pushed: a row here clashes with another PC's ({first_line(exc)})"


def _last_seq(cur: psycopg.Cursor[Any], table: SyncedTable) -> int:
    row = cur.execute(f"SELECT coalesce(max(server_seq), 0) FROM {table.name}").fetchone()
    return int(row[0]) if row else 0


def _conflicts(cur: psycopg.Cursor[Any], result_ids: list[str]) -> int:
    """How many of the pushed results the server holds as conflicts."""
    if not result_ids:
        return 0
    row = cur.execute(
        "SELECT count(*) FROM result_conflicts WHERE id = ANY(%s)", (result_ids,)
    ).fetchone()
    return int(row[0]) if row else 0


def _push_table(
    cur: psycopg.Cursor[Any], table: SyncedTable, rows: list[Row], result_ids: list[str]
) -> int:
    """COPY ``rows`` into a temporary table, then add the ones the server lacks."""
    temp = f"push_{table.name}"
    cur.execute(
        f"CREATE TEMPORARY TABLE {temp} ON COMMIT DROP AS "
        f"SELECT {table.column_list} FROM {table.name} WITH NO DATA"
    )
    with cur.copy(f"COPY {temp} ({table.column_list}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    if table.name == "answers" and result_ids:
        _set_aside_conflict_answers(cur, result_ids)
    allowed = cur.execute("SELECT has_table_privilege(%s, 'INSERT')", (table.name,)).fetchone()
    if not (allowed and allowed[0]):
        missing = cur.execute(
            f"SELECT count(*) FROM {temp} WHERE {table.key} NOT IN "
            f"(SELECT {table.key} FROM {table.name})"
        ).fetchone()
        if missing and missing[0]:
            raise ServerError(
                f"this PC's server login may not add {table.name} ({missing[0]} new here); "
                "add them on a PC that signs in to the server as a manager, then sync again"
            )
        return 0
    cur.execute(
        f"INSERT INTO {table.name} ({table.column_list}) SELECT {table.column_list} "
        f"FROM {temp}{' ORDER BY ' + table.order if table.order else ''} "
        f"ON CONFLICT ({table.key}) DO NOTHING"
    )
    return max(cur.rowcount, 0)


def _set_aside_conflict_answers(cur: psycopg.Cursor[Any], result_ids: list[str]) -> None:
    """Move the answers of a result the server kept as a conflict into conflict_answers.

    The link trigger (server_m003.sql) set such a result aside as it was inserted, before the
    answers: they belong to it, not to the attempt's first result.
    """
    cur.execute(
        "INSERT INTO conflict_answers (id, result_id, attempt_id, question_id, position, "
        "selected, selected_text, correct, score) SELECT n.id, c.id, n.attempt_id, "
        "n.question_id, n.position, n.selected, n.selected_text, n.correct, n.score "
        "FROM push_answers AS n JOIN result_conflicts AS c ON c.attempt_id = n.attempt_id "
        "WHERE c.id = ANY(%s) ON CONFLICT (id) DO NOTHING",
        (result_ids,),
    )
    cur.execute(
        "DELETE FROM push_answers AS n USING result_conflicts AS c "
        "WHERE c.attempt_id = n.attempt_id AND c.id = ANY(%s)",
        (result_ids,),
    )
