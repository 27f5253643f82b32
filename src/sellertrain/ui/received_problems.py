"""The list of problems a manager's PC found in the records it received from the company record.

Each sync of a manager's PC checks what it pulled (core/server/pull_check.py); what did not hold
is kept, and the status bar's "%n problem(s) in received records" opens this list: who, which
record, what is wrong, when it was found. The rows found since a manager last looked are bold.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.received import RecordedProblem
from sellertrain.core.timestamps import local_time
from sellertrain.ui.translations import localized
from sellertrain.ui.widgets import readonly_table


def record_text(problem: RecordedProblem) -> str:
    """Which record: the quiz and the start of the record's id (the whole id is the tip)."""
    found = problem.problem
    short = found.record_id[:8] if found.record_id else ""
    return " · ".join(part for part in (found.quiz_id, short) if part) or "–"


class ReceivedProblemsDialog(QDialog):
    """A read-only table of the problems found in received records, newest first."""

    def __init__(self, problems: Sequence[RecordedProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedProblemsDialog")
        self.setWindowTitle(self.tr("Problems in received records"))
        note = QLabel(
            self.tr(
                "This PC checked the records it received from the company record: each line is "
                "a record whose hash chain or score does not hold, so it was changed or written "
                "outside SellerTrain. Reports still count it. Check the PC it came from with "
                "'sellertrain verify-records'."
            )
        )
        note.setWordWrap(True)
        self.table = readonly_table(
            "receivedProblemsTable",
            self.tr("Problems in received records"),
            [self.tr("Employee"), self.tr("Record"), self.tr("What is wrong"), self.tr("Found")],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self._fill(problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _fill(self, problems: Sequence[RecordedProblem]) -> None:
        self.table.setRowCount(len(problems))
        for row, recorded in enumerate(problems):
            found = recorded.problem
            said = localized(found.message)  # kept with its template: the reader's language
            cells = (found.employee, record_text(recorded), said)
            items = [QTableWidgetItem(text) for text in cells]
            items.append(QTableWidgetItem(local_time(recorded.found_at)))
            items[1].setToolTip(found.record_id or "")
            items[2].setToolTip(said)
            for column, item in enumerate(items):
                if not recorded.seen:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
