
        CREATE TABLE employees (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('learner', 'manager', 'author')),
            department TEXT,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE lesson_events (
            id TEXT PRIMARY KEY,
            employee_id TEXT NOT NULL REFERENCES employees(id),
            lesson_id TEXT NOT NULL,
            lesson_version TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('opened', 'read', 'completed')),
            at TEXT NOT NULL,
            seconds INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX lesson_events_by_employee
            ON lesson_events (employee_id, lesson_id, kind, at, lesson_version, seconds);
    
    CREATE TRIGGER lesson_events_no_update BEFORE UPDATE ON lesson_events
    BEGIN SELECT RAISE(ABORT, 'lesson_events is append-only: add a correcting row instead'); END;
    CREATE TRIGGER lesson_events_no_delete BEFORE DELETE ON lesson_events
    BEGIN SELECT RAISE(ABORT, 'lesson_events is append-only: add a correcting row instead'); END;
    