-- m024: team_summary's texts as small integer codes (issue 22). Its three lists named each
-- completion as 'lesson@version' and each quiz by its id: about 720 bytes per employee, read
-- and hashed whole by the team table at every opening. team_codes numbers each distinct
-- 'lesson@version' and quiz id once (a few hundred on the shipped course), and the lists hold
-- those numbers, comma-separated, in the order they held the texts (by lesson id, by quiz
-- id). A code is made by the trigger that first meets its text, or by the fill below (and by
-- bulk writing's), and is never changed nor deleted: a list keeps its meaning whichever order
-- the records arrive in. The rest of team_summary is as m019 made it.
CREATE TABLE team_codes (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);
DROP TRIGGER team_summary_lesson_add;
DROP TRIGGER team_summary_lesson_change;
DROP TRIGGER team_summary_quiz_add;
DROP TRIGGER team_summary_quiz_change;
INSERT OR IGNORE INTO team_codes (text)
    SELECT DISTINCT lesson_id || '@' || completed_version FROM lesson_summary
    WHERE completed_at IS NOT NULL AND completed_version IS NOT NULL ORDER BY 1;
INSERT OR IGNORE INTO team_codes (text)
    SELECT DISTINCT quiz_id FROM quiz_summary ORDER BY 1;
DELETE FROM team_summary;
INSERT INTO team_summary
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
        GROUP BY employee_id) AS q ON q.employee_id = e.employee_id;
CREATE TRIGGER team_summary_lesson_add AFTER INSERT ON lesson_summary
BEGIN
    INSERT INTO team_codes (text) SELECT NEW.lesson_id || '@' || NEW.completed_version
        WHERE NEW.completed_at IS NOT NULL AND NEW.completed_version IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM team_codes
            WHERE text = NEW.lesson_id || '@' || NEW.completed_version);
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
END;
CREATE TRIGGER team_summary_lesson_change AFTER UPDATE ON lesson_summary
BEGIN
    INSERT INTO team_codes (text) SELECT NEW.lesson_id || '@' || NEW.completed_version
        WHERE NEW.completed_at IS NOT NULL AND NEW.completed_version IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM team_codes
            WHERE text = NEW.lesson_id || '@' || NEW.completed_version);
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
END;
CREATE TRIGGER team_summary_quiz_add AFTER INSERT ON quiz_summary
BEGIN
    INSERT INTO team_codes (text) SELECT NEW.quiz_id
        WHERE NOT EXISTS (SELECT 1 FROM team_codes
            WHERE text = NEW.quiz_id);
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
END;
CREATE TRIGGER team_summary_quiz_change AFTER UPDATE ON quiz_summary
BEGIN
    INSERT INTO team_codes (text) SELECT NEW.quiz_id
        WHERE NOT EXISTS (SELECT 1 FROM team_codes
            WHERE text = NEW.quiz_id);
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
END;
