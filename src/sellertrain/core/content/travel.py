"""Content that travels with a publication: the files it carries, and writing pulled ones.

A publication on a company record carries the lesson's file, the files of its quizzes, their
language variants (``<name>.zh-CN.md`` beside each) and the assets they all show
(``../assets/NAME``), so every desktop can be given what the records are
scored against. A pulled file is written only inside the content folder (``lessons/``,
``quizzes/`` or ``assets/``, one plain name, no link followed), only when its bytes match their
hash, and atomically (a temporary file beside it, then a rename): a desktop never holds half a
lesson.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sellertrain.core.content.safe_read import UnsafeFile, read_limited
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import Course, Lesson, Quiz

FOLDERS = ("lessons", "quizzes", "assets")
MAX_FILE_BYTES = 5_000_000
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_ASSET = re.compile(r"\(\.\./assets/([A-Za-z0-9][A-Za-z0-9._-]*)\)")


class ContentTravelError(Exception):
    """A carried or pulled content file that cannot be used (one line: which and why)."""


@dataclass(frozen=True)
class CarriedFile:
    """One file a publication carries: its path in the content folder and its bytes."""

    path: str  # e.g. "lessons/returns.md"
    body: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


def publication_files(course: Course, lesson: Lesson) -> list[CarriedFile]:
    """The lesson's file, its quizzes' files, their variants and the assets they show."""
    quizzes = [quiz.path for quiz in course.quizzes.values() if quiz.lesson_id == lesson.id]
    return _carried(course, [lesson.path, *quizzes])


def quiz_publication_files(course: Course, quiz: Quiz) -> list[CarriedFile]:
    """The quiz's file, its variants and the assets they show."""
    return _carried(course, [quiz.path])


def draft_files(
    course: Course, items: Sequence[Lesson | Quiz], texts: Mapping[Path, str]
) -> list[CarriedFile]:
    """The files a draft made live carries: each item's file as ``texts`` holds it (without
    its ``status: draft`` line, not yet written), its variants and the assets they show."""
    bodies = {path.resolve(): text.encode("utf-8") for path, text in texts.items()}
    return _carried(course, [item.path for item in items], bodies)


def with_variants(paths: Sequence[Path]) -> list[Path]:
    """``paths`` and, after each, its language variants (``NAME.zh-CN.md``) that exist."""
    from sellertrain.core.content.variants import VARIANT_LANGUAGES

    found = []
    for path in paths:
        found.append(path)
        for lang in VARIANT_LANGUAGES:
            variant = path.with_name(f"{path.stem}.{lang}{path.suffix}")
            if variant.is_file():
                found.append(variant)
    return found


def _carried(
    course: Course, paths: Sequence[Path], bodies: Mapping[Path, bytes] | None = None
) -> list[CarriedFile]:
    """The files at ``paths`` (the bytes in ``bodies`` where given), their variants and the
    assets they show (``../assets/NAME``), once each."""
    root = Path(course.root).resolve()
    carried: dict[str, CarriedFile] = {}
    for path in with_variants(paths):
        body = _read(root, path)
        given = (bodies or {}).get(path.resolve())
        if given is not None:
            body = CarriedFile(body.path, given)
        carried[body.path] = body
        for name in dict.fromkeys(_ASSET.findall(body.body.decode("utf-8", "replace"))):
            asset = root / "assets" / name
            if asset.is_file() and f"assets/{name}" not in carried:
                carried[f"assets/{name}"] = _read(root, asset)
    return list(carried.values())


def _read(root: Path, path: Path) -> CarriedFile:
    try:
        relative = path.resolve().relative_to(root).as_posix()
    except ValueError:
        raise ContentTravelError(
            QT_TRANSLATE_NOOP("Content", "{path} is outside the content folder {root}").format(
                path=path, root=root
            )
        ) from None
    safe_path(relative)
    try:
        return CarriedFile(relative, read_limited(path, MAX_FILE_BYTES, str(path)))
    except UnsafeFile as exc:
        raise ContentTravelError(exc.message) from None


def safe_path(relative: str) -> tuple[str, str]:
    """(folder, name) of a carried path; ContentTravelError unless it is one plain name in
    lessons/, quizzes/ or assets/."""
    parts = PurePosixPath(relative).parts
    if len(parts) != 2 or parts[0] not in FOLDERS or not _NAME.fullmatch(parts[1]):
        raise ContentTravelError(
            QT_TRANSLATE_NOOP(
                "Content", "'{relative}' is not a file name in lessons/, quizzes/ or assets/"
            ).format(relative=relative[:80])
        )
    return parts[0], parts[1]


def write_pulled(root: Path, files: Iterable[tuple[str, str, bytes]]) -> list[str]:
    """Write (path, sha256, body) into the content folder ``root``; the paths written.

    A file already holding these bytes is left as it is. Nothing is written outside ``root``:
    a path that is not one plain name in a content folder, a folder that is a link, a target
    that is a link or bytes that do not match their hash are ContentTravelError, checked for
    every file before the first is written.
    """
    base = root.resolve()
    planned: list[tuple[Path, bytes]] = []
    for relative, sha256, body in files:
        folder, name = safe_path(relative)
        if hashlib.sha256(body).hexdigest() != sha256:
            raise ContentTravelError(
                QT_TRANSLATE_NOOP(
                    "Content", "the pulled {relative} does not match its hash"
                ).format(relative=relative)
            )
        directory = root / folder
        if directory.is_symlink() or (directory.exists() and directory.resolve().parent != base):
            raise ContentTravelError(
                QT_TRANSLATE_NOOP(
                    "Content", "{directory} is a link: pulled content is not written there"
                ).format(directory=directory)
            )
        target = directory / name
        if target.is_symlink():
            raise ContentTravelError(
                QT_TRANSLATE_NOOP(
                    "Content", "{target} is a link: pulled content is not written there"
                ).format(target=target)
            )
        if target.is_file() and _same(target, body):
            continue
        planned.append((target, body))
    for target, body in planned:
        _replace(target, body)
    return [f"{target.parent.name}/{target.name}" for target, _ in planned]


def _same(path: Path, body: bytes) -> bool:
    try:
        return path.stat().st_size == len(body) and path.read_bytes() == body
    except OSError:
        return False


def _replace(target: Path, body: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def older_than_published(
    course: Course, published: Sequence[tuple[str, str | None, str]]
) -> list[str]:
    """Lessons whose file here is a version that a later publication replaced.

    ``published`` is (lesson_id, previous_version, version) per publication, oldest first. A
    file equal to a replaced version is behind what the records were scored against; a file
    matching none is an author's unpublished edit, not older.
    """
    here = {lesson_id: lesson.version for lesson_id, lesson in course.lessons.items()}
    return sorted(item for item, _ in behind_published(here, published))


def behind_published(
    here: Mapping[str, str], published: Sequence[tuple[str, str | None, str]]
) -> list[tuple[str, str]]:
    """(id, latest published version) of each item whose version ``here`` is one that a later
    publication replaced; ``published`` as for ``older_than_published``."""
    versions: dict[str, list[str]] = {}
    for item_id, previous, version in published:
        history = versions.setdefault(item_id, [])
        history.extend(v for v in (previous, version) if v is not None)
    behind = []
    for item_id, history in versions.items():
        current = here.get(item_id)
        if current is not None and current != history[-1] and current in history:
            behind.append((item_id, history[-1]))
    return sorted(behind)
