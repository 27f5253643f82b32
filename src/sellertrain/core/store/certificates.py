"""Certificate rows of the Store (a mixin: the same connection and rules).

Certificates are append-only like every record: a renewal is a new row, and the latest row
per employee and scope is the one in force. The rules for when to issue one are in
``core/training/certificates.py``; this module only reads and writes rows.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sellertrain.core.store.transactions import Database


SCOPE_KINDS = ("module", "assessment")
# the stored columns, named as Certificate's fields and in their order (evidence as JSON)
_STORED = (
    "id",
    "code",
    "employee_id",
    "scope_kind",
    "scope",
    "title",
    "score",
    "issued_at",
    "expires_at",
    "evidence",
)
_COLUMNS = ", ".join(f"c.{name}" for name in _STORED) + ", e.name"


@dataclass(frozen=True)
class Certificate:
    """A certificate as stored: who, for what (a module title or an assessment quiz id),
    when, the score, until when (None: no expiry), its code and the records behind it."""

    id: str
    code: str
    employee_id: str
    scope_kind: str  # "module" | "assessment"
    scope: str
    title: str
    score: float | None
    issued_at: str
    expires_at: str | None
    evidence: tuple[Mapping[str, Any], ...] = field(default=(), compare=False)
    employee_name: str = ""


class CodeTaken(Exception):
    """The verification code is already used by another certificate: draw another one."""


class CertificateRecords:
    """Reads and writes of the ``certificates`` table."""

    db: Database
    now: Callable[[], str]  # provided by Store

    def add_certificate(
        self,
        code: str,
        employee_id: str,
        scope_kind: str,
        scope: str,
        title: str,
        score: float | None,
        issued_at: str,
        expires_at: str | None,
        evidence: Sequence[Mapping[str, Any]],
        replaces: str | None,
    ) -> Certificate | None:
        """Add a certificate unless the latest one for the scope is no longer ``replaces``.

        ``replaces`` is the id of the latest certificate the decision to issue was based on
        (None: there was none). Checking it in the write transaction means two copies of
        the app never issue the same certificate twice. Raise CodeTaken on a code clash.
        """
        if scope_kind not in SCOPE_KINDS:
            raise ValueError(f"unknown certificate scope kind {scope_kind!r}")
        certificate = Certificate(
            str(uuid.uuid4()),
            code,
            employee_id,
            scope_kind,
            scope,
            title,
            score,
            issued_at,
            expires_at,
            tuple(evidence),
        )
        stored = [getattr(certificate, name) for name in _STORED[:-1]]
        stored.append(json.dumps(list(evidence), ensure_ascii=False, sort_keys=True))
        try:
            with self.db.atomic():
                latest = self._latest_id(employee_id, scope_kind, scope)
                if latest != replaces:
                    return None
                self.db.execute(
                    f"INSERT INTO certificates ({', '.join(_STORED)})"
                    f" VALUES ({', '.join('?' * len(_STORED))})",
                    stored,
                )
        except sqlite3.IntegrityError as exc:
            if "certificates.code" in str(exc):
                raise CodeTaken(code) from None
            raise
        return certificate

    def _latest_id(self, employee_id: str, scope_kind: str, scope: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM certificates WHERE employee_id = ? AND scope = ? AND scope_kind = ?"
            " ORDER BY issued_at DESC, rowid DESC LIMIT 1",
            [employee_id, scope, scope_kind],
        ).fetchone()
        return row[0] if row else None

    def certificates(self, employee_id: str) -> list[Certificate]:
        """Every certificate of an employee, newest first (renewed ones included)."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM certificates AS c JOIN employees AS e ON e.id = c.employee_id"
            " WHERE c.employee_id = ? ORDER BY c.issued_at DESC, c.rowid DESC",
            [employee_id],
        ).fetchall()
        return [_certificate(row) for row in rows]

    def certificate_by_code(self, code: str) -> Certificate | None:
        """The certificate with this verification code (exactly as stored), if any."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM certificates AS c JOIN employees AS e ON e.id = c.employee_id"
            " WHERE c.code = ?",
            [code],
        ).fetchone()
        return _certificate(row) if row else None

    def latest_certificates(self, employee_id: str | None = None) -> list[Certificate]:
        """The certificate in force per employee and scope: the latest issued.

        One query over the ``certificates_by_employee`` index for the whole team (the
        compliance matrix of 10,000 employees), or for one employee. Evidence is not read.
        """
        where, params = ("WHERE employee_id = ?", [employee_id]) if employee_id else ("", [])
        # SQLite returns the other columns of the row holding max(): the latest per group
        rows = self.db.execute(
            "SELECT id, code, employee_id, scope_kind, scope, title, score, max(issued_at),"
            f" expires_at FROM certificates {where}"
            " GROUP BY employee_id, scope, scope_kind",
            params,
        ).fetchall()
        return [Certificate(*row) for row in rows]


def _certificate(row: Sequence[Any]) -> Certificate:
    """A certificate from the ``_COLUMNS`` of a query: the stored columns, then the name."""
    return Certificate(*row[:9], tuple(json.loads(row[9])), row[10] or "")
