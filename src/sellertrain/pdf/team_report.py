"""The team report as a PDF: the summary, charts and weak questions laid out from the HTML,
then the team table drawn row by row (pdf/table.py: whole rows, a header on every page,
progress and Cancel)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sellertrain.core.reports.exports import STATUS_COLOURS, score_text
from sellertrain.core.reports.team import EmployeeProgress
from sellertrain.core.timestamps import local_date
from sellertrain.pdf.report import PdfTable, write_pdf
from sellertrain.pdf.table import MUTED, Cell, Column, Progress

LATE = "#c5221f"
COLUMNS = (
    Column("Name", 0.19),
    Column("Status", 0.12),
    Column("Lessons done", 0.12, right=True),
    Column("Quizzes passed", 0.09, right=True),
    Column("Average best", 0.09, right=True),
    Column("Last active", 0.12),
    Column("Overdue", 0.16),
    Column("Next due", 0.11),
)


def team_cells(row: EmployeeProgress, titles: dict[str, str] | None = None) -> list[Cell]:
    """One row of the PDF team table."""
    employee = row.employee
    name = (employee.name, employee.department) if employee.department else (employee.name,)
    overdue = tuple((titles or {}).get(i, i) for i in row.overdue) or ("–",)
    return [
        Cell(name, ("#1f2937", MUTED)),
        Cell((row.status.value,), (STATUS_COLOURS[row.status],), bold_first=True),
        Cell((f"{row.required_done}/{row.required} ({row.percent}%)",), right=True),
        Cell((str(row.quizzes_passed),), right=True),
        Cell((score_text(row.average_best_score),), right=True),
        Cell((local_date(row.last_activity) or "–",)),
        Cell(overdue, (LATE,) * len(overdue) if row.overdue else ()),
        Cell((row.next_due or "–",)),
    ]


def write_team_pdf(
    html: str,
    rows: Sequence[EmployeeProgress],
    path: Path,
    progress: Progress | None = None,
    titles: dict[str, str] | None = None,
) -> None:
    """``html`` (the report without its team table) and then the table of ``rows``."""
    cells = [team_cells(row, titles) for row in rows]
    write_pdf(html, path, PdfTable("Team progress", COLUMNS, cells), progress)
