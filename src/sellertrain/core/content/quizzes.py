"""A quiz file read and checked into a Quiz."""

from __future__ import annotations

from pathlib import Path

from sellertrain.core.content.fields import FileProblems, read_fields, read_source
from sellertrain.core.content.quiz_parser import parse_quiz_body
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import ContentError, Quiz, content_version

QUIZ_KEYS = {
    "id": True,
    "title": True,
    "lesson": False,
    "pass_mark": True,
    "shuffle": False,
    "draw": False,
    "time_limit": False,
    "status": False,
    "from": False,
    "per_lesson": False,
}


def load_quiz(path: Path) -> tuple[Quiz | None, list[ContentError]]:
    """One quiz file, with its questions parsed and checked."""
    problems = FileProblems(path)
    text = read_source(path, problems)
    if text is None:
        return None, problems.items
    return quiz_from_text(path, text)


def quiz_from_text(path: Path, text: str) -> tuple[Quiz | None, list[ContentError]]:
    """A quiz from its text (e.g. unsaved in an editor), checked as if it were ``path``."""
    problems, fields = read_fields(path, text, QUIZ_KEYS)
    if fields is None:
        return None, problems.items
    doc = fields.doc
    quiz_id = fields.identifier("id")
    title = fields.text("title")
    lesson_id = fields.identifier("lesson")
    pass_mark = fields.integer("pass_mark", 1, 100)
    shuffle = fields.boolean("shuffle", True)
    draw = fields.integer("draw", 1, 10_000)
    time_limit = fields.integer("time_limit", 1, 600)
    draw_from = fields.text("from")
    per_lesson = fields.integer("per_lesson", 1, 10)
    draft = fields.draft()
    if draw_from is not None and draw_from != "required":
        problems.add(
            fields.line("from"),
            QT_TRANSLATE_NOOP(
                "Content", "'from' is '{draw_from}'; the one choice is 'required'"
            ).format(draw_from=draw_from),
        )
    if draw_from == "required" and draw is None:
        problems.add(
            fields.line("from"),
            QT_TRANSLATE_NOOP("Content", "'from: required' needs 'draw': how many to ask"),
        )
    if per_lesson is not None and draw_from != "required":
        problems.add(
            fields.line("per_lesson"),
            QT_TRANSLATE_NOOP("Content", "'per_lesson' needs 'from: required'"),
        )
    if not draft:
        fields.placeholders(text)
    intro, questions, body_problems = parse_quiz_body(doc.body, doc.body_line)
    for line, message in body_problems:
        problems.add(line, message)
    if not questions and not body_problems:
        problems.add(
            doc.body_line,
            QT_TRANSLATE_NOOP(
                "Content", "the quiz has no questions: add a '## question' with options"
            ),
        )
    if draw is not None and questions and draw > len(questions):
        problems.add(
            fields.line("draw"),
            QT_TRANSLATE_NOOP(
                "Content", "'draw' is {draw} but the quiz has only {questions_count} questions"
            ).format(draw=draw, questions_count=len(questions)),
        )
    if problems.failed or quiz_id is None or title is None or pass_mark is None:
        return None, problems.items
    quiz = Quiz(
        id=quiz_id,
        title=title,
        pass_mark=pass_mark,
        path=path,
        version=content_version(text),
        questions=tuple(questions),
        lesson_id=lesson_id,
        shuffle=shuffle,
        draw=draw,
        time_limit=time_limit,
        intro=intro,
        draft=draft,
        from_required=draw_from == "required",
        per_lesson=per_lesson,
    )
    return quiz, problems.items
