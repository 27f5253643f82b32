"""The company record: every desktop pushes its append-only rows to a shared PostgreSQL and
pulls what it lacks (issue 19). psycopg is optional: see connection.py."""
