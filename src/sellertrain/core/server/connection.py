"""Reaching the company record: psycopg (optional), connecting, and the server's schema steps.

psycopg is imported only here and only when a server is used, so the app and every command
that needs no server run without it (``pip install 'sellertrain[server]'`` brings it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sellertrain.core.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

ENV_VAR = "SELLERTRAIN_SERVER"
INSTALL_HINT = QT_TRANSLATE_NOOP(
    "Server",
    "the company record needs psycopg, which is not installed: "
    "pip install 'sellertrain[server]' (or uv sync --extra server)",
)
CONNECT_TIMEOUT = 10  # seconds: a wrong host fails in one clear line, not a long hang
SCHEMA = "sellertrain"
# the server's schema steps, applied in order; server_info.schema_version counts them
SERVER_STEPS = (
    "server_m001.sql",
    "server_m002.sql",
    "server_m003.sql",
    "server_m004.sql",
    "server_m005.sql",
)
SERVER_SCHEMA_VERSION = len(SERVER_STEPS)


class ServerError(Exception):
    """The company record cannot be used: one line saying why (and what to do)."""


@dataclass(frozen=True)
class ServerInfo:
    """What a company record says about itself."""

    server_id: str
    schema_version: int


def load_psycopg() -> Any:
    """The psycopg module, or ServerError saying how to install it."""
    try:
        import psycopg
    except ImportError:
        raise ServerError(INSTALL_HINT) from None
    return psycopg


def connect(dsn: str) -> psycopg.Connection[Any]:
    """A connection to the server at ``dsn``, or ServerError in one line."""
    psycopg_module = load_psycopg()
    try:
        conn: psycopg.Connection[Any] = psycopg_module.connect(
            dsn, connect_timeout=CONNECT_TIMEOUT, application_name="sellertrain"
        )
    except psycopg_module.Error as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP("Server", "cannot reach the company server: {reason}").format(
                reason=first_line(exc)
            )
        ) from None
    return conn


def first_line(exc: BaseException) -> str:
    """A database error as one line (psycopg's messages run over several)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _step_sql(name: str) -> str:
    return (Path(__file__).parent / name).read_text(encoding="utf-8")


def _installed_version(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT to_regclass('sellertrain.server_info') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    version = conn.execute("SELECT max(schema_version) FROM sellertrain.server_info").fetchone()
    return int(version[0]) if version and version[0] is not None else 0


def read_info(conn: psycopg.Connection[Any]) -> ServerInfo:
    """The server's id and schema version; ServerError if it holds no company record."""
    psycopg_module = load_psycopg()
    try:
        with conn.transaction():
            version = _installed_version(conn)
            if version == 0:
                raise ServerError(
                    QT_TRANSLATE_NOOP(
                        "Server",
                        "this database holds no company record: run 'sellertrain server init "
                        "DSN' as its owner first",
                    )
                )
            row = conn.execute(
                "SELECT server_id::text, schema_version FROM sellertrain.server_info "
                "ORDER BY schema_version DESC LIMIT 1"
            ).fetchone()
    except psycopg_module.Error as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP("Server", "cannot read the company record: {reason}").format(
                reason=first_line(exc)
            )
        ) from None
    assert row is not None
    info = ServerInfo(str(row[0]), int(row[1]))
    if info.schema_version > SERVER_SCHEMA_VERSION:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server",
                "the company record has a newer schema ({found}; this SellerTrain knows "
                "{known}): update SellerTrain on this PC",
            ).format(found=info.schema_version, known=SERVER_SCHEMA_VERSION)
        )
    return info


def init_server(dsn: str) -> tuple[int, ServerInfo]:
    """Create or bring up to date the company record in the database at ``dsn``.

    Every missing step runs in one transaction: all of them, or none. Returns the version
    found before and what the server says about itself now.
    """
    psycopg_module = load_psycopg()
    conn = connect(dsn)
    try:
        with conn.transaction():
            before = _installed_version(conn)
            if before > SERVER_SCHEMA_VERSION:
                raise ServerError(
                    QT_TRANSLATE_NOOP(
                        "Server",
                        "the company record has a newer schema ({found}; this SellerTrain knows "
                        "{known}): update SellerTrain first",
                    ).format(found=before, known=SERVER_SCHEMA_VERSION)
                )
            for number in range(before + 1, SERVER_SCHEMA_VERSION + 1):
                log.info("company record: applying server step %d", number)
                conn.execute(_step_sql(SERVER_STEPS[number - 1]).encode("utf-8"))
        return before, read_info(conn)
    except psycopg_module.Error as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP("Server", "cannot set up the company record: {reason}").format(
                reason=first_line(exc)
            )
        ) from None
    finally:
        conn.close()
