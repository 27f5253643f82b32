-- The company record, step 4: content travels. A publication carries the lesson's file, its
-- quizzes' files and the assets they use, so every desktop's content folder can be brought to
-- what the records were scored against. Append-only like the records.
SET LOCAL search_path TO sellertrain, pg_catalog;
INSERT INTO server_info (server_id, schema_version) SELECT server_id, 4 FROM server_info LIMIT 1;

CREATE TABLE content_files (
    server_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    publication_id text NOT NULL REFERENCES lesson_publications (id),
    lesson_id text NOT NULL,
    version text NOT NULL,
    path text NOT NULL CHECK (path ~ '^(lessons|quizzes|assets)/[A-Za-z0-9][A-Za-z0-9._-]*$'),
    sha256 text NOT NULL,
    body bytea NOT NULL,
    published_at text NOT NULL,
    UNIQUE (publication_id, path)
);
CREATE TRIGGER content_files_no_change BEFORE UPDATE OR DELETE ON content_files
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER content_files_no_truncate BEFORE TRUNCATE ON content_files
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER content_files_in_order BEFORE INSERT ON content_files
    FOR EACH STATEMENT EXECUTE FUNCTION serialize_writers();
REVOKE ALL ON content_files FROM PUBLIC;
GRANT SELECT, INSERT ON content_files TO sellertrain_desktop, sellertrain_manager;
