"""Problems a manager's PC found in the records it pulled, kept so the app can list them.

``sync`` with verify (server/pull_check.py) finds them; this module writes each one once into
``pull_problems`` (schema 17, append-only, never synced) and reads them back, newest first.
Which ones a manager has looked at is a mark in ``sync_state``: the last id seen, one per
manager (a department manager sees only their departments' problems, so one manager looking
must not mark another's as seen); a manager with no mark of their own starts from the PC's.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from sellertrain.core.message import Message, from_json
from sellertrain.core.received import PulledProblem, RecordedProblem

SEEN_KEY = "pull_problems_seen"


def record_problems(conn: sqlite3.Connection, problems: Sequence[PulledProblem], now: str) -> int:
    """Keep ``problems`` (one transaction, the caller's); how many were new."""
    added = 0
    for problem in problems:
        cursor = conn.execute(
            "INSERT INTO pull_problems (found_at, employee_id, employee, record_id, quiz_id,"
            " message, line) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (line) DO NOTHING",
            (
                now,
                problem.employee_id,
                problem.employee,
                problem.record_id,
                problem.quiz_id,
                _stored(problem.message),
                str(problem),
            ),
        )
        added += cursor.rowcount
    return added


def _stored(message: str) -> str:
    """A problem's text as kept: a Message as its JSON (template and values), so the list can
    show it in the reader's language; a plain text as it is. ``line`` keeps the English."""
    if isinstance(message, Message):
        return json.dumps(message.to_json(), ensure_ascii=False)
    return message


def _read(text: str) -> str:
    if text.startswith('{"context"'):
        try:
            return from_json(json.loads(text))
        except (ValueError, KeyError, TypeError):
            return text  # not one of ours after all: shown as it is
    return text


def _seen_key(viewer: str | None) -> str:
    return SEEN_KEY if viewer is None else f"{SEEN_KEY}:{viewer}"


def _seen_mark(conn: sqlite3.Connection, viewer: str | None = None) -> int:
    for key in dict.fromkeys((_seen_key(viewer), SEEN_KEY)):
        row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        if row is not None:
            return int(row[0])
    return 0


def recorded_problems(conn: sqlite3.Connection, viewer: str | None = None) -> list[RecordedProblem]:
    """Every problem found in pulled records, newest first; seen as ``viewer`` (an employee
    id) marked them, or the PC's mark without one."""
    seen = _seen_mark(conn, viewer)
    rows = conn.execute(
        "SELECT id, found_at, employee_id, employee, message, record_id, quiz_id"
        " FROM pull_problems ORDER BY id DESC"
    ).fetchall()
    return [
        RecordedProblem(
            row[0],
            row[1],
            PulledProblem(row[2], row[3], _read(row[4]), row[5], row[6]),
            row[0] <= seen,
        )
        for row in rows
    ]


def mark_seen(conn: sqlite3.Connection, up_to: int, viewer: str | None = None) -> None:
    """``viewer`` (or a manager of this PC) has seen the problems up to id ``up_to`` (its own
    transaction); the mark never moves back, and a problem found meanwhile by a sync in another
    thread stays new."""
    with conn:
        conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
            " SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
            (_seen_key(viewer), max(up_to, _seen_mark(conn, viewer))),
        )
