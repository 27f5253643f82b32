"""``sellertrain employees add|import|list``."""

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
    add.add_argument("--department", help="e.g. customer-service, listings, logistics, finance")
    imp = actions.add_parser(
        "import", help="add employees from a CSV file with columns name,role,password[,department]"
    )
    add_common_options(imp)
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    listing = actions.add_parser("list", help="list employees")
    add_common_options(listing)


def _read_password(name: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("Repeat it: ") != first:
            raise CliError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_employees(args: argparse.Namespace) -> int:
    from sellertrain.core.store import StoreError

    store = open_store(args, create=args.action in ("add", "import"))
    try:
        if args.action == "add":
            employee = store.add_employee(
                args.name, args.role, _read_password(args.name), args.department
            )
            print(f"added {employee.name} ({employee.role.value})")
        elif args.action == "import":
            _import_employees(store, args.file)
        else:
            for employee in store.employees():
                print(f"{employee.name}\t{employee.role.value}\t{employee.department or ''}")
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    return 0


def _import_employees(store: Store, file: Path) -> None:
    from sellertrain.core.interchange.employees_csv import import_employees

    result = import_employees(store, file, progress=_hashing_progress())
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.more_problems:
        print(f"... and {result.more_problems} more problem(s)", file=sys.stderr)
    if result.problems:
        total = len(result.problems) + result.more_problems
        raise CliError(f"{file}: nothing imported; fix the {total} problem(s) above")
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
