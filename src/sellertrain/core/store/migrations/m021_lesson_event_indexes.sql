-- m021: lesson_events' indexes (issue 22). Beside the index by employee (m006), which every
-- per-employee read uses, lesson_events had two more over all of its rows: by kind first
-- (m003, 40 MB of a 10,000-employee demo) and by employee and time (27 MB). The first served
-- the whole team's completions, the second one employee's records in time order, which the
-- index by employee now gives with a sort of that employee's few rows. Both are replaced by
-- one index of the completions alone (a quarter of the rows, 10 MB), by lesson first: the
-- readers of one lesson (the studio's publishing) are found by key instead of by scanning
-- every completion, and the team's completions (charts, the certificate check) are read
-- from it in full.
DROP INDEX lesson_events_report;
DROP INDEX lesson_events_activity;
CREATE INDEX lesson_events_completed ON lesson_events (lesson_id, employee_id, kind,
    lesson_version, at) WHERE kind = 'completed';
