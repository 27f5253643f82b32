"""``sellertrain employees add|import|list|set-joined`` and ``sellertrain departments``."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.cli.common import (
    CliError,
    Counted,
    Steps,
    Subcommands,
    add_command,
    language,
    open_store,
)
from sellertrain.cli.credentials import manager_session
from sellertrain.cli.help import NOT_A_DATE
from sellertrain.core.i18n import Translator
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message

if TYPE_CHECKING:
    from sellertrain.core.session import Session
    from sellertrain.core.store import Store


def register(subparsers: Subcommands) -> None:
    employees = add_command(
        subparsers,
        "employees",
        QT_TRANSLATE_NOOP("CliHelp", "add, import or list employees, or change a start date"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Add, import or list employees, or change an employee's start date.\n"
            "Adding needs a database: run 'sellertrain init --db PATH' first for a new one (only\n"
            "the default location, without --db, is made on first use, as the app does).\n"
            "Changes sign in as a manager first (SELLERTRAIN_USER and SELLERTRAIN_PASSWORD, or\n"
            "asked on a terminal), except the first manager of an empty database.",
        ),
    )
    employees.set_defaults(handler=cmd_employees)
    actions = employees.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = add_command(
        actions,
        "add",
        QT_TRANSLATE_NOOP(
            "CliHelp", "add one employee (the password is asked for, or read from standard input)"
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Add one employee. The password is asked for twice on a terminal, or read as one line\n"
            "from standard input. An unknown department is refused with the list of known ones\n"
            "unless --create-department.",
        ),
    )
    add.add_argument("name", help=QT_TRANSLATE_NOOP("CliHelp", "full name, unique in the database"))
    add.add_argument(
        "--role",
        required=True,
        choices=["learner", "manager", "author"],
        help=QT_TRANSLATE_NOOP("CliHelp", "what they may do in the app"),
    )
    add.add_argument(
        "--department",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "one of `sellertrain departments list` (e.g. logistics, finance)"
        ),
    )
    add.add_argument(
        "--joined",
        type=_date,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "start date: assignments made before it are due a lead time after it (default today)",
        ),
    )
    imp = add_command(
        actions,
        "import",
        QT_TRANSLATE_NOOP(
            "CliHelp", "add employees from a CSV file with columns name,role,password[,department]"
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Add employees from a CSV file with the columns name,role,password[,department]: all\n"
            "or nothing; problems (an unknown department too) are reported by line.",
        ),
    )
    imp.add_argument(
        "file",
        type=Path,
        metavar="FILE.csv",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "the CSV file (UTF-8, a header line, one employee per line)"
        ),
    )
    for parser in (add, imp):
        parser.add_argument(
            "--create-department",
            action="store_true",
            help=QT_TRANSLATE_NOOP(
                "CliHelp", "add a department that is not on the list yet instead of refusing it"
            ),
        )
    joined = add_command(
        actions, "set-joined", QT_TRANSLATE_NOOP("CliHelp", "change an employee's start date")
    )
    joined.add_argument("name", help=QT_TRANSLATE_NOOP("CliHelp", "the employee's full name"))
    joined.add_argument(
        "date",
        type=_date,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("CliHelp", "the new start date"),
    )
    add_command(
        actions,
        "list",
        QT_TRANSLATE_NOOP("CliHelp", "list employees"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "List employees, one a line: name, role, department and start date, tab-separated.",
        ),
    )
    departments = add_command(
        subparsers,
        "departments",
        QT_TRANSLATE_NOOP("CliHelp", "list, add or remove departments"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "List, add or remove departments of the managed list that employees, imports and\n"
            "assignments are checked against. Removing one is refused while anyone active is in it.\n"
            "Adding and removing sign in as a company manager first (SELLERTRAIN_USER and\n"
            "SELLERTRAIN_PASSWORD, or asked on a terminal).",
        ),
    )
    departments.add_argument(
        "action",
        nargs="?",
        choices=["list", "add", "remove"],
        default="list",
        help=QT_TRANSLATE_NOOP("CliHelp", "what to do (default: list)"),
    )
    departments.add_argument(
        "name",
        nargs="?",
        metavar=QT_TRANSLATE_NOOP("CliHelpDepartment", "name"),  # a department's, not a person's
        help=QT_TRANSLATE_NOOP("CliHelp", "the department to add or remove"),
    )
    departments.set_defaults(handler=cmd_departments)


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(NOT_A_DATE % text) from None


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
            QT_TRANSLATE_NOOP(
                "Cli", "the password on standard input is not UTF-8 text: pipe it as UTF-8"
            )
        ) from None


def cmd_employees(args: argparse.Namespace) -> int:
    from sellertrain.core.session import AccessDenied
    from sellertrain.core.store import StoreError, UnknownDepartment

    tx = Translator(language(args))
    store = open_store(args, create=args.action in ("add", "import"))
    try:
        if args.action == "list":
            for employee in store.employees():
                print(
                    f"{employee.name}\t{employee.role.value}\t{employee.department or ''}"
                    f"\t{employee.joined}"
                )
        elif args.action == "add":
            _add_employee(store, args, tx)
        elif args.action == "import":
            what = tx.translate("Cli", "import employees")
            session = manager_session(store, what, tx)
            _import_employees(session, args.file, args.create_department, tx)
        else:
            session = manager_session(store, tx.translate("Cli", "change a start date"), tx)
            found = store.employee_by_name(args.name)
            if found is None:
                raise CliError(
                    tx.translate("Cli", "no employee named '{name}'").format(name=args.name)
                )
            session.set_joined(found.id, dt.date.fromisoformat(args.date))
            joined = tx.translate("Cli", "{name} joined on {date}")
            print(joined.format(name=found.name, date=args.date))
    except UnknownDepartment as exc:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "{problem}, or use --create-department"), problem=exc
        ) from None
    except (AccessDenied, StoreError) as exc:
        raise CliError(error_message(exc)) from None
    finally:
        store.close()
    return 0


def _add_employee(store: Store, args: argparse.Namespace, tx: Translator) -> None:
    """Add one employee: the first manager of a new database as is, anyone else signed in."""
    if args.department:  # refuse a typo before asking for any password
        store.known_departments([args.department], args.create_department)
    joined = dt.date.fromisoformat(args.joined) if args.joined else None
    if args.role == "manager" and not store.has_employees():
        employee = store.add_employee(
            args.name,
            args.role,
            _read_password(args.name, tx),
            args.department,
            create_department=args.create_department,
        )
        if joined is not None:
            employee = store.set_joined(employee.id, joined.isoformat(), None)
    else:
        session = manager_session(store, tx.translate("Cli", "add employees"), tx)
        if args.create_department and args.department:
            _add_new_department(session, args.department)
        employee = session.add_employee(
            args.name, args.role, _read_password(args.name, tx), args.department, joined
        )
    added = tx.translate("Cli", "added {name} ({role}), joined {joined}")
    role = tx.status(employee.role.value)
    print(added.format(name=employee.name, role=role, joined=employee.joined))


def _add_new_department(session: Session, department: str) -> None:
    """``--create-department``: put a department on the list unless it is there already."""
    listed = {name.casefold() for name in session.departments()}
    if " ".join(department.split()).casefold() not in listed:
        session.add_department(department)


def cmd_departments(args: argparse.Namespace) -> int:
    from sellertrain.core.session import AccessDenied
    from sellertrain.core.store import StoreError

    tx = Translator(language(args))
    store = open_store(args, create=args.action == "add")
    try:
        if args.action == "list":
            for name in store.departments():
                print(name)
        elif not args.name:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "departments {action} needs a department name"),
                action=args.action,
            )
        elif args.action == "add":
            session = manager_session(store, tx.translate("Cli", "add departments"), tx)
            added = tx.translate("Cli", "added department {name}")
            print(added.format(name=session.add_department(args.name)))
        else:
            session = manager_session(store, tx.translate("Cli", "remove departments"), tx)
            session.remove_department(args.name)
            print(tx.translate("Cli", "removed department {name}").format(name=args.name))
    except (AccessDenied, StoreError) as exc:
        raise CliError(error_message(exc)) from None
    finally:
        store.close()
    return 0


def _import_employees(
    session: Session, file: Path, create_departments: bool, tx: Translator | None = None
) -> None:
    tx = tx or Translator()
    Cli = Counted(tx)
    hashing = tx.translate("Cli", "hashing passwords")
    with Steps("import", tx.translate("Cli", "reading the file"), tx=tx) as steps:
        result = session.import_employees(
            file,
            lambda done, total: steps.count(done, total, hashing),
            create_departments,
        )
    for problem in result.problems:
        print(problem.text(tx.language), file=sys.stderr)
    if result.more_problems:
        print(Cli.tr("... and %n more problem(s)", "", result.more_problems), file=sys.stderr)
    if result.problems:
        total = len(result.problems) + result.more_problems
        hint = ""
        if any("unknown department" in problem.message for problem in result.problems):
            hint = tx.translate("Cli", " (--create-department adds the new departments)")
        nothing = Cli.tr("{file}: nothing imported; fix the %n problem(s) above", "", total)
        raise CliError(nothing.format(file=file) + hint)
    imported = Cli.tr("imported %n employees from {file}", "", len(result.added))
    print(imported.format(file=file))
