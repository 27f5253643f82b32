"""The team view's charts tab: score by risk area, completions over time, score distribution."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QGridLayout, QWidget

from sellertrain.core.reports import charts
from sellertrain.core.session import Session


def _svg_widget(name: str) -> QSvgWidget:
    widget = QSvgWidget()
    widget.setObjectName(name)
    widget.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    widget.setMinimumSize(320, 150)
    return widget


class RiskChartsTab(QWidget):
    """Three SVG charts of the team's records; ``chart_svgs`` keeps the SVG texts shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.chart_svgs: dict[str, str] = {}
        self.risk_chart = _svg_widget("riskChart")
        self.completion_chart = _svg_widget("completionChart")
        self.score_chart = _svg_widget("scoreChart")
        grid = QGridLayout(self)
        grid.addWidget(self.risk_chart, 0, 0, 2, 1)
        grid.addWidget(self.completion_chart, 0, 1)
        grid.addWidget(self.score_chart, 1, 1)

    def show_for(self, session: Session) -> None:
        """Draw the charts of the team's records read through ``session``."""
        self.session = session
        risk = charts.bar_chart(session.risk_areas(), self.tr("Team score by risk area"))
        completions = charts.line_chart(
            session.completions_over_time(), self.tr("Lessons completed over time")
        )
        scores = charts.histogram(session.score_histogram(), self.tr("Quiz score distribution"))
        self.chart_svgs = {"risk": risk, "completions": completions, "scores": scores}
        self.risk_chart.load(QByteArray(risk.encode("utf-8")))
        self.completion_chart.load(QByteArray(completions.encode("utf-8")))
        self.score_chart.load(QByteArray(scores.encode("utf-8")))

    def refresh(self) -> None:
        """Draw again from the session last shown."""
        if self.session is not None:
            self.show_for(self.session)
