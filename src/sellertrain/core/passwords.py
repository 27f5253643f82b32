"""Passwords: scrypt hashing (salted, slow, compared in constant time) and the sign-in back-off."""

from __future__ import annotations

import functools
from pathlib import Path

from sellertrain.core.message import QT_TRANSLATE_NOOP

# scrypt cost: OWASP's minimum (N=2^17, r=8, p=1): about 0.3-0.5 s per check here and 128 MiB
# of memory. The cost is stored with each hash: a hash made at a lower cost still verifies, and
# is made again at this cost at the employee's next sign-in (``needs_upgrade``).
DEFAULT_COST = (2**17, 8, 1)
COST = DEFAULT_COST  # the tests lower it (tests/conftest.py): the cost is not what they check
_MOST = (2**20, 32, 16)  # never run a stored cost above this: a forged hash must not hang us
_DUMMY: str | None = None
MIN_PASSWORD_LENGTH = 8  # NIST SP 800-63B

# The back-off after failed sign-ins in a row, per employee on this computer
# (store/sign_in_backoff.py): the first BACKOFF_FREE_FAILURES cost nothing, then each failure
# doubles the wait before the next try, from 1 s to at most BACKOFF_LONGEST_SECONDS. Guessing
# slows to about one try a minute; nobody is kept out longer than that by someone guessing.
BACKOFF_FREE_FAILURES = 5
BACKOFF_LONGEST_SECONDS = 60


# hashlib, hmac and secrets are imported where used: they load OpenSSL (3.5 MiB), which the
# first screen does not need.
def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    import hashlib

    # scrypt needs 128 * r * n * p bytes; OpenSSL refuses more than 32 MiB unless told
    maxmem = 128 * r * n * p + 2**20
    data = password.encode("utf-8", "surrogatepass")
    return hashlib.scrypt(data, salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=maxmem)


def hash_password(
    password: str, *, n: int | None = None, r: int | None = None, p: int | None = None
) -> str:
    """``scrypt$n$r$p$salt$hash`` for a password, at ``COST`` unless told otherwise."""
    n, r, p = n or COST[0], r or COST[1], p or COST[2]
    import secrets

    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, n, r, p, 32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def needs_upgrade(stored: str) -> bool:
    """Whether a stored hash was made at less than today's ``COST`` (and should be made again)."""
    try:
        scheme, n, r, p, _salt, _digest = stored.split("$")
        cost = (int(n), int(r), int(p))
    except ValueError:
        return False
    return scheme == "scrypt" and any(have < want for have, want in zip(cost, COST, strict=True))


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches ``stored``; spends the same time when there is no hash."""
    global _DUMMY
    if not stored:
        _DUMMY = _DUMMY or hash_password("not a password")
        stored, password = _DUMMY, password + "\0"
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        cost = (int(n), int(r), int(p))
        if scheme != "scrypt" or any(
            not 1 <= have <= most for have, most in zip(cost, _MOST, strict=True)
        ):
            return False
        candidate = _scrypt(password, bytes.fromhex(salt), *cost, len(digest) // 2)
    except (ValueError, TypeError, MemoryError):
        return False
    import hmac

    return hmac.compare_digest(candidate.hex(), digest)


def password_problem(password: str, name: str) -> str | None:
    """Why ``password`` cannot be used for ``name``, or None when it can.

    NIST SP 800-63B: at least 8 characters, no composition rules, and none of the passwords
    that guessing tries first (a small list of the commonest, bundled) nor the name itself.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        return QT_TRANSLATE_NOOP(
            "Access", "the password for {name} must have at least {min_password_length} characters"
        ).format(name=name, min_password_length=MIN_PASSWORD_LENGTH)
    folded = password.casefold()
    if (
        folded in common_passwords()
        or " ".join(folded.split()) == " ".join(name.split()).casefold()
    ):
        return QT_TRANSLATE_NOOP(
            "Access",
            "the password for {name} is one of the first that anyone would guess; "
            "choose a less common one (a few unrelated words make a good one)",
        ).format(name=name)
    return None


@functools.cache
def common_passwords() -> frozenset[str]:
    """The commonest passwords of 8 characters or more (from public breach lists), casefolded."""
    text = (Path(__file__).parent / "common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip())


def backoff_seconds(failures: int) -> int:
    """How long the next sign-in try waits after ``failures`` failed ones in a row."""
    if failures < BACKOFF_FREE_FAILURES:
        return 0
    doublings = min(failures - BACKOFF_FREE_FAILURES, BACKOFF_LONGEST_SECONDS.bit_length())
    return min(2**doublings, BACKOFF_LONGEST_SECONDS)
