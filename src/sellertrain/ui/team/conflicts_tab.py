"""The team view's Conflicts tab: attempts resumed and submitted on two PCs.

The company record keeps the result it received first and keeps the other, with its answers, as
a conflict (core/store/conflicts.py); nothing is dropped. This tab shows each one side by side,
who, which quiz, the result that counts and the other (score, passed, when, which PC), so a
manager can judge. It loads in a worker, as the team table does.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from sellertrain.core.session import ConflictSide, ResultConflict, Session, SessionOpener
from sellertrain.core.timestamps import local_time
from sellertrain.ui.widgets import readonly_table
from sellertrain.ui.workers import Worker

log = logging.getLogger(__name__)


def load_conflicts(opener: SessionOpener) -> list[ResultConflict]:
    """The conflicts, read through a connection of its own (runs in a worker thread)."""
    with opener.open() as session:
        return session.result_conflicts()


class ConflictsTab(QWidget):
    """One row per attempt submitted on two PCs: the result that counts beside the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._ticket = 0
        self.note = QLabel(self.tr("Loading the results submitted on two PCs…"))
        self.note.setObjectName("conflictsNote")
        self.note.setWordWrap(True)
        self.table = readonly_table(
            "conflictsTable",
            self.tr("Results submitted on two PCs"),
            [
                self.tr("Employee"),
                self.tr("Quiz"),
                self.tr("Result that counts"),
                self.tr("Other result (kept as a conflict)"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_for(self, session: Session) -> None:
        """Load the conflicts in a worker; the rows shown stay until it reports."""
        self.session = session
        self._ticket += 1
        worker = Worker(functools.partial(load_conflicts, session.opener()), self._ticket)
        worker.succeeded.connect(self._arrived)
        worker.failed.connect(self._failed)
        worker.start()

    def side_text(self, side: ConflictSide) -> str:
        """Two lines: score and verdict; when, and on which PC."""
        verdict = self.tr("passed") if side.passed else self.tr("not passed")
        device = (side.device or "")[:8] or "–"
        pc = (self.tr("this PC ({device})") if side.here else self.tr("PC {device}")).format(
            device=device
        )
        return f"{side.score:g} % · {verdict}\n{local_time(side.finished)} · {pc}"

    def _arrived(self, ticket: int, conflicts: list[ResultConflict]) -> None:
        if ticket != self._ticket or self.session is None:
            return  # a newer request is on its way
        quizzes = self.session.course.quizzes
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            quiz = quizzes.get(conflict.quiz_id)
            cells = (
                conflict.employee,
                quiz.title if quiz is not None else conflict.quiz_id,
                self.side_text(conflict.kept),
                self.side_text(conflict.other),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(conflict.quiz_id)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if conflicts:
            self.note.setText(
                self.tr(
                    "%n attempt(s) were resumed and submitted on two PCs. The company record "
                    "counts the result it received first; the other is kept, with its answers, "
                    "and never dropped. Compare them to judge which one is fair.",
                    "",
                    len(conflicts),
                )
            )
        else:
            self.note.setText(self.tr("No attempt was submitted on two PCs."))

    def _failed(self, ticket: int, error: Exception) -> None:
        if ticket == self._ticket:
            log.error("result conflicts not loaded: %s", error)
            self.note.setText(
                self.tr("The results submitted on two PCs could not be loaded: {error}").format(
                    error=error
                )
            )
