"""Drafts: new lessons, new quizzes and imports that learners do not see until published.

A draft is a lesson or quiz file with ``status: draft`` in its front matter; the loader keeps
drafts in ``Course.drafts``, out of everything learners, reports and requirements read.
Publishing removes that line from the file and records who published what, and when.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.core.content import frontmatter
from sellertrain.core.content.placeholders import placeholder_lines
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import Course, Lesson, Quiz, content_version

if TYPE_CHECKING:
    from sellertrain.core.store import Store

log = logging.getLogger(__name__)

_STATUS_LINE = re.compile(r"^status:\s*['\"]?draft['\"]?\s*(#.*)?$")


class DraftError(ValueError):
    """The draft cannot be published (it is not a draft, or its lesson is one)."""


@dataclass(frozen=True)
class PublishedDraft:
    """One file made live: what it is, where, and its new content version."""

    kind: str  # "lesson" or "quiz"
    id: str
    title: str
    file: str  # lessons/NAME.md or quizzes/NAME.md
    version: str


def is_draft_text(text: str) -> bool:
    """Whether a lesson or quiz text says ``status: draft`` (False when it cannot be read)."""
    try:
        return frontmatter.split(text).meta.get("status") == "draft"
    except frontmatter.FrontMatterError:
        return False


def published_text(text: str) -> str:
    """``text`` without the front matter's ``status: draft`` line."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return text
    for index in range(1, len(lines)):
        line = lines[index].rstrip()
        if line in ("---", "..."):
            break
        if _STATUS_LINE.match(line):
            del lines[index]
            break
    return "\n".join(lines)


def drafts_to_publish(course: Course, item_id: str) -> list[Lesson | Quiz]:
    """The drafts that publishing ``item_id`` makes live: a draft quiz, or a draft lesson
    with its draft quizzes (a quiz is never published before its lesson)."""
    drafts = course.drafts
    lesson = drafts.lessons.get(item_id)
    if lesson is not None:
        quizzes = [
            quiz
            for quiz in drafts.quizzes.values()
            if quiz.lesson_id == lesson.id or quiz.id == lesson.quiz_id
        ]
        return [lesson, *sorted(quizzes, key=lambda quiz: quiz.id)]
    quiz = drafts.quizzes.get(item_id)
    if quiz is not None:
        if quiz.lesson_id in drafts.lessons:
            raise DraftError(
                QT_TRANSLATE_NOOP(
                    "Content",
                    "quiz '{quiz_id}' tests lesson '{quiz_lesson_id}', which is a draft too: "
                    "publish the lesson, and its quiz is published with it",
                ).format(quiz_id=quiz.id, quiz_lesson_id=quiz.lesson_id)
            )
        return [quiz]
    if item_id in course.lessons or item_id in course.quizzes:
        raise DraftError(
            QT_TRANSLATE_NOOP(
                "Content", "'{item_id}' is not a draft: learners already see it"
            ).format(item_id=item_id)
        )
    raise DraftError(
        QT_TRANSLATE_NOOP(
            "Content",
            "no draft lesson or quiz with id '{item_id}' in {course_root} (a file "
            "with errors is not loaded: run 'sellertrain check')",
        ).format(item_id=item_id, course_root=course.root)
    )


def leftover_template_text(items: list[Lesson | Quiz]) -> list[tuple[Path, int, str]]:
    """``(file, line, sentence)`` of template text still in the files about to be published."""
    found = []
    for item in items:
        try:
            text = item.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        found += [(item.path, line, sentence) for line, sentence in placeholder_lines(text)]
    return found


def publish_drafts(
    store: Store, course: Course, item_id: str, actor_id: str | None
) -> list[PublishedDraft]:
    """Make ``item_id`` (and, for a lesson, its draft quizzes) live, each file written
    atomically and audited as published (``was: draft``). The caller reloads the course.

    On a database that joined a company record the server decides first and the files travel
    (core/training/draft_decisions.py): StoreError when it refuses (offline, or someone else
    published that lesson or quiz first), with nothing written.

    Raises DraftError when the draft cannot be published or changed on disk since the
    course was loaded (it must be checked again first).
    """
    from sellertrain.core.content.authoring import save_source

    items = drafts_to_publish(course, item_id)
    texts = {}
    for item in items:
        text = item.path.read_text(encoding="utf-8")
        if content_version(text) != item.version:
            raise DraftError(
                QT_TRANSLATE_NOOP(
                    "Content", "{path_name} changed since it was checked: reload and try again"
                ).format(path_name=item.path.name)
            )
        texts[item.path] = published_text(text)
    from sellertrain.core.training.draft_decisions import decide_drafts

    decide_drafts(store, course, items, texts, actor_id)  # a company record's server first
    published = []
    for item in items:
        kind = "lesson" if isinstance(item, Lesson) else "quiz"
        file = f"{'lessons' if kind == 'lesson' else 'quizzes'}/{item.path.name}"
        text = texts[item.path]
        save_source(item.path, text)
        version = content_version(text)
        store.record_content_published(
            actor_id, file, {"version": version, "was": "draft", kind: item.id}
        )
        published.append(PublishedDraft(kind, item.id, item.title, file, version))
        log.info("published draft %s %s as version %s", kind, item.id, version)
    return published
