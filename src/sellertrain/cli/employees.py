"""``sellertrain employees add|import|list|set-joined`` and ``sellertrain departments``."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.cli.common import CliError, Subcommands, add_common_options, open_store

if TYPE_CHECKING:
    from sellertrain.core.store import Store


def register(subparsers: Subcommands) -> None:
    employees = subparsers.add_parser("employees", help="add, import or list employees")
    add_common_options(employees)
    employees.set_defaults(handler=cmd_employees)
    actions = employees.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add one employee (the password is asked for, or read from standard input)"
    )
    add_common_options(add)
    add.add_argument("name", help="full name, unique in the database")
    add.add_argument("--role", required=True, choices=["learner", "manager", "author"])
    add.add_argument(
        "--department", help="one of `sellertrain departments list` (e.g. logistics, finance)"
    )
    add.add_argument(
        "--joined",
        type=_date,
        metavar="YYYY-MM-DD",
        help="start date: assignments made before it are due a lead time after it (default today)",
    )
    imp = actions.add_parser(
        "import", help="add employees from a CSV file with columns name,role,password[,department]"
    )
    add_common_options(imp)
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    for parser in (add, imp):
        parser.add_argument(
            "--create-department",
            action="store_true",
            help="add a department that is not on the list yet instead of refusing it",
        )
    joined = actions.add_parser("set-joined", help="change an employee's start date")
    add_common_options(joined)
    joined.add_argument("name", help="the employee's full name")
    joined.add_argument("date", type=_date, metavar="YYYY-MM-DD")
    listing = actions.add_parser("list", help="list employees")
    add_common_options(listing)
    departments = subparsers.add_parser("departments", help="list, add or remove departments")
    add_common_options(departments)
    departments.add_argument("action", nargs="?", choices=["list", "add", "remove"], default="list")
    departments.add_argument("name", nargs="?", help="the department to add or remove")
    departments.set_defaults(handler=cmd_departments)


def _date(text: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def _read_password(name: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("Repeat it: ") != first:
            raise CliError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_employees(args: argparse.Namespace) -> int:
    from sellertrain.core.store import StoreError, UnknownDepartment

    store = open_store(args, create=args.action in ("add", "import"))
    try:
        if args.action == "add":
            if args.department:  # refuse a typo before asking for the password
                store.known_departments([args.department], args.create_department)
            employee = store.add_employee(
                args.name,
                args.role,
                _read_password(args.name),
                args.department,
                create_department=args.create_department,
            )
            if args.joined:
                employee = store.set_joined(employee.id, args.joined, None)
            print(f"added {employee.name} ({employee.role.value}), joined {employee.joined}")
        elif args.action == "import":
            _import_employees(store, args.file, args.create_department)
        elif args.action == "set-joined":
            found = store.employee_by_name(args.name)
            if found is None:
                raise CliError(f"no employee named '{args.name}'")
            store.set_joined(found.id, args.date, None)
            print(f"{found.name} joined on {args.date}")
        else:
            for employee in store.employees():
                print(
                    f"{employee.name}\t{employee.role.value}\t{employee.department or ''}"
                    f"\t{employee.joined}"
                )
    except UnknownDepartment as exc:
        raise CliError(f"{exc}, or use --create-department") from None
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    return 0


def cmd_departments(args: argparse.Namespace) -> int:
    from sellertrain.core.store import StoreError

    store = open_store(args, create=args.action == "add")
    try:
        if args.action == "list":
            for name in store.departments():
                print(name)
        elif not args.name:
            raise CliError(f"departments {args.action} needs a department name")
        elif args.action == "add":
            print(f"added department {store.add_department(args.name)}")
        else:
            store.remove_department(args.name)
            print(f"removed department {args.name}")
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    return 0


def _import_employees(store: Store, file: Path, create_departments: bool) -> None:
    from sellertrain.core.interchange.employees_csv import import_employees

    result = import_employees(
        store, file, progress=_hashing_progress(), create_departments=create_departments
    )
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.more_problems:
        print(f"... and {result.more_problems} more problem(s)", file=sys.stderr)
    if result.problems:
        total = len(result.problems) + result.more_problems
        hint = ""
        if any("unknown department" in problem.message for problem in result.problems):
            hint = " (--create-department adds the new departments)"
        raise CliError(f"{file}: nothing imported; fix the {total} problem(s) above{hint}")
    print(f"imported {len(result.added)} employees from {file}")


def _hashing_progress() -> Callable[[int, int], None]:
    """Report the slow password hashing of a large import on stderr, about every 5 seconds."""
    import time

    last = [time.monotonic()]

    def report(done: int, total: int) -> None:
        if time.monotonic() - last[0] >= 5:  # small files finish before the first report
            last[0] = time.monotonic()
            print(f"hashing passwords: {done} of {total}", file=sys.stderr, flush=True)

    return report
