"""Everything one employee did: lesson by lesson, attempt by attempt, with each attempt's answers."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.models import AccessRole, AttemptKind, AttemptStatus
from sellertrain.core.reports.record_export import write_record
from sellertrain.core.session import AccessDenied, EmployeeDetail, Session, StoreError
from sellertrain.core.timestamps import local_time
from sellertrain.core.training.progress import LessonState
from sellertrain.core.training.question_sets import set_title
from sellertrain.ui import dialogs, translations
from sellertrain.ui.grid_export import export_button
from sellertrain.ui.learner.review_html import review_html
from sellertrain.ui.status_text import lesson_status_text, role_text, verdict_text
from sellertrain.ui.style import LESSON_STYLE_SHEET
from sellertrain.ui.team.certificate_list import CertificateList
from sellertrain.ui.team.employee_dialog import EditEmployeeDialog
from sellertrain.ui.team.recheck_counts import RecheckCounts
from sellertrain.ui.translations import error_text
from sellertrain.ui.widgets import button, format_duration, name_widget, readonly_table, title_label


class EmployeeDetailScreen(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._employee_id: str | None = None
        self.detail: EmployeeDetail | None = None
        self.title = title_label("")
        self.summary = QLabel()
        self.summary.setObjectName("detailSummary")
        self.summary.setWordWrap(True)
        self.back_button = button(self.tr("← Team"), "detailBack")
        self.back_button.clicked.connect(self.back)
        self.reset_password_button = button(self.tr("Reset password…"), "detailResetPassword")
        self.reset_password_button.setToolTip(
            self.tr(
                "Give this employee a one-time password when they forgot theirs (your own "
                "you change by typing it; a manager's is reset by a company manager)"
            )
        )
        self.reset_password_button.clicked.connect(self.reset_password)
        self.clear_wait_button = button(self.tr("Let them sign in now"), "detailClearWait")
        self.clear_wait_button.setToolTip(
            self.tr(
                "After several wrong passwords in a row each try on this computer waits (up "
                "to a minute); let this employee try again at once. The audit log records it."
            )
        )
        self.clear_wait_button.clicked.connect(self.clear_sign_in_wait)
        self.export_record_button = button(self.tr("Export record…"), "detailExportRecord")
        self.export_record_button.setToolTip(
            self.tr(
                "Save every attempt, answer and lesson completion of this employee as a JSON "
                "file, with the chain head that later shows whether records were deleted"
            )
        )
        self.export_record_button.clicked.connect(self.export_record)
        self.edit_button = button(self.tr("Edit…"), "detailEdit")
        self.edit_button.setToolTip(
            self.tr(
                "Department, start date (training assigned before it is due as many days "
                "after it as everyone else had), role and the departments a manager manages"
            )
        )
        self.edit_button.clicked.connect(self.edit_employee)
        self.lessons = readonly_table(
            "detailLessons",
            self.tr("Lessons of this employee"),
            [
                self.tr("Lesson"),
                self.tr("Status"),
                self.tr("Required"),
                self.tr("Time read"),
                self.tr("Best score"),
            ],
            single_selection=True,
        )
        self.attempts = readonly_table(
            "detailAttempts",
            self.tr("Quiz attempts of this employee"),
            [
                self.tr("Quiz"),
                self.tr("Started"),
                self.tr("Finished"),
                self.tr("Score"),
                self.tr("Result"),
            ],
            single_selection=True,
        )
        self.attempts.itemSelectionChanged.connect(self._show_selected_attempt)
        self.answers = name_widget(
            QTextBrowser(), "detailAnswers", self.tr("Answers of the attempt")
        )
        self.answers.document().setDefaultStyleSheet(LESSON_STYLE_SHEET)
        self.answers.setOpenLinks(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for title, table, name, what in (
            (self.tr("Lessons"), self.lessons, "detailLessons", self.tr("Export the lessons")),
            (
                self.tr("Quiz attempts (select one to see its answers)"),
                self.attempts,
                "detailAttempts",
                self.tr("Export the attempts"),
            ),
        ):
            row = QHBoxLayout()
            row.addWidget(QLabel(title), 1)
            row.addWidget(export_button(self, table, name, what))
            left_layout.addLayout(row)
            left_layout.addWidget(table, 3 if table is self.lessons else 2)
        self.certificates = CertificateList("detailCertificates", self.tr("Certificates"))
        left_layout.addWidget(QLabel(self.tr("Certificates")))
        left_layout.addWidget(self.certificates, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.answers)
        splitter.setSizes([620, 480])
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.export_record_button)
        head.addWidget(self.clear_wait_button)
        head.addWidget(self.reset_password_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        self.rechecks = RecheckCounts()
        layout.addWidget(self.rechecks)
        layout.addWidget(splitter, 1)

    def show_for(self, session: Session, employee_id: str | None = None) -> None:
        """Show everything ``employee_id`` did (by default: the signed-in employee)."""
        self.session = session
        self._employee_id = employee_id or session.employee.id
        self.refresh()

    def refresh(self) -> None:
        """Reload the employee shown from the session last shown for."""
        session, employee_id = self.session, self._employee_id
        if session is None or employee_id is None:
            return
        self.detail = detail = session.employee_detail(employee_id)
        employee, summary = detail.employee, detail.summary
        self.title.setText(employee.name)
        may_reset = session.may_reset_password(employee)
        self.reset_password_button.setVisible(may_reset)
        self.clear_wait_button.setVisible(may_reset and session.sign_in_wait(employee.id)[0] > 0)
        self.edit_button.setVisible(session.is_manager)
        course = session.course
        overdue = ", ".join(course.lessons[i].title for i in summary.overdue if i in course.lessons)
        parts = [
            self.tr("{department} · {role} · joined {joined} · status: {status}").format(
                department=employee.department or self.tr("no department"),
                role=role_text(employee.role),
                joined=employee.joined,
                status=verdict_text(summary.status),
            ),
            self.tr("{done} of {total} required lessons done").format(
                done=summary.required_done, total=summary.required
            ),
        ]
        if overdue:
            parts.append(self.tr("overdue: {titles}").format(titles=overdue))
        if summary.next_due:
            parts.append(self.tr("next due {date}").format(date=summary.next_due))
        self.summary.setText(" · ".join(parts))
        self.rechecks.show_summary(session.recheck_summary(employee_id))
        states = detail.progress.states
        self.lessons.setRowCount(len(states))
        for row, state in enumerate(states):
            best = f"{state.best_score:.0f}%" if state.best_score is not None else "–"
            cells = [
                state.lesson.title,
                lesson_status_text(state.status),
                self._required_text(state),
                format_duration(state.seconds),
                best,
            ]
            for column, text in enumerate(cells):
                self.lessons.setItem(row, column, QTableWidgetItem(text))
        self.attempts.setRowCount(len(detail.attempts))
        for row, attempt in enumerate(detail.attempts):
            quiz = course.quizzes.get(attempt.quiz_id)
            if attempt.finished:
                result = {
                    "submitted": self.tr("Passed") if attempt.passed else self.tr("Not passed"),
                    "timed_out": self.tr("Time ran out"),
                    "abandoned": self.tr("Abandoned"),
                }.get(attempt.status or "", attempt.status)
                if attempt.kind == AttemptKind.REVIEW and attempt.status == AttemptStatus.SUBMITTED:
                    result = self.tr("Reviewed")  # a review has no pass mark
                score = f"{attempt.score:.0f}%"
            else:
                result, score = self.tr("In progress"), "–"
            title = quiz.title if quiz else attempt.quiz_id
            if (
                attempt.kind != AttemptKind.QUIZ
            ):  # a re-check or review: questions of several quizzes
                title = translations.localized(set_title(course, attempt.kind, attempt.quiz_id))
            cells = [
                title,
                local_time(attempt.started_at),
                local_time(attempt.finished_at),
                score,
                result or "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, attempt.id)
                self.attempts.setItem(row, column, item)
        for table in (self.lessons, self.attempts):
            for column in range(1, table.columnCount()):
                table.resizeColumnToContents(column)
        self.answers.setHtml(
            "<p>" + self.tr("Select an attempt to see every answer given.") + "</p>"
        )
        if detail.attempts:
            self.attempts.selectRow(0)
        certificates = session.certificates(employee_id)
        self.certificates.show_certificates(certificates, session.now(), course.settings.title)

    def _required_text(self, state: LessonState) -> str:
        if state.due is not None:
            return self.tr("Due {date}").format(date=state.due.isoformat())
        return self.tr("Required") if state.required else ""

    def edit_employee(self) -> None:
        """Ask for the employee's department, start date, role and departments managed, and
        make each change through the session (which refuses what this manager may not)."""
        session, detail = self.session, self.detail
        if session is None or detail is None:
            return
        employee = detail.employee
        company = session.departments_managed is None
        changes = EditEmployeeDialog.ask(self, employee, session.departments(), company)
        if changes is None:
            return
        try:
            if changes.department != employee.department:
                session.set_department(employee.id, changes.department)
            if changes.joined.isoformat() != employee.joined:
                session.set_joined(employee.id, changes.joined)
            if changes.role is not employee.role:
                session.set_role(employee.id, changes.role)
            if (
                company
                and changes.role is AccessRole.MANAGER
                and changes.manages != employee.manages
            ):
                session.set_manages(employee.id, list(changes.manages))
        except (AccessDenied, StoreError) as exc:
            dialogs.show_error(self, self.tr("Not changed"), error_text(exc))
        self.refresh()

    def reset_password(self) -> None:
        """Ask for a new password and set it (managers only; the core refuses anyone else)."""
        if self.session is None or self.detail is None:
            return
        employee = self.detail.employee
        password = dialogs.ask_new_password(self, employee.name)
        if password is None:
            return
        try:
            self.session.reset_password(employee.id, password)
        except (AccessDenied, StoreError) as exc:
            dialogs.show_error(
                self,
                self.tr("Password not changed"),
                self.tr("The password of {name} was not changed: {error}.").format(
                    name=employee.name, error=exc
                ),
            )
            return
        dialogs.show_info(
            self,
            self.tr("Password changed"),
            self.tr(
                "{name} signs in with the new password from now on. Tell them in person; "
                "the change is in the audit log."
            ).format(name=employee.name),
        )

    def clear_sign_in_wait(self) -> None:
        """Let the employee shown try to sign in again at once (the core checks the role)."""
        if self.session is None or self.detail is None:
            return
        try:
            self.session.clear_sign_in_wait(self.detail.employee.id)
        except (AccessDenied, StoreError) as exc:
            dialogs.show_error(self, self.tr("Not changed"), error_text(exc))
        self.refresh()

    def export_record(self) -> Path | None:
        """Save the employee's whole record and chain head as JSON; the path, or None."""
        if self.session is None or self.detail is None:
            return None
        employee = self.detail.employee
        path = dialogs.pick_save_file(
            self,
            self.tr("Export the record of {name}").format(name=employee.name),
            Path(f"{'-'.join(employee.name.split())}-record.json"),
            self.tr("JSON files (*.json)"),
        )
        if path is None:
            return None
        try:
            record = self.session.employee_record(employee.id)
            write_record(path, record)
        except (AccessDenied, StoreError, OSError) as exc:
            error = translations.file_problem(exc)
            dialogs.show_error(
                self,
                self.tr("Record not exported"),
                self.tr("The record of {name} was not exported: {error}.").format(
                    name=employee.name, error=error
                ),
            )
            return None
        head = record["chain_head"]
        anchor = (
            self.tr(
                "Its chain head is #{seq} {hash}. Keep the file (or this hash) apart from the "
                "database: 'sellertrain verify-records --employee NAME --head HASH' then shows "
                "whether records were deleted since."
            ).format(seq=head["seq"], hash=head["hash"])
            if head
            else self.tr("No quiz result is in the chain yet, so there is no chain head.")
        )
        dialogs.show_info(
            self,
            self.tr("Record exported"),
            self.tr("The record of {name} was saved to {path}.").format(
                name=employee.name, path=path
            )
            + " "
            + anchor,
        )
        return path

    def _show_selected_attempt(self) -> None:
        row = self.attempts.currentRow()
        item = self.attempts.item(row, 0) if row >= 0 else None
        if item is None or self.session is None:
            return
        review = self.session.review(item.data(Qt.ItemDataRole.UserRole))
        if review is None:
            self.answers.setHtml("<p>" + self.tr("This attempt is not finished yet.") + "</p>")
            return
        self.answers.setHtml(
            f"<h2>{html.escape(review.quiz_title)}: {review.attempt.score:.0f}%</h2>"
            + review_html(review)
        )
