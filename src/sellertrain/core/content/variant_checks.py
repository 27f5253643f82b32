"""A language variant checked against its original: the same sections and anchors, the same
questions, ids, marks, numbers and 'Tests:' links, so records made in either language match."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sellertrain.core.content.lesson_checks import h2_title, heading_text
from sellertrain.core.content.render import slugify, split_anchor
from sellertrain.core.models import ContentError, Lesson, Question, Quiz

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(##|###)\s(.+)$")
MAX_REPORTED = 5  # a variant out of step with its original reports its first differences


def headings(body: str, body_line: int) -> list[tuple[str, str, int, bool]]:
    """Each ``##`` and ``###`` heading: (level, anchor, file line, whether the anchor is
    explicit). Anchors repeat with -1, -2 … as the renderer gives them."""
    found: list[tuple[str, str, int, bool]] = []
    taken: set[str] = set()
    next_suffix: dict[str, int] = {}
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _HEADING.match(line)
        if match is None:
            continue
        text, explicit = split_anchor(h2_title(match.group(2)))
        if explicit is not None:
            anchor = explicit
        else:
            base = anchor = slugify(heading_text(text))
            suffix = next_suffix.get(base, 1)
            while anchor in taken:
                anchor, suffix = f"{base}-{suffix}", suffix + 1
            next_suffix[base] = suffix
        taken.add(anchor)
        found.append((match.group(1), anchor, body_line + offset, explicit is not None))
    return found


def check_lesson_variant(original: Lesson, variant: Lesson) -> list[ContentError]:
    """The variant's headings against the original's, position by position."""
    errors: list[ContentError] = []

    def add(line: int, message: str) -> None:
        if len(errors) < MAX_REPORTED:
            errors.append(ContentError(variant.path, line, message))

    mine = headings(original.read_body(), original.body_line)
    theirs = headings(variant.read_body(), variant.body_line)
    end = variant.body_line + variant.read_body().count("\n")
    for index in range(max(len(mine), len(theirs))):
        want = mine[index] if index < len(mine) else None
        got = theirs[index] if index < len(theirs) else None
        if got is None and want is not None:
            add(
                end,
                f"missing the heading '{want[0]} … {{#{want[1]}}}' of {original.path.name}"
                f":{want[2]} (and every heading after it)",
            )
            break
        if got is None:
            break
        if want is None:
            add(
                got[2],
                f"{original.path.name} has no heading here: a variant has exactly its "
                "original's sections",
            )
            break
        if not got[3]:
            add(got[2], f"a translated heading ends with its original's anchor: add {{#{want[1]}}}")
        elif (got[0], got[1]) != (want[0], want[1]):
            add(
                got[2],
                f"expected '{want[0]} … {{#{want[1]}}}' here (as in "
                f"{original.path.name}:{want[2]}), found '{got[0]} … {{#{got[1]}}}'",
            )
    return errors


def _differences(mine: Question, theirs: Question) -> Iterator[str | tuple[str, int]]:
    """What differs, each a message (at the question's heading) or (message, line)."""
    if theirs.id != mine.id:
        yield (
            f"expected the question {{#{mine.id}}} here: the translated heading ends with its "
            "original's id, and the questions keep the original's order"
        )
        return
    if mine.kind != theirs.kind:
        yield f"the question is {theirs.kind.value} here but {mine.kind.value} in the original"
    if len(mine.options) != len(theirs.options):
        yield f"{len(theirs.options)} options; the original has {len(mine.options)}"
    elif [o.correct for o in mine.options] != [o.correct for o in theirs.options]:
        yield "the [x] marks differ from the original's (same options, same order)"
    elif [o.weight for o in mine.options] != [o.weight for o in theirs.options]:
        yield "the option weights (%) differ from the original's"
    elif any(
        o.text in ("True", "False") and t.text != o.text
        for o, t in zip(mine.options, theirs.options, strict=True)
    ):
        yield "true/false options stay literally 'True' and 'False' (the app translates them)"
    if (mine.tests_lesson, mine.tests_anchor) != (theirs.tests_lesson, theirs.tests_anchor):
        target = f"{mine.tests_lesson}#{mine.tests_anchor}" if mine.tests_lesson else "none"
        yield f"the 'Tests:' link must keep the original's target ({target})", theirs.tests_line
    if mine.numbers != theirs.numbers:
        yield "the 'Number:' lines differ from the original's"
    if len(mine.pairs) != len(theirs.pairs):
        yield f"{len(theirs.pairs)} pairs; the original has {len(mine.pairs)}"
    elif len(mine.match_choices) != len(theirs.match_choices):
        yield "the matching answers (pairs and distractors) differ in number from the original's"


def check_quiz_variant(original: Quiz, variant: Quiz) -> list[ContentError]:
    """Same questions, in the same order, with the same ids, answers and links."""
    errors: list[ContentError] = []
    for index, theirs in enumerate(variant.questions):
        if index >= len(original.questions):
            errors.append(
                ContentError(
                    variant.path,
                    theirs.line,
                    f"{original.path.name} has {len(original.questions)} questions; this is "
                    f"question {index + 1}",
                )
            )
            break
        for found in _differences(original.questions[index], theirs):
            message, line = found if isinstance(found, tuple) else (found, theirs.line)
            errors.append(ContentError(variant.path, line or theirs.line, message))
        if len(errors) >= MAX_REPORTED:
            return errors[:MAX_REPORTED]
    if len(variant.questions) < len(original.questions):
        missing = original.questions[len(variant.questions)]
        last = variant.questions[-1].line if variant.questions else 1
        errors.append(
            ContentError(
                variant.path,
                last,
                f"missing the question {{#{missing.id}}} of {original.path.name}:{missing.line} "
                "(and every question after it)",
            )
        )
    return errors
