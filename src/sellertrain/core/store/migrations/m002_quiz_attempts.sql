
        CREATE TABLE attempts (
            id TEXT PRIMARY KEY,
            employee_id TEXT NOT NULL REFERENCES employees(id),
            quiz_id TEXT NOT NULL,
            quiz_version TEXT NOT NULL,
            seed INTEGER NOT NULL,
            started_at TEXT NOT NULL
        );
        CREATE INDEX attempts_by_employee ON attempts (employee_id, quiz_id, started_at);
        CREATE TABLE attempt_results (
            id TEXT PRIMARY KEY,
            attempt_id TEXT NOT NULL UNIQUE REFERENCES attempts(id),
            status TEXT NOT NULL CHECK (status IN ('submitted', 'abandoned', 'timed_out')),
            finished_at TEXT NOT NULL,
            score REAL NOT NULL,
            passed INTEGER NOT NULL
        );
        CREATE TABLE answers (
            id TEXT PRIMARY KEY,
            attempt_id TEXT NOT NULL REFERENCES attempts(id),
            question_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            selected TEXT NOT NULL,
            selected_text TEXT NOT NULL,
            correct INTEGER NOT NULL,
            score REAL NOT NULL,
            UNIQUE (attempt_id, question_id)
        );
        CREATE TABLE draft_answers (
            id TEXT PRIMARY KEY,
            attempt_id TEXT NOT NULL REFERENCES attempts(id),
            question_id TEXT NOT NULL,
            selected TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            seq INTEGER NOT NULL
        );
        CREATE INDEX draft_answers_by_attempt ON draft_answers (attempt_id, seq);
    
    CREATE TRIGGER attempts_no_update BEFORE UPDATE ON attempts
    BEGIN SELECT RAISE(ABORT, 'attempts is append-only: add a correcting row instead'); END;
    CREATE TRIGGER attempts_no_delete BEFORE DELETE ON attempts
    BEGIN SELECT RAISE(ABORT, 'attempts is append-only: add a correcting row instead'); END;
    
    CREATE TRIGGER attempt_results_no_update BEFORE UPDATE ON attempt_results
    BEGIN SELECT RAISE(ABORT, 'attempt_results is append-only: add a correcting row instead'); END;
    CREATE TRIGGER attempt_results_no_delete BEFORE DELETE ON attempt_results
    BEGIN SELECT RAISE(ABORT, 'attempt_results is append-only: add a correcting row instead'); END;
    
    CREATE TRIGGER answers_no_update BEFORE UPDATE ON answers
    BEGIN SELECT RAISE(ABORT, 'answers is append-only: add a correcting row instead'); END;
    CREATE TRIGGER answers_no_delete BEFORE DELETE ON answers
    BEGIN SELECT RAISE(ABORT, 'answers is append-only: add a correcting row instead'); END;
    
    CREATE TRIGGER draft_answers_no_update BEFORE UPDATE ON draft_answers
    BEGIN SELECT RAISE(ABORT, 'draft_answers is append-only: add a correcting row instead'); END;
    CREATE TRIGGER draft_answers_no_delete BEFORE DELETE ON draft_answers
    BEGIN SELECT RAISE(ABORT, 'draft_answers is append-only: add a correcting row instead'); END;
    