"""Running ``sellertrain`` in-process, as the command-line tests do."""

from __future__ import annotations

import io

from sellertrain.cli.main import main


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of one command."""
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
