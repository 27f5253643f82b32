"""Writing the team report's PDF in a worker, with a progress dialog and Cancel.

The window keeps answering while the pages are drawn (10,000 employees take seconds, and
once took 44 s frozen); Cancel stops at the next 200 rows and removes the partial file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sellertrain.core.reports.team import EmployeeProgress
from sellertrain.ui import dialogs, translations
from sellertrain.ui.workers import Worker

log = logging.getLogger(__name__)


class PdfExport(QObject):
    """One PDF being written; ``written`` (path) or ``stopped`` (why) when it ends."""

    written = Signal(object)
    stopped = Signal(str)
    _progressed = Signal(int, int)  # from the worker thread, queued to this one

    def __init__(
        self,
        parent: QWidget,
        make_html: Callable[[], str],
        rows: Sequence[EmployeeProgress],
        path: Path,
        titles: dict[str, str],
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.cancelled = threading.Event()
        self.dialog = QProgressDialog(
            self.tr("Writing the PDF report of {n} employees…").format(n=len(rows)),
            self.tr("Cancel"),
            0,
            max(len(rows), 1),
            parent,
        )
        self.dialog.setObjectName("pdfProgress")
        self.dialog.setWindowTitle(self.tr("Export report (PDF)"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._progressed.connect(self._show_progress)
        self._parent = parent

        language = translations.current()

        def work() -> Path:
            from sellertrain.pdf.team_report import write_team_pdf

            # the summary's charts read the whole team: here, not on the UI thread
            write_team_pdf(make_html(), rows, path, self._report, titles, language)
            return path

        self.worker = Worker(work)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.worker.start()

    def cancel(self) -> None:
        self.cancelled.set()

    def _report(self, done: int, total: int) -> bool:
        """Called in the worker every 200 rows: False stops it."""
        self._progressed.emit(done, total)
        return not self.cancelled.is_set()

    def _show_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)

    def _done(self, _ticket: int, path: object) -> None:
        self.dialog.close()
        self.written.emit(path)
        self.deleteLater()

    def _failed(self, _ticket: int, error: object) -> None:
        from sellertrain.pdf.table import ExportCancelled

        self.dialog.close()
        if isinstance(error, ExportCancelled):
            self.stopped.emit(self.tr("Export cancelled: no file was written."))
        else:
            log.error("PDF export to %s failed: %s", self.path, error)
            message = self.tr("Could not write {path}: {error}").format(
                path=self.path,
                error=translations.file_problem(error)
                if isinstance(error, BaseException)
                else error,
            )
            dialogs.show_error(self._parent, self.tr("Export failed"), message)
            self.stopped.emit(message)
        self.deleteLater()
