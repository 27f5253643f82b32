-- m014: what a quiz result was measured against (issue 17). A quiz's pass mark, time limit and
-- questions are published like a lesson's text: each quiz_publications row is an author's
-- decision (material when the pass mark, time limit or question set changed; editorial for
-- wording), and a quiz can only be taken in a version that was published. Each result keeps
-- the pass mark it was scored under, inside its hash (chain format 2), so a certificate shows
-- and proves it, and a quiz file edited to pass_mark: 1 scores nobody.
CREATE TABLE quiz_publications (
    id TEXT PRIMARY KEY,
    quiz_id TEXT NOT NULL,
    version TEXT NOT NULL,
    previous_version TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('first', 'material', 'editorial')),
    pass_mark INTEGER NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
    time_limit INTEGER,
    terms TEXT NOT NULL,  -- JSON: draw rules and each question's id and answer key
    published_at TEXT NOT NULL,
    published_by TEXT REFERENCES employees(id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quiz_publications_by_quiz ON quiz_publications (quiz_id, published_at);
CREATE TRIGGER quiz_publications_no_update BEFORE UPDATE ON quiz_publications
    BEGIN SELECT RAISE(ABORT, 'quiz_publications is append-only: add a correcting row instead'); END;
CREATE TRIGGER quiz_publications_no_delete BEFORE DELETE ON quiz_publications
    BEGIN SELECT RAISE(ABORT, 'quiz_publications is append-only: add a correcting row instead'); END;
ALTER TABLE attempt_results ADD COLUMN pass_mark REAL;
