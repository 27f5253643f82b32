"""``sellertrain backup`` and ``restore``: copy the database out, or put a checked copy back."""

from __future__ import annotations

import argparse
from pathlib import Path

from sellertrain.cli.common import (
    CliError,
    Subcommands,
    add_command,
    cannot_write,
    db_path,
    missing_database,
)


def register(subparsers: Subcommands) -> None:
    backup = add_command(
        subparsers,
        "backup",
        "copy the database to a file; safe while the app is running (SQLite backup API)",
        "Copy the database to one self-contained file, consistent even while the app is\n"
        "running (SQLite's backup API); the copy is checked before this reports success.",
    )
    backup.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the backup file to write (an existing file of that name is replaced)",
    )
    backup.set_defaults(handler=cmd_backup)
    restore = add_command(
        subparsers,
        "restore",
        "replace the database with a backup, after checking it; the current database is "
        "kept beside it as NAME.before-restore-DATE.bak",
        "Replace the database (--db PATH or the default one) with a backup after checking it:\n"
        "its integrity, that it is a SellerTrain database, and not from a newer version. The\n"
        "current database is first kept beside it as NAME.before-restore-DATE.bak. When there\n"
        "is no database at the path yet, the backup becomes it (e.g. on a new computer).",
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help="the backup file to restore (made by 'backup')"
    )
    restore.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the database, safe while the app is running."""
    from sellertrain.core.store import StoreError, backup_database

    source = db_path(args)
    if not source.exists():
        raise missing_database(source, args.db is not None)
    try:
        info = backup_database(source, args.out)
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
    existed = target.exists()
    try:
        info = restore_database(args.file, target)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot restore into {target}: {exc.strerror or exc}") from None
    if info.aside:
        kept = f"; the previous database was kept as {info.aside}"
    else:
        kept = " (there was no database there before)" if not existed else ""
    print(
        f"restored {info.employees} employees and {info.attempts} quiz attempts "
        f"from {args.file} into {target}{kept}"
    )
    return 0
