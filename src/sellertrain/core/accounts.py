"""Before sign-in: is the database empty, who may sign in, signing in, the first manager.

The sign-in and first-run screens reach the records only through an ``Accounts``; a
successful sign-in ends in ``open_session``, the one way the app gets a Session.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import AccessRole, Course, Employee
from sellertrain.core.store import SignIn, Store, StoreError

if TYPE_CHECKING:  # the session's modules load at sign-in, not at start-up
    from sellertrain.core.session import Session

__all__ = ["Accounts", "SignIn", "StoreError"]

log = logging.getLogger(__name__)


class Accounts:
    """The accounts on one database, as seen before anyone has signed in."""

    def __init__(self, store: Store, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._store = store
        self._today = today

    @property
    def store(self) -> Store:
        """The database these accounts live in (the company-record sync opens its own)."""
        return self._store

    def joined_company_record(self) -> bool:
        """Whether this database joined a company record (then the app syncs it)."""
        from sellertrain.core.store.sync_state import server_id

        return server_id(self._store.conn) is not None

    def has_employees(self) -> bool:
        """False on a new database: the app then asks for the first manager."""
        return self._store.has_employees()

    def sign_in_list(self) -> list[Employee]:
        """The active employees, for the list of names to sign in with."""
        return self._store.employees()

    def sign_in(self, name: str, password: str) -> SignIn:
        """Check a password, with the back-off after failures in a row (see Store.sign_in)."""
        return self._store.sign_in(name, password)

    def change_password(self, employee: Employee, current: str, new: str) -> None:
        """Replace a one-time password (``SignIn.must_change_password``) before going on."""
        self._store.change_password(employee.id, current, new)

    def create_first_manager(
        self, name: str, password: str, department: str | None = None
    ) -> Employee:
        """The first account of a new database, a manager; refused once anyone exists.

        Their department joins the list if it is new: there is nobody yet to add it first.
        """
        if self._store.has_employees():
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Access", "the database already has accounts; ask a manager to add you"
                )
            )
        employee = self._store.add_employee(
            name, AccessRole.MANAGER, password, department, create_department=True
        )
        log.info("first manager %s created", employee.id)
        return employee

    def open_session(self, employee: Employee, course: Course, language: str = "en") -> Session:
        """The signed-in ``employee``'s Session over these records.

        When a manager or author signs in, every quiz the records have not met yet is recorded
        as published as it is now: a learner who edits a quiz file before anyone took it then
        cannot set its first pass mark (core/training/quiz_terms.py).
        """
        from sellertrain.core.session import Session

        if employee.role in (AccessRole.MANAGER, AccessRole.AUTHOR):
            from sellertrain.core.training.quiz_terms import publish_first_versions

            try:
                publish_first_versions(self._store, course)
            except StoreError as exc:  # a read-only file: the first attempt records them
                log.warning("could not record the course's quizzes as published: %s", exc)
        session = Session(self._store, course, employee, today=self._today)
        session.language = language  # lessons and quizzes in the UI's language, where translated
        return session
