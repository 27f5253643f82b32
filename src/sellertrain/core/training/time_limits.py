"""A timed attempt's limits: when its time runs out, and when answers stop being accepted.

The limit runs from the attempt's start, also while the app is closed. Answers are taken up to
the limit plus a short grace (a click on the last second, a slow disk); after that the Session
refuses them and closes the attempt with the answers given in time.
"""

from __future__ import annotations

import datetime as dt

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import Quiz
from sellertrain.core.store import AttemptRecord

GRACE = dt.timedelta(seconds=30)


class TimeLimitPassed(Exception):
    """An answer or a submit came after the time limit and its grace; the attempt is closed."""

    def __init__(self, attempt_id: str, ran_out_at: dt.datetime) -> None:
        local = ran_out_at.astimezone().strftime("%H:%M")
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Training", "the time limit ran out at {time}; the answers given before it count"
            ).format(time=local)
        )
        self.attempt_id = attempt_id
        self.ran_out_at = ran_out_at


def ran_out_at(quiz: Quiz, attempt: AttemptRecord) -> dt.datetime | None:
    """When the attempt's time limit ends (UTC), or None for an untimed quiz."""
    if quiz.time_limit is None:
        return None
    started = dt.datetime.fromisoformat(attempt.started_at)
    return started + dt.timedelta(minutes=quiz.time_limit)


def deadline(quiz: Quiz, attempt: AttemptRecord) -> dt.datetime | None:
    """The last moment an answer is taken: the limit plus the grace (None: untimed)."""
    end = ran_out_at(quiz, attempt)
    return None if end is None else end + GRACE


def is_late(quiz: Quiz, attempt: AttemptRecord, now: dt.datetime) -> bool:
    """True once ``now`` is past the attempt's deadline."""
    last = deadline(quiz, attempt)
    return last is not None and now > last


def stored_moment(moment: dt.datetime) -> str:
    """``moment`` as the records store their times (UTC, whole seconds)."""
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")
