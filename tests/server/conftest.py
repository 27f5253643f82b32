"""A throw-away PostgreSQL for the company-record tests, started once per test session.

``initdb`` refuses to run as root, so as root the cluster is made and run as the ``postgres``
user through ``runuser``. It listens on 127.0.0.1 only, on a free port, with fsync off, and is
stopped at the end. The tests are skipped (with the reason) when psycopg or the PostgreSQL
binaries are missing, or when SELLERTRAIN_SKIP_SERVER_TESTS=1.
"""

from __future__ import annotations

import contextlib
import glob
import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sellertrain.core.store import Store

ADMIN = "postgres"


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class Cluster:
    """A running throw-away cluster: make databases on it and DSNs for them."""

    def __init__(self, port: int) -> None:
        self.port = port

    def dsn(self, dbname: str = "postgres", user: str = ADMIN, password: str | None = None) -> str:
        extra = f" password={password}" if password else ""
        return f"host=127.0.0.1 port={self.port} dbname={dbname} user={user}{extra}"

    def admin(self, dbname: str = "postgres") -> Any:
        import psycopg

        return psycopg.connect(self.dsn(dbname), autocommit=True)

    def new_database(self) -> str:
        """A new, empty database; its name."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return name


class Unavailable(Exception):
    """No throw-away PostgreSQL can be started here (the reason says why)."""


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    """Start a cluster in a temp dir (as ``postgres`` when root), yield it, stop and remove it."""
    if os.environ.get("SELLERTRAIN_SKIP_SERVER_TESTS") == "1":
        raise Unavailable("SELLERTRAIN_SKIP_SERVER_TESTS=1")
    if importlib.util.find_spec("psycopg") is None:
        raise Unavailable("psycopg is not installed (uv sync --extra server)")
    bin_dir = _binaries()
    if bin_dir is None:
        raise Unavailable("no PostgreSQL server binaries (pg_ctl) found")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        raise Unavailable("running as root without runuser: initdb cannot run")
    base = Path(tempfile.mkdtemp(prefix="sellertrain-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, user="postgres")
    data, port = base / "data", _free_port()

    def run(*args: str) -> None:
        command = _as_server_user([str(bin_dir / args[0]), *args[1:]])
        subprocess.run(command, check=True, capture_output=True, text=True)

    try:
        run("initdb", "-D", str(data), "-U", ADMIN, "--auth=trust", "-E", "UTF8", "--no-sync")
        run(
            "pg_ctl",
            "-D",
            str(data),
            "-w",
            "-l",
            str(base / "log"),
            "-o",
            f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={base} "
            "-c fsync=off -c full_page_writes=off",
            "start",
        )
        try:
            yield Cluster(port)
        finally:
            run("pg_ctl", "-D", str(data), "-m", "immediate", "stop")
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        with throwaway_cluster() as cluster:
            yield cluster
    except Unavailable as exc:
        pytest.skip(f"no throw-away PostgreSQL: {exc}")


@pytest.fixture
def server_db(pg_cluster: Cluster) -> str:
    """The DSN (as the owner) of a new, empty database on the throw-away cluster."""
    return pg_cluster.dsn(pg_cluster.new_database())


Desktops = tuple[Store, Path, Store, Path]


@pytest.fixture
def two_desktops(server_db: str, tmp_path: Path) -> Iterator[Desktops]:
    """Two desktops joined to a new company record, each with its own copy of the course:
    (one, its content folder, two, its content folder). One has three demo employees' records;
    both have synced once, so each has the other's records and content."""
    from sellertrain.core.server.connection import init_server
    from sellertrain.core.server.sync import sync
    from tests.server.test_content_travels import _content_copy
    from tests.server.test_sync import demo_database, joined_store

    init_server(server_db)
    one_root = _content_copy(tmp_path / "one-content")
    two_root = _content_copy(tmp_path / "two-content")
    one = joined_store(demo_database(tmp_path / "one.db", 3), server_db)
    sync(server_db, one, content_root=one_root)
    two = joined_store(tmp_path / "two.db", server_db)
    sync(server_db, two, content_root=two_root)
    yield one, one_root, two, two_root
    one.close()
    two.close()
