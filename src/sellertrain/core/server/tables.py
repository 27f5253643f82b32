"""The tables the company record holds, in push order (parents before children), and their columns.

The same names and columns on both sides: the desktop's SQLite tables and the server's
PostgreSQL tables (server_m001.sql), where each also has a ``server_seq``. The summary tables
are never synced: the desktop's insert triggers rebuild them from pulled rows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncedTable:
    """One synced table: its name, the key that tells a row already there, its columns."""

    name: str
    key: str
    columns: tuple[str, ...]
    order: str = ""  # pushed in this order: a hash chain link by link (the server checks each)
    pushed: bool = True  # False: only the server writes it (desktops pull it)

    @property
    def column_list(self) -> str:
        return ", ".join(self.columns)


def _table(
    name: str, columns: str, key: str = "id", order: str = "", pushed: bool = True
) -> SyncedTable:
    return SyncedTable(name, key, tuple(columns.split()), order, pushed)


SYNCED_TABLES = (
    _table(
        "employees",
        "id name name_key role department password_hash created_at active joined manages "
        "password_expired",
    ),
    _table("departments", "name created_at", key="name"),
    _table("employee_changes", "id employee_id field value at device_id seq"),
    _table("lesson_events", "id employee_id lesson_id lesson_version kind at seconds sections"),
    _table("attempts", "id employee_id quiz_id quiz_version seed started_at kind scope sections"),
    _table(
        "attempt_results",
        "id attempt_id status finished_at score passed employee_id chain_seq prev_hash record_hash "
        "device_id pass_mark",
        order="employee_id, device_id, chain_seq NULLS FIRST",
    ),
    _table("answers", "id attempt_id question_id position selected selected_text correct score"),
    # a second result for an attempt, and its answers: made by the server (server_m003.sql)
    _table(
        "result_conflicts",
        "id attempt_id status finished_at score passed pass_mark employee_id chain_seq prev_hash "
        "record_hash device_id other_result_id kept recorded_at",
        pushed=False,
    ),
    _table(
        "conflict_answers",
        "id result_id attempt_id question_id position selected selected_text correct score",
        pushed=False,
    ),
    _table("draft_answers", "id attempt_id question_id selected saved_at seq"),
    _table(
        "assignments",
        "id lesson_id module target_kind target due_date created_by created_at lead_days "
        "every_months",
    ),
    _table("assignment_revocations", "id assignment_id revoked_by revoked_at"),
    _table("due_extensions", "id employee_id lesson_id until created_by created_at"),
    _table(
        "audit_log",
        "id at actor_id action subject details chain_seq prev_hash record_hash device_id",
        order="device_id, chain_seq NULLS FIRST",
    ),
    _table("sign_in_events", "id employee_id outcome at"),
    _table("section_texts", "hash lesson_id anchor title text", key="hash"),
    _table(
        "lesson_publications",
        "id lesson_id version previous_version kind revision changed_sections sections "
        "previous_sections published_at published_by note",
    ),
    _table(
        "quiz_publications",
        "id quiz_id version previous_version kind pass_mark time_limit terms published_at "
        "published_by note",
    ),
    _table(
        "certificates",
        "id code employee_id scope_kind scope title score issued_at expires_at evidence",
    ),
)
TABLES_BY_NAME = {table.name: table for table in SYNCED_TABLES}
