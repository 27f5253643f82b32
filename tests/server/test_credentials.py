"""The server password lives in the keyring, never in the saved address; without a keyring the
user is told and nothing secret is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sellertrain.cli.main import main
from sellertrain.core.server.connection import init_server
from sellertrain.core.server.credentials import (
    KEYRING_SERVICE,
    keyring_account,
    saved_server,
    split_password,
)
from sellertrain.core.store import Store
from tests.server.test_sync import demo_database

keyring = pytest.importorskip("keyring")
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.backends import fail  # noqa: E402

SECRET = "s3cret-Pa55word"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps its passwords in a dict (for tests)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def failing_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_split_password_keeps_everything_else() -> None:
    address, password = split_password(f"host=db port=5433 dbname=t user=u password={SECRET}")
    assert password == SECRET and SECRET not in address
    assert "host=db" in address and "port=5433" in address and "user=u" in address
    uri, password = split_password(f"postgresql://u:{SECRET}@db:5433/t")
    assert password == SECRET and SECRET not in uri
    assert split_password("host=db dbname=t") == ("host=db dbname=t", None)


def test_the_password_goes_to_the_keyring_and_sync_finds_it(
    server_db: str,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    init_server(server_db)
    monkeypatch.delenv("SELLERTRAIN_SERVER", raising=False)
    db = demo_database(tmp_path / "a.db", 2)
    with_password = f"{server_db} password={SECRET}"
    assert main(["init", "--db", str(db), "--server", with_password]) == 0
    assert "keyring" not in capsys.readouterr().err
    address, _ = split_password(with_password)
    assert memory_keyring.items == {(KEYRING_SERVICE, keyring_account(address)): SECRET}
    assert SECRET.encode() not in b"".join(p.read_bytes() for p in tmp_path.glob("a.db*"))
    store = Store.open(db)
    saved = saved_server(store.conn)
    store.close()
    assert saved is not None and saved[1] and f"password={SECRET}" in saved[0]
    assert main(["sync", "--db", str(db)]) == 0  # no SELLERTRAIN_SERVER: the saved address
    assert "pushed" in capsys.readouterr().out


def test_without_a_keyring_the_user_is_told_and_nothing_secret_is_saved(
    server_db: str,
    tmp_path: Path,
    failing_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    init_server(server_db)
    monkeypatch.delenv("SELLERTRAIN_SERVER", raising=False)
    db = tmp_path / "a.db"
    assert main(["init", "--db", str(db), "--server", f"{server_db} password={SECRET}"]) == 0
    err = capsys.readouterr().err
    assert "no keyring works on this PC" in err and "SELLERTRAIN_SERVER" in err
    assert len(err.strip().splitlines()) == 1
    assert SECRET.encode() not in b"".join(p.read_bytes() for p in tmp_path.glob("a.db*"))
    store = Store.open(db)
    saved = saved_server(store.conn)
    store.close()
    assert saved is not None and saved[1] is False and SECRET not in saved[0]
    # the trust-auth test server needs no password: the saved address alone syncs
    assert main(["sync", "--db", str(db)]) == 0
