"""Whether each quiz result was scored under its quiz's published pass mark (``verify-records``).

Since schema 14 a result keeps the pass mark of the publication of its quiz version
(store/quiz_publications.py) inside its hash. This check reads the file as it is and names a
result whose pass mark no publication of its version gave, whose ``passed`` does not follow
from its score and pass mark, or that has no pass mark although its quiz had been published
when it finished: none of these can be written by SellerTrain.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP

PASS_MARK = "pass mark"  # the kind of problem reported

# what the check calls for each problem: kind, employee id, message
Report = Callable[[str, str | None, str], None]

_SAME = 1e-6


def _publications(
    conn: sqlite3.Connection,
) -> tuple[dict[tuple[str, str], list[tuple[str, int]]], dict[str, str]]:
    """(quiz, version) -> [(published_at, pass mark)] oldest first; quiz -> first publication."""
    versions: dict[tuple[str, str], list[tuple[str, int]]] = {}
    first: dict[str, str] = {}
    for quiz, version, at, mark in conn.execute(
        "SELECT quiz_id, version, published_at, pass_mark FROM quiz_publications"
        " ORDER BY published_at, rowid"
    ):
        versions.setdefault((quiz, version), []).append((at, mark))
        first.setdefault(quiz, at)
    return versions, first


def check_pass_marks(
    conn: sqlite3.Connection, report: Report, employee_id: str | None = None
) -> None:
    """Report every quiz result not scored under its version's published pass mark."""
    versions, first = _publications(conn)
    where, params = (" AND a.employee_id = ?", [employee_id]) if employee_id else ("", [])
    for row in conn.execute(
        "SELECT a.employee_id, r.attempt_id, a.quiz_id, a.quiz_version, r.status, r.finished_at,"
        " r.score, r.passed, r.pass_mark FROM attempt_results AS r"
        " JOIN attempts AS a ON a.id = r.attempt_id"
        f" WHERE a.kind = 'quiz'{where} ORDER BY a.employee_id, r.finished_at",
        params,
    ):
        if message := _problem(row, versions, first):
            report(PASS_MARK, row[0], message)


def _problem(
    row: tuple[Any, ...],
    versions: dict[tuple[str, str], list[tuple[str, int]]],
    first: dict[str, str],
) -> str | None:
    _, attempt, quiz, version, status, finished, score, passed, mark = row
    what = QT_TRANSLATE_NOOP(
        "Store", "the result of attempt {attempt} (quiz {quiz}, finished {finished})"
    ).format(attempt=attempt, quiz=quiz, finished=str(finished)[:16])
    if mark is None:
        published = first.get(quiz)
        if published is not None and str(finished) > published:
            return QT_TRANSLATE_NOOP(
                "Store",
                "{what} has no pass mark although the quiz was published on {day}: it was "
                "written outside SellerTrain, or on a version nobody published",
            ).format(what=what, day=published[:10])
        return None
    marks = [m for _, m in versions.get((quiz, version), [])]
    if not marks:
        return QT_TRANSLATE_NOOP(
            "Store",
            "{what} was scored under pass mark {mark}, but version {version} of the quiz was "
            "never published",
        ).format(what=what, mark=f"{mark:g}", version=version)
    if all(abs(float(m) - float(mark)) > _SAME for m in marks):
        return QT_TRANSLATE_NOOP(
            "Store",
            "{what} was scored under pass mark {mark}, but the published pass mark of its "
            "version is {published}",
        ).format(what=what, mark=f"{mark:g}", published=marks[-1])
    if status != "abandoned" and bool(passed) != (float(score) >= float(mark) - 1e-9):
        wrong = (
            QT_TRANSLATE_NOOP(
                "Store", "{what} is marked passed with {score}% under pass mark {mark}"
            )
            if passed
            else QT_TRANSLATE_NOOP(
                "Store", "{what} is marked failed with {score}% under pass mark {mark}"
            )
        )
        return wrong.format(what=what, score=f"{score:g}", mark=f"{mark:g}")
    return None
