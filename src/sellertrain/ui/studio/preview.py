"""The author studio's preview: lessons as learners see them, quizzes with the answers marked.

Plain functions build the HTML from the editor's text; `PreviewPane` shows it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from sellertrain.core.content import frontmatter
from sellertrain.core.content.lessons import lesson_from_text
from sellertrain.core.content.quiz_parser import parse_quiz_body
from sellertrain.core.content.render import render_lesson, render_markdown
from sellertrain.core.models import Course, Question
from sellertrain.core.models import QuestionKind as Kind
from sellertrain.ui.studio.common import questions_text, tr
from sellertrain.ui.style import LESSON_STYLE_SHEET
from sellertrain.ui.widgets import ImageFitter


class PreviewPane(QTextBrowser):
    """A read-only browser in the learners' lesson style; in-page links scroll to their anchor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(LESSON_STYLE_SHEET)
        self.document().setDocumentMargin(20)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.anchorClicked.connect(self._follow_link)
        self.images = ImageFitter(self)  # diagrams as wide as the pane at most, as in the reader

    def show_keeping_place(self, page: str) -> None:
        """Show ``page`` at the scroll position of the previous one (typing must not jump)."""
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(page)
        bar.setValue(position)

    def _follow_link(self, url: QUrl) -> None:
        if not url.scheme() and url.fragment():
            self.scrollToAnchor(url.fragment())


def notice(text: str, colour: str = "#c5221f", background: str = "#fdecea") -> str:
    """A coloured box above the preview (errors, by default)."""
    return (
        f'<table width="100%" cellpadding="8" bgcolor="{background}" '
        f'style="border: 1px solid {colour}; margin-bottom: 10px;"><tr><td>'
        f'<span style="color:{colour};">{html.escape(text)}</span></td></tr></table>'
    )


def no_file_html() -> str:
    """What the preview shows while no file is open."""
    return (
        '<p style="color:#6b7280; margin-top:40px;" align="center">'
        + html.escape(tr("Choose a lesson or quiz in the tree, or start a new one."))
        + "</p>"
    )


def asset_html(source: Path) -> str:
    """An asset (an image) with the Markdown that shows it in a lesson."""
    return (
        f"<h2>{html.escape(source.name)}</h2>"
        f'<p><img src="{html.escape(source.as_uri())}" /></p>'
        f'<p style="color:#6b7280;">![…](../assets/{html.escape(source.name)})</p>'
    )


def lesson_html(root: Path, path: Path, text: str, has_errors: bool) -> str:
    """The lesson in ``text`` as learners see it, or as much of it as can be read."""
    assets = root / "assets"
    lesson, _ = lesson_from_text(path, text, assets, deep=False)
    if lesson is not None:
        warning = notice(tr("This lesson has errors: see Problems below.")) if has_errors else ""
        return warning + render_lesson(lesson, assets)
    warning = notice(tr("Learners do not see this lesson until the errors below are fixed."))
    try:
        doc = frontmatter.split(text)
    except frontmatter.FrontMatterError:
        return warning + render_markdown(text, path.parent, assets)
    title = doc.meta.get("title")
    heading = f"<h1>{html.escape(title)}</h1>" if isinstance(title, str) else ""
    return warning + heading + render_markdown(doc.body, path.parent, assets)


def quiz_html(root: Path, path: Path, text: str, course: Course, has_errors: bool) -> str:
    """The quiz in ``text``: its settings, then every question with the correct answers marked."""
    warning = ""
    if has_errors:
        warning = notice(tr("Learners do not see this quiz until the errors below are fixed."))
    try:
        doc = frontmatter.split(text)
    except frontmatter.FrontMatterError as exc:
        return warning + notice(exc.message)
    _intro, questions, _ = parse_quiz_body(doc.body, doc.body_line)
    meta = doc.meta
    title = meta["title"] if isinstance(meta.get("title"), str) else ""
    facts = [questions_text(len(questions))]
    if isinstance(meta.get("draw"), int):
        facts.append(tr("{n} drawn per attempt").format(n=meta["draw"]))
    if isinstance(meta.get("pass_mark"), int):
        facts.append(tr("pass mark {mark}%").format(mark=meta["pass_mark"]))
    if isinstance(meta.get("time_limit"), int):
        facts.append(tr("{m} minutes").format(m=meta["time_limit"]))
    if meta.get("shuffle", True) is not False:
        facts.append(tr("questions and options shuffled for each attempt"))
    parts = [
        warning,
        f"<h1>{html.escape(title)}</h1>",
        f'<p style="color:#4b5563;">{html.escape(" · ".join(facts))}</p>',
        f'<p style="color:#137333;">{html.escape(tr("✔ marks the correct answers (only you see the marks)."))}</p>',
    ]
    parts += [
        question_html(number, question, root, path, course)
        for number, question in enumerate(questions, start=1)
    ]
    return "".join(parts)


def question_html(number: int, question: Question, root: Path, path: Path, course: Course) -> str:
    """One question of the quiz at ``path`` in a box, correct options ticked."""
    multiple = question.kind is Kind.MULTIPLE
    hint = tr("Select all that apply.") if multiple else tr("Choose one answer.")
    rows = [f"<h3>{number}. {html.escape(question.text)}</h3>"]
    if question.context:
        rows.append(render_markdown(question.context, path.parent, root / "assets"))
    rows.append(f'<p style="color:#6b7280;"><i>{html.escape(hint)}</i></p>')
    box = "☐" if multiple else "○"
    for option in question.options:
        if option.correct:
            rows.append(
                '<p style="margin:3px 0 3px 12px; color:#137333; font-weight:600;">'
                f"✔ {html.escape(option.text)}</p>"
            )
        else:
            rows.append(
                f'<p style="margin:3px 0 3px 12px; color:#374151;">{box} '
                f"{html.escape(option.text)}</p>"
            )
    if question.explanation:
        rows.append(
            f'<p style="color:#374151; background-color:#f3f4f6;"><b>{tr("Why:")}</b> '
            f"{html.escape(question.explanation)}</p>"
        )
    if question.tests_lesson:
        rows.append(f'<p style="color:#7c3aed;">{html.escape(tests_text(question, course))}</p>')
    return (
        '<table width="98%" cellpadding="10" cellspacing="0" '
        'style="border: 1px solid #e5e7eb; margin-bottom: 12px;"><tr><td>'
        + "".join(rows)
        + "</td></tr></table>"
    )


def tests_text(question: Question, course: Course) -> str:
    """Which lesson (and section) a question tests, by title: "Tests: Lesson › Section"."""
    lesson = course.lessons.get(question.tests_lesson or "")
    if lesson is None:
        return tr("Tests: lesson '{id}'").format(id=question.tests_lesson)
    section = next((s for s in lesson.sections if s.anchor == question.tests_anchor), None)
    where = f"{lesson.title} › {section.title}" if section else lesson.title
    return tr("Tests: {where}").format(where=where)
