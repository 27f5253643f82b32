"""The audit log tab over a long history: paged, searched in SQL, filtered by date, exported."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from sellertrain.core.models import Course
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.core.store.bulk import RowBatch
from sellertrain.ui import dialogs
from sellertrain.ui.team import audit_log
from sellertrain.ui.team.audit_log import PAGE, AuditLogView

HISTORY = 10_016  # employees added in bulk, each with its audit entry at its own time
START = dt.datetime(2024, 1, 1, 9, 0, tzinfo=dt.UTC)


def _bulk_staff(store: Store, count: int) -> None:
    """``count`` employees, one an hour from START on; the first is "Oldest Person"."""
    rows = []
    for n in range(count):
        name = "Oldest Person" if n == 0 else f"Person {n:05d}"
        at = (START + dt.timedelta(hours=n)).isoformat(timespec="seconds")
        rows.append((f"e-{n:05d}", name, name.casefold(), "learner", "logistics", "x", at, 1))
    store.insert_batches([RowBatch(employees=rows)])


@pytest.fixture
def history(qtbot, store: Store, course: Course) -> tuple[AuditLogView, Session]:
    _bulk_staff(store, HISTORY)
    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    session = Session(store, course, manager)
    session.reset_password(store.employee_by_name("Person 00007").id, "new-pass-1")
    view = AuditLogView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.show_for(session)
    return view, session


def test_the_audit_log_finds_its_oldest_entry_among_ten_thousand(history):
    view, _ = history
    total = HISTORY + 2  # the manager added, and the password reset
    assert view.total == total and view.table.rowCount() == PAGE
    assert view.count_label.text() == f"{PAGE} of {total} changes shown"
    assert view.table.item(0, 2).text() == "Password reset"
    started = time.perf_counter()
    view.search.setText("oldest person")
    took = time.perf_counter() - started
    assert view.table.rowCount() == 1
    assert view.table.item(0, 3).text() == "Oldest Person"
    assert view.table.item(0, 1).text() == "command line"
    assert view.count_label.text() == f"1 of {total} changes match; 1 shown"
    print(f"\naudit search over {total:,} entries: {1000 * took:.0f} ms")
    assert took < 1.0
    view.search.setText("password")  # the kind's shown name matches too
    assert view.table.rowCount() == 1 and view.table.item(0, 3).text() == "Person 00007"


def test_the_date_range_filters_the_whole_history(history):
    view, _ = history
    oldest = START.astimezone().date()  # the table and the filter speak local time
    view.until.setDate(QDate(oldest.year, oldest.month, oldest.day))
    names = [view.table.item(r, 3).text() for r in range(view.table.rowCount())]
    assert "Oldest Person" in names and len(names) <= 24
    assert all(
        view.table.item(r, 0).text().startswith(oldest.isoformat()) for r in range(len(names))
    )
    view.since.setDate(QDate(2024, 1, 2))
    view.until.setDate(QDate(2024, 1, 2))
    days = {view.table.item(r, 0).text()[:10] for r in range(view.table.rowCount())}
    assert days == {"2024-01-02"} and view.total >= 23
    view.since.setDate(audit_log.NO_DATE)
    view.until.setDate(audit_log.NO_DATE)
    assert view.total == HISTORY + 2


def test_scrolling_to_the_end_and_load_more_fetch_older_pages(qtbot, history):
    view, _ = history
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert view.table.rowCount() == 2 * PAGE
    view.more_button.click()
    assert view.table.rowCount() == 3 * PAGE == len(view.entries)
    times = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert times == sorted(times, reverse=True)  # newest first, no page repeated
    assert len({e.id for e in view.entries}) == 3 * PAGE
    view.search.setText("Person 0000")  # Person 00001 .. 00009 added, 00007's reset
    assert view.table.rowCount() == 10 and not view.more_button.isEnabled()


def test_export_csv_writes_every_matching_entry_for_excel(qtbot, history, monkeypatch, tmp_path):
    view, _ = history
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(dialogs, "pick_save_file", lambda *_args: target)
    view.action_filter.setCurrentIndex(view.action_filter.findData("employee_added"))
    view.search.setText("Person 01")  # Person 01000 .. 01999: more than a page
    assert view.total == 1_000 and view.table.rowCount() == PAGE
    view.export_button.click()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfWhen,Who,What,Subject,Details\r\n")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[-1] == "" and len(lines) == 1 + 1_000 + 1
    first = lines[1].split(",")
    expected = (START + dt.timedelta(hours=1999)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert first[:4] == [expected, "command line", "Employee added", "Person 01999"]
    assert "e-01999" not in raw.decode("utf-8-sig")  # names, not ids


def test_export_is_formula_safe(qtbot, store: Store, course: Course, monkeypatch, tmp_path):
    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    session = Session(store, course, manager)
    session.add_employee('=HYPERLINK("http://x")', "learner", "pass-1234")
    view = AuditLogView()
    qtbot.addWidget(view)
    view.show_for(session)
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(dialogs, "pick_save_file", lambda *_args: target)
    view.export_csv()
    text = target.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text


def test_an_export_that_cannot_be_written_says_so(qtbot, history, monkeypatch, tmp_path):
    view, _ = history
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "pick_save_file", lambda *_args: tmp_path / "no" / "a.csv")
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    view.export_csv()
    assert shown and shown[0].startswith("Cannot write") and not Path(tmp_path / "no").exists()
