"""The charts tab reads the team's records in workers: stale results dropped, failures shown,
the drill-down from a risk area to its weakest people off the UI thread too."""

from __future__ import annotations

import logging
import threading

import pytest

from sellertrain.core.session import Session
from sellertrain.ui.team import risk_charts
from sellertrain.ui.team.risk_charts import RiskChartsTab
from sellertrain.ui.workers import Worker
from tests.ui.team.test_team_view import LOADED, answer_all

WAIT = LOADED / 1000


@pytest.fixture(autouse=True)
def no_leaked_workers(qtbot):
    yield
    qtbot.waitUntil(lambda: Worker.running() == 0, timeout=LOADED)


@pytest.fixture
def team(store, course):
    """A manager, and two learners who took the first quiz: one right throughout, one wrong."""
    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    first = course.ordered_lessons[0]
    for name, right in (("Chen Jie", True), ("Li Wei", False)):
        learner = store.add_employee(name, "learner", "pass-1234", "logistics")
        store.record_lesson_completed(learner.id, first.id, first.version)
        answer_all(store, course, learner, first.quiz_id, right=right)
    return manager


@pytest.fixture
def tab(qtbot):
    shown = RiskChartsTab()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    return shown


def test_a_newer_request_overtakes_a_held_one(qtbot, store, course, team, tab, monkeypatch):
    manager = team
    real = risk_charts.load_chart_data
    entered, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def held_first(opener):
        calls.append(1)
        if len(calls) == 1:  # the first request waits, and would show nobody tested
            entered.set()
            assert release.wait(WAIT)
            data = real(opener)
            return data._replace(areas=[a._replace(tested=0) for a in data.areas])
        return real(opener)

    monkeypatch.setattr(risk_charts, "load_chart_data", held_first)
    session = Session(store, course, manager)
    tab.show_for(session)
    assert entered.wait(WAIT)
    assert "Loading" in tab.note.text() and not tab.chart_svgs  # nothing drawn yet, no freeze
    with qtbot.waitSignal(tab.loaded, timeout=LOADED):
        tab.show_for(session)
    tested = [tab.area_table.item(row, 3).text() for row in range(tab.area_table.rowCount())]
    assert "2" in tested and "Loading" not in tab.note.text()
    with qtbot.assertNotEmitted(tab.loaded):
        release.set()
        qtbot.waitUntil(lambda: Worker.running() == 0, timeout=LOADED)
    assert [tab.area_table.item(r, 3).text() for r in range(tab.area_table.rowCount())] == tested


def test_a_failed_load_is_shown_and_logged(qtbot, store, course, team, tab, monkeypatch, caplog):
    manager = team

    def fail(_opener):
        raise OSError("disk I/O error")

    monkeypatch.setattr(risk_charts, "load_chart_data", fail)
    caplog.set_level(logging.ERROR, logger=risk_charts.__name__)
    tab.show_for(Session(store, course, manager))
    qtbot.waitUntil(lambda: "could not be loaded" in tab.note.text(), timeout=LOADED)
    assert "disk I/O error" in tab.note.text() and "disk I/O error" in caplog.text


def test_an_area_leads_to_its_weakest_people_through_a_worker(
    qtbot,
    store,
    course,
    team,
    tab,
):
    manager = team
    with qtbot.waitSignal(tab.loaded, timeout=LOADED):
        tab.show_for(Session(store, course, manager))
    row = next(
        r for r in range(tab.area_table.rowCount()) if tab.area_table.item(r, 1).text() != "–"
    )
    with qtbot.waitSignal(tab.weakest_loaded, timeout=LOADED):
        tab.area_table.selectRow(row)
    names = [tab.retrain.people.item(i).text() for i in range(tab.retrain.people.count())]
    assert any("Li Wei" in name for name in names)  # who answered everything wrong
    assert not any("Chen Jie" in name for name in names)  # who missed nothing
