"""Whether each certificate rests on the records that earned it (part of ``verify-records``).

A certificate's evidence names, for each quiz it needs, the attempt that passed it (quiz,
quiz version, score, when) and, for each quiz-less lesson, the completion (lesson version,
when). A certificate is backed when every such attempt is the employee's own, has a result in
the tamper-evident chain that passed with that score on that quiz version before the
certificate was issued; when every completion is recorded; when its score follows from its
evidence; and when a renewal rests only on evidence newer than the certificate it renews
(the rule in core/training/certificates.py). A row inserted with ``sqlite3`` fails at least
one of these unless the forger also forged the chained results behind it (SECURITY.md).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.store.rows import rows_among

CERTIFICATE = "certificate"  # the kind of problem reported

# what the check calls for each problem: employee id, message, the certificate's code
Report = Callable[[str | None, str, str], None]

_SAME = 1e-6  # scores are compared to the stored ones, allowing for float rounding


def _results(conn: sqlite3.Connection, attempt_ids: list[str]) -> dict[str, tuple[Any, ...]]:
    """attempt id -> (employee, quiz, quiz version, kind, passed, score, finished, chain_seq,
    the pass mark the result was scored under)."""
    rows = rows_among(
        conn,
        "SELECT a.id, a.employee_id, a.quiz_id, a.quiz_version, a.kind, r.passed, r.score,"
        " r.finished_at, r.chain_seq, r.pass_mark FROM attempts AS a"
        " LEFT JOIN attempt_results AS r ON r.attempt_id = a.id WHERE a.id",
        attempt_ids,
    )
    return {row[0]: row[1:] for row in rows}


def _completions(
    conn: sqlite3.Connection, employee_id: str | None
) -> set[tuple[str, str, str | None, str]]:
    """(employee, lesson, lesson version, at) of every recorded completion."""
    where, params = (" AND employee_id = ?", [employee_id]) if employee_id else ("", [])
    return set(
        conn.execute(
            "SELECT employee_id, lesson_id, lesson_version, at FROM lesson_events"
            f" WHERE kind = 'completed'{where}",
            params,
        ).fetchall()
    )


def _attempt_problem(
    item: Mapping[str, Any], found: tuple[Any, ...] | None, employee_id: str, issued_at: str
) -> str | None:
    """Why a piece of quiz evidence does not hold, or None when it does."""
    attempt = item.get("attempt")
    if found is None:
        return QT_TRANSLATE_NOOP(
            "Store", "it rests on attempt {attempt}, which is not in the records"
        ).format(attempt=attempt)
    owner, quiz, version, kind, passed, score, finished, seq, scored_under = found
    if owner != employee_id:
        return QT_TRANSLATE_NOOP(
            "Store", "it rests on attempt {attempt}, which is another employee's"
        ).format(attempt=attempt)
    if finished is None:
        return QT_TRANSLATE_NOOP(
            "Store", "it rests on attempt {attempt}, which has no result"
        ).format(attempt=attempt)
    if seq is None:
        return QT_TRANSLATE_NOOP(
            "Store",
            "it rests on attempt {attempt}, whose result is not in the tamper-evident chain",
        ).format(attempt=attempt)
    if kind != "quiz" or quiz != item.get("quiz"):
        return QT_TRANSLATE_NOOP(
            "Store", "it names quiz {named} but attempt {attempt} is of {quiz}"
        ).format(named=item.get("quiz"), attempt=attempt, quiz=quiz)
    if version != item.get("quiz_version"):
        return QT_TRANSLATE_NOOP(
            "Store",
            "it names version {named} of quiz {quiz} but attempt {attempt} was of "
            "version {version}",
        ).format(named=item.get("quiz_version"), quiz=quiz, attempt=attempt, version=version)
    if not passed:
        return QT_TRANSLATE_NOOP("Store", "attempt {attempt} at quiz {quiz} was not passed").format(
            attempt=attempt, quiz=quiz
        )
    given = item.get("score")
    if not isinstance(given, int | float) or abs(float(given) - float(score)) > _SAME:
        return QT_TRANSLATE_NOOP(
            "Store", "it gives quiz {quiz} the score {given} but attempt {attempt} scored {score}"
        ).format(quiz=quiz, given=given, attempt=attempt, score=score)
    pass_mark = item.get("pass_mark")
    if isinstance(pass_mark, int | float) and float(score) < float(pass_mark) - _SAME:
        return QT_TRANSLATE_NOOP(
            "Store", "attempt {attempt} scored {score}, below the pass mark {pass_mark}"
        ).format(attempt=attempt, score=score, pass_mark=pass_mark)
    if scored_under is not None and (
        not isinstance(pass_mark, int | float) or abs(float(pass_mark) - scored_under) > _SAME
    ):
        return QT_TRANSLATE_NOOP(
            "Store",
            "it gives quiz {quiz} the pass mark {pass_mark} but attempt {attempt} was "
            "scored under {scored_under}",
        ).format(quiz=quiz, pass_mark=pass_mark, attempt=attempt, scored_under=f"{scored_under:g}")
    if finished > issued_at:
        return QT_TRANSLATE_NOOP(
            "Store", "attempt {attempt} finished after the certificate was issued"
        ).format(attempt=attempt)
    return None


def _score_problem(scope_kind: str, score: float | None, evidence: list[Any]) -> str | None:
    scores = [e["score"] for e in evidence if isinstance(e, dict) and e.get("score") is not None]
    if scope_kind == "assessment":
        expected = scores[0] if len(scores) == 1 else None
    else:
        expected = sum(scores) / len(scores) if scores else None
    if (score is None) != (expected is None) or (
        score is not None and expected is not None and abs(score - expected) > _SAME
    ):
        return QT_TRANSLATE_NOOP(
            "Store", "its score {score} does not follow from its evidence ({expected})"
        ).format(score=score, expected=expected)
    return None


def check_certificates(
    conn: sqlite3.Connection,
    report: Report,
    employee_id: str | None = None,
    code: str | None = None,
) -> int:
    """Check every certificate (of one employee, or the one with ``code``); return how many."""
    where, params = "", []
    if code is not None:
        where, params = (
            " WHERE employee_id = (SELECT employee_id FROM certificates WHERE code = ?)",
            [code],
        )
    elif employee_id is not None:
        where, params = " WHERE employee_id = ?", [employee_id]
    certificates = conn.execute(
        "SELECT code, employee_id, scope_kind, scope, score, issued_at, evidence"
        f" FROM certificates{where} ORDER BY employee_id, scope_kind, scope, issued_at, rowid",
        params,
    ).fetchall()
    parsed: list[list[Any]] = []
    for row in certificates:
        try:
            evidence = json.loads(row[6])
        except ValueError:
            evidence = None
        parsed.append(evidence if isinstance(evidence, list) else [])
    wanted = sorted(
        {
            str(item["attempt"])
            for evidence in parsed
            for item in evidence
            if isinstance(item, dict) and item.get("attempt")
        }
    )
    results = _results(conn, wanted)
    completions = _completions(conn, certificates[0][1] if code and certificates else employee_id)
    previous: dict[tuple[str, str, str], str] = {}  # the scope's certificate before, issued at
    checked = 0
    for (cert_code, owner, scope_kind, scope, score, issued_at, _), evidence in zip(
        certificates, parsed, strict=True
    ):
        scope_key = (owner, scope_kind, scope)
        renews = previous.get(scope_key)
        previous[scope_key] = issued_at
        if code is not None and cert_code != code:
            continue
        checked += 1
        problems = _problems(
            owner, scope_kind, scope, score, issued_at, evidence, results, completions, renews
        )
        for message in problems:
            report(
                owner,
                QT_TRANSLATE_NOOP(
                    "Store", "certificate {code} ({scope}) is not backed: {problem}"
                ).format(code=cert_code, scope=scope, problem=message),
                cert_code,
            )
    return checked


def _problems(
    owner: str,
    scope_kind: str,
    scope: str,
    score: float | None,
    issued_at: str,
    evidence: list[Any],
    results: Mapping[str, tuple[Any, ...]],
    completions: set[tuple[str, str, str | None, str]],
    renews: str | None,
) -> list[str]:
    """Every reason one certificate does not rest on the records."""
    if not evidence or not all(isinstance(item, dict) for item in evidence):
        return [QT_TRANSLATE_NOOP("Store", "it names no records that earned it")]
    problems = []
    for item in evidence:
        if item.get("attempt"):
            found = results.get(str(item["attempt"]))
            if problem := _attempt_problem(item, found, owner, issued_at):
                problems.append(problem)
        elif (owner, item.get("lesson"), item.get("lesson_version"), item.get("at")) not in (
            completions
        ):
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "it rests on a completion of lesson {lesson} at {at} that is not in the "
                    "records",
                ).format(lesson=item.get("lesson"), at=item.get("at"))
            )
        elif str(item.get("at")) > issued_at:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Store", "lesson {lesson} was completed after it was issued"
                ).format(lesson=item.get("lesson"))
            )
        if renews is not None and str(item.get("at") or "") <= renews:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "it renews the certificate of {day} with evidence from before that one (a "
                    "renewal needs new evidence)",
                ).format(day=renews[:10])
            )
    if scope_kind == "assessment" and evidence[0].get("quiz") != scope:
        problems.append(
            QT_TRANSLATE_NOOP(
                "Store", "it is for assessment {scope} but its evidence is of another quiz"
            ).format(scope=scope)
        )
    if problem := _score_problem(scope_kind, score, evidence):
        problems.append(problem)
    return problems
