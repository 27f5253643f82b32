"""``sellertrain report``: the team progress report as CSV, printable HTML or PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sellertrain.cli.common import (
    CliError,
    Subcommands,
    add_common_options,
    cannot_write,
    content_root,
    open_store,
)


def register(subparsers: Subcommands) -> None:
    report = subparsers.add_parser(
        "report", help="write the team progress report (CSV, printable HTML or PDF)"
    )
    add_common_options(report)
    report.add_argument(
        "--format",
        choices=["csv", "html", "pdf"],
        default="csv",
        help="report format (default: csv)",
    )
    report.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="where to write it (default: standard output for csv and html; pdf needs --out)",
    )
    report.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    """The team report over every employee (whoever holds the database file sees all of it)."""
    import datetime as dt

    from sellertrain.core.content.loader import load_course
    from sellertrain.core.reports import exports
    from sellertrain.core.reports import team as reports

    if args.format == "pdf" and args.out is None:
        raise CliError("a PDF report needs --out FILE")
    course = load_course(content_root(args), deep=False)
    store = open_store(args)
    try:
        rows = reports.team_progress(store, course, dt.date.today())
        if args.format == "csv":
            text = exports.team_progress_csv(rows)
        else:
            text = exports.team_report_html(
                rows,
                reports.risk_area_scores(store, course),
                reports.cumulative_completions(store.first_completions_by_day()),
                reports.score_histogram(store.attempt_scores()),
                reports.team_weak_questions(store, course, 10),
                "SellerTrain team report",
                store.now(),
            )
    finally:
        store.close()
    try:
        _write(text, args.format, args.out)
    except OSError as exc:
        raise cannot_write(args.out, exc) from None
    if args.out is not None:
        print(f"wrote the {args.format} report of {len(rows)} employees to {args.out}")
    return 0


def _write(text: str, fmt: str, out: Path | None) -> None:
    from sellertrain.core.reports import exports

    if out is None:
        sys.stdout.write(text)
    elif fmt == "csv":
        exports.write_csv(out, text)
    elif fmt == "html":
        out.write_text(text, encoding="utf-8")
    else:
        from sellertrain.pdf.report import write_pdf

        write_pdf(text, out)
