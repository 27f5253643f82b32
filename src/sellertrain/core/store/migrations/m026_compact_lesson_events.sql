-- m026: reading records stored compactly (issue 22), as answers are since m020. A row of
-- lesson_events held its employee's id (36 characters) and its lesson's id, and both indexes
-- held them again: with 330,000 records, 102 MB of a 10,000-employee demo's 389 MB. Each of
-- those values repeats across many rows, so each is now kept once, in a table of its own with
-- an integer key (INTEGER PRIMARY KEY, so VACUUM never renumbers it), and
-- lesson_event_rows holds the keys. The view ``lesson_events`` puts the values back together
-- exactly as they were stored, so every reader, sync and exports see the same rows as
-- before; inserting into it stores the keys (adding a value the first time it is seen) and
-- skips a record whose id is already stored, as a pull does. lesson_event_rows.seq keeps the
-- old rowid, so what was pushed stays pushed; the view's ``rowid`` column (its last, so that
-- ``SELECT *`` gives the table's columns in their places) is it. The keys
-- are named for records in general (record_employees, record_lessons): other record tables
-- can take them too.
CREATE TABLE record_employees (
    id INTEGER PRIMARY KEY,
    employee_id TEXT NOT NULL UNIQUE REFERENCES employees(id)
);
CREATE TABLE record_lessons (
    id INTEGER PRIMARY KEY,
    lesson_id TEXT NOT NULL UNIQUE
);
CREATE TABLE lesson_event_rows (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    employee INTEGER NOT NULL REFERENCES record_employees(id),
    lesson INTEGER NOT NULL REFERENCES record_lessons(id),
    lesson_version TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('opened', 'read', 'completed')),
    at TEXT NOT NULL,
    seconds INTEGER NOT NULL DEFAULT 0,
    sections TEXT CHECK (sections IS NULL OR json_valid(sections))
);

INSERT INTO record_employees (employee_id)
    SELECT employee_id FROM lesson_events GROUP BY employee_id ORDER BY min(rowid);
INSERT INTO record_lessons (lesson_id)
    SELECT lesson_id FROM lesson_events GROUP BY lesson_id ORDER BY min(rowid);
INSERT INTO lesson_event_rows
    (seq, id, employee, lesson, lesson_version, kind, at, seconds, sections)
    SELECT e.rowid, e.id, k.id, l.id, e.lesson_version, e.kind, e.at, e.seconds, e.sections
    FROM lesson_events AS e
    JOIN record_employees AS k ON k.employee_id = e.employee_id
    JOIN record_lessons AS l ON l.lesson_id = e.lesson_id
    ORDER BY e.rowid;

-- dropping the table drops its indexes and triggers (m001, m007, m021, m023): made again below
DROP TABLE lesson_events;

-- (no aliases: query plans then name the tables read, for the checks that guard them)
CREATE VIEW lesson_events AS
    SELECT lesson_event_rows.id AS id,
        record_employees.employee_id AS employee_id, record_lessons.lesson_id AS lesson_id,
        lesson_event_rows.lesson_version AS lesson_version, lesson_event_rows.kind AS kind,
        lesson_event_rows.at AS at, lesson_event_rows.seconds AS seconds,
        lesson_event_rows.sections AS sections, lesson_event_rows.seq AS rowid
    FROM lesson_event_rows
    JOIN record_employees ON record_employees.id = lesson_event_rows.employee
    JOIN record_lessons ON record_lessons.id = lesson_event_rows.lesson;

CREATE TRIGGER lesson_events_add INSTEAD OF INSERT ON lesson_events
BEGIN
    INSERT INTO record_employees (employee_id) VALUES (NEW.employee_id)
        ON CONFLICT (employee_id) DO NOTHING;
    INSERT INTO record_lessons (lesson_id) VALUES (NEW.lesson_id)
        ON CONFLICT (lesson_id) DO NOTHING;
    INSERT INTO lesson_event_rows
        (id, employee, lesson, lesson_version, kind, at, seconds, sections)
    VALUES (NEW.id,
        (SELECT id FROM record_employees WHERE employee_id = NEW.employee_id),
        (SELECT id FROM record_lessons WHERE lesson_id = NEW.lesson_id),
        NEW.lesson_version, NEW.kind, NEW.at, coalesce(NEW.seconds, 0), NEW.sections)
    ON CONFLICT (id) DO NOTHING;
END;

CREATE INDEX lesson_events_by_employee ON lesson_event_rows (employee, lesson);
CREATE INDEX lesson_events_completed ON lesson_event_rows (lesson, employee, kind,
    lesson_version, at) WHERE kind = 'completed';

CREATE TRIGGER lesson_events_no_update INSTEAD OF UPDATE ON lesson_events
    BEGIN SELECT RAISE(ABORT, 'lesson_events is append-only: add a correcting row instead'); END;
CREATE TRIGGER lesson_events_no_delete INSTEAD OF DELETE ON lesson_events
    BEGIN SELECT RAISE(ABORT, 'lesson_events is append-only: add a correcting row instead'); END;
CREATE TRIGGER lesson_event_rows_no_update BEFORE UPDATE ON lesson_event_rows
    BEGIN SELECT RAISE(ABORT, 'lesson_event_rows is append-only: add a correcting row instead'); END;
CREATE TRIGGER lesson_event_rows_no_delete BEFORE DELETE ON lesson_event_rows
    BEGIN SELECT RAISE(ABORT, 'lesson_event_rows is append-only: add a correcting row instead'); END;
CREATE TRIGGER record_employees_no_update BEFORE UPDATE ON record_employees
    BEGIN SELECT RAISE(ABORT, 'record_employees is append-only: add a correcting row instead'); END;
CREATE TRIGGER record_employees_no_delete BEFORE DELETE ON record_employees
    BEGIN SELECT RAISE(ABORT, 'record_employees is append-only: add a correcting row instead'); END;
CREATE TRIGGER record_lessons_no_update BEFORE UPDATE ON record_lessons
    BEGIN SELECT RAISE(ABORT, 'record_lessons is append-only: add a correcting row instead'); END;
CREATE TRIGGER record_lessons_no_delete BEFORE DELETE ON record_lessons
    BEGIN SELECT RAISE(ABORT, 'record_lessons is append-only: add a correcting row instead'); END;

-- the lesson summaries (m007), kept from the keys: the same values as before
CREATE TRIGGER lesson_summary_add AFTER INSERT ON lesson_event_rows
BEGIN
    INSERT INTO lesson_summary
        (employee_id, lesson_id, completed_at, completed_version, seconds, last_at)
    SELECT k.employee_id, l.lesson_id,
        CASE WHEN NEW.kind = 'completed' THEN NEW.at END,
        CASE WHEN NEW.kind = 'completed' THEN NEW.lesson_version END,
        NEW.seconds, NEW.at
    FROM record_employees AS k, record_lessons AS l
    WHERE k.id = NEW.employee AND l.id = NEW.lesson
    ON CONFLICT (employee_id, lesson_id) DO UPDATE SET
        completed_version = CASE
            WHEN NEW.kind = 'completed' AND (completed_at IS NULL OR NEW.at >= completed_at)
            THEN NEW.lesson_version ELSE completed_version END,
        completed_at = CASE
            WHEN NEW.kind = 'completed' AND (completed_at IS NULL OR NEW.at >= completed_at)
            THEN NEW.at ELSE completed_at END,
        seconds = seconds + NEW.seconds,
        last_at = max(last_at, NEW.at);
END;
