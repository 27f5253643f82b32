"""A lesson file read and checked into a Lesson."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sellertrain.core.content.fields import FileProblems, read_fields, read_source
from sellertrain.core.content.lesson_checks import check_lesson_body, scan_sections
from sellertrain.core.content.lesson_sources import read_sources
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import KNOWN_ROLES, KNOWN_TAGS, ContentError, Lesson, content_version

# the start of the warning for a published lesson with neither 'reviewed' nor 'sources'
NO_SOURCES = "the lesson has neither 'reviewed'"

LESSON_KEYS = {
    "id": True,
    "title": True,
    "module": True,
    "order": True,
    "minutes": True,
    "summary": True,
    "reviewed": False,  # empty until checked against the platform's own rule pages
    "sources": False,  # until then: the pages the facts come from, and when each was read
    "quiz": False,
    "roles": False,
    "tags": False,
    "status": False,
}


def load_lesson(
    path: Path, assets: Path, deep: bool = True
) -> tuple[Lesson | None, list[ContentError]]:
    """One lesson file; ``deep`` adds the checks that need a full Markdown parse."""
    problems = FileProblems(path)
    text = read_source(path, problems)
    if text is None:
        return None, problems.items
    return lesson_from_text(path, text, assets, deep)


def lesson_from_text(
    path: Path, text: str, assets: Path, deep: bool = True
) -> tuple[Lesson | None, list[ContentError]]:
    """A lesson from its text (e.g. unsaved in an editor), checked as if it were ``path``."""
    problems, fields = read_fields(path, text, LESSON_KEYS)
    if fields is None:
        return None, problems.items
    doc = fields.doc
    lesson_id = fields.identifier("id")
    title = fields.text("title")
    module = fields.text("module")
    order = fields.integer("order", 0, 1_000_000)
    minutes = fields.integer("minutes", 1, 120)
    summary = fields.text("summary")
    reviewed = fields.date("reviewed")
    if reviewed is not None and reviewed > dt.date.today():
        problems.add(
            fields.line("reviewed"),
            QT_TRANSLATE_NOOP("Content", "'reviewed' is {reviewed}, a day still to come").format(
                reviewed=reviewed
            ),
        )
    sources = read_sources(fields, dt.date.today())
    quiz_id = fields.identifier("quiz")
    # ``roles: []``: required of nobody (a reference such as the glossary); open to everyone
    roles = () if doc.meta.get("roles") == [] else fields.words("roles", KNOWN_ROLES, ("all",))
    tags = fields.words("tags", KNOWN_TAGS, ())
    draft = fields.draft()
    if not draft:
        fields.placeholders(text)
        if reviewed is None and not doc.meta.get("sources"):
            problems.add(
                fields.line("reviewed"),
                QT_TRANSLATE_NOOP(
                    "Content",
                    "the lesson has neither 'reviewed' (the date it was checked against the platform's own rule "
                    "pages) nor 'sources' (the pages its facts come from, with the date each "
                    "was read): add one",
                ),
                "warning",
            )
    sections = scan_sections(doc.body, doc.body_line)
    if deep:
        check_lesson_body(path, doc.body, doc.body_line, assets, problems)
    elif not doc.body.strip():
        problems.add(doc.body_line, QT_TRANSLATE_NOOP("Content", "the lesson has no text"))
    if (
        problems.failed
        or lesson_id is None
        or title is None
        or module is None
        or order is None
        or minutes is None
        or summary is None
    ):
        return None, problems.items
    lesson = Lesson(
        id=lesson_id,
        title=title,
        module=module,
        order=order,
        minutes=minutes,
        summary=summary,
        reviewed=reviewed,
        path=path,
        version=content_version(text),
        quiz_id=quiz_id,
        roles=roles,
        tags=tags,
        body=doc.body,
        body_line=doc.body_line,
        sections=tuple(sections),
        draft=draft,
        sources=sources,
    )
    return lesson, problems.items
