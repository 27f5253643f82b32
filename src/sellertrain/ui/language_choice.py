"""Choosing the language: a list on the sign-in screen and a menu in the toolbar (en / 中文).

The choice is saved on this computer (``ui/language`` in this-computer.ini, which the command
line reads too) and applied by building the main window again: nobody is signed in on the
sign-in screen, and the menu signs out first, so no screen needs to re-translate itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QBoxLayout, QComboBox, QMenu, QToolButton, QWidget

from sellertrain.core.language import NATIVE_NAMES, SUPPORTED
from sellertrain.ui import dialogs, this_computer
from sellertrain.ui.navigation import NavigationBar

if TYPE_CHECKING:
    from sellertrain.ui.sign_in import SignInScreen
from sellertrain.ui.widgets import name_widget


class LanguageHost(Protocol):
    """What the choice needs of the main window (a protocol: no import cycle)."""

    language: str
    toolbar: NavigationBar

    @property
    def session(self) -> object | None: ...  # who is signed in (None: nobody)

    def sign_out(self) -> None: ...


class LanguageChoice(QObject):
    """Both ways of choosing; ``chosen`` carries the new language once it is saved."""

    chosen = Signal(str)

    def __init__(self, window: LanguageHost) -> None:
        super().__init__()
        self.window = window
        self.parent_widget = window if isinstance(window, QWidget) else None
        label = QCoreApplication.translate("LanguageChoice", "Language")
        self.combo = name_widget(QComboBox(), "signInLanguage", label)
        for language in SUPPORTED:
            self.combo.addItem(NATIVE_NAMES[language], language)
        self.combo.setCurrentIndex(SUPPORTED.index(window.language))
        self.combo.currentIndexChanged.connect(lambda: self.choose(self.combo.currentData()))
        self.menu = QMenu(label, self.parent_widget)
        group = QActionGroup(self.menu)
        for language in SUPPORTED:
            action = QAction(NATIVE_NAMES[language], self.menu, checkable=True)
            action.setObjectName(f"language-{language}")
            action.setChecked(language == window.language)
            action.triggered.connect(lambda _=False, lang=language: self.choose(lang))
            group.addAction(action)
            self.menu.addAction(action)
        self.button = QToolButton()
        self.button.setObjectName("navLanguage")
        self.button.setText(label)
        self.button.setAccessibleName(label)
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = window.toolbar
        toolbar.insertWidget(toolbar.sign_out_action, self.button)

    def add_to(self, sign_in: SignInScreen) -> None:
        """Put the list on the sign-in screen (built when first shown), above the names."""
        page = sign_in.sign_in_button.parentWidget()
        layout = page.layout() if page is not None else None
        if isinstance(layout, QBoxLayout):  # the sign-in box: the choice goes first
            layout.insertWidget(0, self.combo)

    def choose(self, language: str) -> None:
        """Save ``language`` and switch to it (signing out first, after asking)."""
        if language == self.window.language or language not in SUPPORTED:
            return
        if self.window.session is not None:
            if not dialogs.ask_yes_no(
                self.parent_widget,
                QCoreApplication.translate("LanguageChoice", "Change the language?"),
                QCoreApplication.translate(
                    "LanguageChoice", "SellerTrain signs you out to change the language."
                ),
            ):
                return
            self.window.sign_out()
            if self.window.session is not None:  # the employee chose to stay in a quiz
                return
        this_computer.remember_language(language)
        self.chosen.emit(language)
