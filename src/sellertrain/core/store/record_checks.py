"""The checks of ``verify-records`` beyond the result chains: schema, audit log, employees,
summary tables. Certificates are checked in certificate_check.py.

Each check reads the file as it is and reports what cannot have been written by SellerTrain:
a safeguard (trigger, index) missing or changed, a break in the audit log's chain, an
employee whose role or password hash is not the one the latest audited change set, a summary
row that does not follow from the records. See SECURITY.md for what no check inside the file
can see.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.store.audit_chain import check_audit_chain, credential_fingerprint
from sellertrain.core.store.current_schema import (
    EMPLOYEE_SUMMARY_FILL,
    EMPLOYEE_SUMMARY_TABLES,
    SUMMARY_FILL,
    SUMMARY_TABLES,
)
from sellertrain.core.store.migrations import MIGRATIONS, split_sql

# kinds of problem these checks report (beside chain.py's)
SCHEMA = "schema"
AUDIT = "audit"
EMPLOYEE = "employee"
SUMMARY = "summary"

# what a check calls for each problem: kind, employee id (or None), message
Report = Callable[[str, str | None, str], None]

_CREDENTIAL_ACTIONS = ("employee_added", "password_reset", "password_changed")
_RECORDS_SUMMED = ("lesson_events", "attempts")  # the summaries' sources, by employee


@functools.cache
def reference_schema() -> dict[tuple[str, str], str]:
    """(type, name) -> CREATE statement of every object the migrations make (in memory)."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS:
            for statement in split_sql(script):
                conn.execute(statement)
        return _objects(conn)
    finally:
        conn.close()


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {
        (kind, name): sql
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        )
    }


def check_schema(conn: sqlite3.Connection, report: Report) -> None:
    """Every table, index and trigger of the current schema is there, as the migrations made it."""
    present = _objects(conn)
    for (kind, name), create in reference_schema().items():
        found = present.get((kind, name))
        if found is None:
            report(
                SCHEMA,
                None,
                QT_TRANSLATE_NOOP(
                    "Store", "the {kind} {name} was removed from the database"
                ).format(kind=kind, name=name),
            )
        elif found != create:
            report(
                SCHEMA,
                None,
                QT_TRANSLATE_NOOP(
                    "Store", "the {kind} {name} was changed (it is not as SellerTrain made it)"
                ).format(kind=kind, name=name),
            )
    for kind, name in sorted(set(present) - set(reference_schema())):
        if kind in ("trigger", "view", "table"):
            report(
                SCHEMA,
                None,
                QT_TRANSLATE_NOOP(
                    "Store", "a {kind} {name} was added that SellerTrain does not make"
                ).format(kind=kind, name=name),
            )


def check_audit_log(conn: sqlite3.Connection, report: Report) -> int:
    """Replay the audit log's chain; return how many rows predate it (unchained)."""
    _, legacy, problems = check_audit_chain(conn)
    for message in problems:
        report(AUDIT, None, message)
    return legacy


def _audited_states(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Per employee id, what the audit log says they are now (fields set by its events)."""
    states: dict[str, dict[str, Any]] = {}
    for action, details_text in conn.execute(
        "SELECT action, details FROM audit_log WHERE action IN"
        " ('employee_added', 'employee_changed', 'password_reset', 'password_changed')"
        # the order employee_changes apply in (device.py): the same on every PC after a sync
        " ORDER BY at, device_id, chain_seq, rowid"
    ):
        try:
            details = json.loads(details_text)
            employee_id = details["id"]
        except (ValueError, KeyError, TypeError):
            continue
        state = states.setdefault(employee_id, {})
        if action == "employee_added":
            state.update(added=True, role=details.get("role"), manages=[], active=True)
        for key in ("role", "manages", "active"):
            if action == "employee_changed" and key in details:
                state[key] = details[key]
        if action in _CREDENTIAL_ACTIONS:
            state["credential"] = details.get("credential")  # None: written before schema 10
    return states


def check_employees(conn: sqlite3.Connection, report: Report, employee_id: str | None) -> int:
    """Each employee's role, departments managed, active flag and password hash are the ones
    the latest audited change set; return how many password hashes predate the check."""
    states = _audited_states(conn)
    first_audit = conn.execute("SELECT min(at) FROM audit_log").fetchone()[0]
    unchecked = 0
    where, params = ("WHERE id = ?", [employee_id]) if employee_id else ("", [])
    rows = conn.execute(
        "SELECT id, name, role, manages, active, password_hash, created_at"
        f" FROM employees {where} ORDER BY name_key",
        params,
    ).fetchall()
    if rows and first_audit is None and employee_id is None:
        report(
            EMPLOYEE,
            None,
            QT_TRANSLATE_NOOP(
                "Store",
                "the audit log is empty although {count} employee(s) exist: it was deleted "
                "(unless the database is from before schema 4 and nothing was changed since)",
            ).format(count=len(rows)),
        )
        return len(rows)
    for id_, name, role, manages, active, password_hash, created_at in rows:
        state = states.get(id_)
        if state is None or not state.get("added"):
            if first_audit is not None and created_at >= first_audit:
                report(
                    EMPLOYEE,
                    id_,
                    QT_TRANSLATE_NOOP(
                        "Store", "{name} was added outside SellerTrain (no audit row)"
                    ).format(name=name),
                )
            unchecked += 1
            continue
        if state.get("role") != role:
            report(
                EMPLOYEE,
                id_,
                QT_TRANSLATE_NOOP(
                    "Store",
                    "the role is '{role}' but the audit log last set '{audited}': the role was "
                    "changed outside SellerTrain",
                ).format(role=role, audited=state.get("role")),
            )
        if role == "manager" and sorted(state.get("manages") or []) != sorted(
            (manages or "").split("\n") if manages else []
        ):
            report(
                EMPLOYEE,
                id_,
                QT_TRANSLATE_NOOP(
                    "Store", "the departments managed were changed outside SellerTrain"
                ),
            )
        if bool(state.get("active")) != bool(active):
            report(
                EMPLOYEE, id_, QT_TRANSLATE_NOOP("Store", "was (de)activated outside SellerTrain")
            )
        credential = state.get("credential")
        if credential is None:
            unchecked += 1
        elif credential != credential_fingerprint(password_hash or ""):
            report(
                EMPLOYEE,
                id_,
                QT_TRANSLATE_NOOP(
                    "Store",
                    "the password hash is not the one the latest audited password change set: "
                    "the password was changed outside SellerTrain",
                ),
            )
    return unchecked


def _rows(conn: sqlite3.Connection, sql: str, params: list[str]) -> Iterator[tuple[Any, ...]]:
    yield from conn.execute(sql, params)


def check_summaries(conn: sqlite3.Connection, report: Report, employee_id: str | None) -> None:
    """Recompute the summary tables from the records (as bulk writing does) and compare.

    For one employee only the per-employee summaries: the item analysis sums are the whole
    team's (checked when every record is)."""
    tables, fill = (
        (SUMMARY_TABLES, SUMMARY_FILL)
        if employee_id is None
        else (EMPLOYEE_SUMMARY_TABLES, EMPLOYEE_SUMMARY_FILL)
    )
    for table in tables:
        # a temporary table of the same name is found before main's: the fill writes there
        conn.execute(f"CREATE TEMP TABLE {table} AS SELECT * FROM main.{table} WHERE 0")
    # team_summary's codes (m024), numbered anew: its rows are compared as the texts they stand for
    conn.execute("CREATE TEMP TABLE team_codes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)")
    if employee_id is not None:  # and for one employee, it reads only their records
        conn.execute("CREATE TEMP TABLE checked_employee (id TEXT)")
        conn.execute("INSERT INTO temp.checked_employee VALUES (?)", [employee_id])
        for table in _RECORDS_SUMMED:
            conn.execute(
                f"CREATE TEMP VIEW {table} AS SELECT * FROM main.{table}"
                " WHERE employee_id IN (SELECT id FROM temp.checked_employee)"
            )
    try:
        for statement in fill:
            conn.execute(statement)
        where, params = ("WHERE employee_id = ?", [employee_id]) if employee_id else ("", [])
        for table in tables:
            info = list(conn.execute(f"PRAGMA main.table_info({table})"))
            columns = [row[1] for row in info]
            size = sum(1 for row in info if row[5])  # the primary key's columns come first
            stored = {row[:size]: row for row in _summary_rows(conn, table, "main", where, params)}
            expected = {
                row[:size]: row for row in _summary_rows(conn, table, "temp", where, params)
            }
            for found_key in sorted(set(stored) | set(expected), key=str):
                have, want = stored.get(found_key), expected.get(found_key)
                if have == want:
                    continue
                if table in EMPLOYEE_SUMMARY_TABLES:  # employee id, then the lesson or quiz id
                    # (team_summary: the employee id only, and the row is theirs)
                    who, named = (
                        found_key[0],
                        list(zip(columns[1:size], found_key[1:], strict=True)),
                    )
                    named = named or [(columns[0], found_key[0])]
                else:  # the whole team's: quiz, version, question (and answer given)
                    who, named = None, list(zip(columns[:size], found_key, strict=True))
                keys = ", ".join(f"{name.removesuffix('_id')} {value}" for name, value in named)
                what = QT_TRANSLATE_NOOP("Store", "the {table} row for {keys}").format(
                    table=table, keys=keys
                )
                if want is None:
                    message = QT_TRANSLATE_NOOP(
                        "Store", "{what} has no records behind it: it was added"
                    ).format(what=what)
                elif have is None:
                    message = QT_TRANSLATE_NOOP(
                        "Store", "{what} is missing: it was deleted"
                    ).format(what=what)
                else:
                    message = QT_TRANSLATE_NOOP("Store", "{what} was edited: {changes}").format(
                        what=what, changes=_edited(columns, have, want)
                    )
                report(SUMMARY, who, message)
    finally:
        for table in (*tables, "team_codes"):
            conn.execute(f"DROP TABLE temp.{table}")
        if employee_id is not None:
            for table in _RECORDS_SUMMED:
                conn.execute(f"DROP VIEW temp.{table}")
            conn.execute("DROP TABLE temp.checked_employee")


def _summary_rows(
    conn: sqlite3.Connection, table: str, schema: str, where: str, params: list[str]
) -> Iterator[tuple[Any, ...]]:
    """Every row of a summary table; team_summary's lists of codes (m024) as the texts their
    codes stand for in the same schema's team_codes (a code it lacks as '#' and the code)."""
    rows = _rows(conn, f"SELECT * FROM {schema}.{table} {where}", params)
    if table != "team_summary":
        yield from rows
        return
    codes = dict(conn.execute(f"SELECT CAST(id AS TEXT), text FROM {schema}.team_codes"))

    def texts(listed: object) -> object:
        if not isinstance(listed, str):
            return listed
        return ",".join(codes.get(code, f"#{code}") for code in listed.split(","))

    for row in rows:  # employee id, the three lists, then the totals
        yield (row[0], texts(row[1]), texts(row[2]), texts(row[3]), *row[4:])


def _edited(columns: Sequence[str], have: Sequence[object], want: Sequence[object]) -> str:
    """Each changed column with what the records say it should be, as nested Messages so the
    whole list is said in the reader's language."""
    changes: str = ""
    for i, name in enumerate(columns):
        if have[i] == want[i]:
            continue
        change = QT_TRANSLATE_NOOP("Store", "{column} {have} (the records say {want})").format(
            column=name, have=repr(have[i]), want=repr(want[i])
        )
        if changes:
            change = QT_TRANSLATE_NOOP("Store", "{earlier}, {change}").format(
                earlier=changes, change=change
            )
        changes = change
    return changes
