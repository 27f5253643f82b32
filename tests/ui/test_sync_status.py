"""The company-record status line: its words, and that an unreachable server never blocks."""

from __future__ import annotations

import datetime as dt

import pytest

from sellertrain.core.accounts import Accounts
from sellertrain.core.models import Course
from sellertrain.core.store import Store
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.sync_status import status_text

NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)


def test_the_status_line_words() -> None:
    assert status_text(True, None, 0, False, NOW) == "Syncing…"
    assert status_text(False, NOW - dt.timedelta(minutes=2), 0, False, NOW) == "Synced 2 min ago"
    assert status_text(False, NOW, 0, False, NOW) == "Synced just now"
    assert status_text(False, None, 3, True, NOW) == "Offline — 3 results waiting"
    assert status_text(False, None, 1, True, NOW) == "Offline — 1 result waiting"


def test_no_status_line_without_a_company_record(qtbot, window: MainWindow) -> None:
    assert window.sync_status is None


def test_an_unreachable_server_shows_offline_and_blocks_nothing(
    qtbot, store: Store, course: Course, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("psycopg")
    with store.db.atomic():
        store.conn.execute("INSERT INTO sync_state (key, value) VALUES ('server_id', 'x')")
    monkeypatch.setenv("SELLERTRAIN_SERVER", "host=127.0.0.1 port=1 dbname=none connect_timeout=2")
    main = MainWindow(Accounts(store), course)
    qtbot.addWidget(main)
    status = main.sync_status
    assert status is not None
    status.sync_now()
    assert status.label.text() == "Syncing…"  # returned at once: the sync runs in a Worker
    qtbot.waitUntil(lambda: not status.syncing, timeout=15_000)
    assert status.label.text() == "Offline — 0 results waiting"
    assert "cannot reach" in status.label.toolTip()


def test_a_sync_failing_after_the_window_closed_its_store_is_quiet(
    qtbot, store: Store, course: Course, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sync at close may fail after the app closed its database: nothing is raised."""
    from sellertrain.core.server.background import waiting_results

    pytest.importorskip("psycopg")
    with store.db.atomic():
        store.conn.execute("INSERT INTO sync_state (key, value) VALUES ('server_id', 'x')")
    assert waiting_results(store) == 0
    store.close()
    assert waiting_results(store) == 0
