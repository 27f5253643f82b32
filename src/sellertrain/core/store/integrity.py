"""Whether a database may be written to: its append-only triggers are there, its pages sound.

Both checks refuse a file unchanged, with one line that says what happened and the way out.
The trigger check is a read of ``sqlite_master`` (well under a millisecond) made when the file
is opened; ``PRAGMA quick_check`` reads every page, so it runs once, before the first write of
a session, and in ``verify-records`` and ``backup``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sellertrain.core.message import QT_TRANSLATE_NOOP, Message
from sellertrain.core.store.current_schema import APPEND_ONLY_TRIGGERS
from sellertrain.core.store.errors import StoreError, is_busy


def missing_triggers(conn: sqlite3.Connection) -> list[str]:
    """The append-only triggers that are missing or not as the migrations made them."""
    present = dict(
        conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    )
    return [t.name for t in APPEND_ONLY_TRIGGERS if present.get(t.name) != t.create]


def tampered_message(path: Path, names: list[str]) -> str:
    """The refusal for a file whose append-only triggers were removed or changed."""
    shown: str = ", ".join(names[:3])
    if len(names) > 3:
        shown = QT_TRANSLATE_NOOP("Store", "{names} and {count} more").format(
            names=shown, count=len(names) - 3
        )
    return QT_TRANSLATE_NOOP(
        "Store",
        "{path} was changed outside SellerTrain: the safeguards that keep its records "
        "append-only were removed ({shown}), so SellerTrain will not write to it; the file "
        "was not changed. Run 'sellertrain verify-records' to see what else was changed, and "
        "restore a backup",
    ).format(path=path, shown=shown)


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise StoreError (one line, with the way out) if the file has damaged pages."""
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise
        rows = [(str(exc),)]
    if rows != [("ok",)]:
        raise StoreError(
            damaged_message(
                path, str(rows[0][0]) if rows else QT_TRANSLATE_NOOP("Store", "no answer")
            )
        )


def damaged_message(path: Path, detail: str) -> str:
    first = detail if isinstance(detail, Message) else (detail.splitlines() or [""])[0]
    return QT_TRANSLATE_NOOP(
        "Store",
        "{path} is damaged ({problem}); nothing was written to it. Restore a backup "
        "('sellertrain restore BACKUP', or copy the backup over the file)",
    ).format(path=path, problem=first)
