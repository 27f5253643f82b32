
    CREATE TABLE assignments (
        id TEXT PRIMARY KEY,
        lesson_id TEXT,
        module TEXT,
        target_kind TEXT NOT NULL
            CHECK (target_kind IN ('everyone', 'role', 'department', 'employee')),
        target TEXT,
        due_date TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES employees(id),
        created_at TEXT NOT NULL,
        CHECK ((lesson_id IS NULL) <> (module IS NULL))
    );
    CREATE TABLE assignment_revocations (
        id TEXT PRIMARY KEY,
        assignment_id TEXT NOT NULL UNIQUE REFERENCES assignments(id),
        revoked_by TEXT NOT NULL REFERENCES employees(id),
        revoked_at TEXT NOT NULL
    );
    CREATE INDEX lesson_events_report
        ON lesson_events (kind, employee_id, lesson_id, lesson_version, at);
    CREATE INDEX lesson_events_activity ON lesson_events (employee_id, at);
    CREATE INDEX attempts_by_quiz ON attempts (quiz_id, id, employee_id, quiz_version, started_at);
    CREATE INDEX attempt_results_cover
        ON attempt_results (attempt_id, status, score, passed, finished_at);
    
    CREATE TRIGGER assignments_no_update BEFORE UPDATE ON assignments
    BEGIN SELECT RAISE(ABORT, 'assignments is append-only: add a correcting row instead'); END;
    CREATE TRIGGER assignments_no_delete BEFORE DELETE ON assignments
    BEGIN SELECT RAISE(ABORT, 'assignments is append-only: add a correcting row instead'); END;
    
    CREATE TRIGGER assignment_revocations_no_update BEFORE UPDATE ON assignment_revocations
    BEGIN SELECT RAISE(ABORT, 'assignment_revocations is append-only: add a correcting row instead'); END;
    CREATE TRIGGER assignment_revocations_no_delete BEFORE DELETE ON assignment_revocations
    BEGIN SELECT RAISE(ABORT, 'assignment_revocations is append-only: add a correcting row instead'); END;
    