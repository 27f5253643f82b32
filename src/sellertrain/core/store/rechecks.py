"""The answer history behind spaced re-checks (a Store mixin: the same connection and rules).

Each row is one scored answer of a finished attempt, named by its question key
(``quiz-id/question-id``): for a quiz attempt the key is built from the attempt's quiz; the
answers of re-checks and reviews already carry it. Abandoned attempts are left out: their
answers were never given as a result.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from sellertrain.core.store.parts import StorePart


def _key(question: str) -> str:
    """The key of every answer, whatever kind of attempt (``a``) it was given in, from the
    column ``question`` that holds its question id."""
    return f"CASE a.kind WHEN 'quiz' THEN a.quiz_id || '/' || {question} ELSE {question} END"


_FINISHED = "r.status IN ('submitted', 'timed_out')"


class AnsweredQuestion(NamedTuple):
    """One scored answer: its question key, right or not, when, and the kind of attempt."""

    key: str
    correct: bool
    finished_at: str
    kind: str  # "quiz", "recheck" or "review"


class RecheckQueries(StorePart):
    """Answer histories for the re-check schedule (see core/training/rechecks.py)."""

    def answer_history(self, employee_id: str) -> list[AnsweredQuestion]:
        """Every answer of an employee's finished attempts, oldest first.

        Plan: attempts by ``attempts_by_employee``, then results and answers by their
        ``attempt_id`` keys; a few milliseconds for the busiest of 10,000 demo employees
        (460 answers).
        """
        rows = self.db.execute(
            f"SELECT {_key('s.question_id')}, s.correct, r.finished_at, a.kind"
            " FROM attempts AS a"
            " JOIN attempt_results AS r ON r.attempt_id = a.id"
            " JOIN answers AS s ON s.attempt_id = a.id"
            f" WHERE a.employee_id = ? AND {_FINISHED}"
            " ORDER BY r.finished_at, a.rowid, s.position",
            [employee_id],
        ).fetchall()
        return [AnsweredQuestion(key, bool(correct), at, kind) for key, correct, at, kind in rows]

    def answer_histories(self) -> Iterator[tuple[str, list[AnsweredQuestion]]]:
        """Every active employee's answer history (as ``answer_history``), one employee at a
        time, in no set order of employees.

        The team's answers as objects all at once took 520 MB at 10,000 employees (1.3 million
        answers); one employee's are a few hundred. The join is walked in employee order
        (employees, then their attempts by ``attempts_by_employee``, then each attempt's result
        and answers by their keys, m020) so the database need not sort every answer: 3.4 s
        against 6.4 s through the ``answers`` view and a sort. Each employee's rows are put
        in ``answer_history``'s order here.
        """
        rows = self.db.execute(
            f"SELECT a.employee_id, {_key('q.question_id')}, s.correct, r.finished_at, a.kind,"
            " a.rowid, s.position"
            # CROSS JOIN keeps this order of tables (SQLite's planner would scan every answer)
            " FROM employees AS e CROSS JOIN attempts AS a CROSS JOIN attempt_results AS r"
            " CROSS JOIN answer_attempts AS t CROSS JOIN answer_rows AS s"
            " CROSS JOIN answer_questions AS q"
            " WHERE e.active = 1 AND a.employee_id = e.id AND r.attempt_id = a.id"
            " AND t.attempt_id = a.id AND s.attempt = t.id AND q.id = s.question"
            f" AND {_FINISHED} ORDER BY e.id"
        )
        in_order = itemgetter(3, 5, 6)  # finished_at, the attempt's rowid, position
        for employee_id, found in groupby(rows, itemgetter(0)):
            yield (
                employee_id,
                [
                    AnsweredQuestion(key, bool(correct), at, kind)
                    for _, key, correct, at, kind, _, _ in sorted(found, key=in_order)
                ],
            )
