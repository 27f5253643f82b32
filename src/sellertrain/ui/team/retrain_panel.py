"""Who missed it, and "Assign retraining" in one step: the people behind a weak question,
section or risk area, each selected, and the lesson to retake within N days."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sellertrain.core.models import Employee
from sellertrain.core.session import AccessDenied, Session, StoreError
from sellertrain.ui import dialogs
from sellertrain.ui.translations import error_text
from sellertrain.ui.widgets import button, name_widget

ID_ROLE = Qt.ItemDataRole.UserRole


class RetrainPanel(QWidget):
    """People to retrain and the lesson to assign them; ``assigned`` after assigning."""

    assigned = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.heading = QLabel(self.tr("Select a row to see who missed it."))
        self.heading.setObjectName(f"{name}Heading")
        self.heading.setWordWrap(True)
        self.people = name_widget(QListWidget(), f"{name}People", self.tr("People to retrain"))
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lesson = name_widget(QComboBox(), f"{name}Lesson", self.tr("Lesson to retake"))
        self.days = name_widget(QSpinBox(), f"{name}Days", self.tr("Days to finish"))
        self.days.setRange(1, 365)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.assign_button = button(self.tr("Assign retraining"), f"{name}Assign", primary=True)
        self.assign_button.clicked.connect(self.assign)
        self.assign_button.setEnabled(False)
        self.lesson.setMinimumContentsLength(12)
        self.lesson.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("due in")))
        row.addWidget(self.days)
        row.addStretch(1)
        row.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.lesson)
        layout.addLayout(row)

    def show_people(
        self,
        session: Session,
        heading: str,
        people: list[Employee],
        lessons: list[tuple[str, str]],
        notes: dict[str, str] | None = None,
    ) -> None:
        """List ``people`` (all selected) and offer ``lessons`` as (lesson id, title)."""
        self.session = session
        self.heading.setText(heading)
        self.people.clear()
        for employee in people:
            text = employee.name
            if notes and employee.id in notes:
                text += f"  ·  {notes[employee.id]}"
            if employee.department:
                text += f"  ·  {employee.department}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, employee.id)
            self.people.addItem(item)
            item.setSelected(True)
        self.lesson.clear()
        for lesson_id, title in lessons:
            self.lesson.addItem(title, lesson_id)
        self.assign_button.setEnabled(bool(people) and bool(lessons))

    def clear(self) -> None:
        self.heading.setText(self.tr("Select a row to see who missed it."))
        self.people.clear()
        self.lesson.clear()
        self.assign_button.setEnabled(False)

    def selected_ids(self) -> list[str]:
        return [item.data(ID_ROLE) for item in self.people.selectedItems()]

    def assign(self) -> None:
        session, lesson_id, people = self.session, self.lesson.currentData(), self.selected_ids()
        if session is None or not lesson_id or not people:
            return
        try:
            made = session.assign_retraining(people, lesson_id, self.days.value())
        except (AccessDenied, StoreError) as exc:
            dialogs.show_error(self, self.tr("Retraining not assigned"), error_text(exc))
            return
        dialogs.show_info(
            self,
            self.tr("Retraining assigned"),
            self.tr("{lesson} assigned to {n} people, due in {days} days.").format(
                lesson=self.lesson.currentText(), n=len(made), days=self.days.value()
            ),
        )
        self.assigned.emit()
