"""Results: score, pass or fail, and a review of every question with its explanation."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from sellertrain.core.models import AttemptKind
from sellertrain.core.session import Session
from sellertrain.core.training.attempts import AttemptReview
from sellertrain.ui.learner.review_html import review_html
from sellertrain.ui.style import LESSON_STYLE_SHEET
from sellertrain.ui.widgets import button, name_widget, title_label


class ResultsScreen(QWidget):
    retake = Signal(str)  # quiz id
    open_lesson = Signal(str)  # "lesson-id#anchor"
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: AttemptReview | None = None
        self.title = title_label("")
        self.score_label = QLabel()
        self.score_label.setObjectName("resultScore")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("resultSummary")
        self.view = name_widget(QTextBrowser(), "resultReview", self.tr("Review of your answers"))
        self.view.setOpenLinks(False)
        self.view.document().setDefaultStyleSheet(LESSON_STYLE_SHEET)
        self.view.document().setDocumentMargin(16)
        self.view.anchorClicked.connect(self._link_clicked)
        self.back_button = button(self.tr("← Outline"), "resultBack")
        self.retake_button = button(self.tr("Retake the quiz"), "resultRetake", primary=True)
        self.back_button.clicked.connect(self.back)
        self.retake_button.clicked.connect(self._retake)

        head = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.summary_label)
        head.addLayout(text, 1)
        head.addWidget(self.score_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retake_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def show_for(self, session: Session, attempt_id: str) -> bool:
        """Show a finished attempt: your own (a manager: anyone's; others raise AccessDenied).

        False, showing nothing, when the attempt is not there or not finished.
        """
        review = session.review(attempt_id)
        if review is None:
            return False
        attempt = review.attempt
        self.show_review(
            review, attempt.kind == AttemptKind.QUIZ and attempt.quiz_id in session.course.quizzes
        )
        return True

    def show_review(self, review: AttemptReview, can_retake: bool = True) -> None:
        self.review = review
        attempt = review.attempt
        passed = bool(attempt.passed)
        self.title.setText(review.quiz_title)
        verdict = self.tr("Passed") if passed else self.tr("Not passed")
        self.score_label.setText(f"{attempt.score:.0f}%  ·  {verdict}")
        colour = "#137333" if passed else "#c5221f"
        self.score_label.setStyleSheet(f"font-size: 20pt; font-weight: 700; color: {colour};")
        correct = sum(item.correct for item in review.items)
        status = {
            "timed_out": self.tr(" Time ran out; unanswered questions scored zero."),
            "abandoned": self.tr(" This attempt was abandoned."),
        }.get(attempt.status or "", "")
        self.summary_label.setText(
            self.tr("{correct} of {total} questions fully correct. Pass mark {mark}%.").format(
                correct=correct, total=len(review.items), mark=review.pass_mark
            )
            + status
        )
        if (
            attempt.kind == AttemptKind.REVIEW
        ):  # a review has no pass mark: say what happens next instead
            self.score_label.setText(f"{attempt.score:.0f}%")
            self.score_label.setStyleSheet("font-size: 20pt; font-weight: 700; color: #1a56db;")
            self.summary_label.setText(
                self.tr(
                    "{correct} of {total} right. A right answer moves a question on to a "
                    "longer gap (7, then 30 days); a missed one comes back tomorrow."
                ).format(correct=correct, total=len(review.items))
                + status
            )
        self.retake_button.setVisible(can_retake)
        self.view.setHtml(review_html(review))

    def _retake(self) -> None:
        if self.review is not None:
            self.retake.emit(self.review.attempt.quiz_id)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "lesson":
            target = url.path() + (f"#{url.fragment()}" if url.fragment() else "")
            self.open_lesson.emit(target)
