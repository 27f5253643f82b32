"""The team progress table as a Qt model, with a proxy that filters and searches it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sellertrain.core.reports import EmployeeProgress, TeamStatus

STATUS_COLOURS = {
    TeamStatus.NOT_STARTED: "#6b7280",
    TeamStatus.IN_PROGRESS: "#b06000",
    TeamStatus.COMPLETE: "#137333",
    TeamStatus.OVERDUE: "#c5221f",
    TeamStatus.NEEDS_REFRESH: "#a21caf",
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamTableModel", text)


class TeamTableModel(QAbstractTableModel):
    """One row per employee: department, role, progress, scores, activity and status."""

    COLUMNS = (
        "Name",
        "Department",
        "Role",
        "Required done",
        "Quizzes passed",
        "Average best score",
        "Last activity",
        "Status",
    )

    def __init__(self, rows: list[EmployeeProgress] | None = None) -> None:
        super().__init__()
        self.rows: list[EmployeeProgress] = rows or []

    def set_rows(self, rows: list[EmployeeProgress]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 7:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return self._status_tip(row)
        return None

    def _display(self, row: EmployeeProgress, column: int) -> str:
        employee = row.employee
        if column == 0:
            return employee.name
        if column == 1:
            return employee.department or ""
        if column == 2:
            return employee.role.value
        if column == 3:
            return f"{row.required_done} / {row.required}"
        if column == 4:
            return str(row.quizzes_passed)
        if column == 5:
            return f"{row.average_best_score:.0f}%" if row.average_best_score is not None else "–"
        if column == 6:
            return (row.last_activity or "")[:10] or "–"
        return _tr(row.status.value.capitalize())

    def _sort_key(self, row: EmployeeProgress, column: int) -> Any:
        if column == 3:
            return row.percent
        if column == 4:
            return row.quizzes_passed
        if column == 5:
            return row.average_best_score if row.average_best_score is not None else -1.0
        if column == 6:
            return row.last_activity or ""
        if column == 7:
            return list(TeamStatus).index(row.status)
        return self._display(row, column).casefold()

    def _status_tip(self, row: EmployeeProgress) -> str:
        parts = []
        if row.overdue:
            parts.append(_tr("Overdue: {n} lesson(s)").format(n=len(row.overdue)))
        if row.stale:
            parts.append(_tr("Changed since completed: {n} lesson(s)").format(n=len(row.stale)))
        if row.next_due:
            parts.append(_tr("Next due: {date}").format(date=row.next_due))
        return "\n".join(parts)


class TeamFilterProxy(QSortFilterProxyModel):
    """Filters by department, role and status, and searches names (case-insensitive)."""

    def __init__(self) -> None:
        super().__init__()
        self.department: str | None = None
        self.role: str | None = None
        self.status: TeamStatus | None = None
        self.search = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self,
        department: str | None = None,
        role: str | None = None,
        status: TeamStatus | None = None,
        search: str = "",
    ) -> None:
        self.beginFilterChange()
        self.department, self.role, self.status = department, role, status
        self.search = search.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row: EmployeeProgress = model.rows[source_row]  # type: ignore[attr-defined]
        employee = row.employee
        return (
            (self.department is None or (employee.department or "") == self.department)
            and (self.role is None or employee.role.value == self.role)
            and (self.status is None or row.status == self.status)
            and (not self.search or self.search in employee.name.casefold())
        )
