"""The file open in the author studio, and what its panes show about it.

`OpenFileView` keeps the open file's state (path, text on disk, new or not) and shows it: the
editor, the file label, the problems and preview of the unsaved text, the change's impact,
the content tree. `AuthorScreen` (author_studio) adds what the author does with it.
"""

from __future__ import annotations

import contextlib
import html
import logging
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from sellertrain.core.content import authoring
from sellertrain.core.content.drafts import is_draft_text
from sellertrain.core.content.loader import ParseCache
from sellertrain.core.models import ContentError, Course, Lesson, Quiz, content_version
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.training.quiz_terms import PendingQuiz
from sellertrain.core.training.retraining import PublishPlan
from sellertrain.core.training.translations import OutdatedTranslation
from sellertrain.ui import dialogs
from sellertrain.ui.studio import preview as studio_preview
from sellertrain.ui.studio import publishing
from sellertrain.ui.studio.author_layout import AuthorLayout
from sellertrain.ui.studio.common import FLAG, relative
from sellertrain.ui.studio.tree import DRAFT_COLOUR
from sellertrain.ui.studio.watcher import ContentWatcher

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300  # preview and checks wait for a pause in typing


class OpenFileView(AuthorLayout):
    """The open lesson or quiz in the editor, checked and previewed as it is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None  # the course and its folder come with it
        self.root = Path()  # the course's folder, resolved
        self.can_edit = False
        self.cache = ParseCache()
        self.path: Path | None = None  # the open file
        self.saved_text = ""  # the open file as it is on disk ("" while not saved yet)
        self.is_new = False
        self.problems: list[ContentError] = []
        self._declined_disk_text: str | None = None

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(DEBOUNCE_MS)
        self.check_timer.timeout.connect(self.check_text)
        self.editor.textChanged.connect(self.check_timer.start)
        self.editor.modificationChanged.connect(self._update_file_state)
        self.editor.modificationChanged.connect(self._update_publish_state)
        self.watcher = ContentWatcher(self)
        self.tree.asset_chosen.connect(self._show_asset)
        self.review_age.valueChanged.connect(self._fill_tree)
        self.learner_view.toggled.connect(self.check_text)

    @property
    def course(self) -> Course:
        """The course as the session holds it (empty until the studio is shown)."""
        return self.session.source_course if self.session is not None else Course(root=self.root)

    @property
    def is_modified(self) -> bool:
        return self.path is not None and self.editor.document().isModified()

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
        self.check_timer.stop()
        self.check_text()

    def _show_nothing(self) -> None:
        self.path, self.saved_text, self.is_new, self.problems = None, "", False, []
        self.editor.setPlainText("")
        self.editor.document().setModified(False)
        self.check_timer.stop()
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

    def check_text(self, *_args: object) -> None:
        """Check the editor's text with the rest of the course; update preview and impact."""
        if self.path is None:
            return
        text = self.editor.toPlainText()
        self.problems = authoring.check_source(self.root, self.path, text, self.cache)
        self.problems_panel.show_problems(self.root, self.problems)
        learner = self.learner_view.isChecked()
        has_errors = bool(self._own_errors()) and not learner
        if self._kind(self.path) == "lesson":
            page = studio_preview.lesson_html(self.root, self.path, text, has_errors)
        else:
            page = studio_preview.quiz_html(
                self.root, self.path, text, self.course, has_errors, learner
            )
        if is_draft_text(text) and not learner:
            page = self._draft_notice() + page
        self.preview.show_keeping_place(page)
        self._show_impact(text)

    def _draft_notice(self) -> str:
        return studio_preview.notice(
            self.tr(
                "Draft: learners do not see it until you publish it. Tick 'Preview as learner' "
                "to see it as they will."
            ),
            DRAFT_COLOUR,
            "#fef7e0",
        )

    def _own_errors(self) -> list[ContentError]:
        return [p for p in self.problems if p.path == self.path and p.severity == "error"]

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

    # -- change awareness --------------------------------------------------------------
    def _lesson_at(self, path: Path | None) -> Lesson | None:
        return next((item for item in self.course.lessons.values() if item.path == path), None)

    def _affected(self, text: str) -> int:
        """Completions of other versions than the unsaved text's (0 when nothing changed)."""
        if self.session is None or not self.can_edit:
            return 0  # read-only: the text cannot change
        if self.path is None or self._kind(self.path) != "lesson":
            return 0
        if content_version(text) == content_version(self.saved_text):
            return 0
        lesson = self._lesson_at(self.path)
        if lesson is None:
            return 0
        return self.session.affected_completions(lesson.id, text)

    def _show_impact(self, text: str) -> None:
        affected = self._affected(text)
        self.impact_label.setText(f"{FLAG} " + publishing.impact_text(affected) if affected else "")
        self.impact_label.setVisible(bool(affected))

    def _pending_lesson(self) -> tuple[Lesson, PublishPlan] | None:
        """The open lesson and the decision it awaits, when it changed outside the app."""
        lesson = None if self.is_new else self._lesson_at(self.path)
        if lesson is None or not self.can_edit or self.session is None:
            return None
        plan = self.session.pending_plan(lesson.id)
        return (lesson, plan) if plan is not None else None

    def _pending_quiz(self) -> PendingQuiz | None:
        """The open quiz, when it changed since its last publication (nobody can take it)."""
        if self.path is None or self.is_new or not self.can_edit or self.session is None:
            return None
        pending = self.session.pending_quizzes()
        return next((p for p in pending if p.quiz.path == self.path), None)

    def _open_draft(self) -> Lesson | Quiz | None:
        """The open file's draft as loaded, when it is saved as it is on disk."""
        if self.path is None or self.is_new or self.is_modified or not self.can_edit:
            return None
        return self.course.drafts.item_at(self.path)

    def _refresh_outdated(self) -> None:
        """Which translations lag a material change: read when the studio opens and after a
        publication (a file edit changes no publication), not on every change on disk."""
        self._outdated: list[OutdatedTranslation] = []
        if self.session is not None and self.course.variants:
            with contextlib.suppress(AccessDenied):  # readers see no flags
                self._outdated = self.session.outdated_translations()

    def _update_publish_state(self, *_args: object) -> None:
        """One Publish button: for a saved draft (make it live), or for a lesson changed
        outside the app (say whether a rule changed)."""
        if self._open_draft() is not None:
            self.publish_button.setText(self.tr("Publish…"))
            self.publish_button.setToolTip(
                self.tr("Make this draft visible to learners (recorded in the audit log)")
            )
            self.publish_button.setVisible(True)
            return
        if self._pending_quiz() is not None:
            self.publish_button.setText(self.tr("Publish quiz change…"))
            self.publish_button.setToolTip(
                self.tr("This quiz changed since it was published: nobody can take it until then")
            )
            self.publish_button.setVisible(True)
            return
        self.publish_button.setText(self.tr("Publish change…"))
        self.publish_button.setToolTip(
            self.tr(
                "This lesson changed outside the app since learners last saw a decided "
                "version: say whether a rule changed"
            )
        )
        self.publish_button.setVisible(self._pending_lesson() is not None)

    # -- the content tree --------------------------------------------------------------
    def _fill_tree(self, *_args: object) -> None:
        if self.session is None:
            return  # nothing to list before the studio is shown
        unsaved = self.path if self.is_new else None
        outdated = getattr(self, "_outdated", [])
        self.contents.fill(
            self.course, self.session.today(), self.watcher.content_files(), unsaved, outdated
        )
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

    # -- small helpers -----------------------------------------------------------------
    def _rewatch(self) -> None:
        self.watcher.watch(self.path)

    def _kind(self, path: Path) -> str:
        return "lesson" if path.parent.name == "lessons" else "quiz"

    def _relative(self, path: Path) -> str:
        return relative(self.root, path)
