"""Status names as people read them: one literal table per status kind, context "Status".

The core's statuses are plain enum values (English ids); the screens show these translated
names. ``sellertrain.core.i18n.STATUS_NAMES`` marks the same texts, in the same context, for the
command line and the exports, so both read one catalogue entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sellertrain.core.people import AccessRole

if TYPE_CHECKING:  # imported when used: the toolbar's role name needs neither before sign-in
    from sellertrain.core.training.progress import LessonStatus
    from sellertrain.core.training.requirements import Verdict


def verdict_text(status: Verdict) -> str:
    """An employee's overall status (the team table's Status column)."""
    from sellertrain.core.training.requirements import Verdict

    texts = {
        Verdict.NOT_STARTED: QCoreApplication.translate("Status", "Not started"),
        Verdict.IN_PROGRESS: QCoreApplication.translate("Status", "In progress"),
        Verdict.COMPLETE: QCoreApplication.translate("Status", "Complete"),
        Verdict.OVERDUE: QCoreApplication.translate("Status", "Overdue"),
        Verdict.NEEDS_REFRESH: QCoreApplication.translate("Status", "Needs refresh"),
    }
    return texts[status]


def lesson_status_text(status: LessonStatus) -> str:
    """One lesson's status for one employee."""
    from sellertrain.core.training.progress import LessonStatus

    texts = {
        LessonStatus.NOT_STARTED: QCoreApplication.translate("Status", "Not started"),
        LessonStatus.IN_PROGRESS: QCoreApplication.translate("Status", "In progress"),
        LessonStatus.COMPLETED: QCoreApplication.translate("Status", "Completed"),
        LessonStatus.QUIZ_PASSED: QCoreApplication.translate("Status", "Quiz passed"),
        LessonStatus.NEEDS_REFRESH: QCoreApplication.translate("Status", "Needs refresh"),
    }
    return texts[status]


def role_text(role: AccessRole) -> str:
    """What an employee may do, as a name (learner, manager, author)."""
    texts = {
        AccessRole.LEARNER: QCoreApplication.translate("Status", "Learner"),
        AccessRole.MANAGER: QCoreApplication.translate("Status", "Manager"),
        AccessRole.AUTHOR: QCoreApplication.translate("Status", "Author"),
    }
    return texts[role]
