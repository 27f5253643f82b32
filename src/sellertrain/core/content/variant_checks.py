"""A language variant checked against its original: the same sections and anchors, the same
questions, ids, marks, numbers and 'Tests:' links, so records made in either language match."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sellertrain.core.content.lesson_checks import h2_title, heading_text
from sellertrain.core.content.render import slugify, split_anchor
from sellertrain.core.message import QT_TRANSLATE_NOOP
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
                QT_TRANSLATE_NOOP(
                    "Content",
                    "missing the heading '{title} … {{#{anchor}}}' of {file}:{line} (and "
                    "every heading after it)",
                ).format(title=want[0], anchor=want[1], file=original.path.name, line=want[2]),
            )
            break
        if got is None:
            break
        if want is None:
            add(
                got[2],
                QT_TRANSLATE_NOOP(
                    "Content",
                    "{path_name} has no heading here: a variant has exactly its original's "
                    "sections",
                ).format(path_name=original.path.name),
            )
            break
        if not got[3]:
            add(
                got[2],
                QT_TRANSLATE_NOOP(
                    "Content",
                    "a translated heading ends with its original's anchor: add {{#{want}}}",
                ).format(want=want[1]),
            )
        elif (got[0], got[1]) != (want[0], want[1]):
            add(
                got[2],
                QT_TRANSLATE_NOOP(
                    "Content",
                    "expected '{title} … {{#{anchor}}}' here (as in {file}:{line}), "
                    "found '{found} … {{#{found_anchor}}}'",
                ).format(
                    title=want[0],
                    anchor=want[1],
                    file=original.path.name,
                    line=want[2],
                    found=got[0],
                    found_anchor=got[1],
                ),
            )
    return errors


def _differences(mine: Question, theirs: Question) -> Iterator[str | tuple[str, int]]:
    """What differs, each a message (at the question's heading) or (message, line)."""
    if theirs.id != mine.id:
        yield (
            QT_TRANSLATE_NOOP(
                "Content",
                "expected the question {{#{mine_id}}} here: the translated heading ends "
                "with its original's id, and the questions keep the original's order",
            ).format(mine_id=mine.id)
        )
        return
    if mine.kind != theirs.kind:
        yield QT_TRANSLATE_NOOP(
            "Content", "the question is {here} here but {original} in the original"
        ).format(here=theirs.kind.value, original=mine.kind.value)
    if len(mine.options) != len(theirs.options):
        yield QT_TRANSLATE_NOOP(
            "Content", "{theirs_options_count} options; the original has {mine_options_count}"
        ).format(theirs_options_count=len(theirs.options), mine_options_count=len(mine.options))
    elif [o.correct for o in mine.options] != [o.correct for o in theirs.options]:
        yield QT_TRANSLATE_NOOP(
            "Content", "the [x] marks differ from the original's (same options, same order)"
        )
    elif [o.weight for o in mine.options] != [o.weight for o in theirs.options]:
        yield QT_TRANSLATE_NOOP("Content", "the option weights (%) differ from the original's")
    elif any(
        o.text in ("True", "False") and t.text != o.text
        for o, t in zip(mine.options, theirs.options, strict=True)
    ):
        yield QT_TRANSLATE_NOOP(
            "Content",
            "true/false options stay literally 'True' and 'False' (the app translates them)",
        )
    if (mine.tests_lesson, mine.tests_anchor) != (theirs.tests_lesson, theirs.tests_anchor):
        target = f"{mine.tests_lesson}#{mine.tests_anchor}" if mine.tests_lesson else "none"
        yield (
            QT_TRANSLATE_NOOP(
                "Content", "the 'Tests:' link must keep the original's target ({target})"
            ).format(target=target),
            theirs.tests_line,
        )
    if mine.numbers != theirs.numbers:
        yield QT_TRANSLATE_NOOP("Content", "the 'Number:' lines differ from the original's")
    if len(mine.pairs) != len(theirs.pairs):
        yield QT_TRANSLATE_NOOP(
            "Content", "{theirs_pairs_count} pairs; the original has {mine_pairs_count}"
        ).format(theirs_pairs_count=len(theirs.pairs), mine_pairs_count=len(mine.pairs))
    elif len(mine.match_choices) != len(theirs.match_choices):
        yield QT_TRANSLATE_NOOP(
            "Content",
            "the matching answers (pairs and distractors) differ in number from the original's",
        )


def check_quiz_variant(original: Quiz, variant: Quiz) -> list[ContentError]:
    """Same questions, in the same order, with the same ids, answers and links."""
    errors: list[ContentError] = []
    for index, theirs in enumerate(variant.questions):
        if index >= len(original.questions):
            errors.append(
                ContentError(
                    variant.path,
                    theirs.line,
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "{path_name} has {original_questions_count} questions; this is question "
                        "{value}",
                    ).format(
                        path_name=original.path.name,
                        original_questions_count=len(original.questions),
                        value=index + 1,
                    ),
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
                QT_TRANSLATE_NOOP(
                    "Content",
                    "missing the question {{#{missing_id}}} of {path_name}:{missing_line} "
                    "(and every question after it)",
                ).format(
                    missing_id=missing.id, path_name=original.path.name, missing_line=missing.line
                ),
            )
        )
    return errors
