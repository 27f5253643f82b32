"""The answer widgets of one question in the quiz runner: options, a typed answer, a matching grid."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sellertrain.core.models import Question, QuestionKind
from sellertrain.ui.learner.option_button import OptionCheck, OptionRadio


def hint_for(kind: QuestionKind) -> str:
    """What to do with a question of ``kind``, shown under it."""
    hints = {
        QuestionKind.MULTIPLE: QCoreApplication.translate("QuizScreen", "Select all that apply."),
        QuestionKind.SHORT_ANSWER: QCoreApplication.translate("QuizScreen", "Type your answer."),
        QuestionKind.NUMERICAL: QCoreApplication.translate("QuizScreen", "Type a number."),
        QuestionKind.MATCHING: QCoreApplication.translate(
            "QuizScreen", "Choose the matching answer for each item."
        ),
    }
    return hints.get(kind, QCoreApplication.translate("QuizScreen", "Choose one answer."))


def option_buttons(
    texts: list[str], multiple: bool, selected: set[int], group: QButtonGroup
) -> list[QAbstractButton]:
    """One wrapping radio button per option, in ``group``; for ``multiple``, check boxes.

    The check boxes stay out of the group: in a group Qt gives Tab focus to one button only,
    so Tab could not reach every option of "select all that apply" (arrows still can).
    """
    made: list[QAbstractButton] = []
    for position, text in enumerate(texts):
        label = f"&{position + 1}  {text}" if position < 9 else text
        option = OptionCheck(label) if multiple else OptionRadio(label)
        option.setObjectName(f"quizOption{position}")
        option.setAccessibleName(text)
        option.setChecked(position in selected)
        if not multiple:
            group.addButton(option, position)
        made.append(option)
    return made


def text_answer(numeric: bool, text: str, edited: Callable[[], None]) -> QLineEdit:
    """A one-line typed answer; ``edited`` is called as the learner types."""
    edit = QLineEdit(text)
    edit.setObjectName("quizTextAnswer")
    edit.setAccessibleName(QCoreApplication.translate("QuizScreen", "Your answer"))
    edit.setPlaceholderText(
        QCoreApplication.translate("QuizScreen", "e.g. 48")
        if numeric
        else QCoreApplication.translate("QuizScreen", "Your answer")
    )
    edit.setMaximumWidth(520)
    edit.textEdited.connect(lambda _text: edited())
    return edit


def matching_grid(
    question: Question, choices: list[str], picks: list[int | None], changed: Callable[[], None]
) -> tuple[QWidget, list[QComboBox]]:
    """A row per pair: its left side and a box of the answers shown (None: not picked)."""
    grid_box = QWidget()
    grid = QGridLayout(grid_box)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes = []
    for row, (pair, picked) in enumerate(zip(question.pairs, picks, strict=True)):
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # imported text may hold markup
        label.setText(pair.left)
        label.setWordWrap(True)
        box = QComboBox()
        box.setObjectName(f"quizMatch{row}")
        box.setAccessibleName(pair.left)
        box.addItem(QCoreApplication.translate("QuizScreen", "— choose —"), None)
        for position, text in enumerate(choices):
            box.addItem(text, position)
        box.setCurrentIndex(0 if picked is None else picked + 1)
        box.currentIndexChanged.connect(lambda _index: changed())
        grid.addWidget(label, row, 0)
        grid.addWidget(box, row, 1)
        boxes.append(box)
    grid.setColumnStretch(0, 2)
    grid.setColumnStretch(1, 3)
    return grid_box, boxes
