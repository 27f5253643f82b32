"""Load and validate a content folder (``lessons/``, ``quizzes/``, ``assets/``).

Every problem becomes a ContentError with the file and line; files without errors still load.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, cast

from sellertrain.core.content.draw_checks import check_draws
from sellertrain.core.content.fields import FileProblems, read_source
from sellertrain.core.content.lessons import lesson_from_text
from sellertrain.core.content.links import cross_check, key_line
from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.content.render import MAX_SOURCE_CHARS
from sellertrain.core.content.safe_read import UnsafeFile, read_limited, read_text_or_none
from sellertrain.core.digest import builtin_sha256_hex
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import (
    SETTINGS_FILE,
    ContentError,
    Course,
    CourseSettings,
    Lesson,
    Quiz,
)

log = logging.getLogger(__name__)
SETTINGS_BYTES = 400_000  # course.yaml: 100,000 characters of up to 4 UTF-8 bytes
# what a kind of file is called in a problem: lupdate reads these for the translation
KIND_NAMES = {
    "lesson": QT_TRANSLATE_NOOP("Content", "lesson"),
    "quiz": QT_TRANSLATE_NOOP("Content", "quiz"),
}


def declared_id(path: Path, text: str | None = None) -> str | None:
    """The id a file declares even when it is otherwise broken (to avoid knock-on errors)."""
    if text is None:
        text = read_text_or_none(path, 4 * MAX_SOURCE_CHARS)
        if text is None:
            return None
    match = re.search(r"^id:\s*['\"]?([^'\"\s#]+)", text[:4000], re.MULTILINE)
    return match.group(1) if match else None


class ParseCache:
    """Each file's last parse, keyed by its text, so checking a course again re-parses only
    the files that changed (the author studio re-checks the course as the author types)."""

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple[Any, ...], tuple[Any, list[ContentError]]]] = {}
        self._checks: dict[Path, tuple[str, list[ContentError]]] = {}

    def get(self, path: Path, key: tuple[Any, ...]) -> tuple[Any, list[ContentError]] | None:
        entry = self._entries.get(path)
        return entry[1] if entry is not None and entry[0] == key else None

    def put(self, path: Path, key: tuple[Any, ...], result: tuple[Any, list[ContentError]]) -> None:
        self._entries[path] = (key, result)

    def get_unchanged(
        self, path: Path, kind: str, deep: bool, stamp: frozenset[str]
    ) -> tuple[Any, list[ContentError], str | None] | None:
        """A parse known to match the file without reading it (only a disk cache knows)."""
        return None

    def get_settings(self, key: Any) -> tuple[CourseSettings, list[ContentError]] | None:
        """The checked ``course.yaml`` for this key (its text and what it refers to)."""
        entry = self._entries.get(Path(SETTINGS_FILE))
        return entry[1] if entry is not None and entry[0] == key else None

    def put_settings(self, key: Any, result: tuple[CourseSettings, list[ContentError]]) -> None:
        self._entries[Path(SETTINGS_FILE)] = (key, result)

    def get_check(self, path: Path, key: str) -> list[ContentError] | None:
        """A language variant's check against its original, for these two versions."""
        entry = self._checks.get(path)
        return list(entry[1]) if entry is not None and entry[0] == key else None

    def put_check(self, path: Path, key: str, errors: list[ContentError]) -> None:
        self._checks[path] = (key, list(errors))


class _Sources:
    """The text of each content file: an editor's unsaved text when given, else the disk's."""

    def __init__(self, texts: Mapping[Path, str] | None) -> None:
        self.texts = {Path(p).resolve(): text for p, text in (texts or {}).items()}

    def get(self, path: Path) -> str | None:
        return self.texts.get(path.resolve()) if self.texts else None

    def files(self, folder: Path) -> list[Path]:
        """The ``*.md`` files of ``folder``, plus any given text for a file not saved yet."""
        found = sorted(folder.glob("*.md")) if folder.is_dir() else []
        if not self.texts:
            return found
        on_disk = {path.resolve() for path in found}
        folder = folder.resolve()
        unsaved = [p for p in self.texts if p.parent == folder and p.suffix == ".md"]
        return found + sorted(p for p in unsaved if p not in on_disk)


def _load_file(
    path: Path,
    kind: str,
    assets: Path,
    deep: bool,
    sources: _Sources,
    cache: ParseCache | None,
    stamp: frozenset[str],
) -> tuple[Any, list[ContentError], str | None]:
    """One lesson or quiz (its model or None, its problems, the id it declares)."""
    text = sources.get(path)
    if text is None and cache is not None:
        unchanged = cache.get_unchanged(path, kind, deep, stamp)
        if unchanged is not None:
            return unchanged[0], list(unchanged[1]), unchanged[2]
    if text is None:
        problems = FileProblems(path)
        text = read_source(path, problems)
        if text is None:
            return None, problems.items, declared_id(path)
    key = (kind, text, deep, stamp)
    result = cache.get(path, key) if cache is not None else None
    if result is None:
        if kind == "lesson":
            result = lesson_from_text(path, text, assets, deep)
        elif kind == "quiz":
            result = quiz_from_text(path, text)
        else:  # "lesson-variant" or "quiz-variant"
            from sellertrain.core.content.variants import variant_from_text

            result = variant_from_text(path, text, kind.split("-")[0], assets, deep)
        if cache is not None:
            cache.put(path, key, result)
    return result[0], list(result[1]), declared_id(path, text)


def load_course(
    root: Path,
    deep: bool = True,
    *,
    sources: Mapping[Path, str] | None = None,
    cache: ParseCache | None = None,
) -> Course:
    """Load every lesson and quiz under ``root``; ``deep=False`` skips full lesson parses.

    ``sources`` maps files to text used instead of the disk's (an editor's unsaved text);
    ``cache`` keeps parses between calls, so only changed files are parsed again.
    """
    root = Path(root)
    course = Course(root=root)
    assets = root / "assets"
    lesson_dir, quiz_dir = root / "lessons", root / "quizzes"
    texts = _Sources(sources)
    # a lesson's deep check looks for its images, so a cached parse is only valid for
    # the same set of asset files
    stamp = (
        frozenset(p.name for p in assets.iterdir())
        if cache is not None and deep and assets.is_dir()
        else frozenset()
    )
    if not lesson_dir.is_dir():
        course.errors.append(
            ContentError(
                lesson_dir, 1, QT_TRANSLATE_NOOP("Content", "content folder has no lessons/ folder")
            )
        )

    variant_files: list[tuple[str, Path]] = []

    def load_folder(kind: str, folder: Path, found: dict[str, Any]) -> set[str]:
        """Load each file of ``folder`` into ``found`` by id; return the ids they declare.
        Language variants (``<id>.<lang>.md``) are set aside for ``load_variants``."""
        declared: set[str] = set()
        origin: dict[str, Path] = {}
        for path in texts.files(folder) if folder.is_dir() else []:
            if "." in path.stem:
                variant_files.append((kind, path))
                continue
            item, errors, declared_id = _load_file(path, kind, assets, deep, texts, cache, stamp)
            course.errors.extend(errors)
            declared.add(declared_id or "")
            if item is None:
                continue
            if item.id in origin:
                course.errors.append(
                    ContentError(
                        path,
                        key_line(path, "id"),
                        QT_TRANSLATE_NOOP(
                            "Content", "duplicate {kind} id '{item_id}' (also in {name})"
                        ).format(kind=KIND_NAMES[kind], item_id=item.id, name=origin[item.id].name),
                    )
                )
                continue
            origin[item.id] = path
            found[item.id] = item
        return declared

    declared_lessons = load_folder("lesson", lesson_dir, course.lessons)
    declared_quizzes = load_folder("quiz", quiz_dir, course.quizzes)
    cross_check(course, declared_lessons, declared_quizzes, texts)
    course.errors.extend(check_draws(course))
    course.settings = _course_settings(course, declared_quizzes, texts, cache)
    set_drafts_apart(course, texts)
    if variant_files:
        load_variants(
            course,
            variant_files,
            lambda p, k: _load_file(p, k, assets, deep, texts, cache, stamp),
            cache,
        )
    course.errors.sort(key=lambda e: (str(e.path), e.line))
    return course


def load_variants(
    course: Course,
    files: list[tuple[str, Path]],
    load: Callable[[Path, str], tuple[Any, list[ContentError], str | None]],
    cache: ParseCache | None = None,
) -> None:
    """Read each language variant, check it against its original and keep it (merged).

    A check depends only on the two files' texts, so ``cache`` keeps its result by both
    versions: an unchanged pair is not read again (a lesson's check reads both bodies)."""
    from sellertrain.core.content.variants import keep_variants, variant_name

    kept = []
    for kind, path in files:
        variant, errors, _declared = load(path, f"{kind}-variant")
        course.errors.extend(errors)
        base = (variant_name(path) or ("", ""))[0]
        original: Lesson | Quiz | None
        if kind == "lesson":
            original = course.lessons.get(base) or course.drafts.lessons.get(base)
        else:
            original = course.quizzes.get(base) or course.drafts.quizzes.get(base)
        if original is None:
            # an original that exists but failed to load has its own errors: the variant is
            # not an orphan, and saying so would send the author to the wrong file
            failed_original = path.with_name(f"{base}.md").is_file()
            if not failed_original and not any(e.severity == "error" for e in errors):
                course.errors.append(
                    ContentError(
                        path,
                        1,
                        QT_TRANSLATE_NOOP(
                            "Content",
                            "no {kind} '{base}' to translate: a variant sits beside its original "
                            "({base}.md)",
                        ).format(kind=KIND_NAMES[kind], base=base),
                    )
                )
            continue
        if variant is None:
            continue
        problems = _variant_problems(original, variant, cache)
        course.errors.extend(problems)
        if not problems:
            kept.append(variant)
    keep_variants(course, kept)


def _variant_problems(
    original: Lesson | Quiz, variant: Lesson | Quiz, cache: ParseCache | None
) -> list[ContentError]:
    """``variant`` checked against ``original``, or the cached result for the same texts."""
    key = f"{original.path}:{original.version}:{variant.version}"
    found = cache.get_check(variant.path, key) if cache is not None else None
    if found is not None:
        return found
    from sellertrain.core.content.variant_checks import check_lesson_variant, check_quiz_variant

    if isinstance(original, Lesson):
        problems = check_lesson_variant(original, cast(Lesson, variant))
    else:
        problems = check_quiz_variant(original, cast(Quiz, variant))
    if cache is not None:
        cache.put_check(variant.path, key, problems)
    return problems


def _course_settings(
    course: Course, declared_quizzes: set[str], texts: _Sources, cache: ParseCache | None
) -> CourseSettings:
    """``course.yaml`` read and checked, or its last result when nothing it depends on changed
    (so a start-up from the parse cache needs no YAML parser)."""
    path = course.root / SETTINGS_FILE
    text = texts.get(path)
    try:
        raw = text.encode("utf-8") if text is not None else read_limited(path, SETTINGS_BYTES)
    except UnsafeFile:
        raw = None  # missing, unreadable or not a regular file: load_settings says which
    key = (
        builtin_sha256_hex(raw) if raw is not None else None,
        sorted(course.lessons[i].module for i in course.lessons),
        sorted(course.quizzes),
        sorted(declared_quizzes),
    )
    found = cache.get_settings(key) if cache is not None else None
    if found is None:
        from sellertrain.core.content.course_settings import load_settings

        before = len(course.errors)
        settings = load_settings(course, declared_quizzes, text)
        found = (settings, course.errors[before:])
        del course.errors[before:]
        if cache is not None:
            cache.put_settings(key, found)
    course.errors.extend(found[1])
    return found[0]


def set_drafts_apart(course: Course, sources: _Sources | None = None) -> None:
    """Move draft lessons and quizzes from the course into ``course.drafts``.

    References were checked with drafts and published files together; what remains is that
    nothing published may lead learners to a draft: a published quiz of a draft lesson is an
    error (it is left out), a published lesson whose quiz is a draft is shown without a quiz
    until the quiz is published, and a 'Tests:' link to a draft lesson is a warning.
    """
    drafts = course.drafts
    for lesson_id in [i for i, lesson in course.lessons.items() if lesson.draft]:
        drafts.lessons[lesson_id] = course.lessons.pop(lesson_id)
    for quiz_id in [i for i, quiz in course.quizzes.items() if quiz.draft]:
        drafts.quizzes[quiz_id] = course.quizzes.pop(quiz_id)
    for quiz in list(course.quizzes.values()):
        if quiz.lesson_id in drafts.lessons:
            course.errors.append(
                ContentError(
                    quiz.path,
                    key_line(quiz.path, "lesson", sources),
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "lesson '{quiz_lesson_id}' is a draft: publish it first (its draft "
                        "quizzes are published with it), or mark this quiz 'status: draft' too",
                    ).format(quiz_lesson_id=quiz.lesson_id),
                )
            )
            del course.quizzes[quiz.id]
            continue
        for question in quiz.questions:
            if question.tests_lesson in drafts.lessons:
                course.errors.append(
                    ContentError(
                        quiz.path,
                        question.tests_line or question.line,
                        QT_TRANSLATE_NOOP(
                            "Content",
                            "'Tests:' names lesson '{question_tests_lesson}', a draft: learners "
                            "cannot open it until it is published",
                        ).format(question_tests_lesson=question.tests_lesson),
                        "warning",
                    )
                )
    for lesson in list(course.lessons.values()):
        if lesson.quiz_id in drafts.quizzes:
            course.errors.append(
                ContentError(
                    lesson.path,
                    key_line(lesson.path, "quiz", sources),
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "quiz '{lesson_quiz_id}' is a draft: learners complete this lesson "
                        "without a quiz until it is published",
                    ).format(lesson_quiz_id=lesson.quiz_id),
                    "warning",
                )
            )
            course.lessons[lesson.id] = dataclasses.replace(lesson, quiz_id=None)
