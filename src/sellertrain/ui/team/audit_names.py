"""The audit log's detail keys and plain values as people read them (context "AuditDetails").

The records keep English keys (``department``, ``role``…); the screen names them here. A key
not named here is shown as recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def key_names() -> dict[str, str]:
    """Detail keys: what changed, as the audit table's Details column names it."""
    return {
        "department": QCoreApplication.translate("AuditDetails", "department"),
        "role": QCoreApplication.translate("AuditDetails", "role"),
        "was": QCoreApplication.translate("AuditDetails", "was"),
        "joined": QCoreApplication.translate("AuditDetails", "start date"),
        "manages": QCoreApplication.translate("AuditDetails", "manages"),
        "active": QCoreApplication.translate("AuditDetails", "active"),
        "lesson": QCoreApplication.translate("AuditDetails", "lesson"),
        "lesson_id": QCoreApplication.translate("AuditDetails", "lesson"),
        "until": QCoreApplication.translate("AuditDetails", "until"),
        "due_date": QCoreApplication.translate("AuditDetails", "due date"),
        "lead_days": QCoreApplication.translate("AuditDetails", "days to finish"),
        "every_months": QCoreApplication.translate("AuditDetails", "repeat every (months)"),
        "kind": QCoreApplication.translate("AuditDetails", "kind"),
        "target_kind": QCoreApplication.translate("AuditDetails", "assigned to"),
        "version": QCoreApplication.translate("AuditDetails", "version"),
        "previous_version": QCoreApplication.translate("AuditDetails", "previous version"),
        "revision": QCoreApplication.translate("AuditDetails", "revision"),
        "sections": QCoreApplication.translate("AuditDetails", "sections"),
        "source": QCoreApplication.translate("AuditDetails", "source"),
        "note": QCoreApplication.translate("AuditDetails", "note"),
        "upgraded": QCoreApplication.translate("AuditDetails", "upgraded"),
        "password_expired": QCoreApplication.translate("AuditDetails", "one-time password"),
    }


def value_names() -> dict[str, str]:
    """Plain recorded values people read: roles and change kinds."""
    return {
        "learner": QCoreApplication.translate("Status", "Learner"),
        "manager": QCoreApplication.translate("Status", "Manager"),
        "author": QCoreApplication.translate("Status", "Author"),
        "material": QCoreApplication.translate("AuditDetails", "material"),
        "editorial": QCoreApplication.translate("AuditDetails", "editorial"),
    }
