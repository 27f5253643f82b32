"""Certificates: what earns one, when it is renewed, its status and its verification code.

A module's certificate is earned when every lesson of the module that the employee must take
is done (read, and its quiz passed); an assessment's (a quiz without ``lesson:``) when it is
passed. A scope never gets a second certificate while its latest one is valid: a new one is
issued only once the latest is expiring or expired *and* every piece of evidence is new
(each required quiz passed again, each quiz-less lesson read again, after it was issued).
Pure rules over store rows; ``now`` is injectable for tests.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sellertrain.core.models import (
    AttemptKind,
    CertificateScope,
    Course,
    Employee,
    Lesson,
    Module,
    Quiz,
)
from sellertrain.core.store import AttemptRecord, Certificate, LessonProgress, Store
from sellertrain.core.store.certificates import CodeTaken
from sellertrain.core.store.schema import _iso
from sellertrain.core.training.progress import CourseProgress, course_progress

log = logging.getLogger(__name__)

EXPIRING_DAYS = 30  # "expiring" (and asked to re-take) this many days before the expiry
# No 0/O, 1/I/L or U/V look-alikes: a code read aloud or off paper is typed right.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
CODE_PREFIX = "ST"
CODE_GROUPS, CODE_GROUP_SIZE = 3, 4  # ST-7KQ4-M9XD-2HBW: 29**12, about 58 bits
CODE_EXAMPLE = "ST-7KQ4-M9XD-2HBW"


class CertificateStatus(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"


# -- codes --------------------------------------------------------------------------------
def new_code(choice: Callable[[str], str] = secrets.choice) -> str:
    """A fresh random verification code such as ``ST-7KQ4-M9XD-2HBW``."""
    groups = (
        "".join(choice(CODE_ALPHABET) for _ in range(CODE_GROUP_SIZE)) for _ in range(CODE_GROUPS)
    )
    return "-".join((CODE_PREFIX, *groups))


def normalise_code(text: str) -> str | None:
    """The stored form of a typed code (any case, dashes and spaces optional), or None when
    it cannot be a code."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    size = CODE_GROUPS * CODE_GROUP_SIZE
    if len(compact) == size + len(CODE_PREFIX) and compact.startswith(CODE_PREFIX):
        compact = compact[len(CODE_PREFIX) :]
    if len(compact) != size or any(ch not in CODE_ALPHABET for ch in compact):
        return None
    groups = [compact[i : i + CODE_GROUP_SIZE] for i in range(0, size, CODE_GROUP_SIZE)]
    return "-".join((CODE_PREFIX, *groups))


# -- status -------------------------------------------------------------------------------
def _moment(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def certificate_status(certificate: Certificate, now: dt.datetime) -> CertificateStatus:
    """Valid, expiring (within EXPIRING_DAYS of its expiry) or expired, at ``now``."""
    if certificate.expires_at is None:
        return CertificateStatus.VALID
    expires = _moment(certificate.expires_at)
    if now >= expires:
        return CertificateStatus.EXPIRED
    if expires - now <= dt.timedelta(days=EXPIRING_DAYS):
        return CertificateStatus.EXPIRING
    return CertificateStatus.VALID


def days_left(certificate: Certificate, now: dt.datetime) -> int | None:
    """Whole days until the expiry (negative once expired); None without expiry."""
    if certificate.expires_at is None:
        return None
    return (_moment(certificate.expires_at) - now).days


def date_of(timestamp: str | None) -> str:
    """``YYYY-MM-DD`` of a stored timestamp ("" for None)."""
    return (timestamp or "")[:10]


# -- what the records earn ----------------------------------------------------------------
@dataclass(frozen=True)
class Claim:
    """What an employee's records earn now for one scope: the certificate to issue."""

    scope_kind: CertificateScope
    scope: str
    title: str
    score: float | None
    evidence: tuple[dict[str, Any], ...]


def _passes(attempts: Iterable[AttemptRecord], quiz_id: str, since: str | None) -> list:
    """Passed attempts at a quiz, finished after ``since`` (all when None)."""
    return [
        a
        for a in attempts
        if a.kind == AttemptKind.QUIZ
        and a.quiz_id == quiz_id
        and a.passed
        and a.finished_at
        and (since is None or a.finished_at > since)
    ]


def required_lessons(module: Module, progress: CourseProgress) -> list[Lesson]:
    """The module's lessons the employee must take (all of them when none is required)."""
    states = [s for s in (progress.state(lesson.id) for lesson in module.lessons) if s]
    required = [s for s in states if s.required]
    return [s.lesson for s in (required or states)]


def _lesson_evidence(
    lesson: Lesson,
    record: LessonProgress | None,
    attempts: Sequence[AttemptRecord],
    since: str | None,
) -> dict[str, Any] | None:
    """Proof that a done lesson was done after ``since``: its best pass, or its reading."""
    if lesson.quiz_id:
        passes = _passes(attempts, lesson.quiz_id, since)
        if not passes:
            return None
        best = max(passes, key=lambda a: (a.score or 0, a.finished_at))
        return {
            "lesson": lesson.id,
            "lesson_version": record.completed_version if record else None,
            "quiz": lesson.quiz_id,
            "quiz_version": best.quiz_version,
            "attempt": best.id,
            "score": best.score,
            "at": max(a.finished_at for a in passes),
        }
    if record is None or record.completed_at is None:
        return None
    if since is not None and record.completed_at <= since:
        return None
    return {
        "lesson": lesson.id,
        "lesson_version": record.completed_version,
        "at": record.completed_at,
    }


def module_claim(
    module: Module,
    progress: CourseProgress,
    records: dict[str, LessonProgress],
    attempts: Sequence[AttemptRecord],
    since: str | None = None,
) -> Claim | None:
    """The module's certificate if every required lesson is done (after ``since``)."""
    evidence = []
    for lesson in required_lessons(module, progress):
        state = progress.state(lesson.id)
        if state is None or not state.done:
            return None
        proof = _lesson_evidence(lesson, records.get(lesson.id), attempts, since)
        if proof is None:
            return None
        evidence.append(proof)
    if not evidence:
        return None
    scores = [e["score"] for e in evidence if e.get("score") is not None]
    score = sum(scores) / len(scores) if scores else None
    return Claim(CertificateScope.MODULE, module.title, module.title, score, tuple(evidence))


def assessment_claim(
    quiz: Quiz, attempts: Sequence[AttemptRecord], since: str | None = None
) -> Claim | None:
    """The assessment's certificate for its latest pass (after ``since``), if any."""
    passes = _passes(attempts, quiz.id, since)
    if not passes:
        return None
    latest = max(passes, key=lambda a: a.finished_at)
    proof = {
        "quiz": quiz.id,
        "quiz_version": latest.quiz_version,
        "attempt": latest.id,
        "score": latest.score,
        "at": latest.finished_at,
    }
    return Claim(CertificateScope.ASSESSMENT, quiz.id, quiz.title, latest.score, (proof,))


def assessments(course: Course) -> list[Quiz]:
    """The course-wide quizzes (no ``lesson:``), by title."""
    return sorted(
        (q for q in course.quizzes.values() if q.lesson_id is None), key=lambda q: q.title
    )


def renewable(latest: Certificate | None, now: dt.datetime) -> bool:
    """The duplicate rule: a scope may get a certificate when it has none, or when its latest
    is expiring or expired (and, see ``since``, only for evidence newer than it)."""
    return latest is None or certificate_status(latest, now) is not CertificateStatus.VALID


# -- issuing ------------------------------------------------------------------------------
def issue_due_certificates(
    store: Store,
    course: Course,
    employee: Employee,
    now: dt.datetime | None = None,
    code: Callable[[], str] = new_code,
) -> list[Certificate]:
    """Issue every certificate the employee's records earn now; return the new ones."""
    moment = now or store.clock()
    latest = {(c.scope_kind, c.scope): c for c in store.latest_certificates(employee.id)}
    progress = course_progress(store, course, employee)
    records = store.lesson_progress(employee.id)
    attempts = store.attempts(employee.id)
    issued = []
    for scope_kind, scope, earn in _scopes(course, progress, records, attempts):
        current = latest.get((scope_kind, scope))
        if not renewable(current, moment):
            continue
        claim = earn(current.issued_at if current else None)
        if claim is None:
            continue
        certificate = _issue(store, course, employee, claim, current, moment, code)
        if certificate is not None:
            log.info("issued certificate %s to %s for %s", certificate.code, employee.id, scope)
            issued.append(certificate)
    return issued


def _scopes(
    course: Course,
    progress: CourseProgress,
    records: dict[str, LessonProgress],
    attempts: Sequence[AttemptRecord],
) -> list[tuple[CertificateScope, str, Callable[[str | None], Claim | None]]]:
    found: list[tuple[CertificateScope, str, Callable[[str | None], Claim | None]]] = [
        (
            CertificateScope.MODULE,
            module.title,
            functools.partial(module_claim, module, progress, records, attempts),
        )
        for module in course.modules
    ]
    found += [
        (
            CertificateScope.ASSESSMENT,
            quiz.id,
            functools.partial(assessment_claim, quiz, attempts),
        )
        for quiz in assessments(course)
    ]
    return found


def _issue(
    store: Store,
    course: Course,
    employee: Employee,
    claim: Claim,
    current: Certificate | None,
    moment: dt.datetime,
    code: Callable[[], str],
) -> Certificate | None:
    days = course.settings.valid_days(claim.scope_kind, claim.scope)
    expires = _iso(moment + dt.timedelta(days=days)) if days else None
    for _ in range(5):  # a clash of 58-bit random codes is next to impossible
        try:
            return store.add_certificate(
                code(),
                employee.id,
                claim.scope_kind,
                claim.scope,
                claim.title,
                claim.score,
                _iso(moment),
                expires,
                claim.evidence,
                replaces=current.id if current else None,
            )
        except CodeTaken:
            continue
    raise RuntimeError("could not draw an unused certificate code")


# -- what the employee and the manager see ----------------------------------------------
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
    progress = course_progress(store, course, employee)
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
                or _lesson_evidence(lesson, records.get(lesson.id), attempts, since) is None
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
    return [Scope(CertificateScope.MODULE, m.title, m.title) for m in course.modules] + [
        Scope(CertificateScope.ASSESSMENT, q.id, q.title) for q in assessments(course)
    ]


def compliance_matrix(
    store: Store, course: Course, now: dt.datetime | None = None
) -> tuple[list[Scope], list[ComplianceRow]]:
    """Every active employee x every scope, from one query of the latest certificates.

    A module is required of an employee when one of its lessons is required for their
    department; an assessment is required of everyone.
    """
    moment = now or store.clock()
    scopes = compliance_scopes(course)
    latest = {(c.employee_id, c.scope_kind, c.scope): c for c in store.latest_certificates()}
    needed = {
        m.title: {role for lesson in m.lessons for role in lesson.roles} for m in course.modules
    }
    statuses: dict[str | None, CertificateStatus] = {}  # memo: many share an expiry moment
    none = {True: ComplianceCell(None, "", True), False: ComplianceCell(None, "", False)}
    rows = []
    for employee in store.employees():
        cells = []
        for scope in scopes:
            roles = (
                needed.get(scope.key, {"all"}) if scope.kind == CertificateScope.MODULE else {"all"}
            )
            required = "all" in roles or employee.department in roles
            found = latest.get((employee.id, scope.kind, scope.key))
            if found is None:
                cells.append(none[required])
                continue
            status = statuses.get(found.expires_at)
            if status is None:
                status = statuses[found.expires_at] = certificate_status(found, moment)
            cells.append(ComplianceCell(status, date_of(found.expires_at), required, found.code))
        rows.append(ComplianceRow(employee, tuple(cells)))
    return scopes, rows
