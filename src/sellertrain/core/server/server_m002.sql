-- The company record, step 2 (desktop schema 13): hash chains per device, the due-date
-- extensions (desktop m012) and employee change events. A result or audit row whose link is not
-- the current head of its own chain is refused, so history cannot be inserted into the past.
SET LOCAL search_path TO sellertrain, pg_catalog;
ALTER TABLE server_info DROP CONSTRAINT server_info_pkey;
ALTER TABLE server_info ADD PRIMARY KEY (server_id, schema_version);
INSERT INTO server_info (server_id, schema_version) SELECT server_id, 2 FROM server_info LIMIT 1;

ALTER TABLE attempt_results ADD COLUMN device_id text;
ALTER TABLE audit_log ADD COLUMN device_id text;
ALTER TABLE attempt_results DROP CONSTRAINT attempt_results_employee_id_chain_seq_key;
ALTER TABLE attempt_results ADD CONSTRAINT attempt_results_chain_key
    UNIQUE (employee_id, device_id, chain_seq);
ALTER TABLE audit_log ADD CONSTRAINT audit_log_chain_key UNIQUE (device_id, chain_seq);

CREATE TABLE due_extensions (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    employee_id text NOT NULL REFERENCES employees (id),
    lesson_id text NOT NULL,
    until text NOT NULL,
    created_by text NOT NULL REFERENCES employees (id),
    created_at text NOT NULL
);
CREATE TABLE employee_changes (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    employee_id text NOT NULL REFERENCES employees (id),
    field text NOT NULL CHECK (field IN ('password_hash', 'password_expired', 'role',
        'manages', 'active', 'department', 'joined')),
    value text,
    at text NOT NULL,
    device_id text NOT NULL,
    seq bigint NOT NULL
);

-- A chained row must follow its chain's head: (employee, device) for results, the device for
-- the audit log. A row already here (a push cut short and repeated) is let through to its
-- ON CONFLICT (id) DO NOTHING. A chain whose earlier rows came before step 2 (no device) may
-- continue where it is.
CREATE FUNCTION check_result_link() RETURNS trigger LANGUAGE plpgsql
    SET search_path = sellertrain, pg_catalog AS $$
DECLARE
    head_seq bigint;
    head_hash text;
BEGIN
    IF NEW.chain_seq IS NULL OR EXISTS (SELECT FROM attempt_results WHERE id = NEW.id) THEN
        RETURN NEW;
    END IF;
    SELECT chain_seq, record_hash INTO head_seq, head_hash FROM attempt_results
        WHERE employee_id = NEW.employee_id AND device_id = NEW.device_id
          AND chain_seq IS NOT NULL
        ORDER BY chain_seq DESC LIMIT 1;
    IF NOT FOUND THEN
        IF EXISTS (SELECT FROM attempt_results WHERE employee_id = NEW.employee_id
                   AND device_id IS NULL AND chain_seq IS NOT NULL) THEN
            RETURN NEW;
        END IF;
        head_seq := 0;
        head_hash := '';
    END IF;
    IF NEW.chain_seq <> head_seq + 1 OR coalesce(NEW.prev_hash, '') <> head_hash THEN
        RAISE EXCEPTION 'result % (link %) does not follow the head of its chain (link %)',
            NEW.id, NEW.chain_seq, head_seq USING ERRCODE = 'check_violation',
            CONSTRAINT = 'result_not_at_chain_head';
    END IF;
    RETURN NEW;
END $$;
CREATE FUNCTION check_audit_link() RETURNS trigger LANGUAGE plpgsql
    SET search_path = sellertrain, pg_catalog AS $$
DECLARE
    head_seq bigint;
    head_hash text;
BEGIN
    IF NEW.chain_seq IS NULL OR EXISTS (SELECT FROM audit_log WHERE id = NEW.id) THEN
        RETURN NEW;
    END IF;
    SELECT chain_seq, record_hash INTO head_seq, head_hash FROM audit_log
        WHERE device_id = NEW.device_id AND chain_seq IS NOT NULL
        ORDER BY chain_seq DESC LIMIT 1;
    IF NOT FOUND THEN
        IF NEW.chain_seq > 1 AND EXISTS (SELECT FROM audit_log WHERE device_id IS NULL
                                         AND chain_seq IS NOT NULL) THEN
            RETURN NEW;
        END IF;
        head_seq := 0;
        head_hash := '';
    END IF;
    IF NEW.chain_seq <> head_seq + 1 OR coalesce(NEW.prev_hash, '') <> head_hash THEN
        RAISE EXCEPTION 'audit row % (link %) does not follow the head of its chain (link %)',
            NEW.id, NEW.chain_seq, head_seq USING ERRCODE = 'check_violation',
            CONSTRAINT = 'audit_not_at_chain_head';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER attempt_results_at_head BEFORE INSERT ON attempt_results
    FOR EACH ROW EXECUTE FUNCTION check_result_link();
CREATE TRIGGER audit_log_at_head BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION check_audit_link();

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['due_extensions', 'employee_changes']
    LOOP
        EXECUTE format('CREATE TRIGGER %1$s_no_change BEFORE UPDATE OR DELETE ON %1$I '
            'FOR EACH ROW EXECUTE FUNCTION refuse_change()', t);
        EXECUTE format('CREATE TRIGGER %1$s_no_truncate BEFORE TRUNCATE ON %1$I '
            'FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()', t);
        EXECUTE format('CREATE TRIGGER %1$s_in_order BEFORE INSERT ON %1$I '
            'FOR EACH STATEMENT EXECUTE FUNCTION serialize_writers()', t);
    END LOOP;
END $$;

REVOKE ALL ON due_extensions, employee_changes FROM PUBLIC;
GRANT SELECT ON due_extensions, employee_changes TO sellertrain_desktop, sellertrain_manager;
GRANT INSERT ON due_extensions, employee_changes TO sellertrain_desktop, sellertrain_manager;
