-- m015: the sign-in back-off of this computer (issue 17). Failed sign-ins in a row per employee
-- slow the next try (a few seconds, at most a minute) instead of locking the name for up to an
-- hour. It is a counter of this database only, never synced: a guesser on one PC slows that PC,
-- not the employee everywhere. Every outcome is still recorded in sign_in_events.
CREATE TABLE sign_in_backoff (
    employee_id TEXT PRIMARY KEY REFERENCES employees(id),
    failures INTEGER NOT NULL CHECK (failures >= 1),
    last_failure_at TEXT NOT NULL
);
