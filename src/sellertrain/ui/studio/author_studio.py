"""The author studio: edit lessons and quizzes with a live preview and the course's own checks.

The preview uses the renderer the learners see; the problems are those of `sellertrain check`,
re-run on the editor's unsaved text. The content folder is watched for outside edits.
The panes are laid out in `author_layout` and show the open file through `open_file`; the
questions for new files are in `new_sources`, those about publishing a change in `publishing`.
This screen runs opening, saving and publishing, reading and writing only through the Session
it is shown for.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from sellertrain.core.content import authoring
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import ContentError
from sellertrain.core.paths import replaced_by_updates
from sellertrain.core.session import AccessDenied, Session
from sellertrain.ui import dialogs
from sellertrain.ui.studio import new_sources, publishing
from sellertrain.ui.studio.common import plural
from sellertrain.ui.studio.open_file import OpenFileView
from sellertrain.ui.studio.problems import ProblemsPanel
from sellertrain.ui.studio.publish_dialog import PublishDialog
from sellertrain.ui.studio.source_editor import SourceEditor
from sellertrain.ui.translations import error_text, localized

__all__ = ["AuthorScreen", "SourceEditor"]

log = logging.getLogger(__name__)


class AuthorScreen(OpenFileView):
    """The author view: content tree, Markdown editor, live preview and problems."""

    content_changed = Signal()  # a file was saved or reloaded: the course should be reloaded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.watcher.settled.connect(self._disk_changed)
        self.tree.file_chosen.connect(self.open_file)
        self.problem_list.itemActivated.connect(self._problem_chosen)
        self.problem_list.itemDoubleClicked.connect(self._problem_chosen)
        self.import_button.clicked.connect(self.import_questions)
        self.publish_button.clicked.connect(self.publish_pending)
        self.new_lesson_button.clicked.connect(self.new_lesson)
        self.new_quiz_button.clicked.connect(self.new_quiz)
        self.image_button.clicked.connect(self.insert_image)
        self.reload_button.clicked.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self._show_nothing()

    # -- public ------------------------------------------------------------------------
    def show_for(self, session: Session) -> None:
        """Show the session's course; only authors and managers may change its files."""
        self.session = session
        self.root = Path(session.source_course.root).resolve()
        self.watcher.use_folder(self.root)
        shipped = replaced_by_updates(self.root)  # an update would overwrite any edit
        self.can_edit = session.can_author and not shipped
        self.import_button.setEnabled(self.can_edit)
        if self.can_edit:
            subtitle = self.tr(
                "Edit the course's Markdown files. The preview uses the learners' renderer; "
                "the problems are those of 'sellertrain check'."
            )
        elif shipped and session.can_author:
            subtitle = self.tr(
                "This is the course that came with the app, and each update replaces it. To "
                "write lessons, copy this folder and start SellerTrain with the copy "
                "(see 'Your own course' in the install guide):\n{folder}"
            ).format(folder=self.root)
        else:
            subtitle = self.tr(
                "Only authors and managers can change the course. You can read it here."
            )
        self.subtitle.setText(subtitle)
        self.editor.setReadOnly(not self.can_edit)
        self._reload_course()
        self._refresh_outdated()
        self._fill_tree()
        if self.path is not None and not self.is_new and not self.is_modified:
            self._check_open_file_on_disk()
        self._update_file_state()

    def refresh(self) -> None:
        """Read the course and the records again for the session last shown."""
        if self.session is not None:
            self.show_for(self.session)

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
            dialogs.show_error(self, self.tr("Cannot open the file"), error_text(exc))
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
        self.check_timer.stop()
        self.check_text()
        errors = self._own_errors()
        if errors and not dialogs.ask_yes_no(
            self,
            self.tr("Save with errors?"),
            "\n\n".join([self._errors_warning(errors), self.tr("Save the file anyway?")]),
        ):
            return False
        previous = None if self.is_new else self._lesson_at(self.path)
        decision = publishing.ask_decision(self, self._session(), previous, text)
        if decision is None:
            return False
        try:
            self._session().save_content(self.path, text)  # audited as a published version
        except (OSError, AccessDenied) as exc:
            dialogs.show_error(self, self.tr("Cannot save the file"), error_text(exc))
            return False
        log.info("saved %s (%d errors)", self.path, len(errors))
        first_save = self.is_new
        self.saved_text, self.is_new, self._declined_disk_text = text, False, None
        self.editor.document().setModified(False)
        self._reload_course()
        if previous is not None and decision[0]:
            publishing.publish(self, self._session(), previous, decision)
        if (quiz := self._pending_quiz()) is not None:  # a saved quiz: publish its change now?
            publishing.publish_quiz_change(self, self._session(), quiz)
            self._refresh_outdated()
            self._fill_tree()
        self._update_publish_state()
        if first_save:
            self._offer_quiz_link()
        self._update_file_state()
        self._show_impact(text)
        self.content_changed.emit()
        return True

    def _errors_warning(self, errors: list[ContentError]) -> str:
        return (
            plural(
                len(errors),
                self.tr("This file has an error on line {line}: {message}"),
                self.tr("This file has {n} errors; the first is on line {line}: {message}"),
            ).format(line=errors[0].line, message=localized(errors[0].message))
            + "\n"
            + self.tr("Learners do not see a quiz with errors, nor a lesson that cannot load.")
        )

    def _session(self) -> Session:
        """The signed-in employee's session: the core refuses changes from non-authors."""
        if self.session is None:
            raise AccessDenied("nobody is signed in")
        return self.session

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
        made = new_sources.ask_new_lesson(self, self.course, self.root, self._current_module())
        if made is not None:
            self._open_new(made)

    def new_quiz(self) -> None:
        """Start a quiz from the template, for a lesson without one or for the whole course."""
        if not self.can_edit or not self.maybe_leave():
            return
        made = new_sources.ask_new_quiz(self, self.course, self.root, self.path)
        if made is not None:
            self._open_new(made)

    def import_questions(self) -> None:
        """Convert a GIFT or Aiken file into new quiz files, then open the first one."""
        if not self.can_edit:
            return
        written = new_sources.ask_import(self, self._session())
        if written is None:
            return
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
            dialogs.show_error(self, self.tr("Cannot insert the image"), error_text(exc))
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

    def publish_pending(self) -> None:
        """Publish the open draft, or say material or editorial for a lesson changed outside
        the app (see `sellertrain publish`): the change is measured against what learners
        last saw."""
        draft = self._open_draft()
        if draft is not None:
            if publishing.publish_draft(self, self._session(), draft):
                self._reload_course()
                text = self.path.read_text(encoding="utf-8") if self.path else ""
                if self.path is not None:
                    self._show_source(self.path, text, saved=text)
                self.content_changed.emit()
            return
        if (quiz := self._pending_quiz()) is not None:
            if publishing.publish_quiz_change(self, self._session(), quiz):
                self._update_publish_state()
                self.content_changed.emit()
            return
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
            dialogs.show_error(self, self.tr("The change was not published"), error_text(exc))
            return
        self._refresh_outdated()
        self._fill_tree()
        self._update_publish_state()
        self.content_changed.emit()

    # -- behind the actions ------------------------------------------------------------
    def _open_new(self, made: authoring.NewSource) -> None:
        self.is_new = True
        self._show_source(made.path.resolve(), made.text, saved="")
        log.info("new %s from the template", made.path.name)

    def _offer_quiz_link(self) -> None:
        """After a new quiz's first save, offer to name it in its lesson's front matter."""
        link = publishing.ask_to_link_quiz(self, self.course, self.path)
        if link is None:
            return
        lesson, linked = link
        session = self._session()
        decision = publishing.ask_decision(self, session, lesson, linked)  # front matter only
        session.save_content(lesson.path, linked)
        self._reload_course()
        if decision and decision[0]:
            publishing.publish(self, session, lesson, decision)

    def _reload_course(self) -> None:
        """Read the course's files again; the session holds the course as it is on disk."""
        if self.session is None:
            return
        self.session.source_course = load_course(self.root, deep=False)
        self.watcher.remember()
        self._fill_tree()
        self._rewatch()
        self._update_publish_state()

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        path, line = ProblemsPanel.location(item)
        if path.suffix == ".md":
            self.open_file(path, line)

    def _disk_changed(self) -> None:
        """Something changed in the content folder: reload what changed, tell the app."""
        self._rewatch()
        changed = self.watcher.changed()
        if changed and self.session is not None:
            self.session.source_course = load_course(self.root, deep=False)
            self._fill_tree()
        if self.path is not None and not self.is_new:
            self._check_open_file_on_disk()
        if changed:
            log.info("content folder changed on disk")
            if self.path is not None:
                self.check_timer.start()
            self.content_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing a window that holds the studio asks about unsaved changes first."""
        if not self.maybe_leave():
            event.ignore()
            return
        # a closed studio reads no files and no records until it is shown again
        self.check_timer.stop()
        self.watcher.stop()
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        self._rewatch()
        super().showEvent(event)
