-- m016: an attempt resumed offline and submitted on two PCs (issue 19). The company record keeps
-- the result it received first; the other one is kept as a conflict, with its answers, and is
-- shown to managers: never dropped. Both results stay links of their own device's hash chain,
-- so verify-records walks attempt_results and result_conflicts together.
CREATE TABLE result_conflicts (
    id TEXT PRIMARY KEY,  -- the result's own id
    attempt_id TEXT NOT NULL REFERENCES attempts(id),
    status TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    score REAL NOT NULL,
    passed INTEGER NOT NULL,
    pass_mark REAL,  -- as in attempt_results (m014)
    employee_id TEXT REFERENCES employees(id),
    chain_seq INTEGER,
    prev_hash TEXT,
    record_hash TEXT,
    device_id TEXT,
    other_result_id TEXT NOT NULL,  -- the result the attempt already had where this one arrived
    kept INTEGER NOT NULL DEFAULT 0,  -- 1: the company record kept this one (this PC's lost)
    recorded_at TEXT NOT NULL
);
CREATE INDEX result_conflicts_attempt ON result_conflicts (attempt_id);
CREATE TABLE conflict_answers (
    id TEXT PRIMARY KEY,
    result_id TEXT NOT NULL REFERENCES result_conflicts(id),
    attempt_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    selected TEXT NOT NULL,
    selected_text TEXT NOT NULL,
    correct INTEGER NOT NULL,
    score REAL NOT NULL
);
CREATE INDEX conflict_answers_result ON conflict_answers (result_id);
CREATE TRIGGER result_conflicts_no_update BEFORE UPDATE ON result_conflicts
    BEGIN SELECT RAISE(ABORT, 'result_conflicts is append-only: add a correcting row instead'); END;
CREATE TRIGGER result_conflicts_no_delete BEFORE DELETE ON result_conflicts
    BEGIN SELECT RAISE(ABORT, 'result_conflicts is append-only: add a correcting row instead'); END;
CREATE TRIGGER conflict_answers_no_update BEFORE UPDATE ON conflict_answers
    BEGIN SELECT RAISE(ABORT, 'conflict_answers is append-only: add a correcting row instead'); END;
CREATE TRIGGER conflict_answers_no_delete BEFORE DELETE ON conflict_answers
    BEGIN SELECT RAISE(ABORT, 'conflict_answers is append-only: add a correcting row instead'); END;
