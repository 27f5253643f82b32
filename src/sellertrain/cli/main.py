"""The ``sellertrain`` command line: builds the parser from the command groups and dispatches.

It uses the core only; Qt is imported only to start the app. Each group module keeps its
heavy imports inside its handlers, so starting the app loads none of them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sellertrain import __version__
from sellertrain.cli import (
    app,
    backup,
    check,
    demo,
    employees,
    interchange,
    publish,
    records,
    reports,
    status,
)
from sellertrain.cli.common import CliError, add_common_options

# in the order ``--help`` lists the commands
COMMAND_GROUPS = (
    check,
    employees,
    status,
    reports,
    demo,
    interchange,
    backup,
    records,
    publish,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sellertrain",
        description="Training for cross-border e-commerce staff. With no command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"sellertrain {__version__}")
    app.add_app_options(parser)
    add_common_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status: int = args.handler(args)
    except CliError as exc:
        print(f"sellertrain: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":
    sys.exit(main())
