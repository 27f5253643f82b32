-- m018: what a manager's PC found wrong in the records it pulled (issue 19, verify on pull).
-- Each sync of a manager's PC walks the chains of the employees whose results arrived and scores
-- each result again from its answers; every mismatch is one row here, once (the same line found
-- on a later pull is not added again). It is this PC's own finding, never synced. Which rows a
-- manager has looked at is one mark in sync_state ('pull_problems_seen': the last id seen).
CREATE TABLE pull_problems (
    id INTEGER PRIMARY KEY,
    found_at TEXT NOT NULL,
    employee_id TEXT,  -- who the record is about (NULL when it names nobody known)
    employee TEXT NOT NULL,  -- the name as it was when found
    record_id TEXT,  -- the result (or attempt) the problem is in, when it is about one
    quiz_id TEXT,
    message TEXT NOT NULL,  -- what is wrong, one line
    line TEXT NOT NULL UNIQUE  -- "employee: message", as printed by sellertrain sync
);
CREATE TRIGGER pull_problems_no_update BEFORE UPDATE ON pull_problems
    BEGIN SELECT RAISE(ABORT, 'pull_problems is append-only: add a correcting row instead'); END;
CREATE TRIGGER pull_problems_no_delete BEFORE DELETE ON pull_problems
    BEGIN SELECT RAISE(ABORT, 'pull_problems is append-only: add a correcting row instead'); END;
