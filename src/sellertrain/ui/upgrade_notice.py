"""The notice shown while this version upgrades the database, before the main window opens.

An upgrade of a large database takes a while (the copy kept beside it, then the new schema:
about 30 s for a 10,000-employee company). Without a window the app would look as if it had
not started, and someone would start it again or end it. The upgrade runs in a thread of its
own (SQLite lets go of the interpreter while it works) and this small window stays painted
and answering until it is done; it has no close button, since the upgrade cannot be stopped
half-way (it is one transaction: ended by force, the file stays as it was).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

T = TypeVar("T")
_POLL_MS = 50  # how often the window looks whether the upgrade has ended


class UpgradeNotice(QDialog):
    """ "Upgrading your records…", the file's name, and a busy bar."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeNotice")
        self.setWindowTitle(self.tr("SellerTrain"))
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        heading = QLabel(self.tr("Upgrading your records for this version of SellerTrain…"))
        heading.setObjectName("upgradeHeading")
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        heading.setWordWrap(True)
        file = QLabel(str(path))
        file.setObjectName("upgradeFile")
        file.setWordWrap(True)
        file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail = QLabel(
            self.tr(
                "This happens once. A copy of the file is kept beside it first, so nothing can "
                "be lost. A large database takes a minute or two: please leave SellerTrain open."
            )
        )
        detail.setWordWrap(True)
        busy = QProgressBar()
        busy.setRange(0, 0)  # no end known: a moving bar
        busy.setTextVisible(False)
        layout = QVBoxLayout(self)
        for widget in (heading, file, detail, busy):
            layout.addWidget(widget)
        self.setMinimumWidth(420)

    def reject(self) -> None:
        """Escape does nothing: the upgrade cannot be stopped half-way."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # nor can the window be closed (run_with_notice hides it when done)


def run_with_notice(work: Callable[[], T], path: Path) -> T:
    """Run ``work`` (the upgrade of ``path``) in a thread while the notice is shown; its result,
    or the exception it raised, raised again here."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the caller, in its own thread
            outcome["error"] = exc

    notice = UpgradeNotice(path)
    notice.show()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(_POLL_MS)
    thread = threading.Thread(target=run, name="sellertrain-upgrade", daemon=True)
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    notice.hide()
    notice.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
