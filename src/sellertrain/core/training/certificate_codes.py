"""Certificate verification codes: drawn at random, typed back in any case and spacing."""

from __future__ import annotations

import secrets

# No 0/O, 1/I/L or U/V look-alikes: a code read aloud or off paper is typed right.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
CODE_PREFIX = "ST"
CODE_GROUPS, CODE_GROUP_SIZE = 3, 4  # ST-7KQ4-M9XD-2HBW: 29**12, about 58 bits
CODE_EXAMPLE = "ST-7KQ4-M9XD-2HBW"


# -- codes --------------------------------------------------------------------------------
_CODES = len(CODE_ALPHABET) ** (CODE_GROUPS * CODE_GROUP_SIZE)


def new_code() -> str:
    """A fresh random verification code such as ``ST-7KQ4-M9XD-2HBW``: each character
    uniform over CODE_ALPHABET, from the ``secrets`` generator, in one draw of the whole
    number rather than one per character (the demo issues tens of thousands)."""
    number = secrets.randbelow(_CODES)
    size = len(CODE_ALPHABET)
    characters = []
    for _ in range(CODE_GROUPS * CODE_GROUP_SIZE):
        number, digit = divmod(number, size)
        characters.append(CODE_ALPHABET[digit])
    groups = (
        "".join(characters[i : i + CODE_GROUP_SIZE])
        for i in range(0, len(characters), CODE_GROUP_SIZE)
    )
    return "-".join((CODE_PREFIX, *groups))


def normalise_code(text: str) -> str | None:
    """The stored form of a typed code (any case, dashes and spaces optional), or None when
    it cannot be a code."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    size = CODE_GROUPS * CODE_GROUP_SIZE
    if len(compact) == size + len(CODE_PREFIX) and compact.startswith(CODE_PREFIX):
        compact = compact[len(CODE_PREFIX) :]
    if len(compact) != size or any(ch not in CODE_ALPHABET for ch in compact):
        return None
    groups = [compact[i : i + CODE_GROUP_SIZE] for i in range(0, size, CODE_GROUP_SIZE)]
    return "-".join((CODE_PREFIX, *groups))
