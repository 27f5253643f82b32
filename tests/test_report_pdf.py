"""The team report as PDF: charts become images and QTextDocument paginates onto A4."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sellertrain.core.models import AccessRole, Employee
from sellertrain.core.reports import charts, exports
from sellertrain.core.reports.team import EmployeeProgress, QuestionStats, TeamStatus
from sellertrain.pdf import report as report_pdf


def team(count: int) -> list[EmployeeProgress]:
    statuses = list(TeamStatus)
    return [
        EmployeeProgress(
            employee=Employee(f"e{i}", f"员工 {i} <b>", AccessRole.LEARNER, "logistics"),
            required=10,
            required_done=i % 11,
            quizzes_passed=i % 4,
            average_best_score=50 + i % 50,
            last_activity="2026-03-02T10:00:00+00:00",
            status=statuses[i % len(statuses)],
            overdue=("shipping-deadlines",)
            if statuses[i % len(statuses)] is TeamStatus.OVERDUE
            else (),
            next_due="2026-04-01",
        )
        for i in range(count)
    ]


def html_report(rows: list[EmployeeProgress]) -> str:
    weak = [
        ("q1", QuestionStats(f"q{i}", f"Question {i}?", 10, i, "Seven days", 10 - i, None, None))
        for i in range(10)
    ]
    return exports.team_report_html(
        rows,
        {f"area {i}": 40 + 5 * i for i in range(12)},
        [("2026-03-01", 3), ("2026-03-05", 9), ("2026-03-20", 20)],
        [0, 1, 1, 2, 3, 5, 8, 9, 6, 2],
        weak,
        "Seller basics",
        "2026-03-31 09:00",
    )


@pytest.mark.parametrize(
    "svg",
    [
        charts.bar_chart({"shipping": 70, "fees": 90}, "Risk"),
        charts.bar_chart({f"area {i}": i * 8 for i in range(14)}, "Risk"),
        charts.line_chart([("2026-03-01", 1), ("2026-03-09", 4)], "Completions"),
        charts.line_chart([("2026-03-01", 1)], "Completions"),
        charts.histogram([1, 2, 3, 0, 0, 0, 0, 4, 5, 6], "Scores"),
        charts.histogram([], "Scores"),
    ],
)
def test_qt_renders_every_chart(qapp, svg: str) -> None:
    image = report_pdf.svg_to_image(svg)
    assert image.width() == 2 * charts.WIDTH
    assert image.height() >= 2 * charts.HEIGHT
    # something besides the white background was drawn
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3


def test_invalid_svg_is_refused(qapp) -> None:
    with pytest.raises(ValueError):
        report_pdf.svg_to_image("<svg")


def test_write_pdf_writes_a_pdf_file(qapp, tmp_path: Path) -> None:
    target = tmp_path / "team.pdf"
    report_pdf.write_pdf(html_report(team(5)), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 10_000  # text plus three chart images
    assert data.count(b"/Subtype /Image") >= 3


def test_a_large_team_runs_over_several_pages(qapp, tmp_path: Path) -> None:
    target = tmp_path / "big.pdf"
    report_pdf.write_pdf(html_report(team(120)), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    pages = re.search(rb"/Count (\d+)", data)
    assert pages is not None and int(pages.group(1)) > 3


def test_an_empty_report_still_makes_a_pdf(qapp, tmp_path: Path) -> None:
    html = exports.team_report_html([], {}, [], [], [], "Seller basics", "2026-03-31")
    target = tmp_path / "empty.pdf"
    report_pdf.write_pdf(html, target)
    assert target.read_bytes().startswith(b"%PDF")


def test_write_pdf_creates_its_own_application_without_a_display(tmp_path: Path) -> None:
    """The CLI has no Qt application and maybe no display: write_pdf must still work."""
    target = tmp_path / "cli.pdf"
    code = (
        "import sys; from pathlib import Path; from sellertrain.pdf import report as report_pdf;"
        "from sellertrain.core.reports import exports;"
        "html = exports.team_report_html([], {'fees': 90}, [], [3, 1], [], 'Course', 'now');"
        "report_pdf.write_pdf(html, Path(sys.argv[1]))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-c", code, str(target)], env=env, capture_output=True, timeout=60
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert target.read_bytes().startswith(b"%PDF")


def test_the_team_table_keeps_every_row_whole_and_repeats_its_header(qapp, tmp_path: Path):
    """QTextDocument split a row over a page break (the name on one page, the department on
    the next); the drawn table moves a row that does not fit to the next page whole."""
    from PySide6.QtGui import QPainter

    from sellertrain.pdf.table import TableDrawer
    from sellertrain.pdf.team_report import COLUMNS, team_cells

    rows = team(400)
    writer = report_pdf.a4_writer(tmp_path / "t.pdf", "t", report_pdf.MARGIN_MM)
    painter = QPainter(writer)
    page_height = writer.height() - report_pdf.FOOTER_PX
    drawer = TableDrawer(painter, writer, COLUMNS, page_height)
    placed: list[tuple[float, float]] = []
    headers: list[float] = []
    drawer._row = lambda _cells, y, height: placed.append((y, height))  # type: ignore[method-assign]
    original_header = drawer._header
    drawer._header = lambda y: (headers.append(y), original_header(y))[1]  # type: ignore[method-assign]
    pages = drawer.draw([team_cells(row) for row in rows], writer.newPage, None)
    painter.end()
    assert len(placed) == 400 and pages > 5
    assert all(y + height <= page_height for y, height in placed)  # no row crosses the edge
    assert len(headers) == pages and pages == drawer.page_count([team_cells(r) for r in rows])


def test_a_cancelled_table_leaves_no_file(qapp, tmp_path: Path) -> None:
    from sellertrain.pdf.table import ExportCancelled
    from sellertrain.pdf.team_report import write_team_pdf

    target = tmp_path / "cancelled.pdf"
    seen: list[int] = []

    def stop_at_400(done: int, _total: int) -> bool:
        seen.append(done)
        return done < 400

    with pytest.raises(ExportCancelled):
        write_team_pdf(html_report(team(3)), team(1_000), target, stop_at_400)
    assert seen == [200, 400] and not target.exists()
    write_team_pdf(html_report(team(3)), team(1_000), target, lambda *_a: True)
    pages = re.search(rb"/Count (\d+)", target.read_bytes())
    assert pages is not None and int(pages.group(1)) > 10
