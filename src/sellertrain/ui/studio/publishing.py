"""The author studio's part in publishing a lesson change: what it affects, and the decision.

A change to a lesson that learners completed is material (a rule changed: they review the
changed sections) or editorial (only the wording); see core/training/retraining.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sellertrain.core.accounts import StoreError
from sellertrain.core.content import authoring
from sellertrain.core.models import Course, Lesson, Quiz
from sellertrain.core.session import AccessDenied, Session
from sellertrain.ui import dialogs
from sellertrain.ui.studio.common import plural
from sellertrain.ui.studio.publish_dialog import PublishDialog
from sellertrain.ui.translations import error_text

if TYPE_CHECKING:
    from sellertrain.core.training.quiz_terms import PendingQuiz

Decision = tuple[str, list[str]]  # ("material" | "editorial" | "", the changed sections' anchors)


def impact_text(affected: int) -> str:
    """The warning over the editor: how many completions the unsaved change makes out of date."""
    return plural(
        affected,
        QCoreApplication.translate(
            "AuthorScreen",
            "1 employee completed an earlier version of this lesson. When you save, say "
            "whether a rule changed (they review the changed sections) or only the wording.",
        ),
        QCoreApplication.translate(
            "AuthorScreen",
            "{n} completions are of an earlier version of this lesson. When you save, say "
            "whether a rule changed (they review the changed sections) or only the wording.",
        ),
    )


def ask_decision(
    parent: QWidget, session: Session, previous: Lesson | None, text: str
) -> Decision | None:
    """("material"|"editorial", sections) to record, ("", []) for nothing to record, or
    None when the author cancelled the save."""
    if previous is None:
        return "", []
    plan = session.plan_publication(previous, text)
    if plan is None or not plan.worth_recording:
        return "", []
    if not plan.needs_decision:
        return "editorial", []  # the sections are unchanged: nothing for learners to do
    return PublishDialog.ask(parent, previous.title, plan)


def publish(parent: QWidget, session: Session, previous: Lesson, decision: Decision) -> None:
    """Record the decision about a saved change to ``previous`` (its new text is on disk)."""
    if previous.id not in session.source_course.lessons:
        return  # the saved text is not a valid lesson: it is published once it loads
    try:
        session.publish_lesson(previous.id, decision[0], decision[1], previous)
    except (ValueError, AccessDenied, StoreError) as exc:  # StoreError: the server refused
        dialogs.show_error(
            parent,
            QCoreApplication.translate("AuthorScreen", "The change was saved but not published"),
            error_text(exc),
        )


def publish_quiz_change(parent: QWidget, session: Session, pending: PendingQuiz) -> bool:
    """Ask, then publish a quiz changed since its last publication; True if published.

    A change to the pass mark, time limit, draw or answers changes what a pass proves: it is
    published as material. Wording alone may be either (core/training/quiz_terms.py).
    """
    title = pending.quiz.title
    if pending.changed:
        question = QCoreApplication.translate(
            "AuthorScreen",
            "You changed what a pass of “{title}” proves: {changes}.\n\nPublish the change "
            "now, as a material change? It is recorded in the audit log, and results from now "
            "on are scored under it. Until it is published, nobody can take this quiz.",
        ).format(title=title, changes="; ".join(pending.changed))
        if not dialogs.ask_yes_no(
            parent, QCoreApplication.translate("AuthorScreen", "Publish the quiz change?"), question
        ):
            return False
        kind = "material"
    else:
        editorial, material = (
            QCoreApplication.translate("AuthorScreen", "Editorial: only the wording"),
            QCoreApplication.translate("AuthorScreen", "Material: what it checks"),
        )
        choice = dialogs.ask_choice(
            parent,
            QCoreApplication.translate("AuthorScreen", "Publish the quiz change?"),
            QCoreApplication.translate(
                "AuthorScreen",
                "Only the wording of “{title}” changed: its pass mark, time limit, draw and "
                "answers did not. Until it is published, nobody can take this quiz. "
                "Publish it as:",
            ).format(title=title),
            [editorial, material],
        )
        if choice is None:
            return False
        kind = "material" if choice == material else "editorial"
    try:
        session.publish_quiz(pending.quiz.id, kind)
    except (ValueError, KeyError, AccessDenied, StoreError) as exc:  # StoreError: the server
        dialogs.show_error(
            parent,
            QCoreApplication.translate("AuthorScreen", "The quiz change was not published"),
            error_text(exc),
        )
        return False
    return True


def publish_draft(parent: QWidget, session: Session, draft: Lesson | Quiz) -> bool:
    """Ask, then make ``draft`` live (a lesson with its draft quizzes); True if published."""
    from sellertrain.core.content.drafts import (
        DraftError,
        drafts_to_publish,
        leftover_template_text,
    )

    try:
        items = drafts_to_publish(session.source_course, draft.id)
    except DraftError as exc:
        dialogs.show_error(
            parent, QCoreApplication.translate("AuthorScreen", "Cannot publish"), error_text(exc)
        )
        return False
    names = "\n".join(
        f"• {item.title} ({item.path.parent.name}/{item.path.name})" for item in items
    )
    question = QCoreApplication.translate(
        "AuthorScreen",
        "Publish for learners?\n\n{names}\n\nFrom now on learners see it, and a lesson "
        "counts as required for everyone it applies to. This is recorded in the audit log.",
    ).format(names=names)
    leftovers = leftover_template_text(items)
    if leftovers:
        first = leftovers[0]
        question += "\n\n" + QCoreApplication.translate(
            "AuthorScreen",
            "Warning: {n} line(s) still hold the template's text, e.g. {file} line {line}: "
            "“{text}”.",
        ).format(n=len(leftovers), file=first[0].name, line=first[1], text=first[2])
    if not dialogs.ask_yes_no(
        parent, QCoreApplication.translate("AuthorScreen", "Publish the draft?"), question
    ):
        return False
    try:
        session.publish_draft(draft.id)
    except (DraftError, ValueError, OSError, AccessDenied, StoreError) as exc:  # the server
        dialogs.show_error(
            parent,
            QCoreApplication.translate("AuthorScreen", "The draft was not published"),
            error_text(exc),
        )
        return False
    return True


def ask_to_link_quiz(
    parent: QWidget, course: Course, quiz_path: Path | None
) -> tuple[Lesson, str] | None:
    """After a new quiz's first save, offer to name it in its lesson's front matter: the
    lesson and its text with the link, if the author agreed."""
    quizzes = [*course.quizzes.values(), *course.drafts.quizzes.values()]
    quiz = next((q for q in quizzes if q.path == quiz_path), None)
    lesson_id = quiz.lesson_id or "" if quiz else ""
    lesson = course.lessons.get(lesson_id) or course.drafts.lessons.get(lesson_id)
    if quiz is None or lesson is None or lesson.quiz_id is not None:
        return None
    linked = authoring.link_quiz(lesson.path.read_text(encoding="utf-8"), quiz.id)
    question = QCoreApplication.translate(
        "AuthorScreen",
        "Lesson '{title}' does not name a quiz yet, so learners are not offered this one. "
        "Add 'quiz: {id}' to the lesson's front matter?",
    ).format(title=lesson.title, id=quiz.id)
    if not dialogs.ask_yes_no(
        parent, QCoreApplication.translate("AuthorScreen", "Link the quiz to its lesson?"), question
    ):
        return None
    return lesson, linked
