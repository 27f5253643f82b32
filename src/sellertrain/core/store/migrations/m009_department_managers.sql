-- m009: a manager may be limited to some departments (a department manager). The list is
-- stored one department per line; NULL is a company manager, who reaches everyone.
ALTER TABLE employees ADD COLUMN manages TEXT;
