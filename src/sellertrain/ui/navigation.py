"""The main window's way around: the signed-in employee's toolbar, and the Help menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar, QWidget

from sellertrain.ui.status_text import role_text
from sellertrain.ui.widgets import plain_text

if TYPE_CHECKING:  # the session's modules load at sign-in, not at start-up
    from sellertrain.core.session import Session


class NavigationBar(QToolBar):
    """The main window's toolbar; its actions are connected by the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Navigation"))
        self.setObjectName("navigation")
        self.setMovable(False)
        self.home_action = self._action(self.tr("Home"), "navHome")
        self.progress_action = self._action(self.tr("My progress"), "navProgress")
        self.team_action = self._action(self.tr("Team"), "navTeam")
        self.author_action = self._action(self.tr("Author"), "navAuthor")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.user_label = QLabel()
        plain_text(self.user_label)  # a name is data, not markup
        self.user_label.setObjectName("userLabel")
        self.addWidget(self.user_label)
        self.sign_out_action = self._action(self.tr("Sign out"), "navSignOut")

    def _action(self, text: str, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        self.addAction(action)
        return action

    def show_for(self, session: Session) -> None:
        """Name who is signed in and offer what their role may open."""
        employee = session.employee
        self.user_label.setText(f"{employee.name} ({role_text(employee.role)})")
        self.team_action.setVisible(session.is_manager)
        self.author_action.setVisible(session.can_author)
        self.setVisible(True)


def add_help_menu(window: QMainWindow, database: Path, content: Callable[[], Path]) -> QAction:
    """Help ▸ About SellerTrain, there before sign-in too; returns the About action.

    ``content`` is asked when the box opens: an author may have reloaded the course."""

    menu = window.menuBar().addMenu(QCoreApplication.translate("NavigationBar", "&Help"))
    menu.setObjectName("helpMenu")
    about = QAction(QCoreApplication.translate("NavigationBar", "&About SellerTrain"), window)
    about.setObjectName("helpAbout")
    about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS moves it to the application menu

    def show_about() -> None:
        from sellertrain.ui.about import AboutDialog  # built only when asked for

        AboutDialog.show_for(window, database, content())

    about.triggered.connect(show_about)
    menu.addAction(about)
    return about
