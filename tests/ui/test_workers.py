"""The background worker: results and errors reach the UI thread through its signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from sellertrain.ui.workers import Worker


class Receiver(QObject):
    """A UI-thread object whose slots record what arrived and on which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[str, int, object, bool]] = []

    def on_success(self, ticket: int, value: object) -> None:
        self.got.append(
            ("ok", ticket, value, threading.current_thread() is threading.main_thread())
        )

    def on_failure(self, ticket: int, error: object) -> None:
        self.got.append(
            ("error", ticket, error, threading.current_thread() is threading.main_thread())
        )


def start(receiver: Receiver, work, ticket: int) -> Worker:
    """Start a worker; it is forgotten only after its outcome was delivered to ``receiver``."""
    worker = Worker(work, ticket)
    worker.succeeded.connect(receiver.on_success)
    worker.failed.connect(receiver.on_failure)
    worker.start()
    return worker


def test_the_result_arrives_on_the_ui_thread(qtbot):
    receiver = Receiver()
    ran_on: list[threading.Thread] = []

    def work() -> list[int]:
        ran_on.append(threading.current_thread())
        return [1, 2, 3]

    start(receiver, work, 7)
    qtbot.waitUntil(lambda: Worker.running() == 0)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert receiver.got == [("ok", 7, [1, 2, 3], True)]


def test_an_exception_arrives_as_a_value(qtbot):
    receiver = Receiver()
    problem = ValueError("no such table: employees")

    def work() -> None:
        raise problem

    start(receiver, work, 2)
    qtbot.waitUntil(lambda: Worker.running() == 0)
    assert receiver.got == [("error", 2, problem, True)]
