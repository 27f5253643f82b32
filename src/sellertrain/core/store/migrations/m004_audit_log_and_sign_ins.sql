
    CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id TEXT REFERENCES employees(id),
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
    );
    CREATE INDEX audit_log_by_time ON audit_log (at);
    CREATE TABLE sign_in_events (
        id TEXT PRIMARY KEY,
        employee_id TEXT NOT NULL REFERENCES employees(id),
        outcome TEXT NOT NULL CHECK (outcome IN ('failed', 'succeeded', 'reset')),
        at TEXT NOT NULL
    );
    CREATE INDEX sign_in_events_by_employee ON sign_in_events (employee_id, at, outcome);
    
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: add a correcting row instead'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: add a correcting row instead'); END;
    
    CREATE TRIGGER sign_in_events_no_update BEFORE UPDATE ON sign_in_events
    BEGIN SELECT RAISE(ABORT, 'sign_in_events is append-only: add a correcting row instead'); END;
    CREATE TRIGGER sign_in_events_no_delete BEFORE DELETE ON sign_in_events
    BEGIN SELECT RAISE(ABORT, 'sign_in_events is append-only: add a correcting row instead'); END;
    