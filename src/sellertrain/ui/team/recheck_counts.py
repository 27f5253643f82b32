"""The re-check counts of one employee, as the manager's employee screen shows them."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from sellertrain.core.training.rechecks import OVERDUE_AFTER, UPCOMING_WITHIN, RecheckSummary

OVERDUE_COLOUR = "#c5221f"


class RecheckCounts(QFrame):
    """One wrapping line: due (and overdue), upcoming and retained questions, and retention."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recheckCounts")
        self.setAccessibleName(self.tr("Re-checks of missed questions"))
        self.setStyleSheet(
            "QFrame#recheckCounts { background: #f8fafc; border: 1px solid #e5e7eb;"
            " border-radius: 6px; }"
        )
        self.label = QLabel()
        self.label.setObjectName("recheckCountsText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setToolTip(
            self.tr(
                "Missed questions come back after 1, 7 and 30 days. Overdue: due for more than "
                "{overdue} days. Retained: answered right at every step. Retention: the share "
                "of review answers that were right."
            ).format(overdue=OVERDUE_AFTER.days)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label)
        self.parts: list[str] = []

    def show_summary(self, summary: RecheckSummary) -> None:
        due = self.tr("{n} due now").format(n=summary.due)
        overdue = self.tr("{n} overdue").format(n=summary.overdue)
        self.parts = [
            f"{due} ({overdue})",
            self.tr("{n} within {days} days").format(n=summary.upcoming, days=UPCOMING_WITHIN.days),
            self.tr("{n} retained").format(n=summary.retained),
            self.tr("no reviews yet")
            if summary.retention is None
            else self.tr(
                "retention {percent:.0%} ({right} of {total} review answers right)"
            ).format(
                percent=summary.retention,
                right=summary.review_right,
                total=summary.review_answers,
            ),
        ]
        shown = [html.escape(part) for part in self.parts]
        if summary.overdue:
            shown[0] = shown[0].replace(
                html.escape(overdue), f'<span style="color: {OVERDUE_COLOUR}">{overdue}</span>'
            )
        caption = html.escape(self.tr("Re-checks of missed questions:"))
        self.label.setText(f"<b>{caption}</b>&nbsp; " + " · ".join(shown))
        self.setAccessibleDescription(" · ".join(self.parts))

    def text(self) -> str:
        """The counts as plain text (what a screen reader hears)."""
        return " · ".join(self.parts)
