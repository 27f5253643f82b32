"""Employee names: one spelling per person, and no two names that look the same.

A name is stored in Unicode NFKC (full-width ``Ａｎａ`` is ``Ana``) with its spaces collapsed,
and its key is that text casefolded. Names holding control or invisible format characters
(zero-width spaces, direction marks) are refused, and so is a name that looks the same as
another one (Cyrillic ``а`` for Latin ``a``): on a sign-in list and in a report they could
not be told apart.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from sellertrain.core.message import QT_TRANSLATE_NOOP

MAX_NAME_CHARS = 100

# Letters of other scripts drawn like Latin ones (the commonest of Unicode's confusables).
_LOOK_ALIKES = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
        "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d",
        "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "α": "a", "β": "b", "ε": "e", "ι": "i",
        "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ϲ": "c",
        "ı": "i",
    }
)  # fmt: skip


def tidy_name(name: str) -> str:
    """The stored form of a name: NFKC, with runs of spaces made one and the ends trimmed."""
    return " ".join(unicodedata.normalize("NFKC", name).split())


def name_key(name: str) -> str:
    """The uniqueness key of a name (what sign-in looks up)."""
    return tidy_name(name).casefold()


def name_problem(name: str) -> str | None:
    """Why a (tidied) name cannot be an employee's, or None."""
    if len(name) > MAX_NAME_CHARS:
        return QT_TRANSLATE_NOOP(
            "Store", "a name may have at most {most} characters, not {count}"
        ).format(most=MAX_NAME_CHARS, count=f"{len(name):,}")
    hidden = next((c for c in name if unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs")), None)
    if hidden is not None:
        return QT_TRANSLATE_NOOP(
            "Store",
            "the name '{name}' holds an invisible or control character ({code}): type it again",
        ).format(name=name[:40], code=f"U+{ord(hidden):04X}")
    return None


def skeleton(name: str) -> str:
    """What a name looks like: its key with look-alike letters mapped to Latin ones and
    accents kept (``José`` and ``Jose`` are different people)."""
    return name_key(name).translate(_LOOK_ALIKES)


def look_alike(names: Iterable[str], existing: Iterable[str]) -> tuple[str, str] | None:
    """The first new name that looks like an existing one (or an earlier new one) but is
    not the same name: ``(new, existing)``; None when all can be told apart."""
    seen: dict[str, str] = {}
    for other in existing:
        seen.setdefault(skeleton(other), other)
    for name in names:
        shape = skeleton(name)
        match = seen.get(shape)
        if match is not None and name_key(match) != name_key(name):
            return name, match
        seen.setdefault(shape, name)
    return None
