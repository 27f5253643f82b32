"""What employees and managers see of certificates: renewals due and the compliance matrix."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sellertrain.core.models import CertificateScope, Course, Employee, Lesson
from sellertrain.core.store import Certificate, Store
from sellertrain.core.timestamps import local_date
from sellertrain.core.training.certificates import (
    CertificateStatus,
    assessments,
    certificate_status,
    lesson_evidence,
    required_lessons,
)
from sellertrain.core.training.progress import CourseProgress, course_progress
from sellertrain.core.training.requirements import module_lessons, requirements


@dataclass(frozen=True)
class Renewal:
    """A certificate expiring or expired: what to re-take to renew it."""

    certificate: Certificate
    status: CertificateStatus
    retake: tuple[str, ...]  # titles of the quizzes (or quiz-less lessons) still to redo


def renewals_due(
    store: Store, course: Course, employee: Employee, now: dt.datetime | None = None
) -> list[Renewal]:
    """The employee's certificates in force that are expiring or expired, for scopes the
    course still has, each with what is left to re-take (soonest expiry first)."""
    moment = now or store.clock()
    due = [
        c
        for c in store.latest_certificates(employee.id)
        if certificate_status(c, moment) is not CertificateStatus.VALID
    ]
    if not due:
        return []
    modules = {m.title: m for m in course.modules}
    progress = course_progress(store, course, employee, moment.date())
    records = store.lesson_progress(employee.id)
    attempts = store.attempts(employee.id)
    found = []
    for certificate in sorted(due, key=lambda c: c.expires_at or ""):
        status = certificate_status(certificate, moment)
        since = certificate.issued_at
        if certificate.scope_kind == CertificateScope.MODULE and certificate.scope in modules:
            retake = tuple(
                _retake_title(course, lesson)
                for lesson in required_lessons(modules[certificate.scope], progress)
                if not _done(progress, lesson)
                or lesson_evidence(lesson, records.get(lesson.id), attempts, since) is None
            )
        elif (
            certificate.scope_kind == CertificateScope.ASSESSMENT
            and certificate.scope in course.quizzes
        ):
            retake = (course.quizzes[certificate.scope].title,)
        else:
            continue
        found.append(Renewal(certificate, status, retake))
    return found


def _done(progress: CourseProgress, lesson: Lesson) -> bool:
    state = progress.state(lesson.id)
    return state is not None and state.done


def _retake_title(course: Course, lesson: Lesson) -> str:
    quiz = course.quizzes.get(lesson.quiz_id or "")
    return quiz.title if quiz is not None else lesson.title


@dataclass(frozen=True)
class Scope:
    """A column of the compliance matrix: a module or an assessment."""

    kind: CertificateScope
    key: str  # the module title or the quiz id
    title: str


@dataclass(frozen=True)
class ComplianceCell:
    """One employee's standing on one scope: ``status`` None means no certificate."""

    status: CertificateStatus | None
    expires: str  # YYYY-MM-DD, "" without expiry or certificate
    required: bool
    code: str = ""


@dataclass(frozen=True)
class ComplianceRow:
    employee: Employee
    cells: tuple[ComplianceCell, ...]


def compliance_scopes(course: Course) -> list[Scope]:
    """The matrix's columns: the modules in course order, then the assessments."""
    modules = [m for m in course.modules if m.certified]
    return [Scope(CertificateScope.MODULE, m.title, m.title) for m in modules] + [
        Scope(CertificateScope.ASSESSMENT, q.id, q.title) for q in assessments(course)
    ]


def compliance_matrix(
    store: Store, course: Course, now: dt.datetime | None = None
) -> tuple[list[Scope], list[ComplianceRow]]:
    """Every active employee x every scope, from one query of the latest certificates.

    A module is required of an employee when one of its lessons is required of them (the
    requirements rule: their department, or an assignment); an assessment is required of
    everyone.
    """
    moment = now or store.clock()
    scopes = compliance_scopes(course)
    latest = {(c.employee_id, c.scope_kind, c.scope): c for c in store.latest_certificates()}
    assignments = store.assignments()
    modules = module_lessons(course)
    statuses: dict[str | None, CertificateStatus] = {}  # memo: many share an expiry moment
    none = {True: ComplianceCell(None, "", True), False: ComplianceCell(None, "", False)}
    rows = []
    for employee in store.employees():
        lessons = requirements(course, employee, assignments, modules).keys()
        cells = []
        for scope in scopes:
            required = scope.kind != CertificateScope.MODULE or any(
                lesson_id in lessons for lesson_id in modules.get(scope.key, ())
            )
            found = latest.get((employee.id, scope.kind, scope.key))
            if found is None:
                cells.append(none[required])
                continue
            status = statuses.get(found.expires_at)
            if status is None:
                status = statuses[found.expires_at] = certificate_status(found, moment)
            cells.append(ComplianceCell(status, local_date(found.expires_at), required, found.code))
        rows.append(ComplianceRow(employee, tuple(cells)))
    return scopes, rows
