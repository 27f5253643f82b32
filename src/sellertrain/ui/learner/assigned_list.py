"""Home's "Assigned to you": the learner's dated training, earliest due first.

The items, their due dates and states come from the requirements rule (the same the team
table and ``sellertrain status`` use); this list only shows them. Overdue is red, due within
a week amber; done items stay listed only while a recurring one is coming due again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.models import Course
from sellertrain.core.training.requirements import ItemState, RequiredItem, Standing
from sellertrain.ui.widgets import name_widget

LESSON_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = "#c5221f"
DUE_SOON_COLOUR = "#b06000"
VISIBLE_ROWS = 4  # more scroll, so the course outline below keeps its room


def local_date(day: dt.date) -> str:
    """A date as the user's locale writes it (e.g. 30/11/2026, 2026/11/30); ISO 8601 when
    no locale is set (the "C" locale's short format is an ambiguous "30 11 2026")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class AssignedList(QWidget):
    """The "Assigned to you" heading and list; hidden when nothing dated is required."""

    open_lesson = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Assigned to you"))
        self.heading.setObjectName("sectionTitle")
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.tree = name_widget(QTreeWidget(), "assignedTree", self.tr("Assigned to you"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Lesson"), self.tr("Due"), self.tr("State")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree)
        self.items: list[RequiredItem] = []

    def show_standing(self, course: Course, standing: Standing, today: dt.date) -> None:
        """List the dated items still to do (and recurring ones coming due), by due date."""
        self.items = [
            item
            for item in standing.by_due_date()
            if item.due and (item.state is not ItemState.DONE or item.due_soon(today))
        ]
        self.tree.clear()
        for item in self.items:
            lesson = course.lessons[item.lesson_id]
            row = QTreeWidgetItem(
                [lesson.title, self._due_text(item, today), self._state_text(item.state)]
            )
            row.setData(0, LESSON_ROLE, lesson.id)
            row.setToolTip(0, lesson.summary)
            colour = None
            if item.state is ItemState.OVERDUE:
                colour = OVERDUE_COLOUR
            elif item.due_soon(today):
                colour = DUE_SOON_COLOUR
            if colour:
                for column in (1, 2):
                    row.setForeground(column, QBrush(QColor(colour)))
            self.tree.addTopLevelItem(row)
        self.setVisible(bool(self.items))
        rows = min(len(self.items), VISIBLE_ROWS)
        row_height = self.tree.sizeHintForRow(0) if self.items else 0
        frame = 2 * self.tree.frameWidth() + self.tree.header().sizeHint().height()
        self.tree.setFixedHeight(frame + rows * max(row_height, 1) + 4)

    def _due_text(self, item: RequiredItem, today: dt.date) -> str:
        assert item.due is not None
        date = local_date(item.due)
        days = (item.due - today).days
        if item.state is ItemState.OVERDUE:
            if days == -1:
                return self.tr("{date} (overdue by 1 day)").format(date=date)
            return self.tr("{date} (overdue by {n} days)").format(date=date, n=-days)
        if item.state is ItemState.DONE:
            return self.tr("{date} (renew)").format(date=date)
        if days == 0:
            return self.tr("{date} (today)").format(date=date)
        if item.due_soon(today):
            if days == 1:
                return self.tr("{date} (tomorrow)").format(date=date)
            return self.tr("{date} (in {n} days)").format(date=date, n=days)
        return date

    def _state_text(self, state: ItemState) -> str:
        texts = {
            ItemState.NOT_STARTED: self.tr("Not started"),
            ItemState.IN_PROGRESS: self.tr("In progress"),
            ItemState.DONE: self.tr("Done"),
            ItemState.OVERDUE: self.tr("Overdue"),
            ItemState.NEEDS_REFRESH: self.tr("Needs refresh"),
        }
        return texts[state]

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        lesson_id = row.data(0, LESSON_ROLE)
        if lesson_id:
            self.open_lesson.emit(lesson_id)
