-- m020: answers stored compactly (issue 22). An answer row held its attempt's id, its
-- question's id (a slug of up to ~120 characters), the options chosen and their texts, and
-- the attempt and question ids again in two indexes: 590 bytes a row, 783 MB of a
-- 10,000-employee demo's 1.2 GB. Each of those values repeats across thousands of rows, so
-- each is now kept once, in a table of its own with an integer key (INTEGER PRIMARY KEY, so
-- VACUUM never renumbers it), and answer_rows holds the keys. The view ``answers`` puts the
-- values back together exactly as they were stored, so every reader, the hash chain, sync
-- and exports see the same rows as before; inserting into it stores the keys (adding a value
-- the first time it is seen) and skips an answer whose id is already stored, as a pull
-- does. answer_rows.seq keeps the old rowid, so what was pushed stays pushed; the view's
-- ``rowid`` column is it. The option texts are kept per distinct (options, texts) pair, not
-- per quiz version: the same version can be shown in two languages.
CREATE TABLE answer_attempts (
    id INTEGER PRIMARY KEY,
    attempt_id TEXT NOT NULL UNIQUE REFERENCES attempts(id)
);
CREATE TABLE answer_questions (
    id INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL UNIQUE
);
CREATE TABLE answer_choices (
    id INTEGER PRIMARY KEY,
    selected TEXT NOT NULL,
    selected_text TEXT NOT NULL,
    UNIQUE (selected, selected_text)
);
CREATE TABLE answer_rows (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    attempt INTEGER NOT NULL REFERENCES answer_attempts(id),
    question INTEGER NOT NULL REFERENCES answer_questions(id),
    position INTEGER NOT NULL,
    choice INTEGER NOT NULL REFERENCES answer_choices(id),
    correct INTEGER NOT NULL,
    score REAL NOT NULL,
    UNIQUE (attempt, question)
);

INSERT INTO answer_attempts (attempt_id)
    SELECT attempt_id FROM answers GROUP BY attempt_id ORDER BY min(rowid);
INSERT INTO answer_questions (question_id)
    SELECT question_id FROM answers GROUP BY question_id ORDER BY min(rowid);
INSERT INTO answer_choices (selected, selected_text)
    SELECT selected, selected_text FROM answers GROUP BY selected, selected_text
    ORDER BY min(rowid);
INSERT INTO answer_rows (seq, id, attempt, question, position, choice, correct, score)
    SELECT x.rowid, x.id, t.id, q.id, x.position, c.id, x.correct, x.score
    FROM answers AS x
    JOIN answer_attempts AS t ON t.attempt_id = x.attempt_id
    JOIN answer_questions AS q ON q.question_id = x.question_id
    JOIN answer_choices AS c ON c.selected = x.selected AND c.selected_text = x.selected_text
    ORDER BY x.rowid;

-- dropping the table drops its index and triggers (m002, m006, m017): made again below
DROP TABLE answers;

-- (no aliases: query plans then name the tables read, for the checks that guard them)
CREATE VIEW answers AS
    SELECT answer_rows.seq AS rowid, answer_rows.id AS id,
        answer_attempts.attempt_id AS attempt_id, answer_questions.question_id AS question_id,
        answer_rows.position AS position, answer_choices.selected AS selected,
        answer_choices.selected_text AS selected_text, answer_rows.correct AS correct,
        answer_rows.score AS score
    FROM answer_rows
    JOIN answer_attempts ON answer_attempts.id = answer_rows.attempt
    JOIN answer_questions ON answer_questions.id = answer_rows.question
    JOIN answer_choices ON answer_choices.id = answer_rows.choice;

CREATE TRIGGER answers_add INSTEAD OF INSERT ON answers
BEGIN
    INSERT INTO answer_attempts (attempt_id) VALUES (NEW.attempt_id)
        ON CONFLICT (attempt_id) DO NOTHING;
    INSERT INTO answer_questions (question_id) VALUES (NEW.question_id)
        ON CONFLICT (question_id) DO NOTHING;
    INSERT INTO answer_choices (selected, selected_text) VALUES (NEW.selected, NEW.selected_text)
        ON CONFLICT (selected, selected_text) DO NOTHING;
    INSERT INTO answer_rows (id, attempt, question, position, choice, correct, score)
    VALUES (NEW.id,
        (SELECT id FROM answer_attempts WHERE attempt_id = NEW.attempt_id),
        (SELECT id FROM answer_questions WHERE question_id = NEW.question_id),
        NEW.position,
        (SELECT id FROM answer_choices
         WHERE selected = NEW.selected AND selected_text = NEW.selected_text),
        NEW.correct, NEW.score)
    ON CONFLICT (id) DO NOTHING;
END;

CREATE INDEX answers_by_question ON answer_rows (question, choice, correct, attempt);

CREATE TRIGGER answers_no_update INSTEAD OF UPDATE ON answers
    BEGIN SELECT RAISE(ABORT, 'answers is append-only: add a correcting row instead'); END;
CREATE TRIGGER answers_no_delete INSTEAD OF DELETE ON answers
    BEGIN SELECT RAISE(ABORT, 'answers is append-only: add a correcting row instead'); END;
CREATE TRIGGER answer_rows_no_update BEFORE UPDATE ON answer_rows
    BEGIN SELECT RAISE(ABORT, 'answer_rows is append-only: add a correcting row instead'); END;
CREATE TRIGGER answer_rows_no_delete BEFORE DELETE ON answer_rows
    BEGIN SELECT RAISE(ABORT, 'answer_rows is append-only: add a correcting row instead'); END;
CREATE TRIGGER answer_attempts_no_update BEFORE UPDATE ON answer_attempts
    BEGIN SELECT RAISE(ABORT, 'answer_attempts is append-only: add a correcting row instead'); END;
CREATE TRIGGER answer_attempts_no_delete BEFORE DELETE ON answer_attempts
    BEGIN SELECT RAISE(ABORT, 'answer_attempts is append-only: add a correcting row instead'); END;
CREATE TRIGGER answer_questions_no_update BEFORE UPDATE ON answer_questions
    BEGIN SELECT RAISE(ABORT, 'answer_questions is append-only: add a correcting row instead'); END;
CREATE TRIGGER answer_questions_no_delete BEFORE DELETE ON answer_questions
    BEGIN SELECT RAISE(ABORT, 'answer_questions is append-only: add a correcting row instead'); END;
CREATE TRIGGER answer_choices_no_update BEFORE UPDATE ON answer_choices
    BEGIN SELECT RAISE(ABORT, 'answer_choices is append-only: add a correcting row instead'); END;
CREATE TRIGGER answer_choices_no_delete BEFORE DELETE ON answer_choices
    BEGIN SELECT RAISE(ABORT, 'answer_choices is append-only: add a correcting row instead'); END;

-- the item analysis sums (m017), kept from the keys: the same values as before
CREATE TRIGGER answer_counts_add AFTER INSERT ON answer_rows
BEGIN
    INSERT INTO answer_counts (quiz_id, quiz_version, question_id, selected, answers, correct)
    SELECT a.quiz_id, a.quiz_version, q.question_id, c.selected, 1, NEW.correct
    FROM answer_attempts AS t JOIN attempts AS a ON a.id = t.attempt_id,
        answer_questions AS q, answer_choices AS c
    WHERE t.id = NEW.attempt AND q.id = NEW.question AND c.id = NEW.choice
    ON CONFLICT (quiz_id, quiz_version, question_id, selected) DO UPDATE SET
        answers = answers + 1,
        correct = correct + excluded.correct;
END;
CREATE TRIGGER question_sums_answer AFTER INSERT ON answer_rows
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
END;
