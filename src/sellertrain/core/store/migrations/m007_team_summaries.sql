
    CREATE TABLE lesson_summary (
        employee_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        completed_at TEXT,
        completed_version TEXT,
        seconds INTEGER NOT NULL DEFAULT 0,
        last_at TEXT NOT NULL,
        PRIMARY KEY (employee_id, lesson_id)
    ) WITHOUT ROWID;
    CREATE TABLE quiz_summary (
        employee_id TEXT NOT NULL,
        quiz_id TEXT NOT NULL,
        best REAL,
        last_finished TEXT NOT NULL,
        passed INTEGER NOT NULL,
        PRIMARY KEY (employee_id, quiz_id)
    ) WITHOUT ROWID;

    INSERT INTO lesson_summary (employee_id, lesson_id, seconds, last_at)
        SELECT employee_id, lesson_id, sum(seconds), max(at)
        FROM lesson_events GROUP BY employee_id, lesson_id;
    UPDATE lesson_summary SET (completed_at, completed_version) = (
        SELECT e.at, e.lesson_version FROM lesson_events AS e
        WHERE e.employee_id = lesson_summary.employee_id AND e.lesson_id = lesson_summary.lesson_id
          AND e.kind = 'completed'
        ORDER BY e.at DESC, e.rowid DESC LIMIT 1);
    INSERT INTO quiz_summary (employee_id, quiz_id, best, last_finished, passed)
        SELECT a.employee_id, a.quiz_id, max(r.score), max(r.finished_at), max(r.passed)
        FROM attempts AS a JOIN attempt_results AS r ON r.attempt_id = a.id
        WHERE r.status <> 'abandoned' AND a.kind = 'quiz'
        GROUP BY a.employee_id, a.quiz_id;

    CREATE TRIGGER lesson_summary_add AFTER INSERT ON lesson_events
    BEGIN
        INSERT INTO lesson_summary
            (employee_id, lesson_id, completed_at, completed_version, seconds, last_at)
        VALUES (
            NEW.employee_id, NEW.lesson_id,
            CASE WHEN NEW.kind = 'completed' THEN NEW.at END,
            CASE WHEN NEW.kind = 'completed' THEN NEW.lesson_version END,
            NEW.seconds, NEW.at)
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
    CREATE TRIGGER quiz_summary_add AFTER INSERT ON attempt_results
    WHEN NEW.status <> 'abandoned'
    BEGIN
        INSERT INTO quiz_summary (employee_id, quiz_id, best, last_finished, passed)
        SELECT a.employee_id, a.quiz_id, NEW.score, NEW.finished_at, NEW.passed
        FROM attempts AS a WHERE a.id = NEW.attempt_id AND a.kind = 'quiz'
        ON CONFLICT (employee_id, quiz_id) DO UPDATE SET
            best = max(best, excluded.best),
            last_finished = max(last_finished, excluded.last_finished),
            passed = max(passed, excluded.passed);
    END;
