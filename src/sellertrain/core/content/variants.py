"""Language variants of lessons and quizzes: ``<id>.<lang>.md`` beside ``<id>.md``.

A variant holds only the translated texts (title, summary, body). It is read on its own (so
the parse cache works per file), checked against its original (variant_checks), then merged:
the original with the variant's texts, every id, anchor, question id, mark and setting kept,
so records and analytics stay keyed by the shared ids whatever language a learner reads.
"""

from __future__ import annotations

import dataclasses
import math
import re
from pathlib import Path

from sellertrain.core.content.fields import read_fields
from sellertrain.core.content.lesson_checks import check_lesson_body, scan_sections
from sellertrain.core.content.quiz_parser import parse_quiz_body
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import ContentError, Course, Lesson, Quiz, Variants, content_version

VARIANT_LANGUAGES = ("zh-CN",)  # the languages a lesson or quiz may be translated into
LESSON_VARIANT_KEYS = {"id": True, "lang": True, "title": True, "summary": True}
QUIZ_VARIANT_KEYS = {"id": True, "lang": True, "title": True}
CJK_PER_MINUTE = 350  # Chinese characters a minute: a native reader of plain instructions
WORDS_PER_MINUTE = 100  # words a minute: the course's second-language speed (docs/authoring.md)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*", re.ASCII)
_LINK_TARGET = re.compile(r"\]\([^()\s]*+\)")


def variant_name(path: Path) -> tuple[str, str] | None:
    """``fees-deposits.zh-CN.md`` -> ``("fees-deposits", "zh-CN")``; None for an original."""
    base, dot, lang = path.stem.rpartition(".")
    return (base, lang) if dot and base else None


def reading_minutes(body: str) -> int:
    """Minutes to read a body: Chinese characters at 350 a minute, other words at 100."""
    text = _LINK_TARGET.sub("]", body)  # link and image addresses are not read
    characters = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text)))
    return max(1, math.ceil(characters / CJK_PER_MINUTE + words / WORDS_PER_MINUTE - 0.25))


def variant_from_text(
    path: Path, text: str, kind: str, assets: Path, deep: bool = True
) -> tuple[Lesson | Quiz | None, list[ContentError]]:
    """A variant file read on its own: its texts in a Lesson or Quiz whose other fields are
    filled from the original by ``merge`` (``lang`` says which language it is)."""
    keys = LESSON_VARIANT_KEYS if kind == "lesson" else QUIZ_VARIANT_KEYS
    problems, fields = read_fields(path, text, keys)
    if fields is None:
        return None, problems.items
    doc = fields.doc
    item_id = fields.identifier("id")
    title = fields.text("title")
    lang = fields.text("lang")
    named = variant_name(path)
    if named is not None and named[1] not in VARIANT_LANGUAGES:
        known = ", ".join(VARIANT_LANGUAGES)
        problems.add(
            1,
            QT_TRANSLATE_NOOP(
                "Content", "unknown language '{named}' in the file name (known: {known})"
            ).format(named=named[1], known=known),
        )
    elif lang is not None and named is not None and lang != named[1]:
        problems.add(
            fields.line("lang"),
            QT_TRANSLATE_NOOP(
                "Content", "'lang' is {lang!r} but the file name says {named!r}"
            ).format(lang=lang, named=named[1]),
        )
    if item_id is not None and named is not None and item_id != named[0]:
        problems.add(
            fields.line("id"),
            QT_TRANSLATE_NOOP(
                "Content",
                "'id' is {item_id!r}: a variant keeps its original's id ({named!r}, from "
                "the file name)",
            ).format(item_id=item_id, named=named[0]),
        )
    if kind == "lesson":
        summary = fields.text("summary")
        if deep:
            check_lesson_body(path, doc.body, doc.body_line, assets, problems)
        if problems.failed or None in (item_id, title, summary, lang):
            return None, problems.items
        return Lesson(
            id=str(item_id),
            title=str(title),
            module="",
            order=0,
            minutes=reading_minutes(doc.body),
            summary=str(summary),
            reviewed=None,
            path=path,
            version=content_version(text),
            body=doc.body,
            body_line=doc.body_line,
            sections=tuple(scan_sections(doc.body, doc.body_line)),
            lang=str(lang),
        ), problems.items
    intro, questions, body_problems = parse_quiz_body(doc.body, doc.body_line)
    for line, message in body_problems:
        problems.add(line, message)
    if problems.failed or None in (item_id, title, lang):
        return None, problems.items
    quiz = Quiz(
        id=str(item_id),
        title=str(title),
        pass_mark=0,
        path=path,
        version=content_version(text),
        questions=tuple(questions),
        intro=intro,
        lang=str(lang),
    )
    return quiz, problems.items


def merge_lesson(original: Lesson, variant: Lesson) -> Lesson:
    """The original lesson with the variant's title, summary, body and reading time.

    ``version`` stays the original's: a completion in either language is of the same lesson
    version, so "needs refresh" and the team report do not depend on the language. The
    sections keep the original's anchors (checked) and carry the variant's line numbers and
    hashes, so the section texts stored with a record are the words the learner read."""
    return dataclasses.replace(
        original,
        title=variant.title,
        summary=variant.summary,
        minutes=variant.minutes,
        path=variant.path,
        file_version=variant.version,
        body=variant.body,
        body_line=variant.body_line,
        sections=variant.sections,
        lang=variant.lang,
    )


def merge_quiz(original: Quiz, variant: Quiz) -> Quiz:
    """The original quiz with the variant's texts; every mark, weight, number, id and
    ``Tests:`` link is the original's (the checks made sure they agree), and so is
    ``version``: attempts in either language are of one quiz version, so question analysis
    counts them together (answers are stored as option indices, not texts)."""
    questions = []
    for mine, theirs in zip(original.questions, variant.questions, strict=True):
        options = tuple(
            dataclasses.replace(o, text=t.text, feedback=t.feedback)
            for o, t in zip(mine.options, theirs.options, strict=True)
        )
        pairs = tuple(
            dataclasses.replace(p, left=t.left, right=t.right)
            for p, t in zip(mine.pairs, theirs.pairs, strict=True)
        )
        questions.append(
            dataclasses.replace(
                mine,
                line=theirs.line,  # the variant's file is the one ``path`` names
                tests_line=theirs.tests_line,
                text=theirs.text,
                title=theirs.title,
                context=theirs.context,
                explanation=theirs.explanation,
                options=options,
                pairs=pairs,
                distractors=theirs.distractors,
                accepted=theirs.accepted,
            )
        )
    return dataclasses.replace(
        original,
        title=variant.title,
        intro=variant.intro,
        path=variant.path,
        questions=tuple(questions),
        lang=variant.lang,
    )


def localize(course: Course, lang: str, stale: frozenset[str] = frozenset()) -> Course:
    """The course as a learner of ``lang`` reads it: each lesson and quiz that has a variant in
    that language is replaced by it; the rest stay as they are. Ids, anchors, question ids and
    requirements are unchanged, so records, reports and analytics need no language.

    ``stale`` names lessons whose translation is out of date (a material change of the
    original not yet translated): those, and their quizzes, are shown in the original
    language, so nobody is refreshed on a rule the translation does not have yet.
    """
    found = course.variants.get(lang)
    if found is None:
        return course
    quiz_stale = {course.lessons[i].quiz_id for i in stale if i in course.lessons}
    lessons = {
        i: found.lessons[i] if i in found.lessons and i not in stale else lesson
        for i, lesson in course.lessons.items()
    }
    quizzes = {
        i: found.quizzes[i] if i in found.quizzes and i not in quiz_stale else quiz
        for i, quiz in course.quizzes.items()
    }
    localized = dataclasses.replace(course, lessons=lessons, quizzes=quizzes)
    localized.__dict__.pop("_modules", None)
    return localized


def keep_variants(course: Course, variants: list[Lesson | Quiz]) -> None:
    """Merge each checked variant with its published original into ``course.variants``."""
    for variant in variants:
        store = course.variants.setdefault(variant.lang, Variants())
        if isinstance(variant, Lesson) and variant.id in course.lessons:
            store.lessons[variant.id] = merge_lesson(course.lessons[variant.id], variant)
        elif isinstance(variant, Quiz) and variant.id in course.quizzes:
            store.quizzes[variant.id] = merge_quiz(course.quizzes[variant.id], variant)
