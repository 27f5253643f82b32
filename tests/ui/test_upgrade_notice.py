"""An older database is upgraded behind a notice that stays painted until the upgrade ends."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sellertrain.app import open_store
from sellertrain.core.store import SCHEMA_VERSION, Store, StoreError
from sellertrain.core.store.schema import upgrade_pending
from sellertrain.ui.upgrade_notice import UpgradeNotice, run_with_notice
from tests.core.store.test_migrations import make_at


def shown_notices() -> list[UpgradeNotice]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeNotice) and w.isVisible()
    ]


def test_the_notice_is_shown_while_the_work_runs_and_gone_after(qtbot, tmp_path: Path):
    seen: list[int] = []
    ticks: list[float] = []  # the event loop kept turning while the work ran
    timer = QTimer()
    timer.timeout.connect(lambda: (seen.append(len(shown_notices())), ticks.append(1)))
    timer.start(20)
    worker: list[str] = []

    def work() -> int:
        worker.append(threading.current_thread().name)
        time.sleep(0.4)
        return 42

    try:
        assert run_with_notice(work, tmp_path / "records.db") == 42
    finally:
        timer.stop()
    assert worker == ["sellertrain-upgrade"]  # not the interface's thread
    assert len(ticks) >= 5 and max(seen) == 1
    assert shown_notices() == []


def test_the_works_error_is_raised_again_and_the_notice_closes(qtbot, tmp_path: Path):
    def work() -> None:
        raise StoreError("the upgrade was undone")

    with pytest.raises(StoreError, match="the upgrade was undone"):
        run_with_notice(work, tmp_path / "records.db")
    assert shown_notices() == []


def test_escape_and_closing_leave_the_notice_up(qtbot, tmp_path: Path):
    notice = UpgradeNotice(tmp_path / "records.db")
    qtbot.addWidget(notice)
    notice.show()
    notice.reject()
    assert notice.isVisible()
    notice.close()
    assert notice.isVisible()
    notice.hide()


def test_an_older_database_opens_upgraded(qtbot, tmp_path: Path):
    path = tmp_path / "old.db"
    make_at(path, SCHEMA_VERSION - 1)
    assert upgrade_pending(path)
    store = open_store(path)
    assert store is not None
    try:
        assert store.schema_version == SCHEMA_VERSION
        store.add_employee("Ana Lima", "learner", "pass-1234")  # usable from this thread
    finally:
        store.close()
    assert not upgrade_pending(path)
    assert list(tmp_path.glob("old.db.v*.bak"))  # the copy kept before the upgrade


def test_only_an_older_sellertrain_database_is_pending(tmp_path: Path):
    assert not upgrade_pending(tmp_path / "missing.db")
    (tmp_path / "empty.db").write_bytes(b"")
    assert not upgrade_pending(tmp_path / "empty.db")
    (tmp_path / "text.db").write_text("not a database", encoding="utf-8")
    assert not upgrade_pending(tmp_path / "text.db")
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("PRAGMA user_version = 3")  # someone else's database
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    assert not upgrade_pending(tmp_path / "other.db")
    Store.create(tmp_path / "new.db").close()
    assert not upgrade_pending(tmp_path / "new.db")
    make_at(tmp_path / "old.db", 5)
    assert upgrade_pending(tmp_path / "old.db")
