"""The team view's charts tab: first-attempt answers by risk area (a table too, whose rows
lead to the people weakest in the area and their retraining), completions over time and
the score distribution.

Each reads the whole team's records (3.1 s on the UI thread at 10,000 employees, and 1.2 s
for the weakest in an area), so they load in workers (results by signal, stale results
dropped), as the team table does.
"""

from __future__ import annotations

import functools
import logging
from typing import NamedTuple

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QGridLayout, QTableWidgetItem, QWidget

from sellertrain.core.i18n import Translator
from sellertrain.core.reports import charts
from sellertrain.core.reports.weak_spots import RiskArea, WeakPerson, area_quizzes
from sellertrain.core.session import Session, SessionOpener
from sellertrain.ui import translations
from sellertrain.ui.team.retrain_panel import RetrainPanel
from sellertrain.ui.widgets import readonly_table
from sellertrain.ui.workers import Worker

log = logging.getLogger(__name__)


class ChartData(NamedTuple):
    """What the charts are drawn from: risk areas, completions by day, scores by bucket."""

    areas: list[RiskArea]
    completions: list[tuple[str, int]]
    scores: list[int]


def load_chart_data(opener: SessionOpener) -> ChartData:
    """The charts' data, read through a connection of its own (runs in a worker thread)."""
    with opener.open() as session:
        return ChartData(
            session.risk_area_breakdown(),
            session.completions_over_time(),
            session.score_histogram(),
        )


def load_weakest(opener: SessionOpener, tag: str) -> list[WeakPerson]:
    """The people weakest in one risk area (runs in a worker thread)."""
    with opener.open() as session:
        return session.weakest_in_area(tag)


def _svg_widget(name: str) -> QSvgWidget:
    widget = QSvgWidget()
    widget.setObjectName(name)
    widget.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    widget.setMinimumSize(320, 150)
    return widget


class RiskChartsTab(QWidget):
    """Three SVG charts of the team's records; ``chart_svgs`` keeps the SVG texts shown."""

    changed = Signal()  # retraining was assigned
    loaded = Signal()  # the charts of the newest request are drawn
    weakest_loaded = Signal()  # the people weakest in the area selected are listed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.chart_svgs: dict[str, str] = {}
        self.areas: list[RiskArea] = []
        self._ticket = 0
        self._area_ticket = 0
        self._area_tag = ""
        self.risk_chart = _svg_widget("riskChart")
        self.completion_chart = _svg_widget("completionChart")
        self.score_chart = _svg_widget("scoreChart")
        self.area_table = readonly_table(
            "riskAreaTable",
            self.tr("Risk areas"),
            [
                self.tr("Risk area"),
                self.tr("Missed"),
                self.tr("Answers"),
                self.tr("Tested"),
                self.tr("Not yet tested"),
            ],
            single_selection=True,
        )
        self.area_table.setToolTip(
            self.tr(
                "Answers on each person's first attempt at the area's quizzes; people who "
                "never took them are counted as not yet tested. Select an area to see who is "
                "weakest in it."
            )
        )
        self.area_table.itemSelectionChanged.connect(self._area_selected)
        self.retrain = RetrainPanel("areaRetrain")
        self.retrain.assigned.connect(self.changed)
        # what is loading, or why it could not be: the line above the people (no row of its
        # own, which would make the tab taller than a 1024x600 screen allows)
        self.note = self.retrain.heading
        grid = QGridLayout(self)
        grid.addWidget(self.risk_chart, 0, 0)
        grid.addWidget(self.area_table, 1, 0)
        grid.addWidget(self.retrain, 2, 0)
        grid.addWidget(self.completion_chart, 0, 1)
        grid.addWidget(self.score_chart, 1, 1, 2, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 3)

    def show_for(self, session: Session) -> None:
        """Read the team's records through ``session`` in a worker; the charts shown stay
        until it reports."""
        self.session = session
        self._ticket += 1
        self._area_ticket += 1  # a drill-down still on its way belongs to the old rows
        self.note.setText(self.tr("Loading the team's charts…"))
        worker = Worker(functools.partial(load_chart_data, session.opener()), self._ticket)
        worker.succeeded.connect(self._arrived)
        worker.failed.connect(self._failed)
        worker.start()

    def _arrived(self, ticket: int, data: ChartData) -> None:
        if ticket != self._ticket:
            return  # a newer request is on its way
        self.areas = data.areas
        correct = {
            a.tag: round(100 * a.share_correct, 1)
            for a in self.areas
            if a.share_correct is not None
        }
        words = charts.chart_words(Translator(translations.current()))
        risk = charts.bar_chart(
            dict(sorted(correct.items(), key=lambda item: item[1])),
            self.tr("First-attempt answers correct, by risk area"),
            words=words,
        )
        completions = charts.line_chart(
            data.completions, self.tr("Lessons completed over time"), words
        )
        scores = charts.histogram(data.scores, self.tr("Quiz score distribution"), words=words)
        self.chart_svgs = {"risk": risk, "completions": completions, "scores": scores}
        self.risk_chart.load(QByteArray(risk.encode("utf-8")))
        self.completion_chart.load(QByteArray(completions.encode("utf-8")))
        self.score_chart.load(QByteArray(scores.encode("utf-8")))
        self.area_table.setRowCount(len(self.areas))
        for row, area in enumerate(self.areas):
            missed = f"{100 * area.share_missed:.0f}%" if area.share_missed is not None else "–"
            cells = [area.tag, missed, str(area.answers), str(area.tested), str(area.not_tested)]
            for column, text in enumerate(cells):
                self.area_table.setItem(row, column, QTableWidgetItem(text))
        self.area_table.resizeColumnsToContents()
        self.retrain.clear()
        self.loaded.emit()

    def _failed(self, ticket: int, error: Exception) -> None:
        if ticket == self._ticket:
            log.error("team charts not loaded: %s", error)
            self.note.setText(
                self.tr("The charts could not be loaded: {error}").format(error=error)
            )

    def _area_selected(self) -> None:
        rows = {index.row() for index in self.area_table.selectedIndexes()}
        if self.session is None or len(rows) != 1:
            return
        area = self.areas[rows.pop()]
        self._area_ticket += 1
        self._area_tag = area.tag
        work = functools.partial(load_weakest, self.session.opener(), area.tag)
        worker = Worker(work, self._area_ticket)
        # bound methods of this widget: the results are queued to the UI thread
        worker.succeeded.connect(self._weakest_arrived)
        worker.failed.connect(self._weakest_failed)
        worker.start()

    def _weakest_arrived(self, ticket: int, weakest: list[WeakPerson]) -> None:
        if ticket != self._area_ticket or self.session is None:
            return  # another area was chosen, or the rows were read again
        tag = self._area_tag
        course = self.session.course
        quizzes = area_quizzes(course).get(tag, set())
        lessons = [
            (lesson.id, lesson.title)
            for lesson in course.ordered_lessons
            if lesson.quiz_id in quizzes
        ]
        notes = {
            p.employee.id: self.tr("{missed} of {answers} missed").format(
                missed=p.missed, answers=p.answers
            )
            for p in weakest
        }
        self.retrain.show_people(
            self.session,
            self.tr("Weakest in {area} (first attempts):").format(area=tag),
            [p.employee for p in weakest],
            lessons,
            notes,
        )
        self.weakest_loaded.emit()

    def _weakest_failed(self, ticket: int, error: Exception) -> None:
        if ticket == self._area_ticket:
            log.error("the weakest in a risk area not loaded: %s", error)
            self.note.setText(
                self.tr("The people weakest in the area could not be loaded: {error}").format(
                    error=error
                )
            )

    def refresh(self) -> None:
        """Draw again from the session last shown."""
        if self.session is not None:
            self.show_for(self.session)
