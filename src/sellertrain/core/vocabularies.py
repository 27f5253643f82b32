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


# The actions the audit log records (stored as these keys; screens translate them).
EMPLOYEE_ADDED = "employee_added"
PASSWORD_RESET = "password_reset"
PASSWORD_CHANGED = "password_changed"  # by the employee, or upgraded to today's hash cost
ASSIGNMENT_CREATED = "assignment_created"
ASSIGNMENT_REVOKED = "assignment_revoked"
CONTENT_PUBLISHED = "content_published"
EMPLOYEE_CHANGED = "employee_changed"
DEPARTMENT_ADDED = "department_added"
DEPARTMENT_REMOVED = "department_removed"
DRAFT_SAVED = "draft_saved"  # a lesson or quiz saved as a draft: learners do not see it
QUESTIONS_IMPORTED = "questions_imported"  # a GIFT or Aiken file became draft quiz files
DUE_EXTENDED = "due_extended"  # one employee given until a later date for one lesson
SIGN_IN_BACKOFF_CLEARED = "sign_in_backoff_cleared"  # a manager let someone try again at once
AUDIT_ACTIONS = (
    EMPLOYEE_ADDED,
    PASSWORD_RESET,
    ASSIGNMENT_CREATED,
    ASSIGNMENT_REVOKED,
    CONTENT_PUBLISHED,
    EMPLOYEE_CHANGED,
    DEPARTMENT_ADDED,
    DEPARTMENT_REMOVED,
    DRAFT_SAVED,
    QUESTIONS_IMPORTED,
    DUE_EXTENDED,
    PASSWORD_CHANGED,
    SIGN_IN_BACKOFF_CLEARED,
)
