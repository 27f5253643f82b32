"""Splitting a Markdown file into YAML front matter and body, with file line numbers."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sellertrain.core.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import yaml


@functools.cache
def yaml_loader() -> tuple[Any, Any]:
    """PyYAML and its fastest safe loader, imported on first use: a start-up that finds every
    file in the parse cache never needs them (the import alone is tens of milliseconds)."""
    import yaml

    try:  # the C loader is several times faster; fall back where libyaml is missing
        from yaml import CSafeLoader as loader
    except ImportError:  # pragma: no cover - depends on the wheel
        from yaml import SafeLoader as loader  # type: ignore[assignment]  # the stubs type the C and Python loaders as unrelated classes
    return yaml, loader


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
    # the front matter's lines as written (file line = index + 2), for values inside a key
    meta_lines: tuple[str, ...] = ()


_DATE_VALUE = re.compile(r"^[\w-]+:\s*['\"]?(\d{4}-\d{1,2}-\d{1,2})\b")


def _error_line(exc: yaml.YAMLError) -> int:
    """The file line to blame: where an unclosed quote or bracket opened, else the problem."""
    context = str(getattr(exc, "context", "") or "")
    opened = getattr(exc, "context_mark", None)
    mark = getattr(exc, "problem_mark", None)
    if opened is not None and ("quoted scalar" in context or "flow" in context):
        mark = opened
    return 2 + mark.line if mark is not None else 1


def _problem(exc: yaml.YAMLError) -> str:
    context = getattr(exc, "context", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"{problem} ({context})" if context else problem


_LONG_DIGITS = re.compile(r"\d{4300}")


def _bad_value_line(lines: list[str]) -> int:
    """The file line of the first date-like value that is not a real date, or of the first
    run of more digits than Python turns into a number (4,300)."""
    for offset, line in enumerate(lines):
        if _LONG_DIGITS.search(line):
            return offset + 2
        match = _DATE_VALUE.match(line)
        if match:
            year, month, day = (int(part) for part in match.group(1).split("-"))
            try:
                dt.date(year, month, day)
            except ValueError:
                return offset + 2
    return 2


def _refuse_aliases(yaml_text: str) -> None:
    """Refuse YAML aliases (``*name``): nested ones expand to billions of values ("billion
    laughs"), which would hang the app when a message shows the value. Front matter never
    needs them."""
    if "*" not in yaml_text:
        return
    yaml, loader = yaml_loader()
    try:
        for event in yaml.parse(yaml_text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                raise FrontMatterError(
                    2 + event.start_mark.line,
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "front matter may not use YAML aliases (*name): write the value out",
                    ),
                )
    except yaml.YAMLError:
        return  # yaml.load reports it with its line


def split(text: str) -> Document:
    """Parse ``---``-delimited YAML front matter; raise FrontMatterError when unreadable."""
    text = text.removeprefix("\ufeff")
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise FrontMatterError(
            1,
            QT_TRANSLATE_NOOP(
                "Content", "missing front matter: the file must start with a line '---'"
            ),
        )
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if close is None:
        raise FrontMatterError(
            1, QT_TRANSLATE_NOOP("Content", "front matter is not closed: add a line '---' after it")
        )
    yaml_text = "\n".join(lines[1:close])
    _refuse_aliases(yaml_text)
    yaml, loader = yaml_loader()
    try:
        meta = yaml.load(yaml_text, Loader=loader)
    except yaml.YAMLError as exc:
        raise FrontMatterError(
            _error_line(exc),
            QT_TRANSLATE_NOOP("Content", "front matter is not valid YAML: {problem}").format(
                problem=_problem(exc)
            ),
        ) from None
    except RecursionError:
        raise FrontMatterError(
            2, QT_TRANSLATE_NOOP("Content", "front matter is nested too deeply")
        ) from None
    except ValueError as exc:  # e.g. an impossible date such as 2026-13-45
        line = _bad_value_line(lines[1:close])
        reason = str(exc).split(";")[0]
        if "digits" in reason:  # Python refuses int() of more than 4,300 digits
            reason = QT_TRANSLATE_NOOP("Content", "a number has too many digits")
        raise FrontMatterError(
            line,
            QT_TRANSLATE_NOOP("Content", "front matter has an impossible value: {reason}").format(
                reason=reason
            ),
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError(
            2, QT_TRANSLATE_NOOP("Content", "front matter must be 'key: value' lines")
        )
    key_lines: dict[str, int] = {}
    duplicates: list[tuple[str, int]] = []
    for offset, source_line in enumerate(lines[1:close]):
        match = _KEY_LINE.match(source_line)
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
        meta_lines=tuple(lines[1:close]),
    )
