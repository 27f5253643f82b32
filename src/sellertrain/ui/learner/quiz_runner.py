"""The quiz runner: one question per page, keyboard operable, answers saved as they are given.

Leaving loses and submits nothing: every answer is stored at once and the attempt resumes later
(the time limit keeps running meanwhile). Only Submit, or the time limit, ends it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.content.render import render_markdown
from sellertrain.core.models import QuestionKind
from sellertrain.core.session import AccessDenied, Session, TimeLimitPassed
from sellertrain.core.training.attempts import QuizSession
from sellertrain.ui import dialogs
from sellertrain.ui.learner.answer_widgets import (
    hint_for,
    matching_grid,
    option_buttons,
    text_answer,
)
from sellertrain.ui.learner.option_button import OptionCheck
from sellertrain.ui.learner.quiz_summary import QuizSummary
from sellertrain.ui.translations import error_text
from sellertrain.ui.widgets import button, name_widget, title_label


class QuizScreen(QWidget):
    finished = Signal(str)  # attempt id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the signed-in employee's records: attempts are scored and recorded through them
        self.records: Session | None = None
        self.session: QuizSession | None = None  # the attempt being answered
        self.index = 0
        self.flagged: set[int] = set()  # questions flagged for review in this attempt
        self.option_buttons: list[QAbstractButton] = []
        self.extra_widgets: list[QWidget] = []
        self.match_boxes: list[QComboBox] = []
        self.text_edit: QLineEdit | None = None
        self.group: QButtonGroup | None = None
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(600)
        self.text_timer.timeout.connect(self._flush_text)
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)

        self.title = title_label("")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("quizProgress")
        self.progress_bar = name_widget(QProgressBar(), "quizProgressBar", self.tr("Quiz progress"))
        self.progress_bar.setTextVisible(False)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("quizTimer")
        self.timer_label.setStyleSheet("font-weight: 600;")
        self.notice = QLabel()
        self.notice.setObjectName("quizNotice")
        self.notice.setWordWrap(True)
        self.question_label = QLabel()
        self.question_label.setObjectName("quizQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)  # imported text may hold "<b>"
        self.question_label.setStyleSheet("font-size: 13.5pt; font-weight: 600;")
        self.context_label = QLabel()
        self.context_label.setObjectName("quizContext")
        self.context_label.setWordWrap(True)
        self.context_label.setTextFormat(Qt.TextFormat.RichText)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("quizHint")
        self.hint_label.setStyleSheet("color: #4b5563;")
        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(0, 0, 0, 0)

        self.prev_button = button(self.tr("Previous"), "quizPrev")
        self.flag_button = button(self.tr("⚑ Flag for review"), "quizFlag")
        self.flag_button.setCheckable(True)
        self.next_button = button(self.tr("Next"), "quizNext", primary=True)
        self.submit_button = button(self.tr("Finish attempt…"), "quizSubmit")
        self.submit_button.setToolTip(self.tr("See what is answered and flagged, then submit"))
        self.buttons = [self.prev_button, self.flag_button, self.submit_button, self.next_button]
        for widget in self.buttons:
            widget.setAutoDefault(True)  # Enter on a focused button presses that button
        self.prev_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.flag_button.toggled.connect(self._flag_toggled)
        self.next_button.clicked.connect(self.next_or_submit)
        self.submit_button.clicked.connect(self.show_summary)
        self.summary = QuizSummary()
        self.summary.jump.connect(self.go_to)
        self.summary.back.connect(lambda: self.go_to(self.index))
        self.summary.submit.connect(self.submit)

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)

        page = QWidget()
        page.setMaximumWidth(860)
        body = QVBoxLayout(page)
        body.addWidget(self.question_label)
        body.addWidget(self.context_label)
        body.addWidget(self.hint_label)
        body.addWidget(self.options_box)
        body.addStretch(1)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes option to option
        self.page_scroll.setWidget(page)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.timer_label)
        status = QHBoxLayout()
        status.addWidget(self.progress_label)
        status.addWidget(self.progress_bar, 1)
        keys = QLabel(self.tr("Keys: 1-9 choose, Enter next"))
        keys.setStyleSheet("color: #6b7280;")
        buttons = QHBoxLayout()
        for item in (self.prev_button, self.flag_button, None, keys, *self.buttons[2:]):
            if item is None:
                buttons.addStretch(1)
            else:
                buttons.addWidget(item)
        self.question_page = QWidget()
        question = QVBoxLayout(self.question_page)
        question.setContentsMargins(0, 0, 0, 0)
        question.addWidget(self.page_scroll, 1)
        question.addLayout(buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.question_page)
        self.pages.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(header)
        layout.addLayout(status)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)

    # -- set-up ------------------------------------------------------------------------
    def show_for(self, records: Session) -> None:
        """Score and record the attempts started from now on through ``records``."""
        self.records = records
        self.clock = records.now  # the countdown runs on the records' clock

    def refresh(self) -> None:
        """Nothing to reload: the attempt shown is saved answer by answer."""

    @property
    def in_attempt(self) -> bool:
        return self.session is not None

    def leave(self) -> None:
        """Stop the clock and put the attempt aside (it resumes when started again)."""
        self.ticker.stop()
        self.session = None

    def start(self, session: QuizSession) -> None:
        self.session = session
        self.flagged = set()
        self.title.setText(session.quiz.title)
        self.progress_bar.setRange(0, len(session.presented))
        self.notice.setText(
            self.tr("Welcome back: your answers so far were kept.") if session.resumed else ""
        )
        self.notice.setVisible(session.resumed)
        self.go_to(session.first_unanswered() if session.resumed else 0)
        if session.quiz.time_limit:
            self.ticker.start()
            self._tick()
        else:
            self.ticker.stop()
            self.timer_label.clear()

    def go_to(self, index: int) -> None:
        """Show the question at ``index`` with the answer given so far."""
        session = self.session
        if session is None or not 0 <= index < len(session.presented):
            return
        self.pages.setCurrentWidget(self.question_page)
        self.index = index
        question = session.presented[index].question
        total = len(session.presented)
        self.progress_label.setText(
            self.tr("Question {n} of {total}").format(n=index + 1, total=total)
        )
        self._show_progress()
        self.flag_button.setChecked(index in self.flagged)
        self.question_label.setText(question.text)
        if question.context:
            root = session.quiz.path.parent.parent
            self.context_label.setText(
                render_markdown(question.context, session.quiz.path.parent, root / "assets")
            )
        self.context_label.setVisible(bool(question.context))
        self.hint_label.setText(hint_for(question.kind))
        self._build_answer(index)
        self.prev_button.setEnabled(index > 0)
        last = index == total - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        for widget in (*self.option_buttons, *self.extra_widgets):
            widget.show()  # now, not when the layout gets to it: a hidden widget takes no focus
        checked = [b for b in self.option_buttons if b.isChecked()]
        first: list[QWidget] = [*checked, *self.option_buttons, *self.match_boxes]
        focus = self.text_edit or (first[0] if first else self.next_button)
        focus.setFocus()

    def _build_answer(self, index: int) -> None:
        """Replace the answer widgets with those of the question at ``index``."""
        assert self.session is not None
        self._clear_answer_widgets()
        shown = self.session.presented[index]
        kind = shown.question.kind
        if kind.is_choice:
            self.group = QButtonGroup(self)
            selected = self.session.selected_positions(index)
            multiple = kind is QuestionKind.MULTIPLE
            self.option_buttons = option_buttons(shown.options, multiple, selected, self.group)
            for option in self.option_buttons:
                self.options_layout.addWidget(option)
                option.toggled.connect(self._answer_changed)
        elif kind is QuestionKind.MATCHING:
            picks = self.session.match_positions(index)
            grid, self.match_boxes = matching_grid(
                shown.question, shown.options, picks, self._match_changed
            )
            self.options_layout.addWidget(grid)
            self.extra_widgets.append(grid)
        else:
            numeric = kind is QuestionKind.NUMERICAL
            edit = text_answer(numeric, self.session.text_answer(index), self.text_timer.start)
            edit.editingFinished.connect(self._flush_text)
            self.options_layout.addWidget(edit)
            self.extra_widgets.append(edit)
            self.text_edit = edit
        # new widgets join the end of the focus chain: put them before the buttons, in order
        answers: list[QWidget] = [*self.option_buttons, *self.match_boxes]
        chain = [*answers, *([self.text_edit] if self.text_edit else []), *self.buttons]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _clear_answer_widgets(self) -> None:
        self._flush_text()
        widgets: list[QWidget] = [*self.option_buttons, *self.extra_widgets]
        for widget in widgets:
            self.options_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        if self.group is not None:
            self.group.deleteLater()
            self.group = None
        self.option_buttons, self.extra_widgets, self.match_boxes = [], [], []
        self.text_edit = None

    # -- answering ---------------------------------------------------------------------
    def _record(self, answer: Callable[[QuizSession], None]) -> None:
        """Give an answer through the attempt; after the time limit it closes instead."""
        session = self.session
        if session is None:
            return
        try:
            answer(session)
        except TimeLimitPassed:  # the Session closed it with the answers given in time
            self._closed(session)
            return
        self._show_progress()

    def _show_progress(self) -> None:
        if self.session is not None:
            total = len(self.session.presented)
            self.progress_bar.setValue(total - len(self.session.unanswered()))

    def _flush_text(self) -> None:
        """Save a typed answer now (typing saves after a short pause)."""
        self.text_timer.stop()
        edit, index = self.text_edit, self.index
        if edit is not None:
            self._record(lambda session: session.answer_text(index, edit.text()))

    def _match_changed(self) -> None:
        picks, index = [box.currentData() for box in self.match_boxes], self.index
        self._record(lambda session: session.answer_match(index, picks))

    def _answer_changed(self, *_args: object) -> None:
        chosen = {i for i, b in enumerate(self.option_buttons) if b.isChecked()}
        index = self.index
        self._record(lambda session: session.answer(index, chosen))

    def _flag_toggled(self, flagged: bool) -> None:
        if flagged:
            self.flagged.add(self.index)
        else:
            self.flagged.discard(self.index)

    def choose(self, position: int) -> None:
        """Select (single choice) or toggle (multiple choice) the option at ``position``."""
        if not 0 <= position < len(self.option_buttons):
            return
        option = self.option_buttons[position]
        if isinstance(option, OptionCheck):
            option.setChecked(not option.isChecked())
        else:
            option.setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.pages.currentWidget() is not self.question_page:
            super().keyPressEvent(event)  # the summary's list and buttons take their keys
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.choose(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_or_submit()
        else:
            super().keyPressEvent(event)

    def next_or_submit(self) -> None:
        """The next question; after the last one, the summary."""
        if self.session is None:
            return
        self._flush_text()
        if self.session is not None and self.index < len(self.session.presented) - 1:
            self.go_to(self.index + 1)
        else:
            self.show_summary()

    def show_summary(self) -> None:
        """The attempt summary: answered, unanswered and flagged, and Submit."""
        self._flush_text()
        if self.session is None:
            return
        self.summary.show_attempt(self.session, self.flagged)
        self.pages.setCurrentWidget(self.summary)
        self.summary.submit_button.setFocus()

    def submit(self, timed_out: bool = False) -> None:
        self._flush_text()
        session = self.session
        if session is None:
            return
        missing = session.unanswered()
        if missing and not timed_out:
            numbers = ", ".join(str(i + 1) for i in missing[:10])
            if not dialogs.ask_yes_no(
                self,
                self.tr("Submit with unanswered questions?"),
                self.tr(
                    "{count} question(s) have no answer yet ({numbers}). Unanswered questions "
                    "score zero. Submit anyway?"
                ).format(count=len(missing), numbers=numbers),
            ):
                self.go_to(missing[0])
                return
        self.ticker.stop()
        if self.records is None:  # not shown for anyone: nothing to record through
            return
        try:
            self.records.submit(session, timed_out)
        except TimeLimitPassed:
            pass  # closed with the answers given in time: its results say so
        except AccessDenied as exc:
            dialogs.show_error(self, self.tr("Cannot submit this attempt"), error_text(exc))
        self._closed(session)

    def _closed(self, session: QuizSession) -> None:
        """The attempt ended (submitted or out of time): show its results."""
        self.ticker.stop()
        self.session = None
        self.finished.emit(session.attempt.id)

    def _tick(self) -> None:
        if self.session is None:
            self.ticker.stop()
            return
        left = self.session.seconds_left(self.clock())
        if left is None:
            return
        self.timer_label.setText(self.tr("Time left {m}:{s:02d}").format(m=left // 60, s=left % 60))
        self.timer_label.setStyleSheet(
            "font-weight: 600; color: %s;" % ("#c5221f" if left < 60 else "#111827")
        )
        if left <= 0:
            self.submit(timed_out=True)
