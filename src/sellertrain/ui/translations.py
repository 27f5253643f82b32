"""Qt's side of the language choice: the translators for the app's and Qt's own strings.

The app's ``.qm`` files are built from the ``.ts`` catalogues by ``scripts/translations.py
release`` and committed beside them (CI checks they match), so a fresh clone shows Chinese
without any build step. ``qtbase_<lang>.qm`` from the PySide6 wheel translates the standard
dialogs (Yes/No, Save/Discard, file dialogs).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sellertrain.core.language import CATALOGUE_DIR, ENGLISH, qt_name
from sellertrain.core.message import Message, localize, localize_error, os_reason

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []  # kept alive while installed; Qt does not own them
_current = [ENGLISH]


def install(language: str) -> list[str]:
    """Make ``language`` the app's language; returns the catalogues loaded.

    Earlier translators are removed first, so switching from Chinese to English works too.
    """
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    _current[0] = language
    QLocale.setDefault(QLocale(qt_name(language)))
    if app is None:
        return []
    loaded = []
    name = qt_name(language)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"sellertrain_{name}", str(CATALOGUE_DIR))]  # English: its plural forms only
    if language != ENGLISH:
        wanted.insert(0, (f"qtbase_{name}", qt_folder))
    for base, folder in wanted:
        translator = QTranslator()
        if translator.load(base, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(base)
        else:
            log.warning("no translation %s in %s", base, folder)
    return loaded


def current() -> str:
    """The language installed last (what exports made from the screens are written in)."""
    return _current[0]


def localized(text: str) -> str:
    """A text made in the core (a Message, or plain text) in the app's current language."""
    return localize(text, _current[0])


def error_text(exc: BaseException) -> str:
    """What a core error says (``str(exc)``), in the app's current language."""
    return localize_error(exc, _current[0])


def file_problem(exc: BaseException) -> str:
    """What went wrong with a file whose name the sentence already gives, in the app's
    language: a system error's reason (``message.os_reason``), or a core error's text."""
    if isinstance(exc, OSError) and not (exc.args and isinstance(exc.args[0], Message)):
        return localize(os_reason(exc), _current[0])
    return error_text(exc)
