"""Queries behind "where is the team weak, and who should retrain" (a Store mixin).

Each reads the answers once, grouped by the database, or (the discrimination index) sums
kept as answers are written; the arithmetic is in core/reports/weak_spots.py.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sellertrain.core.store.parts import StorePart


class WeakSpotQueries(StorePart):
    def first_attempt_results(self) -> Iterator[tuple[str, str, int, int]]:
        """(employee id, quiz id, answers, correct answers) of each active employee's first
        finished attempt at each quiz: what they knew before retaking it. One row at a time:
        85,000 rows at 10,000 employees, which the risk areas only add up."""
        rows = self.db.execute(
            """
            WITH firsts AS (
                SELECT a.id AS id, a.employee_id AS employee_id, a.quiz_id AS quiz_id,
                  row_number() OVER (PARTITION BY a.employee_id, a.quiz_id
                                     ORDER BY a.started_at, a.rowid) AS n
                FROM attempts AS a JOIN attempt_results AS r ON r.attempt_id = a.id
                JOIN employees AS e ON e.id = a.employee_id AND e.active = 1
                WHERE a.kind = 'quiz' AND r.status <> 'abandoned')
            SELECT f.employee_id, f.quiz_id, count(*), coalesce(sum(x.correct), 0)
            FROM firsts AS f JOIN answers AS x ON x.attempt_id = f.id
            WHERE f.n = 1
            GROUP BY f.employee_id, f.quiz_id
            """
        )
        for row in rows:
            yield row[0], row[1], row[2], row[3]

    def latest_answers(self, question_ids: Sequence[str]) -> list[tuple[str, str, bool]]:
        """(employee id, question id, correct) of each active employee's latest answer to
        each of ``question_ids``, in a quiz or a re-check."""
        if not question_ids:
            return []
        marks = ", ".join("?" * len(question_ids))
        rows = self.db.execute(
            f"""
            SELECT employee_id, question_id, correct FROM (
                SELECT a.employee_id AS employee_id, x.question_id AS question_id,
                  x.correct AS correct,
                  row_number() OVER (PARTITION BY a.employee_id, x.question_id
                                     ORDER BY a.started_at DESC, a.rowid DESC) AS n
                FROM answers AS x JOIN attempts AS a ON a.id = x.attempt_id
                JOIN employees AS e ON e.id = a.employee_id AND e.active = 1
                WHERE x.question_id IN ({marks}) AND a.kind IN ('quiz', 'recheck'))
            WHERE n = 1
            """,
            list(question_ids),
        )
        return [(row[0], row[1], bool(row[2])) for row in rows]

    def item_sums(self, quiz_id: str, quiz_version: str) -> dict[str, tuple[int, ...]]:
        """Question id -> (attempts, correct, totals, totals_sq, totals_when_correct): the
        sums behind its discrimination index over the finished attempts at one quiz version
        (the question_sums table, m017, says what each sum is)."""
        rows = self.db.execute(
            "SELECT question_id, attempts, correct, totals, totals_sq, totals_when_correct"
            " FROM question_sums WHERE quiz_id = ? AND quiz_version = ?",
            [quiz_id, quiz_version],
        )
        return {row[0]: tuple(row[1:]) for row in rows}
