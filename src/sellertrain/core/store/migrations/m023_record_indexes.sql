-- m023: slimmer indexes over the records (issue 22). attempts had two indexes by employee and
-- quiz, m002's ending in started_at and m006's in id: 17 and 19 MB of a 10,000-employee demo.
-- One ending in both serves every read either served (22 MB). lesson_events' index by
-- employee (m001) held every column the per-employee reads use, a second copy of the table
-- (41 MB); those reads take one employee's few dozen rows, which the table gives by rowid, so
-- the index keeps the employee and the lesson only (21 MB). Filling the lesson summaries from
-- every record (demo data) then reads the table's rows: about 0.5 s more for 330,000 records.
DROP INDEX attempts_by_employee;
DROP INDEX attempts_by_employee_quiz;
CREATE INDEX attempts_by_employee ON attempts (employee_id, quiz_id, started_at, id);
DROP INDEX lesson_events_by_employee;
CREATE INDEX lesson_events_by_employee ON lesson_events (employee_id, lesson_id);
