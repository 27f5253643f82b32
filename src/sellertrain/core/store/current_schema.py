"""The schema as it is now (after the last migration): the objects code refers to by name.

Migrations say how a database got here; this module says what is here, for the code that
works with the schema's objects directly. Bulk writing (demo data) drops the index on answers
by question and the summary triggers, and builds them again once at the end, several times
faster than keeping them up to date row by row. tests/core/store/test_migrations.py checks that
every statement below is exactly what a fully migrated database holds, so a migration that
changes one of these objects must update it here too.
"""

from __future__ import annotations

from dataclasses import dataclass

APPLICATION_ID = 0x53545231  # "STR1": marks the file as a SellerTrain database
APPEND_ONLY_TABLES = (
    "lesson_event_rows",
    "record_employees",
    "record_lessons",
    "attempts",
    "attempt_results",
    "answer_rows",
    "answer_attempts",
    "answer_questions",
    "answer_choices",
    "draft_answers",
    "assignments",
    "assignment_revocations",
    "due_extensions",
    "audit_log",
    "sign_in_events",
    "section_texts",
    "lesson_publications",
    "certificates",
    "employee_changes",
    "quiz_publications",
    "result_conflicts",
    "conflict_answers",
    "pull_problems",
)
# Views over append-only tables that read as one (m020: ``answers`` over answer_rows and the
# values it keys; m026: ``lesson_events`` over lesson_event_rows): refusing updates and
# deletes with the same words as a table would.
APPEND_ONLY_VIEWS = ("answers", "lesson_events")


@dataclass(frozen=True)
class SchemaObject:
    """An index or trigger: its kind and name (for DROP) and its CREATE statement."""

    kind: str  # "index" or "trigger", as sqlite_master's ``type`` says
    name: str
    create: str

    @property
    def drop(self) -> str:
        return f"DROP {self.kind.upper()} {self.name}"


# Who missed a question reads the answers to it from this index (m020: over the keys).
ANSWERS_BY_QUESTION = SchemaObject(
    "index",
    "answers_by_question",
    "CREATE INDEX answers_by_question ON answer_rows (question, choice, correct, attempt)",
)
# The summaries for the team table, kept by triggers in the transaction of every new record
# (m026: the lesson summaries from the keys of lesson_event_rows).
LESSON_SUMMARY_ADD = SchemaObject(
    "trigger",
    "lesson_summary_add",
    """CREATE TRIGGER lesson_summary_add AFTER INSERT ON lesson_event_rows
BEGIN
    INSERT INTO lesson_summary
        (employee_id, lesson_id, completed_at, completed_version, seconds, last_at)
    SELECT k.employee_id, l.lesson_id,
        CASE WHEN NEW.kind = 'completed' THEN NEW.at END,
        CASE WHEN NEW.kind = 'completed' THEN NEW.lesson_version END,
        NEW.seconds, NEW.at
    FROM record_employees AS k, record_lessons AS l
    WHERE k.id = NEW.employee AND l.id = NEW.lesson
    ON CONFLICT (employee_id, lesson_id) DO UPDATE SET
        completed_version = CASE
            WHEN NEW.kind = 'completed' AND (completed_at IS NULL OR NEW.at >= completed_at)
            THEN NEW.lesson_version ELSE completed_version END,
        completed_at = CASE
            WHEN NEW.kind = 'completed' AND (completed_at IS NULL OR NEW.at >= completed_at)
            THEN NEW.at ELSE completed_at END,
        seconds = seconds + NEW.seconds,
        last_at = max(last_at, NEW.at);
END""",
)
QUIZ_SUMMARY_ADD = SchemaObject(
    "trigger",
    "quiz_summary_add",
    """CREATE TRIGGER quiz_summary_add AFTER INSERT ON attempt_results
    WHEN NEW.status <> 'abandoned'
    BEGIN
        INSERT INTO quiz_summary (employee_id, quiz_id, best, last_finished, passed)
        SELECT a.employee_id, a.quiz_id, NEW.score, NEW.finished_at, NEW.passed
        FROM attempts AS a WHERE a.id = NEW.attempt_id AND a.kind = 'quiz'
        ON CONFLICT (employee_id, quiz_id) DO UPDATE SET
            best = max(best, excluded.best),
            last_finished = max(last_finished, excluded.last_finished),
            passed = max(passed, excluded.passed);
    END""",
)
# The sums behind item analysis (m017), kept by triggers whatever order an attempt's
# answers and result arrive in.
ANSWER_COUNTS_ADD = SchemaObject(
    "trigger",
    "answer_counts_add",
    """CREATE TRIGGER answer_counts_add AFTER INSERT ON answer_rows
BEGIN
    INSERT INTO answer_counts (quiz_id, quiz_version, question_id, selected, answers, correct)
    SELECT a.quiz_id, a.quiz_version, q.question_id, c.selected, 1, NEW.correct
    FROM answer_attempts AS t JOIN attempts AS a ON a.id = t.attempt_id,
        answer_questions AS q, answer_choices AS c
    WHERE t.id = NEW.attempt AND q.id = NEW.question AND c.id = NEW.choice
    ON CONFLICT (quiz_id, quiz_version, question_id, selected) DO UPDATE SET
        answers = answers + 1,
        correct = correct + excluded.correct;
END""",
)
QUESTION_SUMS_RESULT = SchemaObject(
    "trigger",
    "question_sums_result",
    """CREATE TRIGGER question_sums_result AFTER INSERT ON attempt_results
WHEN NEW.status <> 'abandoned'
BEGIN
    INSERT INTO question_sums
        (quiz_id, quiz_version, question_id, attempts, correct, totals, totals_sq,
         totals_when_correct)
    SELECT a.quiz_id, a.quiz_version, x.question_id, 1, x.correct <> 0, t.n, t.n * t.n,
      (x.correct <> 0) * t.n
    FROM attempts AS a JOIN answers AS x ON x.attempt_id = a.id,
      (SELECT count(*) AS n FROM answers AS y
       WHERE y.attempt_id = NEW.attempt_id AND y.correct <> 0) AS t
    WHERE a.id = NEW.attempt_id AND a.kind = 'quiz'
    ON CONFLICT (quiz_id, quiz_version, question_id) DO UPDATE SET
        attempts = attempts + 1,
        correct = correct + excluded.correct,
        totals = totals + excluded.totals,
        totals_sq = totals_sq + excluded.totals_sq,
        totals_when_correct = totals_when_correct + excluded.totals_when_correct;
END""",
)
QUESTION_SUMS_ANSWER = SchemaObject(
    "trigger",
    "question_sums_answer",
    """CREATE TRIGGER question_sums_answer AFTER INSERT ON answer_rows
WHEN EXISTS (SELECT 1 FROM answer_attempts AS t JOIN attempt_results AS r
                 ON r.attempt_id = t.attempt_id JOIN attempts AS a ON a.id = t.attempt_id
             WHERE t.id = NEW.attempt AND r.status <> 'abandoned' AND a.kind = 'quiz')
BEGIN
    -- a right answer adds one to the attempt's total t for its other answers
    UPDATE question_sums SET
        totals = totals + 1,
        totals_sq = totals_sq + 2 * (SELECT count(*) FROM answer_rows AS y
            WHERE y.attempt = NEW.attempt AND y.correct <> 0) - 1,
        totals_when_correct = totals_when_correct + (SELECT y.correct <> 0
            FROM answer_rows AS y JOIN answer_questions AS q ON q.id = y.question
            WHERE y.attempt = NEW.attempt AND q.question_id = question_sums.question_id)
    WHERE NEW.correct <> 0
      AND (quiz_id, quiz_version) = (SELECT a.quiz_id, a.quiz_version
                                     FROM answer_attempts AS t JOIN attempts AS a
                                         ON a.id = t.attempt_id
                                     WHERE t.id = NEW.attempt)
      AND question_id IN (SELECT q.question_id FROM answer_rows AS y
                          JOIN answer_questions AS q ON q.id = y.question
                          WHERE y.attempt = NEW.attempt AND y.question <> NEW.question);
    INSERT INTO question_sums
        (quiz_id, quiz_version, question_id, attempts, correct, totals, totals_sq,
         totals_when_correct)
    SELECT a.quiz_id, a.quiz_version, q.question_id, 1, NEW.correct <> 0, n.n, n.n * n.n,
      (NEW.correct <> 0) * n.n
    FROM answer_attempts AS t JOIN attempts AS a ON a.id = t.attempt_id,
      answer_questions AS q,
      (SELECT count(*) AS n FROM answer_rows AS y
       WHERE y.attempt = NEW.attempt AND y.correct <> 0) AS n
    WHERE t.id = NEW.attempt AND q.id = NEW.question
    ON CONFLICT (quiz_id, quiz_version, question_id) DO UPDATE SET
        attempts = attempts + 1,
        correct = correct + excluded.correct,
        totals = totals + excluded.totals,
        totals_sq = totals_sq + excluded.totals_sq,
        totals_when_correct = totals_when_correct + excluded.totals_when_correct;
END""",
)


def _team_summary_trigger(name: str, event: str, table: str) -> SchemaObject:
    """One of the four triggers keeping ``team_summary`` (m019, m024): whichever of an
    employee's lesson or quiz summary rows changed, its text gets a code in ``team_codes`` if it
    has none, and their one row is worked out again from all of them."""
    # not INSERT OR IGNORE: in a trigger, the conflict clause of the statement that fired it
    # (INSERT OR ABORT, as some writes are) overrides the trigger's own
    text = (
        "NEW.lesson_id || '@' || NEW.completed_version"
        if table == "lesson_summary"
        else "NEW.quiz_id"
    )
    when = (
        "NEW.completed_at IS NOT NULL AND NEW.completed_version IS NOT NULL\n          AND "
        if table == "lesson_summary"
        else ""
    )
    return SchemaObject(
        "trigger",
        name,
        f"""CREATE TRIGGER {name} AFTER {event} ON {table}
BEGIN
    INSERT INTO team_codes (text) SELECT {text}
        WHERE {when}NOT EXISTS (SELECT 1 FROM team_codes
            WHERE text = {text});
    INSERT INTO team_summary
        (employee_id, completions, passes, quizzes, passed, average, last_lesson_at, last_finished)
    SELECT NEW.employee_id,
        (SELECT group_concat(id, ',') FROM (SELECT c.id FROM lesson_summary AS s
            JOIN team_codes AS c ON c.text = s.lesson_id || '@' || s.completed_version
            WHERE s.employee_id = NEW.employee_id AND s.completed_at IS NOT NULL
            ORDER BY s.lesson_id)),
        (SELECT group_concat(id, ',') FROM (SELECT c.id FROM quiz_summary AS s
            JOIN team_codes AS c ON c.text = s.quiz_id
            WHERE s.employee_id = NEW.employee_id AND s.passed ORDER BY s.quiz_id)),
        (SELECT group_concat(id, ',') FROM (SELECT c.id FROM quiz_summary AS s
            JOIN team_codes AS c ON c.text = s.quiz_id
            WHERE s.employee_id = NEW.employee_id ORDER BY s.quiz_id)),
        q.passed, q.average, (SELECT max(last_at) FROM lesson_summary
            WHERE employee_id = NEW.employee_id), q.last_finished
    FROM (SELECT coalesce(sum(passed), 0) AS passed, avg(best) AS average,
            max(last_finished) AS last_finished
          FROM quiz_summary WHERE employee_id = NEW.employee_id) AS q
    WHERE true
    ON CONFLICT (employee_id) DO UPDATE SET completions = excluded.completions,
        passes = excluded.passes, quizzes = excluded.quizzes, passed = excluded.passed,
        average = excluded.average, last_lesson_at = excluded.last_lesson_at,
        last_finished = excluded.last_finished;
END""",
    )


# One row per employee for the team table (m019), kept from their lesson and quiz summaries:
# so the table reads 10,000 rows, not every employee's every lesson and quiz.
TEAM_SUMMARY_TRIGGERS = (
    _team_summary_trigger("team_summary_lesson_add", "INSERT", "lesson_summary"),
    _team_summary_trigger("team_summary_lesson_change", "UPDATE", "lesson_summary"),
    _team_summary_trigger("team_summary_quiz_add", "INSERT", "quiz_summary"),
    _team_summary_trigger("team_summary_quiz_change", "UPDATE", "quiz_summary"),
)
# What bulk writing drops for its write and builds again at the end.
REBUILT_AFTER_BULK_WRITES = (
    LESSON_SUMMARY_ADD,
    QUIZ_SUMMARY_ADD,
    *TEAM_SUMMARY_TRIGGERS,
    ANSWER_COUNTS_ADD,
    QUESTION_SUMS_RESULT,
    QUESTION_SUMS_ANSWER,
    ANSWERS_BY_QUESTION,
)

# The per-employee summaries (m007, m019): keyed by employee id first.
EMPLOYEE_SUMMARY_TABLES = ("lesson_summary", "quiz_summary", "team_summary")
# team_summary from the lesson and quiz summaries (filled first), as its triggers keep it:
# first a code (m024) for each text that has none, then the rows, replacing any row those
# triggers wrote while the summaries were filled.
TEAM_SUMMARY_FILL = (
    """INSERT OR IGNORE INTO team_codes (text)
    SELECT DISTINCT lesson_id || '@' || completed_version FROM lesson_summary
    WHERE completed_at IS NOT NULL AND completed_version IS NOT NULL ORDER BY 1""",
    """INSERT OR IGNORE INTO team_codes (text)
    SELECT DISTINCT quiz_id FROM quiz_summary ORDER BY 1""",
    """INSERT OR REPLACE INTO team_summary
        (employee_id, completions, passes, quizzes, passed, average, last_lesson_at, last_finished)
    SELECT e.employee_id, l.completions, q.passes, q.quizzes, coalesce(q.passed, 0), q.average,
        l.last_at, q.last_finished
    FROM (SELECT employee_id FROM lesson_summary
          UNION SELECT employee_id FROM quiz_summary) AS e
    LEFT JOIN (SELECT employee_id, group_concat(code, ',') AS completions,
            max(last_at) AS last_at
        FROM (SELECT s.employee_id, s.last_at, c.id AS code FROM lesson_summary AS s
            LEFT JOIN team_codes AS c ON s.completed_at IS NOT NULL
                AND c.text = s.lesson_id || '@' || s.completed_version
            ORDER BY s.employee_id, s.lesson_id)
        GROUP BY employee_id) AS l ON l.employee_id = e.employee_id
    LEFT JOIN (SELECT employee_id,
            group_concat(CASE WHEN passed THEN code END, ',') AS passes,
            group_concat(code, ',') AS quizzes, sum(passed) AS passed, avg(best) AS average,
            max(last_finished) AS last_finished
        FROM (SELECT s.employee_id, s.passed, s.best, s.last_finished, c.id AS code
            FROM quiz_summary AS s LEFT JOIN team_codes AS c ON c.text = s.quiz_id
            ORDER BY s.employee_id, s.quiz_id)
        GROUP BY employee_id) AS q ON q.employee_id = e.employee_id""",
)
# The per-employee summaries computed from the records, as the triggers above would keep them.
EMPLOYEE_SUMMARY_FILL = (
    """INSERT INTO lesson_summary (employee_id, lesson_id, seconds, last_at)
        SELECT employee_id, lesson_id, sum(seconds), max(at)
        FROM lesson_events GROUP BY employee_id, lesson_id""",
    """UPDATE lesson_summary SET (completed_at, completed_version) = (
        SELECT e.at, e.lesson_version FROM lesson_events AS e
        WHERE e.employee_id = lesson_summary.employee_id AND e.lesson_id = lesson_summary.lesson_id
          AND e.kind = 'completed'
        ORDER BY e.at DESC, e.rowid DESC LIMIT 1)""",
    """INSERT INTO quiz_summary (employee_id, quiz_id, best, last_finished, passed)
        SELECT a.employee_id, a.quiz_id, max(r.score), max(r.finished_at), max(r.passed)
        FROM attempts AS a JOIN attempt_results AS r ON r.attempt_id = a.id
        WHERE r.status <> 'abandoned' AND a.kind = 'quiz'
        GROUP BY a.employee_id, a.quiz_id""",
    *TEAM_SUMMARY_FILL,
)
# The item analysis sums (m017): keyed by quiz, quiz version and question. Filled from the
# keys of answer_rows (m020), each question and choice text joined once per group, not per
# answer: the same sums as the view would give, in 0.8 s instead of 1.1 s for 270k answers.
ITEM_SUMMARY_TABLES = ("answer_counts", "question_sums")
ITEM_SUMMARY_FILL = (
    """INSERT INTO answer_counts (quiz_id, quiz_version, question_id, selected, answers, correct)
    WITH versions AS MATERIALIZED (
        SELECT t.id AS attempt, a.quiz_id AS quiz_id, a.quiz_version AS quiz_version
        FROM answer_attempts AS t JOIN attempts AS a ON a.id = t.attempt_id),
    counted AS MATERIALIZED (
        SELECT v.quiz_id AS quiz_id, v.quiz_version AS quiz_version, x.question AS question,
            x.choice AS choice, count(*) AS n, sum(x.correct) AS k
        FROM answer_rows AS x JOIN versions AS v ON v.attempt = x.attempt
        GROUP BY v.quiz_id, v.quiz_version, x.question, x.choice)
    SELECT n.quiz_id, n.quiz_version, q.question_id, c.selected, sum(n.n), sum(n.k)
    FROM counted AS n JOIN answer_questions AS q ON q.id = n.question
    JOIN answer_choices AS c ON c.id = n.choice
    GROUP BY n.quiz_id, n.quiz_version, q.question_id, c.selected""",
    """INSERT INTO question_sums
    (quiz_id, quiz_version, question_id, attempts, correct, totals, totals_sq, totals_when_correct)
    WITH finished AS MATERIALIZED (
        SELECT t.id AS attempt, a.quiz_id AS quiz_id, a.quiz_version AS quiz_version
        FROM answer_attempts AS t JOIN attempts AS a ON a.id = t.attempt_id
        JOIN attempt_results AS r ON r.attempt_id = t.attempt_id
        WHERE a.kind = 'quiz' AND r.status <> 'abandoned'),
    totals AS MATERIALIZED (
        SELECT attempt, sum(correct <> 0) AS t FROM answer_rows GROUP BY attempt),
    summed AS MATERIALIZED (
        SELECT f.quiz_id AS quiz_id, f.quiz_version AS quiz_version, x.question AS question,
            count(*) AS n, sum(x.correct <> 0) AS k, sum(s.t) AS st, sum(s.t * s.t) AS sq,
            sum((x.correct <> 0) * s.t) AS kt
        FROM answer_rows AS x JOIN finished AS f ON f.attempt = x.attempt
        JOIN totals AS s ON s.attempt = x.attempt
        GROUP BY f.quiz_id, f.quiz_version, x.question)
    SELECT m.quiz_id, m.quiz_version, q.question_id, m.n, m.k, m.st, m.sq, m.kt
    FROM summed AS m JOIN answer_questions AS q ON q.id = m.question""",
)
# Every summary table, and the statements that compute them all from the records.
SUMMARY_TABLES = EMPLOYEE_SUMMARY_TABLES + ITEM_SUMMARY_TABLES
SUMMARY_FILL = EMPLOYEE_SUMMARY_FILL + ITEM_SUMMARY_FILL


def _append_only_trigger(table: str, kind: str, when: str = "BEFORE") -> SchemaObject:
    """The trigger refusing ``kind`` ("update" or "delete") on an append-only table (or, with
    ``when`` "INSTEAD OF", on a view)."""
    return SchemaObject(
        "trigger",
        f"{table}_no_{kind}",
        f"CREATE TRIGGER {table}_no_{kind} {when} {kind.upper()} ON {table}\n"
        f"    BEGIN SELECT RAISE(ABORT, '{table} is append-only: add a correcting row instead');"
        " END",
    )


# The triggers that refuse to update or delete history, as the migrations made them: the
# app checks at start-up that each is there, unchanged, before it writes to a file.
APPEND_ONLY_TRIGGERS = tuple(
    _append_only_trigger(table, kind)
    for table in APPEND_ONLY_TABLES
    for kind in ("update", "delete")
) + tuple(
    _append_only_trigger(view, kind, "INSTEAD OF")
    for view in APPEND_ONLY_VIEWS
    for kind in ("update", "delete")
)
