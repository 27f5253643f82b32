"""A readable word-level comparison of two versions of a lesson section.

Markdown punctuation (emphasis marks, link targets, callout fences) is dropped first, so a
learner sees the words that changed, not the syntax. ``diff_html`` marks removed words with
``<del>`` and added ones with ``<ins>`` styled for QTextBrowser; both sides are escaped.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

_LINK = re.compile(r"!?\[([^\[\]]*+)\]\([^()\[\]]*+\)")  # linear: see lesson_checks
_MARKS = re.compile(r"(\*\*|__|`|~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_CALLOUT = re.compile(r"^\s{0,3}:::\s*(\w*).*$", re.MULTILINE)
_TOKEN = re.compile(r"\n|[^\S\n]+|\w+(?:[’'.,]\w+)*|[^\w\s]")

DELETED_STYLE = "background-color:#fdecea; color:#a50e0e; text-decoration:line-through;"
INSERTED_STYLE = "background-color:#e6f4ea; color:#0d652d; font-weight:bold;"


@dataclass(frozen=True)
class Piece:
    """A run of text that is the same in both versions, removed, or added."""

    kind: str  # "same", "removed" or "added"
    text: str


def plain_words(markdown: str) -> str:
    """The text a reader sees, near enough: links as their text, no emphasis marks."""
    text = _CALLOUT.sub("", markdown)
    text = _HEADING.sub("", text)
    text = _LINK.sub(r"\1", text)
    return _MARKS.sub("", text)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Piece]:
    """The pieces that turn ``old`` into ``new``, word by word (whitespace kept)."""
    before, after = _tokens(plain_words(old)), _tokens(plain_words(new))
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    pieces: list[Piece] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece("same", "".join(before[a1:a2])))
            continue
        if op in ("delete", "replace"):
            pieces.append(Piece("removed", "".join(before[a1:a2])))
        if op in ("insert", "replace"):
            pieces.append(Piece("added", "".join(after[b1:b2])))
    return _merged(pieces)


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Join neighbours of the same kind (and drop empty runs)."""
    merged: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if merged and merged[-1].kind == piece.kind:
            merged[-1] = Piece(piece.kind, merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged


def changed_words(old: str, new: str) -> tuple[list[str], list[str]]:
    """The removed and the added runs of words (for tests and summaries)."""
    pieces = word_diff(old, new)
    removed = [p.text.strip() for p in pieces if p.kind == "removed" and p.text.strip()]
    added = [p.text.strip() for p in pieces if p.kind == "added" and p.text.strip()]
    return removed, added


def without_heading(markdown: str) -> str:
    """A section's text without its own ``##`` heading line (screens show the title apart)."""
    first, _, rest = markdown.partition("\n")
    return rest.lstrip("\n") if first.lstrip().startswith("#") else markdown


def diff_html(old: str | None, new: str) -> str:
    """The section as it is now with removed words struck out and added words marked.

    ``old`` None (never recorded, or a new section) shows the whole text as added; ``new``
    empty shows the old text struck out (the section was removed).
    """
    old = without_heading(old) if old is not None else None
    new = without_heading(new)
    pieces = word_diff(old or "", new) if old is not None else [Piece("added", plain_words(new))]
    out: list[str] = []
    for piece in pieces:
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.kind == "same":
            out.append(text)
        elif piece.kind == "removed":
            out.append(f'<span style="{DELETED_STYLE}">{text}</span>')
        else:
            out.append(f'<span style="{INSERTED_STYLE}">{text}</span>')
    return "".join(out)
