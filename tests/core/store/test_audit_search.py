"""The audit log searched and paged in SQL: text, kind, date range, and pages that add up."""

from __future__ import annotations

import datetime as dt

import pytest

from sellertrain.core.reports.audit_log import audit_csv, day_range, details_text, local_time
from sellertrain.core.store import AuditFilter, Store


@pytest.fixture
def log(store: Store, clock) -> Store:
    """Changes a day apart: three employees, a department, a reset, by a manager and the CLI."""
    boss = store.add_employee("Wang Fang", "manager", "boss-pass")
    clock.advance(86_400)
    store.add_employee("Ana_Li 100%", "learner", "pass-1234", "logistics")
    clock.advance(86_400)
    bo = store.add_employee("Bo Chen", "learner", "pass-1234", "finance")
    clock.advance(86_400)
    store.add_department("Returns", boss.id)
    clock.advance(86_400)
    store.reset_password(bo.id, "new-pass-1", boss.id)
    return store


def _subjects(store: Store, where: AuditFilter) -> list[str]:
    return [entry.subject for entry in store.audit_page(where)]


def test_text_search_covers_actor_subject_and_detail_values(log: Store):
    assert _subjects(log, AuditFilter(search="bo chen")) == ["Bo Chen", "Bo Chen"]
    # the manager's name finds what they did (the reset, the department) and their own entry
    assert _subjects(log, AuditFilter(search="WANG")) == ["Bo Chen", "Returns", "Wang Fang"]
    assert _subjects(log, AuditFilter(search="finance")) == ["Bo Chen"]  # a detail's value
    assert _subjects(log, AuditFilter(search="department")) == []  # a key, not a value
    bo = log.employee_by_name("Bo Chen")
    assert bo is not None and _subjects(log, AuditFilter(search=bo.id[:8])) == []  # not ids


def test_like_wildcards_are_literal(log: Store):
    assert _subjects(log, AuditFilter(search="_")) == ["Ana_Li 100%"]
    assert _subjects(log, AuditFilter(search="0%")) == ["Ana_Li 100%"]
    assert _subjects(log, AuditFilter(search="a_l")) == ["Ana_Li 100%"]


def test_kind_and_shown_kind_names(log: Store):
    assert _subjects(log, AuditFilter(action="password_reset")) == ["Bo Chen"]
    found = AuditFilter(search="reset", also_actions=("password_reset",))
    assert _subjects(log, found) == ["Bo Chen"]
    both = AuditFilter(search="returns", action="employee_added")
    assert _subjects(log, both) == []


def test_date_range_takes_whole_days(log: Store, clock):
    start = clock() - dt.timedelta(days=4)  # the manager was added then
    day = start.date()
    since, until = day_range(day + dt.timedelta(days=1), day + dt.timedelta(days=2), dt.UTC)
    assert _subjects(log, AuditFilter(since=since, until=until)) == ["Bo Chen", "Ana_Li 100%"]
    since, _ = day_range(day + dt.timedelta(days=4), None, dt.UTC)
    assert _subjects(log, AuditFilter(since=since)) == ["Bo Chen"]


def test_pages_add_up_to_the_whole_log(log: Store):
    everything = log.audit_page()
    assert log.audit_count() == len(everything) == 5
    pages = [log.audit_page(None, 2, offset) for offset in (0, 2, 4, 6)]
    assert [len(p) for p in pages] == [2, 2, 1, 0]
    assert [e.id for page in pages for e in page] == [e.id for e in everything]
    assert [e.at for e in everything] == sorted((e.at for e in everything), reverse=True)
    assert log.audit_count(AuditFilter(search="nobody")) == 0
    assert log.audit_entries(limit=2) == everything[:2]


def test_the_csv_shows_names_local_times_and_no_ids(log: Store):
    text = audit_csv(log.audit_page(), tz=dt.timezone(dt.timedelta(hours=8)))
    lines = text.split("\r\n")
    assert lines[0] == "when,who,what,subject,details"
    newest = log.audit_page(None, 1)[0]
    stamp = dt.datetime.fromisoformat(newest.at) + dt.timedelta(hours=8)
    assert lines[1] == f"{stamp:%Y-%m-%d %H:%M},Wang Fang,Password reset,Bo Chen,"
    assert 'command line,Employee added,Bo Chen,"department: finance, role: learner"' in text
    ids = [e.details["id"] for e in log.audit_page() if "id" in e.details]
    assert ids and not any(id_ in text for id_ in ids)


def test_shown_values():
    assert local_time("2026-01-01T23:30:00+00:00", dt.timezone(dt.timedelta(hours=1))) == (
        "2026-01-02 00:30"
    )
    assert details_text({"id": "x", "b": None, "sections": ["a", "b"], "kind": "material"}) == (
        "kind: material, sections: a; b"
    )
    since, until = day_range(dt.date(2026, 3, 1), dt.date(2026, 3, 1), dt.UTC)
    assert (since, until) == (
        dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 2, tzinfo=dt.UTC),
    )
