"""Where a desktop finds its company server: SELLERTRAIN_SERVER, or the address saved at joining.

The saved address never holds the password: ``init --server DSN`` keeps the password in the
operating system's keyring (the optional ``keyring`` library, in the ``server`` extra) and the
address without it in the database. When no keyring works here, nothing is saved in plain text:
the user is told, and SELLERTRAIN_SERVER (or typing the password when asked) is the way in.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.server.connection import ENV_VAR, load_psycopg

SAVED_KEY = "server_dsn"
KEYRING_SERVICE = "sellertrain-company-server"


def split_password(dsn: str) -> tuple[str, str | None]:
    """The address without its password, and the password (None when it holds none)."""
    conninfo = load_psycopg().conninfo
    try:
        parts: dict[str, Any] = conninfo.conninfo_to_dict(dsn)
    except Exception:  # psycopg.ProgrammingError: not an address at all
        return dsn, None
    password = parts.pop("password", None)
    if password is None:
        return dsn, None  # as the user wrote it
    return conninfo.make_conninfo(**parts), password


def keyring_account(dsn: str) -> str:
    """The keyring entry's name for a server address: user@host:port/dbname."""
    parts = load_psycopg().conninfo.conninfo_to_dict(dsn)
    return (
        f"{parts.get('user', '')}@{parts.get('host', '')}:{parts.get('port', '5432')}/"
        f"{parts.get('dbname', '')}"
    )


def _keyring() -> Any:
    import keyring

    return keyring


def save_server(conn: sqlite3.Connection, dsn: str) -> str | None:
    """Keep ``dsn`` for this database (its password in the keyring); a warning line, or None."""
    address, password = split_password(dsn)
    warning = None
    if password:
        try:
            _keyring().set_password(KEYRING_SERVICE, keyring_account(address), password)
        except Exception as exc:  # ImportError, keyring.errors.KeyringError and backends' own
            warning = QT_TRANSLATE_NOOP(
                "Server",
                "no keyring works on this PC ({reason}): the server password was not saved; "
                "set {variable} with it, or type it when asked",
            ).format(reason=_reason(exc), variable=ENV_VAR)
    with conn:
        conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SAVED_KEY, address),
        )
    return warning


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def saved_server(conn: sqlite3.Connection) -> tuple[str, bool] | None:
    """The saved address with its password from the keyring; and whether a password was found."""
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (SAVED_KEY,)).fetchone()
    if row is None:
        return None
    address = str(row[0])
    try:
        password = _keyring().get_password(KEYRING_SERVICE, keyring_account(address))
    except Exception:  # no keyring here: the address alone (libpq may find a .pgpass)
        password = None
    if not password:
        return address, False
    return load_psycopg().conninfo.make_conninfo(address, password=password), True


def server_address(conn: sqlite3.Connection) -> str | None:
    """SELLERTRAIN_SERVER when set, else the address saved for this database (or None)."""
    if dsn := os.environ.get(ENV_VAR):
        return dsn
    try:
        saved = saved_server(conn)
    except Exception:  # psycopg missing: the commands that connect say how to install it
        return None
    return saved[0] if saved else None
