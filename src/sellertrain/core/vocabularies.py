"""The fixed words stored in the records (the schema's CHECK constraints list the same)."""

from __future__ import annotations

from enum import StrEnum


class AssignmentTarget(StrEnum):
    EVERYONE = "everyone"
    ROLE = "role"
    DEPARTMENT = "department"
    EMPLOYEE = "employee"


class PublicationKind(StrEnum):
    """Material: the rule changed, readers must refresh; editorial: only the wording."""

    MATERIAL = "material"
    EDITORIAL = "editorial"


class AttemptKind(StrEnum):
    QUIZ = "quiz"
    RECHECK = "recheck"
    REVIEW = "review"


class AttemptStatus(StrEnum):
    SUBMITTED = "submitted"
    ABANDONED = "abandoned"
    TIMED_OUT = "timed_out"


class LessonEventKind(StrEnum):
    OPENED = "opened"
    READ = "read"
    COMPLETED = "completed"


class SignInOutcome(StrEnum):
    FAILED = "failed"
    SUCCEEDED = "succeeded"
    RESET = "reset"


class CertificateScope(StrEnum):
    MODULE = "module"
    ASSESSMENT = "assessment"


# The departments a lesson's ``roles`` may name ("all": everyone), and its risk-area tags.
KNOWN_ROLES = ("all", "customer-service", "listings", "logistics", "finance", "management")
KNOWN_TAGS = (
    "enforcement",
    "listing-accuracy",
    "ip",
    "prohibited-goods",
    "shipping",
    "cancellations",
    "disputes",
    "customer-service",
    "fraud",
    "fees",
    "customs",
    "appeals",
    "prevention",
    "marketplaces",
)
