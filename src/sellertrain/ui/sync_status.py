"""Syncing with the company record from the app: at sign-in, after every write (a submitted
quiz), every 5 minutes while open and at close, always in a Worker, never blocking.

A status line in the status bar says "Synced 2 min ago", "Offline — 3 results waiting" or
"Syncing…", with a *Sync now* button. Only a database that joined a company record, with the
server's address in SELLERTRAIN_SERVER, syncs; otherwise nothing here shows. While a manager is
signed in, each sync checks what it received (verify on pull), and a button "%n problem(s) in
received records" opens the list of what did not hold (received_problems.py): the problems
about the people that manager reaches (a department manager: their departments), read through
the session, so the count and the list are the same ones.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton

from sellertrain.core.received import RecordedProblem
from sellertrain.core.server.background import (
    SyncOutcome,
    sync_database,
    sync_target,
    waiting_results,
)
from sellertrain.ui.received_problems import ReceivedProblemsDialog
from sellertrain.ui.translations import error_text, localized
from sellertrain.ui.workers import Worker

log = logging.getLogger(__name__)
EVERY_MS = 5 * 60 * 1000


def status_text(
    syncing: bool, last_synced: dt.datetime | None, waiting: int, offline: bool, now: dt.datetime
) -> str:
    """The status line, translated (each phrase a literal, so the catalogues pick it up)."""
    if syncing:
        return QCoreApplication.translate("SyncStatus", "Syncing…")
    if offline:
        if waiting == 1:
            return QCoreApplication.translate("SyncStatus", "Offline — 1 result waiting")
        return QCoreApplication.translate("SyncStatus", "Offline — {n} results waiting").format(
            n=waiting
        )
    if last_synced is None:
        return QCoreApplication.translate("SyncStatus", "Not synced yet")
    minutes = int((now - last_synced).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("SyncStatus", "Synced just now")
    return QCoreApplication.translate("SyncStatus", "Synced {n} min ago").format(n=minutes)


class SyncStatus(QObject):
    """The status line and *Sync now* of one main window, and when it syncs."""

    def __init__(self, window: Any, dsn: str, path: Path) -> None:
        super().__init__(window)
        self.window, self.dsn, self.path = window, dsn, path
        self.label = QLabel()
        self.label.setObjectName("syncStatus")
        self.button = QPushButton(self.tr("Sync now"))
        self.button.clicked.connect(self.sync_now)
        self.problems_button = QPushButton()
        self.problems_button.setObjectName("receivedProblems")
        self.problems_button.setVisible(False)
        self.problems_button.clicked.connect(self.show_problems)
        self.problems: tuple[RecordedProblem, ...] = ()
        self.unseen = 0
        self.problems_dialog: ReceivedProblemsDialog | None = None
        window.statusBar().addPermanentWidget(self.problems_button)
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.button)
        self.ticket = 0
        self.syncing = self.offline = self.again = self._quiet = False
        self.last_synced: dt.datetime | None = None
        self.waiting = 0
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        self.minute = QTimer(self)  # "2 min ago" moves on
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(self.show_status)
        self.minute.start()
        window.sign_in.signed_in.connect(lambda _employee: self.sync_now())
        window.first_run.account_created.connect(lambda _employee: self.sync_now())
        window.records_changed.connect(self._written)
        window.toolbar.sign_out_action.triggered.connect(self._load_problems)
        window.installEventFilter(self)
        self.show_status()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.sync_now()  # at close: the worker is waited for as the app quits
        return False

    def _written(self) -> None:
        if not self._quiet:  # not the refresh after a pull
            self.sync_now()

    def sync_now(self) -> None:
        """Start a sync in a Worker (or one more after the running one)."""
        if self.syncing:
            self.again = True
            return
        self.syncing, self.ticket = True, self.ticket + 1
        course = self.window.course
        verify_with = course if self._manager() else None  # verify on pull: a manager's check
        worker = Worker(
            lambda: sync_database(self.dsn, self.path, course.root, verify_with), self.ticket
        )
        worker.succeeded.connect(self._synced)
        worker.failed.connect(self._failed)
        worker.start()
        self._load_problems()  # whoever signed in: their list at once, not the last one's
        self.show_status()

    def _manager(self) -> bool:
        session = self.window.session
        return session is not None and bool(session.is_manager)

    def _synced(self, ticket: int, value: Any) -> None:
        if ticket != self.ticket:
            return  # stale
        outcome: SyncOutcome = value
        self.waiting = outcome.waiting
        self.syncing, self.offline = False, False
        self.last_synced = dt.datetime.now(dt.UTC)
        self.label.setToolTip(localized(outcome.summary))
        if outcome.verified:
            self._load_problems()
        else:
            self._show_problems_button()
        if outcome.new_content:  # a publication's files arrived: read the course again
            self.window.reload_course()
        if outcome.pulled and self.window.session is not None:
            self._quiet = True
            try:
                self.window.records_changed.emit()  # show what was pulled
            finally:
                self._quiet = False
        self._done()

    def _failed(self, ticket: int, exc: object) -> None:
        if ticket != self.ticket:
            return
        log.info("sync failed: %s", exc)
        self.syncing, self.offline = False, True
        self.label.setToolTip(error_text(exc) if isinstance(exc, BaseException) else str(exc))
        self.waiting = waiting_results(self.window.accounts.store)
        self._done()

    def _done(self) -> None:
        self.show_status()
        if self.again:
            self.again = False
            self.sync_now()

    def _load_problems(self) -> None:
        """The problems the signed-in manager may see (their reach, their seen marks), read
        through the session; none for anyone else."""
        session = self.window.session
        if session is None or not session.is_manager:
            self.problems, self.unseen = (), 0
        else:
            self.problems = tuple(session.received_problems())
            self.unseen = sum(not p.seen for p in self.problems)
        self._show_problems_button()

    def _show_problems_button(self) -> None:
        """The problems button: for a manager, when any were found (bold while some are new)."""
        count = len(self.problems)
        self.problems_button.setVisible(self._manager() and count > 0)
        text = self.tr("%n problem(s) in received records", "", count)
        self.problems_button.setText(text)
        self.problems_button.setAccessibleName(text)
        font = self.problems_button.font()
        font.setBold(self.unseen > 0)
        self.problems_button.setFont(font)

    def show_problems(self) -> None:
        """Open the list of problems (not modal: the app goes on) and mark them seen."""
        session = self.window.session
        if session is None or not session.is_manager:
            return
        self.problems_dialog = ReceivedProblemsDialog(self.problems, self.window)
        self.problems_dialog.show()
        if self.problems:  # newest first: the first is the last one shown
            session.mark_received_problems_seen(self.problems[0].id)
        self.problems = tuple(
            RecordedProblem(p.id, p.found_at, p.problem, True) for p in self.problems
        )
        self.unseen = 0
        self._show_problems_button()

    def show_status(self) -> None:
        text = status_text(
            self.syncing, self.last_synced, self.waiting, self.offline, dt.datetime.now(dt.UTC)
        )
        self.label.setText(text)


def attach_sync_status(window: QMainWindow) -> SyncStatus | None:
    """Sync this window's database if it joined a company record and a server is set.

    ``window`` is the MainWindow (its accounts, sign-in screens and ``records_changed``).
    """
    target = sync_target(window.accounts.store)  # type: ignore[attr-defined]
    return None if target is None else SyncStatus(window, *target)
