"""The compliance matrix (team view tab): employees x modules and assessments, certificate status.

A model/view table: one row per employee from one query of the latest certificates, no
widget per row, so 10,000 employees scroll as fast as 10. The model filters and sorts its
own rows (one list comprehension, one ``list.sort``), as the team table does. The matrix is
worked out in a worker (results by signal, stale results dropped): 0.5 s at 10,000 employees
that the window spent frozen before.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.models import CertificateScope
from sellertrain.core.session import Session, SessionOpener
from sellertrain.core.training.certificates import EXPIRING_DAYS, CertificateStatus
from sellertrain.core.training.compliance import ComplianceCell, ComplianceRow, Scope
from sellertrain.ui.grid_export import export_button
from sellertrain.ui.widgets import name_widget
from sellertrain.ui.workers import Worker

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
FIXED_COLUMNS = 2  # name, department
# (text colour, background) per state; "missing" is a required scope without a certificate
COLOURS = {
    CertificateStatus.VALID: ("#137333", "#e6f4ea"),
    CertificateStatus.EXPIRING: ("#8a4b00", "#fef7e0"),
    CertificateStatus.EXPIRED: ("#c5221f", "#fdecea"),
    "missing": ("#6b7280", "#f3f4f6"),
}
# sort order of a cell: what needs action first
URGENCY = {
    CertificateStatus.EXPIRED: 0,
    None: 1,
    CertificateStatus.EXPIRING: 2,
    CertificateStatus.VALID: 3,
}


def cell_text(cell: ComplianceCell) -> str:
    """ "valid until DATE", "expiring DATE", "expired DATE", "none" or "not required"."""
    if cell.status is None:
        return (
            QCoreApplication.translate("ComplianceModel", "none")
            if cell.required
            else QCoreApplication.translate("ComplianceModel", "not required")
        )
    if cell.status is CertificateStatus.VALID:
        if not cell.expires:
            return QCoreApplication.translate("ComplianceModel", "valid, no expiry")
        return QCoreApplication.translate("ComplianceModel", "valid until {date}").format(
            date=cell.expires
        )
    if cell.status is CertificateStatus.EXPIRING:
        return QCoreApplication.translate("ComplianceModel", "expiring {date}").format(
            date=cell.expires
        )
    return QCoreApplication.translate("ComplianceModel", "expired {date}").format(date=cell.expires)


def needs_action(row: ComplianceRow) -> bool:
    """Some required scope has no certificate, or one expiring or expired."""
    return any(c.required and c.status is not CertificateStatus.VALID for c in row.cells)


def _sort_key(column: int, scopes: int) -> Any:
    """The key of a column: by name, by department, or for a scope what needs action first."""
    if column == 1:
        return lambda r: ((r.employee.department or "").casefold(), r.employee.name.casefold())
    if FIXED_COLUMNS <= column < FIXED_COLUMNS + scopes:
        at = column - FIXED_COLUMNS

        def key(row: ComplianceRow) -> tuple[int, str, str]:
            cell = row.cells[at]
            urgency = URGENCY[cell.status] if cell.required or cell.status else len(URGENCY)
            return (urgency, cell.expires, row.employee.name.casefold())

        return key
    return lambda r: r.employee.name.casefold()


class ComplianceModel(QAbstractTableModel):
    """Rows of employees, a column per module and assessment; filters and sorts itself."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.scopes: list[Scope] = []
        self.all_rows: list[ComplianceRow] = []
        self.rows: list[ComplianceRow] = []
        self._search = ""
        self._department: str | None = None
        self._only_action = False
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_matrix(self, scopes: list[Scope], rows: list[ComplianceRow]) -> None:
        self.beginResetModel()
        self.scopes, self.all_rows = list(scopes), list(rows)
        self.rows = self._filtered()
        self._sort_rows()
        self.endResetModel()

    def set_filters(
        self, search: str = "", department: str | None = None, only_action: bool = False
    ) -> None:
        self.beginResetModel()
        self._search = search.strip().casefold()
        self._department = department
        self._only_action = only_action
        self.rows = self._filtered()
        self._sort_rows()
        self.endResetModel()

    def _filtered(self) -> list[ComplianceRow]:
        search, department = self._search, self._department
        return [
            row
            for row in self.all_rows
            if (not search or search in row.employee.name.casefold())
            and (department is None or row.employee.department == department)
            and (not self._only_action or needs_action(row))
        ]

    # -- the Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.scopes)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED_COLUMNS:
                return (
                    QCoreApplication.translate("ComplianceModel", "Employee"),
                    QCoreApplication.translate("ComplianceModel", "Department"),
                )[section]
            return self.scopes[section - FIXED_COLUMNS].title
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED_COLUMNS:
            scope = self.scopes[section - FIXED_COLUMNS]
            kind = (
                QCoreApplication.translate("ComplianceModel", "Module")
                if scope.kind == CertificateScope.MODULE
                else QCoreApplication.translate("ComplianceModel", "Assessment")
            )
            return f"{kind}: {scope.title}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if column < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.employee.name if column == 0 else (row.employee.department or "")
            return None
        if column - FIXED_COLUMNS >= len(row.cells):
            return None
        cell = row.cells[column - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        colours = COLOURS.get(cell.status or ("missing" if cell.required else ""))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(colours[0] if colours else "#9ca3af"))
        if role == Qt.ItemDataRole.BackgroundRole and colours:
            return QBrush(QColor(colours[1]))
        if role == Qt.ItemDataRole.ToolTipRole and cell.code:
            return QCoreApplication.translate("ComplianceModel", "Verification code {code}").format(
                code=cell.code
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        key = _sort_key(column, len(self.scopes))
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def counts(self) -> dict[str, int]:
        """Required cells of all rows: valid, expiring, expired and missing."""
        found = {"valid": 0, "expiring": 0, "expired": 0, "missing": 0}
        for row in self.all_rows:
            for cell in row.cells:
                if cell.status is not None:
                    found[cell.status.value] += 1
                elif cell.required:
                    found["missing"] += 1
        return found


def load_matrix(opener: SessionOpener) -> tuple[list[Scope], list[ComplianceRow]]:
    """The compliance matrix, read through a connection of its own (runs in a worker thread)."""
    with opener.open() as session:
        return session.compliance_matrix()


class ComplianceView(QWidget):
    """The matrix with a name search, a department filter and "needs action only"."""

    loaded = Signal()  # the matrix of the newest request is shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._ticket = 0
        self.model = ComplianceModel(self)
        self.search = name_widget(
            QLineEdit(),
            "complianceSearch",
            QCoreApplication.translate("ComplianceView", "Search by name"),
        )
        self.search.setPlaceholderText(
            QCoreApplication.translate("ComplianceView", "Search by name")
        )
        self.department = name_widget(
            QComboBox(),
            "complianceDepartment",
            QCoreApplication.translate("ComplianceView", "Department"),
        )
        self.show_filter = name_widget(
            QComboBox(), "complianceShow", QCoreApplication.translate("ComplianceView", "Show")
        )
        self.show_filter.addItem(
            QCoreApplication.translate("ComplianceView", "All employees"), False
        )
        self.show_filter.addItem(
            QCoreApplication.translate(
                "ComplianceView", "Needs action: missing, expiring or expired"
            ),
            True,
        )
        self.table = name_widget(
            QTableView(),
            "complianceTable",
            QCoreApplication.translate("ComplianceView", "Compliance matrix"),
        )
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # measure a sample, not 10,000 rows
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.summary = QLabel()
        self.summary.setObjectName("complianceSummary")
        self.summary.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("complianceCount")
        self.search.textChanged.connect(self.apply_filters)
        self.department.currentIndexChanged.connect(self.apply_filters)
        self.show_filter.currentIndexChanged.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.department, 1)
        filters.addWidget(self.show_filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.export_csv = export_button(
            self,
            self.table,
            "compliance",
            QCoreApplication.translate("ComplianceView", "Export the compliance matrix"),
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_csv)
        layout.addLayout(bottom)

    def show_for(self, session: Session) -> None:
        """Load the matrix (the session refuses non-managers)."""
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Reload the matrix from the session last shown for, in a worker, keeping the
        filters; the rows shown stay until it reports."""
        if self.session is None:
            return
        self._ticket += 1
        self.summary.setText(
            QCoreApplication.translate("ComplianceView", "Loading the certificates…")
        )
        worker = Worker(functools.partial(load_matrix, self.session.opener()), self._ticket)
        worker.succeeded.connect(self._arrived)
        worker.failed.connect(self._failed)
        worker.start()

    def _arrived(self, ticket: int, matrix: tuple[list[Scope], list[ComplianceRow]]) -> None:
        if ticket != self._ticket:
            return  # a newer request is on its way
        scopes, rows = matrix
        self.model.set_matrix(scopes, rows)
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(
            QCoreApplication.translate("ComplianceView", "All departments"), None
        )
        for name in sorted({r.employee.department for r in rows if r.employee.department}):
            self.department.addItem(name, name)
        self.department.setCurrentIndex(max(self.department.findData(current), 0))
        self.department.blockSignals(False)
        counts = self.model.counts()
        self.summary.setText(
            QCoreApplication.translate(
                "ComplianceView",
                "Certificates: {valid} valid · {expiring} expiring within {days} days · "
                "{expired} expired · {missing} required but missing",
            ).format(days=EXPIRING_DAYS, **counts)
        )
        self.apply_filters()
        self.loaded.emit()

    def _failed(self, ticket: int, error: Exception) -> None:
        if ticket == self._ticket:
            log.error("the compliance matrix not loaded: %s", error)
            self.summary.setText(
                QCoreApplication.translate(
                    "ComplianceView", "The certificates could not be loaded: {error}"
                ).format(error=error)
            )

    def apply_filters(self) -> None:
        self.model.set_filters(
            self.search.text(), self.department.currentData(), bool(self.show_filter.currentData())
        )
        self.count.setText(
            QCoreApplication.translate(
                "ComplianceView", "Showing {shown} of {total} employees"
            ).format(shown=len(self.model.rows), total=len(self.model.all_rows))
        )
