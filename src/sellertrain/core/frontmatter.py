"""Splitting a Markdown file into YAML front matter and body, with file line numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


class FrontMatterError(Exception):
    """The front matter cannot be read at all; ``line`` is 1-based in the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Document:
    """A content file split into its parts."""

    meta: dict[str, Any]
    key_lines: dict[str, int]
    duplicate_keys: tuple[tuple[str, int], ...]
    body: str
    body_line: int
    end_line: int


def split(text: str) -> Document:
    """Parse ``---``-delimited YAML front matter; raise FrontMatterError when unreadable."""
    text = text.removeprefix("\ufeff")
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise FrontMatterError(1, "missing front matter: the file must start with a line '---'")
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if close is None:
        raise FrontMatterError(1, "front matter is not closed: add a line '---' after it")
    yaml_text = "\n".join(lines[1:close])
    try:
        meta = yaml.load(yaml_text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = 2 + mark.line if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(line, f"front matter is not valid YAML: {problem}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError(2, "front matter must be 'key: value' lines")
    key_lines: dict[str, int] = {}
    duplicates: list[tuple[str, int]] = []
    for offset, line in enumerate(lines[1:close]):
        match = _KEY_LINE.match(line)
        if match:
            key = match.group(1)
            if key in key_lines:
                duplicates.append((key, offset + 2))
            else:
                key_lines[key] = offset + 2
    return Document(
        meta={str(k): v for k, v in meta.items()},
        key_lines=key_lines,
        duplicate_keys=tuple(duplicates),
        body="\n".join(lines[close + 1 :]),
        body_line=close + 2,
        end_line=len(lines),
    )
