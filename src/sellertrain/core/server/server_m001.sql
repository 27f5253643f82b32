-- The company record, step 1: the append-only record tables, mirrored from the desktop's
-- SQLite schema (schema 11), each with a server_seq that pulls page by. Run by `sellertrain
-- server init` as the database's owner (a role that may create roles), in one transaction.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sellertrain_desktop') THEN
        CREATE ROLE sellertrain_desktop NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sellertrain_manager') THEN
        CREATE ROLE sellertrain_manager NOLOGIN;
    END IF;
END $$;

CREATE SCHEMA sellertrain;
SET LOCAL search_path TO sellertrain, pg_catalog;

CREATE TABLE server_info (
    server_id uuid PRIMARY KEY,
    schema_version integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO server_info (server_id, schema_version) VALUES (gen_random_uuid(), 1);

CREATE TABLE employees (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    name text NOT NULL,
    name_key text NOT NULL UNIQUE,
    role text NOT NULL CHECK (role IN ('learner', 'manager', 'author')),
    department text,
    password_hash text NOT NULL,
    created_at text NOT NULL,
    active bigint NOT NULL,
    joined text,
    manages text,
    password_expired bigint NOT NULL
);
CREATE TABLE departments (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    name text PRIMARY KEY,
    created_at text NOT NULL
);
CREATE TABLE lesson_events (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    employee_id text NOT NULL REFERENCES employees (id),
    lesson_id text NOT NULL,
    lesson_version text NOT NULL,
    kind text NOT NULL,
    at text NOT NULL,
    seconds bigint NOT NULL,
    sections text
);
CREATE TABLE attempts (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    employee_id text NOT NULL REFERENCES employees (id),
    quiz_id text NOT NULL,
    quiz_version text NOT NULL,
    seed bigint NOT NULL,
    started_at text NOT NULL,
    kind text NOT NULL,
    scope text,
    sections text
);
CREATE TABLE attempt_results (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    attempt_id text NOT NULL UNIQUE REFERENCES attempts (id),
    status text NOT NULL,
    finished_at text NOT NULL,
    score double precision NOT NULL,
    passed bigint NOT NULL,
    employee_id text REFERENCES employees (id),
    chain_seq bigint,
    prev_hash text,
    record_hash text,
    -- one employee's chain: a second result with the same link is refused, never dropped
    UNIQUE (employee_id, chain_seq)
);
CREATE TABLE answers (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    attempt_id text NOT NULL REFERENCES attempts (id),
    question_id text NOT NULL,
    position bigint NOT NULL,
    selected text NOT NULL,
    selected_text text NOT NULL,
    correct bigint NOT NULL,
    score double precision NOT NULL,
    UNIQUE (attempt_id, question_id)
);
CREATE TABLE draft_answers (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    attempt_id text NOT NULL REFERENCES attempts (id),
    question_id text NOT NULL,
    selected text NOT NULL,
    saved_at text NOT NULL,
    seq bigint NOT NULL
);
CREATE TABLE assignments (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    lesson_id text,
    module text,
    target_kind text NOT NULL,
    target text,
    due_date text NOT NULL,
    created_by text NOT NULL REFERENCES employees (id),
    created_at text NOT NULL,
    lead_days bigint,
    every_months bigint
);
CREATE TABLE assignment_revocations (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    assignment_id text NOT NULL UNIQUE REFERENCES assignments (id),
    revoked_by text NOT NULL REFERENCES employees (id),
    revoked_at text NOT NULL
);
CREATE TABLE audit_log (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    at text NOT NULL,
    actor_id text REFERENCES employees (id),
    action text NOT NULL,
    subject text NOT NULL,
    details text NOT NULL,
    chain_seq bigint,
    prev_hash text,
    record_hash text
);
CREATE TABLE sign_in_events (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    employee_id text NOT NULL REFERENCES employees (id),
    outcome text NOT NULL,
    at text NOT NULL
);
CREATE TABLE section_texts (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    hash text PRIMARY KEY,
    lesson_id text NOT NULL,
    anchor text NOT NULL,
    title text NOT NULL,
    text text NOT NULL
);
CREATE TABLE lesson_publications (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    lesson_id text NOT NULL,
    version text NOT NULL,
    previous_version text,
    kind text NOT NULL,
    revision bigint NOT NULL,
    changed_sections text NOT NULL,
    sections text NOT NULL,
    previous_sections text NOT NULL,
    published_at text NOT NULL,
    published_by text REFERENCES employees (id),
    note text NOT NULL
);
CREATE TABLE certificates (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    code text NOT NULL UNIQUE,
    employee_id text NOT NULL REFERENCES employees (id),
    scope_kind text NOT NULL,
    scope text NOT NULL,
    title text NOT NULL,
    score double precision,
    issued_at text NOT NULL,
    expires_at text,
    evidence text NOT NULL
);

-- Append-only, enforced here too: no role is granted UPDATE, DELETE or TRUNCATE, and these
-- triggers refuse them even to the owner (who would have to drop a trigger first).
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only in the company record: add a correcting row instead',
        TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;

-- Every insert into a record table waits for one advisory lock, taken by a statement-level
-- trigger before any row (and so any server_seq) is made: writers commit in server_seq
-- order, so a pull that has seen server_seq N can never later find a row below N.
CREATE FUNCTION serialize_writers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(5391010119);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['employees', 'departments', 'lesson_events', 'attempts',
        'attempt_results', 'answers', 'draft_answers', 'assignments', 'assignment_revocations',
        'audit_log', 'sign_in_events', 'section_texts', 'lesson_publications', 'certificates']
    LOOP
        EXECUTE format('CREATE TRIGGER %1$s_no_change BEFORE UPDATE OR DELETE ON %1$I '
            'FOR EACH ROW EXECUTE FUNCTION refuse_change()', t);
        EXECUTE format('CREATE TRIGGER %1$s_no_truncate BEFORE TRUNCATE ON %1$I '
            'FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()', t);
        EXECUTE format('CREATE TRIGGER %1$s_in_order BEFORE INSERT ON %1$I '
            'FOR EACH STATEMENT EXECUTE FUNCTION serialize_writers()', t);
    END LOOP;
END $$;
CREATE TRIGGER server_info_no_change BEFORE UPDATE OR DELETE ON server_info
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Roles. A desktop reads every record (manager screens read the local copy after a pull)
-- and adds records; only a manager's login adds employees and departments.
REVOKE ALL ON ALL TABLES IN SCHEMA sellertrain FROM PUBLIC;
GRANT USAGE ON SCHEMA sellertrain TO sellertrain_desktop, sellertrain_manager;
GRANT SELECT ON ALL TABLES IN SCHEMA sellertrain TO sellertrain_desktop, sellertrain_manager;
GRANT INSERT ON lesson_events, attempts, attempt_results, answers, draft_answers, assignments,
    assignment_revocations, audit_log, sign_in_events, section_texts, lesson_publications,
    certificates TO sellertrain_desktop, sellertrain_manager;
GRANT INSERT ON employees, departments TO sellertrain_manager;
