"""The author studio's questions for a new lesson or quiz, and its import of GIFT/Aiken files.

Each function asks what it needs in dialogs and returns what to open; the studio opens it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sellertrain.core.content import authoring
from sellertrain.core.models import Course
from sellertrain.core.session import Session
from sellertrain.ui import dialogs
from sellertrain.ui.translations import error_text, localized


def ask_new_lesson(
    parent: QWidget, course: Course, root: Path, module: str
) -> authoring.NewSource | None:
    """A lesson from the template, titled and placed in a module the author names (``module``
    is offered first); None if the author cancelled."""
    title = dialogs.ask_text(
        parent,
        QCoreApplication.translate("AuthorScreen", "New lesson"),
        QCoreApplication.translate("AuthorScreen", "Title of the new lesson:"),
    )
    if not title:
        return None
    modules = list(
        dict.fromkeys(
            lesson.module
            for lesson in sorted(
                [*course.lessons.values(), *course.drafts.lessons.values()],
                key=lambda x: (x.order, x.id),
            )
        )
    )
    chosen = dialogs.ask_choice(
        parent,
        QCoreApplication.translate("AuthorScreen", "New lesson"),
        QCoreApplication.translate(
            "AuthorScreen", "Module (choose one, or type the name of a new module):"
        ),
        modules,
        module,
        editable=True,
    )
    if not chosen:
        return None
    return authoring.new_lesson(root, course, title, chosen)


def ask_new_quiz(
    parent: QWidget, course: Course, root: Path, open_path: Path | None
) -> authoring.NewSource | None:
    """A quiz from the template, for a lesson without one (the open one is offered first) or
    for the whole course; None if the author cancelled."""
    quizzes = set(course.quizzes) | set(course.drafts.quizzes)
    taken = {quiz.lesson_id for quiz in course.drafts.quizzes.values()}
    lessons = sorted(
        [*course.lessons.values(), *course.drafts.lessons.values()], key=lambda x: (x.order, x.id)
    )
    free = [
        lesson
        for lesson in lessons
        if (lesson.quiz_id is None or lesson.quiz_id not in quizzes) and lesson.id not in taken
    ]
    course_wide = QCoreApplication.translate("AuthorScreen", "No lesson: a course-wide quiz")
    choices = {course_wide: None} | {f"{item.title} ({item.id})": item for item in free}
    current = next(
        (label for label, item in choices.items() if item and item.path == open_path), ""
    )
    choice = dialogs.ask_choice(
        parent,
        QCoreApplication.translate("AuthorScreen", "New quiz"),
        QCoreApplication.translate("AuthorScreen", "Which lesson does the quiz test?"),
        list(choices),
        current,
    )
    if choice is None or choice not in choices:
        return None
    lesson = choices[choice]
    suggested = (
        QCoreApplication.translate("AuthorScreen", "{title}: quiz").format(title=lesson.title)
        if lesson
        else ""
    )
    title = dialogs.ask_text(
        parent,
        QCoreApplication.translate("AuthorScreen", "New quiz"),
        QCoreApplication.translate("AuthorScreen", "Title of the new quiz:"),
        suggested,
    )
    if not title:
        return None
    return authoring.new_quiz(root, course, title, lesson)


def ask_import(parent: QWidget, session: Session) -> list[Path] | None:
    """Convert a GIFT or Aiken file the author picks into draft quiz files of the session's
    course (audited), and say what was converted; the files written, or None if nothing was
    imported. When the quiz id made from the file name is taken, offer another id."""
    source = dialogs.pick_file(
        parent,
        QCoreApplication.translate("AuthorScreen", "Import questions"),
        Path.home(),
        QCoreApplication.translate(
            "AuthorScreen", "GIFT or Aiken files (*.gift *.txt);;All files (*)"
        ),
    )
    if source is None:
        return None
    from sellertrain.core.content.authoring import taken_ids, unique_id
    from sellertrain.core.interchange.quiz_writer import ImportRefused

    quiz_id: str | None = None
    while True:
        try:
            result, written = session.import_questions(source, quiz_id)
            break
        except ImportRefused as exc:
            if "already" not in str(exc):  # not UTF-8, unreadable: another id cannot help
                dialogs.show_error(
                    parent,
                    QCoreApplication.translate("AuthorScreen", "Import refused"),
                    error_text(exc),
                )
                return None
            suggested = unique_id(
                source.name.split(".")[0],
                taken_ids(session.source_course.root, session.source_course),
                "quiz",
            )
            quiz_id = dialogs.ask_text(
                parent,
                QCoreApplication.translate("AuthorScreen", "Import under another id?"),
                QCoreApplication.translate(
                    "AuthorScreen", "{reason}\n\nQuiz id for the imported questions:"
                ).format(reason=error_text(exc)),
                suggested,
            )
            if not quiz_id:
                return None
    lines = [
        QCoreApplication.translate("AuthorScreen", "Imported {summary}.").format(
            summary=localized(result.summary())
        )
    ]
    lines.append(
        QCoreApplication.translate(
            "AuthorScreen", "The new quizzes are drafts: learners see them once you publish them."
        )
    )
    lines += [f"{source.name}:{line}: {localized(m)}" for line, m in result.not_converted]
    lines += [f"{source.name}:{line}: {localized(m)}" for line, m in result.notes[:20]]
    dialogs.show_info(
        parent, QCoreApplication.translate("AuthorScreen", "Questions imported"), "\n".join(lines)
    )
    return list(written)
