"""The lesson reader: rendered lesson, table of contents, previous/next, complete, quiz.

Completion is explicit: the learner presses "Mark as complete" (or starts the quiz, which
also marks the lesson complete), offered once the lesson has been open for the course's
minimum reading time (course.yaml's ``minimum_reading``, a share of the lesson's minutes).
Time on the screen is recorded when the lesson is left, and so is where the reader stopped:
the lesson reopens there for the same employee on this computer.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.content.course_settings import minimum_reading_seconds
from sellertrain.core.content.render import render_lesson
from sellertrain.core.models import Lesson
from sellertrain.core.session import Session
from sellertrain.core.training.progress import LessonStatus
from sellertrain.ui import dialogs, this_computer
from sellertrain.ui.image_fitter import ImageFitter
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
        self._read_before = 0  # seconds recorded for this lesson in earlier visits
        self._needed = 0  # seconds the lesson must be open before it may be completed
        self._complete = False
        self._placed_at = 0  # where show_for scrolled to
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._show_completion)

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
        self.images = ImageFitter(self.view)
        self.status_label = QLabel()
        self.status_label.setObjectName("lessonStatus")
        self.status_label.setWordWrap(True)

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
        buttons.addWidget(self.status_label, 1, Qt.AlignmentFlag.AlignRight)
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
        self._needed = minimum_reading_seconds(lesson.minutes, course.settings)
        order = [item.id for item in course.ordered_lessons]
        position = order.index(lesson.id)
        self.prev_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(order) - 1)
        self.quiz_button.setVisible(lesson.quiz_id in course.quizzes)
        self.refresh()
        if anchor:
            self.view.scrollToAnchor(anchor)
        else:
            position = this_computer.reading_position(session.employee.id, lesson.id)
            self.scroll_to_position(position)
            # the screen may be laid out to its real width only once shown: place it again
            QTimer.singleShot(0, lambda: self._scroll_again(lesson, position))

    def top_position(self) -> int:
        """The document position of the first line shown at the top of the view."""
        self.view.document().size()  # lays the whole page out: QTextEdit does it lazily
        return self.view.cursorForPosition(QPoint(0, 0)).position()

    def scroll_to_position(self, position: int) -> None:
        """Scroll so the line holding document ``position`` is the first one shown."""
        bar = self.view.verticalScrollBar()
        if position <= 0:
            bar.setValue(0)
        else:
            document = self.view.document()
            document.size()
            cursor = QTextCursor(document)
            cursor.setPosition(min(position, document.characterCount() - 1))
            bar.setValue(bar.value() + self.view.cursorRect(cursor).top())
        self._placed_at = bar.value()

    def _scroll_again(self, lesson: Lesson, position: int) -> None:
        """Place the page again once laid out, unless the reader has scrolled since."""
        bar = self.view.verticalScrollBar()
        if self.lesson is lesson and self._opened_at is not None and bar.value() == self._placed_at:
            self.scroll_to_position(position)

    def refresh(self) -> None:
        """Show whether the lesson shown is complete, from the session last shown for."""
        if self.session is None or self.lesson is None:
            return
        state = self.session.progress().state(self.lesson.id)
        status = state.status if state else LessonStatus.NOT_STARTED
        self._read_before = state.seconds if state else 0
        self._complete = status in (LessonStatus.COMPLETED, LessonStatus.QUIZ_PASSED)
        has_quiz = self.lesson.quiz_id in self.session.course.quizzes
        renewal = state is not None and state.item is not None and state.item.every_months
        if status is LessonStatus.NEEDS_REFRESH and renewal:
            self.status_label.setText(
                self.tr("Due again: read it and mark it complete to renew your training.")
            )
        elif status is LessonStatus.NEEDS_REFRESH:
            self.status_label.setText(self.tr("This lesson changed since you completed it."))
        elif status is LessonStatus.QUIZ_PASSED:
            self.status_label.setText(self.tr("Quiz passed"))
        elif status is LessonStatus.COMPLETED and has_quiz:
            self.status_label.setText(self.tr("Complete — its quiz is still required"))
        else:
            self.status_label.setText("")
        self._show_completion()

    def seconds_to_wait(self) -> int:
        """Seconds the lesson must stay open before it may be marked complete (0: now)."""
        if self._opened_at is None:
            return self._needed
        read = self._read_before + (time.monotonic() - self._opened_at)
        return max(0, int(self._needed - read + 0.999))  # "0:01" until the second is over

    def _show_completion(self) -> None:
        """The complete button: done, counting down the minimum reading time, or ready."""
        complete = self.complete_button
        wait = 0 if self._complete else self.seconds_to_wait()
        if self._complete:
            complete.setText(self.tr("Completed ✓"))
            complete.setToolTip("")
        elif wait:
            complete.setText(
                self.tr("Mark as complete ({m}:{s:02d})").format(m=wait // 60, s=wait % 60)
            )
            complete.setToolTip(
                self.tr(
                    "Read the lesson first: it can be marked complete after {minutes} of "
                    "reading ({percent}% of its reading time). Time counts while the lesson "
                    "is open."
                ).format(minutes=self._duration(self._needed), percent=self._course_percent())
            )
        else:
            complete.setText(self.tr("Mark as complete"))
            complete.setToolTip("")
        complete.setEnabled(not self._complete and not wait)
        if wait and self._opened_at is not None:
            self.countdown.start()
        else:
            self.countdown.stop()

    def _duration(self, seconds: int) -> str:
        minutes, rest = divmod(seconds, 60)
        if not minutes:
            return self.tr("{s} s").format(s=rest)
        if not rest:
            return self.tr("{m} min").format(m=minutes)
        return self.tr("{m} min {s} s").format(m=minutes, s=rest)

    def _course_percent(self) -> int:
        return self.session.course.settings.minimum_reading_percent if self.session else 0

    def leave(self) -> None:
        """Record the time spent on the lesson being left, if any."""
        if self.lesson is None or self.session is None or self._opened_at is None:
            return
        seconds = min(time.monotonic() - self._opened_at, IDLE_CAP_SECONDS)
        self.session.record_reading_time(self.lesson.id, seconds)
        self._opened_at = None
        self.countdown.stop()
        this_computer.remember_reading_position(
            self.session.employee.id, self.lesson.id, self.top_position()
        )

    # -- actions -----------------------------------------------------------------------
    def mark_complete(self) -> None:
        if self.lesson is None or self.session is None or self.seconds_to_wait():
            return
        self.session.complete_lesson(self.lesson.id)  # the records-changed signal refreshes

    def _take_quiz(self) -> None:
        if self.lesson is None or not self.lesson.quiz_id:
            return
        # the quiz completes a lesson read long enough; a quick look only starts the quiz
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
