"""The team view's Departments tab: the managed list employees and assignments name.

A department must be listed before anyone is put in it, so a typo cannot make a department
of its own that no lesson and no assignment reaches. Removing one is refused while anyone
active is in it (the session says so).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from sellertrain.core.session import AccessDenied, Session, StoreError
from sellertrain.ui import dialogs
from sellertrain.ui.translations import error_text
from sellertrain.ui.widgets import button, name_widget


class DepartmentsTab(QWidget):
    """The department list with Add and Remove; ``changed`` after either."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        intro = QLabel(
            self.tr(
                "Employees and assignments can name only these departments. Lessons name "
                "the departments they are required for in their 'roles'."
            )
        )
        intro.setWordWrap(True)
        self.department_list = name_widget(QListWidget(), "departmentList", self.tr("Departments"))
        self.add_button = button(self.tr("Add department…"), "departmentAdd", primary=True)
        self.remove_button = button(self.tr("Remove department"), "departmentRemove")
        self.add_button.clicked.connect(self.add_department)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.department_list, 1)
        layout.addLayout(buttons)

    def show_for(self, session: Session) -> None:
        self.session = session
        self.department_list.clear()
        self.department_list.addItems(session.departments())

    def add_department(self) -> None:
        if self.session is None:
            return
        name = dialogs.ask_text(self, self.tr("Add department"), self.tr("Department name"))
        if name is None:
            return
        self._change(lambda session: session.add_department(name), self.tr("Not added"))

    def remove_selected(self) -> None:
        item = self.department_list.currentItem()
        if self.session is None or item is None:
            return
        name = item.text()
        self._change(lambda session: session.remove_department(name), self.tr("Not removed"))

    def _change(self, change: Callable[[Session], object], title: str) -> None:
        session = self.session
        assert session is not None
        try:
            change(session)
        except (AccessDenied, StoreError) as exc:
            dialogs.show_error(self, title, error_text(exc))
            return
        self.show_for(session)
        self.changed.emit()
