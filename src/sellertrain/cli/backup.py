"""``sellertrain backup`` and ``restore``: copy the database out, or put a checked copy back."""

from __future__ import annotations

import argparse
from pathlib import Path

from sellertrain.cli.common import CliError, Subcommands, add_common_options, cannot_write, db_path


def register(subparsers: Subcommands) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="copy the database to a file; safe while the app is running (SQLite backup API)",
    )
    add_common_options(backup)
    backup.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the backup file to write (an existing file of that name is replaced)",
    )
    backup.set_defaults(handler=cmd_backup)
    restore = subparsers.add_parser(
        "restore",
        help="replace the database with a backup, after checking it; the current database is "
        "kept beside it as NAME.before-restore-DATE.bak",
    )
    add_common_options(restore)
    restore.add_argument("file", type=Path, metavar="FILE", help="a backup made by 'backup'")
    restore.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the database, safe while the app is running."""
    from sellertrain.core.store import StoreError, backup_database

    try:
        info = backup_database(db_path(args), args.out)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise cannot_write(args.out, exc) from None
    print(
        f"backed up {info.employees} employees and {info.attempts} quiz attempts "
        f"(schema {info.schema_version}) to {info.path}"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a checked backup, keeping the current one aside."""
    from sellertrain.core.store import StoreError, restore_database

    target = db_path(args)
    try:
        info = restore_database(args.file, target)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot restore into {target}: {exc.strerror or exc}") from None
    kept = f"; the previous database was kept as {info.aside}" if info.aside else ""
    print(
        f"restored {info.employees} employees and {info.attempts} quiz attempts "
        f"from {args.file} into {target}{kept}"
    )
    return 0
