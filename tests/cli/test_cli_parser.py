"""The command line is built from its group modules: every command gets its own handler."""

from __future__ import annotations

import argparse

import pytest

from sellertrain.cli import app
from sellertrain.cli import main as main_module
from sellertrain.cli.main import build_parser, command_groups


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
    group_modules = {group.__name__ for group in command_groups()}
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


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--smoke"],
        ["--db", "x.db"],
        ["--db=x.db", "--content", "course", "--smoke"],
        ["--content=course", "--db", "x.db"],
    ],
)
def test_the_app_start_parser_reads_the_app_options_as_the_full_parser_does(
    argv: list[str],
) -> None:
    assert main_module._starts_the_app(argv)
    assert main_module._app_parser().parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["employees", "list"],
        ["--db", "x.db", "status"],
        ["--db"],
        ["--db", "--smoke"],
        ["--help"],
        ["--version"],
        ["--smok"],
    ],
)
def test_anything_but_the_app_options_goes_to_the_full_parser(argv: list[str]) -> None:
    assert not main_module._starts_the_app(argv)
