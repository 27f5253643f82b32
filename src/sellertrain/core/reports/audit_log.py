"""The audit log as people read it: local times, shown details, a date range, and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from typing import Any

from sellertrain.core.language import ENGLISH
from sellertrain.core.message import QT_TRANSLATE_NOOP, localize
from sellertrain.core.reports.exports import safe_cell
from sellertrain.core.store.audit import AuditEntry
from sellertrain.core.store.audit_subjects import subject_text
from sellertrain.core.timestamps import local_time

CSV_HEADER = ("when", "who", "what", "subject", "details")
# the English names of the actions (screens translate their own)
ACTION_NAMES = {
    "employee_added": "Employee added",
    "password_reset": "Password reset",
    "assignment_created": "Training assigned",
    "assignment_revoked": "Assignment removed",
    "content_published": "Content published",
    "employee_changed": "Employee changed",
    "department_added": "Department added",
    "department_removed": "Department removed",
    "draft_saved": "Draft saved",
    "questions_imported": "Questions imported",
    "password_changed": "Password changed",
    "due_extended": "Due date extended",
    "sign_in_backoff_cleared": "Sign-in wait cleared",
}
# kept for the record checks, not for reading: ids, and a password's one-way fingerprint
HIDDEN = frozenset({"id", "credential"})
COMMAND_LINE = "command line"  # who made a change when no one signed in (the CLI)
# a detail as "key: value", and what separates two of them, in the reader's punctuation
_PAIR = QT_TRANSLATE_NOOP("AuditDetails", "{key}: {value}")
_COMMA = QT_TRANSLATE_NOOP("AuditDetails", ", ")


def details_text(
    details: Mapping[str, Any],
    key_names: Mapping[str, str] | None = None,
    value_names: Mapping[str, str] | None = None,
    language: str = ENGLISH,
) -> str:
    """The details as shown: ``key: value`` by key, without ids and empty values.

    ``key_names`` and ``value_names`` (a screen's translations) name keys and plain values
    such as roles; anything they do not name is shown as recorded. The punctuation is
    ``language``'s (Chinese uses full-width colons and commas).
    """
    keys, values = key_names or {}, value_names or {}
    shown = {k: v for k, v in details.items() if k not in HIDDEN and v not in (None, "", [])}

    def value_text(value: Any) -> str:
        if isinstance(value, list):
            return "; ".join(value_text(item) for item in value)
        if isinstance(value, bool):  # "True"/"False" unless named (yes/no)
            return values.get(str(value), str(value))
        return values.get(value, str(value)) if isinstance(value, str) else str(value)

    pairs = [
        localize(_PAIR.format(key=keys.get(key, key), value=value_text(value)), language)
        for key, value in sorted(shown.items())
    ]
    return localize(_COMMA, language).join(pairs)


def day_range(
    since: dt.date | None, until: dt.date | None, tz: dt.tzinfo | None = None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The moments from the start of ``since`` to the end of ``until`` (both days included),
    in local time (or ``tz``): the bounds of an ``AuditFilter``."""

    def midnight(day: dt.date) -> dt.datetime:
        naive = dt.datetime(day.year, day.month, day.day)
        return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()

    start = midnight(since) if since is not None else None
    end = midnight(until + dt.timedelta(days=1)) if until is not None else None
    return start, end


def audit_rows(
    entries: Iterable[AuditEntry],
    names: Mapping[str, str] = ACTION_NAMES,
    command_line: str = COMMAND_LINE,
    tz: dt.tzinfo | None = None,
    key_names: Mapping[str, str] | None = None,
    value_names: Mapping[str, str] | None = None,
    language: str = ENGLISH,
) -> Iterable[list[str]]:
    """Each entry as its shown cells: when (local), who, what, subject, details; the subject
    in ``language`` where a known template wrote it (audit_subjects.py), else as stored."""
    for entry in entries:
        yield [
            local_time(entry.at, tz),
            entry.actor_name or command_line,
            names.get(entry.action, entry.action),
            subject_text(entry.subject, language),
            details_text(entry.details, key_names, value_names, language),
        ]


def audit_csv(
    entries: Iterable[AuditEntry],
    names: Mapping[str, str] = ACTION_NAMES,
    command_line: str = COMMAND_LINE,
    header: Iterable[str] = CSV_HEADER,
    tz: dt.tzinfo | None = None,
    details: tuple[Mapping[str, str], Mapping[str, str]] | None = None,
    language: str = ENGLISH,
) -> str:
    """The entries as spreadsheet-safe CSV text (CRLF lines; ``exports.write_csv`` adds the
    byte-order mark): names, not ids; times in local time."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(list(header))
    key_names, value_names = details or (None, None)
    rows = audit_rows(entries, names, command_line, tz, key_names, value_names, language)
    for cells in rows:
        writer.writerow([safe_cell(cell) for cell in cells])
    return buffer.getvalue()
