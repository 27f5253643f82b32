"""Stored times shown to people: records keep UTC ISO text, screens show the local time.

Every screen formats a stored time through these two functions, so no screen shows UTC by
mistake and a time zone can be pinned in tests.
"""

from __future__ import annotations

import datetime as dt


def _moment(stamp: str | None, zone: dt.tzinfo | None) -> dt.datetime | None:
    if not stamp:
        return None
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None:  # the store writes offsets; an older row without one is UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(zone)  # zone None: this computer's time zone


def local_time(stamp: str | None, zone: dt.tzinfo | None = None) -> str:
    """``2026-03-01T23:30:00+00:00`` -> ``2026-03-02 00:30`` in Paris; "" for none.

    A text that is not a time is shown as it is rather than hidden.
    """
    moment = _moment(stamp, zone)
    if moment is None:
        return stamp or ""
    return moment.strftime("%Y-%m-%d %H:%M")


def local_date(stamp: str | None, zone: dt.tzinfo | None = None) -> str:
    """The local calendar day of a stored time, ``YYYY-MM-DD``; a bare date stays as it is."""
    if stamp and len(stamp) == 10:  # already a date (a due date): no time zone to apply
        return stamp
    moment = _moment(stamp, zone)
    if moment is None:
        return stamp or ""
    return moment.strftime("%Y-%m-%d")
