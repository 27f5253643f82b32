"""Certificates: what earns one, when one is issued, and its status.

A module's certificate is earned when every lesson of the module that the employee must take
is done (read, and its quiz passed); an assessment's (a quiz without ``lesson:``) when it is
passed. A scope never gets a second certificate while its latest one is valid: a new one is
issued only once the latest is expiring or expired *and* every piece of evidence is new
(each required quiz passed again, each quiz-less lesson read again, after it was issued).
Pure rules over store rows; ``now`` is injectable for tests. Renewals and the compliance
matrix are in ``compliance``, verification codes in ``certificate_codes``.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
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
from sellertrain.core.training.certificate_codes import new_code
from sellertrain.core.training.progress import CourseProgress, course_progress

log = logging.getLogger(__name__)

EXPIRING_DAYS = 30  # "expiring" (and asked to re-take) this many days before the expiry


class CertificateStatus(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"


# -- status -------------------------------------------------------------------------------
def _moment(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def pass_marks_text(certificate: Certificate) -> str:
    """The pass mark(s) the certificate's quiz results were scored under: "80%", "70–80%", or
    "" for a certificate earned before results kept their pass mark (schema 14)."""
    marks = sorted({float(e["pass_mark"]) for e in certificate.evidence if e.get("pass_mark")})
    if not marks:
        return ""
    low, high = f"{marks[0]:g}%", f"{marks[-1]:g}%"
    return low if low == high else f"{marks[0]:g}–{high}"


def quiz_versions_text(certificate: Certificate) -> str:
    """The quiz versions its results were scored on, as "quiz-id 1a2b3c4d" (the first 8 hex
    digits of each version: enough to tell versions apart, short enough to print)."""
    return ", ".join(
        f"{e['quiz']} {str(e['quiz_version'])[:8]}"
        for e in certificate.evidence
        if e.get("quiz") and e.get("quiz_version")
    )


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

    scope_kind: str
    scope: str
    title: str
    score: float | None
    evidence: tuple[dict[str, Any], ...]


def _passes(
    attempts: Iterable[AttemptRecord], quiz_id: str, since: str | None
) -> list[AttemptRecord]:
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


def _finished(attempt: AttemptRecord) -> str:
    """When a passed attempt finished (``_passes`` keeps only finished ones)."""
    return attempt.finished_at or ""


def required_lessons(module: Module, progress: CourseProgress) -> list[Lesson]:
    """The module's lessons the employee must take (all of them when none is required)."""
    states = [s for s in (progress.state(lesson.id) for lesson in module.lessons) if s]
    required = [s for s in states if s.required]
    return [s.lesson for s in (required or states)]


def lesson_evidence(
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
            "pass_mark": best.pass_mark,
            "at": max(_finished(a) for a in passes),
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
        proof = lesson_evidence(lesson, records.get(lesson.id), attempts, since)
        if proof is None:
            return None
        evidence.append(proof)
    if not evidence:
        return None
    scores = [e["score"] for e in evidence if e.get("score") is not None]
    score = sum(scores) / len(scores) if scores else None
    return Claim("module", module.title, module.title, score, tuple(evidence))


def assessment_claim(
    quiz: Quiz, attempts: Sequence[AttemptRecord], since: str | None = None
) -> Claim | None:
    """The assessment's certificate for its latest pass (after ``since``), if any."""
    passes = _passes(attempts, quiz.id, since)
    if not passes:
        return None
    latest = max(passes, key=_finished)
    proof = {
        "quiz": quiz.id,
        "quiz_version": latest.quiz_version,
        "attempt": latest.id,
        "score": latest.score,
        "pass_mark": latest.pass_mark,
        "at": latest.finished_at,
    }
    return Claim("assessment", quiz.id, quiz.title, latest.score, (proof,))


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
    progress = course_progress(store, course, employee, moment.date())
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
        if module.certified
    ]
    found += [
        (CertificateScope.ASSESSMENT, quiz.id, functools.partial(assessment_claim, quiz, attempts))
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
