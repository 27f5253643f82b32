"""The report queries of the Store (a mixin: the same connection and rules)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from sellertrain.core.models import Employee
from sellertrain.core.store.parts import StorePart
from sellertrain.core.store.records import (
    EMPLOYEE_COLUMNS,
    LessonFacts,
    QuizFacts,
    employee_from_row,
)
from sellertrain.core.store.rows import named_rows, row_to

# the employee, done and stale lessons (comma-separated ids), quizzes passed, average best
# score, last activity
TeamRow = tuple[Employee, str | None, str | None, int, float | None, str | None]


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
    def completion_times(self) -> dict[str, dict[str, str]]:
        """Employee id -> lesson id -> their latest completion (for recurring training)."""
        found: dict[str, dict[str, str]] = {}
        rows = self.db.conn.execute(
            "SELECT employee_id, lesson_id, completed_at FROM lesson_summary"
            " WHERE completed_at IS NOT NULL"
        )
        for employee_id, lesson_id, completed_at in rows:
            found.setdefault(employee_id, {})[lesson_id] = completed_at
        return found

    def team_rows(
        self,
        lessons: Sequence[tuple[str, int, str | None]],
        quizzes: Sequence[str],
        versions: Sequence[tuple[str, str, int]] = (),
    ) -> list[TeamRow]:
        """Every active employee (by name) with lessons done and stale, quizzes passed, the
        average best score and the last activity, from the summary tables in one query.

        ``lessons`` are (lesson id, current revision, quiz id or None) and ``quizzes`` the quiz
        ids of the course as it is now; ``versions`` give the revision of each known lesson
        version. A completion is current when its version's revision (or, for a version never
        published, the revision in force when it was completed) is the lesson's; a lesson is
        done when completed currently and its quiz (if any) passed; stale when completed only
        in an older revision. Re-checks and reviews are not quiz passes.
        """
        conn = self.db.conn
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS team_lessons (lesson_id TEXT PRIMARY KEY,"
            " revision INTEGER NOT NULL, quiz_id TEXT)"
        )
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS team_quizzes (quiz_id TEXT PRIMARY KEY)")
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS team_versions (lesson_id TEXT NOT NULL,"
            " version TEXT NOT NULL, revision INTEGER NOT NULL, PRIMARY KEY (lesson_id, version))"
        )
        with self.db.scratch():  # temp tables only: no write lock, no pre-write checks
            for table in ("team_lessons", "team_quizzes", "team_versions"):
                conn.execute(f"DELETE FROM {table}")
            conn.executemany("INSERT INTO team_lessons VALUES (?, ?, ?)", lessons)
            conn.executemany("INSERT INTO team_quizzes VALUES (?)", [(q,) for q in quizzes])
            conn.executemany("INSERT OR REPLACE INTO team_versions VALUES (?, ?, ?)", versions)
        if any(revision for _, revision, _ in lessons):
            current = """(l.revision = 0 OR coalesce(
                (SELECT v.revision FROM team_versions AS v
                 WHERE v.lesson_id = s.lesson_id AND v.version = s.completed_version),
                (SELECT max(p.revision) FROM lesson_publications AS p
                 WHERE p.lesson_id = s.lesson_id AND p.published_at <= s.completed_at),
                0) >= l.revision)"""
        else:  # nothing material was ever published: every completion is current
            current = "1"
        rows = conn.execute(
            f"""
            WITH state AS (
                SELECT s.employee_id AS employee_id, s.lesson_id AS lesson_id,
                  s.last_at AS last_at, l.quiz_id AS quiz_id,
                  CASE WHEN s.completed_at IS NULL OR l.lesson_id IS NULL THEN NULL
                       ELSE {current} END AS current
                FROM lesson_summary AS s
                LEFT JOIN team_lessons AS l ON l.lesson_id = s.lesson_id),
            lesson AS (
                SELECT t.employee_id AS employee_id,
                  group_concat(CASE WHEN t.current
                      AND (t.quiz_id IS NULL OR coalesce(q.passed, 0)) THEN t.lesson_id END)
                    AS done,
                  group_concat(CASE WHEN NOT t.current THEN t.lesson_id END) AS stale,
                  max(t.last_at) AS last_at
                FROM state AS t
                LEFT JOIN quiz_summary AS q
                  ON q.employee_id = t.employee_id AND q.quiz_id = t.quiz_id
                GROUP BY t.employee_id),
            quiz AS (
                SELECT q.employee_id AS employee_id, sum(q.passed) AS passed,
                  avg(q.best) AS average, max(q.last_finished) AS last_finished
                FROM quiz_summary AS q JOIN team_quizzes AS t ON t.quiz_id = q.quiz_id
                GROUP BY q.employee_id)
            SELECT {EMPLOYEE_COLUMNS.format("e.")},
              lesson.done, lesson.stale, coalesce(quiz.passed, 0), quiz.average,
              CASE WHEN quiz.last_finished IS NULL OR lesson.last_at > quiz.last_finished
                THEN lesson.last_at ELSE quiz.last_finished END
            FROM employees AS e
            LEFT JOIN lesson ON lesson.employee_id = e.id
            LEFT JOIN quiz ON quiz.employee_id = e.id
            WHERE e.active = 1 ORDER BY e.name_key
            """
        ).fetchall()
        return [(employee_from_row(row), *row[8:]) for row in rows]

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
