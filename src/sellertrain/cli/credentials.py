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
from sellertrain.core.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sellertrain.core.i18n import Translator
    from sellertrain.core.models import Course, Employee
    from sellertrain.core.session import Session
    from sellertrain.core.store import Store

USER_VARIABLE = "SELLERTRAIN_USER"
PASSWORD_VARIABLE = "SELLERTRAIN_PASSWORD"
NO_CREDENTIALS_STATUS = 2  # as for a usage error: the command was not given what it needs


def _refuse(message: str, **values: object) -> CliError:
    return CliError(message, status=NO_CREDENTIALS_STATUS, **values)


def _credentials(what: str, who: str, tx: Translator) -> tuple[str, str]:
    """Name and password from the environment, or asked for on a terminal."""
    name, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if name is not None and password is not None:
        return name, password
    if name is not None or password is not None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Cli", "set both {user} and {password} (only one is set); nothing was changed"
            ),
            user=USER_VARIABLE,
            password=PASSWORD_VARIABLE,
        )
    if not sys.stdin.isatty():
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Cli",
                "to {what}, sign in as {who}: set {user} and {password}, or run the command "
                "in a terminal to be asked; nothing was changed",
            ),
            what=what,
            who=who,
            user=USER_VARIABLE,
            password=PASSWORD_VARIABLE,
        )
    try:
        asked = tx.translate("Cli", "To {what}, sign in as {who}.")
        name = input(asked.format(what=what, who=who) + "\n" + tx.translate("Cli", "Name: "))
    except UnicodeDecodeError:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "the name typed is not UTF-8 text; nothing was changed")
        ) from None
    except EOFError:
        raise _refuse(QT_TRANSLATE_NOOP("Cli", "no name was given; nothing was changed")) from None
    return name.strip(), getpass.getpass(tx.translate("Cli", "Password: "))


def sign_in(
    store: Store, what: str, authors: bool = False, tx: Translator | None = None
) -> Employee:
    """The manager (or, with ``authors``, author) who signs in to ``what``; CliError if not.

    ``what`` is already in the language of ``tx`` (English when no translator is given), which
    asks for the name and password.

    Each refusal is one line: no name or password given (exit status 2), a wrong name or
    password (recorded as a failed sign-in), the back-off's wait, a one-time password not yet
    replaced, or a role that may not do this.
    """
    from sellertrain.core.accounts import Accounts
    from sellertrain.core.i18n import Translator
    from sellertrain.core.models import AccessRole

    tx = tx or Translator()
    if authors:
        who, whom = (
            tx.translate("Cli", "a manager or author"),
            tx.translate("Cli", "managers and authors"),
        )
    else:
        who, whom = tx.translate("Cli", "a manager"), tx.translate("Cli", "managers")
    if not store.has_employees():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{path} has no employees yet, so nobody can sign in to {what}: add its "
                "first manager with 'sellertrain employees add NAME --role manager'",
            ),
            path=store.path,
            what=what,
        )
    name, password = _credentials(what, who, tx)
    result = Accounts(store).sign_in(name, password)
    if result.retry_after is not None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "too many wrong passwords for {name} in a row: try again in {seconds} s "
                "(or ask another manager to let you in now); nothing was changed",
            ),
            name=name,
            seconds=result.retry_after,
        )
    employee = result.employee
    if employee is None:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "wrong name or password for '{name}'; nothing was changed"),
            name=name,
        )
    if result.must_change_password:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{name} signed in with a one-time password: sign in to the app once and "
                "choose your own first; nothing was changed",
            ),
            name=employee.name,
        )
    allowed = {AccessRole.MANAGER, AccessRole.AUTHOR} if authors else {AccessRole.MANAGER}
    if employee.role not in allowed:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "{name} is not {who}: only {whom} may {what}"),
            name=employee.name,
            who=who,
            whom=whom,
            what=what,
        )
    return employee


def session_for(store: Store, employee: Employee, course: Course | None = None) -> Session:
    """The signed-in employee's Session (staff commands need no course: an empty one)."""
    from sellertrain.core.accounts import Accounts
    from sellertrain.core.models import Course

    return Accounts(store).open_session(employee, course or Course(Path(".")))


def manager_session(store: Store, what: str, tx: Translator | None = None) -> Session:
    """Sign a manager in (see ``sign_in``) and return their Session."""
    return session_for(store, sign_in(store, what, tx=tx))
