"""The audit log's own hash chain, and the one-way fingerprint of a password hash it records.

Every audit row written since schema 10 carries ``chain_seq`` (1, 2, ... over the whole log),
``prev_hash`` (the previous row's ``record_hash``, ``""`` for the first) and ``record_hash``:
the SHA-256 (hex) of the canonical JSON text (as chain.py writes it)::

    [1, id, at, actor_id, action, subject, details, chain_seq, prev_hash]

with ``details`` the stored JSON text as is. Editing a row breaks its hash; deleting one leaves
a gap; inserting one out of turn breaks the next row's link. Deleting the newest rows leaves
no trace inside the file, and a forger who knows this format can recompute the chain: see
SECURITY.md for what only a copy outside the file can catch.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP

FORMAT = 1
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode

# the stored columns a link covers, in the order the hash takes them
AUDIT_FIELDS = ("id", "at", "actor_id", "action", "subject", "details")


def audit_hash(row: Sequence[Any], seq: int, prev_hash: str) -> str:
    """SHA-256 (hex) of one audit row's canonical text (module docstring)."""
    import hashlib  # here: OpenSSL is not loaded before the first screen

    text = _encode((FORMAT, *row, int(seq), prev_hash))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def credential_fingerprint(password_hash: str) -> str:
    """A one-way fingerprint of a stored password hash, for the audit log.

    It lets ``verify-records`` tell whether an employee's password hash is still the one
    the latest audited change set, without the audit log holding the hash (which would
    allow guessing the password offline): the fingerprint of a salted scrypt hash says
    nothing about the password.
    """
    import hashlib

    digest = hashlib.sha256(b"sellertrain credential\0" + password_hash.encode("utf-8"))
    return digest.hexdigest()[:32]


def chained(conn: sqlite3.Connection, rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """``rows`` (AUDIT_FIELDS values) each followed by its link: chain_seq, prev_hash, hash.

    Call inside the write transaction that inserts them (``BEGIN IMMEDIATE`` holds the lock,
    so no other writer takes the same link number in between).
    """
    head = conn.execute(
        "SELECT chain_seq, record_hash FROM audit_log WHERE chain_seq IS NOT NULL AND device_id ="
        " (SELECT value FROM sync_state WHERE key = 'device_id') ORDER BY chain_seq DESC LIMIT 1"
    ).fetchone()
    seq, prev = (head[0], head[1]) if head else (0, "")
    linked = []
    for row in rows:
        seq += 1
        link = audit_hash(row, seq, prev)
        linked.append((*row, seq, prev, link))
        prev = link
    return linked


def check_audit_chain(conn: sqlite3.Connection) -> tuple[int, int, list[str]]:
    """Replay the audit chain: (rows checked, older unchained rows, problems found)."""
    problems: list[str] = []
    first = conn.execute("SELECT min(rowid) FROM audit_log WHERE chain_seq IS NOT NULL").fetchone()[
        0
    ]
    legacy = 0
    for rowid, at, action in conn.execute(
        "SELECT rowid, at, action FROM audit_log WHERE chain_seq IS NULL ORDER BY rowid"
    ):
        if first is None or rowid < first:
            legacy += 1
        else:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "the audit row '{action}' of {at} has no chain data although it was written "
                    "after the audit log was chained: it was added outside SellerTrain",
                ).format(action=action, at=at)
            )
    last_seq, last_hash, checked, device = 0, "", 0, object()
    several = (
        conn.execute(
            "SELECT count(DISTINCT device_id) FROM audit_log WHERE chain_seq IS NOT NULL"
        ).fetchone()[0]
        > 1
    )
    for row in conn.execute(
        f"SELECT {', '.join(AUDIT_FIELDS)}, chain_seq, prev_hash, record_hash, device_id"
        " FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY device_id, chain_seq"
    ):
        checked += 1
        values, (seq, prev, stored, row_device) = row[:6], row[6:]
        if row_device != device:  # one chain per device (schema 13)
            device, last_seq, last_hash = row_device, 0, ""
        what = _audit_row(seq, str(row_device)[:8] if several else None, values[3], values[1])
        if seq != last_seq + 1:
            gap = seq - last_seq - 1
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Store", "{gap} audit row(s) missing before {what}: deleted from the audit log"
                ).format(gap=gap, what=what)
                if gap > 0
                else QT_TRANSLATE_NOOP(
                    "Store", "{what} appears twice or out of order: the audit log was tampered with"
                ).format(what=what)
            )
        elif prev != last_hash:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "{what} does not link to the row before it: a row was deleted and the chain "
                    "renumbered, or a row was replaced",
                ).format(what=what)
            )
        try:
            computed = audit_hash(values, seq, prev or "")
        except (TypeError, ValueError):
            computed = None
        if computed != stored:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Store", "{what} was changed after it was written (hash mismatch)"
                ).format(what=what)
            )
        last_seq, last_hash = seq, stored
    return checked, legacy, problems


def _audit_row(seq: int, device: str | None, action: object, at: object) -> str:
    """How a problem names an audit row (its device too when the log holds several)."""
    if device is None:
        return QT_TRANSLATE_NOOP("Store", "audit row #{seq} ('{action}' of {at})").format(
            seq=seq, action=action, at=at
        )
    return QT_TRANSLATE_NOOP(
        "Store", "audit row #{seq} on device {device} ('{action}' of {at})"
    ).format(seq=seq, device=device, action=action, at=at)
