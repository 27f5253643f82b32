"""What every command shares: the error it reports, the --db/--content options, the store."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from sellertrain.core.store import Store

# what ``add_subparsers`` returns: each command group adds its parsers to it
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class CliError(Exception):
    """A problem to report on stderr as one line, with exit status 1."""


def add_common_options(parser: argparse.ArgumentParser, suppress: bool = True) -> None:
    """``--db`` and ``--content``; on a subcommand (suppress) they keep the top level's value."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="PATH",
        help="database file (default: $SELLERTRAIN_DB or the user data folder)",
    )
    parser.add_argument(
        "--content",
        type=Path,
        default=default,
        metavar="DIR",
        help="content folder holding lessons/, quizzes/, assets/ "
        "(default: $SELLERTRAIN_CONTENT or the shipped course)",
    )


def content_root(args: argparse.Namespace) -> Path:
    """The content folder asked for, or the default one; CliError when it does not exist."""
    from sellertrain.core.paths import default_content_root

    root: Path = args.content or default_content_root()
    if not root.is_dir():
        raise CliError(f"content folder {root} does not exist")
    return root


def db_path(args: argparse.Namespace) -> Path:
    """The database file asked for, or the default one."""
    from sellertrain.core.paths import default_db_path

    path: Path = args.db or default_db_path()
    return path


def open_store(args: argparse.Namespace, create: bool = False) -> Store:
    """The store at the database path (with ``create``, made if it does not exist yet);
    CliError when it cannot be opened."""
    from sellertrain.core.store import Store, StoreError

    try:
        return (Store.create if create else Store.open)(db_path(args))
    except StoreError as exc:
        raise CliError(str(exc)) from None


def cannot_write(path: Path, exc: OSError) -> CliError:
    """The one-line error for a file that could not be written."""
    return CliError(f"cannot write {path}: {exc.strerror or exc}")
