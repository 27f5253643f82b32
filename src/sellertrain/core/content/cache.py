"""A parse cache kept on disk between runs, so start-up does not re-parse unchanged files.

Entries are keyed by each file's content hash (and what kind of parse it was), so a changed
file is always parsed again. The cache is plain JSON in the user's cache folder: a damaged or
foreign cache file is ignored, never trusted, and rebuilt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from sellertrain.core.content.loader import ParseCache, declared_id
from sellertrain.core.digest import builtin_sha256_hex
from sellertrain.core.message import Message, from_json
from sellertrain.core.models import (
    AcceptedAnswer,
    ContentError,
    Course,
    CourseSettings,
    Lesson,
    MatchPair,
    NumericAnswer,
    Option,
    Question,
    Quiz,
    Section,
    Source,
)

log = logging.getLogger(__name__)
FORMAT = 10  # bump when the models, the parsers or the variant checks change what they produce
SETTINGS_ENTRY = "<course settings>"  # not a file path: course.yaml's checked result
CHECK_ENTRY = "<variant check> "  # + a variant's path: its check against its original


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


def _error_json(error: ContentError) -> dict[str, Any]:
    """A problem as stored: its message with its template and values, so it can be translated."""
    data = _encode(error)
    if isinstance(error.message, Message):
        data["message"] = error.message.to_json()
    return data


def _error(data: dict[str, Any]) -> ContentError:
    message = from_json(data["message"])
    return ContentError(Path(data["path"]), data["line"], message, data["severity"])


def _errors(stored: list[dict[str, Any]]) -> list[ContentError]:
    return [_error(e) for e in stored]


def _question(data: dict[str, Any]) -> Question:
    return Question(
        **{
            **data,
            "options": tuple(Option(**o) for o in data["options"]),
            "accepted": tuple(AcceptedAnswer(**a) for a in data["accepted"]),
            "numbers": tuple(NumericAnswer(**n) for n in data["numbers"]),
            "pairs": tuple(MatchPair(**p) for p in data["pairs"]),
            "distractors": tuple(data["distractors"]),
        }
    )


def _source(data: dict[str, Any]) -> Source:
    read = data["read"]
    return Source(data["title"], data["link"], dt.date.fromisoformat(read) if read else None)


def _model(kind: str, data: dict[str, Any] | None) -> Lesson | Quiz | None:
    if data is None:
        return None
    if kind.startswith("lesson"):  # "lesson" or "lesson-variant"
        return Lesson(
            **{
                **data,
                "reviewed": dt.date.fromisoformat(data["reviewed"]) if data["reviewed"] else None,
                "path": Path(data["path"]),
                "roles": tuple(data["roles"]),
                "tags": tuple(data["tags"]),
                "sections": tuple(Section(**s) for s in data["sections"]),
                "sources": tuple(_source(s) for s in data["sources"]),
            }
        )
    return Quiz(
        **{
            **data,
            "path": Path(data["path"]),
            "questions": tuple(_question(q) for q in data["questions"]),
        }
    )


def _stored_model(model: Lesson | Quiz | None) -> dict[str, Any] | None:
    """A parse as stored: a lesson without its body, which is read from the file when needed."""
    if model is None:
        return None
    data = _encode(model)
    if isinstance(model, Lesson):
        data["body"] = None
    return data


class DiskParseCache(ParseCache):
    """A ParseCache that starts from, and can be saved to, a JSON file."""

    def __init__(self, file: Path) -> None:
        super().__init__()
        self.file = file
        self.changed = False
        self._stored: dict[str, Any] = {}
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            if data.get("format") == FORMAT:
                self._stored = data["entries"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self._stored = {}

    @staticmethod
    def _digest(key: tuple[Any, ...]) -> str:
        kind, text, deep, stamp = key
        hashed = builtin_sha256_hex(text.encode("utf-8"))
        return f"{kind}:{int(deep)}:{hashed}:{','.join(sorted(stamp))}"

    def get(self, path: Path, key: tuple[Any, ...]) -> tuple[Any, list[ContentError]] | None:
        found = super().get(path, key)
        if found is not None:
            return found
        entry = self._stored.get(str(path))
        if not entry or entry.get("key") != self._digest(key):
            return None
        try:
            model = _model(key[0], entry["model"])
            errors = _errors(entry["errors"])
        except (KeyError, TypeError, ValueError):
            return None
        if not entry.get("stat"):  # old enough now to be trusted by its time stamp
            stat = _trusted_stat(path)
            if stat is not None:
                entry["stat"], entry["declared"] = stat, declared_id(path, key[1])
                self.changed = True
        super().put(path, key, (model, errors))
        return model, errors

    def put(self, path: Path, key: tuple[Any, ...], result: tuple[Any, list[ContentError]]) -> None:
        super().put(path, key, result)
        model, errors = result
        self._stored[str(path)] = {
            "key": self._digest(key),
            "stat": _trusted_stat(path),
            "declared": declared_id(path, key[1]),
            "model": _stored_model(model),
            "errors": [_error_json(e) for e in errors],
        }
        self.changed = True

    def get_unchanged(
        self, path: Path, kind: str, deep: bool, stamp: frozenset[str]
    ) -> tuple[Any, list[ContentError], str | None] | None:
        """The stored parse when the file's size and modification time are as recorded.

        Like git's index this skips reading unchanged files; a file written within two
        seconds of being cached is never trusted this way (its time may not have moved).
        """
        entry = self._stored.get(str(path))
        if not entry or not entry.get("stat"):
            return None
        prefix = f"{kind}:{int(deep)}:"
        key = entry.get("key", "")
        if not key.startswith(prefix) or key.rsplit(":", 1)[-1] != ",".join(sorted(stamp)):
            return None
        try:
            info = path.stat()
        except OSError:
            return None
        if [info.st_size, info.st_mtime_ns] != entry["stat"]:
            return None
        try:
            model = _model(kind, entry["model"])
            errors = _errors(entry["errors"])
        except (KeyError, TypeError, ValueError):
            return None
        return model, errors, entry.get("declared")

    def get_settings(self, key: Any) -> tuple[CourseSettings, list[ContentError]] | None:
        found = super().get_settings(key)
        if found is not None:
            return found
        entry = self._stored.get(SETTINGS_ENTRY)
        if not entry or entry.get("key") != _encode(list(key)):
            return None
        try:
            settings = CourseSettings(**entry["model"])
            errors = _errors(entry["errors"])
        except (KeyError, TypeError, ValueError):
            return None
        super().put_settings(key, (settings, errors))
        return settings, errors

    def put_settings(self, key: Any, result: tuple[CourseSettings, list[ContentError]]) -> None:
        super().put_settings(key, result)
        self._stored[SETTINGS_ENTRY] = {
            "key": _encode(list(key)),
            "model": _encode(result[0]),
            "errors": [_error_json(e) for e in result[1]],
        }
        self.changed = True

    def get_check(self, path: Path, key: str) -> list[ContentError] | None:
        found = super().get_check(path, key)
        if found is not None:
            return found
        entry = self._stored.get(CHECK_ENTRY + str(path))
        if not entry or entry.get("key") != key:
            return None
        try:
            errors = _errors(entry["errors"])
        except (KeyError, TypeError, ValueError):
            return None
        super().put_check(path, key, errors)
        return list(errors)

    def put_check(self, path: Path, key: str, errors: list[ContentError]) -> None:
        super().put_check(path, key, errors)
        self._stored[CHECK_ENTRY + str(path)] = {
            "key": key,
            "errors": [_error_json(e) for e in errors],
        }
        self.changed = True

    def save(self) -> None:
        """Write the cache atomically; a failure only costs the next start-up some time."""
        if not self.changed:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=self.file.parent, delete=False, suffix=".tmp"
            ) as handle:
                json.dump({"format": FORMAT, "entries": self._stored}, handle)
            os.replace(handle.name, self.file)
            self.changed = False
        except OSError as exc:
            log.warning("could not save the content cache %s: %s", self.file, exc)


def _trusted_stat(path: Path) -> list[int] | None:
    """[size, mtime_ns] of a file old enough for its time stamp to prove it unchanged."""
    try:
        info = path.stat()
    except OSError:
        return None
    if time.time_ns() - info.st_mtime_ns < 2_000_000_000:
        return None
    return [info.st_size, info.st_mtime_ns]


def cache_file_for(root: Path) -> Path:
    """The cache file of one content folder, in the user's cache directory."""
    from sellertrain.core.paths import user_dir

    name = builtin_sha256_hex(str(Path(root).resolve()).encode("utf-8"))[:16]
    return user_dir("cache") / f"content-{name}.json"


def load_course_cached(root: Path, cache_file: Path | None = None) -> Course:
    """``load_course(root, deep=False)`` reusing the parses of unchanged files from disk."""
    from sellertrain.core.content.loader import load_course

    cache = DiskParseCache(cache_file or cache_file_for(root))
    course = load_course(root, deep=False, cache=cache)
    cache.save()
    return course
