"""The ``sellertrain`` command line. It uses the core only; Qt is imported only to start the app."""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sellertrain import __version__

if TYPE_CHECKING:
    from sellertrain.core.interchange.quiz_writer import ImportResult


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
    _add_interchange_commands(commands)
    _add_backup_commands(commands)
    from sellertrain.cli.publish import add_publish_command
    from sellertrain.cli.records import add_record_commands

    add_record_commands(commands)
    add_publish_command(commands)
    return parser


def _add_backup_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``backup`` and ``restore``."""
    backup = commands.add_parser(
        "backup",
        help="copy the database to a file; safe while the app is running (SQLite backup API)",
    )
    _common(backup, suppress=True)
    backup.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the backup file to write (an existing file of that name is replaced)",
    )
    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup, after checking it; the current database is "
        "kept beside it as NAME.before-restore-DATE.bak",
    )
    _common(restore, suppress=True)
    restore.add_argument("file", type=Path, metavar="FILE", help="a backup made by 'backup'")


def _add_interchange_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """``import-gift``, ``export-gift`` and ``import-aiken``."""
    for name, what in (("import-gift", "a Moodle GIFT file"), ("import-aiken", "an Aiken file")):
        command = commands.add_parser(
            name,
            help=f"convert the questions of {what} into quiz files; report what cannot be",
        )
        _common(command, suppress=True)
        command.add_argument("file", type=Path, metavar="FILE")
        command.add_argument(
            "--out",
            type=Path,
            metavar="DIR",
            help="folder for the new quiz files (default: the content folder's quizzes/); "
            "an existing quiz file is never replaced",
        )
        command.add_argument(
            "--dry-run", action="store_true", help="show what would be imported; write nothing"
        )
        command.add_argument(
            "--json",
            action="store_true",
            help="print the questions as read, and what would be written, as JSON (writes nothing)",
        )
    export = commands.add_parser("export-gift", help="write a quiz as a Moodle GIFT file")
    _common(export, suppress=True)
    export.add_argument("quiz_id", metavar="QUIZ_ID")
    export.add_argument(
        "--out", type=Path, metavar="FILE", help="where to write it (default: standard output)"
    )


def _content_root(args: argparse.Namespace) -> Path:
    from sellertrain.core.paths import default_content_root

    root = args.content or default_content_root()
    if not root.is_dir():
        raise CliError(f"content folder {root} does not exist")
    return root


def _open_store(args: argparse.Namespace, create: bool = False):
    """The database of ``--db``; with ``create``, made if it does not exist yet."""
    from sellertrain.core.paths import default_db_path
    from sellertrain.core.store import Store, StoreError

    try:
        return (Store.create if create else Store.open)(args.db or default_db_path())
    except StoreError as exc:
        raise CliError(str(exc)) from None


def cmd_check(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course

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

    store = _open_store(args, create=args.action in ("add", "import"))
    try:
        if args.action == "add":
            employee = store.add_employee(
                args.name, args.role, _read_password(args.name), args.department
            )
            print(f"added {employee.name} ({employee.role.value})")
        elif args.action == "import":
            from sellertrain.core.interchange.employees_csv import import_employees

            result = import_employees(store, args.file, progress=_hashing_progress())
            for problem in result.problems:
                print(problem, file=sys.stderr)
            if result.more_problems:
                print(f"... and {result.more_problems} more problem(s)", file=sys.stderr)
            if result.problems:
                total = len(result.problems) + result.more_problems
                raise CliError(f"{args.file}: nothing imported; fix the {total} problem(s) above")
            print(f"imported {len(result.added)} employees from {args.file}")
        else:
            for employee in store.employees():
                print(f"{employee.name}\t{employee.role.value}\t{employee.department or ''}")
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    return 0


def _hashing_progress() -> Callable[[int, int], None]:
    """Report the slow password hashing of a large import on stderr, about every 5 seconds."""
    import time

    last = [time.monotonic()]

    def report(done: int, total: int) -> None:
        if time.monotonic() - last[0] >= 5:  # small files finish before the first report
            last[0] = time.monotonic()
            print(f"hashing passwords: {done} of {total}", file=sys.stderr, flush=True)

    return report


def cmd_demo_data(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.reports.demo import DEMO_PASSWORD, DemoDataRefused, generate_demo_data
    from sellertrain.core.store import StoreError

    if args.employees < 1:
        raise CliError("--employees must be at least 1")
    root = _content_root(args)
    course = load_course(root, deep=False)
    if not course.lessons:
        raise CliError(f"{root} holds no valid lessons; run 'sellertrain check --content {root}'")
    store = _open_store(args, create=True)
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


def cmd_report(args: argparse.Namespace) -> int:
    """The team report over every employee (whoever holds the database file sees all of it)."""
    import datetime as dt

    from sellertrain.core.content.loader import load_course
    from sellertrain.core.reports import exports
    from sellertrain.core.reports import team as reports

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
            from sellertrain.pdf.report import write_pdf

            write_pdf(text, args.out)
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    if args.out is not None:
        print(f"wrote the {args.format} report of {len(rows)} employees to {args.out}")
    return 0


def _decoded(path: Path, kind: str) -> str:
    """The text of an import file; CliError naming the file and line unless it is UTF-8."""
    from sellertrain.core.interchange.gift import GiftEncodingError, decode

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return decode(raw)
    except GiftEncodingError as exc:
        raise CliError(
            f"{path}:{exc.line}: the file is not UTF-8 text (windows-1252 or another "
            f"encoding?); {kind} files must be UTF-8: save it as UTF-8 and try again"
        ) from None


def _report_import(args: argparse.Namespace, result: ImportResult, parsed: dict[str, Any]) -> int:
    """Plan, check and (unless --dry-run/--json) write an import; print what happened."""
    import json

    from sellertrain.core.content.loader import quiz_from_text
    from sellertrain.core.interchange.quiz_writer import ImportRefused, plan_files, write_files

    folder = args.out if args.out is not None else _content_root(args) / "quizzes"
    name = args.file.name
    if args.json:
        parsed["not_convertible"] = [{"line": n, "message": m} for n, m in result.not_converted]
        parsed["notes"] = [{"line": n, "message": m} for n, m in result.notes]
        parsed["quizzes"] = [
            {
                "id": q.id,
                "title": q.title,
                "path": str(folder / f"{q.id}.md"),
                "questions": len(q.questions),
            }
            for q in result.quizzes
        ]
        try:
            plan_files(result.quizzes, folder)
        except ImportRefused as exc:
            parsed["refused"] = str(exc)
        print(json.dumps(parsed, ensure_ascii=False, indent=2))
        return 0
    try:
        plan = plan_files(result.quizzes, folder)
    except ImportRefused as exc:
        raise CliError(str(exc)) from None
    dry = args.dry_run
    for quiz, (path, text) in zip(result.quizzes, plan, strict=True):
        count = len(quiz.questions)
        print(f"{'would write' if dry else 'writing'} {path}: {count} question{'s' * (count != 1)}")
        for problem in quiz_from_text(path, text)[1]:
            print(f"  check: {problem}")
    if result.not_converted:
        print("not convertible (left out):")
        for line, message in result.not_converted:
            print(f"  {name}:{line}: {message}")
    if result.notes:
        print("converted with changes:")
        for line, message in result.notes:
            print(f"  {name}:{line}: {message}")
    if not dry and plan:
        try:
            write_files(plan)
        except ImportRefused as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise CliError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    print(f"{'would import' if dry else 'imported'} {result.summary()}")
    if not plan:
        raise CliError(f"{args.file}: no question could be converted; nothing was written")
    return 0


def cmd_import_gift(args: argparse.Namespace) -> int:
    from sellertrain.core.interchange.gift import parse_gift, to_json
    from sellertrain.core.interchange.gift_convert import convert_gift

    gift = parse_gift(_decoded(args.file, "GIFT"))
    result = convert_gift(gift, args.file.name)
    return _report_import(args, result, {"file": str(args.file), **to_json(gift)})


def cmd_import_aiken(args: argparse.Namespace) -> int:
    from sellertrain.core.interchange.aiken import convert_aiken, parse_aiken, to_json

    aiken = parse_aiken(_decoded(args.file, "Aiken"))
    result = convert_aiken(aiken, args.file.name)
    return _report_import(args, result, {"file": str(args.file), **to_json(aiken)})


def cmd_export_gift(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.interchange.gift_export import quiz_to_gift

    root = _content_root(args)
    course = load_course(root, deep=False)
    quiz = course.quizzes.get(args.quiz_id)
    if quiz is None:
        raise CliError(
            f"no valid quiz with id '{args.quiz_id}' in {root} "
            f"(run 'sellertrain check --content {root}' if the quiz has errors)"
        )
    text, problems = quiz_to_gift(quiz)
    for line, message in problems:
        print(f"sellertrain: warning: {quiz.path}:{line}: left out: {message}", file=sys.stderr)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    written = len(quiz.questions) - len(problems)
    print(f"wrote {written} questions of quiz {quiz.id} to {args.out}")
    return 0


def _db_path(args: argparse.Namespace) -> Path:
    from sellertrain.core.paths import default_db_path

    return args.db or default_db_path()


def cmd_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the database, safe while the app is running."""
    from sellertrain.core.store import StoreError, backup_database

    try:
        info = backup_database(_db_path(args), args.out)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(
        f"backed up {info.employees} employees and {info.attempts} quiz attempts "
        f"(schema {info.schema_version}) to {info.path}"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a checked backup, keeping the current one aside."""
    from sellertrain.core.store import StoreError, restore_database

    target = _db_path(args)
    try:
        info = restore_database(args.file, target)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot restore into {target}: {exc.strerror or exc}") from None
    kept = f"; the previous database was kept as {info.aside}" if info.aside else ""
    print(
        f"restored {info.employees} employees and {info.attempts} quiz attempts "
        f"from {args.file} into {target}{kept}"
    )
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


def _later(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command handler defined in another ``sellertrain.cli_*`` module."""

    def handler(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(f"sellertrain.{module}"), name)(args)

    return handler


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {
        "check": cmd_check,
        "employees": cmd_employees,
        "demo-data": cmd_demo_data,
        "report": cmd_report,
        "import-gift": cmd_import_gift,
        "export-gift": cmd_export_gift,
        "import-aiken": cmd_import_aiken,
        "backup": cmd_backup,
        "restore": cmd_restore,
        "verify": _later("cli.records", "cmd_verify"),
        "certificate": _later("cli.records", "cmd_certificate"),
        "verify-records": _later("cli.records", "cmd_verify_records"),
        "export-record": _later("cli.records", "cmd_export_record"),
        "publish": _later("cli.publish", "cmd_publish"),
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
