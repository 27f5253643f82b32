"""The team table's exports: its rows as CSV, the report as HTML or PDF (in a worker, with
the charts' reading of the whole team).

A filtered export says so in its title and summary, and its charts count the same people.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QWidget

from sellertrain.core.models import Employee
from sellertrain.core.reports import exports
from sellertrain.core.reports.team import EmployeeProgress
from sellertrain.core.session import Session, SessionOpener
from sellertrain.core.timestamps import local_time
from sellertrain.ui import dialogs, translations
from sellertrain.ui.team.pdf_export import PdfExport
from sellertrain.ui.team.team_model import TeamTableModel


class TeamScreen(Protocol):
    """What the exports need of the team screen (ui/team/team_view.py)."""

    model: TeamTableModel
    search: QLineEdit
    department_filter: QComboBox
    role_filter: QComboBox
    status_filter: QComboBox
    pdf_export: PdfExport | None
    pdf_written: SignalInstance
    pdf_stopped: SignalInstance

    def visible_rows(self) -> list[EmployeeProgress]: ...


def choose_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Ask where to save an export (tests replace this)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(path) if path else None


FILTERS = {"csv": "CSV (*.csv)", "html": "HTML (*.html)", "pdf": "PDF (*.pdf)"}


def export_report(widget: QWidget, screen: TeamScreen, session: Session, kind: str) -> Path | None:
    """Ask where, then write the rows shown as CSV or the report as HTML, or start the PDF."""
    title = QCoreApplication.translate("TeamScreen", "Export team report")
    path = choose_save_path(widget, title, f"team-report.{kind}", FILTERS[kind])
    if path is None:
        return None
    rows = screen.visible_rows()
    filtered = filter_note(screen, len(rows))
    people = [row.employee for row in rows] if filtered else None
    try:
        if kind == "csv":
            exports.write_csv(path, exports.team_progress_csv(rows, translations.current()))
            return path
        make_html = functools.partial(
            report_html,
            session.opener(),
            rows,
            people,
            QCoreApplication.translate("TeamScreen", "SellerTrain team report"),
            local_time(session.timestamp()),
            kind == "html",
            filtered,
            translations.current(),
        )
        if kind == "html":  # 1.8 s at 10,000 employees: the pointer says so meanwhile
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                path.write_text(make_html(), encoding="utf-8")
            finally:
                QApplication.restoreOverrideCursor()
            return path
    except OSError as exc:
        message = QCoreApplication.translate("TeamScreen", "Could not write {path}: {error}")
        dialogs.show_error(
            widget,
            QCoreApplication.translate("TeamScreen", "Export failed"),
            message.format(path=path, error=translations.file_problem(exc)),
        )
        return None
    # the report's charts read the whole team (1.7 s at 10,000 employees): in the worker too
    screen.pdf_export = PdfExport(widget, make_html, rows, path, screen.model.titles)
    screen.pdf_export.written.connect(screen.pdf_written)
    screen.pdf_export.stopped.connect(screen.pdf_stopped)
    screen.pdf_export.start()
    return path


def report_html(
    opener: SessionOpener,
    rows: list[EmployeeProgress],
    people: list[Employee] | None,
    title: str,
    at: str,
    with_table: bool,
    filtered: str | None,
    language: str,
) -> str:
    """The team report as HTML, its charts and weak questions read through a connection of
    its own (so that it may run in a worker thread), over ``people`` (None: everyone)."""
    with opener.open() as session:
        return exports.team_report_html(
            rows,
            session.risk_areas(people),
            session.completions_over_time(people),
            session.score_histogram(people),
            session.weak_questions(10),
            title,
            at,
            with_table=with_table,
            filtered=filtered,
            language=language,
        )


def filter_note(screen: TeamScreen, shown: int) -> str | None:
    """What the filters select, for a report of part of the team (None: everyone)."""
    total = len(screen.model.all_rows)
    if shown == total:
        return None
    parts = [
        f"{label} {widget.currentText()}"
        for label, widget in (
            ("department", screen.department_filter),
            ("role", screen.role_filter),
            ("status", screen.status_filter),
        )
        if widget.currentIndex() > 0
    ]
    if screen.search.text().strip():
        parts.append(f"name contains “{screen.search.text().strip()}”")
    return f"{', '.join(parts)}: {shown} of {total} employees"
