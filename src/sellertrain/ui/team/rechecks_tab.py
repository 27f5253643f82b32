"""The team view's Re-checks tab: per department, the re-checks of missed questions that are
due, overdue and coming up, the questions retained, and how well reviews go.

Every employee's answer history is read, so the tab loads in a worker (results by signal,
stale results dropped), as the team table does.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from sellertrain.core.session import Session, SessionOpener
from sellertrain.core.training.rechecks import DepartmentRechecks
from sellertrain.ui.grid_export import export_button
from sellertrain.ui.widgets import readonly_table
from sellertrain.ui.workers import Worker

log = logging.getLogger(__name__)


def load_rechecks(opener: SessionOpener) -> list[DepartmentRechecks]:
    with opener.open() as session:
        return session.rechecks_by_department()


class RechecksTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._ticket = 0
        self.note = QLabel(self.tr("Loading the team's re-checks…"))
        self.note.setWordWrap(True)
        self.table = readonly_table(
            "recheckTeamTable",
            self.tr("Re-checks by department"),
            [
                self.tr("Department"),
                self.tr("People"),
                self.tr("Due now"),
                self.tr("Overdue"),
                self.tr("Within 7 days"),
                self.tr("Retained"),
                self.tr("Review retention"),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(export_button(self, self.table, "recheckTeam", self.tr("Export")))

    def show_for(self, session: Session) -> None:
        self.session = session
        self._ticket += 1
        worker = Worker(functools.partial(load_rechecks, session.opener()), self._ticket)
        worker.succeeded.connect(self._arrived)
        worker.failed.connect(self._failed)
        worker.start()

    def _arrived(self, ticket: int, rows: list[DepartmentRechecks]) -> None:
        if ticket != self._ticket:
            return  # a newer request is on its way
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            totals = item.totals
            retention = f"{100 * totals.retention:.0f}%" if totals.retention is not None else "–"
            cells = [
                item.department or self.tr("(no department)"),
                str(item.people),
                str(totals.due),
                str(totals.overdue),
                str(totals.upcoming),
                str(totals.retained),
                retention,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.note.setText(
            self.tr(
                "Questions people missed come back as re-checks after 1, 7 and 30 days; "
                "retained means answered right at every step."
            )
        )

    def _failed(self, ticket: int, error: Exception) -> None:
        if ticket == self._ticket:
            log.error("team re-checks not loaded: %s", error)
            self.note.setText(
                self.tr("The re-checks could not be loaded: {error}").format(error=error)
            )
