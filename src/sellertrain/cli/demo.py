"""``sellertrain demo-data``: fill a database with synthetic employees and their records."""

from __future__ import annotations

import argparse

from sellertrain.cli.common import (
    CliError,
    Subcommands,
    add_common_options,
    content_root,
    open_store,
)


def register(subparsers: Subcommands) -> None:
    demo = subparsers.add_parser(
        "demo-data",
        help="fill a database with synthetic employees, reading records and quiz attempts "
        "(for demos, screenshots and benchmarks)",
    )
    add_common_options(demo)
    demo.add_argument(
        "--employees",
        type=int,
        required=True,
        metavar="N",
        help="how many demo employees to add; they all sign in with the password 'demo'",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed: the same seed on an empty database gives the same data (default: 1)",
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help="add the demo employees even if the database already holds employees",
    )
    demo.set_defaults(handler=cmd_demo_data)


def cmd_demo_data(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.reports.demo import DEMO_PASSWORD, DemoDataRefused, generate_demo_data
    from sellertrain.core.store import StoreError

    if args.employees < 1:
        raise CliError("--employees must be at least 1")
    root = content_root(args)
    course = load_course(root, deep=False)
    if not course.lessons:
        raise CliError(f"{root} holds no valid lessons; run 'sellertrain check --content {root}'")
    store = open_store(args, create=True)
    try:
        if store.has_employees() and not args.force:
            raise CliError(
                f"{store.path} already holds employees; nothing was added "
                "(use --force to add the demo employees alongside them)"
            )
        with store.transaction():  # employees, records and assignments: all, or none
            summary = generate_demo_data(store, course, args.employees, args.seed, args.force)
    except (DemoDataRefused, StoreError) as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(
        f"added {summary.employees} demo employees, {summary.lesson_events} reading records, "
        f"{summary.attempts} quiz attempts and {summary.answers} answers in "
        f"{summary.seconds:.1f} s ({summary.answers_per_second:,.0f} answers/s); "
        f"sign in as {summary.manager} (manager) with password '{DEMO_PASSWORD}'"
    )
    return 0
