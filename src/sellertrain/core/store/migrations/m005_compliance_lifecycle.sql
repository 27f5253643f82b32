
    CREATE TABLE section_texts (
        hash TEXT PRIMARY KEY,
        lesson_id TEXT NOT NULL,
        anchor TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE lesson_publications (
        id TEXT PRIMARY KEY,
        lesson_id TEXT NOT NULL,
        version TEXT NOT NULL,
        previous_version TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('material', 'editorial')),
        revision INTEGER NOT NULL CHECK (revision >= 0),
        changed_sections TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changed_sections)),
        sections TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(sections)),
        previous_sections TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(previous_sections)),
        published_at TEXT NOT NULL,
        published_by TEXT REFERENCES employees(id),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX lesson_publications_by_lesson
        ON lesson_publications (lesson_id, published_at, revision, version);
    CREATE INDEX lesson_publications_by_version
        ON lesson_publications (lesson_id, version, revision);
    ALTER TABLE lesson_events ADD COLUMN sections TEXT
        CHECK (sections IS NULL OR json_valid(sections));
    ALTER TABLE attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'quiz'
        CHECK (kind IN ('quiz', 'recheck', 'review'));
    ALTER TABLE attempts ADD COLUMN scope TEXT CHECK (scope IS NULL OR json_valid(scope));
    ALTER TABLE attempts ADD COLUMN sections TEXT
        CHECK (sections IS NULL OR json_valid(sections));
    ALTER TABLE attempt_results ADD COLUMN employee_id TEXT REFERENCES employees(id);
    ALTER TABLE attempt_results ADD COLUMN chain_seq INTEGER;
    ALTER TABLE attempt_results ADD COLUMN prev_hash TEXT;
    ALTER TABLE attempt_results ADD COLUMN record_hash TEXT;
    CREATE UNIQUE INDEX attempt_results_chain
        ON attempt_results (employee_id, chain_seq) WHERE chain_seq IS NOT NULL;
    CREATE TABLE certificates (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        employee_id TEXT NOT NULL REFERENCES employees(id),
        scope_kind TEXT NOT NULL CHECK (scope_kind IN ('module', 'assessment')),
        scope TEXT NOT NULL,
        title TEXT NOT NULL,
        score REAL,
        issued_at TEXT NOT NULL,
        expires_at TEXT,
        evidence TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence))
    );
    CREATE INDEX certificates_by_employee ON certificates (employee_id, scope, issued_at);
    
    CREATE TRIGGER section_texts_no_update BEFORE UPDATE ON section_texts
    BEGIN SELECT RAISE(ABORT, 'section_texts is append-only: add a correcting row instead'); END;
    CREATE TRIGGER section_texts_no_delete BEFORE DELETE ON section_texts
    BEGIN SELECT RAISE(ABORT, 'section_texts is append-only: add a correcting row instead'); END;
    
    CREATE TRIGGER lesson_publications_no_update BEFORE UPDATE ON lesson_publications
    BEGIN SELECT RAISE(ABORT, 'lesson_publications is append-only: add a correcting row instead'); END;
    CREATE TRIGGER lesson_publications_no_delete BEFORE DELETE ON lesson_publications
    BEGIN SELECT RAISE(ABORT, 'lesson_publications is append-only: add a correcting row instead'); END;
    
    CREATE TRIGGER certificates_no_update BEFORE UPDATE ON certificates
    BEGIN SELECT RAISE(ABORT, 'certificates is append-only: add a correcting row instead'); END;
    CREATE TRIGGER certificates_no_delete BEFORE DELETE ON certificates
    BEGIN SELECT RAISE(ABORT, 'certificates is append-only: add a correcting row instead'); END;
    