-- The company record, step 5: a quiz publication is decided here and carries its files. An
-- author's material or editorial publication of a quiz is inserted on the server first, under
-- the writers' lock, and refused when the server's latest decision about that quiz is not the
-- version the author changed (someone else published first); with it go the quiz's file and
-- the assets it shows, so every desktop's content folder can be given the version its results
-- are scored against. 'first' publications (a version the app met) are records, pushed as
-- before. Append-only like the records.
SET LOCAL search_path TO sellertrain, pg_catalog;
INSERT INTO server_info (server_id, schema_version) SELECT server_id, 5 FROM server_info LIMIT 1;

CREATE INDEX quiz_publications_by_quiz ON quiz_publications (quiz_id, server_seq);
CREATE TABLE quiz_files (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    publication_id text NOT NULL REFERENCES quiz_publications (id),
    quiz_id text NOT NULL,
    version text NOT NULL,
    path text NOT NULL CHECK (path ~ '^(quizzes|assets)/[A-Za-z0-9][A-Za-z0-9._-]*$'),
    sha256 text NOT NULL,
    body bytea NOT NULL,
    published_at text NOT NULL,
    published_by text REFERENCES employees (id),
    UNIQUE (publication_id, path)
);
CREATE INDEX quiz_files_by_version ON quiz_files (quiz_id, version, server_seq);
CREATE TRIGGER quiz_files_no_change BEFORE UPDATE OR DELETE ON quiz_files
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER quiz_files_no_truncate BEFORE TRUNCATE ON quiz_files
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER quiz_files_in_order BEFORE INSERT ON quiz_files
    FOR EACH STATEMENT EXECUTE FUNCTION serialize_writers();
REVOKE ALL ON quiz_files FROM PUBLIC;
GRANT SELECT, INSERT ON quiz_files TO sellertrain_desktop, sellertrain_manager;
