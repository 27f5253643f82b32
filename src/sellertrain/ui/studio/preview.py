"""The author studio's preview: lessons as learners see them; quizzes (see quiz_preview) as
learners see them or with the answers marked.

Plain functions build the HTML from the editor's text; `PreviewPane` shows it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from sellertrain.core.content import frontmatter
from sellertrain.core.content.lessons import lesson_from_text
from sellertrain.core.content.render import render_lesson, render_markdown
from sellertrain.core.content.variants import variant_from_text, variant_name
from sellertrain.core.models import Lesson
from sellertrain.ui.image_fitter import ImageFitter
from sellertrain.ui.studio.quiz_preview import notice, question_html, quiz_html, tests_text
from sellertrain.ui.style import LESSON_STYLE_SHEET

__all__ = [
    "PreviewPane",
    "asset_html",
    "lesson_html",
    "no_file_html",
    "notice",
    "question_html",
    "quiz_html",
    "tests_text",
]


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


def no_file_html() -> str:
    """What the preview shows while no file is open."""
    return (
        '<p style="color:#6b7280; margin-top:40px;" align="center">'
        + html.escape(
            QCoreApplication.translate(
                "AuthorScreen", "Choose a lesson or quiz in the tree, or start a new one."
            )
        )
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
    if variant_name(path) is not None:  # a translation: its own texts, read the same way
        lesson, _ = variant_from_text(path, text, "lesson", assets, deep=False)
    else:
        lesson, _ = lesson_from_text(path, text, assets, deep=False)
    if isinstance(lesson, Lesson):
        warning = (
            notice(
                QCoreApplication.translate(
                    "AuthorScreen", "This lesson has errors: see Problems below."
                )
            )
            if has_errors
            else ""
        )
        return warning + render_lesson(lesson, assets)
    warning = notice(
        QCoreApplication.translate(
            "AuthorScreen", "Learners do not see this lesson until the errors below are fixed."
        )
    )
    try:
        doc = frontmatter.split(text)
    except frontmatter.FrontMatterError:
        return warning + render_markdown(text, path.parent, assets)
    title = doc.meta.get("title")
    heading = f"<h1>{html.escape(title)}</h1>" if isinstance(title, str) else ""
    return warning + heading + render_markdown(doc.body, path.parent, assets)
