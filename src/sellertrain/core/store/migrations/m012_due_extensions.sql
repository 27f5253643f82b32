-- m012: a manager extends one employee's due date for one lesson. The earliest assignment's
-- date otherwise wins, so a later assignment cannot move a deadline back: an extension can.
-- Append-only like the assignments; the latest extension of a lesson counts.
CREATE TABLE due_extensions (
    id TEXT PRIMARY KEY,
    employee_id TEXT NOT NULL REFERENCES employees(id),
    lesson_id TEXT NOT NULL,
    until TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES employees(id),
    created_at TEXT NOT NULL
);
CREATE INDEX due_extensions_by_employee ON due_extensions (employee_id, lesson_id, created_at);
CREATE TRIGGER due_extensions_no_update BEFORE UPDATE ON due_extensions
    BEGIN SELECT RAISE(ABORT, 'due_extensions is append-only: add a correcting row instead'); END;
CREATE TRIGGER due_extensions_no_delete BEFORE DELETE ON due_extensions
    BEGIN SELECT RAISE(ABORT, 'due_extensions is append-only: add a correcting row instead'); END;
