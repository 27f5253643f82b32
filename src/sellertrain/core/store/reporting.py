"""The report queries of the Store (a mixin: the same connection and rules)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sellertrain.core.store.parts import StorePart
from sellertrain.core.store.records import (
    EMPLOYEE_COLUMNS,
    LessonFacts,
    QuizFacts,
)
from sellertrain.core.store.rows import named_rows, row_to


def _split(value: str | None) -> frozenset[str]:
    return frozenset(value.split(",")) if value else frozenset()


class ReportingQueries(StorePart):
    """Aggregates for the manager view. Each query is backed by a covering index."""

    # -- aggregates --------------------------------------------------------------------
    def lesson_facts(self, employee_id: str | None = None) -> Iterator[LessonFacts]:
        """Per employee and lesson: versions completed, time read, last activity."""
        sql = (
            "SELECT employee_id, lesson_id,"
            " group_concat(DISTINCT CASE WHEN kind = 'completed' THEN lesson_version END)"
            " AS completed_versions,"
            " max(CASE WHEN kind = 'completed' THEN at END) AS last_completed,"
            " sum(seconds) AS seconds, max(at) AS last_activity"
            " FROM lesson_events"
        )
        params: list[str] = []
        if employee_id is not None:
            sql += " WHERE employee_id = ?"
            params.append(employee_id)
        for row in named_rows(self.db.conn, sql + " GROUP BY employee_id, lesson_id", params):
            yield row_to(
                LessonFacts,
                row,
                completed_versions=_split(row["completed_versions"]),
                seconds=row["seconds"] or 0,
            )

    def quiz_facts(self, employee_id: str | None = None) -> Iterator[QuizFacts]:
        """Per employee and quiz: best score, versions passed, last finish, attempt count."""
        sql = (
            "SELECT a.employee_id, a.quiz_id, max(r.score) AS best_score,"
            " group_concat(DISTINCT CASE WHEN r.passed THEN a.quiz_version END)"
            " AS passed_versions,"
            " max(r.finished_at) AS last_finished, count(*) AS attempts"
            " FROM attempts AS a JOIN attempt_results AS r ON r.attempt_id = a.id"
            " WHERE r.status <> 'abandoned'"
        )
        params: list[str] = []
        if employee_id is not None:
            sql += " AND a.employee_id = ?"
            params.append(employee_id)
        for row in named_rows(self.db.conn, sql + " GROUP BY a.employee_id, a.quiz_id", params):
            yield row_to(QuizFacts, row, passed_versions=_split(row["passed_versions"]))

    def best_scores(self) -> list[tuple[str, float]]:
        """(quiz id, best score) of every employee who finished a quiz, from the summaries."""
        return self.db.execute(
            "SELECT quiz_id, best FROM quiz_summary WHERE best IS NOT NULL"
        ).fetchall()

    def first_completions_by_day(
        self, employee_ids: Sequence[str] | None = None
    ) -> list[tuple[str, int]]:
        """How many lessons were completed for the first time (per employee) on each day, by
        everyone or by ``employee_ids``."""
        among, params = _among("employee_id", employee_ids)
        rows = self.db.execute(
            "SELECT day, count(*) FROM (SELECT substr(min(at), 1, 10) AS day FROM lesson_events"
            f" WHERE kind = 'completed'{among} GROUP BY employee_id, lesson_id)"
            " GROUP BY day ORDER BY day",
            params,
        )
        return [(row[0], row[1]) for row in rows]

    def attempt_scores(
        self, quiz_id: str | None = None, employee_ids: Sequence[str] | None = None
    ) -> list[float]:
        """Scores of all finished (not abandoned) quiz attempts (not re-checks or reviews),
        optionally of one quiz, optionally of ``employee_ids``."""
        among, params = _among("a.employee_id", employee_ids)
        sql = (
            "SELECT r.score FROM attempt_results AS r JOIN attempts AS a ON a.id = r.attempt_id"
            f" WHERE r.status <> 'abandoned' AND a.kind = 'quiz'{among}"
        )
        if quiz_id is not None:
            sql += " AND a.quiz_id = ?"
            params.append(quiz_id)
        return [row[0] for row in self.db.execute(sql, params)]

    def completion_counts(self, lesson_id: str) -> dict[str, int]:
        """Lesson version -> how many employees completed the lesson in that version."""
        rows = self.db.execute(
            "SELECT lesson_version, count(DISTINCT employee_id) FROM lesson_events"
            " WHERE kind = 'completed' AND lesson_id = ? GROUP BY lesson_version",
            [lesson_id],
        )
        return {row[0]: row[1] for row in rows}

    # -- the team table in a few aggregate queries ----------------------------------------
    def completion_times(
        self, lesson_ids: Sequence[str] | None = None
    ) -> dict[str, dict[str, str]]:
        """Employee id -> lesson id -> their latest completion (for recurring training), of
        every lesson or of ``lesson_ids`` only."""
        found: dict[str, dict[str, str]] = {}
        among, params = _among("lesson_id", lesson_ids)
        rows = self.db.conn.execute(
            "SELECT employee_id, lesson_id, completed_at FROM lesson_summary"
            f" WHERE completed_at IS NOT NULL{among}",
            params,
        )
        for employee_id, lesson_id, completed_at in rows:
            found.setdefault(employee_id, {})[lesson_id] = completed_at
        return found

    def team_summaries(
        self,
    ) -> tuple[list[tuple[Any, ...]], dict[str, tuple[Any, ...]], dict[str, str]]:
        """Every active employee (by name, ``EMPLOYEE_COLUMNS``); by employee id their
        team_summary row (m019) without the id: completions, quizzes passed and quizzes with a
        result (codes, comma-separated), quizzes passed, average best score, latest reading
        record, latest quiz finish (someone with no records has no row); and ``team_codes``
        (m024): each code (as text, as the lists hold it) -> its 'lesson@version' or quiz id.

        The team table reads 10,000 employees and 10,000 summary rows here, each table in its
        own order (a key look-up per employee took longer), where it read every employee's
        every lesson and quiz summary row before.
        """
        conn = self.db.conn
        summaries = {
            row[0]: row[1:]
            for row in conn.execute(
                "SELECT employee_id, completions, passes, quizzes, passed, average,"
                " last_lesson_at, last_finished FROM team_summary"
            )
        }
        employees = conn.execute(
            f"SELECT {EMPLOYEE_COLUMNS.format('')} FROM employees"
            # in table order, then sorted: faster than by the index of names and a look-up of
            # each row (~19 -> ~15 ms for 10,000 employees)
            " WHERE active = 1 ORDER BY +name_key"
        ).fetchall()
        # read after the rows: a code is never deleted nor reused, so each one they hold is here
        codes = dict(conn.execute("SELECT CAST(id AS TEXT), text FROM team_codes"))
        return employees, summaries, codes

    def quiz_totals(self, quizzes: Sequence[str]) -> dict[str, tuple[int, float | None, str]]:
        """Employee id -> quizzes passed, average best score and latest finish over
        ``quizzes`` only (for the few whose results include a quiz no longer in the course)."""
        rows = self.db.conn.execute(
            "SELECT employee_id, sum(passed), avg(best), max(last_finished) FROM quiz_summary"
            " WHERE quiz_id IN (SELECT value FROM json_each(?)) GROUP BY employee_id",
            [json.dumps(list(quizzes))],
        )
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    def answer_breakdown(
        self, quiz_id: str, quiz_version: str, question_ids: Sequence[str]
    ) -> list[tuple[str, str, int, int]]:
        """(question id, stored answer, how many gave it, how many of those were correct).

        Every answer to the quiz version's attempts, counted as they are written (the
        answer_counts table, m017): one row per question and answer given, in that order.
        Identical answers are few, so the caller decodes each distinct answer once instead
        of once per learner.
        """
        if not question_ids:
            return []
        marks = ", ".join("?" * len(question_ids))
        rows = self.db.execute(
            "SELECT question_id, selected, answers, correct FROM answer_counts"
            f" WHERE quiz_id = ? AND quiz_version = ? AND question_id IN ({marks})"
            " ORDER BY question_id, selected",
            [quiz_id, quiz_version, *question_ids],
        )
        return [(row[0], row[1], row[2], row[3]) for row in rows]


def _among(column: str, ids: Sequence[str] | None) -> tuple[str, list[str]]:
    """A condition keeping ``column`` to ``ids`` (one JSON parameter, any count), or none."""
    if ids is None:
        return "", []
    return f" AND {column} IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]
