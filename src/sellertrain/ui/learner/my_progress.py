"""My progress: the employee's own lessons and quiz attempts, with a way into each review."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.models import AttemptKind
from sellertrain.core.session import Session
from sellertrain.core.timestamps import local_time
from sellertrain.core.training.question_sets import set_title
from sellertrain.ui import translations
from sellertrain.ui.status_text import lesson_status_text
from sellertrain.ui.team.certificate_list import CertificateList
from sellertrain.ui.widgets import format_duration, readonly_table, title_label


class MyProgressScreen(QWidget):
    open_attempt = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.title = title_label(self.tr("My progress"))
        self.summary = QLabel()
        self.summary.setObjectName("screenSubtitle")
        self.lessons = readonly_table(
            "progressLessons",
            self.tr("My lessons"),
            [
                self.tr("Lesson"),
                self.tr("Status"),
                self.tr("Time read"),
                self.tr("Best quiz score"),
            ],
        )
        self.attempts = readonly_table(
            "progressAttempts",
            self.tr("My quiz attempts"),
            [self.tr("Quiz"), self.tr("Finished"), self.tr("Score"), self.tr("Result")],
        )
        self.attempts.itemActivated.connect(self._activated)
        self.certificates = CertificateList("progressCertificates", self.tr("My certificates"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Lessons")))
        layout.addWidget(self.lessons, 3)
        layout.addWidget(QLabel(self.tr("Quiz attempts (double-click to review)")))
        layout.addWidget(self.attempts, 2)
        layout.addWidget(QLabel(self.tr("Certificates")))
        layout.addWidget(self.certificates, 1)

    def show_for(self, session: Session) -> None:
        """Show the signed-in employee's own lessons, attempts and certificates."""
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Reload from the session last shown for."""
        session = self.session
        if session is None:
            return
        course = session.course
        progress = session.progress()
        self.certificates.show_certificates(
            session.certificates(), session.now(), course.settings.title
        )
        total_seconds = sum(s.seconds for s in progress.states)
        attempts = session.attempts()
        finished = [a for a in attempts if a.finished]
        self.summary.setText(
            self.tr(
                "{percent}% of required training done · {time} reading · {n} quiz attempts"
            ).format(percent=progress.percent, time=format_duration(total_seconds), n=len(finished))
        )
        self.lessons.setRowCount(len(progress.states))
        for row, state in enumerate(progress.states):
            best = f"{state.best_score:.0f}%" if state.best_score is not None else "–"
            cells = [
                state.lesson.title,
                lesson_status_text(state.status),
                format_duration(state.seconds),
                best,
            ]
            for column, text in enumerate(cells):
                self.lessons.setItem(row, column, QTableWidgetItem(text))
        self.attempts.setRowCount(len(finished))
        for row, attempt in enumerate(finished):
            quiz = course.quizzes.get(attempt.quiz_id)
            when = local_time(attempt.finished_at)
            result = self.tr("Passed") if attempt.passed else self.tr("Not passed")
            title = quiz.title if quiz else attempt.quiz_id
            if (
                attempt.kind != AttemptKind.QUIZ
            ):  # a re-check or review: questions of several quizzes
                title = translations.localized(set_title(course, attempt.kind, attempt.quiz_id))
            if attempt.kind == AttemptKind.REVIEW:
                result = self.tr("Reviewed")  # a review has no pass mark
            cells = [title, when, f"{attempt.score:.0f}%", result]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, attempt.id)
                self.attempts.setItem(row, column, item)
        for table in (self.lessons, self.attempts):
            for column in range(1, table.columnCount()):
                table.resizeColumnToContents(column)

    def _activated(self, item: QTableWidgetItem) -> None:
        self.open_attempt.emit(item.data(Qt.ItemDataRole.UserRole))
