"""The team view's Questions tab: how each quiz question was answered, and the sections missed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.reports.team import QuestionStats, SectionStats
from sellertrain.core.reports.weak_spots import MIN_ANSWERS_TO_RANK
from sellertrain.core.session import Session
from sellertrain.ui.grid_export import export_button
from sellertrain.ui.team.retrain_panel import RetrainPanel
from sellertrain.ui.widgets import name_widget, readonly_table

ALL = None


class QuestionAnalysisTab(QWidget):
    """A quiz chooser over the question analysis, and the lesson sections answers missed;
    selecting a question or a section lists who missed it, to assign them retraining."""

    changed = Signal()  # retraining was assigned

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._weakest: list[tuple[str, QuestionStats]] = []
        self._shown: list[QuestionStats] = []
        self._sections: list[SectionStats] = []
        self.quiz_choice = name_widget(QComboBox(), "analysisQuiz", self.tr("Quiz to analyse"))
        self.quiz_choice.currentIndexChanged.connect(self._show_analysis)
        self.analysis_note = QLabel()
        self.analysis_note.setObjectName("analysisNote")
        self.analysis_note.setWordWrap(True)
        self.analysis = readonly_table(
            "analysisTable",
            self.tr("Question analysis"),
            [
                self.tr("Question"),
                self.tr("Answers"),
                self.tr("Correct"),
                self.tr("Most chosen wrong answer"),
                self.tr("Section tested"),
                self.tr("Discrimination"),
            ],
            single_selection=True,
        )
        header_item = self.analysis.horizontalHeaderItem(5)
        if header_item is not None:
            header_item.setToolTip(
                self.tr(
                    "How well the question separates those who know from those who do not: "
                    "the correlation of getting it right with the rest of the score (0.3 and "
                    "up is good; near 0 or below, look at the question). Shown from 20 attempts."
                )
            )
        self.analysis.itemSelectionChanged.connect(self._question_selected)
        self.retrain = RetrainPanel("retrain")
        self.retrain.assigned.connect(self.changed)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Quiz")))
        row.addWidget(self.quiz_choice, 1)
        layout.addLayout(row)
        self.export_questions = export_button(
            self, self.analysis, "questions", self.tr("Export the question analysis")
        )
        note_row = QHBoxLayout()
        note_row.addWidget(self.analysis_note, 1)
        note_row.addWidget(self.export_questions)
        layout.addLayout(note_row)
        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addWidget(self.analysis, 2)
        self.sections_note = QLabel(
            self.tr("Lesson sections by the share of answers that missed them (all quizzes):")
        )
        self.sections_note.setWordWrap(True)
        self.sections_table = readonly_table(
            "sectionAnalysisTable",
            self.tr("Misses per lesson section"),
            [self.tr("Section"), self.tr("Missed"), self.tr("Answers"), self.tr("Questions")],
            single_selection=True,
        )
        self.sections_table.itemSelectionChanged.connect(self._section_selected)
        self.export_sections = export_button(
            self, self.sections_table, "sections", self.tr("Export the misses per section")
        )
        sections_row = QHBoxLayout()
        sections_row.addWidget(self.sections_note, 1)
        sections_row.addWidget(self.export_sections)
        tables_layout.addLayout(sections_row)
        tables_layout.addWidget(self.sections_table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(tables)
        split.addWidget(self.retrain)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

    def show_for(self, session: Session) -> None:
        """Offer the course's quizzes and show the team's answers to them."""
        self.session = session
        current = self.quiz_choice.currentData()
        self.quiz_choice.blockSignals(True)
        self.quiz_choice.clear()
        self.quiz_choice.addItem(self.tr("All quizzes: the questions missed most"), ALL)
        for quiz in sorted(session.course.quizzes.values(), key=lambda q: q.title):
            self.quiz_choice.addItem(quiz.title, quiz.id)
        self.quiz_choice.setCurrentIndex(max(self.quiz_choice.findData(current), 0))
        self.quiz_choice.blockSignals(False)
        self._weakest, sections = session.question_overview(15)
        self._show_analysis()
        self._show_sections(sections)

    def refresh(self) -> None:
        """Read the answers again from the session last shown."""
        if self.session is not None:
            self.show_for(self.session)

    def _show_sections(self, stats: list[SectionStats]) -> None:
        self._sections = stats
        self.sections_table.setRowCount(len(stats))
        for row, item in enumerate(stats):
            missed = f"{100 * (item.share_missed or 0):.0f}%"
            texts = [item.title, missed, str(item.answers), str(item.questions)]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(
                    self.tr("{missed} of answers miss the section on {title}").format(
                        missed=missed, title=item.title
                    )
                )
                self.sections_table.setItem(row, column, cell)
        header = self.sections_table.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _show_analysis(self) -> None:
        if self.session is None:
            return
        quiz_id = self.quiz_choice.currentData()
        if quiz_id is None:
            stats = [item for _quiz, item in self._weakest]
            self.analysis_note.setText(
                self.tr(
                    "The questions with the lowest share of correct answers, over all quizzes "
                    "(among those with at least {n} answers)."
                ).format(n=MIN_ANSWERS_TO_RANK)
                if stats
                else self.tr(
                    "No question has {n} answers yet: choose a quiz to see each of its questions."
                ).format(n=MIN_ANSWERS_TO_RANK)
            )
        else:
            analysis = self.session.question_analysis(quiz_id)
            stats = list(analysis.questions)
            self.analysis_note.setText(
                self.tr("{n} answers to the current version of this quiz.").format(
                    n=analysis.attempts
                )
            )
        self._shown = stats
        self.retrain.clear()
        self.analysis.setRowCount(len(stats))
        for row, item in enumerate(stats):
            share = f"{100 * item.share_correct:.0f}%" if item.share_correct is not None else "–"
            wrong = (
                f"{item.most_chosen_wrong} ({item.most_chosen_wrong_count})"
                if item.most_chosen_wrong
                else "–"
            )
            section = self._section_title(item.tests_lesson, item.tests_anchor)
            separates = f"{item.discrimination:.2f}" if item.discrimination is not None else "–"
            texts = [item.text, str(item.answers), share, wrong, section, separates]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.analysis.setItem(row, column, cell)
        header = self.analysis.horizontalHeader()
        for column in (0, 3, 4):  # the long texts share the width; tooltips show them whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _question_selected(self) -> None:
        rows = {index.row() for index in self.analysis.selectedIndexes()}
        if self.session is None or len(rows) != 1:
            return
        stats = self._shown[rows.pop()]
        lessons = self._lessons_for(stats)
        people = self.session.missed_question(stats.question_id)
        self.retrain.show_people(
            self.session,
            self.tr("{n} whose latest answer to “{question}” was wrong:").format(
                n=len(people), question=stats.text
            ),
            people,
            lessons,
        )

    def _lessons_for(self, stats: QuestionStats) -> list[tuple[str, str]]:
        """The lesson a question tests (else its quiz's lesson), as (id, title)."""
        assert self.session is not None
        course = self.session.course
        lesson_id = stats.tests_lesson
        if lesson_id is None:
            quiz = next(
                (
                    q
                    for q in course.quizzes.values()
                    if any(x.id == stats.question_id for x in q.questions)
                ),
                None,
            )
            lesson_id = quiz.lesson_id if quiz else None
        lesson = course.lessons.get(lesson_id or "")
        return [(lesson.id, self._section_title(lesson.id, stats.tests_anchor))] if lesson else []

    def _section_selected(self) -> None:
        rows = {index.row() for index in self.sections_table.selectedIndexes()}
        if self.session is None or len(rows) != 1:
            return
        section = self._sections[rows.pop()]
        people = self.session.missed_section(section.lesson_id, section.anchor)
        self.retrain.show_people(
            self.session,
            self.tr("{n} whose latest answer on “{title}” was wrong:").format(
                n=len(people), title=section.title
            ),
            people,
            [(section.lesson_id, section.title)],
        )

    def _section_title(self, lesson_id: str | None, anchor: str | None) -> str:
        """'Lesson title › Section title' for the section a question tests."""
        lesson = self.session.course.lessons.get(lesson_id or "") if self.session else None
        if lesson is None:
            return ""
        section = next((s.title for s in lesson.sections if s.anchor == anchor), "")
        return f"{lesson.title} › {section}" if section else lesson.title
