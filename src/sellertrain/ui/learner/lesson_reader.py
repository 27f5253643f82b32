"""The lesson reader: rendered lesson, table of contents, previous/next, complete, quiz.

Completion is explicit: the learner presses "Mark as complete" (or starts the quiz, which
also marks the lesson complete). Time on the screen is recorded when the lesson is left.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.content.render import render_lesson
from sellertrain.core.models import Lesson
from sellertrain.core.session import Session
from sellertrain.core.training.progress import LessonStatus
from sellertrain.ui import dialogs
from sellertrain.ui.style import LESSON_STYLE_SHEET
from sellertrain.ui.widgets import button, name_widget

IDLE_CAP_SECONDS = 30 * 60  # a lesson left open over lunch does not count as hours of reading


class LessonScreen(QWidget):
    open_lesson = Signal(str)
    start_quiz = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.lesson: Lesson | None = None
        self._opened_at: float | None = None

        self.toc = name_widget(QListWidget(), "lessonToc", self.tr("Sections of this lesson"))
        self.toc.setMaximumWidth(260)
        self.toc.setWordWrap(True)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.itemClicked.connect(self._jump)
        self.toc.itemActivated.connect(self._jump)
        self.view = name_widget(QTextBrowser(), "lessonView", self.tr("Lesson text"))
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.document().setDefaultStyleSheet(LESSON_STYLE_SHEET)
        self.view.document().setDocumentMargin(24)
        self.view.setMaximumWidth(900)
        self.view.anchorClicked.connect(self._link_clicked)
        self.status_label = QLabel()
        self.status_label.setObjectName("lessonStatus")

        self.back_button = button(self.tr("← Outline"), "lessonBack")
        self.prev_button = button(self.tr("Previous"), "lessonPrev")
        self.next_button = button(self.tr("Next"), "lessonNext")
        self.complete_button = button(self.tr("Mark as complete"), "lessonComplete")
        self.quiz_button = button(self.tr("Take the quiz"), "lessonTakeQuiz", primary=True)
        self.back_button.clicked.connect(self.back)
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.complete_button.clicked.connect(self.mark_complete)
        self.quiz_button.clicked.connect(self._take_quiz)

        side = QVBoxLayout()
        contents = QLabel(self.tr("Contents"))
        contents.setStyleSheet("font-weight: 600;")
        side.addWidget(contents)
        side.addWidget(self.toc, 1)
        reading = QHBoxLayout()
        reading.addLayout(side)
        reading.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.quiz_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(reading, 1)
        layout.addLayout(buttons)

    # -- showing -----------------------------------------------------------------------
    def show_for(self, session: Session, lesson_id: str, anchor: str = "") -> None:
        """Open a lesson (recording the opening) and scroll to ``anchor`` if given."""
        self.leave()
        course = session.course
        lesson = course.lessons[lesson_id]
        self.session, self.lesson = session, lesson
        self.view.setHtml(render_lesson(lesson, course.root / "assets"))
        self.toc.clear()
        for section in lesson.sections:
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.anchor)
            self.toc.addItem(item)
        session.open_lesson(lesson.id)
        self._opened_at = time.monotonic()
        order = [item.id for item in course.ordered_lessons]
        position = order.index(lesson.id)
        self.prev_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(order) - 1)
        self.quiz_button.setVisible(lesson.quiz_id in course.quizzes)
        self.refresh()
        if anchor:
            self.view.scrollToAnchor(anchor)
        else:
            self.view.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        """Show whether the lesson shown is complete, from the session last shown for."""
        if self.session is None or self.lesson is None:
            return
        state = self.session.progress().state(self.lesson.id)
        status = state.status if state else LessonStatus.NOT_STARTED
        complete = status in (LessonStatus.COMPLETED, LessonStatus.QUIZ_PASSED)
        self.complete_button.setEnabled(not complete)
        self.complete_button.setText(
            self.tr("Completed ✓") if complete else self.tr("Mark as complete")
        )
        if status is LessonStatus.NEEDS_REFRESH:
            self.status_label.setText(self.tr("This lesson changed since you completed it."))
        elif status is LessonStatus.QUIZ_PASSED:
            self.status_label.setText(self.tr("Quiz passed"))
        else:
            self.status_label.setText("")

    def leave(self) -> None:
        """Record the time spent on the lesson being left, if any."""
        if self.lesson is None or self.session is None or self._opened_at is None:
            return
        seconds = min(time.monotonic() - self._opened_at, IDLE_CAP_SECONDS)
        self.session.record_reading_time(self.lesson.id, seconds)
        self._opened_at = None

    # -- actions -----------------------------------------------------------------------
    def mark_complete(self) -> None:
        if self.lesson is None or self.session is None:
            return
        self.session.complete_lesson(self.lesson.id)  # the records-changed signal refreshes

    def _take_quiz(self) -> None:
        if self.lesson is None or not self.lesson.quiz_id:
            return
        if self.complete_button.isEnabled():
            self.mark_complete()
        self.leave()
        self.start_quiz.emit(self.lesson.quiz_id)

    def _step(self, delta: int) -> None:
        if self.lesson is None or self.session is None:
            return
        order = [item.id for item in self.session.course.ordered_lessons]
        position = order.index(self.lesson.id) + delta
        if 0 <= position < len(order):
            self.open_lesson.emit(order[position])

    def _jump(self, item: QListWidgetItem) -> None:
        self.view.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))

    def _link_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "lesson":
            lesson_id = url.path()
            if self.session is not None and lesson_id in self.session.course.lessons:
                self.open_lesson.emit(
                    f"{lesson_id}#{url.fragment()}" if url.fragment() else lesson_id
                )
        elif not scheme and url.fragment():
            self.view.scrollToAnchor(url.fragment())
        elif scheme in ("http", "https", "mailto"):
            address = url.toString()
            if dialogs.ask_yes_no(
                self,
                self.tr("Open web page?"),
                self.tr("This link opens in your web browser:\n\n{address}\n\nOpen it?").format(
                    address=address
                ),
            ):
                QDesktopServices.openUrl(url)
