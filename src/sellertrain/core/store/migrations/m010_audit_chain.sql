    ALTER TABLE audit_log ADD COLUMN chain_seq INTEGER;
    ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
    ALTER TABLE audit_log ADD COLUMN record_hash TEXT;
    CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_seq) WHERE chain_seq IS NOT NULL;
    ALTER TABLE employees ADD COLUMN password_expired INTEGER NOT NULL DEFAULT 0
        CHECK (password_expired IN (0, 1));
