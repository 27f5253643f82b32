"""The team view's charts tab: first-attempt answers by risk area (a table too, whose rows
lead to the people weakest in the area and their retraining), completions over time and
the score distribution."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QGridLayout, QTableWidgetItem, QWidget

from sellertrain.core.i18n import Translator
from sellertrain.core.reports import charts
from sellertrain.core.reports.weak_spots import RiskArea, area_quizzes
from sellertrain.core.session import Session
from sellertrain.ui import translations
from sellertrain.ui.team.retrain_panel import RetrainPanel
from sellertrain.ui.widgets import readonly_table


def _svg_widget(name: str) -> QSvgWidget:
    widget = QSvgWidget()
    widget.setObjectName(name)
    widget.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    widget.setMinimumSize(320, 150)
    return widget


class RiskChartsTab(QWidget):
    """Three SVG charts of the team's records; ``chart_svgs`` keeps the SVG texts shown."""

    changed = Signal()  # retraining was assigned

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.chart_svgs: dict[str, str] = {}
        self.areas: list[RiskArea] = []
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
        """Draw the charts of the team's records read through ``session``."""
        self.session = session
        self.areas = session.risk_area_breakdown()
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
            session.completions_over_time(), self.tr("Lessons completed over time"), words
        )
        scores = charts.histogram(
            session.score_histogram(), self.tr("Quiz score distribution"), words=words
        )
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

    def _area_selected(self) -> None:
        rows = {index.row() for index in self.area_table.selectedIndexes()}
        if self.session is None or len(rows) != 1:
            return
        area = self.areas[rows.pop()]
        weakest = self.session.weakest_in_area(area.tag)
        course = self.session.course
        quizzes = area_quizzes(course).get(area.tag, set())
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
            self.tr("Weakest in {area} (first attempts):").format(area=area.tag),
            [p.employee for p in weakest],
            lessons,
            notes,
        )

    def refresh(self) -> None:
        """Draw again from the session last shown."""
        if self.session is not None:
            self.show_for(self.session)
