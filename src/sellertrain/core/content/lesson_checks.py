"""Checks of a lesson's Markdown body: sections, callouts, raw HTML, images and links."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from sellertrain.core.content.fields import FileProblems
from sellertrain.core.content.render import (
    SAFE_LINK,
    bad_asset_name,
    is_asset_file,
    lesson_link_target,
    markdown,
    resolve_asset,
    slugify,
    split_anchor,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import CALLOUT_KINDS, Section, section_digest, section_source

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# Every pattern here stays linear on hostile text (tests/core/content/test_linear_regex.py):
# labels and targets exclude the brackets that would start the next try, and the heading's
# closing '#'s are stripped in code rather than by a lazy group followed by '\s*#*\s*$'.
_H2 = re.compile(r"^\s{0,3}##\s(.+)$")
_CALLOUT = re.compile(r"^\s{0,3}:::\s*(\S*)\s*(.*)$")
_LINK = re.compile(r"!?\[([^\[\]]*+)\]\([^()\[\]]*+\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`|~~)")


def heading_text(source: str) -> str:
    """A heading's text as rendered (links and emphasis markers dropped), for its anchor."""
    return " ".join(_EMPHASIS.sub("", _LINK.sub(r"\1", source)).split())


def h2_title(rest: str) -> str:
    """The text of a ``##`` heading's line after its marker and first space, without
    trailing spaces and ``#``s: what ``(.+?)\\s*#*\\s*$`` kept, in linear time."""
    text = rest.lstrip()
    return text.rstrip().rstrip("#").rstrip() or text[:1]


def scan_sections(body: str, body_line: int) -> list[Section]:
    """The ``##`` headings of a body with each section's hash, without a full Markdown parse."""
    lines = body.split("\n")
    starts: list[tuple[int, str, str]] = []
    in_fence = False
    for offset, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _H2.match(line)
        if match:
            text, anchor = split_anchor(h2_title(match.group(1)))
            title = heading_text(text)
            starts.append((offset, title, anchor or slugify(title)))
    sections: list[Section] = []
    for index, (offset, title, anchor) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        digest = section_digest(section_source(lines[offset:end]))
        sections.append(Section(anchor, title, body_line + offset, digest, body_line + end))
    return sections


def _check_callouts(body: str, body_line: int, problems: FileProblems) -> None:
    open_line: int | None = None
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _CALLOUT.match(line)
        if not match:
            continue
        kind, line_no = match.group(1), body_line + offset
        if not kind:
            if open_line is None:
                problems.add(line_no, QT_TRANSLATE_NOOP("Content", "':::' closes no callout"))
            open_line = None
        elif open_line is not None:
            problems.add(
                line_no,
                QT_TRANSLATE_NOOP(
                    "Content",
                    "callout opened inside the callout of line {open_line}; close it first",
                ).format(open_line=open_line),
            )
        else:
            open_line = line_no
            if kind not in CALLOUT_KINDS:
                problems.add(
                    line_no,
                    QT_TRANSLATE_NOOP(
                        "Content", "unknown callout kind '{kind}' (use: {callout_kinds})"
                    ).format(kind=kind, callout_kinds=", ".join(CALLOUT_KINDS)),
                )
    if open_line is not None:
        problems.add(
            open_line,
            QT_TRANSLATE_NOOP("Content", "callout is not closed: add a line ':::' after its text"),
        )


def check_lesson_body(
    lesson_path: Path, body: str, body_line: int, assets: Path, problems: FileProblems
) -> None:
    """The checks that need a full Markdown parse: headings, images, raw HTML."""
    if not body.strip():
        problems.add(body_line, QT_TRANSLATE_NOOP("Content", "the lesson has no text"))
        return
    _check_callouts(body, body_line, problems)
    _check_raw_html(body, body_line, problems)
    seen: dict[str, int] = {}
    tokens = markdown().parse(body)
    for index, token in enumerate(tokens):
        line = body_line + (token.map[0] if token.map else 0)
        if token.type == "heading_open" and token.tag == "h1":
            problems.add(
                line,
                QT_TRANSLATE_NOOP(
                    "Content", "use '##' for sections: the title comes from the front matter"
                ),
            )
        elif token.type == "heading_open" and token.tag == "h2":
            text, explicit = split_anchor(tokens[index + 1].content)
            title = heading_text(text)
            anchor = explicit or slugify(title)
            if anchor in seen:
                problems.add(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Content", "section '{title}' has the same anchor as line {seen}"
                    ).format(title=title, seen=seen[anchor]),
                )
            seen.setdefault(anchor, line)
        elif token.type == "inline":
            _check_inline(token, line, lesson_path, assets, problems)


@functools.cache
def _html_finder() -> Any:
    """A parser that only looks for raw HTML: links and emphasis cannot hide HTML from it, and
    skipping them keeps pathological text (thousands of unclosed brackets) fast."""
    from markdown_it import MarkdownIt

    finder = MarkdownIt("commonmark", {"html": True})
    finder.disable(["link", "image", "emphasis"])
    return finder


def _check_raw_html(body: str, body_line: int, problems: FileProblems) -> None:
    """Warn about raw HTML: the renderer shows it as text, so the author should know."""
    reported: set[int] = set()
    for token in _html_finder().parse(body):
        line = body_line + (token.map[0] if token.map else 0)
        has_html = token.type == "html_block" or (
            token.type == "inline" and any(c.type == "html_inline" for c in token.children or [])
        )
        if has_html and line not in reported:
            reported.add(line)
            problems.add(
                line,
                QT_TRANSLATE_NOOP("Content", "raw HTML is not allowed; it will be shown as text"),
                "warning",
            )


# a label without brackets inside keeps the search linear on text full of '['
_REFUSED_TARGET = re.compile(
    r"(!?)\[[^\[\]]*+\]\(\s*+<?\s*+((?:javascript|vbscript|file|data):[^)\s>]*+)", re.IGNORECASE
)


def _check_inline(
    token: Any, line: int, lesson_path: Path, assets: Path, problems: FileProblems
) -> None:
    # markdown-it refuses these schemes outright, so they show as plain text: say why
    for match in _REFUSED_TARGET.finditer(token.content or ""):
        if markdown().validateLink(match.group(2)):
            continue  # a real link or image (e.g. data:image/png): checked below
        target = match.group(2)[:80]
        if match.group(1):
            problems.add(
                line,
                QT_TRANSLATE_NOOP(
                    "Content",
                    "image '{target}' must be a file inside assets/, e.g. ../assets/name.svg",
                ).format(target=target),
            )
        else:
            problems.add(
                line,
                QT_TRANSLATE_NOOP(
                    "Content",
                    "link '{target}' is not allowed (it shows as text): only web (https://), "
                    "mailto: and lesson links work",
                ).format(target=target),
                "warning",
            )
    for child in token.children or []:
        if child.type == "image":
            src = str(child.attrGet("src") or "")
            if not child.content.strip():
                problems.add(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Content", "image '{src}' needs alt text: ![what it shows]({src})"
                    ).format(src=src),
                )
            bad_name = bad_asset_name(src)
            target = resolve_asset(src, lesson_path.parent, assets)
            if bad_name is not None:
                problems.add(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Content", "image '{src}' cannot be a file: {bad_name}"
                    ).format(src=src[:80], bad_name=bad_name),
                )
            elif target is None:
                problems.add(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "image '{src}' must be a file inside assets/ (in the content folder), "
                        "e.g. ../assets/name.svg",
                    ).format(src=src[:80]),
                )
            elif not is_asset_file(target):
                problems.add(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Content", "image '{src}' not found: no file {target_name} in assets/"
                    ).format(src=src, target_name=target.name),
                )
        elif child.type == "link_open":
            href = str(child.attrGet("href") or "")
            if not SAFE_LINK.match(href) and lesson_link_target(href) is None:
                problems.add(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "link '{href}' will not open: only web (https://), mailto: and lesson "
                        "links work",
                    ).format(href=href[:80]),
                    "warning",
                )
