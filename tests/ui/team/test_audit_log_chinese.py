"""The audit tab read in Chinese: subjects, details and a failed export say no English but
names and ids; a search finds a subject by what it shows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from sellertrain.core.models import Course
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.ui import dialogs, translations
from sellertrain.ui.team.audit_log import AuditLogView


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    assert "sellertrain_zh_CN" in translations.install("zh-CN")
    yield
    translations.install("en")


@pytest.fixture
def view(qtbot, chinese, store: Store, course: Course) -> AuditLogView:
    boss = store.add_employee("Wang Fang", "manager", "boss-pass")
    store.add_assignment(boss.id, "2030-01-01", "everyone", lesson_id="fees-deposits")
    store.add_assignment(boss.id, "2030-01-01", "role", "learner", module="basics")
    shown = AuditLogView()
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    shown.show_for(Session(store, course, boss))
    return shown


def _column(view: AuditLogView, column: int) -> list[str]:
    return [view.table.item(row, column).text() for row in range(view.table.rowCount())]


def test_subjects_and_details_are_chinese(view: AuditLogView, tmp_path: Path):
    assert _column(view, 3) == [
        "模块 basics 分配给角色：学员",
        "课程 fees-deposits 分配给所有人",
        "Wang Fang",
    ]
    for text in _column(view, 2) + _column(view, 4):
        leftover = re.sub(r"\d{4}-\d{2}-\d{2}", "", text)
        assert not re.search(r"[A-Za-z]{2,}", leftover), text
    details = _column(view, 4)
    assert details[0] == "截止日期：2030-01-01" and details[-1] == "角色：主管"  # full-width colon
    view.grab().save(str(tmp_path / "audit-zh.png"))


def test_a_search_finds_a_subject_by_what_it_shows(view: AuditLogView):
    view.search.setText("所有人")
    view.apply_filters()
    assert _column(view, 3) == ["课程 fees-deposits 分配给所有人"]
    assert view.count_label.text().startswith("1")
    view.search.setText("")
    view.apply_filters()
    assert view.table.rowCount() == 3


def test_an_export_that_cannot_be_written_says_why_in_chinese(
    view: AuditLogView, tmp_path: Path, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "pick_save_file", lambda *_args: tmp_path)  # a folder
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    view.export_csv()
    assert len(shown) == 1 and shown[0].endswith("这是文件夹，不是文件"), shown
    assert str(tmp_path) in shown[0]
