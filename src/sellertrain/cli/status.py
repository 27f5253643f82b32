"""``sellertrain status NAME [--json]``: what one employee must do, by when, and how they stand."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from sellertrain.cli.common import (
    CliError,
    Subcommands,
    add_command,
    content_root,
    language,
    open_store,
)
from sellertrain.cli.help import iso_day
from sellertrain.core.message import QT_TRANSLATE_NOOP


def register(subparsers: Subcommands) -> None:
    status = add_command(
        subparsers,
        "status",
        QT_TRANSLATE_NOOP(
            "CliHelp", "an employee's required training: due dates, states and the overall verdict"
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Show one employee's required lessons with due date and state (not started, in\n"
            "progress, done, overdue, needs refresh) and the overall verdict: the same values as\n"
            "the team table and Home.",
        ),
        content=True,
    )
    status.add_argument(
        "name",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CliHelp", "the employee's full name (any case)"),
    )
    status.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "print JSON instead of text"),
    )
    status.add_argument(
        "--today",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "the day to judge due dates by (default: today on this computer)"
        ),
    )
    status.set_defaults(handler=cmd_status)


def cmd_status(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.reports.status import status_report, status_text
    from sellertrain.core.training.progress import course_progress

    course = load_course(content_root(args), deep=False)
    store = open_store(args)
    try:
        employee = store.employee_by_name(args.name)
        if employee is None:
            raise CliError(QT_TRANSLATE_NOOP("Cli", "no employee named '{name}'"), name=args.name)
        today = args.today or dt.date.today()
        progress = course_progress(store, course, employee, today)
    finally:
        store.close()
    report = status_report(course, employee, progress.standing, today)
    text = status_text(report, language(args))
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else text)
    return 0
