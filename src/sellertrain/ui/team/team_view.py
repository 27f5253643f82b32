"""The manager's team view: progress table, question analysis, risk areas, assignments, exports."""

from __future__ import annotations

import logging
import math
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.models import AccessRole, Employee
from sellertrain.core.reports.team import EmployeeProgress, TeamStatus, TeamTable
from sellertrain.core.session import Session, SessionOpener
from sellertrain.ui.status_text import role_text, verdict_text
from sellertrain.ui.team.assignments_tab import AssignmentsTab
from sellertrain.ui.team.audit_log import AuditLogView
from sellertrain.ui.team.compliance_view import ComplianceView
from sellertrain.ui.team.conflicts_tab import ConflictsTab
from sellertrain.ui.team.departments_tab import DepartmentsTab
from sellertrain.ui.team.pdf_export import PdfExport
from sellertrain.ui.team.question_analysis import QuestionAnalysisTab
from sellertrain.ui.team.rechecks_tab import RechecksTab
from sellertrain.ui.team.report_export import export_report
from sellertrain.ui.team.risk_charts import RiskChartsTab
from sellertrain.ui.team.staff_actions import StaffActions
from sellertrain.ui.team.team_model import ROW_ROLE, TeamTableModel
from sellertrain.ui.widgets import button, name_widget, title_label
from sellertrain.ui.workers import Worker

ALL = None
log = logging.getLogger(__name__)
FITTED_ROWS = 50  # the rows measured to fit the columns: a sample, not 10,000 rows


def load_team_progress(opener: SessionOpener) -> TeamTable:
    """The team's progress read through a connection of its own (runs in a worker thread)."""
    with opener.open() as session:
        return session.team_table()


class TeamScreen(QWidget):
    """The manager's view of the team; each tab reads the records through the Session shown."""

    open_employee = Signal(str)
    progress_loaded = Signal()  # the table shows the rows of the latest request
    progress_failed = Signal(str)  # the latest request failed; the message shown
    pdf_written = Signal(object)  # the path of a PDF export, once written
    pdf_stopped = Signal(str)  # a PDF export was cancelled or failed: why

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.model = TeamTableModel()
        self._requested = 0  # tickets of team-progress requests: the newest wins
        self._settled = 0  # the ticket whose rows (or error) the table shows
        self._rows_ready = False  # the rows shown answer the newest request
        self.pdf_export: PdfExport | None = None  # the PDF being written, if any

        self.title = title_label(self.tr("Team"))
        self.summary = QLabel()
        self.summary.setObjectName("teamSummary")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("teamTabs")
        self.tabs.addTab(self._build_progress_tab(), self.tr("Progress"))
        self.questions_page = QuestionAnalysisTab()
        self.questions_page.changed.connect(self.refresh)
        self.tabs.addTab(self.questions_page, self.tr("Questions"))
        self.charts_page = RiskChartsTab()
        self.charts_page.changed.connect(self.refresh)
        self.tabs.addTab(self.charts_page, self.tr("Risk areas and charts"))
        self.assignments_page = AssignmentsTab()
        self.assignments_page.changed.connect(self.refresh)
        self.tabs.addTab(self.assignments_page, self.tr("Assignments"))
        self.rechecks_page = RechecksTab()
        self.tabs.addTab(self.rechecks_page, self.tr("Re-checks"))
        self.departments_page = DepartmentsTab()
        self.tabs.addTab(self.departments_page, self.tr("Departments"))
        self.audit_log = AuditLogView()
        self.tabs.addTab(self.audit_log, self.tr("Audit log"))
        self.compliance = ComplianceView()
        self.tabs.addTab(self.compliance, self.tr("Certificates"))
        self.conflicts_page = ConflictsTab()
        self.tabs.addTab(self.conflicts_page, self.tr("Conflicts"))
        # the tabs' widgets, named as before the tabs were modules of their own
        self.quiz_choice = self.questions_page.quiz_choice
        self.analysis = self.questions_page.analysis
        self.sections_table = self.questions_page.sections_table
        self.risk_chart = self.charts_page.risk_chart
        self.completion_chart = self.charts_page.completion_chart
        self.score_chart = self.charts_page.score_chart
        self.assignment_table = self.assignments_page.assignment_table
        self.new_assignment = self.assignments_page.new_assignment
        self.remove_assignment = self.assignments_page.remove_assignment
        self._filled: set[QWidget] = set()  # tabs filled since the last show_for
        self.tabs.currentChanged.connect(self._fill_current_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    @property
    def chart_svgs(self) -> dict[str, str]:
        """The SVG texts of the charts shown."""
        return self.charts_page.chart_svgs

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
            self.role_filter.addItem(role_text(role), role.value)
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for status in TeamStatus:
            self.status_filter.addItem(verdict_text(status), status)
        self.table = name_widget(QTableView(), "teamTable", self.tr("Team progress"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        # each column fitted to its header and the first rows shown whenever they change
        # (_fit_columns); names stay whole; a long status (the overdue lesson) elides instead
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._fit_columns)  # rows arrived, or filtered
        self.model.layoutChanged.connect(self._fit_columns)  # sorted
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

        self.staff = StaffActions(self.selected_employees)
        self.staff.changed.connect(self.refresh)
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
        layout.addWidget(self.staff)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        return page

    # -- filling -----------------------------------------------------------------------
    def show_for(self, session: Session) -> None:
        """Load the team's records from the session (which refuses non-managers).

        The progress table loads in a worker and ``progress_loaded`` (or ``progress_failed``)
        says when it is filled; another tab is filled when it is first shown.
        """
        self.session = session
        self.model.titles = {i: lesson.title for i, lesson in session.course.lessons.items()}
        self.staff.show_for(session)
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
        if isinstance(
            page,
            QuestionAnalysisTab
            | RiskChartsTab
            | AssignmentsTab
            | DepartmentsTab
            | RechecksTab
            | AuditLogView
            | ComplianceView
            | ConflictsTab,
        ):
            page.show_for(self.session)

    def refresh(self) -> None:
        """Read the team's records again through the session last shown."""
        if self.session is not None:
            self.show_for(self.session)

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
        # only a recipe for a connection of its own goes to the worker, never the session's
        work = partial(load_team_progress, session.opener())
        worker = Worker(work, ticket=self._requested)
        worker.succeeded.connect(self._progress_arrived)
        worker.failed.connect(self._progress_not_loaded)
        self._rows_ready = False
        self._enable_exports(False)
        self.summary.setText(self.tr("Loading the team's progress…"))
        worker.start()

    def _progress_arrived(self, ticket: int, rows: TeamTable) -> None:
        if ticket != self._requested:
            log.debug("ignored the team's progress of superseded request %d", ticket)
            return
        self._settled = ticket
        counts = {status: 0 for status in TeamStatus}
        for line in rows.lines:  # the rows themselves are made only when shown
            counts[line.status] += 1
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
        for department in sorted({line.department for line in rows.lines if line.department}):
            self.department_filter.addItem(department, department)
        index = self.department_filter.findData(current)
        self.department_filter.setCurrentIndex(max(index, 0))
        self.department_filter.blockSignals(False)
        self.model.set_rows(rows, **self._filters())  # one reset: rows and filters at once
        self._count_shown()
        self._rows_ready = True
        self._enable_exports(True)
        self.progress_loaded.emit()

    def _fit_columns(self) -> None:
        """Each column but the status as wide as its header and its widest text in the first
        rows shown, as the header's sizing to contents made them, from the texts alone: that
        asked the model for eight roles of each of the 350 cells measured, through Python,
        and laid each out (~6 ms of the first paint at 10,000 rows)."""
        table, header = self.table, self.table.horizontalHeader()
        metrics = QFontMetricsF(table.font())  # fractional, as a text layout measures
        # what a cell adds to its text: the item's text margins, and the grid line
        focus = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        margin = 2 * (focus + 1) + (1 if table.showGrid() else 0)
        for column in range(header.count() - 1):
            texts = self.model.first_texts(column, FITTED_ROWS)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0.0)
            fitted = math.ceil(widest) + margin
            header.resizeSection(column, max(header.sectionSizeHint(column), fitted))

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
        self.model.set_filters(**self._filters())
        self._count_shown()

    def _filters(self) -> dict[str, Any]:
        """The filters as chosen above the table (``TeamTableModel.set_filters``' arguments)."""
        return {
            "department": self.department_filter.currentData(),
            "role": self.role_filter.currentData(),
            "status": self.status_filter.currentData(),
            "search": self.search.text(),
        }

    def _count_shown(self) -> None:
        self.count_label.setText(
            self.tr("Showing {shown} of {total}").format(
                shown=len(self.model.rows), total=len(self.model.all_rows)
            )
        )

    def visible_rows(self) -> list[EmployeeProgress]:
        return list(self.model.rows)

    def selected_employees(self) -> list[Employee]:
        """The employees of the rows selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return [found.employee for index in rows if (found := index.data(ROW_ROLE)) is not None]

    def _open_row(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_employee.emit(row.employee.id)

    # -- actions -----------------------------------------------------------------------
    def export(self, kind: str) -> Path | None:
        """Export the rows shown (after filters) as CSV, or the report as HTML or PDF (the
        PDF is written in a worker: ``pdf_written`` or ``pdf_stopped`` says when it ends)."""
        if self.session is None or not self._rows_ready:
            return None
        return export_report(self, self, self.session, kind)
