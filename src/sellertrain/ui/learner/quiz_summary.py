"""The attempt summary before submitting: what is answered, what is not, what is flagged.

Like Moodle's attempt summary: every question with its state, a jump back to any of them,
and the one button that submits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.training.attempts import QuizSession
from sellertrain.ui.widgets import button, name_widget

INDEX_ROLE = Qt.ItemDataRole.UserRole


class QuizSummary(QWidget):
    """The summary page of the quiz runner; the runner connects its signals."""

    jump = Signal(int)  # the index of the question to show
    back = Signal()  # return to the question shown last
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel()
        self.counts.setObjectName("quizSummaryCounts")
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet("font-size: 12pt; font-weight: 600;")
        note = QLabel(self.tr("Choose a question to go back to it. Nothing is submitted yet."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563;")
        self.questions = name_widget(QListWidget(), "quizSummaryList", self.tr("Questions"))
        self.questions.itemActivated.connect(self._activated)
        self.back_button = button(self.tr("Return to the questions"), "quizSummaryBack")
        self.submit_button = button(
            self.tr("Submit all and finish"), "quizSummarySubmit", primary=True
        )
        for widget in (self.back_button, self.submit_button):
            widget.setAutoDefault(True)  # Enter on a focused button presses it
        self.back_button.clicked.connect(self.back)
        self.submit_button.clicked.connect(self.submit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addWidget(note)
        layout.addWidget(self.questions, 1)
        layout.addLayout(buttons)

    def show_attempt(self, session: QuizSession, flagged: set[int]) -> None:
        """List every question of ``session`` with its state; focus on Submit."""
        missing = set(session.unanswered())
        total = len(session.presented)
        self.counts.setText(
            self.tr(
                "{answered} of {total} answered, {missing} unanswered, {flagged} flagged"
            ).format(
                answered=total - len(missing),
                total=total,
                missing=len(missing),
                flagged=len(flagged),
            )
        )
        self.questions.clear()
        for index, shown in enumerate(session.presented):
            state = self.tr("Not answered") if index in missing else self.tr("Answered")
            mark = self.tr("  ·  ⚑ Flagged for review") if index in flagged else ""
            text = self.tr("Question {n}: {state}{mark}  —  {question}").format(
                n=index + 1, state=state, mark=mark, question=_short(shown.question.text)
            )
            item = QListWidgetItem(text)
            item.setData(INDEX_ROLE, index)
            if index in missing:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.questions.addItem(item)
        self.submit_button.setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        self.jump.emit(int(item.data(INDEX_ROLE)))


def _short(text: str, limit: int = 70) -> str:
    """The start of a question, to recognise it by."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"
