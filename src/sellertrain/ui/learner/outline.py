"""Home: the course outline with each lesson's status, overall progress and 'continue'."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.session import Session
from sellertrain.core.training.progress import CourseProgress, LessonState, LessonStatus
from sellertrain.ui.learner.assigned_list import AssignedList, local_date
from sellertrain.ui.style import STATUS_COLOURS
from sellertrain.ui.widgets import button, format_duration, name_widget, title_label

LESSON_ROLE = Qt.ItemDataRole.UserRole
QUIZ_ROLE = Qt.ItemDataRole.UserRole + 1


class HomeBanner(QWidget):
    """A notice on the home screen that decides itself whether to show: a feature's banner
    overrides ``refresh`` to fill itself from ``self.session`` and show when it has
    something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None

    def show_for(self, session: Session) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Nothing to say by default: stay hidden."""
        self.hide()


class OutlineScreen(QWidget):
    open_lesson = Signal(str)
    start_quiz = Signal(str)
    show_changes = Signal(str)  # lesson id: what changed since the employee read it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.progress: CourseProgress | None = None
        self._continue_id: str | None = None

        self.greeting = title_label("")
        self.progress_bar = name_widget(
            QProgressBar(), "outlineProgress", self.tr("Course progress")
        )
        self.progress_bar.setRange(0, 100)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("screenSubtitle")
        self.continue_button = button(self.tr("Continue"), "continueButton", primary=True)
        self.continue_button.clicked.connect(self._continue)

        self.assigned = AssignedList()
        self.assigned.open_lesson.connect(self.open_lesson)
        self.assigned.hide()

        self.refresh_banner = QFrame()
        self.refresh_banner.setObjectName("banner")
        banner_layout = QVBoxLayout(self.refresh_banner)
        self.refresh_label = QLabel()
        self.refresh_label.setObjectName("refreshBanner")
        self.refresh_label.setWordWrap(True)
        banner_layout.addWidget(self.refresh_label)
        self.refresh_buttons = QHBoxLayout()
        banner_layout.addLayout(self.refresh_buttons)

        self.tree = name_widget(QTreeWidget(), "outlineTree", self.tr("Course outline"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Lesson"), self.tr("Status"), self.tr("Reading time"), self.tr("Required")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.greeting)
        heading.addWidget(self.progress_label)
        top.addLayout(heading, 1)
        top.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.assigned)
        layout.addWidget(self.refresh_banner)
        self.notices = QVBoxLayout()  # banners of other features (see add_banner)
        layout.addLayout(self.notices)
        layout.addWidget(self.tree, 1)
        self._banners: list[HomeBanner] = []

    def _show_refresh(self, stale: list[LessonState]) -> None:
        """ "Updated rules to review": one button per changed lesson, to see what changed."""
        self.refresh_banner.setVisible(bool(stale))
        while self.refresh_buttons.count():
            item = self.refresh_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not stale:
            return
        self.refresh_label.setText(
            self.tr(
                "Updated rules to review: the rules in %n lesson(s) you completed have "
                "changed. See what changed, then answer a short re-check.",
                "",
                len(stale),
            )
        )
        for state in stale:
            lesson_id = state.lesson.id
            changes = button(
                self.tr("What changed: {title}").format(title=state.lesson.title),
                f"changes-{lesson_id}",
            )
            changes.clicked.connect(lambda _=False, i=lesson_id: self.show_changes.emit(i))
            self.refresh_buttons.addWidget(changes)
        self.refresh_buttons.addStretch(1)

    def add_banner(self, banner: HomeBanner) -> None:
        """Show a feature's notice above the outline; refreshed on every ``show_for``."""
        self._banners.append(banner)
        self.notices.addWidget(banner)

    def show_for(self, session: Session) -> None:
        """Fill the outline with the signed-in employee's current progress."""
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Reload the progress (and the banners) from the session last shown for."""
        session = self.session
        if session is None:
            return
        self.progress = progress = session.progress()
        first_name = session.employee.name.split()[0]
        self.greeting.setText(self.tr("Hello, {name}").format(name=first_name))
        counted = progress.counted
        self.progress_bar.setValue(progress.percent)
        self.progress_bar.setFormat(f"{progress.percent}%")
        if counted:
            text = self.tr("{done} of {total} required lessons done ({percent}%)").format(
                done=progress.done_count, total=len(counted), percent=progress.percent
            )
        else:
            text = self.tr("Nothing is required of you yet: every lesson is optional.")
        self.progress_label.setText(text)
        self.assigned.show_standing(session.course, progress.standing, session.today())
        target = progress.continue_lesson()
        self._continue_id = target.id if target else None
        self.continue_button.setVisible(target is not None)
        if target is not None:
            label = (
                self.tr("Continue: {title}")
                if any(s.last_opened for s in progress.states)
                else self.tr("Start: {title}")
            )
            self.continue_button.setText(label.format(title=target.title))
        self._show_refresh(progress.needing_refresh)
        self._fill_tree(session, progress)
        for banner in self._banners:
            banner.show_for(session)

    def _fill_tree(self, session: Session, progress: CourseProgress) -> None:
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        course = session.course
        for module in course.modules:
            module_item = QTreeWidgetItem([module.title, "", "", ""])
            module_item.setFont(0, bold)
            module_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            done = 0
            for lesson in module.lessons:
                state = progress.state(lesson.id)
                if state is None:
                    continue
                done += state.done
                status = state.status
                item = QTreeWidgetItem(
                    [
                        lesson.title,
                        self._status_text(status),
                        self.tr("{n} min").format(n=lesson.minutes),
                        self._required_text(state),
                    ]
                )
                item.setData(0, LESSON_ROLE, lesson.id)
                item.setToolTip(0, lesson.summary)
                item.setForeground(1, QBrush(QColor(STATUS_COLOURS[status.value])))
                if state.seconds:
                    item.setToolTip(
                        2,
                        self.tr("You have read it for {t}").format(
                            t=format_duration(state.seconds)
                        ),
                    )
                module_item.addChild(item)
            module_item.setText(
                1,
                self.tr("{done} of {total} done").format(done=done, total=module_item.childCount()),
            )
            self.tree.addTopLevelItem(module_item)
        assessments = [q for q in course.quizzes.values() if q.lesson_id is None]
        if assessments:
            group = QTreeWidgetItem([self.tr("Assessments"), "", "", ""])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            passed = {a.quiz_id for a in session.attempts() if a.passed}
            for quiz in sorted(assessments, key=lambda q: q.title):
                item = QTreeWidgetItem(
                    [
                        quiz.title,
                        self.tr("passed") if quiz.id in passed else self.tr("not passed yet"),
                        self.tr("{n} questions").format(n=quiz.size),
                        "",
                    ]
                )
                item.setData(0, QUIZ_ROLE, quiz.id)
                group.addChild(item)
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()

    def _required_text(self, state: LessonState) -> str:
        if state.due is not None and not state.done:
            return self.tr("Due {date}").format(date=local_date(state.due))
        return self.tr("Required") if state.required else ""

    def _status_text(self, status: LessonStatus) -> str:
        texts = {
            LessonStatus.NOT_STARTED: self.tr("Not started"),
            LessonStatus.IN_PROGRESS: self.tr("In progress"),
            LessonStatus.COMPLETED: self.tr("Completed"),
            LessonStatus.QUIZ_PASSED: self.tr("Quiz passed"),
            LessonStatus.NEEDS_REFRESH: self.tr("Needs refresh"),
        }
        return texts[status]

    def lesson_item(self, lesson_id: str) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            module = self.tree.topLevelItem(top)
            if module is None:
                continue
            for row in range(module.childCount()):
                child = module.child(row)
                if child is not None and child.data(0, LESSON_ROLE) == lesson_id:
                    return child
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, LESSON_ROLE):
            self.open_lesson.emit(item.data(0, LESSON_ROLE))
        elif item.data(0, QUIZ_ROLE):
            self.start_quiz.emit(item.data(0, QUIZ_ROLE))

    def _continue(self) -> None:
        if self._continue_id:
            self.open_lesson.emit(self._continue_id)
