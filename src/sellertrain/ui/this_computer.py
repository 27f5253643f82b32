"""What this computer remembers for its users: who signed in last, where each reader stopped.

These are conveniences of one desk, not training records, so they live in a small INI file in
the user's settings folder (``SELLERTRAIN_SETTINGS`` chooses another file) and never in the
database: no migration, no audit trail, nothing to merge between machines.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings

from sellertrain.core.language import SETTINGS_ENV, settings_file

__all__ = ["SETTINGS_ENV", "settings_file"]  # the tests and the app name them here

log = logging.getLogger(__name__)

LAST_SIGN_IN = "signIn/lastEmployee"


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def _write(key: str, value: object) -> None:
    settings = _settings()
    settings.setValue(key, value)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:  # a read-only folder costs only comfort
        log.warning("could not save %s in %s", key, settings.fileName())


def last_signed_in() -> str:
    """The id of the employee who last signed in on this computer ("" for none)."""
    return str(_settings().value(LAST_SIGN_IN, "") or "")


def remember_signed_in(employee_id: str) -> None:
    _write(LAST_SIGN_IN, employee_id)


def _reading_key(employee_id: str, lesson_id: str) -> str:
    return f"reading/{employee_id}/{lesson_id}"


def reading_position(employee_id: str, lesson_id: str) -> int:
    """Where ``employee_id`` stopped reading ``lesson_id``: a character position (0: the top)."""
    value = _settings().value(_reading_key(employee_id, lesson_id), 0)
    try:
        return max(int(str(value)), 0)
    except ValueError:
        return 0


def remember_reading_position(employee_id: str, lesson_id: str, position: int) -> None:
    _write(_reading_key(employee_id, lesson_id), int(position))


def remember_language(language: str) -> None:
    """The language chosen on this computer (read back by ``core.language.saved_language``)."""
    from sellertrain.core.language import SETTINGS_KEY, SETTINGS_SECTION

    _write(f"{SETTINGS_SECTION}/{SETTINGS_KEY}", language)
