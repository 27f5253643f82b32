"""The command line is built from its group modules: every command gets its own handler."""

from __future__ import annotations

import argparse

from sellertrain.cli import app
from sellertrain.cli.main import COMMAND_GROUPS, build_parser


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_command_has_a_handler_of_its_group() -> None:
    parser = build_parser()
    commands = _commands(parser)
    assert list(commands) == [
        "init",
        "check",
        "employees",
        "departments",
        "status",
        "report",
        "demo-data",
        "import-gift",
        "import-aiken",
        "export-gift",
        "backup",
        "restore",
        "verify",
        "certificate",
        "verify-records",
        "export-record",
        "publish",
        "audit",
        "server",
        "sync",
    ]
    group_modules = {group.__name__ for group in COMMAND_GROUPS}
    for name, command in commands.items():
        handler = command.get_default("handler")
        assert callable(handler), name
        assert handler.__module__ in group_modules, name


def test_no_command_starts_the_app() -> None:
    args = build_parser().parse_args(["--smoke"])
    assert args.handler is app.cmd_app
    assert args.smoke


def test_a_command_overrides_the_app_handler_and_keeps_top_level_options() -> None:
    args = build_parser().parse_args(["--db", "x.db", "employees", "list"])
    assert args.handler.__name__ == "cmd_employees"
    assert str(args.db) == "x.db"
