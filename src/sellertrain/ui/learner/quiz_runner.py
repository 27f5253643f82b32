"""The quiz runner: one question per page, keyboard operable, answers saved as they are given.

Closing the app mid-quiz loses nothing: every answer is stored at once, and the attempt
resumes at the next sign-in (the time limit keeps running meanwhile).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.content.render import render_markdown
from sellertrain.core.models import Question, QuestionKind
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.training.attempts import QuizSession
from sellertrain.ui import dialogs
from sellertrain.ui.learner.option_button import OptionCheck, OptionRadio
from sellertrain.ui.widgets import button, name_widget, title_label


class QuizScreen(QWidget):
    finished = Signal(str)  # attempt id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the signed-in employee's records: the attempt is scored and recorded through them
        # (which also restores re-checked lessons and issues certificates)
        self.records: Session | None = None
        self.session: QuizSession | None = None  # the attempt being answered
        self.index = 0
        self.option_buttons: list[QAbstractButton] = []
        self.extra_widgets: list[QWidget] = []
        self.match_boxes: list[QComboBox] = []
        self.text_edit: QLineEdit | None = None
        self.group: QButtonGroup | None = None
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(600)
        self.text_timer.timeout.connect(self._flush_text)
        self.clock = lambda: dt.datetime.now(dt.UTC)

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
        self.next_button = button(self.tr("Next"), "quizNext", primary=True)
        self.submit_button = button(self.tr("Submit answers"), "quizSubmit")
        self.prev_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.next_button.clicked.connect(self.next_or_submit)
        self.submit_button.clicked.connect(self.submit)

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
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.timer_label)
        status = QHBoxLayout()
        status.addWidget(self.progress_label)
        status.addWidget(self.progress_bar, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_button)
        buttons.addStretch(1)
        keys = QLabel(self.tr("Keys: 1-9 choose, Enter next"))
        keys.setStyleSheet("color: #6b7280;")
        buttons.addWidget(keys)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(header)
        layout.addLayout(status)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # -- set-up ------------------------------------------------------------------------
    def show_for(self, records: Session) -> None:
        """Score and record the attempts started from now on through ``records``."""
        self.records = records

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
        self.index = index
        presented = session.presented[index]
        question = presented.question
        total = len(session.presented)
        self.progress_label.setText(
            self.tr("Question {n} of {total}").format(n=index + 1, total=total)
        )
        self.progress_bar.setValue(total - len(session.unanswered()))
        self.question_label.setText(question.text)
        if question.context:
            root = session.quiz.path.parent.parent
            self.context_label.setText(
                render_markdown(question.context, session.quiz.path.parent, root / "assets")
            )
        self.context_label.setVisible(bool(question.context))
        kind = question.kind
        multiple = kind is QuestionKind.MULTIPLE
        hints = {
            QuestionKind.MULTIPLE: self.tr("Select all that apply."),
            QuestionKind.SHORT_ANSWER: self.tr("Type your answer."),
            QuestionKind.NUMERICAL: self.tr("Type a number."),
            QuestionKind.MATCHING: self.tr("Choose the matching answer for each item."),
        }
        self.hint_label.setText(hints.get(kind, self.tr("Choose one answer.")))
        self._clear_answer_widgets()
        if kind.is_choice:
            self._build_options(presented.options, multiple, session.selected_positions(index))
        elif kind is QuestionKind.MATCHING:
            self._build_matching(question, presented.options, session.match_positions(index))
        else:
            self._build_text(kind is QuestionKind.NUMERICAL, session.text_answer(index))
        self.prev_button.setEnabled(index > 0)
        last = index == total - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        if self.option_buttons:
            self.option_buttons[0].setFocus()
        elif self.text_edit is not None:
            self.text_edit.setFocus()
        elif self.match_boxes:
            self.match_boxes[0].setFocus()

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

    def _build_text(self, numeric: bool, text: str) -> None:
        edit = QLineEdit(text)
        edit.setObjectName("quizTextAnswer")
        edit.setAccessibleName(self.tr("Your answer"))
        edit.setPlaceholderText(self.tr("e.g. 48") if numeric else self.tr("Your answer"))
        edit.setMaximumWidth(520)
        edit.textEdited.connect(lambda _text: self.text_timer.start())
        edit.editingFinished.connect(self._flush_text)
        self.options_layout.addWidget(edit)
        self.extra_widgets.append(edit)
        self.text_edit = edit

    def _flush_text(self) -> None:
        """Save a typed answer now (typing saves after a short pause)."""
        self.text_timer.stop()
        if self.session is not None and self.text_edit is not None:
            self.session.answer_text(self.index, self.text_edit.text())
            total = len(self.session.presented)
            self.progress_bar.setValue(total - len(self.session.unanswered()))

    def _build_matching(
        self, question: Question, choices: list[str], picks: list[int | None]
    ) -> None:
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (pair, picked) in enumerate(zip(question.pairs, picks, strict=True)):
            label = QLabel(pair.left)
            label.setWordWrap(True)
            box = QComboBox()
            box.setObjectName(f"quizMatch{row}")
            box.setAccessibleName(pair.left)
            box.addItem(self.tr("— choose —"), None)
            for position, text in enumerate(choices):
                box.addItem(text, position)
            box.setCurrentIndex(0 if picked is None else picked + 1)
            box.currentIndexChanged.connect(self._match_changed)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            self.match_boxes.append(box)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.options_layout.addWidget(grid_box)
        self.extra_widgets.append(grid_box)

    def _match_changed(self, *_args: object) -> None:
        if self.session is None:
            return
        self.session.answer_match(self.index, [box.currentData() for box in self.match_boxes])
        total = len(self.session.presented)
        self.progress_bar.setValue(total - len(self.session.unanswered()))

    def _build_options(self, texts: list[str], multiple: bool, selected: set[int]) -> None:
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        for position, text in enumerate(texts):
            label = f"&{position + 1}  {text}" if position < 9 else text
            option = OptionCheck(label) if multiple else OptionRadio(label)
            option.setObjectName(f"quizOption{position}")
            option.setAccessibleName(text)
            option.setChecked(position in selected)
            self.group.addButton(option, position)
            self.options_layout.addWidget(option)
            self.option_buttons.append(option)
        self.group.buttonToggled.connect(self._answer_changed)

    # -- answering ---------------------------------------------------------------------
    def _answer_changed(self, *_args: object) -> None:
        if self.session is None:
            return
        chosen = {i for i, b in enumerate(self.option_buttons) if b.isChecked()}
        self.session.answer(self.index, chosen)
        total = len(self.session.presented)
        self.progress_bar.setValue(total - len(self.session.unanswered()))

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
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.choose(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_or_submit()
        else:
            super().keyPressEvent(event)

    def next_or_submit(self) -> None:
        if self.session is None:
            return
        self._flush_text()
        if self.index < len(self.session.presented) - 1:
            self.go_to(self.index + 1)
        else:
            self.submit()

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
        except AccessDenied as exc:
            dialogs.show_error(self, self.tr("Cannot submit this attempt"), str(exc))
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
