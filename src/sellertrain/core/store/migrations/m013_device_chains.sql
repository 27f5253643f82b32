-- m013: the company record across PCs (issue 19). Every database gets a device id, and the
-- hash chains are kept per device: results per (employee, device), the audit log per device.
-- One employee taking quizzes on two PCs while offline then makes two chains that both verify,
-- instead of two results claiming the same link. Rows chained before this step belong to this
-- database's device (the hash format is unchanged: the device is the chain's key, not hashed).
INSERT INTO sync_state (key, value) VALUES ('device_id', lower(hex(randomblob(16))));
ALTER TABLE attempt_results ADD COLUMN device_id TEXT;
ALTER TABLE audit_log ADD COLUMN device_id TEXT;
DROP TRIGGER attempt_results_no_update;
DROP TRIGGER audit_log_no_update;
UPDATE attempt_results SET device_id = (SELECT value FROM sync_state WHERE key = 'device_id')
    WHERE chain_seq IS NOT NULL;
UPDATE audit_log SET device_id = (SELECT value FROM sync_state WHERE key = 'device_id')
    WHERE chain_seq IS NOT NULL;
CREATE TRIGGER attempt_results_no_update BEFORE UPDATE ON attempt_results
    BEGIN SELECT RAISE(ABORT, 'attempt_results is append-only: add a correcting row instead'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: add a correcting row instead'); END;
DROP INDEX attempt_results_chain;
CREATE UNIQUE INDEX attempt_results_chain
    ON attempt_results (employee_id, device_id, chain_seq) WHERE chain_seq IS NOT NULL;
DROP INDEX audit_log_chain;
CREATE UNIQUE INDEX audit_log_chain ON audit_log (device_id, chain_seq) WHERE chain_seq IS NOT NULL;
-- Changes to an employee (password, role, ...) as append-only events: the latest by (at,
-- device_id, seq) sets the employees row, here and on every PC that pulls them, so two PCs
-- changing one employee offline agree once both have synced (last writer wins).
CREATE TABLE employee_changes (
    id TEXT PRIMARY KEY,
    employee_id TEXT NOT NULL REFERENCES employees(id),
    field TEXT NOT NULL CHECK (field IN ('password_hash', 'password_expired', 'role',
        'manages', 'active', 'department', 'joined')),
    value,
    at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE INDEX employee_changes_latest
    ON employee_changes (employee_id, field, at, device_id, seq);
CREATE TRIGGER employee_changes_apply AFTER INSERT ON employee_changes
    WHEN NOT EXISTS (SELECT 1 FROM employee_changes AS c
        WHERE c.employee_id = NEW.employee_id AND c.field = NEW.field
          AND (c.at, c.device_id, c.seq) > (NEW.at, NEW.device_id, NEW.seq))
    BEGIN
        UPDATE employees SET
            password_hash = iif(NEW.field = 'password_hash', NEW.value, password_hash),
            password_expired = iif(NEW.field = 'password_expired', NEW.value, password_expired),
            role = iif(NEW.field = 'role', NEW.value, role),
            manages = iif(NEW.field = 'manages', NEW.value, manages),
            active = iif(NEW.field = 'active', NEW.value, active),
            department = iif(NEW.field = 'department', NEW.value, department),
            joined = iif(NEW.field = 'joined', NEW.value, joined)
        WHERE id = NEW.employee_id;
    END;
CREATE TRIGGER employee_changes_no_update BEFORE UPDATE ON employee_changes
    BEGIN SELECT RAISE(ABORT, 'employee_changes is append-only: add a correcting row instead'); END;
CREATE TRIGGER employee_changes_no_delete BEFORE DELETE ON employee_changes
    BEGIN SELECT RAISE(ABORT, 'employee_changes is append-only: add a correcting row instead'); END;
