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
