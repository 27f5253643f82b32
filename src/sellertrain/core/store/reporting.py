"""The report and assignment queries of the Store (a mixin: the same connection and rules)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from sellertrain.core.store.records import Assignment, LessonFacts, QuizFacts, TeamFacts
from sellertrain.core.store.schema import StoreError

if TYPE_CHECKING:
    from sellertrain.core.store.transactions import Database

TARGET_KINDS = ("everyone", "role", "department", "employee")


def _split(value: str | None) -> frozenset[str]:
    return frozenset(value.split(",")) if value else frozenset()


class ReportingQueries:
    """Aggregates for the manager view. Each query is backed by a covering index."""

    db: Database
    now: Callable[[], str]  # provided by Store

    # -- assignments -------------------------------------------------------------------
    def add_assignment(
        self,
        created_by: str,
        due_date: str,
        target_kind: str,
        target: str | None = None,
        lesson_id: str | None = None,
        module: str | None = None,
    ) -> Assignment:
        """Record an assignment of one lesson or one module; raise StoreError when malformed."""
        if target_kind not in TARGET_KINDS:
            raise StoreError(f"unknown assignment target '{target_kind}'")
        if (lesson_id is None) == (module is None):
            raise StoreError("an assignment names either one lesson or one module")
        if target_kind != "everyone" and not target:
            raise StoreError(f"an assignment to a {target_kind} needs a {target_kind} to name")
        assignment = Assignment(
            str(uuid.uuid4()),
            target_kind,
            target if target_kind != "everyone" else None,
            due_date,
            created_by,
            self.now(),
            lesson_id,
            module,
        )
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO assignments (id, lesson_id, module, target_kind, target, due_date,"
                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    assignment.id,
                    lesson_id,
                    module,
                    target_kind,
                    assignment.target,
                    due_date,
                    created_by,
                    assignment.created_at,
                ],
            )
        return assignment

    def revoke_assignment(self, assignment_id: str, revoked_by: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO assignment_revocations (id, assignment_id, revoked_by,"
                " revoked_at) VALUES (?, ?, ?, ?)",
                [str(uuid.uuid4()), assignment_id, revoked_by, self.now()],
            )

    def assignments(self, include_revoked: bool = False) -> list[Assignment]:
        rows = self.db.execute(
            "SELECT a.id, a.target_kind, a.target, a.due_date, a.created_by, a.created_at,"
            " a.lesson_id, a.module, r.id IS NOT NULL FROM assignments AS a"
            " LEFT JOIN assignment_revocations AS r ON r.assignment_id = a.id"
            " ORDER BY a.due_date, a.created_at"
        ).fetchall()
        found = [Assignment(*row[:8], revoked=bool(row[8])) for row in rows]
        return found if include_revoked else [a for a in found if not a.revoked]

    # -- aggregates --------------------------------------------------------------------
    def lesson_facts(self, employee_id: str | None = None) -> Iterator[LessonFacts]:
        """Per employee and lesson: versions completed, time read, last activity."""
        sql = (
            "SELECT employee_id, lesson_id,"
            " group_concat(DISTINCT CASE WHEN kind = 'completed' THEN lesson_version END),"
            " max(CASE WHEN kind = 'completed' THEN at END), sum(seconds), max(at)"
            " FROM lesson_events"
        )
        params: list[str] = []
        if employee_id is not None:
            sql += " WHERE employee_id = ?"
            params.append(employee_id)
        for row in self.db.execute(sql + " GROUP BY employee_id, lesson_id", params):
            yield LessonFacts(row[0], row[1], _split(row[2]), row[3], row[4] or 0, row[5])

    def quiz_facts(self, employee_id: str | None = None) -> Iterator[QuizFacts]:
        """Per employee and quiz: best score, versions passed, last finish, attempt count."""
        sql = (
            "SELECT a.employee_id, a.quiz_id, max(r.score),"
            " group_concat(DISTINCT CASE WHEN r.passed THEN a.quiz_version END),"
            " max(r.finished_at), count(*)"
            " FROM attempts AS a JOIN attempt_results AS r ON r.attempt_id = a.id"
            " WHERE r.status <> 'abandoned'"
        )
        params: list[str] = []
        if employee_id is not None:
            sql += " AND a.employee_id = ?"
            params.append(employee_id)
        for row in self.db.execute(sql + " GROUP BY a.employee_id, a.quiz_id", params):
            yield QuizFacts(row[0], row[1], row[2], _split(row[3]), row[4], row[5])

    def first_completions_by_day(self) -> list[tuple[str, int]]:
        """How many lessons were completed for the first time (per employee) on each day."""
        rows = self.db.execute(
            "SELECT day, count(*) FROM (SELECT substr(min(at), 1, 10) AS day FROM lesson_events"
            " WHERE kind = 'completed' GROUP BY employee_id, lesson_id) GROUP BY day ORDER BY day"
        )
        return [(row[0], row[1]) for row in rows]

    def attempt_scores(self, quiz_id: str | None = None) -> list[float]:
        """Scores of all finished (not abandoned) attempts, optionally of one quiz."""
        sql = (
            "SELECT r.score FROM attempt_results AS r JOIN attempts AS a ON a.id = r.attempt_id"
            " WHERE r.status <> 'abandoned'"
        )
        params: list[str] = []
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
    def team_facts(
        self,
        lessons: list[tuple[str, int, str | None]],
        quizzes: list[str],
        versions: Sequence[tuple[str, str, int]] = (),
    ) -> list[TeamFacts]:
        """Per employee with any record: lessons done and stale, quizzes passed, best scores.

        ``lessons`` are (lesson id, current revision, quiz id or None) and ``quizzes`` the quiz
        ids of the course as it is now; ``versions`` map published lesson versions to their
        revision. A completion is current when its version's revision (or, for a version never
        published, the revision in force when it was completed) is the lesson's; a lesson is
        done when completed currently and its quiz (if any) passed; stale when completed only
        in older revisions. Re-checks and reviews are not quiz passes.
        """
        conn = self.db.conn
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS team_lessons (lesson_id TEXT PRIMARY KEY,"
            " revision INTEGER NOT NULL, quiz_id TEXT)"
        )
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS team_quizzes (quiz_id TEXT PRIMARY KEY)")
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS team_versions (lesson_id TEXT NOT NULL,"
            " version TEXT NOT NULL, revision INTEGER NOT NULL,"
            " PRIMARY KEY (lesson_id, version, revision))"
        )
        with self.db.atomic():
            for table in ("team_lessons", "team_quizzes", "team_versions"):
                conn.execute(f"DELETE FROM {table}")
            conn.executemany("INSERT INTO team_lessons VALUES (?, ?, ?)", lessons)
            conn.executemany("INSERT INTO team_quizzes VALUES (?)", [(q,) for q in quizzes])
            conn.executemany("INSERT OR IGNORE INTO team_versions VALUES (?, ?, ?)", versions)
        if any(revision for _, revision, _ in lessons):
            # published version -> its revision; replaced -> the lowest; else by date
            current = """max(coalesce(
                (SELECT max(v.revision) FROM team_versions AS v
                 WHERE v.lesson_id = e.lesson_id AND v.version = e.lesson_version),
                (SELECT max(p.revision) FROM lesson_publications AS p
                 WHERE p.lesson_id = e.lesson_id AND p.published_at <= e.at),
                0) >= l.revision)"""
        else:  # nothing material was ever published: every completion is current
            current = "1"
        # each employee's best result per quiz, computed once for both queries below
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS team_quiz (employee_id TEXT NOT NULL,"
            " quiz_id TEXT NOT NULL, best REAL, last_finished TEXT, passed INTEGER,"
            " PRIMARY KEY (employee_id, quiz_id)) WITHOUT ROWID"
        )
        with self.db.atomic():
            conn.execute("DELETE FROM team_quiz")
            conn.execute(
                """
                INSERT INTO team_quiz
                SELECT a.employee_id, a.quiz_id, max(r.score), max(r.finished_at), max(r.passed)
                FROM attempts AS a
                JOIN team_quizzes AS q ON q.quiz_id = a.quiz_id
                JOIN attempt_results AS r ON r.attempt_id = a.id
                WHERE r.status <> 'abandoned'
                GROUP BY a.employee_id, a.quiz_id
                """
            )
        lesson_rows = conn.execute(
            "WITH comp AS ("
            " SELECT e.employee_id AS employee_id, e.lesson_id AS lesson_id,"
            f"  {current} AS current_done, l.quiz_id AS quiz_id"
            " FROM lesson_events AS e JOIN team_lessons AS l ON l.lesson_id = e.lesson_id"
            " WHERE e.kind = 'completed' GROUP BY e.employee_id, e.lesson_id)"
            """
            SELECT c.employee_id,
              group_concat(CASE WHEN c.current_done
                  AND (c.quiz_id IS NULL OR coalesce(q.passed, 0)) THEN c.lesson_id END),
              group_concat(CASE WHEN NOT c.current_done THEN c.lesson_id END)
            FROM comp AS c LEFT JOIN team_quiz AS q
              ON q.employee_id = c.employee_id AND q.quiz_id = c.quiz_id
            GROUP BY c.employee_id"""
        ).fetchall()
        quiz_rows = conn.execute(
            "SELECT employee_id, sum(coalesce(passed, 0)), avg(best), max(last_finished)"
            " FROM team_quiz GROUP BY employee_id"
        ).fetchall()
        activity = dict(
            conn.execute("SELECT employee_id, max(at) FROM lesson_events GROUP BY employee_id")
        )
        facts: dict[str, TeamFacts] = {}
        for employee_id, done, stale in lesson_rows:
            facts[employee_id] = TeamFacts(employee_id, _split(done), _split(stale))
        for employee_id, passed, average, last_finished in quiz_rows:
            base = facts.get(employee_id) or TeamFacts(employee_id, frozenset(), frozenset())
            facts[employee_id] = TeamFacts(
                employee_id, base.done, base.stale, int(passed or 0), average, last_finished
            )
        result = []
        for employee_id in facts.keys() | activity.keys():
            base = facts.get(employee_id) or TeamFacts(employee_id, frozenset(), frozenset())
            latest = max(
                filter(None, (activity.get(employee_id), base.last_activity)), default=None
            )
            result.append(
                TeamFacts(
                    employee_id,
                    base.done,
                    base.stale,
                    base.quizzes_passed,
                    base.average_best_score,
                    latest,
                )
            )
        return result

    def answer_breakdown(
        self, quiz_id: str, quiz_version: str, question_ids: Sequence[str]
    ) -> list[tuple[str, str, int, int]]:
        """(question id, stored answer, how many gave it, how many of those were correct).

        One pass over the answers to the quiz's questions in index order (question, answer),
        keeping those of this quiz version's attempts: the groups come out of the index
        already in order, so nothing is sorted. Identical answers are few, so the caller
        decodes each distinct answer once instead of once per learner.
        """
        if not question_ids:
            return []
        marks = ", ".join("?" * len(question_ids))
        rows = self.db.execute(
            "SELECT question_id, selected, count(*), sum(correct)"
            " FROM answers INDEXED BY answers_by_question"
            f" WHERE question_id IN ({marks}) AND attempt_id IN"
            " (SELECT id FROM attempts WHERE quiz_id = ? AND quiz_version = ?)"
            " GROUP BY question_id, selected",
            [*question_ids, quiz_id, quiz_version],
        )
        return [(row[0], row[1], row[2], row[3] or 0) for row in rows]
