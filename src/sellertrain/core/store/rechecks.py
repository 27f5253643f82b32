"""The answer history behind spaced re-checks (a Store mixin: the same connection and rules).

Each row is one scored answer of a finished attempt, named by its question key
(``quiz-id/question-id``): for a quiz attempt the key is built from the attempt's quiz; the
answers of re-checks and reviews already carry it. Abandoned attempts are left out: their
answers were never given as a result.
"""

from __future__ import annotations

from typing import NamedTuple

from sellertrain.core.store.parts import StorePart

# The key of every answer, whatever kind of attempt it was given in.
_KEY = "CASE a.kind WHEN 'quiz' THEN a.quiz_id || '/' || s.question_id ELSE s.question_id END"
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
            f"SELECT {_KEY}, s.correct, r.finished_at, a.kind"
            " FROM attempts AS a"
            " JOIN attempt_results AS r ON r.attempt_id = a.id"
            " JOIN answers AS s ON s.attempt_id = a.id"
            f" WHERE a.employee_id = ? AND {_FINISHED}"
            " ORDER BY r.finished_at, a.rowid, s.position",
            [employee_id],
        ).fetchall()
        return [AnsweredQuestion(key, bool(correct), at, kind) for key, correct, at, kind in rows]

    def answer_histories(self) -> dict[str, list[AnsweredQuestion]]:
        """Every active employee's answer history (as ``answer_history``), in one pass."""
        rows = self.db.execute(
            f"SELECT a.employee_id, {_KEY}, s.correct, r.finished_at, a.kind"
            " FROM attempts AS a"
            " JOIN employees AS e ON e.id = a.employee_id AND e.active = 1"
            " JOIN attempt_results AS r ON r.attempt_id = a.id"
            " JOIN answers AS s ON s.attempt_id = a.id"
            f" WHERE {_FINISHED}"
            " ORDER BY a.employee_id, r.finished_at, a.rowid, s.position"
        )
        found: dict[str, list[AnsweredQuestion]] = {}
        for employee_id, key, correct, at, kind in rows:
            found.setdefault(employee_id, []).append(AnsweredQuestion(key, bool(correct), at, kind))
        return found
