"""The audit log's words in a language: kinds of change, detail keys and plain values.

The records keep English ids and keys (``employee_added``, ``department``, ``role``…); the
screen and the command line name them from the shared catalogue. A key not named here is shown
as recorded.
"""

from __future__ import annotations

from sellertrain.core.i18n import Translator


def action_names(tx: Translator) -> dict[str, str]:
    """The kinds of change by name, in ``tx``'s language (the audit screen's own words)."""
    return {
        "employee_added": tx.translate("AuditLogView", "Employee added"),
        "password_reset": tx.translate("AuditLogView", "Password reset"),
        "assignment_created": tx.translate("AuditLogView", "Training assigned"),
        "assignment_revoked": tx.translate("AuditLogView", "Assignment removed"),
        "content_published": tx.translate("AuditLogView", "Content published"),
        "employee_changed": tx.translate("AuditLogView", "Employee changed"),
        "department_added": tx.translate("AuditLogView", "Department added"),
        "department_removed": tx.translate("AuditLogView", "Department removed"),
        "draft_saved": tx.translate("AuditLogView", "Draft saved"),
        "questions_imported": tx.translate("AuditLogView", "Questions imported"),
        "password_changed": tx.translate("AuditLogView", "Password changed"),
        "due_extended": tx.translate("AuditLogView", "Due date extended"),
        "sign_in_backoff_cleared": tx.translate("AuditLogView", "Sign-in wait cleared"),
    }


def detail_key_names(tx: Translator) -> dict[str, str]:
    """Detail keys: what changed, as the audit table's Details column names it."""
    return {
        "department": tx.translate("AuditDetails", "department"),
        "role": tx.translate("AuditDetails", "role"),
        "was": tx.translate("AuditDetails", "was"),
        "joined": tx.translate("AuditDetails", "start date"),
        "manages": tx.translate("AuditDetails", "manages"),
        "active": tx.translate("AuditDetails", "active"),
        "lesson": tx.translate("AuditDetails", "lesson"),
        "lesson_id": tx.translate("AuditDetails", "lesson"),
        "until": tx.translate("AuditDetails", "until"),
        "due_date": tx.translate("AuditDetails", "due date"),
        "lead_days": tx.translate("AuditDetails", "days to finish"),
        "every_months": tx.translate("AuditDetails", "repeat every (months)"),
        "kind": tx.translate("AuditDetails", "kind"),
        "target_kind": tx.translate("AuditDetails", "assigned to"),
        "version": tx.translate("AuditDetails", "version"),
        "previous_version": tx.translate("AuditDetails", "previous version"),
        "revision": tx.translate("AuditDetails", "revision"),
        "sections": tx.translate("AuditDetails", "sections"),
        "source": tx.translate("AuditDetails", "source"),
        "note": tx.translate("AuditDetails", "note"),
        "upgraded": tx.translate("AuditDetails", "upgraded"),
        "password_expired": tx.translate("AuditDetails", "one-time password"),
        "pass_mark": tx.translate("AuditDetails", "pass mark"),
        "time_limit": tx.translate("AuditDetails", "time limit (minutes)"),
        "quiz": tx.translate("AuditDetails", "quiz"),
        "failures": tx.translate("AuditDetails", "failed sign-ins in a row"),
        "from": tx.translate("AuditDetails", "from file"),
        "questions": tx.translate("AuditDetails", "questions"),
        "not_convertible": tx.translate("AuditDetails", "questions left out"),
        "status": tx.translate("AuditDetails", "status"),
    }


def detail_value_names(tx: Translator) -> dict[str, str]:
    """Plain recorded values people read: roles and change kinds."""
    return {
        "learner": tx.translate("Status", "Learner"),
        "manager": tx.translate("Status", "Manager"),
        "author": tx.translate("Status", "Author"),
        "material": tx.translate("AuditDetails", "material"),
        "editorial": tx.translate("AuditDetails", "editorial"),
        "draft": tx.translate("AuditDetails", "draft"),
        "demo": tx.translate("AuditDetails", "demo data"),
        "True": tx.translate("AuditDetails", "yes"),
        "False": tx.translate("AuditDetails", "no"),
    }
