"""Who is acting: a command that changes records signs in first, as the app does.

The name and password come from ``SELLERTRAIN_USER`` and ``SELLERTRAIN_PASSWORD`` (scripts),
else from a prompt on a terminal; without either the command is refused (exit status 2) with
how to give them. The check is the app's own sign-in (``Accounts.sign_in``): a wrong password
is recorded as a failed sign-in and counts towards the back-off. The command then acts through
the signed-in employee's ``Session``, so the roles are the app's, and the audit log names who
did it.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.cli.common import CliError

if TYPE_CHECKING:
    from sellertrain.core.models import Course, Employee
    from sellertrain.core.session import Session
    from sellertrain.core.store import Store

USER_VARIABLE = "SELLERTRAIN_USER"
PASSWORD_VARIABLE = "SELLERTRAIN_PASSWORD"
NO_CREDENTIALS_STATUS = 2  # as for a usage error: the command was not given what it needs


def _refuse(message: str) -> CliError:
    return CliError(message, status=NO_CREDENTIALS_STATUS)


def _credentials(what: str, who: str) -> tuple[str, str]:
    """Name and password from the environment, or asked for on a terminal."""
    name, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if name is not None and password is not None:
        return name, password
    if name is not None or password is not None:
        raise _refuse(
            f"set both {USER_VARIABLE} and {PASSWORD_VARIABLE} (only one is set); "
            f"nothing was changed"
        )
    if not sys.stdin.isatty():
        raise _refuse(
            f"to {what}, sign in as {who}: set {USER_VARIABLE} and {PASSWORD_VARIABLE}, or "
            "run the command in a terminal to be asked; nothing was changed"
        )
    try:
        name = input(f"To {what}, sign in as {who}.\nName: ")
    except UnicodeDecodeError:
        raise CliError("the name typed is not UTF-8 text; nothing was changed") from None
    except EOFError:
        raise _refuse("no name was given; nothing was changed") from None
    return name.strip(), getpass.getpass("Password: ")


def sign_in(store: Store, what: str, authors: bool = False) -> Employee:
    """The manager (or, with ``authors``, author) who signs in to ``what``; CliError if not.

    Each refusal is one line: no name or password given (exit status 2), a wrong name or
    password (recorded as a failed sign-in), the back-off's wait, a one-time password not yet
    replaced, or a role that may not do this.
    """
    from sellertrain.core.accounts import Accounts
    from sellertrain.core.models import AccessRole

    who = "a manager or author" if authors else "a manager"
    if not store.has_employees():
        raise CliError(
            f"{store.path} has no employees yet, so nobody can sign in to {what}: add its "
            "first manager with 'sellertrain employees add NAME --role manager'"
        )
    name, password = _credentials(what, who)
    result = Accounts(store).sign_in(name, password)
    if result.retry_after is not None:
        raise CliError(
            f"too many wrong passwords for {name} in a row: try again in {result.retry_after} s "
            "(or ask another manager to let you in now); nothing was changed"
        )
    employee = result.employee
    if employee is None:
        raise CliError(f"wrong name or password for {name!r}; nothing was changed")
    if result.must_change_password:
        raise CliError(
            f"{employee.name} signed in with a one-time password: sign in to the app once and "
            "choose your own first; nothing was changed"
        )
    allowed = {AccessRole.MANAGER, AccessRole.AUTHOR} if authors else {AccessRole.MANAGER}
    if employee.role not in allowed:
        raise CliError(f"{employee.name} is not {who}: only {who}s may {what}")
    return employee


def session_for(store: Store, employee: Employee, course: Course | None = None) -> Session:
    """The signed-in employee's Session (staff commands need no course: an empty one)."""
    from sellertrain.core.accounts import Accounts
    from sellertrain.core.models import Course

    return Accounts(store).open_session(employee, course or Course(Path(".")))


def manager_session(store: Store, what: str) -> Session:
    """Sign a manager in (see ``sign_in``) and return their Session."""
    return session_for(store, sign_in(store, what))
