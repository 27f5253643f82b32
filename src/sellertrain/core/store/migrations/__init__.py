"""The shipped schema steps, one SQL file each, applied in order (``PRAGMA user_version``).

A shipped step is never edited, and never built from shared pieces: existing databases were
migrated by exactly its text (tests/core/store/test_migrations.py pins the SHA-256 of each). To
change the schema, add the next file here and list it in ``STEP_FILES``; then bring
``current_schema.py`` up to date.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

STEP_FILES = (
    "m001_employees_and_reading.sql",  # employees and lesson reading records
    "m002_quiz_attempts.sql",  # quiz attempts, their results and answers, drafts for resuming
    "m003_assignments_and_report_indexes.sql",  # assignments; covering indexes for reports
    "m004_audit_log_and_sign_ins.sql",  # who changed what; sign-in outcomes
    "m005_compliance_lifecycle.sql",  # section versions, publications, certificates, chain
    "m006_report_covering_indexes.sql",  # item analysis and team table indexes
    "m007_team_summaries.sql",  # per-employee summaries kept by triggers
    "m008_requirements_and_departments.sql",  # start dates, lead times, recurrence, departments
    "m009_department_managers.sql",  # managers limited to departments
    "m010_audit_chain.sql",  # the audit log chained; one-time passwords
    "m011_company_record.sql",  # the company server this database syncs with; watermarks
    "m012_due_extensions.sql",  # a manager extends one employee's due date
    "m013_device_chains.sql",  # a device id; hash chains per device; employee change events
    "m014_quiz_terms.sql",  # quiz publications; the pass mark each result was scored under
    "m015_sign_in_backoff.sql",  # this computer's back-off after failed sign-ins
    "m016_result_conflicts.sql",  # a second result for one attempt, kept as a conflict
    "m017_item_sums.sql",  # item analysis sums kept by triggers
    "m018_pull_problems.sql",  # what a manager's PC found wrong in the records it pulled
    "m019_team_summary.sql",  # one row per employee for the team table, kept by triggers
    "m020_compact_answers.sql",  # answers as integer keys to values kept once; a view reads
    "m021_lesson_event_indexes.sql",  # one index of completions for two over every record
    "m022_derived_answer_ids.sql",  # an answer's id worked out from its result and position
    "m023_record_indexes.sql",  # one attempts index by employee for two; a slimmer reading one
    "m024_team_summary_codes.sql",  # team_summary's texts as small integer codes
    "m025_unused_report_indexes.sql",  # two covering indexes of m003 that nothing reads now
    "m026_compact_lesson_events.sql",  # reading records as integer keys; a view reads
)


def _read(name: str) -> str:
    # beside this module (importlib.resources would cost start-up about 2 ms more to import)
    return (Path(__file__).parent / name).read_text(encoding="utf-8")


MIGRATIONS: tuple[str, ...] = tuple(_read(name) for name in STEP_FILES)
SCHEMA_VERSION = len(MIGRATIONS)


def split_sql(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole.

    ``executescript()`` would commit first, so migrations run statement by statement inside
    one transaction instead: a failed step leaves the file as it was.
    """
    statements, buffer = [], []
    for part in script.split(";"):
        buffer.append(part)
        candidate = ";".join(buffer).strip()
        if not candidate:
            buffer = []
            continue
        if sqlite3.complete_statement(candidate + ";"):
            statements.append(candidate)
            buffer = []
    return statements
