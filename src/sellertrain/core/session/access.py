"""The signed-in employee, the role checks, and the listeners told after each write."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import AccessRole, Course, Employee
from sellertrain.core.store import Store, StoreError

log = logging.getLogger(__name__)


class AccessDenied(Exception):
    """The signed-in employee may not do this."""


class SessionBase:
    """What every part of a Session shares: the records, the course, who is signed in."""

    def __init__(
        self,
        store: Store,
        course: Course,
        employee: Employee,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._store = store
        self.employee = employee
        self.today = today
        self._listeners: list[Callable[[], None]] = []
        self.language = "en"  # the learner's language: lessons and quizzes are read in it
        self._localized: Course | None = None
        self.source_course = course

    @property
    def source_course(self) -> Course:
        """The course as its files are: what authors edit and publish."""
        return self._source_course

    @source_course.setter
    def source_course(self, course: Course) -> None:
        self._source_course, self._localized = course, None

    @property
    def course(self) -> Course:
        """The course as this employee reads it: in their language where a translation is
        published and up to date (core/content/variants.py), with the same ids, so every
        record and report is the same whatever the language."""
        if self.language == "en":
            return self._source_course
        if self._localized is None:
            from sellertrain.core.content.variants import localize
            from sellertrain.core.training.translations import outdated_translations, stale_for

            outdated = outdated_translations(self._source_course, self._store.publications())
            stale = stale_for(outdated, self.language)
            self._localized = localize(self._source_course, self.language, stale)
        return self._localized

    @course.setter
    def course(self, course: Course) -> None:
        self.source_course = course

    @property
    def is_manager(self) -> bool:
        return self.employee.role is AccessRole.MANAGER

    @property
    def can_author(self) -> bool:
        return self.employee.role in (AccessRole.MANAGER, AccessRole.AUTHOR)

    def now(self) -> dt.datetime:
        """The records' clock (tests set it; the app uses UTC now)."""
        return self._store.clock()

    def timestamp(self) -> str:
        """The records' clock as the ISO text stored in them."""
        return self._store.now()

    # -- "the records changed" -----------------------------------------------------------
    def on_change(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every successful write through this Session."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    # -- the role checks -----------------------------------------------------------------
    def _require_manager(self, what: str) -> None:
        if not self.is_manager:
            raise AccessDenied(
                QT_TRANSLATE_NOOP("Access", "only managers may {what}").format(what=what)
            )

    def _require_self_or_manager(self, employee_id: str) -> None:
        if employee_id == self.employee.id:
            return
        if not self.is_manager:
            raise AccessDenied(QT_TRANSLATE_NOOP("Access", "you may only see your own records"))
        self._require_reach(employee_id)

    # -- department managers -------------------------------------------------------------
    @property
    def departments_managed(self) -> tuple[str, ...] | None:
        """The departments a department manager reaches; None for everyone (a company
        manager) or for someone who manages nobody."""
        return self.employee.manages if self.employee.department_manager else None

    def reaches(self, employee: Employee) -> bool:
        """Whether the signed-in manager may see and act on ``employee``."""
        if self.departments_managed is None:
            return self.is_manager or employee.id == self.employee.id
        return self._reaches_department(employee.department)

    def _reaches_department(self, department: str | None) -> bool:
        scope = self.departments_managed
        return scope is None or (department or "").casefold() in {d.casefold() for d in scope}

    def _require_reach(self, employee_id: str) -> Employee:
        employee = self._store.employee(employee_id)
        if employee is None:
            raise StoreError(QT_TRANSLATE_NOOP("Access", "no such employee"))
        if not self.reaches(employee):
            raise AccessDenied(
                QT_TRANSLATE_NOOP("Access", "you manage only the employees of your departments")
            )
        return employee

    def _require_company_manager(self, what: str) -> None:
        self._require_manager(what)
        if self.departments_managed is not None:
            raise AccessDenied(
                QT_TRANSLATE_NOOP("Access", "only company managers may {what}").format(what=what)
            )

    def _require_self(self, employee_id: str | None) -> str:
        """Records are written only by the employee they are about, managers included."""
        if employee_id is not None and employee_id != self.employee.id:
            raise AccessDenied(
                QT_TRANSLATE_NOOP(
                    "Access", "training records are written only for the signed-in employee"
                )
            )
        return self.employee.id

    def _require_author(self, what: str) -> None:
        if not self.can_author:
            raise AccessDenied(
                QT_TRANSLATE_NOOP("Access", "only authors and managers may {what}").format(
                    what=what
                )
            )
