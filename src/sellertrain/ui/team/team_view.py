"""The manager's team view: progress table, question analysis, risk areas, assignments, exports."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QEventLoop, QModelIndex, Qt, QTimer, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.models import AccessRole, Course, Employee
from sellertrain.core.reports import charts, exports
from sellertrain.core.reports.team import EmployeeProgress, QuestionStats, SectionStats, TeamStatus
from sellertrain.core.session import Session
from sellertrain.core.store import Store, StoreError
from sellertrain.ui import dialogs
from sellertrain.ui.team.assignment_dialog import AssignmentDialog
from sellertrain.ui.team.audit_log import AuditLogView
from sellertrain.ui.team.compliance_view import ComplianceView
from sellertrain.ui.team.team_model import ROW_ROLE, TeamTableModel
from sellertrain.ui.widgets import button, name_widget, readonly_table, title_label
from sellertrain.ui.workers import Worker

ALL = None
log = logging.getLogger(__name__)


def choose_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Ask where to save an export (tests replace this)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(path) if path else None


def _svg_widget(name: str) -> QSvgWidget:
    widget = QSvgWidget()
    widget.setObjectName(name)
    widget.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    widget.setMinimumSize(320, 150)
    return widget


def load_team_progress(
    path: Path,
    clock: Callable[[], dt.datetime],
    course: Course,
    employee: Employee,
    today: Callable[[], dt.date],
) -> list[EmployeeProgress]:
    """The team's progress read through a connection of its own (runs in a worker thread)."""
    if not path.exists():  # Store.open would quietly create an empty database in its place
        raise StoreError(f"the database {path} is no longer there")
    store = Store.open(path, clock=clock)
    try:
        return Session(store, course, employee, today=today).team_progress()
    finally:
        store.close()


class TeamScreen(QWidget):
    open_employee = Signal(str)
    progress_loaded = Signal()  # the table shows the rows of the latest request
    progress_failed = Signal(str)  # the latest request failed; the message shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.model = TeamTableModel()
        self._requested = 0  # tickets of team-progress requests: the newest wins
        self._settled = 0  # the ticket whose rows (or error) the table shows
        self._rows_ready = False  # the rows shown answer the newest request

        self.title = title_label(self.tr("Team"))
        self.summary = QLabel()
        self.summary.setObjectName("teamSummary")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("teamTabs")
        self.tabs.addTab(self._build_progress_tab(), self.tr("Progress"))
        self._weakest: list[tuple[str, QuestionStats]] = []
        self.questions_page = self._build_questions_tab()
        self.tabs.addTab(self.questions_page, self.tr("Questions"))
        self.charts_page = self._build_charts_tab()
        self.tabs.addTab(self.charts_page, self.tr("Risk areas and charts"))
        self.assignments_page = self._build_assignments_tab()
        self.tabs.addTab(self.assignments_page, self.tr("Assignments"))
        self.audit_log = AuditLogView()
        self.tabs.addTab(self.audit_log, self.tr("Audit log"))
        self.compliance = ComplianceView()
        self.tabs.addTab(self.compliance, self.tr("Certificates"))
        self._filled: set[QWidget] = set()  # tabs filled since the last show_for
        self.tabs.currentChanged.connect(self._fill_current_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    # -- building ----------------------------------------------------------------------
    def _build_progress_tab(self) -> QWidget:
        page = QWidget()
        self.search = name_widget(QLineEdit(), "teamSearch", self.tr("Search by name"))
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.department_filter = name_widget(
            QComboBox(), "teamDepartmentFilter", self.tr("Department")
        )
        self.role_filter = name_widget(QComboBox(), "teamRoleFilter", self.tr("Role"))
        self.status_filter = name_widget(QComboBox(), "teamStatusFilter", self.tr("Status"))
        self.role_filter.addItem(self.tr("All roles"), ALL)
        for role in AccessRole:
            self.role_filter.addItem(role.value, role.value)
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for status in TeamStatus:
            self.status_filter.addItem(self.tr(status.value.capitalize()), status)
        self.table = name_widget(QTableView(), "teamTable", self.tr("Team progress"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # measure a sample, not 10,000 rows
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._open_row)
        self.table.activated.connect(self._open_row)
        self.count_label = QLabel()
        self.count_label.setObjectName("teamCount")
        self.export_csv = button(self.tr("Export CSV…"), "teamExportCsv")
        self.export_html = button(self.tr("Export report (HTML)…"), "teamExportHtml")
        self.export_pdf = button(self.tr("Export report (PDF)…"), "teamExportPdf")
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self.export_html.clicked.connect(lambda: self.export("html"))
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        for widget in (self.department_filter, self.role_filter, self.status_filter):
            widget.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self.apply_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.department_filter, 1)
        filters.addWidget(self.role_filter, 1)
        filters.addWidget(self.status_filter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_csv)
        bottom.addWidget(self.export_html)
        bottom.addWidget(self.export_pdf)
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        return page

    def _build_questions_tab(self) -> QWidget:
        page = QWidget()
        self.quiz_choice = name_widget(QComboBox(), "analysisQuiz", self.tr("Quiz to analyse"))
        self.quiz_choice.currentIndexChanged.connect(self._show_analysis)
        self.analysis_note = QLabel()
        self.analysis_note.setObjectName("analysisNote")
        self.analysis = readonly_table(
            "analysisTable",
            self.tr("Question analysis"),
            [
                self.tr("Question"),
                self.tr("Answers"),
                self.tr("Correct"),
                self.tr("Most chosen wrong answer"),
                self.tr("Section tested"),
            ],
        )
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Quiz")))
        row.addWidget(self.quiz_choice, 1)
        layout.addLayout(row)
        layout.addWidget(self.analysis_note)
        layout.addWidget(self.analysis, 2)
        self.sections_note = QLabel(
            self.tr("Lesson sections by the share of answers that missed them (all quizzes):")
        )
        self.sections_table = readonly_table(
            "sectionAnalysisTable",
            self.tr("Misses per lesson section"),
            [self.tr("Section"), self.tr("Missed"), self.tr("Answers"), self.tr("Questions")],
        )
        layout.addWidget(self.sections_note)
        layout.addWidget(self.sections_table, 1)
        return page

    def _build_charts_tab(self) -> QWidget:
        page = QWidget()
        self.risk_chart = _svg_widget("riskChart")
        self.completion_chart = _svg_widget("completionChart")
        self.score_chart = _svg_widget("scoreChart")
        grid = QGridLayout(page)
        grid.addWidget(self.risk_chart, 0, 0, 2, 1)
        grid.addWidget(self.completion_chart, 0, 1)
        grid.addWidget(self.score_chart, 1, 1)
        return page

    def _build_assignments_tab(self) -> QWidget:
        page = QWidget()
        self.assignment_table = readonly_table(
            "assignmentTable",
            self.tr("Assignments"),
            [self.tr("Training"), self.tr("Assigned to"), self.tr("Due"), self.tr("Assigned on")],
        )
        self.new_assignment = button(self.tr("Assign training…"), "assignNew", primary=True)
        self.remove_assignment = button(self.tr("Remove assignment"), "assignRemove")
        self.new_assignment.clicked.connect(self.create_assignment)
        self.remove_assignment.clicked.connect(self.revoke_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_assignment)
        buttons.addWidget(self.new_assignment)
        layout = QVBoxLayout(page)
        layout.addWidget(self.assignment_table, 1)
        layout.addLayout(buttons)
        return page

    # -- filling -----------------------------------------------------------------------
    def show_for(self, session: Session) -> None:
        """Load the team's records from the session (which refuses non-managers).

        The progress table loads in a worker and ``progress_loaded`` (or ``progress_failed``)
        says when it is filled; another tab is filled when it is first shown.
        """
        self.session = session
        self._filled.clear()
        self._fill_current_tab()
        # Started last: a worker running Python holds the GIL half of the time, which would
        # stretch the synchronous tab above by as much as it saves.
        self._load_progress(session)

    def _fill_current_tab(self, *_args: object) -> None:
        """Fill the tab shown, once per ``show_for``: each of the other tabs reads the whole
        team's records (a second or more at 10,000 employees), so only what is looked at."""
        page = self.tabs.currentWidget()
        if self.session is None or page in self._filled:
            return
        self._filled.add(page)
        if page is self.questions_page:
            self._fill_quiz_choice()
        elif page is self.charts_page:
            self._show_charts()
        elif page is self.assignments_page:
            self._fill_assignments()
        elif page is self.audit_log:
            self.audit_log.show_for(self.session)
        elif page is self.compliance:
            self.compliance.show_for(self.session)

    @property
    def loading(self) -> bool:
        """Whether the newest team-progress request has yet to be shown."""
        return self._settled != self._requested

    def wait_until_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Run the event loop until the newest request is shown; False if it failed or timed out.

        For scripts; tests use ``qtbot.waitSignal(screen.progress_loaded)``.
        """
        if self.loading:
            loop = QEventLoop()
            timer = QTimer(loop)
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            self.progress_loaded.connect(loop.quit)
            self.progress_failed.connect(loop.quit)
            timer.start(timeout_ms)
            try:
                loop.exec()
            finally:
                self.progress_loaded.disconnect(loop.quit)
                self.progress_failed.disconnect(loop.quit)
        return not self.loading and self._rows_ready

    def _load_progress(self, session: Session) -> None:
        """Read the team's progress in a worker; the rows shown stay until it reports."""
        self._requested += 1
        store = session.store  # only its path and clock go to the worker, never the connection
        work = partial(
            load_team_progress,
            store.path,
            store.clock,
            session.course,
            session.employee,
            session.today,
        )
        worker = Worker(work, ticket=self._requested)
        worker.succeeded.connect(self._progress_arrived)
        worker.failed.connect(self._progress_not_loaded)
        self._rows_ready = False
        self._enable_exports(False)
        self.summary.setText(self.tr("Loading the team's progress…"))
        worker.start()

    def _progress_arrived(self, ticket: int, rows: list[EmployeeProgress]) -> None:
        if ticket != self._requested:
            log.debug("ignored the team's progress of superseded request %d", ticket)
            return
        self._settled = ticket
        self.model.set_rows(rows)
        counts = {status: 0 for status in TeamStatus}
        for row in rows:
            counts[row.status] += 1
        self.summary.setText(
            self.tr(
                "{n} employees · {complete} complete · {progress} in progress · {overdue} overdue · "
                "{refresh} need a refresh · {idle} not started"
            ).format(
                n=len(rows),
                complete=counts[TeamStatus.COMPLETE],
                progress=counts[TeamStatus.IN_PROGRESS],
                overdue=counts[TeamStatus.OVERDUE],
                refresh=counts[TeamStatus.NEEDS_REFRESH],
                idle=counts[TeamStatus.NOT_STARTED],
            )
        )
        current = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("All departments"), ALL)
        for department in sorted({r.employee.department for r in rows if r.employee.department}):
            self.department_filter.addItem(department, department)
        index = self.department_filter.findData(current)
        self.department_filter.setCurrentIndex(max(index, 0))
        self.department_filter.blockSignals(False)
        self.apply_filters()
        self._rows_ready = True
        self._enable_exports(True)
        self.progress_loaded.emit()

    def _progress_not_loaded(self, ticket: int, error: Exception) -> None:
        if ticket != self._requested:
            log.debug("ignored the failure of superseded request %d: %s", ticket, error)
            return
        self._settled = ticket
        log.error("could not load the team's progress", exc_info=error)
        # The rows still shown may be out of date, so they are not offered for export.
        message = self.tr("Could not load the team's progress: {error}").format(
            error=str(error) or type(error).__name__
        )
        self.summary.setText(message)
        self.progress_failed.emit(message)

    def _enable_exports(self, enabled: bool) -> None:
        for widget in (self.export_csv, self.export_html, self.export_pdf):
            widget.setEnabled(enabled)

    def apply_filters(self) -> None:
        self.model.set_filters(
            department=self.department_filter.currentData(),
            role=self.role_filter.currentData(),
            status=self.status_filter.currentData(),
            search=self.search.text(),
        )
        self.count_label.setText(
            self.tr("Showing {shown} of {total}").format(
                shown=len(self.model.rows), total=len(self.model.all_rows)
            )
        )

    def visible_rows(self) -> list[EmployeeProgress]:
        return list(self.model.rows)

    def _open_row(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_employee.emit(row.employee.id)

    def _fill_quiz_choice(self) -> None:
        assert self.session is not None
        current = self.quiz_choice.currentData()
        self.quiz_choice.blockSignals(True)
        self.quiz_choice.clear()
        self.quiz_choice.addItem(self.tr("All quizzes: the questions missed most"), ALL)
        for quiz in sorted(self.session.course.quizzes.values(), key=lambda q: q.title):
            self.quiz_choice.addItem(quiz.title, quiz.id)
        self.quiz_choice.setCurrentIndex(max(self.quiz_choice.findData(current), 0))
        self.quiz_choice.blockSignals(False)
        self._weakest, sections = self.session.question_overview(15)
        self._show_analysis()
        self._show_sections(sections)

    def _show_sections(self, stats: list[SectionStats]) -> None:
        self.sections_table.setRowCount(len(stats))
        for row, item in enumerate(stats):
            missed = f"{100 * (item.share_missed or 0):.0f}%"
            texts = [item.title, missed, str(item.answers), str(item.questions)]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(
                    self.tr("{missed} of answers miss the section on {title}").format(
                        missed=missed, title=item.title
                    )
                )
                self.sections_table.setItem(row, column, cell)
        header = self.sections_table.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _show_analysis(self) -> None:
        if self.session is None:
            return
        quiz_id = self.quiz_choice.currentData()
        if quiz_id is None:
            stats = [item for _quiz, item in self._weakest]
            self.analysis_note.setText(
                self.tr("The questions with the lowest share of correct answers, over all quizzes.")
            )
        else:
            analysis = self.session.question_analysis(quiz_id)
            stats = list(analysis.questions)
            self.analysis_note.setText(
                self.tr("{n} answers to the current version of this quiz.").format(
                    n=analysis.attempts
                )
            )
        self.analysis.setRowCount(len(stats))
        for row, item in enumerate(stats):
            share = f"{100 * item.share_correct:.0f}%" if item.share_correct is not None else "–"
            wrong = (
                f"{item.most_chosen_wrong} ({item.most_chosen_wrong_count})"
                if item.most_chosen_wrong
                else "–"
            )
            section = self._section_title(item.tests_lesson, item.tests_anchor)
            for column, text in enumerate([item.text, str(item.answers), share, wrong, section]):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.analysis.setItem(row, column, cell)
        header = self.analysis.horizontalHeader()
        for column in (0, 3, 4):  # the long texts share the width; tooltips show them whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _section_title(self, lesson_id: str | None, anchor: str | None) -> str:
        """'Lesson title › Section title' for the section a question tests."""
        lesson = self.session.course.lessons.get(lesson_id or "") if self.session else None
        if lesson is None:
            return ""
        section = next((s.title for s in lesson.sections if s.anchor == anchor), "")
        return f"{lesson.title} › {section}" if section else lesson.title

    def _show_charts(self) -> None:
        assert self.session is not None
        risk = charts.bar_chart(self.session.risk_areas(), self.tr("Team score by risk area"))
        completions = charts.line_chart(
            self.session.completions_over_time(), self.tr("Lessons completed over time")
        )
        scores = charts.histogram(
            self.session.score_histogram(), self.tr("Quiz score distribution")
        )
        self.chart_svgs = {"risk": risk, "completions": completions, "scores": scores}
        self.risk_chart.load(QByteArray(risk.encode("utf-8")))
        self.completion_chart.load(QByteArray(completions.encode("utf-8")))
        self.score_chart.load(QByteArray(scores.encode("utf-8")))

    def _fill_assignments(self) -> None:
        assert self.session is not None
        course = self.session.course
        names = {e.id: e.name for e in self.session.store.employees(include_inactive=True)}
        assignments = self.session.assignments()
        self.assignment_table.setRowCount(len(assignments))
        for row, assignment in enumerate(assignments):
            if assignment.lesson_id:
                lesson = course.lessons.get(assignment.lesson_id)
                training = lesson.title if lesson else assignment.lesson_id
            else:
                training = self.tr("Module: {title}").format(title=assignment.module)
            target = {
                "everyone": self.tr("Everyone"),
                "employee": names.get(assignment.target or "", assignment.target or ""),
            }.get(assignment.target_kind, f"{assignment.target_kind}: {assignment.target}")
            cells = [training, target, assignment.due_date, assignment.created_at[:10]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, assignment.id)
                self.assignment_table.setItem(row, column, item)

    # -- actions -----------------------------------------------------------------------
    def create_assignment(self) -> None:
        if self.session is None:
            return
        request = AssignmentDialog.ask(self, self.session.course, self.session.store.employees())
        if request is None:
            return
        self.session.assign(
            request.due_date, request.target_kind, request.target, request.lesson_id, request.module
        )
        self.show_for(self.session)

    def revoke_selected(self) -> None:
        if self.session is None:
            return
        row = self.assignment_table.currentRow()
        item = self.assignment_table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        if dialogs.ask_yes_no(
            self,
            self.tr("Remove assignment?"),
            self.tr("Remove the assignment of '{what}'? Records already made are kept.").format(
                what=item.text()
            ),
        ):
            self.session.revoke(item.data(Qt.ItemDataRole.UserRole))
            self.show_for(self.session)

    def export(self, kind: str) -> Path | None:
        """Export the rows shown (after filters) as CSV, or the report as HTML or PDF."""
        if self.session is None or not self._rows_ready:
            return None
        filters = {"csv": "CSV (*.csv)", "html": "HTML (*.html)", "pdf": "PDF (*.pdf)"}
        path = choose_save_path(
            self, self.tr("Export team report"), f"team-report.{kind}", filters[kind]
        )
        if path is None:
            return None
        rows = self.visible_rows()
        try:
            if kind == "csv":
                exports.write_csv(path, exports.team_progress_csv(rows))
            else:
                html = exports.team_report_html(
                    rows,
                    self.session.risk_areas(),
                    self.session.completions_over_time(),
                    self.session.score_histogram(),
                    self.session.weak_questions(10),
                    self.tr("SellerTrain team report"),
                    self.session.store.now(),
                )
                if kind == "html":
                    path.write_text(html, encoding="utf-8")
                else:
                    from sellertrain.pdf.report import write_pdf

                    write_pdf(html, path)
        except OSError as exc:
            dialogs.show_error(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                ),
            )
            return None
        return path
