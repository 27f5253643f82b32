"""The audit log (who changed what) and the record of sign-in outcomes.

Both tables are append-only. Audit rows are written inside the transaction of the change
they describe, so a change is never kept without its audit row, nor the reverse. Neither
table ever holds a password, typed or hashed (only a one-way fingerprint of the hash, for
``verify-records``: audit_chain.py).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.language import ENGLISH
from sellertrain.core.models import SignInOutcome
from sellertrain.core.store.audit_chain import chained
from sellertrain.core.store.audit_subjects import SubjectSearch
from sellertrain.core.store.parts import StorePart

# The actions the audit log records live in vocabularies (the CLI reads them at start-up).
from sellertrain.core.vocabularies import (  # noqa: F401
    ASSIGNMENT_CREATED,
    ASSIGNMENT_REVOKED,
    AUDIT_ACTIONS,
    CONTENT_PUBLISHED,
    DEPARTMENT_ADDED,
    DEPARTMENT_REMOVED,
    DRAFT_SAVED,
    DUE_EXTENDED,
    EMPLOYEE_ADDED,
    EMPLOYEE_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    QUESTIONS_IMPORTED,
    SIGN_IN_BACKOFF_CLEARED,
)


@dataclass(frozen=True)
class AuditEntry:
    """One change: when, by whom (None: the command line), what, to what, and details."""

    id: str
    at: str
    actor_id: str | None
    actor_name: str | None
    action: str
    subject: str
    details: Mapping[str, Any] = field(default_factory=dict)


_SELECT = (
    "SELECT l.id, l.at, l.actor_id, e.name, l.action, l.subject, l.details"
    " FROM audit_log AS l LEFT JOIN employees AS e ON e.id = l.actor_id"
)


@dataclass(frozen=True)
class AuditFilter:
    """Which audit entries to show: all of them unless narrowed.

    ``search``: text found (any case, for Latin letters) in the actor's name, the subject (as
    stored, and as shown in ``language``) or a value of the details (ids aside);
    ``also_actions``: actions that count as a match too (a screen passes those whose shown
    name contains the text); ``action``: one kind only; ``since``/``until``: moments
    (timezone-aware) the entry is at or after / before.
    """

    search: str = ""
    action: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    also_actions: tuple[str, ...] = ()
    language: str = ENGLISH

    def sql(self, shown: Sequence[str] = ()) -> tuple[str, list[Any]]:
        """The WHERE clause (or "") and its parameters, over ``audit_log AS l`` joined to
        ``employees AS e``; ``shown``: stored subjects that match the search as translated."""
        terms: list[str] = []
        params: list[Any] = []
        if self.action is not None:
            terms.append("l.action = ?")
            params.append(self.action)
        if self.since is not None:
            terms.append("l.at >= ?")
            params.append(_utc(self.since))
        if self.until is not None:
            terms.append("l.at < ?")
            params.append(_utc(self.until))
        needle = self.search.strip()
        if needle:
            like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            # the details' values as shown (not their keys, nor the ids screens leave out)
            found = (
                "e.name LIKE ? ESCAPE '\\' OR l.subject LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1"
                " FROM json_each(l.details) AS d WHERE d.key != 'id' AND d.value LIKE ? ESCAPE '\\')"
            )
            params += [like] * 3
            if shown:  # subjects whose translation holds the text (audit_subjects.py)
                found += " OR l.subject IN (SELECT value FROM json_each(?))"
                params.append(json.dumps(list(shown), ensure_ascii=False))
            if self.also_actions:
                found += f" OR l.action IN ({', '.join('?' * len(self.also_actions))})"
                params += list(self.also_actions)
            terms.append(f"({found})")
        return ("WHERE " + " AND ".join(terms) if terms else ""), params


def _utc(moment: dt.datetime) -> str:
    """A moment as the audit log stores times (``Store.now()``), for comparing in SQL."""
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


# actor (None: the command line), action, subject, details, and the time (None: now)
AuditRow = tuple[str | None, str, str, Mapping[str, Any] | None, str | None]


class AuditLog(StorePart):
    """Audit and sign-in rows for the Store (a mixin: the same connection and rules)."""

    def _audit(
        self,
        actor_id: str | None,
        action: str,
        subject: str,
        details: Mapping[str, Any] | None = None,
        at: str | None = None,
    ) -> None:
        """Add one audit row; call it inside the transaction of the change it records."""
        self._audit_many([(actor_id, action, subject, details, at)])

    def _audit_many(self, rows: Iterable[AuditRow]) -> None:
        """Add audit rows, each at its change's own time (or now); inside that transaction."""
        rows = list(rows)
        if action := next((r[1] for r in rows if r[1] not in AUDIT_ACTIONS), None):
            raise ValueError(f"unknown audit action {action!r}")
        now = self.now() if any(r[4] is None for r in rows) else None
        self.db.conn.executemany(
            "INSERT INTO audit_log (id, at, actor_id, action, subject, details, chain_seq,"
            " prev_hash, record_hash, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " (SELECT value FROM sync_state WHERE key = 'device_id'))",
            chained(  # each row linked to the one before it (audit_chain.py)
                self.db.conn,
                (
                    (
                        str(uuid.uuid4()),
                        at or now,
                        actor,
                        action,
                        subject,
                        json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True),
                    )
                    for actor, action, subject, details, at in rows
                ),
            ),
        )

    def _where(self, where: AuditFilter | None) -> tuple[str, list[Any]]:
        """``where``'s clause, a search in another language finding subjects as shown too."""
        where = where or AuditFilter()
        needle = where.search.strip()
        if not needle or where.language == ENGLISH:
            return where.sql()
        search: SubjectSearch | None = getattr(self, "_subject_search", None)
        if search is None:
            search = self._subject_search = SubjectSearch()
        return where.sql(search.matching(self.db.conn, needle, where.language))

    def audit_entries(
        self, limit: int | None = None, action: str | None = None
    ) -> list[AuditEntry]:
        """The audit log, newest first (optionally one action, at most ``limit`` rows)."""
        return self.audit_page(AuditFilter(action=action), limit)

    def audit_page(
        self, where: AuditFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[AuditEntry]:
        """The entries ``where`` selects, newest first: ``limit`` of them from ``offset`` on.

        The whole history is searched in SQL, so a screen fetches one page at a time and a
        search finds the oldest entry as readily as the newest.
        """
        clause, params = self._where(where)
        sql = f"{_SELECT} {clause} ORDER BY l.at DESC, l.rowid DESC"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else int(limit), int(offset)]
        return [
            AuditEntry(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]))
            for row in self.db.conn.execute(sql, params).fetchall()
        ]

    def audit_count(self, where: AuditFilter | None = None) -> int:
        """How many entries ``where`` selects."""
        clause, params = self._where(where)
        sql = "SELECT count(*) FROM audit_log AS l LEFT JOIN employees AS e ON e.id = l.actor_id"
        count: int = self.db.conn.execute(f"{sql} {clause}", params).fetchone()[0]
        return count

    # -- sign-in outcomes ---------------------------------------------------------
    def _sign_in_event(self, employee_id: str, outcome: SignInOutcome, at: str) -> None:
        """Record a sign-in outcome; call it inside a transaction."""
        self.db.conn.execute(
            "INSERT INTO sign_in_events (id, employee_id, outcome, at) VALUES (?, ?, ?, ?)",
            [str(uuid.uuid4()), employee_id, outcome.value, at],
        )

    def sign_in_events(self, employee_id: str, since: dt.datetime) -> list[tuple[dt.datetime, str]]:
        """An employee's sign-in outcomes since ``since``, oldest first."""
        rows = self.db.execute(
            "SELECT at, outcome FROM sign_in_events WHERE employee_id = ? AND at >= ?"
            " ORDER BY at, rowid",
            [employee_id, since.astimezone(dt.UTC).isoformat(timespec="seconds")],
        ).fetchall()
        return [(dt.datetime.fromisoformat(at), outcome) for at, outcome in rows]
