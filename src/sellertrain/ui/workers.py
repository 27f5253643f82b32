"""Run slow work off the UI thread and hand its result back to the UI thread through a signal."""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QThread, Signal

log = logging.getLogger(__name__)


class Worker(QThread):
    """Runs ``work()`` in its own thread; emits ``succeeded`` or ``failed`` with ``ticket``.

    ``work`` must not touch widgets or the UI thread's Store: it opens what it needs and
    returns plain values. The signals are queued to the UI thread when connected to a method
    of a widget there, so slots may fill widgets. ``ticket`` lets the caller tell a stale
    result from the one it is waiting for.

    A Worker has no Qt parent and keeps itself alive until its thread has ended: a QThread
    destroyed while running aborts the app, which a deleted parent screen would cause.
    """

    succeeded = Signal(int, object)  # ticket, the value work() returned
    failed = Signal(int, object)  # ticket, the exception work() raised

    _running: ClassVar[set[Worker]] = set()
    _quit_hooked: ClassVar[bool] = False

    def __init__(self, work: Callable[[], Any], ticket: int = 0) -> None:
        super().__init__()
        self.work = work
        self.ticket = ticket
        self.finished.connect(self._forget)

    def start(self, priority: QThread.Priority = QThread.Priority.InheritPriority) -> None:
        """Start the thread, keeping this object alive until it ends."""
        Worker._running.add(self)
        Worker._wait_at_quit()
        super().start(priority)

    def run(self) -> None:
        """The background thread: call ``work`` and report its outcome (never raise)."""
        try:
            result = self.work()
        except Exception as exc:  # the UI thread decides what to show and logs it
            self.failed.emit(self.ticket, exc)
        else:
            self.succeeded.emit(self.ticket, result)

    def _forget(self) -> None:
        # Queued to the UI thread after run() returned; wait() only covers the last instants.
        self.wait()
        Worker._running.discard(self)

    @classmethod
    def running(cls) -> int:
        """How many workers have not yet been forgotten (their results may still be queued)."""
        return len(cls._running)

    @classmethod
    def wait_for_all(cls, msecs: int = 30_000) -> bool:
        """Block until every worker's thread has ended; False if one is still running."""
        done = True
        for worker in list(cls._running):
            done = worker.wait(msecs) and done
        return done

    @classmethod
    def _wait_at_quit(cls) -> None:
        # A QThread destroyed while running aborts the process, and one still running Python
        # while the interpreter shuts down can crash it: wait when the event loop ends, and
        # at exit for scripts that never ran one.
        if cls._quit_hooked:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(cls._on_quit)
        atexit.register(cls._on_quit)
        cls._quit_hooked = True

    @classmethod
    def _on_quit(cls) -> None:
        if not cls.wait_for_all():
            log.warning("a background worker was still running when the app quit")
