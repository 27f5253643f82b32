"""Certificate rows of the Store (a mixin: the same connection and rules).

Certificates are append-only like every record: a renewal is a new row, and the latest row
per employee and scope is the one in force. The rules for when to issue one are in
``core/training/certificates.py``; this module only reads and writes rows.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.models import CertificateScope
from sellertrain.core.store.parts import StorePart
from sellertrain.core.store.rows import named_rows, row_to

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
_INSERT = (
    f"INSERT INTO certificates ({', '.join(_STORED)}) VALUES ({', '.join('?' * len(_STORED))})"
)
_COLUMNS = ", ".join(f"c.{name}" for name in _STORED) + ", e.name AS employee_name"


@dataclass(frozen=True)
class Certificate:
    """A certificate as stored: who, for what (a module title or an assessment quiz id),
    when, the score, until when (None: no expiry), its code and the records behind it."""

    id: str
    code: str
    employee_id: str
    scope_kind: CertificateScope
    scope: str
    title: str
    score: float | None
    issued_at: str
    expires_at: str | None
    evidence: tuple[Mapping[str, Any], ...] = field(default=(), compare=False)
    employee_name: str = ""


class CodeTaken(Exception):
    """The verification code is already used by another certificate: draw another one."""


class CertificateRecords(StorePart):
    """Reads and writes of the ``certificates`` table."""

    def add_certificate(
        self,
        code: str,
        employee_id: str,
        scope_kind: CertificateScope | str,
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
        certificate, stored = new_certificate(
            code, employee_id, scope_kind, scope, title, score, issued_at, expires_at, evidence
        )
        try:
            with self.db.atomic():
                latest = self._latest_id(employee_id, certificate.scope_kind, scope)
                if latest != replaces:
                    return None
                self.db.execute(_INSERT, stored)
        except sqlite3.IntegrityError as exc:
            if "certificates.code" in str(exc):
                raise CodeTaken(code) from None
            raise
        return certificate

    def insert_certificates(self, rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows made by ``new_certificate`` at once (the demo's bulk path: its caller
        has made the checks ``add_certificate`` makes). Raise CodeTaken on a code clash,
        having inserted none of them."""
        try:
            with self.db.atomic():
                self.db.conn.executemany(_INSERT, rows)
        except sqlite3.IntegrityError as exc:
            if "certificates.code" in str(exc):
                raise CodeTaken(str(exc)) from None
            raise

    def certificate_codes(self) -> set[str]:
        """Every verification code in use."""
        return {row[0] for row in self.db.conn.execute("SELECT code FROM certificates")}

    def _latest_id(self, employee_id: str, scope_kind: str, scope: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM certificates WHERE employee_id = ? AND scope = ? AND scope_kind = ?"
            " ORDER BY issued_at DESC, rowid DESC LIMIT 1",
            [employee_id, scope, scope_kind],
        ).fetchone()
        return row[0] if row else None

    def certificates(self, employee_id: str) -> list[Certificate]:
        """Every certificate of an employee, newest first (renewed ones included)."""
        rows = named_rows(
            self.db.conn,
            f"SELECT {_COLUMNS} FROM certificates AS c JOIN employees AS e ON e.id = c.employee_id"
            " WHERE c.employee_id = ? ORDER BY c.issued_at DESC, c.rowid DESC",
            [employee_id],
        )
        return [_certificate(row) for row in rows]

    def certificate_by_code(self, code: str) -> Certificate | None:
        """The certificate with this verification code (exactly as stored), if any."""
        rows = named_rows(
            self.db.conn,
            f"SELECT {_COLUMNS} FROM certificates AS c JOIN employees AS e ON e.id = c.employee_id"
            " WHERE c.code = ?",
            [code],
        )
        return _certificate(rows[0]) if rows else None

    def latest_certificates(self, employee_id: str | None = None) -> list[Certificate]:
        """The certificate in force per employee and scope: the latest issued.

        One query over the ``certificates_by_employee`` index for the whole team (the
        compliance matrix of 10,000 employees), or for one employee. Evidence is not read.
        """
        where, params = ("WHERE employee_id = ?", [employee_id]) if employee_id else ("", [])
        # SQLite returns the other columns of the row holding max(): the latest per group
        rows = named_rows(
            self.db.conn,
            "SELECT id, code, employee_id, scope_kind, scope, title, score,"
            f" max(issued_at) AS issued_at, expires_at FROM certificates {where}"
            " GROUP BY employee_id, scope, scope_kind",
            params,
        )
        return [
            row_to(Certificate, row, scope_kind=CertificateScope(row["scope_kind"])) for row in rows
        ]


def new_certificate(
    code: str,
    employee_id: str,
    scope_kind: CertificateScope | str,
    scope: str,
    title: str,
    score: float | None,
    issued_at: str,
    expires_at: str | None,
    evidence: Sequence[Mapping[str, Any]],
) -> tuple[Certificate, list[Any]]:
    """A new certificate (with a fresh id) and its stored row, in ``_STORED`` order."""
    try:
        scope_kind = CertificateScope(scope_kind)
    except ValueError:
        raise ValueError(f"unknown certificate scope kind {scope_kind!r}") from None
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
    return certificate, stored


def _certificate(row: sqlite3.Row) -> Certificate:
    """A certificate from the ``_COLUMNS`` of a query: the stored columns, then the name."""
    return row_to(
        Certificate,
        row,
        scope_kind=CertificateScope(row["scope_kind"]),
        evidence=tuple(json.loads(row["evidence"])),
        employee_name=row["employee_name"] or "",
    )
