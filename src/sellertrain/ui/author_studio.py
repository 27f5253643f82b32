"""The author studio: edit lessons and quizzes with a live preview and the course's own checks.

The preview uses the renderer the learners see; the problems are those of `sellertrain check`,
re-run on the editor's unsaved text. The content folder is watched for outside edits.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QRect, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core import authoring, frontmatter
from sellertrain.core.content import (
    ParseCache,
    content_version,
    lesson_from_text,
    load_course,
)
from sellertrain.core.models import AccessRole, ContentError, Course, Employee, Lesson, Question
from sellertrain.core.models import QuestionKind as Kind
from sellertrain.core.quiz_parser import parse_quiz_body
from sellertrain.core.render import render_lesson, render_markdown
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.store import Store
from sellertrain.ui import dialogs
from sellertrain.ui.markdown_highlighter import MarkdownHighlighter
from sellertrain.ui.publish_dialog import PublishDialog
from sellertrain.ui.style import LESSON_STYLE_SHEET
from sellertrain.ui.widgets import button, name_widget, title_label

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 300  # preview and checks wait for a pause in typing
DISK_SETTLE_MS = 150  # let an outside program finish writing before reading
FLAG = "⚑"


def _plural(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` with ``{n}`` filled in (both translated)."""
    return one if count == 1 else many.replace("{n}", str(count))


class _Gutter(QWidget):
    """The line-number strip on the left of the source editor."""

    def __init__(self, editor: SourceEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(event)


class SourceEditor(QPlainTextEdit):
    """A monospace Markdown editor with line numbers and the current line shaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        self.setFont(font)
        self.setTabStopDistance(4 * self.fontMetrics().horizontalAdvance(" "))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._scroll_gutter)
        self.cursorPositionChanged.connect(self._shade_current_line)
        self._update_margin()
        self._shade_current_line()

    def gutter_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return 16 + self.fontMetrics().horizontalAdvance("9") * digits

    def current_line(self) -> int:
        return self.textCursor().blockNumber() + 1

    def go_to_line(self, line: int, focus: bool = True) -> None:
        """Put the cursor at the start of ``line`` (1-based), centred, and focus the editor."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            block = self.document().lastBlock()
        self.setTextCursor(QTextCursor(block))
        self.centerCursor()
        if focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), QColor("#f3f4f6"))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        current = self.textCursor().blockNumber()
        height = self.fontMetrics().height()
        width = self.gutter.width() - 8
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                painter.setPen(QColor("#1f2937" if number == current else "#9ca3af"))
                painter.drawText(
                    0, top, width, height, Qt.AlignmentFlag.AlignRight, str(number + 1)
                )
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()

    def _update_margin(self, *_args: object) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()

    def _shade_current_line(self) -> None:
        selection = QTextEdit.ExtraSelection()
        shade = selection.format
        shade.setBackground(QColor("#f1f5fd"))
        shade.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.format = shade
        cursor = self.textCursor()
        cursor.clearSelection()
        selection.cursor = cursor
        self.setExtraSelections([selection])
        self.gutter.update()


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
        self._snapshot: dict[str, tuple[int, int]] = {}

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(DEBOUNCE_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.disk_timer = QTimer(self)
        self.disk_timer.setSingleShot(True)
        self.disk_timer.setInterval(DISK_SETTLE_MS)
        self.disk_timer.timeout.connect(self._disk_changed)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self.disk_timer.start)
        self.watcher.directoryChanged.connect(self.disk_timer.start)

        self._build()
        self._show_nothing()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.tree = name_widget(QTreeWidget(), "authorTree", self.tr("Lessons, quizzes and assets"))
        self.tree.setHeaderLabels([self.tr("Content"), self.tr("Reviewed")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._tree_chosen)
        self.tree.itemActivated.connect(self._tree_chosen)
        self.review_age = name_widget(
            QSpinBox(), "authorReviewAge", self.tr("Flag lessons not reviewed for this many days")
        )
        self.review_age.setRange(1, 3650)
        self.review_age.setValue(authoring.REVIEW_AGE_DAYS)
        self.review_age.setSuffix(self.tr(" days"))
        self.review_age.valueChanged.connect(self._fill_tree)
        self.review_summary = QLabel()
        self.review_summary.setObjectName("authorReviewSummary")
        self.review_summary.setWordWrap(True)

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
            QTextBrowser(), "authorPreview", self.tr("Preview as learners see it")
        )
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultStyleSheet(LESSON_STYLE_SHEET)
        self.preview.document().setDocumentMargin(20)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.anchorClicked.connect(self._preview_link)

        self.problem_summary = QLabel()
        self.problem_summary.setObjectName("authorProblemsSummary")
        self.problem_list = name_widget(
            QListWidget(), "authorProblems", self.tr("Problems found by the checks")
        )
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
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 6, 0)
        left.addWidget(self._caption(self.tr("Course content")))
        left.addWidget(self.tree, 1)
        age_row = QHBoxLayout()
        age_label = QLabel(self.tr("{flag} Review lessons older than").format(flag=FLAG))
        age_label.setBuddy(self.review_age)
        age_row.addWidget(age_label)
        age_row.addWidget(self.review_age)
        age_row.addStretch(1)
        left.addLayout(age_row)
        left.addWidget(self.review_summary)

        middle = QVBoxLayout()
        middle.setContentsMargins(6, 0, 6, 0)
        middle.addWidget(self.file_label)
        middle.addWidget(self.impact_label)
        middle.addWidget(self._framed(self.editor), 1)

        right = QVBoxLayout()
        right.setContentsMargins(6, 0, 0, 0)
        right.addWidget(self._caption(self.tr("Preview: what learners see")))
        right.addWidget(self._framed(self.preview), 1)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("authorColumns")
        for part in (left, middle, right):
            holder = QWidget()
            holder.setLayout(part)
            columns.addWidget(holder)
        columns.setStretchFactor(0, 0)
        columns.setStretchFactor(1, 1)
        columns.setStretchFactor(2, 1)
        columns.setSizes([360, 560, 500])

        bottom = QWidget()
        problems = QVBoxLayout(bottom)
        problems.setContentsMargins(0, 6, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self._caption(self.tr("Problems")))
        heading.addWidget(self.problem_summary, 1)
        problems.addLayout(heading)
        problems.addWidget(self.problem_list, 1)
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setObjectName("authorRows")
        rows.addWidget(columns)
        rows.addWidget(bottom)
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
            self.save_button,
        ):
            head.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(rows, 1)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; color: #374151;")
        return label

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
            self._select_in_tree(self.path)
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
                _plural(
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
        from sellertrain.core.quiz_writer import ImportRefused, import_question_file

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
        self.refresh_timer.stop()
        self.refresh()

    def _open_new(self, made: authoring.NewSource) -> None:
        self.is_new = True
        self._show_source(made.path.resolve(), made.text, saved="")
        log.info("new %s from the template", made.path.name)

    def _show_nothing(self) -> None:
        self.path, self.saved_text, self.is_new, self.problems = None, "", False, []
        self.editor.setPlainText("")
        self.editor.document().setModified(False)
        self.refresh_timer.stop()
        self.preview.setHtml(
            '<p style="color:#6b7280; margin-top:40px;" align="center">'
            + html.escape(self.tr("Choose a lesson or quiz in the tree, or start a new one."))
            + "</p>"
        )
        self.problem_list.clear()
        self.problem_summary.clear()
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
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(
            self._lesson_html(text) if self._kind(self.path) == "lesson" else self._quiz_html(text)
        )
        bar.setValue(position)
        self._show_impact(text)

    # -- problems ----------------------------------------------------------------------
    def _own_errors(self) -> list[ContentError]:
        return [p for p in self.problems if p.path == self.path and p.severity == "error"]

    def _show_problems(self) -> None:
        self.problem_list.clear()
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        for problem in self.problems:
            prefix = "" if problem.severity == "error" else f"{problem.severity}: "
            item = QListWidgetItem(
                f"{self._relative(problem.path)}:{problem.line}: {prefix}{problem.message}"
            )
            item.setData(PATH_ROLE, str(problem.path))
            item.setData(LINE_ROLE, problem.line)
            item.setIcon(icons.get(problem.severity, icons["warning"]))
            item.setToolTip(self.tr("Double-click to go to line {line}").format(line=problem.line))
            self.problem_list.addItem(item)
        errors = sum(p.severity == "error" for p in self.problems)
        warnings = len(self.problems) - errors
        if not self.problems:
            colour = "#137333"
            text = self.tr("✔ No problems: the course passes every check with this text.")
        else:
            colour = "#c5221f" if errors else "#b06000"
            text = (
                _plural(errors, self.tr("1 error"), self.tr("{n} errors"))
                + ", "
                + _plural(warnings, self.tr("1 warning"), self.tr("{n} warnings"))
            )
            text += " · " + self.tr("double-click a row to go to its line")
        self.problem_summary.setText(text)
        self.problem_summary.setStyleSheet(f"color: {colour};")

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        path = Path(item.data(PATH_ROLE))
        line = int(item.data(LINE_ROLE) or 1)
        if path.suffix == ".md":
            self.open_file(path, line)

    # -- preview -----------------------------------------------------------------------
    def _notice(self, text: str, colour: str = "#c5221f", background: str = "#fdecea") -> str:
        return (
            f'<table width="100%" cellpadding="8" bgcolor="{background}" '
            f'style="border: 1px solid {colour}; margin-bottom: 10px;"><tr><td>'
            f'<span style="color:{colour};">{html.escape(text)}</span></td></tr></table>'
        )

    def _lesson_html(self, text: str) -> str:
        assert self.path is not None
        assets = self.root / "assets"
        lesson, _ = lesson_from_text(self.path, text, assets, deep=False)
        if lesson is not None:
            notice = ""
            if self._own_errors():
                notice = self._notice(self.tr("This lesson has errors: see Problems below."))
            return notice + render_lesson(lesson, assets)
        notice = self._notice(
            self.tr("Learners do not see this lesson until the errors below are fixed.")
        )
        try:
            doc = frontmatter.split(text)
        except frontmatter.FrontMatterError:
            return notice + render_markdown(text, self.path.parent, assets)
        title = doc.meta.get("title")
        heading = f"<h1>{html.escape(title)}</h1>" if isinstance(title, str) else ""
        return notice + heading + render_markdown(doc.body, self.path.parent, assets)

    def _quiz_html(self, text: str) -> str:
        assert self.path is not None
        notice = ""
        if self._own_errors():
            notice = self._notice(
                self.tr("Learners do not see this quiz until the errors below are fixed.")
            )
        try:
            doc = frontmatter.split(text)
        except frontmatter.FrontMatterError as exc:
            return notice + self._notice(exc.message)
        _intro, questions, _ = parse_quiz_body(doc.body, doc.body_line)
        meta = doc.meta
        title = meta.get("title") if isinstance(meta.get("title"), str) else ""
        facts = [self._questions_text(len(questions))]
        if isinstance(meta.get("draw"), int):
            facts.append(self.tr("{n} drawn per attempt").format(n=meta["draw"]))
        if isinstance(meta.get("pass_mark"), int):
            facts.append(self.tr("pass mark {mark}%").format(mark=meta["pass_mark"]))
        if isinstance(meta.get("time_limit"), int):
            facts.append(self.tr("{m} minutes").format(m=meta["time_limit"]))
        if meta.get("shuffle", True) is not False:
            facts.append(self.tr("questions and options shuffled for each attempt"))
        parts = [
            notice,
            f"<h1>{html.escape(title)}</h1>",
            f'<p style="color:#4b5563;">{html.escape(" · ".join(facts))}</p>',
            f'<p style="color:#137333;">{html.escape(self.tr("✔ marks the correct answers (only you see the marks)."))}</p>',
        ]
        parts += [self._question_html(n, q) for n, q in enumerate(questions, start=1)]
        return "".join(parts)

    def _question_html(self, number: int, question: Question) -> str:
        assert self.path is not None
        multiple = question.kind is Kind.MULTIPLE
        hint = self.tr("Select all that apply.") if multiple else self.tr("Choose one answer.")
        rows = [f"<h3>{number}. {html.escape(question.text)}</h3>"]
        if question.context:
            rows.append(render_markdown(question.context, self.path.parent, self.root / "assets"))
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
                f'<p style="color:#374151; background-color:#f3f4f6;"><b>{self.tr("Why:")}</b> '
                f"{html.escape(question.explanation)}</p>"
            )
        if question.tests_lesson:
            rows.append(f'<p style="color:#7c3aed;">{html.escape(self._tests_text(question))}</p>')
        return (
            '<table width="98%" cellpadding="10" cellspacing="0" '
            'style="border: 1px solid #e5e7eb; margin-bottom: 12px;"><tr><td>'
            + "".join(rows)
            + "</td></tr></table>"
        )

    def _tests_text(self, question: Question) -> str:
        lesson = self.course.lessons.get(question.tests_lesson or "")
        if lesson is None:
            return self.tr("Tests: lesson '{id}'").format(id=question.tests_lesson)
        section = next((s for s in lesson.sections if s.anchor == question.tests_anchor), None)
        where = f"{lesson.title} › {section.title}" if section else lesson.title
        return self.tr("Tests: {where}").format(where=where)

    def _preview_link(self, url: QUrl) -> None:
        if not url.scheme() and url.fragment():
            self.preview.scrollToAnchor(url.fragment())

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
        return _plural(
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
        self._snapshot = self._take_snapshot()
        self._fill_tree()
        self._rewatch()

    def _fill_tree(self, *_args: object) -> None:
        self.tree.clear()
        today, limit = self.today(), self.review_age.value()
        placed: set[Path] = set()
        owner = {lesson.quiz_id: lesson.id for lesson in self.course.lessons.values()}
        by_lesson: dict[str, list] = {}
        for quiz in self.course.quizzes.values():
            lesson_id = owner.get(quiz.id) or quiz.lesson_id
            if lesson_id in self.course.lessons:
                by_lesson.setdefault(lesson_id, []).append(quiz)
        due = 0
        for module in self.course.modules:
            group = self._group(module.title)
            for lesson in module.lessons:
                item = self._file_item(group, lesson.title, lesson.path, "lesson", placed)
                age = authoring.days_since_review(lesson, today)
                if authoring.needs_review(lesson, today, limit):
                    due += 1
                    item.setText(1, f"{FLAG} {lesson.reviewed.isoformat()}")
                    item.setForeground(1, QColor("#c5221f"))
                    item.setToolTip(
                        1,
                        self.tr(
                            "Review due: last checked against the platform's rules {days} days "
                            "ago (limit {limit})."
                        ).format(days=age, limit=limit),
                    )
                else:
                    item.setText(1, lesson.reviewed.isoformat())
                    item.setForeground(1, QColor("#6b7280"))
                for quiz in by_lesson.get(lesson.id, []):
                    # "Lesson title: quiz" would repeat the lesson's line just above
                    label = (
                        self.tr("Quiz")
                        if quiz.title.startswith(lesson.title)
                        else self.tr("Quiz: {title}").format(title=quiz.title)
                    )
                    child = self._file_item(item, label, quiz.path, "quiz", placed)
                    child.setText(1, self._questions_text(len(quiz.questions)))
                    child.setForeground(1, QColor("#6b7280"))
        loose = [quiz for quiz in self.course.quizzes.values() if quiz.path not in placed]
        if loose:
            group = self._group(self.tr("Quizzes without lesson"))
            for quiz in sorted(loose, key=lambda item: item.title):
                child = self._file_item(group, quiz.title, quiz.path, "quiz", placed)
                child.setText(1, self._questions_text(len(quiz.questions)))
        broken = [path for path in self._content_files() if path not in placed]
        if broken:
            group = self._group(self.tr("Files with errors (hidden from learners)"))
            group.setForeground(0, QColor("#c5221f"))
            for path in broken:
                self._file_item(group, self._relative(path), path, "file", placed)
        if self.is_new and self.path is not None:
            group = self._group(self.tr("Not saved yet"))
            group.setForeground(0, QColor("#b06000"))
            self._file_item(group, self._relative(self.path), self.path, "file", placed)
        assets = sorted((self.root / "assets").glob("*")) if (self.root / "assets").is_dir() else []
        group = self._group(self.tr("Assets"))
        for path in assets:
            if path.is_file() and not path.name.startswith("."):
                self._file_item(group, path.name, path, "asset", placed)
        group.setExpanded(False)
        self.review_summary.setText(
            _plural(
                due, self.tr("1 lesson due for review."), self.tr("{n} lessons due for review.")
            )
            if due
            else ""
        )
        self.review_summary.setStyleSheet("color: #c5221f;")
        self._select_in_tree(self.path)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        font = item.font(0)
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(0, font)
        item.setData(0, KIND_ROLE, "group")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        return item

    def _file_item(
        self, parent: QTreeWidgetItem, text: str, path: Path, kind: str, placed: set[Path]
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, PATH_ROLE, str(path))
        item.setData(0, KIND_ROLE, kind)
        item.setToolTip(0, f"{text}\n{self._relative(path)}")
        item.setExpanded(True)
        placed.add(path)
        return item

    def _select_in_tree(self, path: Path | None) -> None:
        self.tree.blockSignals(True)
        self.tree.clearSelection()
        found = self.tree_item(path) if path is not None else None
        if found is not None:
            self.tree.setCurrentItem(found)
        self.tree.blockSignals(False)

    def tree_item(self, path: Path) -> QTreeWidgetItem | None:
        """The tree item of a file (lesson, quiz, broken file or asset), if shown."""
        wanted = str(Path(path).resolve())
        for item in self._tree_items():
            if item.data(0, PATH_ROLE) == wanted:
                return item
        return None

    def _tree_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            found.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def _tree_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind in ("lesson", "quiz", "file"):
            self.open_file(Path(item.data(0, PATH_ROLE)))
        elif kind == "asset":
            source = Path(item.data(0, PATH_ROLE))
            self.preview.setHtml(
                f"<h2>{html.escape(source.name)}</h2>"
                f'<p><img src="{html.escape(source.as_uri())}" /></p>'
                f'<p style="color:#6b7280;">![…](../assets/{html.escape(source.name)})</p>'
            )

    def _current_module(self) -> str:
        item = self.tree.currentItem()
        path = Path(item.data(0, PATH_ROLE)) if item and item.data(0, PATH_ROLE) else self.path
        lesson = next((x for x in self.course.lessons.values() if x.path == path), None)
        if lesson is not None:
            return lesson.module
        modules = self.course.modules
        return modules[0].title if modules else ""

    # -- the disk ----------------------------------------------------------------------
    def _content_files(self) -> list[Path]:
        return [
            path
            for folder in (self.root / "lessons", self.root / "quizzes")
            if folder.is_dir()
            for path in sorted(folder.glob("*.md"))
        ]

    def _take_snapshot(self) -> dict[str, tuple[int, int]]:
        snapshot: dict[str, tuple[int, int]] = {}
        assets = self.root / "assets"
        for path in [*self._content_files(), *(assets.glob("*") if assets.is_dir() else [])]:
            try:
                stat = path.stat()
            except OSError:
                continue
            snapshot[str(path)] = (stat.st_mtime_ns, stat.st_size)
        return snapshot

    def _rewatch(self) -> None:
        folders = [self.root / name for name in ("lessons", "quizzes", "assets")]
        wanted = [str(path) for path in [*folders, *self._content_files()] if path.exists()]
        if self.path is not None and self.path.exists():
            wanted.append(str(self.path))
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [path for path in dict.fromkeys(wanted) if path not in watched]
        if missing:
            self.watcher.addPaths(missing)

    def _disk_changed(self) -> None:
        """Something changed in the content folder: reload what changed, tell the app."""
        self._rewatch()
        changed = False
        snapshot = self._take_snapshot()
        if snapshot != self._snapshot:
            self.course = load_course(self.root, deep=False)
            self._snapshot = snapshot
            self._fill_tree()
            changed = True
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
    def _questions_text(self, count: int) -> str:
        return _plural(count, self.tr("1 question"), self.tr("{n} questions"))

    def _kind(self, path: Path) -> str:
        return "lesson" if path.parent.name == "lessons" else "quiz"

    def _relative(self, path: Path) -> str:
        try:
            return Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing a window that holds the studio asks about unsaved changes first."""
        if not self.maybe_leave():
            event.ignore()
            return
        # a closed studio reads no files and no records until it is shown again
        self.refresh_timer.stop()
        self.disk_timer.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        self._rewatch()
        super().showEvent(event)
