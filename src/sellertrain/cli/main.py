"""The ``sellertrain`` command line: builds the parser from the command groups and dispatches.

It uses the core only; Qt is imported only to start the app. The group modules are imported
only to run a command, and each keeps its heavy imports inside its handlers.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from sellertrain.cli import app
from sellertrain.cli.common import CliError, add_common_options, language, translator
from sellertrain.core.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sellertrain.core.i18n import Translator

SIGPIPE_STATUS = 141  # what a shell reports for a command ended by SIGPIPE (128 + 13)


class _VersionAction(argparse.Action):
    """``--version``: the package version, and the build date in the built app.

    Worked out only when asked for, so that starting the app reads no package metadata."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest=argparse.SUPPRESS,
            default=argparse.SUPPRESS,
            nargs=0,
            help=QT_TRANSLATE_NOOP(
                "CliHelp", "print the version (and, for the installed app, its build date) and exit"
            ),
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from sellertrain.core.build_info import version_line

        print(version_line())  # on standard output, as argparse's own version action does
        parser.exit()


def command_groups() -> tuple[ModuleType, ...]:
    """The command groups, in the order ``--help`` lists the commands. Imported here, for a
    command only: starting the app needs none of them (nor the core modules they bring)."""
    from sellertrain.cli import (
        audit,
        backup,
        check,
        demo,
        employees,
        init,
        interchange,
        publish,
        records,
        reports,
        server,
        status,
    )

    return (
        init,
        check,
        employees,
        status,
        reports,
        demo,
        interchange,
        backup,
        records,
        publish,
        audit,
        server,
    )


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The full parser; its help and usage errors in the language ``argv`` asks for with
    ``--lang`` (else the saved choice, else the locale), worked out only if one is shown."""
    from sellertrain.cli.help import CliParser, Words, requested_language

    parser = CliParser(
        words=Words(requested_language(argv)),
        prog="sellertrain",
        description=QT_TRANSLATE_NOOP(
            "CliHelp",
            "Training for cross-border e-commerce staff. With no command, starts the app.",
        ),
    )
    parser.add_argument("--version", action=_VersionAction)
    app.add_app_options(parser)
    add_common_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in command_groups():
        group.register(subparsers)
    return parser


_APP_VALUE_OPTIONS = ("--db", "--content")


def _starts_the_app(argv: Sequence[str]) -> bool:
    """True when ``argv`` holds only the app's own options (``--smoke``, ``--db PATH``,
    ``--content DIR``): then the twelve command groups are neither imported nor built."""
    expecting_value = False
    for token in argv:
        if expecting_value:
            if token.startswith("-"):
                return False
            expecting_value = False
        elif token in _APP_VALUE_OPTIONS:
            expecting_value = True
        elif token != "--smoke" and not token.startswith(("--db=", "--content=")):
            return False
    return not expecting_value


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sellertrain")
    app.add_app_options(parser)
    add_common_options(parser, suppress=False)
    parser.set_defaults(command=None)  # as the full parser leaves it when no command is given
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure is one line on stderr and a non-zero exit status."""
    tokens = sys.argv[1:] if argv is None else list(argv)
    parser = _app_parser() if _starts_the_app(tokens) else build_parser(tokens)
    args = parser.parse_args(tokens)
    try:
        status: int = args.handler(args)
        sys.stdout.flush()  # here, not at exit: a closed pipe must not print a traceback then
    except BrokenPipeError:
        return _reader_gone()
    except CliError as exc:
        return _error(exc.text(language(args)), exc.status)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("SELLERTRAIN_DEBUG"):
            raise
        return _error(_failure(exc, translator(args)))
    return status


def _failure(exc: Exception, tx: Translator) -> str:
    """The one line for a failure no command foresaw, in the command's language."""
    if isinstance(exc, sqlite3.Error):  # a full disk, a read-only file, an I/O error ...
        from sellertrain.core.message import localize
        from sellertrain.core.store.errors import sqlite_cause

        cause = sqlite_cause(exc)
        if cause is not None:
            cause = localize(cause, tx.language)
        else:
            if os.environ.get("SELLERTRAIN_DEBUG"):
                raise exc
            cause = tx.translate(
                "Cli", "the database reported: {error} (set SELLERTRAIN_DEBUG=1 to see where)"
            ).format(error=exc)
        unsaved = tx.translate("Cli", "{cause}; this command's changes (if any) were not saved")
        return unsaved.format(cause=cause)
    if isinstance(exc, OSError):  # a file the command was given cannot be read or written
        from sellertrain.core.message import localize, os_error

        return localize(os_error(exc), tx.language)
    unexpected = tx.translate(
        "Cli", "unexpected {kind}: {error} (set SELLERTRAIN_DEBUG=1 to see where)"
    )
    return unexpected.format(kind=type(exc).__name__, error=exc)


def _error(message: str, status: int = 1) -> int:
    print(f"sellertrain: error: {message}", file=sys.stderr)
    return status


def _reader_gone() -> int:
    """The reader of standard output closed it (``| head``): stop quietly, as Unix tools do.

    Standard output is pointed at the null device so that Python's own flush at exit does not
    fail again and print "Exception ignored ... BrokenPipeError".
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (a test's captured output): nothing is flushed at exit
    return SIGPIPE_STATUS


if __name__ == "__main__":
    sys.exit(main())
