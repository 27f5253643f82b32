"""Results: score, pass or fail, and a review of every question with its explanation.

A certificate the attempt earned is announced here with "Save PDF…"; after "Read this section
again" a toolbar action (``return_action``, shown while that lesson is on screen) comes back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.models import AttemptKind
from sellertrain.core.session import Certificate, Session
from sellertrain.core.training.attempts import AttemptReview
from sellertrain.ui.learner.review_html import review_html
from sellertrain.ui.style import LESSON_STYLE_SHEET
from sellertrain.ui.team.certificate_list import save_certificate_pdf
from sellertrain.ui.widgets import button, name_widget, title_label


class ResultsScreen(QWidget):
    retake = Signal(str)  # quiz id
    open_lesson = Signal(str)  # "lesson-id#anchor"
    back = Signal()
    reopen = Signal(str)  # attempt id: show these results again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: AttemptReview | None = None
        self.earned: list[Certificate] = []
        self.course_title = ""
        self._lesson_pending = False  # a lesson was asked for and is about to be shown
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
        for widget in (self.back_button, self.retake_button):
            widget.setAutoDefault(True)  # Enter on a focused button presses it
        self.certificate_box = QFrame()
        self.certificate_box.setObjectName("infoBanner")
        self.certificate_label = QLabel()
        self.certificate_label.setTextFormat(Qt.TextFormat.PlainText)  # certificate titles
        self.certificate_label.setObjectName("resultCertificate")
        self.certificate_label.setWordWrap(True)
        self.save_pdf_button = button(self.tr("Save PDF…"), "resultCertificateSavePdf")
        self.save_pdf_button.setAutoDefault(True)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        notice = QHBoxLayout(self.certificate_box)
        notice.addWidget(self.certificate_label, 1)
        notice.addWidget(self.save_pdf_button)
        self.certificate_box.hide()
        self.return_action = QAction(self.tr("← Back to results"), self)
        self.return_action.setObjectName("navBackToResults")
        self.return_action.setVisible(False)
        self.return_action.triggered.connect(self._reopen)

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
        layout.addWidget(self.certificate_box)
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
        self.course_title = session.course.settings.title
        self.show_certificates(session.certificates_earned(attempt_id))
        return True

    def show_certificates(self, earned: list[Certificate]) -> None:
        """Announce the certificates this attempt earned, if any, with Save PDF…"""
        self.earned = earned
        titles = ", ".join(f"“{c.title}”" for c in earned)
        self.certificate_label.setText(
            self.tr("This attempt earned your certificate {titles}. Well done!").format(
                titles=titles
            )
        )
        self.certificate_box.setVisible(bool(earned))

    def save_pdf(self) -> None:
        """Save the certificate earned (the first, if several) as a PDF."""
        if self.earned:
            save_certificate_pdf(self, self.earned[0], self.course_title)

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
        if review.time_ran_out_at is not None:
            status = " " + self.tr(
                "Time ran out at {time}; only the answers given before then count."
            ).format(time=_local_time(review.time_ran_out_at))
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
        self.certificate_box.hide()  # show_for announces what the attempt earned
        self.return_action.setVisible(False)

    def _retake(self) -> None:
        if self.review is not None:
            self.retake.emit(self.review.attempt.quiz_id)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "lesson":
            target = url.path() + (f"#{url.fragment()}" if url.fragment() else "")
            self._lesson_pending = True
            self.return_action.setVisible(True)
            self.open_lesson.emit(target)

    def follow(self, stack: QStackedWidget, toolbar: QToolBar) -> None:
        """Offer ``return_action`` first in ``toolbar``, and follow the page ``stack`` shows."""
        actions = toolbar.actions()
        if actions:
            toolbar.insertAction(actions[0], self.return_action)
        else:
            toolbar.addAction(self.return_action)
        stack.currentChanged.connect(lambda _index: self.page_changed(stack.currentWidget()))

    def page_changed(self, page: QWidget | None) -> None:
        """The window shows ``page``: the way back is offered only on the lesson opened."""
        if page is not self and self._lesson_pending:
            self._lesson_pending = False  # the lesson asked for, now on screen
            return
        self._lesson_pending = False
        self.return_action.setVisible(False)

    def _reopen(self) -> None:
        if self.review is not None:
            self.reopen.emit(self.review.attempt.id)


def _local_time(moment: dt.datetime) -> str:
    """``moment`` in local time: HH:MM today, with the date on another day."""
    local = moment.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%H:%M on %Y-%m-%d")
