"""What changed since you read it: the changed sections of a lesson, words highlighted,
then a short re-check on those sections (or, with no questions on them, a confirmation)."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from sellertrain.core.content.word_diff import DELETED_STYLE, INSERTED_STYLE, diff_html
from sellertrain.core.session import Session
from sellertrain.core.timestamps import local_date
from sellertrain.core.training.retraining import LessonChange
from sellertrain.ui.widgets import button, name_widget, title_label


class WhatChangedScreen(QWidget):
    start_recheck = Signal(str)  # lesson id
    confirm_read = Signal(str)  # lesson id: read the changes, no questions to answer
    open_lesson = Signal(str)  # "lesson-id#anchor"
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change: LessonChange | None = None
        self.title = title_label("")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("screenSubtitle")
        self.subtitle.setWordWrap(True)
        self.view = name_widget(
            QTextBrowser(), "changesView", self.tr("The changed sections, words highlighted")
        )
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._link)
        self.back_button = button(self.tr("Back to the course"), "changesBackButton")
        self.back_button.clicked.connect(self.back)
        self.lesson_button = button(self.tr("Open the whole lesson"), "changesLessonButton")
        self.lesson_button.clicked.connect(self._open_lesson)
        self.recheck_button = button("", "recheckButton", primary=True)
        self.recheck_button.clicked.connect(self._act)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.lesson_button)
        buttons.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def show_for(self, session: Session, lesson_id: str) -> bool:
        """Show what changed in a lesson since the signed-in employee completed it; False,
        showing nothing, when it has not changed since."""
        changes = session.lesson_changes()
        change = next((c for c in changes if c.lesson.id == lesson_id), None)
        if change is None:
            return False
        self.show_change(change)
        return True

    def show_change(self, change: LessonChange) -> None:
        self.change = change
        self.title.setText(self.tr("What changed in “{title}”").format(title=change.lesson.title))
        count = len(change.sections)
        self.subtitle.setText(
            self.tr(
                "You completed this lesson on {read}. The rules changed on {changed}: "
                "{count} section(s) below. Removed words are struck through in red, new "
                "words are in green."
            ).format(
                read=local_date(change.read_at),
                changed=local_date(change.published_at),
                count=count,
            )
        )
        self.view.setHtml(self._html(change))
        questions = len(change.question_keys)
        if questions == 1:
            self.recheck_button.setText(self.tr("Take the re-check (1 question)"))
        elif questions:
            self.recheck_button.setText(
                self.tr("Take the re-check ({n} questions)").format(n=questions)
            )
        else:
            self.recheck_button.setText(self.tr("I have read the changes"))

    def _html(self, change: LessonChange) -> str:
        parts = [
            "<p>"
            + self.tr("Key:")
            + f' <span style="{DELETED_STYLE}">'
            + html.escape(self.tr("removed"))
            + f'</span> <span style="{INSERTED_STYLE}">'
            + html.escape(self.tr("added"))
            + "</span></p>"
        ]
        for section in change.sections:
            link = f"lesson:{change.lesson.id}#{section.anchor}"
            parts.append(f"<h3>{html.escape(section.title)}</h3>")
            if not section.new_text:
                parts.append(
                    "<p><i>" + html.escape(self.tr("This section was removed.")) + "</i></p>"
                )
            elif section.old_text is None:
                parts.append(
                    "<p><i>"
                    + html.escape(self.tr("New section (or its earlier words were not recorded)."))
                    + "</i></p>"
                )
            parts.append(f"<p>{diff_html(section.old_text, section.new_text)}</p>")
            if section.new_text:
                parts.append(
                    f'<p><a href="{html.escape(link)}">'
                    + html.escape(self.tr("Read this section in the lesson"))
                    + "</a></p>"
                )
            parts.append("<hr>")
        return "".join(parts)

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("lesson:"):
            self.open_lesson.emit(target.removeprefix("lesson:"))

    def _open_lesson(self) -> None:
        if self.change is not None:
            self.open_lesson.emit(self.change.lesson.id)

    def _act(self) -> None:
        if self.change is None:
            return
        if self.change.question_keys:
            self.start_recheck.emit(self.change.lesson.id)
        else:
            self.confirm_read.emit(self.change.lesson.id)
