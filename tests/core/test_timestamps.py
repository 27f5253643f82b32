"""Stored UTC times are shown in the local time zone."""

from __future__ import annotations

import datetime as dt

from sellertrain.core.timestamps import local_date, local_time

PARIS_WINTER = dt.timezone(dt.timedelta(hours=1))
NEW_YORK_WINTER = dt.timezone(dt.timedelta(hours=-5))


def test_local_time_moves_a_utc_stamp_into_the_zone():
    assert local_time("2026-03-01T23:30:00+00:00", PARIS_WINTER) == "2026-03-02 00:30"
    assert local_time("2026-03-01T03:30:00+00:00", NEW_YORK_WINTER) == "2026-02-28 22:30"


def test_local_date_is_the_local_day():
    assert local_date("2026-03-01T23:30:00+00:00", PARIS_WINTER) == "2026-03-02"
    assert local_date("2026-03-01", PARIS_WINTER) == "2026-03-01"  # a date has no zone


def test_a_stamp_without_offset_is_utc():
    assert local_time("2026-03-01T23:30:00", PARIS_WINTER) == "2026-03-02 00:30"


def test_nothing_and_nonsense():
    assert local_time(None) == "" and local_date("") == ""
    assert local_time("not a time") == "not a time"


def test_the_computer_zone_by_default():
    stamp = "2026-03-01T12:00:00+00:00"
    expected = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    assert local_time(stamp) == expected
