"""The author studio: edit lessons and quizzes with a live preview and the course's own checks.

The preview uses the renderer the learners see; the problems are those of `sellertrain check`,
re-run on the editor's unsaved text. The content folder is watched for outside edits.
The panes are built in `source_editor`, `studio_tree`, `studio_preview` and `studio_problems`;
this screen lays them out and runs opening, saving and publishing.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.content import authoring
from sellertrain.core.content.loader import ParseCache, load_course
from sellertrain.core.models import (
    AccessRole,
    ContentError,
    Course,
    Employee,
    Lesson,
    content_version,
)
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.store import Store
from sellertrain.core.training.retraining import PublishPlan
from sellertrain.ui import dialogs
from sellertrain.ui.studio import preview as studio_preview
from sellertrain.ui.studio.common import FLAG, caption, plural, relative
from sellertrain.ui.studio.markdown_highlighter import MarkdownHighlighter
from sellertrain.ui.studio.preview import PreviewPane
from sellertrain.ui.studio.problems import ProblemsPanel
from sellertrain.ui.studio.publish_dialog import PublishDialog
from sellertrain.ui.studio.source_editor import SourceEditor
from sellertrain.ui.studio.tree import ContentPanel
from sellertrain.ui.studio.watcher import ContentWatcher
from sellertrain.ui.widgets import button, name_widget, title_label

__all__ = ["AuthorScreen", "SourceEditor"]

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300  # preview and checks wait for a pause in typing


class AuthorScreen(QWidget):
    """The author view: content tree, Markdown editor, live preview and problems."""

    content_changed = Signal()  # a file was saved or reloaded: the course should be reloaded

    def __init__(
        self,
        store: Store,
        content_root: Path,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("authorScreen")
        self.store = store
        self.root = Path(content_root).resolve()
        self.today = today
        self.employee: Employee | None = None
        self.can_edit = False
        # the course is read in show_for, so building the main window stays fast
        self.course = Course(root=self.root)
        self.cache = ParseCache()
        self.path: Path | None = None  # the open file
        self.saved_text = ""  # the open file as it is on disk ("" while not saved yet)
        self.is_new = False
        self.problems: list[ContentError] = []
        self._declined_disk_text: str | None = None

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(DEBOUNCE_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.watcher = ContentWatcher(self.root, self)
        self.watcher.settled.connect(self._disk_changed)

        self._build()
        self._show_nothing()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.contents = ContentPanel(self.root)
        self.tree, self.review_age = self.contents.tree, self.contents.review_age
        self.review_summary = self.contents.review_summary
        self.tree.file_chosen.connect(self.open_file)
        self.tree.asset_chosen.connect(self._show_asset)
        self.review_age.valueChanged.connect(self._fill_tree)

        self.file_label = QLabel()
        self.file_label.setObjectName("authorFile")
        self.file_label.setTextFormat(Qt.TextFormat.RichText)
        self.impact_label = QLabel()
        self.impact_label.setObjectName("authorImpact")
        self.impact_label.setWordWrap(True)
        self.impact_label.setStyleSheet(
            "background: #fef7e0; border: 1px solid #f3d08a; border-radius: 4px;"
            " padding: 6px 8px; color: #7a4a00;"
        )
        self.impact_label.hide()
        self.editor = name_widget(SourceEditor(), "authorEditor", self.tr("Markdown source"))
        self.highlighter = MarkdownHighlighter(self.editor.document())
        self.editor.textChanged.connect(self.refresh_timer.start)
        self.editor.modificationChanged.connect(self._update_file_state)

        self.preview = name_widget(
            PreviewPane(), "authorPreview", self.tr("Preview as learners see it")
        )

        self.problems_panel = ProblemsPanel(self.root)
        self.problem_list = self.problems_panel.list
        self.problem_summary = self.problems_panel.summary
        self.problem_list.itemActivated.connect(self._problem_chosen)
        self.problem_list.itemDoubleClicked.connect(self._problem_chosen)

        self.new_lesson_button = button(self.tr("New lesson"), "authorNewLesson")
        self.new_quiz_button = button(self.tr("New quiz"), "authorNewQuiz")
        self.image_button = button(self.tr("Insert image…"), "authorInsertImage")
        self.reload_button = button(self.tr("Reload"), "authorReload")
        self.import_button = button(self.tr("Import GIFT/Aiken…"), "authorImport")
        self.import_button.setToolTip(
            self.tr("Convert a Moodle GIFT or Aiken question file into quiz files")
        )
        self.import_button.clicked.connect(self.import_questions)
        self.publish_button = button(self.tr("Publish change…"), "authorPublish")
        self.publish_button.setToolTip(
            self.tr(
                "This lesson changed outside the app since learners last saw a decided "
                "version: say whether a rule changed"
            )
        )
        self.publish_button.clicked.connect(self.publish_pending)
        self.publish_button.hide()
        self.save_button = button(self.tr("Save"), "authorSave", primary=True)
        self.save_button.setToolTip(self.tr("Save the file (Ctrl+S)"))
        self.reload_button.setToolTip(self.tr("Read the content folder again from disk"))
        self.new_lesson_button.clicked.connect(self.new_lesson)
        self.new_quiz_button.clicked.connect(self.new_quiz)
        self.image_button.clicked.connect(self.insert_image)
        self.reload_button.clicked.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setObjectName("authorSaveAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self.subtitle = QLabel()
        self.subtitle.setObjectName("screenSubtitle")
        self.subtitle.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        middle = QVBoxLayout()
        middle.setContentsMargins(6, 0, 6, 0)
        middle.addWidget(self.file_label)
        middle.addWidget(self.impact_label)
        middle.addWidget(self._framed(self.editor), 1)

        right = QVBoxLayout()
        right.setContentsMargins(6, 0, 0, 0)
        right.addWidget(caption(self.tr("Preview: what learners see")))
        right.addWidget(self._framed(self.preview), 1)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("authorColumns")
        columns.addWidget(self.contents)
        for part in (middle, right):
            holder = QWidget()
            holder.setLayout(part)
            columns.addWidget(holder)
        columns.setStretchFactor(0, 0)
        columns.setStretchFactor(1, 1)
        columns.setStretchFactor(2, 1)
        columns.setSizes([360, 560, 500])

        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setObjectName("authorRows")
        rows.addWidget(columns)
        rows.addWidget(self.problems_panel)
        rows.setStretchFactor(0, 1)
        rows.setSizes([600, 120])

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(title_label(self.tr("Author studio")))
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        for widget in (
            self.new_lesson_button,
            self.new_quiz_button,
            self.image_button,
            self.import_button,
            self.reload_button,
            self.publish_button,
            self.save_button,
        ):
            head.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(rows, 1)

    def _framed(self, widget: QWidget) -> QFrame:
        frame = QFrame()
        frame.setStyleSheet("QFrame#authorPane { border: 1px solid #d1d5db; background: white; }")
        frame.setObjectName("authorPane")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(1, 1, 1, 1)
        inner.addWidget(widget)
        return frame

    # -- public ------------------------------------------------------------------------
    def show_for(self, employee: Employee) -> None:
        """Show the studio to ``employee``; only authors and managers may change files."""
        self.employee = employee
        self.can_edit = employee.role in (AccessRole.AUTHOR, AccessRole.MANAGER)
        self.import_button.setEnabled(self.can_edit)
        self.subtitle.setText(
            self.tr(
                "Edit the course's Markdown files. The preview uses the learners' renderer; "
                "the problems are those of 'sellertrain check'."
            )
            if self.can_edit
            else self.tr("Only authors and managers can change the course. You can read it here.")
        )
        self.editor.setReadOnly(not self.can_edit)
        self._reload_course()
        if self.path is not None and not self.is_new and not self.is_modified:
            self._check_open_file_on_disk()
        self._update_file_state()

    @property
    def is_modified(self) -> bool:
        return self.path is not None and self.editor.document().isModified()

    def maybe_leave(self) -> bool:
        """Ask what to do with unsaved changes; False if the author chose to stay."""
        if not self.is_modified:
            return True
        assert self.path is not None
        answer = dialogs.ask_save_discard_cancel(
            self,
            self.tr("Unsaved changes"),
            self.tr("{name} has changes that are not saved.\n\nSave them now?").format(
                name=self._relative(self.path)
            ),
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._discard()
            return True
        return False

    def open_file(self, path: Path, line: int = 0) -> bool:
        """Open a lesson or quiz in the editor (asking about unsaved changes first)."""
        path = Path(path).resolve()
        if path == self.path:
            if line:
                self.editor.go_to_line(line)
            return True
        if not self.maybe_leave():
            self.tree.select(self.path)
            return False
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            dialogs.show_error(self, self.tr("Cannot open the file"), str(exc))
            return False
        self.is_new = False
        self._show_source(path, text, saved=text)
        if line:
            self.editor.go_to_line(line)
        return True

    def save(self) -> bool:
        """Write the open file, after warning about errors and completions it affects."""
        if self.path is None or not self.can_edit:
            return False
        text = self.editor.toPlainText()
        self.refresh_timer.stop()
        self.refresh()
        warnings = []
        errors = self._own_errors()
        if errors:
            warnings.append(
                plural(
                    len(errors),
                    self.tr("This file has an error on line {line}: {message}"),
                    self.tr("This file has {n} errors; the first is on line {line}: {message}"),
                ).format(line=errors[0].line, message=errors[0].message)
                + "\n"
                + self.tr("Learners do not see a quiz with errors, nor a lesson that cannot load.")
            )
        if warnings and not dialogs.ask_yes_no(
            self,
            self.tr("Save with errors?") if errors else self.tr("Save this change?"),
            "\n\n".join([*warnings, self.tr("Save the file anyway?")]),
        ):
            return False
        previous = None if self.is_new else self._lesson_at(self.path)
        decision = self._publish_decision(previous, text)
        if decision is None:
            return False
        try:
            self._session().save_content(self.path, text)  # audited as a published version
        except (OSError, AccessDenied) as exc:
            dialogs.show_error(self, self.tr("Cannot save the file"), str(exc))
            return False
        log.info("saved %s (%d errors)", self.path, len(errors))
        first_save = self.is_new
        self.saved_text, self.is_new, self._declined_disk_text = text, False, None
        self.editor.document().setModified(False)
        self._reload_course()
        if previous is not None and decision[0]:
            self._publish(previous, decision)
        self._update_publish_state()
        if first_save:
            self._offer_quiz_link()
        self._update_file_state()
        self._show_impact(text)
        self.content_changed.emit()
        return True

    def _session(self) -> Session:
        """The signed-in employee's session: the core refuses changes from non-authors."""
        if self.employee is None:
            raise AccessDenied("nobody is signed in")
        return Session(self.store, self.course, self.employee)

    def reload(self) -> None:
        """Read the content folder and the open file again (asking before losing changes)."""
        if self.is_modified and not dialogs.ask_yes_no(
            self,
            self.tr("Reload from disk?"),
            self.tr("Discard your unsaved changes to {name} and load it as it is on disk?").format(
                name=self._relative(self.path) if self.path else ""
            ),
        ):
            return
        self._reload_course()
        if self.path is not None and (self.is_new or not self.path.exists()):
            self._show_nothing()
        elif self.path is not None:
            line = self.editor.current_line()
            text = self.path.read_text(encoding="utf-8")
            self._show_source(self.path, text, saved=text)
            self.editor.go_to_line(line, focus=False)
        self.content_changed.emit()

    def new_lesson(self) -> None:
        """Start a lesson from the template (saved when the author saves)."""
        if not self.can_edit or not self.maybe_leave():
            return
        title = dialogs.ask_text(self, self.tr("New lesson"), self.tr("Title of the new lesson:"))
        if not title:
            return
        modules = [module.title for module in self.course.modules]
        module = dialogs.ask_choice(
            self,
            self.tr("New lesson"),
            self.tr("Module (choose one, or type the name of a new module):"),
            modules,
            self._current_module(),
            editable=True,
        )
        if not module:
            return
        self._open_new(authoring.new_lesson(self.root, self.course, title, module, self.today()))

    def new_quiz(self) -> None:
        """Start a quiz from the template, for a lesson without one or for the whole course."""
        if not self.can_edit or not self.maybe_leave():
            return
        free = [
            lesson
            for lesson in self.course.ordered_lessons
            if lesson.quiz_id is None or lesson.quiz_id not in self.course.quizzes
        ]
        course_wide = self.tr("No lesson: a course-wide quiz")
        choices = {course_wide: None} | {f"{item.title} ({item.id})": item for item in free}
        current = next(
            (label for label, item in choices.items() if item and item.path == self.path), ""
        )
        choice = dialogs.ask_choice(
            self,
            self.tr("New quiz"),
            self.tr("Which lesson does the quiz test?"),
            list(choices),
            current,
        )
        if choice is None or choice not in choices:
            return
        lesson = choices[choice]
        suggested = self.tr("{title}: quiz").format(title=lesson.title) if lesson else ""
        title = dialogs.ask_text(
            self, self.tr("New quiz"), self.tr("Title of the new quiz:"), suggested
        )
        if not title:
            return
        self._open_new(authoring.new_quiz(self.root, self.course, title, lesson))

    def import_questions(self) -> None:
        """Convert a GIFT or Aiken file into new quiz files, then open the first one."""
        if not self.can_edit:
            return
        source = dialogs.pick_file(
            self,
            self.tr("Import questions"),
            Path.home(),
            self.tr("GIFT or Aiken files (*.gift *.txt);;All files (*)"),
        )
        if source is None:
            return
        from sellertrain.core.interchange.question_import import import_question_file
        from sellertrain.core.interchange.quiz_writer import ImportRefused

        try:
            result, written = import_question_file(source, self.root / "quizzes")
        except ImportRefused as exc:
            dialogs.show_error(self, self.tr("Import refused"), str(exc))
            return
        lines = [self.tr("Imported {summary}.").format(summary=result.summary())]
        lines += [f"{source.name}:{line}: {message}" for line, message in result.not_converted]
        lines += [f"{source.name}:{line}: {message}" for line, message in result.notes[:20]]
        dialogs.show_info(self, self.tr("Questions imported"), "\n".join(lines))
        self._reload_course()
        self.content_changed.emit()
        if written:
            text = written[0].read_text(encoding="utf-8")
            self._show_source(written[0], text, saved=text)

    def insert_image(self) -> None:
        """Copy a picked image into assets/ and insert its Markdown at the cursor."""
        if self.path is None or not self.can_edit:
            return
        source = dialogs.pick_file(
            self,
            self.tr("Insert image"),
            Path.home(),
            self.tr("Images (*.svg *.png *.jpg *.jpeg *.gif)"),
        )
        if source is None:
            return
        try:
            reference = self._session().add_image(source)
        except (OSError, ValueError, AccessDenied) as exc:
            dialogs.show_error(self, self.tr("Cannot insert the image"), str(exc))
            return
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        if cursor.positionInBlock() > 0:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n\n")
        cursor.insertText(reference + "\n")
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
        self._reload_course()

    # -- the open file -----------------------------------------------------------------
    def _show_source(self, path: Path, text: str, saved: str) -> None:
        self.path, self.saved_text, self._declined_disk_text = path, saved, None
        self.editor.setPlainText(text)
        self.editor.document().setModified(text != saved)
        self.editor.go_to_line(1, focus=False)
        self._rewatch()
        self._fill_tree()
        self._update_file_state()
        self._update_publish_state()
        self.refresh_timer.stop()
        self.refresh()

    def _pending_lesson(self) -> tuple[Lesson, PublishPlan] | None:
        """The open lesson and the decision it awaits, when it changed outside the app."""
        lesson = None if self.is_new else self._lesson_at(self.path)
        if lesson is None or not self.can_edit:
            return None
        plan = self._session().pending_plan(lesson.id)
        return (lesson, plan) if plan is not None else None

    def _update_publish_state(self) -> None:
        self.publish_button.setVisible(self._pending_lesson() is not None)

    def publish_pending(self) -> None:
        """Material or editorial, for a lesson changed outside the app (see `sellertrain
        publish`): the change is measured against what learners last saw."""
        pending = self._pending_lesson()
        if pending is None:
            return
        lesson, plan = pending
        decision = PublishDialog.ask(self, lesson.title, plan)
        if decision is None:
            return
        try:
            self._session().publish_lesson(lesson.id, decision[0], decision[1])
        except (ValueError, AccessDenied) as exc:
            dialogs.show_error(self, self.tr("The change was not published"), str(exc))
            return
        self._update_publish_state()
        self.content_changed.emit()

    def _open_new(self, made: authoring.NewSource) -> None:
        self.is_new = True
        self._show_source(made.path.resolve(), made.text, saved="")
        log.info("new %s from the template", made.path.name)

    def _show_nothing(self) -> None:
        self.path, self.saved_text, self.is_new, self.problems = None, "", False, []
        self.editor.setPlainText("")
        self.editor.document().setModified(False)
        self.refresh_timer.stop()
        self.preview.setHtml(studio_preview.no_file_html())
        self.problems_panel.clear()
        self.impact_label.hide()
        self._fill_tree()
        self._update_file_state()

    def _discard(self) -> None:
        if self.is_new or self.path is None or not self.path.exists():
            self._show_nothing()
            return
        line = self.editor.current_line()
        self._show_source(self.path, self.saved_text, saved=self.saved_text)
        self.editor.go_to_line(line, focus=False)

    def _update_file_state(self, *_args: object) -> None:
        editing = self.path is not None and self.can_edit
        self.save_button.setEnabled(editing)
        self.save_action.setEnabled(editing)
        self.image_button.setEnabled(editing)
        self.new_lesson_button.setEnabled(self.can_edit)
        self.new_quiz_button.setEnabled(self.can_edit)
        if self.path is None:
            self.file_label.setText(
                '<span style="color:#6b7280;">' + html.escape(self.tr("No file open")) + "</span>"
            )
            return
        name = f"<b>{html.escape(self._relative(self.path))}</b>"
        if self.is_new:
            state = ("#b06000", self.tr("new, not saved yet"))
        elif not self.path.exists():
            state = ("#c5221f", self.tr("deleted on disk: save to keep it"))
        elif self.is_modified:
            state = ("#b06000", self.tr("● unsaved changes"))
        else:
            state = ("#137333", self.tr("saved"))
        self.file_label.setText(
            f'{name} &nbsp; <span style="color:{state[0]};">{html.escape(state[1])}</span>'
        )

    def refresh(self) -> None:
        """Check the editor's text with the rest of the course; update preview and impact."""
        if self.path is None:
            return
        text = self.editor.toPlainText()
        self.problems = authoring.check_source(self.root, self.path, text, self.cache)
        self._show_problems()
        has_errors = bool(self._own_errors())
        if self._kind(self.path) == "lesson":
            page = studio_preview.lesson_html(self.root, self.path, text, has_errors)
        else:
            page = studio_preview.quiz_html(self.root, self.path, text, self.course, has_errors)
        self.preview.show_keeping_place(page)
        self._show_impact(text)

    # -- problems ----------------------------------------------------------------------
    def _own_errors(self) -> list[ContentError]:
        return [p for p in self.problems if p.path == self.path and p.severity == "error"]

    def _show_problems(self) -> None:
        self.problems_panel.show_problems(self.problems)

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        path, line = ProblemsPanel.location(item)
        if path.suffix == ".md":
            self.open_file(path, line)

    # -- change awareness --------------------------------------------------------------
    def _lesson_at(self, path: Path | None) -> Lesson | None:
        return next((item for item in self.course.lessons.values() if item.path == path), None)

    def _publish_decision(self, previous: Lesson | None, text: str) -> tuple[str, list[str]] | None:
        """("material"|"editorial", sections) to record, ("", []) for nothing to record, or
        None when the author cancelled the save."""
        plan = self._session().plan_publication(previous, text) if previous else None
        if plan is None or not plan.worth_recording:
            return "", []
        if not plan.needs_decision:
            return "editorial", []  # the sections are unchanged: nothing for learners to do
        return PublishDialog.ask(self, previous.title, plan)

    def _publish(self, previous: Lesson, decision: tuple[str, list[str]]) -> None:
        if previous.id not in self.course.lessons:
            return  # the saved text is not a valid lesson: it is published once it loads
        try:
            self._session().publish_lesson(previous.id, decision[0], decision[1], previous)
        except (ValueError, AccessDenied) as exc:
            dialogs.show_error(self, self.tr("The change was saved but not published"), str(exc))

    def _affected(self, text: str) -> int:
        """Completions of other versions than the unsaved text's (0 when nothing changed)."""
        if self.path is None or self._kind(self.path) != "lesson":
            return 0
        if content_version(text) == content_version(self.saved_text):
            return 0
        lesson = self._lesson_at(self.path)
        if lesson is None:
            return 0
        return authoring.affected_completions(self.store, lesson.id, text)

    def _impact_text(self, affected: int) -> str:
        return plural(
            affected,
            self.tr(
                "1 employee completed an earlier version of this lesson. When you save, say "
                "whether a rule changed (they review the changed sections) or only the wording."
            ),
            self.tr(
                "{n} completions are of an earlier version of this lesson. When you save, say "
                "whether a rule changed (they review the changed sections) or only the wording."
            ),
        )

    def _show_impact(self, text: str) -> None:
        affected = self._affected(text)
        self.impact_label.setText(f"{FLAG} " + self._impact_text(affected) if affected else "")
        self.impact_label.setVisible(bool(affected))

    def _offer_quiz_link(self) -> None:
        """After a new quiz's first save, offer to name it in its lesson's front matter."""
        quiz = next((q for q in self.course.quizzes.values() if q.path == self.path), None)
        lesson = self.course.lessons.get(quiz.lesson_id or "") if quiz else None
        if quiz is None or lesson is None or lesson.quiz_id is not None:
            return
        lesson_text = lesson.path.read_text(encoding="utf-8")
        linked = authoring.link_quiz(lesson_text, quiz.id)
        question = self.tr(
            "Lesson '{title}' does not name a quiz yet, so learners are not offered this one. "
            "Add 'quiz: {id}' to the lesson's front matter?"
        ).format(title=lesson.title, id=quiz.id)
        if dialogs.ask_yes_no(self, self.tr("Link the quiz to its lesson?"), question):
            decision = self._publish_decision(lesson, linked)  # front matter only: editorial
            self._session().save_content(lesson.path, linked)
            self._reload_course()
            if decision and decision[0]:
                self._publish(lesson, decision)

    # -- the content tree --------------------------------------------------------------
    def _reload_course(self) -> None:
        self.course = load_course(self.root, deep=False)
        self.watcher.remember()
        self._fill_tree()
        self._rewatch()
        if self.employee is not None:
            self._update_publish_state()

    def _fill_tree(self, *_args: object) -> None:
        unsaved = self.path if self.is_new else None
        self.contents.fill(self.course, self.today(), self.watcher.content_files(), unsaved)
        self.tree.select(self.path)

    def tree_item(self, path: Path) -> QTreeWidgetItem | None:
        """The tree item of a file (lesson, quiz, broken file or asset), if shown."""
        return self.tree.item_for(path)

    def _show_asset(self, source: Path) -> None:
        self.preview.setHtml(studio_preview.asset_html(source))

    def _current_module(self) -> str:
        path = self.tree.current_path() or self.path
        lesson = next((x for x in self.course.lessons.values() if x.path == path), None)
        if lesson is not None:
            return lesson.module
        modules = self.course.modules
        return modules[0].title if modules else ""

    # -- the disk ----------------------------------------------------------------------
    def _rewatch(self) -> None:
        self.watcher.watch(self.path)

    def _disk_changed(self) -> None:
        """Something changed in the content folder: reload what changed, tell the app."""
        self._rewatch()
        changed = self.watcher.changed()
        if changed:
            self.course = load_course(self.root, deep=False)
            self._fill_tree()
        if self.path is not None and not self.is_new:
            self._check_open_file_on_disk()
        if changed:
            log.info("content folder changed on disk")
            if self.path is not None:
                self.refresh_timer.start()
            self.content_changed.emit()

    def _check_open_file_on_disk(self) -> None:
        """Reload the open file if another program changed it; ask if there are edits."""
        assert self.path is not None
        try:
            disk = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.editor.document().setModified(True)  # closing must now ask
            self._update_file_state()
            return
        except (OSError, UnicodeDecodeError):
            return
        if disk in (self.saved_text, self._declined_disk_text):
            return
        name = self._relative(self.path)
        if self.is_modified and not dialogs.ask_yes_no(
            self,
            self.tr("File changed on disk"),
            self.tr(
                "{name} was changed by another program.\n\nReload it and lose your unsaved "
                "changes here? Choose No to keep editing; saving then replaces the other version."
            ).format(name=name),
        ):
            self._declined_disk_text = disk
            return
        line = self.editor.current_line()
        self._show_source(self.path, disk, saved=disk)
        self.editor.go_to_line(line, focus=False)
        log.info("reloaded %s after an outside change", name)

    # -- small helpers -----------------------------------------------------------------
    def _kind(self, path: Path) -> str:
        return "lesson" if path.parent.name == "lessons" else "quiz"

    def _relative(self, path: Path) -> str:
        return relative(self.root, path)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing a window that holds the studio asks about unsaved changes first."""
        if not self.maybe_leave():
            event.ignore()
            return
        # a closed studio reads no files and no records until it is shown again
        self.refresh_timer.stop()
        self.watcher.stop()
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        self._rewatch()
        super().showEvent(event)
