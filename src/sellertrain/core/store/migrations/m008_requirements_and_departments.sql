-- m008: what "required" needs that the records did not hold yet.
-- An employee's start date (new hires are due a lead time after it, not on day one),
-- an assignment's lead time for people who join later and its recurrence, and
-- departments as a managed list, seeded from the course's departments and the ones in use.
ALTER TABLE employees ADD COLUMN joined TEXT;
ALTER TABLE assignments ADD COLUMN lead_days INTEGER CHECK (lead_days IS NULL OR lead_days >= 0);
ALTER TABLE assignments ADD COLUMN every_months INTEGER
    CHECK (every_months IS NULL OR every_months > 0);
CREATE TABLE departments (
    name TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);
INSERT INTO departments (name, created_at)
    SELECT name, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') FROM (
        SELECT 'customer-service' AS name UNION SELECT 'listings' UNION SELECT 'logistics'
        UNION SELECT 'finance' UNION SELECT 'management'
        UNION SELECT DISTINCT trim(department) FROM employees
            WHERE department IS NOT NULL AND trim(department) <> ''
    ) GROUP BY lower(name);
