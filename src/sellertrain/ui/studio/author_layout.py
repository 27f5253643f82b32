"""The author studio's widgets and their places: tree, editor, preview, problems and buttons.

`AuthorLayout` builds and lays out the panes only; `AuthorScreen` (author_studio) connects them
and runs opening, saving and publishing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sellertrain.ui.studio.common import caption
from sellertrain.ui.studio.markdown_highlighter import MarkdownHighlighter
from sellertrain.ui.studio.preview import PreviewPane
from sellertrain.ui.studio.problems import ProblemsPanel
from sellertrain.ui.studio.source_editor import SourceEditor
from sellertrain.ui.studio.tree import ContentPanel
from sellertrain.ui.widgets import button, name_widget, title_label

IMPACT_STYLE = (
    "background: #fef7e0; border: 1px solid #f3d08a; border-radius: 4px;"
    " padding: 6px 8px; color: #7a4a00;"
)


class AuthorLayout(QWidget):
    """The studio's panes and buttons, built in code and laid out in splitters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorScreen")
        self.contents = ContentPanel()
        self.tree, self.review_age = self.contents.tree, self.contents.review_age
        self.review_summary = self.contents.review_summary

        self.file_label = QLabel()
        self.file_label.setObjectName("authorFile")
        self.file_label.setTextFormat(Qt.TextFormat.RichText)
        self.impact_label = QLabel()
        self.impact_label.setObjectName("authorImpact")
        self.impact_label.setWordWrap(True)
        self.impact_label.setStyleSheet(IMPACT_STYLE)
        self.impact_label.hide()
        self.editor = name_widget(SourceEditor(), "authorEditor", self.tr("Markdown source"))
        self.highlighter = MarkdownHighlighter(self.editor.document())
        self.preview = name_widget(
            PreviewPane(), "authorPreview", self.tr("Preview as learners see it")
        )
        self.learner_view = name_widget(
            QCheckBox(self.tr("Preview as learner")),
            "authorLearnerView",
            self.tr("Show the preview exactly as learners see it"),
        )
        self.learner_view.setToolTip(
            self.tr(
                "Show the file as the learners' lesson and quiz screens do: no answers, "
                "weights, feedback or notes"
            )
        )
        self.problems_panel = ProblemsPanel()
        self.problem_list = self.problems_panel.list
        self.problem_summary = self.problems_panel.summary
        self._build_buttons()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("screenSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)  # it may name a folder
        self._lay_out()

    def _build_buttons(self) -> None:
        self.new_lesson_button = button(self.tr("New lesson"), "authorNewLesson")
        self.new_quiz_button = button(self.tr("New quiz"), "authorNewQuiz")
        self.image_button = button(self.tr("Insert image…"), "authorInsertImage")
        self.reload_button = button(self.tr("Reload"), "authorReload")
        self.import_button = button(self.tr("Import GIFT/Aiken…"), "authorImport")
        self.import_button.setToolTip(
            self.tr("Convert a Moodle GIFT or Aiken question file into quiz files")
        )
        self.publish_button = button(self.tr("Publish change…"), "authorPublish")
        self.publish_button.setToolTip(
            self.tr(
                "This lesson changed outside the app since learners last saw a decided "
                "version: say whether a rule changed"
            )
        )
        self.publish_button.hide()
        self.save_button = button(self.tr("Save"), "authorSave", primary=True)
        self.save_button.setToolTip(self.tr("Save the file (Ctrl+S)"))
        self.reload_button.setToolTip(self.tr("Read the content folder again from disk"))
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setObjectName("authorSaveAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)

    def _lay_out(self) -> None:
        middle = QVBoxLayout()
        middle.setContentsMargins(6, 0, 6, 0)
        middle.addWidget(self.file_label)
        middle.addWidget(self.impact_label)
        middle.addWidget(self._framed(self.editor), 1)

        right = QVBoxLayout()
        right.setContentsMargins(6, 0, 0, 0)
        preview_head = QHBoxLayout()
        preview_head.addWidget(caption(self.tr("Preview: what learners see")), 1)
        preview_head.addWidget(self.learner_view)
        right.addLayout(preview_head)
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
