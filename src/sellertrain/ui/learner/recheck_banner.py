"""Home: the notice of missed questions due for review, with "Review now"."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sellertrain.ui.learner.outline import HomeBanner
from sellertrain.ui.widgets import button

log = logging.getLogger(__name__)

REVIEW_SIZE = 10  # questions per review: a few minutes, not a second quiz


class RecheckBanner(HomeBanner):
    """Shown while re-checks are due; "Review now" starts a review and emits it."""

    review_started = Signal(object)  # the started (or resumed) QuizSession

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due_count = 0
        self.setObjectName("recheckBanner")
        frame = QFrame()
        frame.setObjectName("infoBanner")
        self.label = QLabel()
        self.label.setObjectName("recheckBannerText")
        self.label.setWordWrap(True)
        self.review_button = button(self.tr("Review now"), "recheckReviewNow", primary=True)
        self.review_button.setToolTip(
            self.tr("A short review of the questions you missed, at most {n} at a time").format(
                n=REVIEW_SIZE
            )
        )
        self.review_button.clicked.connect(self.start_review)
        row = QHBoxLayout(frame)
        row.setContentsMargins(12, 8, 8, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.review_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setVisible(False)

    def refresh(self) -> None:
        """Show how many of the employee's missed questions are due, or hide."""
        session = self.session
        due = session.due_rechecks() if session is not None else []
        self.due_count = len(due)
        self.setVisible(bool(due))
        if not due:
            return
        text = (
            self.tr("1 question you missed is due for review.")
            if len(due) == 1
            else self.tr("{n} questions you missed are due for review.").format(n=len(due))
        )
        if len(due) > REVIEW_SIZE:
            text += " " + self.tr("Review them {n} at a time.").format(n=REVIEW_SIZE)
        self.label.setText(text)
        self.review_button.setAccessibleDescription(text)

    def start_review(self) -> None:
        """Start a review of the due questions (or resume an open one) and emit it."""
        session = self.session
        review = session.start_review(REVIEW_SIZE) if session is not None else None
        if review is None:  # nothing due any more
            self.refresh()
            return
        log.info("review of %d questions started", len(review.presented))
        self.review_started.emit(review)
