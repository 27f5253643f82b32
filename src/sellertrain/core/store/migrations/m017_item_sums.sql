-- m017: item analysis from sums kept on write (issue 22). The questions tab read every answer
-- of a quiz twice (0.4 s for the busiest quiz of a 10,000-employee demo); it now reads one row
-- per question and one per answer given. answer_counts: every answer to a quiz version's
-- attempts, by question and answer given, as the analysis counts them. question_sums: the sums
-- behind each question's discrimination index, over the attempts with a result that is not
-- abandoned: x = 1 when the question was answered right, t = the attempt's right answers;
-- attempts = n, correct = sum x, totals = sum t, totals_sq = sum t*t,
-- totals_when_correct = sum x*t. Records arrive by sync in any order, so an attempt's answers
-- count when its result arrives, and an answer arriving after the result counts at once (and
-- adds to the attempt's total for its other answers).
CREATE TABLE answer_counts (
    quiz_id TEXT NOT NULL,
    quiz_version TEXT NOT NULL,
    question_id TEXT NOT NULL,
    selected TEXT NOT NULL,
    answers INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    PRIMARY KEY (quiz_id, quiz_version, question_id, selected)
) WITHOUT ROWID;
CREATE TABLE question_sums (
    quiz_id TEXT NOT NULL,
    quiz_version TEXT NOT NULL,
    question_id TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    totals INTEGER NOT NULL,
    totals_sq INTEGER NOT NULL,
    totals_when_correct INTEGER NOT NULL,
    PRIMARY KEY (quiz_id, quiz_version, question_id)
) WITHOUT ROWID;

INSERT INTO answer_counts (quiz_id, quiz_version, question_id, selected, answers, correct)
    SELECT a.quiz_id, a.quiz_version, x.question_id, x.selected, count(*), sum(x.correct)
    FROM answers AS x JOIN attempts AS a ON a.id = x.attempt_id
    GROUP BY a.quiz_id, a.quiz_version, x.question_id, x.selected;
INSERT INTO question_sums
    (quiz_id, quiz_version, question_id, attempts, correct, totals, totals_sq, totals_when_correct)
    WITH totals AS MATERIALIZED (
        SELECT attempt_id AS id, sum(correct <> 0) AS t FROM answers GROUP BY attempt_id)
    SELECT a.quiz_id, a.quiz_version, x.question_id, count(*), sum(x.correct <> 0), sum(s.t),
      sum(s.t * s.t), sum((x.correct <> 0) * s.t)
    FROM answers AS x JOIN totals AS s ON s.id = x.attempt_id
    JOIN attempts AS a ON a.id = x.attempt_id
    JOIN attempt_results AS r ON r.attempt_id = x.attempt_id
    WHERE a.kind = 'quiz' AND r.status <> 'abandoned'
    GROUP BY a.quiz_id, a.quiz_version, x.question_id;

CREATE TRIGGER answer_counts_add AFTER INSERT ON answers
BEGIN
    INSERT INTO answer_counts (quiz_id, quiz_version, question_id, selected, answers, correct)
    SELECT a.quiz_id, a.quiz_version, NEW.question_id, NEW.selected, 1, NEW.correct
    FROM attempts AS a WHERE a.id = NEW.attempt_id
    ON CONFLICT (quiz_id, quiz_version, question_id, selected) DO UPDATE SET
        answers = answers + 1,
        correct = correct + excluded.correct;
END;
CREATE TRIGGER question_sums_result AFTER INSERT ON attempt_results
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
END;
CREATE TRIGGER question_sums_answer AFTER INSERT ON answers
WHEN EXISTS (SELECT 1 FROM attempt_results AS r JOIN attempts AS a ON a.id = r.attempt_id
             WHERE r.attempt_id = NEW.attempt_id AND r.status <> 'abandoned' AND a.kind = 'quiz')
BEGIN
    -- a right answer adds one to the attempt's total t for its other answers
    UPDATE question_sums SET
        totals = totals + 1,
        totals_sq = totals_sq + 2 * (SELECT count(*) FROM answers AS y
            WHERE y.attempt_id = NEW.attempt_id AND y.correct <> 0) - 1,
        totals_when_correct = totals_when_correct + (SELECT y.correct <> 0 FROM answers AS y
            WHERE y.attempt_id = NEW.attempt_id AND y.question_id = question_sums.question_id)
    WHERE NEW.correct <> 0
      AND (quiz_id, quiz_version) = (SELECT a.quiz_id, a.quiz_version FROM attempts AS a
                                     WHERE a.id = NEW.attempt_id)
      AND question_id IN (SELECT y.question_id FROM answers AS y
                          WHERE y.attempt_id = NEW.attempt_id AND y.question_id <> NEW.question_id);
    INSERT INTO question_sums
        (quiz_id, quiz_version, question_id, attempts, correct, totals, totals_sq,
         totals_when_correct)
    SELECT a.quiz_id, a.quiz_version, NEW.question_id, 1, NEW.correct <> 0, t.n, t.n * t.n,
      (NEW.correct <> 0) * t.n
    FROM attempts AS a,
      (SELECT count(*) AS n FROM answers AS y
       WHERE y.attempt_id = NEW.attempt_id AND y.correct <> 0) AS t
    WHERE a.id = NEW.attempt_id
    ON CONFLICT (quiz_id, quiz_version, question_id) DO UPDATE SET
        attempts = attempts + 1,
        correct = correct + excluded.correct,
        totals = totals + excluded.totals,
        totals_sq = totals_sq + excluded.totals_sq,
        totals_when_correct = totals_when_correct + excluded.totals_when_correct;
END;
