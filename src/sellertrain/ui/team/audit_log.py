"""The audit log, for managers: who added employees, reset passwords, assigned training, published content.

The whole history stays in the database: the tab fetches one page at a time (more as the
table is scrolled to its end, or with Load more) and searches and filters in SQL.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.i18n import Translator
from sellertrain.core.reports import audit_words, exports
from sellertrain.core.reports.audit_log import audit_csv, audit_rows, day_range
from sellertrain.core.session import AUDIT_ACTIONS, AuditEntry, AuditFilter, Session
from sellertrain.ui import dialogs, translations
from sellertrain.ui.widgets import name_widget

log = logging.getLogger(__name__)

PAGE = 200  # entries fetched at a time
SEARCH_DELAY_MS = 250  # in a large log, typing pauses this long before it is searched
SEARCH_AS_TYPED = 20_000  # up to this many entries, a search takes < 50 ms: search per key
NO_DATE = QDate(2000, 1, 1)  # a date edit at its minimum shows "any"


class AuditLogView(QWidget):
    """A read-only table of the audit log, newest first, with filters by text, kind and date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.entries: list[AuditEntry] = []
        self.total = 0  # entries the filters select
        self.everything = 0  # entries in the log
        self.where = AuditFilter()
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
            "password_changed": self.tr("Password changed"),
            "due_extended": self.tr("Due date extended"),
            "sign_in_backoff_cleared": self.tr("Sign-in wait cleared"),
        }
        self.language = translations.current()
        tx = Translator(self.language)
        self.details = (audit_words.detail_key_names(tx), audit_words.detail_value_names(tx))
        self.action_filter = name_widget(
            QComboBox(), "auditAction", self.tr("Show changes of kind")
        )
        self.action_filter.addItem(self.tr("All changes"), None)
        for action in AUDIT_ACTIONS:
            self.action_filter.addItem(self.labels.get(action, action), action)
        self.search = name_widget(QLineEdit(), "auditSearch", self.tr("Search the audit log"))
        self.search.setPlaceholderText(self.tr("Search by name, file or detail"))
        self.since = self._date_edit("auditSince", self.tr("Changes from this day"))
        self.until = self._date_edit("auditUntil", self.tr("Changes up to this day"))
        self.table = self._make_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.more_button = name_widget(
            QPushButton(self.tr("Load more")), "auditMore", self.tr("Load older changes")
        )
        self.export_button = name_widget(
            QPushButton(self.tr("Export CSV…")),
            "auditExport",
            self.tr("Export the changes shown as CSV"),
        )
        note = QLabel(
            self.tr("Changes are added here as they happen and can never be edited or removed.")
        )
        note.setWordWrap(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_changed)
        self.action_filter.currentIndexChanged.connect(self.apply_filters)
        self.since.dateChanged.connect(self.apply_filters)
        self.until.dateChanged.connect(self.apply_filters)
        self.more_button.clicked.connect(self.load_more)
        self.export_button.clicked.connect(self.export_csv)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._layout(note)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = name_widget(QDateEdit(), name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_DATE)
        return edit

    def _make_table(self) -> QTableWidget:
        table = name_widget(
            QTableWidget(0, 5), "auditTable", self.tr("Audit log: who changed what")
        )
        table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Subject"),
                self.tr("Details"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        return table

    def _layout(self, note: QLabel) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.action_filter, 2)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.more_button)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    # -- loading -----------------------------------------------------------------------
    def show_for(self, session: Session) -> None:
        """Load the newest entries (the session refuses anyone but a manager)."""
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Reload the first page of the entries the filters select."""
        if self.session is None:
            return
        self.where = self._filter()
        self.everything = self.session.audit_count()
        self.total = self.session.audit_count(self.where)
        self.entries = []
        self.table.setRowCount(0)
        self.load_more()

    def apply_filters(self) -> None:
        """Search again with the filters as they are now (the search box waits for a pause)."""
        self._search_timer.stop()
        self.refresh()

    def load_more(self) -> None:
        """Fetch the next page of older entries, if any are left."""
        if self.session is None or len(self.entries) >= self.total:
            self._show_count()
            return
        page = self.session.audit_page(self.where, PAGE, len(self.entries))
        first = len(self.entries)
        self.entries += page
        self.table.setRowCount(len(self.entries))
        rows = audit_rows(
            page, self.labels, self.tr("command line"), None, *self.details, self.language
        )
        for row, cells in enumerate(rows, first):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._show_count()

    def _search_changed(self) -> None:
        if self.everything > SEARCH_AS_TYPED:
            self._search_timer.start()
        else:
            self.apply_filters()

    def _scrolled(self, value: int) -> None:
        if value and value >= self.table.verticalScrollBar().maximum():
            self.load_more()

    def _filter(self) -> AuditFilter:
        text = self.search.text().strip()
        folded = text.casefold()
        since, until = day_range(self._day(self.since), self._day(self.until))
        return AuditFilter(
            search=text,
            action=self.action_filter.currentData(),
            since=since,
            until=until,
            language=self.language,  # a subject is found by what it shows as well
            # the kinds whose shown name matches count too ("password" finds the resets)
            also_actions=tuple(a for a, label in self.labels.items() if folded in label.casefold())
            if folded
            else (),
        )

    @staticmethod
    def _day(edit: QDateEdit) -> dt.date | None:
        date = edit.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def _show_count(self) -> None:
        self.more_button.setEnabled(len(self.entries) < self.total)
        self.export_button.setEnabled(self.total > 0)
        if self.where == AuditFilter(language=self.language):
            text = self.tr("{shown} of {total} changes shown").format(
                shown=len(self.entries), total=self.total
            )
        else:
            text = self.tr("{matching} of {total} changes match; {shown} shown").format(
                matching=self.total, total=self.everything, shown=len(self.entries)
            )
        self.count_label.setText(text)

    # -- export ------------------------------------------------------------------------
    def export_csv(self) -> None:
        """Write every entry the filters select (not only the pages shown) as CSV."""
        if self.session is None:
            return
        path = dialogs.pick_save_file(
            self, self.tr("Export the audit log"), Path("audit-log.csv"), self.tr("CSV (*.csv)")
        )
        if path is None:
            return
        header = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Subject")]
        text = audit_csv(
            self.session.audit_page(self.where),
            self.labels,
            self.tr("command line"),
            [*header, self.tr("Details")],
            details=self.details,
            language=self.language,
        )
        try:
            exports.write_csv(path, text)
        except OSError as exc:
            dialogs.show_error(
                self,
                self.tr("Export the audit log"),
                self.tr("Cannot write {path}: {problem}").format(
                    path=path, problem=translations.file_problem(exc)
                ),
            )
            return
        log.info("exported %d audit entries to %s", self.total, path)
