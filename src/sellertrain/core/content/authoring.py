"""Authoring helpers: templates, ids, review dates, images, in-editor checks, change impact.

Everything here is plain Python, so the author studio's rules are tested without a display.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from sellertrain.core.content import placeholders
from sellertrain.core.content.loader import ParseCache, load_course
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import ContentError, Course, Lesson, content_version

if TYPE_CHECKING:
    from sellertrain.core.store import Store

log = logging.getLogger(__name__)

REVIEW_AGE_DAYS = 180
ORDER_STEP = 10
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif")
_DECLARED_ID = re.compile(r"^id:\s*['\"]?([^'\"\s#]+)", re.MULTILINE)
_NOT_ID = re.compile(r"[^a-z0-9]+")
DRAFT_LINE = "status: draft"  # new lessons, new quizzes and imports start as drafts


# -- ids and order -----------------------------------------------------------------------
def slug(text: str, fallback: str = "lesson") -> str:
    """An id made of ``text``: ASCII lowercase letters, digits and single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    made = _NOT_ID.sub("-", ascii_text.lower()).strip("-")
    return made[:60].rstrip("-") or fallback


def unique_id(title: str, taken: Iterable[str], fallback: str = "lesson") -> str:
    """The slug of ``title``, with ``-2``, ``-3`` ... added until no id in ``taken`` has it."""
    used = set(taken)
    base = slug(title, fallback)
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def taken_ids(root: Path, course: Course) -> set[str]:
    """Every id in use: loaded lessons and quizzes, file names, and ids of broken files."""
    taken = set(course.lessons) | set(course.quizzes)
    taken |= set(course.drafts.lessons) | set(course.drafts.quizzes)
    for folder in (root / "lessons", root / "quizzes"):
        for path in folder.glob("*.md") if folder.is_dir() else []:
            taken.add(path.stem)
            try:
                match = _DECLARED_ID.search(path.read_text(encoding="utf-8", errors="replace"))
            except OSError:
                continue
            if match:
                taken.add(match.group(1))
    return taken


def next_order(course: Course, module: str) -> int:
    """An ``order`` after the module's last lesson; a new module goes after all others."""
    lessons = [*course.lessons.values(), *course.drafts.lessons.values()]
    orders = [lesson.order for lesson in lessons if lesson.module == module]
    if orders:
        return max(orders) + ORDER_STEP
    highest = max((lesson.order for lesson in lessons), default=0)
    return (highest // 100 + 1) * 100 + ORDER_STEP


# -- templates ---------------------------------------------------------------------------
def yaml_value(text: str) -> str:
    """``text`` as a one-line YAML value that reads back as the same string."""
    text = " ".join(text.split())
    try:
        plain = yaml.safe_load(text) == text and "#" not in text
    except yaml.YAMLError:
        plain = False
    if plain:
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def lesson_template(lesson_id: str, title: str, module: str, order: int) -> str:
    """A new lesson, a draft until published, that passes ``sellertrain check`` as it is,
    with hints to replace (check warns if one is still there once it is published).

    ``reviewed`` starts empty: a new lesson has not been checked against the platform's own
    rule pages, and writing today's date would claim it had. ``sources`` is to be filled."""
    goals = "".join(f"- {goal}\n" for goal in placeholders.LESSON_GOALS)
    return (
        "---\n"
        f"id: {yaml_value(lesson_id)}\n"
        f"title: {yaml_value(title)}\n"
        f"module: {yaml_value(module)}\n"
        f"order: {order}\n"
        "minutes: 5\n"
        f"summary: {placeholders.LESSON_SUMMARY}\n"
        "reviewed:\n"
        "# the pages the facts come from, until 'reviewed' is set, e.g.\n"
        "#   - {title: AliExpress rule centre, link: https://..., read: YYYY-MM-DD}\n"
        "sources: []\n"
        "roles: [all]\n"
        "tags: []\n"
        f"{DRAFT_LINE}\n"
        "---\n"
        "\n"
        "**After this lesson you can:**\n"
        "\n"
        f"{goals}"
        "\n"
        "## The rule\n"
        "\n"
        f"{placeholders.LESSON_RULE}\n"
        "\n"
        "::: rule Key rule\n"
        f"{placeholders.LESSON_KEY_RULE}\n"
        ":::\n"
        "\n"
        "## What to do\n"
        "\n"
        f"{placeholders.LESSON_STEPS}\n"
        "\n"
        "::: example A worked case\n"
        f"{placeholders.LESSON_CASE}\n"
        ":::\n"
    )


def quiz_template(quiz_id: str, title: str, lesson: Lesson | None = None) -> str:
    """A new quiz, a draft until published, that passes ``sellertrain check`` as it is: one
    single-choice question and one true/false question, testing the lesson's first section
    when there is one."""
    head = f"---\nid: {yaml_value(quiz_id)}\ntitle: {yaml_value(title)}\n"
    if lesson is not None:
        head += f"lesson: {yaml_value(lesson.id)}\n"
    head += f"pass_mark: 80\nshuffle: true\n{DRAFT_LINE}\n---\n\n"
    tests = ""
    if lesson is not None and lesson.sections:
        section = lesson.sections[0]
        # a lesson link names the lesson by its id, as the file name does by convention
        tests = f"Tests: [{section.title}](../lessons/{lesson.id}.md#{section.anchor})\n\n"
    right, plausible, other = placeholders.QUIZ_OPTIONS
    return (
        head + f"## {placeholders.QUIZ_QUESTION}\n\n" + tests + f"- [x] {right}\n"
        f"- [ ] {plausible}\n"
        f"- [ ] {other}\n"
        "\n"
        f"> {placeholders.QUIZ_EXPLANATION}\n"
        "\n"
        f"## {placeholders.QUIZ_STATEMENT}\n"
        "\n"
        "- [x] True\n"
        "- [ ] False\n"
        "\n"
        f"> {placeholders.QUIZ_STATEMENT_EXPLANATION}\n"
    )


def link_quiz(lesson_text: str, quiz_id: str) -> str:
    """The lesson's text with ``quiz: quiz_id`` in its front matter (after ``reviewed``)."""
    lines = lesson_text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return lesson_text
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if close is None:
        return lesson_text
    for index in range(1, close):
        if lines[index].startswith("quiz:"):
            lines[index] = f"quiz: {yaml_value(quiz_id)}"
            return "\n".join(lines)
    after = next((i for i in range(1, close) if lines[i].startswith("reviewed:")), close - 1)
    lines.insert(after + 1, f"quiz: {yaml_value(quiz_id)}")
    return "\n".join(lines)


@dataclass(frozen=True)
class NewSource:
    """A new lesson or quiz, not saved yet: where it will go, its id and its text."""

    path: Path
    id: str
    text: str


def new_lesson(root: Path, course: Course, title: str, module: str) -> NewSource:
    """A lesson from the template, with a unique id and the module's next free ``order``."""
    lesson_id = unique_id(title, taken_ids(root, course), "lesson")
    text = lesson_template(lesson_id, title, module, next_order(course, module))
    return NewSource(root / "lessons" / f"{lesson_id}.md", lesson_id, text)


def new_quiz(root: Path, course: Course, title: str, lesson: Lesson | None = None) -> NewSource:
    """A quiz from the template, for ``lesson`` if given (its id is then ``LESSON-quiz``)."""
    base = f"{lesson.id}-quiz" if lesson is not None else title
    quiz_id = unique_id(base, taken_ids(root, course), "quiz")
    return NewSource(
        root / "quizzes" / f"{quiz_id}.md", quiz_id, quiz_template(quiz_id, title, lesson)
    )


def save_source(path: Path, text: str) -> None:
    """Write a content file atomically (a crash never leaves half a lesson), UTF-8, LF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # the temporary name starts with '.' and does not end in '.md': loaders never see it
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# -- review dates ------------------------------------------------------------------------
def days_since_review(lesson: Lesson, today: dt.date) -> int | None:
    """Days since the lesson was checked against the platform's pages; None: never."""
    return (today - lesson.reviewed).days if lesson.reviewed is not None else None


def needs_review(lesson: Lesson, today: dt.date, max_age_days: int = REVIEW_AGE_DAYS) -> bool:
    """Whether the lesson's rules were never checked, or last checked more than
    ``max_age_days`` ago."""
    age = days_since_review(lesson, today)
    return age is None or age > max_age_days


# -- images ------------------------------------------------------------------------------
def safe_asset_name(file_name: str) -> str:
    """A portable file name for ``assets/``: lowercase ASCII slug and lowercase suffix."""
    path = Path(file_name)
    return slug(path.stem, "image") + path.suffix.lower()


def add_image(source: Path, root: Path, alt: str = "") -> str:
    """Copy an image into ``assets/`` and return its Markdown reference from ``lessons/``.

    The copy gets a safe, unique name; picking the same file again reuses its copy.
    Raise ValueError for a file type the lessons cannot show.
    """
    source = Path(source)
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Content",
                "{source_name} is not an image the lessons can show (use {image_suffixes})",
            ).format(source_name=source.name, image_suffixes=", ".join(IMAGE_SUFFIXES))
        )
    assets = root / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    name = safe_asset_name(source.name)
    stem, suffix = Path(name).stem, Path(name).suffix
    target, number = assets / name, 2
    data = source.read_bytes()
    while target.exists() and target.read_bytes() != data:
        target, number = assets / f"{stem}-{number}{suffix}", number + 1
    if not target.exists():
        shutil.copyfile(source, target)
        log.info("copied %s to %s", source, target)
    text = alt.strip() or Path(source).stem.replace("-", " ").replace("_", " ").strip()
    text = (text[:1].upper() + text[1:]) or "Image"
    text = text.replace("[", "(").replace("]", ")")
    return f"![{text}](../assets/{target.name})"


# -- checking an edited file -------------------------------------------------------------
def check_source(
    root: Path, path: Path, text: str, cache: ParseCache | None = None
) -> list[ContentError]:
    """The problems ``sellertrain check`` would report if ``path`` held ``text``.

    The whole course is checked (a renamed section breaks quizzes elsewhere); the edited
    file's problems come first. Pass a ParseCache to re-parse only what changed.
    """
    course = load_course(root, deep=True, sources={path: text}, cache=cache)
    edited = Path(path).resolve()
    return sorted(course.errors, key=lambda e: (e.path.resolve() != edited, str(e.path), e.line))


# -- change awareness --------------------------------------------------------------------
def affected_completions(store: Store, lesson_id: str, new_text: str) -> int:
    """How many completions are of a version other than ``new_text``'s: those employees see
    the lesson as "needs refresh" once it is saved (someone who completed two older versions
    counts twice)."""
    version = content_version(new_text)
    counts = store.completion_counts(lesson_id)
    return sum(count for completed, count in counts.items() if completed != version)
