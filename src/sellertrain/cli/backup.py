"""``sellertrain backup`` and ``restore``: copy the database out, or put a checked copy back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.cli.common import (
    CliError,
    Subcommands,
    add_command,
    cannot_write,
    db_path,
    missing_database,
    translator,
)
from sellertrain.cli.credentials import sign_in
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message, os_reason

if TYPE_CHECKING:
    from sellertrain.core.i18n import Translator


def register(subparsers: Subcommands) -> None:
    backup = add_command(
        subparsers,
        "backup",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "copy the database to a file; safe while the app is running (SQLite backup API)",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Copy the database to one self-contained file, consistent even while the app is\n"
            "running (SQLite's backup API); the copy is checked before this reports success.",
        ),
    )
    backup.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "the backup file to write (an existing file of that name is replaced)"
        ),
    )
    backup.set_defaults(handler=cmd_backup)
    restore = add_command(
        subparsers,
        "restore",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "replace the database with a backup, after checking it; the current database is "
            "kept beside it as NAME.before-restore-DATE.bak",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Replace the database (--db PATH or the default one) with a backup after checking it:\n"
            "its integrity, that it is a SellerTrain database, and not from a newer version. The\n"
            "current database is first kept beside it as NAME.before-restore-DATE.bak. When there\n"
            "is no database at the path yet, the backup becomes it (e.g. on a new computer).",
        ),
    )
    restore.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CliHelp", "the backup file to restore (made by 'backup')"),
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
        raise CliError(error_message(exc)) from None
    except OSError as exc:
        raise cannot_write(args.out, exc) from None
    tx = translator(args)
    backed_up = tx.translate(
        "Cli",
        "backed up {employees} employees and {attempts} quiz attempts (schema {schema}) to {path}",
    )
    print(
        backed_up.format(
            employees=info.employees,
            attempts=info.attempts,
            schema=info.schema_version,
            path=info.path,
        )
    )
    return 0


def _sign_in_to_replace(target: Path, tx: Translator) -> None:
    """A manager of the database being replaced signs in first, when it has anyone.

    No one is asked when there is no database there yet (a new computer), or it has no
    employees, or it cannot be used at all (not a SellerTrain file, damaged, its safeguards
    removed): that file is restored over as it is, since whoever could break it could
    already write anything into it (SECURITY.md).
    """
    from sellertrain.core.store import Store, StoreBusy, StoreError

    if not target.exists():
        return
    try:
        store = Store.open(target)
    except StoreBusy as exc:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "{problem}; nothing was replaced"), problem=exc
        ) from None
    except StoreError:
        return
    try:
        if store.has_employees():
            what = tx.translate("Cli", "replace the database with a backup")
            sign_in(store, what, tx=tx)
    except StoreBusy as exc:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "{problem}; nothing was replaced"), problem=exc
        ) from None
    except StoreError:
        return  # its checks before writing refuse it (damaged, safeguards gone): restore it
    finally:
        store.close()


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a checked backup, keeping the current one aside."""
    from sellertrain.core.store import StoreError, restore_database

    target = db_path(args)
    existed = target.exists()
    tx = translator(args)
    try:
        info = restore_database(args.file, target, lambda: _sign_in_to_replace(target, tx))
    except StoreError as exc:
        raise CliError(error_message(exc)) from None
    except OSError as exc:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "cannot restore into {path}: {reason}"),
            path=target,
            reason=os_reason(exc),
        ) from None
    if info.aside:
        kept = tx.translate("Cli", "; the previous database was kept as {path}")
        kept = kept.format(path=info.aside)
    else:
        kept = tx.translate("Cli", " (there was no database there before)") if not existed else ""
    restored = tx.translate(
        "Cli",
        "restored {employees} employees and {attempts} quiz attempts from {file} into {path}",
    )
    print(
        restored.format(
            employees=info.employees, attempts=info.attempts, file=args.file, path=target
        )
        + kept
    )
    return 0
