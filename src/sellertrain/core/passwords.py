"""Password hashing with scrypt: salted, slow, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

# scrypt cost: about 50 ms per check here, 16 MiB of memory; stored with each hash so it can grow.
_N, _R, _P = 2**14, 8, 1
_DUMMY = None


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
