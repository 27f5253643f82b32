"""The team report's PDF at 10,000 employees: the table laid out by QTextDocument (as before)
against the table drawn row by row (pdf/table.py), alternating, medians; and the longest
pause of the event loop while the app writes it in its worker.

Run: python -m uv run python benchmarks/pdf_report.py [ROWS] [RUNS]
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sellertrain.core.models import AccessRole, Employee
from sellertrain.core.reports import exports
from sellertrain.core.reports.team import EmployeeProgress, TeamStatus
from sellertrain.pdf.report import write_pdf
from sellertrain.pdf.team_report import write_team_pdf


def rows(count: int) -> list[EmployeeProgress]:
    statuses = list(TeamStatus)
    return [
        EmployeeProgress(
            Employee(f"e{n}", f"Employee {n:05d}", AccessRole.LEARNER, "logistics"),
            6,
            n % 7,
            n % 5,
            80.0,
            "2026-11-01T09:00:00+00:00",
            statuses[n % 5],
            ("ip-brand-logos",) if statuses[n % 5] is TeamStatus.OVERDUE else (),
        )
        for n in range(count)
    ]


def html(people: list[EmployeeProgress], with_table: bool) -> str:
    return exports.team_report_html(people, {}, [], [], [], "T", "now", with_table=with_table)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    app = QApplication.instance() or QApplication(sys.argv[:1])
    people = rows(count)
    before, after = [], []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "r.pdf"
        for _ in range(runs):
            start = time.perf_counter()
            write_pdf(html(people, True), out)
            before.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_team_pdf(html(people, False), people, out)
            after.append(time.perf_counter() - start)
        from PySide6.QtWidgets import QWidget

        from sellertrain.ui.team.pdf_export import PdfExport

        parent = QWidget()
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        export = PdfExport(parent, html(people, False), people, out, {})
        done: list[object] = []
        export.written.connect(done.append)
        timer.start(10)
        export.start()
        while not done:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(f"{count:,} rows, {runs} alternating runs, load {os.getloadavg()[0]:.2f}")
    print(f"QTextDocument table: median {statistics.median(before):.2f} s {sorted(before)}")
    print(f"drawn table:         median {statistics.median(after):.2f} s {sorted(after)}")
    print(f"ratio {statistics.median(before) / statistics.median(after):.1f}x")
    print(f"event loop while the worker writes it: longest pause {1000 * max(gaps):.0f} ms")


if __name__ == "__main__":
    main()
