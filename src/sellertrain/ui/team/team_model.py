"""The team progress table as a Qt model that filters, searches and sorts itself.

Filtering and sorting 10,000 rows through QSortFilterProxyModel calls back into Python for
every comparison; here they are one list comprehension and one ``list.sort`` of row numbers,
over the table's light TeamLines with keys computed once per column. The rows themselves
(EmployeeProgress) are made only for the rows the view asks about: the ones on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sellertrain.core.reports.team import EmployeeProgress, TeamStatus, TeamTable
from sellertrain.core.reports.team_table import TeamLine
from sellertrain.core.timestamps import local_date
from sellertrain.ui.status_text import role_text, verdict_text

STATUS_COLOURS = {
    TeamStatus.NOT_STARTED: "#6b7280",
    TeamStatus.IN_PROGRESS: "#b06000",
    TeamStatus.COMPLETE: "#137333",
    TeamStatus.OVERDUE: "#c5221f",
    TeamStatus.NEEDS_REFRESH: "#a21caf",
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ORDER = {status: position for position, status in enumerate(TeamStatus)}
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        ROW_ROLE,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)
Index = QModelIndex | QPersistentModelIndex
# the numbers' alignment, worked out once: or-ing two Qt flags makes a Python enum member
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _overdue_text(row: EmployeeProgress, titles: dict[str, str], today: dt.date) -> str:
    """ "Overdue 12 d: Brand logos (+1)": how long, and which lesson, at a glance."""
    days = (today - dt.date.fromisoformat(row.oldest_overdue)).days if row.oldest_overdue else 0
    first = titles.get(row.overdue[0], row.overdue[0]) if row.overdue else ""
    text = QCoreApplication.translate("TeamTableModel", "Overdue {n} d: {title}").format(
        n=days, title=first
    )
    if len(row.overdue) > 1:
        text += f" (+{len(row.overdue) - 1})"
    return text


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("TeamTableModel", "Name"),
        QCoreApplication.translate("TeamTableModel", "Department"),
        QCoreApplication.translate("TeamTableModel", "Role"),
        QCoreApplication.translate("TeamTableModel", "Done"),
        QCoreApplication.translate("TeamTableModel", "Quizzes"),
        QCoreApplication.translate("TeamTableModel", "Avg. best"),
        QCoreApplication.translate("TeamTableModel", "Last active"),
        QCoreApplication.translate("TeamTableModel", "Status"),
    )


def _header_tips() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("TeamTableModel", "Name"),
        QCoreApplication.translate("TeamTableModel", "Department"),
        QCoreApplication.translate("TeamTableModel", "Role"),
        QCoreApplication.translate(
            "TeamTableModel", "Required lessons done, of those required (sorted by share)"
        ),
        QCoreApplication.translate("TeamTableModel", "Quizzes passed"),
        QCoreApplication.translate("TeamTableModel", "Average of the best score on each quiz"),
        QCoreApplication.translate("TeamTableModel", "Last activity"),
        QCoreApplication.translate(
            "TeamTableModel", "Status (overdue: which lesson, and how many days late)"
        ),
    )


def _display(row: EmployeeProgress, column: int, titles: dict[str, str] | None = None) -> str:
    employee = row.employee
    if column == 0:
        return employee.name
    if column == 1:
        return employee.department or ""
    if column == 2:
        return role_text(employee.role)
    if column == 3:
        return f"{row.required_done} / {row.required}"
    if column == 4:
        return str(row.quizzes_passed)
    if column == 5:
        return f"{row.average_best_score:.0f}%" if row.average_best_score is not None else "–"
    if column == 6:
        return local_date(row.last_activity) or "–"
    if row.status is TeamStatus.OVERDUE and titles is not None:
        return _overdue_text(row, titles, dt.date.today())
    return verdict_text(row.status)


SORT_KEYS: tuple[Callable[[TeamLine], Any], ...] = (
    lambda r: r.name.casefold(),
    lambda r: ((r.department or "").casefold(), r.name.casefold()),
    lambda r: (r.role.value, r.name.casefold()),
    lambda r: (r.percent, r.required_done),
    lambda r: r.quizzes_passed,
    lambda r: -1.0 if r.average_best_score is None else r.average_best_score,
    lambda r: r.last_activity or "",
    lambda r: (STATUS_ORDER[r.status], r.name.casefold()),
)


class ShownRows(Sequence[EmployeeProgress]):
    """The rows shown, filtered and sorted: row numbers of the table, made when read."""

    def __init__(self, table: TeamTable, shown: list[int]) -> None:
        self.table, self.shown = table, shown

    def __len__(self) -> int:
        return len(self.shown)

    @overload
    def __getitem__(self, index: int) -> EmployeeProgress: ...

    @overload
    def __getitem__(self, index: slice) -> list[EmployeeProgress]: ...

    def __getitem__(self, index: int | slice) -> EmployeeProgress | list[EmployeeProgress]:
        if isinstance(index, slice):
            return [self.table[i] for i in self.shown[index]]
        return self.table[self.shown[index]]


class TeamTableModel(QAbstractTableModel):
    """One row per employee shown: department, role, progress, scores, activity and status."""

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

    def __init__(self, rows: Sequence[EmployeeProgress] | None = None) -> None:
        super().__init__()
        self.all_rows: TeamTable = TeamTable.of([])
        self.rows = ShownRows(self.all_rows, [])  # the rows shown, filtered and sorted
        self.department: str | None = None
        self.role: str | None = None
        self.status: TeamStatus | None = None
        self.search = ""
        self.titles: dict[str, str] = {}  # lesson id -> title, for the overdue lessons named
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder
        self._keys: dict[int, list[Any]] = {}  # column -> each row's sort key
        self._brushes: dict[TeamStatus, QBrush] = {}
        self.set_rows(rows or [])

    # -- data in -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[EmployeeProgress], **filters: Any) -> None:
        """Show ``rows``: a TeamTable as the store reads it, or rows already made; with
        ``filters`` (as ``set_filters`` takes them) filtered in the same reset, so the view
        lays out and sorts 10,000 rows once."""
        self.all_rows = rows if isinstance(rows, TeamTable) else TeamTable.of(rows)
        self._keys = {}
        if filters:
            self._filter_by(**filters)
        self._refresh()

    def set_filters(
        self,
        department: str | None = None,
        role: str | None = None,
        status: TeamStatus | str | None = None,
        search: str = "",
    ) -> None:
        self._filter_by(department, role, status, search)
        self._refresh()

    def _filter_by(
        self,
        department: str | None = None,
        role: str | None = None,
        status: TeamStatus | str | None = None,
        search: str = "",
    ) -> None:
        self.department, self.role = department, role
        self.status = TeamStatus(status) if status is not None else None
        self.search = search.strip().casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._sort_shown()
        self.layoutChanged.emit()

    def _accepted(self) -> list[int]:
        lines = self.all_rows.lines
        department, role, status, search = self.department, self.role, self.status, self.search
        if department is None and role is None and status is None and not search:
            return list(range(len(lines)))
        return [
            index
            for index, line in enumerate(lines)
            if (department is None or (line.department or "") == department)
            and (role is None or line.role.value == role)
            and (status is None or line.status is status)
            and (not search or search in line.name.casefold())
        ]

    def _sort_shown(self) -> None:
        keys = self._keys.get(self.sort_column)
        if keys is None:
            key = SORT_KEYS[self.sort_column]
            keys = self._keys[self.sort_column] = [key(line) for line in self.all_rows.lines]
        self.rows.shown.sort(
            key=keys.__getitem__, reverse=self.sort_order == Qt.SortOrder.DescendingOrder
        )

    def _refresh(self) -> None:
        self.beginResetModel()
        self.rows = ShownRows(self.all_rows, self._accepted())
        self._sort_shown()
        self.endResetModel()

    def first_texts(self, column: int, count: int) -> set[str]:
        """The texts of ``column`` in the first ``count`` rows shown (to fit its width)."""
        titles = self.titles
        return {_display(row, column, titles) for row in self.rows[:count]}

    # -- Qt's model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # short, so Status fits at 1024 px
            return _headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _header_tips()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the view asks each cell for a dozen roles (a sizing pass: for 200 rows); those
        # answered here are few, so the others return before any row is looked up
        if role not in _ANSWERED or not index.isValid():
            return None
        shown = self.rows.shown
        number = index.row()
        if not 0 <= number < len(shown):
            return None
        row = self.all_rows[shown[number]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column, self.titles)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column == 7:
            return self._brush(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4, 5):
            return _RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return self._status_tip(row)
        return None

    def _brush(self, status: TeamStatus) -> QBrush:
        """The status column's colour (one brush per status, made when first painted)."""
        brush = self._brushes.get(status)
        if brush is None:
            brush = self._brushes[status] = QBrush(QColor(STATUS_COLOURS[status]))
        return brush

    def _status_tip(self, row: EmployeeProgress) -> str:
        parts = []
        if row.overdue:
            names = ", ".join(self.titles.get(i, i) for i in row.overdue)
            parts.append(
                QCoreApplication.translate("TeamTableModel", "Overdue: {names}").format(names=names)
            )
        if row.stale:
            parts.append(
                QCoreApplication.translate(
                    "TeamTableModel", "Changed since completed: {n} lesson(s)"
                ).format(n=len(row.stale))
            )
        if row.next_due:
            parts.append(
                QCoreApplication.translate("TeamTableModel", "Next due: {date}").format(
                    date=row.next_due
                )
            )
        return "\n".join(parts)
