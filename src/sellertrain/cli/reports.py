"""``sellertrain report``: the team progress report as CSV, printable HTML or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.cli.common import (
    CliError,
    Steps,
    Subcommands,
    add_command,
    cannot_write,
    content_root,
    language,
    open_store,
)
from sellertrain.core.i18n import Translator
from sellertrain.core.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sellertrain.core.reports.team import EmployeeProgress


def register(subparsers: Subcommands) -> None:
    report = add_command(
        subparsers,
        "report",
        QT_TRANSLATE_NOOP("CliHelp", "write the team progress report (CSV, printable HTML or PDF)"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Write the team progress report of every employee: CSV (UTF-8 with a byte-order mark,\n"
            "for Excel, also on standard output), printable HTML, or PDF (needs --out). A slow\n"
            "report prints its progress on standard error.",
        ),
        content=True,
    )
    report.add_argument(
        "--format",
        choices=["csv", "html", "pdf"],
        default="csv",
        help=QT_TRANSLATE_NOOP("CliHelp", "report format (default: csv)"),
    )
    report.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "where to write it (default: standard output for csv and html; pdf needs --out)",
        ),
    )
    report.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    """The team report over every employee (whoever holds the database file sees all of it)."""
    if args.format == "pdf" and args.out is None:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "a PDF report needs --out FILE"))
    tx = Translator(language(args))
    with Steps("report", tx.translate("Cli", "loading the course"), tx=tx) as steps:
        text, people = _report_text(args, steps)
        rows = len(people)
        if args.format == "pdf":
            drawing = tx.translate("Cli", "drawing {n} employees as PDF pages")
            steps.now(drawing.format(n=f"{rows:,}"))
        else:
            writing = tx.translate("Cli", "writing the {format} text")
            steps.now(writing.format(format=args.format.upper()))
        try:
            if args.format == "pdf":
                from sellertrain.cli.common import prepare_pdf
                from sellertrain.pdf.team_report import write_team_pdf

                def drawn(done: int, total: int) -> bool:
                    steps.count(done, total, table)
                    return True

                table = tx.translate("Cli", "drawing the team table")
                chosen = prepare_pdf(args)
                write_team_pdf(text, people, args.out, drawn, language=chosen)
            else:
                _write(text, args.format, args.out)
        except OSError as exc:
            if args.out is None:
                raise  # standard output: a closed pipe ends quietly in main
            raise cannot_write(args.out, exc) from None
    if args.out is not None:
        wrote = tx.translate(
            "ReportCommand", "wrote the {format} report of {n} employees to {path}"
        )
        print(wrote.format(format=args.format, n=rows, path=args.out))
    return 0


def _report_text(args: argparse.Namespace, steps: Steps) -> tuple[str, list[EmployeeProgress]]:
    """The report as CSV or HTML text (for a PDF, without the team table), and its rows."""
    import datetime as dt

    from sellertrain.core.content.loader import load_course
    from sellertrain.core.i18n import Translator
    from sellertrain.core.reports import exports
    from sellertrain.core.reports import team as reports
    from sellertrain.core.timestamps import local_time

    course = load_course(content_root(args), deep=False)
    store = open_store(args)
    try:
        tx = Translator(language(args))
        steps.now(tx.translate("Cli", "working out each employee's progress"))
        rows = reports.team_progress(store, course, dt.date.today())
        if args.format == "csv":
            return exports.team_progress_csv(rows, language(args)), rows
        building = tx.translate("Cli", "building the report of {n} employees")
        steps.now(building.format(n=f"{len(rows):,}"))
        text = exports.team_report_html(
            rows,
            reports.risk_area_scores(store, course),
            reports.cumulative_completions(store.first_completions_by_day()),
            reports.score_histogram(store.attempt_scores()),
            reports.team_weak_questions(store, course, 10),
            tx.translate("TeamScreen", "SellerTrain team report"),
            local_time(store.now()),
            with_table=args.format != "pdf",
            language=language(args),
        )
        return text, rows
    finally:
        store.close()


def _write(text: str, fmt: str, out: Path | None) -> None:
    from sellertrain.core.reports import exports

    if out is None and fmt == "csv":
        # the same bytes as --out writes: a byte-order mark (Excel reads UTF-8), CRLF lines
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8-sig"))
    elif out is None:
        sys.stdout.write(text)
    elif fmt == "csv":
        exports.write_csv(out, text)
    else:
        out.write_text(text, encoding="utf-8")
