-- The company record, step 3 (desktop schema 14): an attempt resumed offline and submitted on
-- two PCs. The record keeps the result it received first; a later result for the same attempt
-- is moved by the link trigger into result_conflicts (its answers into conflict_answers, by the
-- push), never dropped. It stays a link of its own device's chain, so the head of a chain is
-- read from both tables. Also what a result was measured against (desktop schema 14): each
-- result keeps the pass mark of its quiz version's publication (inside its hash), and the quiz
-- publications travel like the lesson ones, so every PC can check a result's pass mark.
SET LOCAL search_path TO sellertrain, pg_catalog;
INSERT INTO server_info (server_id, schema_version) SELECT server_id, 3 FROM server_info LIMIT 1;

ALTER TABLE attempt_results ADD COLUMN pass_mark double precision;
CREATE TABLE quiz_publications (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    quiz_id text NOT NULL,
    version text NOT NULL,
    previous_version text,
    kind text NOT NULL CHECK (kind IN ('first', 'material', 'editorial')),
    pass_mark integer NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
    time_limit integer,
    terms text NOT NULL,
    published_at text NOT NULL,
    published_by text REFERENCES employees (id),
    note text NOT NULL DEFAULT ''
);
CREATE TABLE result_conflicts (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    attempt_id text NOT NULL REFERENCES attempts (id),
    status text NOT NULL,
    finished_at text NOT NULL,
    score double precision NOT NULL,
    passed bigint NOT NULL,
    pass_mark double precision,
    employee_id text REFERENCES employees (id),
    chain_seq bigint,
    prev_hash text,
    record_hash text,
    device_id text,
    other_result_id text NOT NULL,
    kept bigint NOT NULL DEFAULT 0,
    recorded_at text NOT NULL
);
CREATE TABLE conflict_answers (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    result_id text NOT NULL REFERENCES result_conflicts (id),
    attempt_id text NOT NULL,
    question_id text NOT NULL,
    position bigint NOT NULL,
    selected text NOT NULL,
    selected_text text NOT NULL,
    correct bigint NOT NULL,
    score double precision NOT NULL
);

CREATE OR REPLACE FUNCTION check_result_link() RETURNS trigger LANGUAGE plpgsql
    SET search_path = sellertrain, pg_catalog AS $$
DECLARE
    head_seq bigint;
    head_hash text;
    kept_id text;
BEGIN
    IF EXISTS (SELECT FROM attempt_results WHERE id = NEW.id) THEN
        RETURN NEW;  -- a repeated push: ON CONFLICT (id) DO NOTHING skips it
    END IF;
    IF EXISTS (SELECT FROM result_conflicts WHERE id = NEW.id) THEN
        RETURN NULL;  -- already kept as a conflict
    END IF;
    IF NEW.chain_seq IS NOT NULL THEN
        SELECT links.chain_seq, links.record_hash INTO head_seq, head_hash FROM (
            SELECT chain_seq, record_hash FROM attempt_results
                WHERE employee_id = NEW.employee_id AND device_id = NEW.device_id
                  AND chain_seq IS NOT NULL
            UNION ALL
            SELECT chain_seq, record_hash FROM result_conflicts
                WHERE employee_id = NEW.employee_id AND device_id = NEW.device_id
                  AND chain_seq IS NOT NULL
        ) AS links ORDER BY links.chain_seq DESC LIMIT 1;
        IF NOT FOUND THEN
            head_seq := 0;
            head_hash := '';
            IF EXISTS (SELECT FROM attempt_results WHERE employee_id = NEW.employee_id
                       AND device_id IS NULL AND chain_seq IS NOT NULL) THEN
                head_seq := NULL;  -- a chain from before step 2 continues where it is
            END IF;
        END IF;
        IF head_seq IS NOT NULL
           AND (NEW.chain_seq <> head_seq + 1 OR coalesce(NEW.prev_hash, '') <> head_hash) THEN
            RAISE EXCEPTION 'result % (link %) does not follow the head of its chain (link %)',
                NEW.id, NEW.chain_seq, head_seq USING ERRCODE = 'check_violation',
                CONSTRAINT = 'result_not_at_chain_head';
        END IF;
    END IF;
    SELECT id INTO kept_id FROM attempt_results WHERE attempt_id = NEW.attempt_id;
    IF FOUND THEN
        INSERT INTO result_conflicts (id, attempt_id, status, finished_at, score, passed,
            pass_mark, employee_id, chain_seq, prev_hash, record_hash, device_id,
            other_result_id, kept, recorded_at)
        VALUES (NEW.id, NEW.attempt_id, NEW.status, NEW.finished_at, NEW.score, NEW.passed,
            NEW.pass_mark, NEW.employee_id, NEW.chain_seq, NEW.prev_hash, NEW.record_hash,
            NEW.device_id, kept_id, 0,
            to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'));
        RETURN NULL;  -- the attempt already has its result here: this one is the conflict
    END IF;
    RETURN NEW;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['result_conflicts', 'conflict_answers', 'quiz_publications']
    LOOP
        EXECUTE format('CREATE TRIGGER %1$s_no_change BEFORE UPDATE OR DELETE ON %1$I '
            'FOR EACH ROW EXECUTE FUNCTION refuse_change()', t);
        EXECUTE format('CREATE TRIGGER %1$s_no_truncate BEFORE TRUNCATE ON %1$I '
            'FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()', t);
        EXECUTE format('CREATE TRIGGER %1$s_in_order BEFORE INSERT ON %1$I '
            'FOR EACH STATEMENT EXECUTE FUNCTION serialize_writers()', t);
    END LOOP;
END $$;

REVOKE ALL ON result_conflicts, conflict_answers, quiz_publications FROM PUBLIC;
GRANT SELECT, INSERT ON result_conflicts, conflict_answers, quiz_publications
    TO sellertrain_desktop, sellertrain_manager;
