"""The company record: ``server init DSN``, ``sync``, and ``init --server DSN`` (joining).

psycopg is optional: without it these commands say how to install it; nothing else needs it.
The server's address comes from ``--server`` or ``$SELLERTRAIN_SERVER`` (a libpq connection
string or URI).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from sellertrain.cli.common import (
    CliError,
    Subcommands,
    add_command,
    content_root,
    counted,
    language,
    open_store,
    translator,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message, localize

if TYPE_CHECKING:
    from sellertrain.core.store import Store


def register(subparsers: Subcommands) -> None:
    server = add_command(
        subparsers,
        "server",
        QT_TRANSLATE_NOOP("CliHelp", "set up the company record on a PostgreSQL server"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Commands for the company record: a PostgreSQL database that every desktop syncs its\n"
            "records with (needs psycopg: pip install 'sellertrain[server]').",
        ),
        db=False,
    )
    server.set_defaults(handler=cmd_server_init)  # its one action so far (ACTION is required)
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = add_command(
        actions,
        "init",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "create or update the company record's tables and roles in a PostgreSQL database",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Create (or bring up to date) the company record in an existing PostgreSQL database:\n"
            "the append-only record tables, and the roles sellertrain_desktop and\n"
            "sellertrain_manager (see SECURITY.md). Run it as the database's owner, with a role\n"
            "that may create roles. Running it again changes nothing.",
        ),
        db=False,
    )
    init.add_argument(
        "dsn",
        metavar="DSN",
        help=QT_TRANSLATE_NOOP("CliHelp", "e.g. 'host=db.example dbname=training'"),
    )
    init.set_defaults(handler=cmd_server_init)
    sync = add_command(
        subparsers,
        "sync",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "push this database's new records to the company record, then pull what it lacks",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Push this database's new records to the company record, then pull the records it\n"
            "lacks; print one line of what moved. The server is $SELLERTRAIN_SERVER (or --server).\n"
            "Exit status 1, with one line, when the server cannot be reached: nothing is lost,\n"
            "the next sync completes the work. With --content DIR, the lesson, quiz and asset\n"
            "files published since the last sync are written into DIR (the app does this for\n"
            "its own content folder).",
        ),
        content=True,
    )
    add_server_option(sync)
    sync.add_argument(
        "--verify",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "check what was pulled (a manager's PC): the hash chains of the employees whose "
            "results arrived, and each result scored again from its answers (by this PC's quiz "
            "where it has the version taken); each problem is one line, kept for the app's list, "
            "and the exit status 1. The default: verify when SELLERTRAIN_USER and "
            "SELLERTRAIN_PASSWORD sign a manager in",
        ),
    )
    sync.set_defaults(handler=cmd_sync)


def add_server_option(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    parser.add_argument(
        "--server",
        metavar="DSN",
        default=None,
        help=help_text
        or QT_TRANSLATE_NOOP(
            "CliHelp", "the company record's PostgreSQL address (default: $SELLERTRAIN_SERVER)"
        ),
    )


def server_dsn(args: argparse.Namespace, store: Store | None = None) -> str:
    """--server, $SELLERTRAIN_SERVER, or the address saved when the database joined.

    A saved address whose password the keyring cannot give is completed by asking for it on
    a terminal. CliError when there is no address at all.
    """
    from sellertrain.core.server.connection import ENV_VAR, ServerError
    from sellertrain.core.server.credentials import saved_server

    dsn: str | None = getattr(args, "server", None) or os.environ.get(ENV_VAR)
    if dsn:
        return dsn
    try:
        saved = saved_server(store.conn) if store is not None else None
    except ServerError as exc:
        raise CliError(error_message(exc)) from None
    if saved is None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli", "no company server: set {variable} to its address (or pass --server DSN)"
            ),
            variable=ENV_VAR,
        )
    address, has_password = saved
    if has_password or not sys.stdin.isatty():
        return address  # without a password, libpq may still find one (.pgpass, PGPASSWORD)
    from sellertrain.core.server.credentials import load_psycopg

    password = getpass.getpass(
        translator(args).translate("Cli", "Password for the company server: ")
    )
    return str(load_psycopg().conninfo.make_conninfo(address, password=password))


def cmd_server_init(args: argparse.Namespace) -> int:
    from sellertrain.core.server.connection import ServerError, init_server

    try:
        before, info = init_server(args.dsn)
    except ServerError as exc:
        raise CliError(error_message(exc)) from None
    if before == info.schema_version:
        current = translator(args).translate(
            "Cli", "the company record {id} is up to date (schema {schema})"
        )
        print(current.format(id=info.server_id, schema=before))
    else:
        ready = translator(args).translate(
            "Cli",
            "company record {id} ready (schema {before} -> {schema}); grant logins "
            "sellertrain_desktop or sellertrain_manager, then join each desktop with "
            "'sellertrain init --server DSN'",
        )
        print(ready.format(id=info.server_id, before=before, schema=info.schema_version))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from sellertrain.core.server.connection import ServerError
    from sellertrain.core.server.sync import sync
    from sellertrain.core.store import StoreError

    course = None
    store = open_store(args)
    try:
        verify = _verifies(args, store)
        if verify:
            from sellertrain.core.content.loader import load_course

            course = load_course(content_root(args), deep=False)
        report = sync(
            server_dsn(args, store),
            store,
            verify=verify,
            course=course,
            content_root=args.content,  # only a folder named: the shipped one is not written
        )
    except (ServerError, StoreError) as exc:
        raise CliError(error_message(exc)) from None
    finally:
        store.close()
    chosen = language(args)
    print(localize(report.summary(), chosen))
    for problem in report.problems:
        print(f"{problem.employee}: {localize(problem.message, chosen)}")
    if verify:
        Cli = counted(args)
        found = len(report.problems)
        print(
            Cli.tr("verified what was pulled: %n problem(s)", "", found)
            if found
            else Cli.tx.translate("Cli", "verified what was pulled: no problems")
        )
    return 1 if report.problems else 0


def _verifies(args: argparse.Namespace, store: Store) -> bool:
    """--verify or --no-verify; without either, whether the environment signs a manager in.

    Verify on pull is a manager's check, so a script that syncs as a manager (its name and
    password in SELLERTRAIN_USER and SELLERTRAIN_PASSWORD) gets it by default; the sign-in is
    the app's (a wrong password is refused and counts towards the back-off). A new PC's
    database has nobody to sign in yet: its first sync, which brings everyone, is checked. With
    no name in the environment the sync signs nobody in and does not verify, as before.
    """
    from sellertrain.cli.credentials import PASSWORD_VARIABLE, USER_VARIABLE, sign_in

    if args.verify is not None:
        return bool(args.verify)
    if os.environ.get(USER_VARIABLE) is None and os.environ.get(PASSWORD_VARIABLE) is None:
        return False
    if not store.has_employees():
        return True
    tx = translator(args)
    sign_in(store, tx.translate("Cli", "verify what the sync pulls (or pass --no-verify)"), tx=tx)
    return True


def check_server(dsn: str) -> str:
    """The id of the company record at ``dsn``, read before anything local is made."""
    from sellertrain.core.server.connection import ServerError, connect, read_info

    try:
        conn = connect(dsn)
        try:
            return read_info(conn).server_id
        finally:
            conn.close()
    except ServerError as exc:
        raise CliError(error_message(exc)) from None


def join_database(args: argparse.Namespace, server_id: str, dsn: str) -> str:
    """Make the database at --db belong to ``server_id`` and keep its address (the password
    in the keyring); the line to print."""
    from sellertrain.core.server.credentials import save_server
    from sellertrain.core.store import StoreError
    from sellertrain.core.store.sync_rows import join_server

    tx = translator(args)
    store = open_store(args)
    try:
        joined = join_server(store, server_id)
        if warning := save_server(store.conn, dsn):
            print(f"sellertrain: {localize(warning, tx.language)}", file=sys.stderr)
    except StoreError as exc:
        raise CliError(error_message(exc)) from None
    finally:
        store.close()
    if not joined:
        held = tx.translate("Cli", "{path} already belongs to the company record {id}")
        return held.format(path=store.path, id=server_id)
    made = tx.translate(
        "Cli",
        "{path} belongs to the company record {id}; run 'sellertrain sync' to send its records "
        "and fetch the others",
    )
    return made.format(path=store.path, id=server_id)
