"""Keyboard use of the main window: toolbar shortcuts, and Enter on a focused button.

Ctrl+1 to Ctrl+4 open Home, My progress, Team and the author studio, Ctrl+Shift+Q signs out.
They sit on the toolbar's own actions, so a screen the signed-in role cannot see (its action
hidden) has no working shortcut either, and each action's tooltip names its key. Outside
dialogs Qt lets Enter pass a focused push button by; here it presses that button, as Space
does, instead of reaching the screen (where, in a quiz, Enter means "next").
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton

from sellertrain.ui.navigation import NavigationBar

KEYS = {
    "navHome": "Ctrl+1",
    "navProgress": "Ctrl+2",
    "navTeam": "Ctrl+3",
    "navAuthor": "Ctrl+4",
    "navSignOut": "Ctrl+Shift+Q",
}


def _enter_keys() -> tuple[QtCore.Qt.Key, ...]:
    """Return and Enter (through ``QtCore`` when first pressed: see widgets.PLAIN_TEXT)."""
    return (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)


def add_shortcuts(window: QMainWindow, bar: NavigationBar) -> None:
    """Give the toolbar's actions their keys (``window``: the main window they act in)."""
    for action in bar.actions():  # (findChildren would make PySide6 create the Qt enums)
        key = KEYS.get(action.objectName())
        if key is None:
            continue
        sequence = QKeySequence(key)
        action.setShortcuts([sequence])  # one key (setShortcut would make the Qt enums)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text()} ({shown})")


def press_enter_on_buttons(window: QMainWindow) -> None:
    """Make Enter press ``window``'s focused buttons (until the window is deleted).

    An application-wide filter sees every event of every widget, so the main window installs
    it after its first paint: while the first screen is built it would cost ~40 ms."""
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(EnterPressesButtons(window))  # removed with the window


class EnterPressesButtons(QObject):
    """An application event filter: Enter on a focused push button of its window clicks it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _enter_keys()
            and isinstance(watched, QPushButton)
            and watched.window() is self.window
            and watched.hasFocus()
            and watched.isEnabled()
        ):
            watched.click()
            return True
        return super().eventFilter(watched, event)
