"""``sellertrain init``: start a new, empty database (the only command that makes one anywhere)."""

from __future__ import annotations

import argparse

from sellertrain.cli.common import CliError, Subcommands, add_command, db_path, translator
from sellertrain.cli.server import add_server_option, check_server, join_database
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message


def register(subparsers: Subcommands) -> None:
    parser = add_command(
        subparsers,
        "init",
        QT_TRANSLATE_NOOP("CliHelp", "start a new, empty database"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Start a new, empty SellerTrain database at --db PATH (or the default location) and "
            "its folder.\nOther commands never create a database at a path they are given, so a "
            "mistyped --db\nis an error, not a new empty file. An existing SellerTrain database is "
            "left as it is\n(brought up to date if it is from an older version). With --server DSN the "
            "database\njoins that company record (see 'sellertrain sync'); a database joins one "
            "company only.",
        ),
    )
    add_server_option(
        parser, QT_TRANSLATE_NOOP("CliHelp", "join the company record at this PostgreSQL address")
    )
    parser.set_defaults(handler=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    from sellertrain.core.store import Store, StoreError

    path = db_path(args)
    # the server is checked first: a wrong address leaves no new file behind
    server_id = check_server(args.server) if args.server else None
    existed = path.exists()
    try:
        store = (Store.open if existed else Store.create)(path)
    except StoreError as exc:
        raise CliError(error_message(exc)) from None
    try:
        employees = len(store.employees(include_inactive=True))
        version = store.schema_version
    finally:
        store.close()
    if server_id is not None:
        joined = join_database(
            argparse.Namespace(db=path, lang=getattr(args, "lang", None)), server_id, args.server
        )
    tx = translator(args)
    if existed:
        held = tx.translate(
            "Cli",
            "{path} already holds a SellerTrain database (schema {schema}, {employees} "
            "employees); no new database was made",
        )
        print(held.format(path=path, schema=version, employees=employees))
        if server_id is not None:
            print(joined)
        return 0
    where = f" --db {path}" if args.db is not None else ""
    created = tx.translate(
        "Cli",
        "created a new database at {path} (schema {schema}); add the first manager with "
        "'sellertrain employees add NAME --role manager{where}'",
    )
    print(created.format(path=path, schema=version, where=where))
    if server_id is not None:
        print(joined)
    return 0
