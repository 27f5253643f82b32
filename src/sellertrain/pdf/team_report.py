"""The team report as a PDF: the summary, charts and weak questions laid out from the HTML,
then the team table drawn row by row (pdf/table.py: whole rows, a header on every page,
progress and Cancel)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sellertrain.core.i18n import Translator
from sellertrain.core.language import ENGLISH
from sellertrain.core.reports.exports import STATUS_COLOURS, score_text, team_columns
from sellertrain.core.reports.team import EmployeeProgress
from sellertrain.core.timestamps import local_date
from sellertrain.pdf.report import PdfTable, write_pdf
from sellertrain.pdf.table import MUTED, Cell, Column, Progress

LATE = "#c5221f"
WIDTHS = (0.19, 0.12, 0.12, 0.09, 0.09, 0.12, 0.16, 0.11)
RIGHT = (False, False, True, True, True, False, False, False)


def columns(tx: Translator) -> tuple[Column, ...]:
    """The team table's columns, headed in ``tx``'s language (the HTML report's headings)."""
    headings = team_columns(tx)
    return tuple(Column(h, w, right=r) for h, w, r in zip(headings, WIDTHS, RIGHT, strict=True))


COLUMNS = columns(Translator())


def team_cells(
    row: EmployeeProgress, titles: dict[str, str] | None = None, tx: Translator | None = None
) -> list[Cell]:
    """One row of the PDF team table."""
    employee = row.employee
    name = (employee.name, employee.department) if employee.department else (employee.name,)
    overdue = tuple((titles or {}).get(i, i) for i in row.overdue) or ("–",)
    status = (tx or Translator()).status(row.status)
    return [
        Cell(name, ("#1f2937", MUTED)),
        Cell((status,), (STATUS_COLOURS[row.status],), bold_first=True),
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
    language: str = ENGLISH,
) -> None:
    """``html`` (the report without its team table) and then the table of ``rows``."""
    tx = Translator(language)
    cells = [team_cells(row, titles, tx) for row in rows]
    title = tx.translate("TeamReport", "Team progress")
    write_pdf(html, path, PdfTable(title, columns(tx), cells), progress)
