"""Passwords: scrypt hashing (salted, slow, compared in constant time) and the sign-in lockout."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable

# scrypt cost: about 50-75 ms per check here, 16 MiB of memory; stored with each hash so it can grow.
_N, _R, _P = 2**14, 8, 1
_DUMMY = None
MIN_PASSWORD_LENGTH = 4

# After LOCKOUT_FAILURES failed sign-ins for one name within LOCKOUT_WINDOW, that name is
# refused for a delay that doubles with each lockout in a row (5, 10, 20, 40, then 60 minutes).
LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = dt.timedelta(minutes=15)
LOCKOUT_FIRST_DELAY = dt.timedelta(minutes=5)
LOCKOUT_LONGEST_DELAY = dt.timedelta(minutes=60)
LOCKOUT_MEMORY = dt.timedelta(hours=24)  # failures older than this are forgotten


def hash_password(password: str, *, n: int = _N, r: int = _R, p: int = _P) -> str:
    """``scrypt$n$r$p$salt$hash`` for a password."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches ``stored``; spends the same time when there is no hash."""
    global _DUMMY
    if not stored:
        _DUMMY = _DUMMY or hash_password("not a password")
        stored, password = _DUMMY, password + "\0"
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(
            password.encode("utf-8"),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(digest) // 2,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def password_problem(password: str, name: str) -> str | None:
    """Why ``password`` cannot be used for ``name``, or None when it can."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"the password for {name} must have at least {MIN_PASSWORD_LENGTH} characters"
    return None


def lockout_delay(level: int) -> dt.timedelta:
    """How long the ``level``-th lockout in a row lasts (1 = the first)."""
    return min(LOCKOUT_FIRST_DELAY * 2 ** max(level - 1, 0), LOCKOUT_LONGEST_DELAY)


def locked_until(events: Iterable[tuple[dt.datetime, str]]) -> dt.datetime | None:
    """When the latest lockout ends, from sign-in outcomes oldest first (None: never locked).

    ``events`` are ``(moment, outcome)`` with outcome ``failed``, ``succeeded`` or ``reset``
    (a manager set a new password); a success or a reset starts the count again. Tries refused
    during a lockout are not recorded, so they neither count nor extend it.
    """
    recent: list[dt.datetime] = []
    until: dt.datetime | None = None
    level = 0
    for moment, outcome in events:
        if outcome != "failed":
            recent, until, level = [], None, 0
            continue
        recent = [t for t in recent if moment - t < LOCKOUT_WINDOW] + [moment]
        if len(recent) >= LOCKOUT_FAILURES:
            level += 1
            until, recent = moment + lockout_delay(level), []
    return until
