"""``sellertrain demo-data``: fill a database with synthetic employees and their records."""

from __future__ import annotations

import argparse
import contextlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sellertrain.cli.common import (
    CliError,
    Steps,
    Subcommands,
    add_command,
    content_root,
    db_path,
    translator,
)
from sellertrain.cli.credentials import sign_in
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message


def register(subparsers: Subcommands) -> None:
    demo = add_command(
        subparsers,
        "demo-data",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "fill a database with synthetic employees, reading records and quiz attempts "
            "(for demos, screenshots and benchmarks)",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Fill a database with synthetic employees, their reading records, quiz attempts and\n"
            "certificates (for demos, screenshots and benchmarks). A database is made at --db PATH\n"
            "if there is none: the result is a demo database, never an empty file. A database that\n"
            "already holds employees is refused unless --force; then the demo employees are added\n"
            "beside them and nothing reaches the existing employees: demo assignments name demo\n"
            "employees only, and no lesson change is published.",
        ),
        content=True,
    )
    demo.add_argument(
        "--employees",
        type=int,
        required=True,
        metavar="N",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "how many demo employees to add; they all sign in with the password 'demo'"
        ),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "random seed: the same seed on an empty database gives the same data (default: 1)",
        ),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "add the demo employees even if the database already holds employees "
            "(they are left untouched)",
        ),
    )
    demo.set_defaults(handler=cmd_demo_data)


def cmd_demo_data(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.passwords import hash_password
    from sellertrain.core.reports.demo import (
        DEMO_PASSWORD,
        DemoDataRefused,
        fresh_file_writes,
        generate_demo_data,
    )
    from sellertrain.core.store import Store, StoreError
    from sellertrain.core.store.sync_rows import server_id

    tx = translator(args)
    if args.employees < 1:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "--employees must be at least 1"))
    root = content_root(args)
    # the shared password's scrypt runs in a thread (it lets go of the GIL) while the course loads
    hashing = ThreadPoolExecutor(1, thread_name_prefix="demo-password")
    hashed = hashing.submit(hash_password, DEMO_PASSWORD)
    hashing.shutdown(wait=False)
    course = load_course(root, deep=False)
    if not course.lessons:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli", "{root} holds no valid lessons; run 'sellertrain check --content {root}'"
            ),
            root=root,
        )
    path = db_path(args)
    created = not path.exists()
    try:
        store = Store.create(path)  # a new file holds the demo: never an empty database
    except StoreError as exc:
        raise CliError(error_message(exc)) from None
    try:
        if server_id(store.conn) is not None:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{path} belongs to a company record: demo data goes in a database of "
                    "its own, so invented employees never reach the company's records",
                ),
                path=store.path,
            )
        actor = None
        if store.has_employees():
            if not args.force:
                raise CliError(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{path} already holds employees; nothing was added "
                        "(use --force to add the demo employees beside them, untouched)",
                    ),
                    path=store.path,
                )
            what = tx.translate("Cli", "add demo employees beside the others")
            actor = sign_in(store, what, tx=tx).id
        # employees, records, assignments and certificates: all, or none
        adding = tx.translate("Cli", "adding demo employees")
        fresh = fresh_file_writes(store) if created else contextlib.nullcontext()
        with Steps("demo-data", adding, tx=tx) as steps, fresh, store.transaction():
            summary = generate_demo_data(
                store,
                course,
                args.employees,
                args.seed,
                args.force,
                progress=lambda step, done, total: steps.count(done, total, step),
                actor_id=actor,
                password_hash=hashed.result,
            )
            steps.now(tx.translate("Cli", "saving"))
    except (DemoDataRefused, StoreError) as exc:
        store.close()
        _remove_if(created, path)
        raise CliError(error_message(exc)) from None
    except BaseException:  # interrupted: a database made for the demo goes with it
        store.close()
        _remove_if(created, path)
        raise
    store.close()
    added = tx.translate(
        "Cli",
        "added {employees} demo employees, {events} reading records, {attempts} quiz attempts "
        "and {answers} answers in {seconds} s ({rate} answers/s); issued {certificates} "
        "certificates in {certificate_seconds} s; sign in as {manager} (manager) with password "
        "'{password}'",
    )
    print(
        added.format(
            employees=summary.employees,
            events=summary.lesson_events,
            attempts=summary.attempts,
            answers=summary.answers,
            seconds=f"{summary.seconds:.1f}",
            rate=f"{summary.answers_per_second:,.0f}",
            certificates=summary.certificates,
            certificate_seconds=f"{summary.certificate_seconds:.1f}",
            manager=summary.manager,
            password=DEMO_PASSWORD,
        )
    )
    if summary.mixed:
        untouched = tx.translate(
            "Cli",
            "the employees already there were left untouched (the demo assignments name demo "
            "employees only; no lesson change was published); note: demo managers sign in "
            "with the password '{password}' and see everyone",
        )
        print(untouched.format(password=DEMO_PASSWORD))
    if created:
        print(tx.translate("Cli", "created a new database at {path}").format(path=path))
    return 0


def _remove_if(created: bool, path: Path) -> None:
    """Remove a database this command made (and its WAL files) when nothing was added to it."""
    if created:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
