"""Reading a lesson or quiz file and its front matter: the problems found, at their lines."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from sellertrain.core.content import frontmatter
from sellertrain.core.content.render import MAX_SOURCE_CHARS
from sellertrain.core.content.safe_read import UnsafeFile, read_limited
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import ContentError

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class FileProblems:
    """Collects the ContentErrors of one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[ContentError] = []

    def add(self, line: int, message: str, severity: str = "error") -> None:
        self.items.append(ContentError(self.path, line, message, severity))

    @property
    def failed(self) -> bool:
        return any(e.severity == "error" for e in self.items)


def too_long(text: str, problems: FileProblems) -> bool:
    """Refuse files so long that checking and rendering them would keep the app busy."""
    if len(text) <= MAX_SOURCE_CHARS:
        return False
    problems.add(
        1,
        QT_TRANSLATE_NOOP(
            "Content",
            "the file has {text_count:,} characters; a lesson or quiz may have at "
            "most {max_source_chars:,}: split it into several files",
        ).format(text_count=len(text), max_source_chars=MAX_SOURCE_CHARS),
    )
    return True


def lone_carriage_return(text: str, problems: FileProblems) -> bool:
    """Refuse old-Mac line endings (CR alone) with one message, rather than reading the whole
    file as one line and reporting a missing front matter and its knock-on errors."""
    at = text.replace("\r\n", "\n\n").find("\r")
    if at < 0:
        return False
    problems.add(
        text.count("\n", 0, at) + 1,
        QT_TRANSLATE_NOOP(
            "Content",
            "the file uses old Mac line endings (CR alone): save it with LF or CRLF line endings",
        ),
    )
    return True


def read_source(path: Path, problems: FileProblems) -> str | None:
    """The UTF-8 text of a lesson or quiz file, or None with the problem at its line: only a
    regular file is read, and never more bytes than a file within the limit can hold."""
    limit = 4 * MAX_SOURCE_CHARS  # UTF-8: at most 4 bytes a character
    try:
        raw = read_limited(path, limit)
    except UnsafeFile as exc:
        message = exc.message
        if exc.too_big:
            message = QT_TRANSLATE_NOOP(
                "Content",
                "the file has more than {limit:,} bytes; a lesson or quiz may have at "
                "most {max_source_chars:,} characters: split it into several files",
            ).format(limit=limit, max_source_chars=MAX_SOURCE_CHARS)
        problems.add(1, message)
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.add(
            line, QT_TRANSLATE_NOOP("Content", "the file is not UTF-8 text: save it as UTF-8")
        )
        return None


def check_keys(doc: frontmatter.Document, spec: dict[str, bool], problems: FileProblems) -> None:
    for key, line in doc.duplicate_keys:
        problems.add(
            line,
            QT_TRANSLATE_NOOP("Content", "'{key}' is given twice in the front matter").format(
                key=key
            ),
        )
    for key in doc.meta:
        if key not in spec:
            known = ", ".join(spec)
            problems.add(
                doc.key_lines.get(key, 2),
                QT_TRANSLATE_NOOP(
                    "Content", "unknown front matter key '{key}' (known: {known})"
                ).format(key=key, known=known),
            )
    for key, required in spec.items():
        if required and doc.meta.get(key) in (None, ""):
            problems.add(
                doc.body_line - 1,
                QT_TRANSLATE_NOOP("Content", "missing required front matter key '{key}'").format(
                    key=key
                ),
            )


class Fields:
    """Typed reads of front matter values, reporting each bad value at its line."""

    def __init__(self, doc: frontmatter.Document, problems: FileProblems) -> None:
        self.doc = doc
        self.problems = problems

    def line(self, key: str) -> int:
        return self.doc.key_lines.get(key, 2)

    def text(self, key: str) -> str | None:
        value = self.doc.meta.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problems.add(
                self.line(key),
                QT_TRANSLATE_NOOP("Content", "'{key}' must be text, not {value!r}").format(
                    key=key, value=value
                ),
            )
            return None
        return value.strip()

    def identifier(self, key: str) -> str | None:
        value = self.text(key)
        if value is not None and not ID_PATTERN.match(value):
            self.problems.add(
                self.line(key),
                QT_TRANSLATE_NOOP(
                    "Content",
                    "'{key}' must use lowercase letters, digits and '-' only, not {value!r}",
                ).format(key=key, value=value),
            )
            return None
        return value

    def integer(self, key: str, low: int, high: int) -> int | None:
        value = self.doc.meta.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problems.add(
                self.line(key),
                QT_TRANSLATE_NOOP(
                    "Content", "'{key}' must be a whole number from {low} to {high}, not {value!r}"
                ).format(key=key, low=low, high=high, value=value),
            )
            return None
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.doc.meta.get(key, default)
        if not isinstance(value, bool):
            self.problems.add(
                self.line(key),
                QT_TRANSLATE_NOOP("Content", "'{key}' must be true or false, not {value!r}").format(
                    key=key, value=value
                ),
            )
            return default
        return value

    def date(self, key: str) -> dt.date | None:
        value = self.doc.meta.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        self.problems.add(
            self.line(key),
            QT_TRANSLATE_NOOP(
                "Content", "'{key}' must be a date like 2026-01-31, not {value!r}"
            ).format(key=key, value=value),
        )
        return None

    def draft(self) -> bool:
        """Whether the file is a draft: ``status: draft`` (``published``, the default, is
        what having no ``status`` means). Anything else is an error, so the file stays hidden."""
        value = self.doc.meta.get("status")
        if value in (None, "published"):
            return False
        if value != "draft":
            self.problems.add(
                self.line("status"),
                QT_TRANSLATE_NOOP(
                    "Content", "'status' must be draft or published, not {value!r}"
                ).format(value=value),
            )
        return True

    def placeholders(self, text: str) -> None:
        """Warn about template text left in a published file (learners would read it)."""
        from sellertrain.core.content.placeholders import placeholder_lines, placeholder_message

        for line, sentence in placeholder_lines(text):
            self.problems.add(line, placeholder_message(sentence), "warning")

    def words(self, key: str, allowed: Iterable[str], default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.doc.meta.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.add(
                self.line(key),
                QT_TRANSLATE_NOOP(
                    "Content", "'{key}' must be a list like [a, b], not {value!r}"
                ).format(key=key, value=value),
            )
            return default
        allowed = tuple(allowed)
        unknown = [v for v in value if v not in allowed]
        if unknown:
            self.problems.add(
                self.line(key),
                QT_TRANSLATE_NOOP("Content", "unknown {key} {unknown} (use: {allowed})").format(
                    key=key, unknown=", ".join(map(repr, unknown)), allowed=", ".join(allowed)
                ),
            )
        return tuple(v for v in value if v in allowed) or default


def read_fields(path: Path, text: str, keys: dict[str, bool]) -> tuple[FileProblems, Fields | None]:
    """The problems so far and the typed front matter of a lesson or quiz text, or no fields
    when the text is too long or its front matter cannot be read (the problems say why)."""
    problems = FileProblems(path)
    if too_long(text, problems) or lone_carriage_return(text, problems):
        return problems, None
    try:
        doc = frontmatter.split(text)
    except frontmatter.FrontMatterError as exc:
        problems.add(exc.line, exc.message)
        return problems, None
    check_keys(doc, keys, problems)
    return problems, Fields(doc, problems)
