"""Screens show stored UTC times in the computer's time zone."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from sellertrain.core.session import Session
from sellertrain.core.training.attempts import QuizSession


@pytest.fixture
def in_shanghai(monkeypatch: pytest.MonkeyPatch):
    """This computer runs on UTC+8 (no daylight saving), whatever the test machine uses."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield dt.timezone(dt.timedelta(hours=8))
    monkeypatch.undo()
    time.tzset()


def shanghai(stamp: str, zone: dt.tzinfo, length: int = 16) -> str:
    moment = dt.datetime.fromisoformat(stamp).astimezone(zone)
    return moment.strftime("%Y-%m-%d %H:%M")[:length]


def test_audit_log_and_attempts_show_local_time(qtbot, window, store, course, in_shanghai):
    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    learner = store.add_employee("Ana Li", "learner", "pass-1234")
    attempt = QuizSession.start(
        store, learner.id, course.quizzes[course.ordered_lessons[0].quiz_id]
    )
    attempt.answer(0, {0})
    Session(store, course, learner).submit(attempt)
    window.signed_in(manager)
    with qtbot.waitSignal(window.team.progress_loaded):
        window.show_team()

    audit = window.team.audit_log
    window.team.tabs.setCurrentWidget(audit)
    (entry, *_rest) = Session(store, course, manager).audit_log()
    assert audit.table.item(0, 0).text() == shanghai(entry.at, in_shanghai)
    assert audit.table.item(0, 0).text() != entry.at.replace("T", " ")[:16]

    window.show_employee(learner.id)
    (record,) = store.attempts(learner.id)
    detail = window.employee_detail
    cells = [detail.attempts.item(0, c).text() for c in range(detail.attempts.columnCount())]
    assert shanghai(record.started_at, in_shanghai) in cells
    assert shanghai(record.finished_at, in_shanghai) in cells
