-- m022: an answer's id is not stored when it can be worked out (issue 22). Each answer row
-- held a 36-character random id, and a unique index held it again: about 118 MB of a
-- 10,000-employee demo's 588 MB. An answer is now given the id '<result id>:<position>' when
-- it is made (ids are text everywhere: the server, sync, exports), and answer_rows keeps NULL
-- for such an id; the view ``answers`` puts it back from the attempt's result, so every
-- reader, sync and the server see the same ids. The result's id, not the attempt's: an
-- attempt resumed offline and submitted on two PCs has two results (m016), whose answers must
-- not share ids. An id made otherwise (older versions made random ones, and old desktops
-- still do; or an answer that arrives before its result) is stored as before and read as
-- stored. The unique index on ids now covers the stored ones only; a worked-out id is unique
-- because a result's positions are (the insert trigger and AnswerKeys skip an answer whose id
-- is here already, stored or worked out, as pulls always did). The table is rebuilt because
-- SQLite cannot drop a column's NOT NULL; rowids (seq) are kept.
ALTER TABLE answer_rows RENAME TO answer_rows_m020;
CREATE TABLE answer_rows (
    seq INTEGER PRIMARY KEY,
    id TEXT,
    attempt INTEGER NOT NULL REFERENCES answer_attempts(id),
    question INTEGER NOT NULL REFERENCES answer_questions(id),
    position INTEGER NOT NULL,
    choice INTEGER NOT NULL REFERENCES answer_choices(id),
    correct INTEGER NOT NULL,
    score REAL NOT NULL,
    UNIQUE (attempt, question)
);
INSERT INTO answer_rows (seq, id, attempt, question, position, choice, correct, score)
    SELECT r.seq,
        CASE WHEN typeof(r.position) = 'integer' AND r.id = (SELECT x.id FROM attempt_results AS x
                WHERE x.attempt_id = t.attempt_id) || ':' || r.position
            THEN NULL ELSE r.id END,
        r.attempt, r.question, r.position, r.choice, r.correct, r.score
    FROM answer_rows_m020 AS r JOIN answer_attempts AS t ON t.id = r.attempt
    ORDER BY r.seq;
CREATE UNIQUE INDEX answer_rows_by_id ON answer_rows (id) WHERE id IS NOT NULL;

-- the view and its triggers, and the old table with its index and triggers: made again below
DROP VIEW answers;
DROP TABLE answer_rows_m020;

CREATE VIEW answers AS
    SELECT answer_rows.seq AS rowid,
        coalesce(answer_rows.id, (SELECT attempt_results.id FROM attempt_results
            WHERE attempt_results.attempt_id = answer_attempts.attempt_id)
            || ':' || answer_rows.position) AS id,
        answer_attempts.attempt_id AS attempt_id, answer_questions.question_id AS question_id,
        answer_rows.position AS position, answer_choices.selected AS selected,
        answer_choices.selected_text AS selected_text, answer_rows.correct AS correct,
        answer_rows.score AS score
    FROM answer_rows
    JOIN answer_attempts ON answer_attempts.id = answer_rows.attempt
    JOIN answer_questions ON answer_questions.id = answer_rows.question
    JOIN answer_choices ON answer_choices.id = answer_rows.choice;

-- an id is kept only when it is not '<result id>:<position>' (with an integer position, as the
-- column stores it); an answer whose id is here already, stored or worked out, is skipped
CREATE TRIGGER answers_add INSTEAD OF INSERT ON answers
BEGIN
    SELECT RAISE(ABORT, 'NOT NULL constraint failed: answers.id') WHERE NEW.id IS NULL;
    INSERT INTO answer_attempts (attempt_id) VALUES (NEW.attempt_id)
        ON CONFLICT (attempt_id) DO NOTHING;
    INSERT INTO answer_questions (question_id) VALUES (NEW.question_id)
        ON CONFLICT (question_id) DO NOTHING;
    INSERT INTO answer_choices (selected, selected_text) VALUES (NEW.selected, NEW.selected_text)
        ON CONFLICT (selected, selected_text) DO NOTHING;
    INSERT INTO answer_rows (id, attempt, question, position, choice, correct, score)
    SELECT CASE WHEN typeof(NEW.position) = 'integer' AND NEW.id = (SELECT r.id
                FROM attempt_results AS r WHERE r.attempt_id = NEW.attempt_id)
                || ':' || NEW.position THEN NULL ELSE NEW.id END,
        t.id, q.id, NEW.position, c.id, NEW.correct, NEW.score
    FROM answer_attempts AS t, answer_questions AS q, answer_choices AS c
    WHERE t.attempt_id = NEW.attempt_id AND q.question_id = NEW.question_id
      AND c.selected = NEW.selected AND c.selected_text = NEW.selected_text
      AND NOT EXISTS (SELECT 1 FROM answer_rows WHERE id = NEW.id)
      AND NOT EXISTS (SELECT 1 FROM answer_rows AS k, attempt_results AS r
                      WHERE k.attempt = t.id AND k.id IS NULL
                        AND r.attempt_id = NEW.attempt_id AND NEW.id = r.id || ':' || k.position);
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
