"""``sellertrain employees add|import|list|set-joined`` and ``sellertrain departments``."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.cli.common import CliError, Steps, Subcommands, add_command, language, open_store
from sellertrain.core.i18n import Translator

if TYPE_CHECKING:
    from sellertrain.core.store import Store


def register(subparsers: Subcommands) -> None:
    employees = add_command(
        subparsers,
        "employees",
        "add, import or list employees, or change a start date",
        "Add, import or list employees, or change an employee's start date.\n"
        "Adding needs a database: run 'sellertrain init --db PATH' first for a new one (only\n"
        "the default location, without --db, is made on first use, as the app does).",
    )
    employees.set_defaults(handler=cmd_employees)
    actions = employees.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = add_command(
        actions,
        "add",
        "add one employee (the password is asked for, or read from standard input)",
        "Add one employee. The password is asked for twice on a terminal, or read as one line\n"
        "from standard input. An unknown department is refused with the list of known ones\n"
        "unless --create-department.",
    )
    add.add_argument("name", help="full name, unique in the database")
    add.add_argument(
        "--role",
        required=True,
        choices=["learner", "manager", "author"],
        help="what they may do in the app",
    )
    add.add_argument(
        "--department", help="one of `sellertrain departments list` (e.g. logistics, finance)"
    )
    add.add_argument(
        "--joined",
        type=_date,
        metavar="YYYY-MM-DD",
        help="start date: assignments made before it are due a lead time after it (default today)",
    )
    imp = add_command(
        actions,
        "import",
        "add employees from a CSV file with columns name,role,password[,department]",
        "Add employees from a CSV file with the columns name,role,password[,department]: all\n"
        "or nothing; problems (an unknown department too) are reported by line.",
    )
    imp.add_argument(
        "file",
        type=Path,
        metavar="FILE.csv",
        help="the CSV file (UTF-8, a header line, one employee per line)",
    )
    for parser in (add, imp):
        parser.add_argument(
            "--create-department",
            action="store_true",
            help="add a department that is not on the list yet instead of refusing it",
        )
    joined = add_command(actions, "set-joined", "change an employee's start date")
    joined.add_argument("name", help="the employee's full name")
    joined.add_argument("date", type=_date, metavar="YYYY-MM-DD", help="the new start date")
    add_command(
        actions,
        "list",
        "list employees",
        "List employees, one a line: name, role, department and start date, tab-separated.",
    )
    departments = add_command(
        subparsers,
        "departments",
        "list, add or remove departments",
        "List, add or remove departments of the managed list that employees, imports and\n"
        "assignments are checked against. Removing one is refused while anyone active is in it.",
    )
    departments.add_argument(
        "action",
        nargs="?",
        choices=["list", "add", "remove"],
        default="list",
        help="what to do (default: list)",
    )
    departments.add_argument("name", nargs="?", help="the department to add or remove")
    departments.set_defaults(handler=cmd_departments)


def _date(text: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def _read_password(name: str, tx: Translator) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(tx.translate("Cli", "Password for {name}: ").format(name=name))
        if getpass.getpass(tx.translate("Cli", "Repeat it: ")) != first:
            raise CliError(tx.translate("Cli", "the two passwords differ"))
        return first
    try:
        return sys.stdin.readline().rstrip("\r\n")
    except UnicodeDecodeError:
        raise CliError(
            "the password on standard input is not UTF-8 text: pipe it as UTF-8"
        ) from None


def cmd_employees(args: argparse.Namespace) -> int:
    from sellertrain.core.store import StoreError, UnknownDepartment

    tx = Translator(language(args))
    store = open_store(args, create=args.action in ("add", "import"))
    try:
        if args.action == "add":
            if args.department:  # refuse a typo before asking for the password
                store.known_departments([args.department], args.create_department)
            employee = store.add_employee(
                args.name,
                args.role,
                _read_password(args.name, tx),
                args.department,
                create_department=args.create_department,
            )
            if args.joined:
                employee = store.set_joined(employee.id, args.joined, None)
            added = tx.translate("Cli", "added {name} ({role}), joined {joined}")
            role = tx.status(employee.role.value)
            print(added.format(name=employee.name, role=role, joined=employee.joined))
        elif args.action == "import":
            _import_employees(store, args.file, args.create_department, tx)
        elif args.action == "set-joined":
            found = store.employee_by_name(args.name)
            if found is None:
                raise CliError(
                    tx.translate("Cli", "no employee named '{name}'").format(name=args.name)
                )
            store.set_joined(found.id, args.date, None)
            joined = tx.translate("Cli", "{name} joined on {date}")
            print(joined.format(name=found.name, date=args.date))
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

    tx = Translator(language(args))
    store = open_store(args, create=args.action == "add")
    try:
        if args.action == "list":
            for name in store.departments():
                print(name)
        elif not args.name:
            raise CliError(f"departments {args.action} needs a department name")
        elif args.action == "add":
            added = tx.translate("Cli", "added department {name}")
            print(added.format(name=store.add_department(args.name)))
        else:
            store.remove_department(args.name)
            print(tx.translate("Cli", "removed department {name}").format(name=args.name))
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    return 0


def _import_employees(
    store: Store, file: Path, create_departments: bool, tx: Translator | None = None
) -> None:
    from sellertrain.core.interchange.employees_csv import import_employees

    with Steps("import", "reading the file") as steps:
        result = import_employees(
            store,
            file,
            progress=lambda done, total: steps.count(done, total, "hashing passwords"),
            create_departments=create_departments,
        )
    tx = tx or Translator()
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.more_problems:
        more = tx.translate("Cli", "... and {n} more problem(s)")
        print(more.format(n=result.more_problems), file=sys.stderr)
    if result.problems:
        total = len(result.problems) + result.more_problems
        hint = ""
        if any("unknown department" in problem.message for problem in result.problems):
            hint = tx.translate("Cli", " (--create-department adds the new departments)")
        nothing = tx.translate("Cli", "{file}: nothing imported; fix the {n} problem(s) above")
        raise CliError(nothing.format(file=file, n=total) + hint)
    imported = tx.translate("Cli", "imported {n} employees from {file}")
    print(imported.format(n=len(result.added), file=file))
