"""The manager's team report as files: a spreadsheet-safe CSV and a printable HTML page.

Everything here returns text; writing the PDF needs Qt and lives in ``sellertrain.pdf.report``.
"""

from __future__ import annotations

import csv
import io
import logging
from collections import Counter
from html import escape
from pathlib import Path

from sellertrain.core.i18n import Translator
from sellertrain.core.language import ENGLISH
from sellertrain.core.reports import charts
from sellertrain.core.reports.team import EmployeeProgress, QuestionStats, TeamStatus
from sellertrain.core.timestamps import local_date

log = logging.getLogger(__name__)

# A spreadsheet treats a cell starting with one of these as a formula (or may strip it first).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheets skip these before a formula character (or read the full-width forms as one):
# whitespace, zero-width space, BOM, and full-width = + - @.
_FORMULA_LEAD = " \t\r\n\v\f\u00a0\u200b\ufeff\u3000"
_FULL_WIDTH_FORMULA = ("\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe62", "\ufe63")

CSV_HEADER = (
    "name",
    "department",
    "role",
    "status",
    "required lessons",
    "required done",
    "percent",
    "quizzes passed",
    "average best score",
    "last activity",
    "overdue lessons",
    "next due",
)

STATUS_ORDER = (
    TeamStatus.COMPLETE,
    TeamStatus.IN_PROGRESS,
    TeamStatus.NOT_STARTED,
    TeamStatus.NEEDS_REFRESH,
    TeamStatus.OVERDUE,
)
STATUS_COLOURS = {
    TeamStatus.COMPLETE: charts.GREEN,
    TeamStatus.IN_PROGRESS: "#b06000",
    TeamStatus.NOT_STARTED: charts.MUTED,
    TeamStatus.NEEDS_REFRESH: charts.RED,
    TeamStatus.OVERDUE: charts.RED,
}


# -- CSV -----------------------------------------------------------------------------------
def safe_cell(value: object) -> str:
    """A cell's text with spreadsheet formula injection neutralised by a leading apostrophe.

    Numbers stay numbers (a negative number is not a formula); None is an empty cell.
    """
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    if text.lstrip(_FORMULA_LEAD).startswith(FORMULA_PREFIXES + _FULL_WIDTH_FORMULA):
        return "'" + text
    return text


def _csv_header(tx: Translator) -> tuple[str, ...]:
    """The header line: English ids (scripts read them), or the headings in Chinese."""
    if tx.language == ENGLISH:
        return CSV_HEADER
    return (
        tx.translate("TeamReport", "Name"),
        tx.translate("TeamReport", "Department"),
        tx.translate("TeamReport", "Role"),
        tx.translate("TeamReport", "Status"),
        tx.translate("TeamReport", "Required lessons"),
        tx.translate("TeamReport", "Required done"),
        tx.translate("TeamReport", "Percent"),
        tx.translate("TeamReport", "Quizzes passed"),
        tx.translate("TeamReport", "Average best score"),
        tx.translate("TeamReport", "Last activity"),
        tx.translate("TeamReport", "Overdue lessons"),
        tx.translate("TeamReport", "Next due"),
    )


def _csv_row(row: EmployeeProgress, tx: Translator) -> list[str]:
    employee = row.employee
    english = tx.language == ENGLISH
    return [
        safe_cell(employee.name),
        safe_cell(employee.department),
        safe_cell(employee.role.value if english else tx.status(employee.role.value)),
        safe_cell(row.status.value if english else tx.status(row.status.value)),
        safe_cell(row.required),
        safe_cell(row.required_done),
        safe_cell(row.percent),
        safe_cell(row.quizzes_passed),
        safe_cell(row.average_best_score),
        safe_cell(row.last_activity),
        safe_cell("; ".join(row.overdue)),
        safe_cell(row.next_due),
    ]


def team_progress_csv(rows: list[EmployeeProgress], language: str = ENGLISH) -> str:
    """The team progress table as CSV text: a header line, then one line per employee."""
    tx = Translator(language)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(_csv_header(tx))
    writer.writerows(_csv_row(row, tx) for row in rows)
    return buffer.getvalue()


def grid_csv(headers: list[str], rows: list[list[str]]) -> str:
    """Any table as shown (names, local dates) as CSV text, every cell formula-safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(h) for h in headers])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def write_csv(path: Path, text: str) -> None:
    """Write CSV text with a byte-order mark, so Excel reads Chinese names as UTF-8."""
    Path(path).write_text(text, encoding="utf-8-sig", newline="")
    log.info("wrote %s", path)


# -- HTML ----------------------------------------------------------------------------------
REPORT_CSS = """
body { font-family: sans-serif; color: #1f2937; font-size: 10pt; margin: 24px; }
h1 { font-size: 18pt; color: #111827; margin-top: 0; margin-bottom: 2px; }
h2 { font-size: 13pt; color: #1a3e8a; margin-top: 22px; margin-bottom: 8px; }
p.meta { color: #6b7280; margin-top: 0; }
p.note { color: #6b7280; font-size: 9pt; }
table.data { border-collapse: collapse; width: 100%; }
table.data th { background-color: #eef1f5; color: #111827; font-weight: bold; text-align: left;
  padding: 4px 5px; border-bottom: 1px solid #c7ccd4; font-size: 8.5pt; }
table.data td { padding: 4px 5px; border-bottom: 1px solid #e5e7eb; vertical-align: top;
  font-size: 8.5pt; }
table.summary { border-collapse: separate; width: 100%; }
table.summary td { background-color: #f1f4f9; padding: 8px; text-align: center; }
.big { font-size: 16pt; font-weight: bold; color: #111827; }
.label { color: #4b5563; font-size: 9pt; }
.muted { color: #6b7280; }
.bad { color: #c5221f; font-weight: bold; }
.late { color: #c5221f; }
.chart { margin-bottom: 14px; }
.nowrap { white-space: nowrap; }
svg { max-width: 100%; height: auto; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { margin: 0; }
  thead { display: table-header-group; }
  tr, .chart { page-break-inside: avoid; }
  h2 { page-break-after: avoid; }
}
"""


def _h(value: object) -> str:
    """Text (None as a dash) escaped for HTML."""
    return "–" if value is None or value == "" else escape(str(value), quote=True)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


def score_text(value: float | None) -> str:
    """A score as the reports show it: 87%, 87.5% or – for none."""
    return _score(value)


def _score(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}%" if float(value).is_integer() else f"{value:.1f}%"


def _summary(rows: list[EmployeeProgress], tx: Translator) -> str:
    """Headcount, overall completion of required lessons and the count of each status."""
    required = sum(row.required for row in rows)
    done = sum(row.required_done for row in rows)
    overall = f"{round(100 * done / required)}%" if required else "–"
    counts = Counter(row.status for row in rows)
    cells = [
        (str(len(rows)), tx.translate("TeamReport", "employees"), "#111827"),
        (overall, tx.translate("TeamReport", "overall completion"), "#111827"),
    ]
    cells += [
        (
            str(counts[status]),
            tx.status(status),
            STATUS_COLOURS[status] if counts[status] else "#111827",
        )
        for status in STATUS_ORDER
    ]
    body = "".join(
        f'<td><span class="big" style="color: {colour}">{_h(number)}</span><br>'
        f'<span class="label">{_h(label)}</span></td>'
        for number, label, colour in cells
    )
    return f'<table class="summary" width="100%" cellspacing="6"><tr>{body}</tr></table>'


def team_columns(tx: Translator) -> tuple[str, ...]:
    """The team table's headings (the HTML's and the PDF's)."""
    return (
        tx.translate("TeamReport", "Name"),
        tx.translate("TeamReport", "Status"),
        tx.translate("TeamReport", "Lessons done"),
        tx.translate("TeamReport", "Quizzes passed"),
        tx.translate("TeamReport", "Average best"),
        tx.translate("TeamReport", "Last active"),
        tx.translate("TeamReport", "Overdue"),
        tx.translate("TeamReport", "Next due"),
    )


def _team_table(rows: list[EmployeeProgress], tx: Translator) -> str:
    head = (
        '<thead><tr><th width="17%">{}</th><th width="13%">{}</th>'
        '<th width="12%" align="right">{}</th><th width="10%" align="right">{}</th>'
        '<th width="10%" align="right">{}</th><th width="12%">{}</th>'
        '<th width="15%">{}</th><th width="11%">{}</th></tr></thead>'
    ).format(*(_h(text) for text in team_columns(tx)))
    lines = []
    for row in rows:
        colour = STATUS_COLOURS[row.status]
        department = row.employee.department
        name = _h(row.employee.name)
        if department:
            name += f'<br><span class="muted">{_h(department)}</span>'
        overdue = "<br>".join(f'<span class="late">{_h(item)}</span>' for item in row.overdue)
        lines.append(
            "<tr>"
            f"<td>{name}</td>"
            f'<td><span style="color: {colour}; font-weight: bold">{_h(tx.status(row.status))}</span>'
            "</td>"
            f'<td class="nowrap" align="right">{row.required_done}/{row.required}'
            f" ({row.percent}%)</td>"
            f'<td align="right">{row.quizzes_passed}</td>'
            f'<td align="right">{_score(row.average_best_score)}</td>'
            f'<td class="nowrap">{_h(local_date(row.last_activity))}</td>'
            f"<td>{overdue or '–'}</td>"
            f'<td class="nowrap">{_h(row.next_due)}</td>'
            "</tr>"
        )
    if not lines:
        none = tx.translate("TeamReport", "No employees yet.")
        lines.append(f'<tr><td colspan="8" class="muted">{_h(none)}</td></tr>')
    return f'<table class="data" width="100%" cellspacing="0">{head}<tbody>{"".join(lines)}</tbody></table>'


def _weak_table(weak_questions: list[tuple[str, QuestionStats]], tx: Translator) -> str:
    head = (
        '<thead><tr><th align="right">#</th><th width="46%">{}</th>'
        '<th align="right">{}</th><th align="right">{}</th><th>{}</th></tr></thead>'
    ).format(
        _h(tx.translate("TeamReport", "Question")),
        _h(tx.translate("TeamReport", "Answers")),
        _h(tx.translate("TeamReport", "Correct")),
        _h(tx.translate("TeamReport", "Most chosen wrong answer")),
    )
    lines = []
    for number, (quiz_id, stats) in enumerate(weak_questions[:10], start=1):
        share = stats.share_correct
        share_class = ' class="bad"' if share is not None and share < 0.5 else ""
        wrong = (
            f"{_h(stats.most_chosen_wrong)}"
            f' <span class="muted">({stats.most_chosen_wrong_count}×)</span>'
            if stats.most_chosen_wrong
            else '<span class="muted">–</span>'
        )
        lines.append(
            "<tr>"
            f'<td align="right">{number}</td>'
            f'<td>{_h(stats.text)}<br><span class="muted">{_h(quiz_id)}</span></td>'
            f'<td align="right">{stats.answers}</td>'
            f'<td align="right"><span{share_class}>{_percent(share)}</span></td>'
            f"<td>{wrong}</td>"
            "</tr>"
        )
    if not lines:
        none = tx.translate("TeamReport", "No quiz answers yet.")
        lines.append(f'<tr><td colspan="5" class="muted">{_h(none)}</td></tr>')
    return f'<table class="data" width="100%" cellspacing="0">{head}<tbody>{"".join(lines)}</tbody></table>'


def team_report_html(
    rows: list[EmployeeProgress],
    risk_areas: dict[str, float],
    completions: list[tuple[str, int]],
    histogram: list[int],
    weak_questions: list[tuple[str, QuestionStats]],
    course_title: str,
    generated_at: str,
    with_table: bool = True,
    filtered: str | None = None,
    language: str = ENGLISH,
) -> str:
    """A self-contained, printable HTML team report with inline SVG charts, in ``language``.

    ``with_table=False`` leaves the team table out (the PDF draws it itself); ``filtered``
    describes the filters of a report of some of the team, in its title and summary.
    """
    tx = Translator(language)
    words = charts.chart_words(tx)
    risk = tx.translate("TeamReport", "First-attempt answers correct, by risk area")
    figures = [
        charts.bar_chart(risk_areas, risk, words=words),
        charts.line_chart(
            completions,
            tx.translate("TeamReport", "Lessons completed over time (cumulative)"),
            words,
        ),
        charts.histogram(
            histogram,
            tx.translate("TeamReport", "Quiz score distribution (finished attempts)"),
            words=words,
        ),
    ]
    chart_html = "".join(f'<div class="chart">{figure}</div>' for figure in figures)
    title = tx.translate("TeamReport", "Team report: {course}").format(course=course_title)
    if filtered:
        title += tx.translate("TeamReport", " (filtered)")
    scope = (
        '<p class="meta">{}</p>'.format(
            _h(
                tx.translate(
                    "TeamReport",
                    "Filtered: {filters}. The summary, the charts and the tables cover these "
                    "employees only.",
                ).format(filters=filtered)
            )
        )
        if filtered
        else ""
    )
    heading = _h(tx.translate("TeamReport", "Team progress"))
    table = f"<h2>{heading}</h2>\n{_team_table(rows, tx)}" if with_table else ""
    texts = {
        key: _h(tx.translate("TeamReport", text))
        for key, text in (
            ("summary", "Summary"),
            ("stands", "Where the team stands"),
            ("wrong", "Questions the team gets wrong most"),
        )
    }
    generated = _h(
        tx.translate("TeamReport", "Generated {time} by SellerTrain").format(time=generated_at)
    )
    note = _h(
        tx.translate(
            "TeamReport",
            "Share correct is over all answers to the current version of each quiz. Risk areas "
            "count the answers on each employee's first attempt at the quizzes of the lessons "
            "with that tag.",
        )
    )
    return f"""<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<title>{_h(title)}</title>
<style>{REPORT_CSS}</style>
</head>
<body>
<h1>{_h(title)}</h1>
<p class="meta">{generated}</p>
{scope}
<h2>{texts["summary"]}</h2>
{_summary(rows, tx)}
<h2>{texts["stands"]}</h2>
{chart_html}
{table}
<h2>{texts["wrong"]}</h2>
{_weak_table(weak_questions, tx)}
<p class="note">{note}</p>
</body>
</html>
"""
