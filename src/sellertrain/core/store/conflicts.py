"""An attempt submitted on two PCs: the result kept, the other one kept as a conflict.

The same attempt resumed offline and submitted on two PCs gives two results for one attempt.
The company record keeps the one it received first; the server moves the other, with its
answers, into ``result_conflicts`` / ``conflict_answers`` (server_m003.sql), which every PC
pulls. The PC that submitted the second one holds it as its own result, so there the pulled
first result is the one set aside (``kept`` = 1: the company record's choice). Nothing is
dropped on either side, both stay links of their own device's hash chain, and managers see
one line per conflict.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.store.rows import rows_among

Row = tuple[Any, ...]
RESULT_COLUMNS = (
    "id, attempt_id, status, finished_at, score, passed, employee_id, chain_seq, prev_hash, "
    "record_hash, device_id, pass_mark"
)


def set_aside_pulled(
    conn: sqlite3.Connection, table: str, rows: Sequence[Row], now: str
) -> list[Row]:
    """The pulled ``rows`` of ``table`` to insert as they are; the others are set aside here.

    A pulled result whose attempt has another result here is the company record's result for
    an attempt this PC also submitted: it goes to ``result_conflicts`` (kept = 1) and its
    answers to ``conflict_answers``. A pulled conflict that is this PC's own result is skipped
    (it is here already, as the result).
    """
    if table == "attempt_results":
        return _set_aside_results(conn, rows, now)
    if table == "answers":
        return _set_aside_answers(conn, rows)
    if table == "result_conflicts":
        return [row for row in rows if not _is_result(conn, row[0])]
    if table == "conflict_answers":
        return [row for row in rows if not _is_result(conn, row[1])]
    return list(rows)


def _is_result(conn: sqlite3.Connection, result_id: str) -> bool:
    found = conn.execute("SELECT 1 FROM attempt_results WHERE id = ?", (result_id,)).fetchone()
    return found is not None


def _set_aside_results(conn: sqlite3.Connection, rows: Sequence[Row], now: str) -> list[Row]:
    here = _results_here(conn, [row[1] for row in rows])
    if not here:
        return list(rows)  # the usual case: none of these attempts has a result here
    keep: list[Row] = []
    for row in rows:
        result_id, attempt_id = row[0], row[1]
        mine = here.get(attempt_id)
        if mine is None or mine == result_id:
            keep.append(row)
            continue
        conn.execute(
            f"INSERT INTO result_conflicts ({RESULT_COLUMNS}, other_result_id, kept, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (id) DO NOTHING",
            (*row, mine, now),
        )
    return keep


def _results_here(conn: sqlite3.Connection, attempt_ids: Sequence[str]) -> dict[str, str]:
    """attempt id -> the id of its result here, for those of ``attempt_ids`` that have one."""
    return dict(
        rows_among(conn, "SELECT attempt_id, id FROM attempt_results WHERE attempt_id", attempt_ids)
    )


def _set_aside_answers(conn: sqlite3.Connection, rows: Sequence[Row]) -> list[Row]:
    aside = dict(
        conn.execute("SELECT attempt_id, id FROM result_conflicts WHERE kept = 1").fetchall()
    )
    if not aside:
        return list(rows)
    keep: list[Row] = []
    for row in rows:
        result_id = aside.get(row[1])
        if result_id is None:
            keep.append(row)
            continue
        conn.execute(
            "INSERT INTO conflict_answers (id, result_id, attempt_id, question_id, position,"
            " selected, selected_text, correct, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING",
            (row[0], result_id, *row[1:]),
        )
    return keep


@dataclass(frozen=True)
class ConflictSide:
    """One of an attempt's two results: its score, verdict, when and on which PC."""

    score: float
    passed: bool
    finished: str
    device: str | None  # the device id of the PC that wrote it
    here: bool  # written on this PC


@dataclass(frozen=True)
class ResultConflict:
    """One attempt with two results: who, which quiz, the result that counts and the other."""

    attempt_id: str
    employee_id: str | None
    employee: str
    quiz_id: str
    kept: ConflictSide  # the company record's: the one it received first
    other: ConflictSide  # kept as a conflict, with its answers

    @property
    def kept_score(self) -> float:
        return self.kept.score

    @property
    def other_score(self) -> float:
        return self.other.score

    def line(self) -> str:
        return QT_TRANSLATE_NOOP(
            "Store",
            "{employee}: attempt {attempt} of {quiz} was submitted on two PCs; the company "
            "record keeps the first ({kept_score} %, finished {kept_finished}), the other "
            "({other_score} %, finished {other_finished}) is kept as a conflict",
        ).format(
            employee=self.employee,
            attempt=self.attempt_id,
            quiz=self.quiz_id,
            kept_score=f"{self.kept.score:g}",
            kept_finished=self.kept.finished,
            other_score=f"{self.other.score:g}",
            other_finished=self.other.finished,
        )


def result_conflicts(conn: sqlite3.Connection) -> list[ResultConflict]:
    """Every attempt with a second result, oldest first, as the company record decided it."""
    device = conn.execute("SELECT value FROM sync_state WHERE key = 'device_id'").fetchone()
    here = device[0] if device else None
    rows = conn.execute(
        "SELECT c.attempt_id, a.employee_id, coalesce(e.name, a.employee_id), a.quiz_id, c.kept,"
        " c.score, c.passed, c.finished_at, c.device_id,"
        " r.score, r.passed, r.finished_at, r.device_id"
        " FROM result_conflicts AS c JOIN attempt_results AS r ON r.id = c.other_result_id"
        " JOIN attempts AS a ON a.id = c.attempt_id LEFT JOIN employees AS e"
        " ON e.id = a.employee_id ORDER BY c.recorded_at, c.rowid"
    ).fetchall()
    found = []
    for attempt_id, employee_id, name, quiz_id, kept, *sides in rows:
        aside = ConflictSide(sides[0], bool(sides[1]), sides[2], sides[3], sides[3] == here)
        result = ConflictSide(sides[4], bool(sides[5]), sides[6], sides[7], sides[7] == here)
        # kept = 1: the pulled result (set aside here) counts; this PC's own is the conflict
        first, second = (aside, result) if kept else (result, aside)
        found.append(ResultConflict(attempt_id, employee_id, name, quiz_id, first, second))
    return found
