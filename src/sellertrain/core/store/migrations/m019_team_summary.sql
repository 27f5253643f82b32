-- m019: one row per employee for the team table (issue 22). The table read every employee's
-- lesson and quiz summary rows (93k + 84k on a 10,000-employee demo, keyed by 36-character
-- ids) on every opening; team_summary holds what it needs of them in one row per employee:
-- completions = 'lesson@version' of each completed lesson (its latest completion), by lesson
-- id, comma-separated; passes = the quizzes passed; quizzes = every quiz with a result;
-- passed, average (of the best scores), last_finished = over every quiz with a result;
-- last_lesson_at = the latest reading record. Which lessons and quizzes count, and which
-- completion is current, depend on the course and its publications, so the team table
-- decides those from these values. The row is worked out again from all of the employee's
-- summary rows whenever one of them changes, so records may arrive in any order. A rowid
-- table: its rows (about 1 kB of text) would spill into overflow pages in a WITHOUT ROWID one.
CREATE TABLE team_summary (
    employee_id TEXT PRIMARY KEY,
    completions TEXT,
    passes TEXT,
    quizzes TEXT,
    passed INTEGER NOT NULL,
    average REAL,
    last_lesson_at TEXT,
    last_finished TEXT
);
INSERT OR REPLACE INTO team_summary
        (employee_id, completions, passes, quizzes, passed, average, last_lesson_at, last_finished)
    SELECT e.employee_id, l.completions, q.passes, q.quizzes, coalesce(q.passed, 0), q.average,
        l.last_at, q.last_finished
    FROM (SELECT employee_id FROM lesson_summary
          UNION SELECT employee_id FROM quiz_summary) AS e
    LEFT JOIN (SELECT employee_id,
            group_concat(CASE WHEN completed_at IS NOT NULL
                THEN lesson_id || '@' || completed_version END, ',') AS completions,
            max(last_at) AS last_at
        FROM (SELECT * FROM lesson_summary ORDER BY employee_id, lesson_id)
        GROUP BY employee_id) AS l ON l.employee_id = e.employee_id
    LEFT JOIN (SELECT employee_id,
            group_concat(CASE WHEN passed THEN quiz_id END, ',') AS passes,
            group_concat(quiz_id, ',') AS quizzes, sum(passed) AS passed, avg(best) AS average,
            max(last_finished) AS last_finished
        FROM (SELECT * FROM quiz_summary ORDER BY employee_id, quiz_id)
        GROUP BY employee_id) AS q ON q.employee_id = e.employee_id;
CREATE TRIGGER team_summary_lesson_add AFTER INSERT ON lesson_summary
BEGIN
    INSERT INTO team_summary
        (employee_id, completions, passes, quizzes, passed, average, last_lesson_at, last_finished)
    SELECT NEW.employee_id,
        (SELECT group_concat(c, ',') FROM (SELECT lesson_id || '@' || completed_version AS c
            FROM lesson_summary WHERE employee_id = NEW.employee_id AND completed_at IS NOT NULL
            ORDER BY lesson_id)),
        (SELECT group_concat(quiz_id, ',') FROM (SELECT quiz_id FROM quiz_summary
            WHERE employee_id = NEW.employee_id AND passed ORDER BY quiz_id)),
        (SELECT group_concat(quiz_id, ',') FROM (SELECT quiz_id FROM quiz_summary
            WHERE employee_id = NEW.employee_id ORDER BY quiz_id)),
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
END;
CREATE TRIGGER team_summary_lesson_change AFTER UPDATE ON lesson_summary
BEGIN
    INSERT INTO team_summary
        (employee_id, completions, passes, quizzes, passed, average, last_lesson_at, last_finished)
    SELECT NEW.employee_id,
        (SELECT group_concat(c, ',') FROM (SELECT lesson_id || '@' || completed_version AS c
            FROM lesson_summary WHERE employee_id = NEW.employee_id AND completed_at IS NOT NULL
            ORDER BY lesson_id)),
        (SELECT group_concat(quiz_id, ',') FROM (SELECT quiz_id FROM quiz_summary
            WHERE employee_id = NEW.employee_id AND passed ORDER BY quiz_id)),
        (SELECT group_concat(quiz_id, ',') FROM (SELECT quiz_id FROM quiz_summary
            WHERE employee_id = NEW.employee_id ORDER BY quiz_id)),
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
END;
CREATE TRIGGER team_summary_quiz_add AFTER INSERT ON quiz_summary
BEGIN
    INSERT INTO team_summary
        (employee_id, completions, passes, quizzes, passed, average, last_lesson_at, last_finished)
    SELECT NEW.employee_id,
        (SELECT group_concat(c, ',') FROM (SELECT lesson_id || '@' || completed_version AS c
            FROM lesson_summary WHERE employee_id = NEW.employee_id AND completed_at IS NOT NULL
            ORDER BY lesson_id)),
        (SELECT group_concat(quiz_id, ',') FROM (SELECT quiz_id FROM quiz_summary
            WHERE employee_id = NEW.employee_id AND passed ORDER BY quiz_id)),
        (SELECT group_concat(quiz_id, ',') FROM (SELECT quiz_id FROM quiz_summary
            WHERE employee_id = NEW.employee_id ORDER BY quiz_id)),
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
END;
CREATE TRIGGER team_summary_quiz_change AFTER UPDATE ON quiz_summary
BEGIN
    INSERT INTO team_summary
        (employee_id, completions, passes, quizzes, passed, average, last_lesson_at, last_finished)
    SELECT NEW.employee_id,
        (SELECT group_concat(c, ',') FROM (SELECT lesson_id || '@' || completed_version AS c
            FROM lesson_summary WHERE employee_id = NEW.employee_id AND completed_at IS NOT NULL
            ORDER BY lesson_id)),
        (SELECT group_concat(quiz_id, ',') FROM (SELECT quiz_id FROM quiz_summary
            WHERE employee_id = NEW.employee_id AND passed ORDER BY quiz_id)),
        (SELECT group_concat(quiz_id, ',') FROM (SELECT quiz_id FROM quiz_summary
            WHERE employee_id = NEW.employee_id ORDER BY quiz_id)),
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
END;
