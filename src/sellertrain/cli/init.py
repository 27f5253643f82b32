"""``sellertrain init``: start a new, empty database (the only command that makes one anywhere)."""

from __future__ import annotations

import argparse

from sellertrain.cli.common import CliError, Subcommands, add_command, db_path


def register(subparsers: Subcommands) -> None:
    add_command(
        subparsers,
        "init",
        "start a new, empty database",
        "Start a new, empty SellerTrain database at --db PATH (or the default location) and "
        "its folder.\nOther commands never create a database at a path they are given, so a "
        "mistyped --db\nis an error, not a new empty file. An existing SellerTrain database is "
        "left as it is\n(brought up to date if it is from an older version).",
    ).set_defaults(handler=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    from sellertrain.core.store import Store, StoreError

    path = db_path(args)
    existed = path.exists()
    try:
        store = (Store.open if existed else Store.create)(path)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    try:
        employees = len(store.employees(include_inactive=True))
        version = store.schema_version
    finally:
        store.close()
    if existed:
        print(
            f"{path} already holds a SellerTrain database (schema {version}, {employees} "
            "employees); no new database was made"
        )
        return 0
    where = f" --db {path}" if args.db is not None else ""
    print(
        f"created a new database at {path} (schema {version}); add the first manager with "
        f"'sellertrain employees add NAME --role manager{where}'"
    )
    return 0
