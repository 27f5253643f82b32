"""The employee screen's "Export record…": the JSON file and the chain head shown to note down."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from sellertrain.core.session import Session
from sellertrain.core.store import AnswerToSave
from sellertrain.ui import dialogs
from sellertrain.ui.team.employee_detail import EmployeeDetailScreen


@pytest.fixture
def staff(store):
    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    learner = store.add_employee("Ana Li", "learner", "pass-1234")
    attempt = store.start_attempt(learner.id, "quiz", "v1", 1)
    rows = [AnswerToSave("q1", 0, frozenset({0}), ("yes",), True, 1.0)]
    store.finish_attempt(attempt.id, 100.0, True, rows)
    return manager, learner


@pytest.fixture
def screen(qtbot, store, course, staff):
    manager, learner = staff
    shown = EmployeeDetailScreen()
    qtbot.addWidget(shown)
    shown.show()
    shown.show_for(Session(store, course, manager), learner.id)
    return shown


def test_export_record_saves_the_record_and_shows_the_chain_head(
    qtbot, screen, store, staff, monkeypatch, tmp_path
):
    _manager, learner = staff
    target = tmp_path / "ana.json"
    asked: list[tuple[str, str]] = []
    told: list[str] = []

    def pick(_parent, title, suggested, _filter):
        asked.append((title, str(suggested)))
        return target

    monkeypatch.setattr(dialogs, "pick_save_file", pick)
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: told.append(text))
    assert screen.export_record_button.isVisible()
    assert screen.export_record_button.objectName() == "detailExportRecord"
    qtbot.mouseClick(screen.export_record_button, Qt.MouseButton.LeftButton)
    assert asked == [("Export the record of Ana Li", "Ana-Li-record.json")]
    record = json.loads(target.read_text(encoding="utf-8"))
    head = store.chain_head(learner.id)
    assert record["chain_head"] == {"seq": 1, "hash": head.hash}
    assert len(record["attempts"]) == 1
    assert head.hash in told[0] and "#1" in told[0]


def test_cancelled_or_failed_exports_write_nothing(screen, monkeypatch, tmp_path):
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "pick_save_file", lambda *_args: None)
    assert screen.export_record() is None
    monkeypatch.setattr(
        dialogs, "pick_save_file", lambda *_args: tmp_path / "missing-folder" / "x.json"
    )
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    assert screen.export_record() is None
    assert errors and errors[0].startswith("The record of Ana Li was not exported")
