"""The author studio's content tree: lessons by module with their quizzes, broken files, assets.

Drafts are listed where they will go, with a *Draft* badge in the second column.

Lessons not reviewed within the chosen number of days are flagged in the Reviewed column;
`ContentPanel` is the studio's left column: the tree, that number of days and how many are due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.content import authoring
from sellertrain.core.models import Course, Lesson, Quiz
from sellertrain.core.training.translations import OutdatedTranslation
from sellertrain.ui.studio.common import FLAG, caption, questions_text, relative
from sellertrain.ui.widgets import name_widget

PATH_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a draft's item
DRAFT_COLOUR = "#b06000"


class ContentTree(QTreeWidget):
    """The course's files as a tree; choosing one emits `file_chosen` or `asset_chosen`."""

    file_chosen = Signal(object)  # the Path of a lesson, quiz or broken file
    asset_chosen = Signal(object)  # the Path of a file in assets/

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = Path()  # the content folder of the course last shown
        name_widget(self, "authorTree", self.tr("Lessons, quizzes and assets"))
        self.setHeaderLabels([self.tr("Content"), self.tr("Reviewed")])
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def fill(
        self,
        course: Course,
        today: dt.date,
        limit: int,
        content_files: list[Path],
        unsaved: Path | None = None,
        outdated: Sequence[OutdatedTranslation] = (),
    ) -> int:
        """Show ``course`` (and an ``unsaved`` new file); return how many lessons are due for review.

        ``content_files`` are the Markdown files on disk: those the course did not load are
        listed as files with errors. A lesson is due when not reviewed for ``limit`` days.
        Language variants are listed under their original; ``outdated`` flags the texts a
        material change in another language left behind.
        """
        self.clear()
        self.root = Path(course.root).resolve()
        placed: set[Path] = set()
        drafts = course.drafts
        lessons = sorted(
            [*course.lessons.values(), *drafts.lessons.values()], key=lambda x: (x.order, x.id)
        )
        quizzes = [*course.quizzes.values(), *drafts.quizzes.values()]
        known = {lesson.id for lesson in lessons}
        owner = {lesson.quiz_id: lesson.id for lesson in lessons}
        by_lesson: dict[str, list[Quiz]] = {}
        for quiz in quizzes:
            lesson_id = owner.get(quiz.id) or quiz.lesson_id
            if lesson_id in known:
                by_lesson.setdefault(lesson_id, []).append(quiz)
        modules: dict[str, QTreeWidgetItem] = {}
        due = 0
        for lesson in lessons:
            if lesson.module not in modules:
                modules[lesson.module] = self._group(lesson.module)
            item = self._file_item(
                modules[lesson.module], lesson.title, lesson.path, "lesson", placed
            )
            if lesson.draft:
                self._draft_badge(item)
            else:
                due += self._show_review(item, lesson, today, limit)
            for quiz in by_lesson.get(lesson.id, []):
                # "Lesson title: quiz" would repeat the lesson's line just above
                label = (
                    self.tr("Quiz")
                    if quiz.title.startswith(lesson.title)
                    else self.tr("Quiz: {title}").format(title=quiz.title)
                )
                child = self._file_item(item, label, quiz.path, "quiz", placed)
                self._quiz_column(child, quiz)
        self._variants(course, placed, outdated)
        loose = [quiz for quiz in quizzes if quiz.path not in placed]
        if loose:
            group = self._group(self.tr("Quizzes without lesson"))
            for quiz in sorted(loose, key=lambda item: item.title):
                child = self._file_item(group, quiz.title, quiz.path, "quiz", placed)
                self._quiz_column(child, quiz)
        broken = [path for path in content_files if path not in placed]
        if broken:
            group = self._group(self.tr("Files with errors (hidden from learners)"))
            group.setForeground(0, QColor("#c5221f"))
            for path in broken:
                self._file_item(group, relative(self.root, path), path, "file", placed)
        if unsaved is not None:
            group = self._group(self.tr("Not saved yet"))
            group.setForeground(0, QColor("#b06000"))
            self._file_item(group, relative(self.root, unsaved), unsaved, "file", placed)
        assets_dir = self.root / "assets"
        assets = sorted(assets_dir.glob("*")) if assets_dir.is_dir() else []
        group = self._group(self.tr("Assets"))
        for path in assets:
            if path.is_file() and not path.name.startswith("."):
                self._file_item(group, path.name, path, "asset", placed)
        group.setExpanded(False)
        return due

    def _variants(
        self, course: Course, placed: set[Path], outdated: Sequence[OutdatedTranslation]
    ) -> None:
        """Each language variant as a child of its original; out-of-date texts flagged."""
        lagging = {(o.lesson_id, o.lang): o for o in outdated}
        for lang, variants in sorted(course.variants.items()):
            items: list[Lesson | Quiz] = [*variants.lessons.values(), *variants.quizzes.values()]
            for variant in items:
                parent = (
                    self.item_for(course.lessons[variant.id].path)
                    if isinstance(variant, Lesson)
                    else self.item_for(course.quizzes[variant.id].path)
                )
                if parent is None:
                    continue
                # short: the original's line above names the lesson
                label = self.tr("Translation: {lang}").format(lang=lang)
                kind = "lesson" if isinstance(variant, Lesson) else "quiz"
                child = self._file_item(parent, label, variant.path, kind, placed)
                child.setToolTip(0, variant.title)
                if isinstance(variant, Lesson):
                    self._flag_outdated(child, lagging.get((variant.id, lang)))
        for (lesson_id, lang), item in lagging.items():
            if not lang and lesson_id in course.lessons:
                found = self.item_for(course.lessons[lesson_id].path)
                if found is not None:
                    self._flag_outdated(found, item)

    def _flag_outdated(self, item: QTreeWidgetItem, lag: OutdatedTranslation | None) -> None:
        if lag is None:
            return
        item.setText(1, "{} {}".format(FLAG, self.tr("translation out of date")))
        item.setForeground(1, QColor("#c5221f"))
        item.setToolTip(
            1,
            self.tr(
                "Sections changed materially in {other} on {date} and not yet published in "
                "this language: {anchors}"
            ).format(
                other=lag.changed_in or self.tr("the original"),
                date=lag.since[:10],
                anchors=", ".join(lag.anchors),
            ),
        )

    def select(self, path: Path | None) -> None:
        """Make the item of ``path`` current (none if None), without emitting a choice."""
        self.blockSignals(True)
        self.clearSelection()
        found = self.item_for(path) if path is not None else None
        if found is not None:
            self.setCurrentItem(found)
        self.blockSignals(False)

    def item_for(self, path: Path) -> QTreeWidgetItem | None:
        """The tree item of a file (lesson, quiz, broken file or asset), if shown."""
        wanted = str(Path(path).resolve())
        for item in self.all_items():
            if item.data(0, PATH_ROLE) == wanted:
                return item
        return None

    def all_items(self) -> list[QTreeWidgetItem]:
        """Every item, groups included, from top to bottom."""
        found: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is None:  # Qt's None for an index out of range: none is asked for here
                continue
            found.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def current_path(self) -> Path | None:
        """The file of the current item, None for a group or no current item."""
        item = self.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item and item.data(0, PATH_ROLE) else None

    def _show_review(
        self, item: QTreeWidgetItem, lesson: Lesson, today: dt.date, limit: int
    ) -> bool:
        """The Reviewed column of one lesson; True when it is due for review."""
        if lesson.reviewed is None:
            item.setText(1, FLAG + " " + self.tr("never"))
            item.setForeground(1, QColor("#c5221f"))
            item.setToolTip(
                1,
                self.tr(
                    "Not yet checked against the platform's own rule pages: its "
                    "'reviewed' date is empty."
                ),
            )
            return True
        if authoring.needs_review(lesson, today, limit):
            age = authoring.days_since_review(lesson, today)
            item.setText(1, f"{FLAG} {lesson.reviewed.isoformat()}")
            item.setForeground(1, QColor("#c5221f"))
            item.setToolTip(
                1,
                self.tr(
                    "Review due: last checked against the platform's rules {days} days "
                    "ago (limit {limit})."
                ).format(days=age, limit=limit),
            )
            return True
        item.setText(1, lesson.reviewed.isoformat())
        item.setForeground(1, QColor("#6b7280"))
        return False

    def _draft_badge(self, item: QTreeWidgetItem, text: str = "") -> None:
        """Mark a draft: learners do not see it until it is published."""
        item.setText(1, text or self.tr("Draft"))
        item.setForeground(1, QColor(DRAFT_COLOUR))
        font = item.font(1)
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(1, font)
        item.setData(0, DRAFT_ROLE, True)
        item.setToolTip(
            1, self.tr("Draft: learners do not see it until you publish it (Publish…).")
        )

    def _quiz_column(self, item: QTreeWidgetItem, quiz: Quiz) -> None:
        count = questions_text(len(quiz.questions))
        if quiz.draft:
            self._draft_badge(item, self.tr("Draft · {count}").format(count=count))
        else:
            item.setText(1, count)
            item.setForeground(1, QColor("#6b7280"))

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
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
        item.setToolTip(0, f"{text}\n{relative(self.root, path)}")
        item.setExpanded(True)
        placed.add(path)
        return item

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind in ("lesson", "quiz", "file"):
            self.file_chosen.emit(Path(item.data(0, PATH_ROLE)))
        elif kind == "asset":
            self.asset_chosen.emit(Path(item.data(0, PATH_ROLE)))


class ContentPanel(QWidget):
    """The tree with the review age below it and how many lessons are due for review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = ContentTree()
        self.review_age = name_widget(
            QSpinBox(), "authorReviewAge", self.tr("Flag lessons not reviewed for this many days")
        )
        self.review_age.setRange(1, 3650)
        self.review_age.setValue(authoring.REVIEW_AGE_DAYS)
        self.review_age.setSuffix(self.tr(" days"))
        self.review_summary = QLabel()
        self.review_summary.setObjectName("authorReviewSummary")
        self.review_summary.setWordWrap(True)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(caption(self.tr("Course content")))
        column.addWidget(self.tree, 1)
        age_row = QHBoxLayout()
        age_label = QLabel(self.tr("{flag} Review lessons older than").format(flag=FLAG))
        age_label.setBuddy(self.review_age)
        age_row.addWidget(age_label)
        age_row.addWidget(self.review_age)
        age_row.addStretch(1)
        column.addLayout(age_row)
        column.addWidget(self.review_summary)

    def fill(
        self,
        course: Course,
        today: dt.date,
        content_files: list[Path],
        unsaved: Path | None = None,
        outdated: Sequence[OutdatedTranslation] = (),
    ) -> None:
        """Fill the tree (see `ContentTree.fill`) and say how many lessons are due for review."""
        due = self.tree.fill(
            course, today, self.review_age.value(), content_files, unsaved, outdated
        )
        self.review_summary.setText(self.tr("%n lesson(s) due for review.", "", due) if due else "")
        self.review_summary.setStyleSheet("color: #c5221f;")
