"""Running ``sellertrain`` in-process, as the command-line tests do."""

from __future__ import annotations

import io
from pathlib import Path

from sellertrain.cli.main import main


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of one command."""
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def new_db(capsys, path: Path) -> Path:
    """A new, empty database at ``path``, made as a user would: ``sellertrain init``."""
    assert main(["init", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


BOSS, BOSS_PASSWORD = "Mei Boss", "boss-pass-1"


def sign_in_as(monkeypatch, name: str = BOSS, password: str = BOSS_PASSWORD) -> None:
    """The next commands sign in as ``name`` (as a script does: SELLERTRAIN_USER/PASSWORD)."""
    monkeypatch.setenv("SELLERTRAIN_USER", name)
    monkeypatch.setenv("SELLERTRAIN_PASSWORD", password)


def with_manager(capsys, monkeypatch, db: Path, name: str = BOSS) -> Path:
    """``db`` with its first manager ``name`` (no sign-in needed for that one), and the next
    commands signed in as them."""
    code, _, err = run(
        capsys, "employees", "add", name, "--role", "manager", "--db", str(db),
        stdin=BOSS_PASSWORD + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == 0, err
    sign_in_as(monkeypatch, name)
    return db
