"""The audit log, for managers: who added employees, reset passwords, assigned training, published content."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.session import AUDIT_ACTIONS, AuditEntry, Session
from sellertrain.core.timestamps import local_time
from sellertrain.ui.widgets import name_widget

SHOWN = 2_000  # the newest entries shown; the log itself keeps everything


class AuditLogView(QWidget):
    """A read-only table of the audit log, newest first, with a filter by action and text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.entries: list[AuditEntry] = []
        self.labels = {
            "employee_added": self.tr("Employee added"),
            "password_reset": self.tr("Password reset"),
            "assignment_created": self.tr("Training assigned"),
            "assignment_revoked": self.tr("Assignment removed"),
            "content_published": self.tr("Content published"),
            "employee_changed": self.tr("Employee changed"),
            "department_added": self.tr("Department added"),
            "department_removed": self.tr("Department removed"),
            "draft_saved": self.tr("Draft saved"),
            "questions_imported": self.tr("Questions imported"),
        }
        self.action_filter = name_widget(
            QComboBox(), "auditAction", self.tr("Show changes of kind")
        )
        self.action_filter.addItem(self.tr("All changes"), None)
        for action in AUDIT_ACTIONS:
            self.action_filter.addItem(self.labels.get(action, action), action)
        self.search = name_widget(QLineEdit(), "auditSearch", self.tr("Search the audit log"))
        self.search.setPlaceholderText(self.tr("Search by name, file or detail"))
        self.table = name_widget(
            QTableWidget(0, 5), "auditTable", self.tr("Audit log: who changed what")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Subject"),
                self.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        note = QLabel(
            self.tr("Changes are added here as they happen and can never be edited or removed.")
        )
        note.setWordWrap(True)
        self.action_filter.currentIndexChanged.connect(self._fill)
        self.search.textChanged.connect(self._fill)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.action_filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def show_for(self, session: Session) -> None:
        """Load the newest entries (the session refuses anyone but a manager)."""
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Reload the newest entries from the session last shown for."""
        if self.session is None:
            return
        self.entries = self.session.audit_log(limit=SHOWN)
        self._fill()

    def _details(self, entry: AuditEntry) -> str:
        shown = {k: v for k, v in entry.details.items() if k != "id" and v not in (None, "")}
        return ", ".join(f"{key}: {value}" for key, value in sorted(shown.items()))

    def _fill(self) -> None:
        action = self.action_filter.currentData()
        needle = self.search.text().strip().casefold()
        rows = []
        for entry in self.entries:
            if action is not None and entry.action != action:
                continue
            cells = [
                local_time(entry.at),
                entry.actor_name or self.tr("command line"),
                self.labels.get(entry.action, entry.action),
                entry.subject,
                self._details(entry),
            ]
            if needle and not any(needle in cell.casefold() for cell in cells):
                continue
            rows.append(cells)
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.count_label.setText(
            self.tr("{shown} of {total} changes shown").format(
                shown=len(rows), total=len(self.entries)
            )
        )
