"""The ``sellertrain`` command line. It uses the core only; Qt is imported only to start the app."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sellertrain import __version__


class CliError(Exception):
    """A problem to report on stderr as one line, with exit status 1."""


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="PATH",
        help="database file (default: $SELLERTRAIN_DB or the user data folder)",
    )
    parser.add_argument(
        "--content",
        type=Path,
        default=default,
        metavar="DIR",
        help="content folder holding lessons/, quizzes/, assets/ "
        "(default: $SELLERTRAIN_CONTENT or the shipped course)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sellertrain",
        description="Training for cross-border e-commerce staff. With no command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"sellertrain {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the app, exit 0 as soon as the first screen is painted (for tests and timing)",
    )
    _common(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="validate all lessons and quizzes")
    _common(check, suppress=True)

    employees = commands.add_parser("employees", help="add, import or list employees")
    _common(employees, suppress=True)
    actions = employees.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add one employee (the password is asked for, or read from standard input)"
    )
    _common(add, suppress=True)
    add.add_argument("name", help="full name, unique in the database")
    add.add_argument("--role", required=True, choices=["learner", "manager", "author"])
    add.add_argument("--department", help="e.g. customer-service, listings, logistics, finance")
    imp = actions.add_parser(
        "import", help="add employees from a CSV file with columns name,role,password[,department]"
    )
    _common(imp, suppress=True)
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    listing = actions.add_parser("list", help="list employees")
    _common(listing, suppress=True)

    report = commands.add_parser(
        "report", help="write the team progress report (CSV, printable HTML or PDF)"
    )
    _common(report, suppress=True)
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
    demo = commands.add_parser(
        "demo-data",
        help="fill a database with synthetic employees, reading records and quiz attempts "
        "(for demos, screenshots and benchmarks)",
    )
    _common(demo, suppress=True)
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
    return parser


def _content_root(args: argparse.Namespace) -> Path:
    from sellertrain.core.paths import default_content_root

    root = args.content or default_content_root()
    if not root.is_dir():
        raise CliError(f"content folder {root} does not exist")
    return root


def _open_store(args: argparse.Namespace):
    from sellertrain.core.paths import default_db_path
    from sellertrain.core.store import Store, StoreError

    try:
        return Store.open(args.db or default_db_path())
    except StoreError as exc:
        raise CliError(str(exc)) from None


def cmd_check(args: argparse.Namespace) -> int:
    from sellertrain.core.content import load_course

    course = load_course(_content_root(args), deep=True)
    for problem in course.errors:
        print(problem)
    errors = sum(e.severity == "error" for e in course.errors)
    warnings = len(course.errors) - errors
    print(
        f"{len(course.lessons)} lessons, {len(course.quizzes)} quizzes, "
        f"{course.question_count} questions; {errors} errors, {warnings} warnings"
    )
    return 1 if errors else 0


def _read_password(name: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("Repeat it: ") != first:
            raise CliError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_employees(args: argparse.Namespace) -> int:
    from sellertrain.core.store import StoreError

    store = _open_store(args)
    try:
        if args.action == "add":
            employee = store.add_employee(
                args.name, args.role, _read_password(args.name), args.department
            )
            print(f"added {employee.name} ({employee.role.value})")
        elif args.action == "import":
            from sellertrain.core.employees_csv import read_employees_csv

            rows, problems = read_employees_csv(args.file)
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                raise CliError(
                    f"{args.file}: nothing imported; fix the {len(problems)} problem(s) above"
                )
            for name, *_ in rows:
                if store.employee_by_name(name) is not None:
                    raise CliError(
                        f"{args.file}: nothing imported; '{name}' is already an employee"
                    )
            added = store.add_employees([(n, r, p, d) for n, r, p, d in rows])
            print(f"imported {len(added)} employees from {args.file}")
        else:
            for employee in store.employees():
                print(f"{employee.name}\t{employee.role.value}\t{employee.department or ''}")
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from sellertrain.core.content import load_course
    from sellertrain.core.demo import DEMO_PASSWORD, DemoDataRefused, generate_demo_data
    from sellertrain.core.store import StoreError

    if args.employees < 1:
        raise CliError("--employees must be at least 1")
    root = _content_root(args)
    course = load_course(root, deep=False)
    if not course.lessons:
        raise CliError(f"{root} holds no valid lessons; run 'sellertrain check --content {root}'")
    store = _open_store(args)
    try:
        if store.has_employees() and not args.force:
            raise CliError(
                f"{store.path} already holds employees; nothing was added "
                "(use --force to add the demo employees alongside them)"
            )
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


def cmd_report(args: argparse.Namespace) -> int:
    """The team report over every employee (whoever holds the database file sees all of it)."""
    import datetime as dt

    from sellertrain.core import exports, reports
    from sellertrain.core.content import load_course

    if args.format == "pdf" and args.out is None:
        raise CliError("a PDF report needs --out FILE")
    course = load_course(_content_root(args), deep=False)
    store = _open_store(args)
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
        if args.out is None:
            sys.stdout.write(text)
        elif args.format == "csv":
            exports.write_csv(args.out, text)
        elif args.format == "html":
            args.out.write_text(text, encoding="utf-8")
        else:
            from sellertrain.report_pdf import write_pdf

            write_pdf(text, args.out)
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    if args.out is not None:
        print(f"wrote the {args.format} report of {len(rows)} employees to {args.out}")
    return 0


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_app(args: argparse.Namespace) -> int:
    if not _has_display():
        raise CliError(
            "no display found: run SellerTrain on a desktop session, or set "
            "QT_QPA_PLATFORM=offscreen for a headless run (e.g. with --smoke)"
        )
    from sellertrain.app import run

    return run(db_path=args.db, content_root=_content_root(args), smoke=args.smoke)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {
        "check": cmd_check,
        "employees": cmd_employees,
        "demo-data": cmd_demo_data,
        "report": cmd_report,
        None: cmd_app,
    }
    try:
        return handlers[args.command](args)
    except CliError as exc:
        print(f"sellertrain: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
