"""The refusals of ``employees`` (adding, passwords, start dates), marked for the catalogue.

Kept apart from ``employees`` so that module stays about employees; each text is a Message
template (``sellertrain.core.message``, ``Store`` context), filled with ``.format()`` where
it is used.
"""

from __future__ import annotations

from sellertrain.core.message import QT_TRANSLATE_NOOP

ADDING_AN_EMPLOYEE = QT_TRANSLATE_NOOP("Store", "adding an employee")
NEEDS_A_NAME = QT_TRANSLATE_NOOP("Store", "an employee needs a name")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP(
    "Store", "unknown role '{role}' for {name} (use learner, manager or author)"
)
NAME_GIVEN_TWICE = QT_TRANSLATE_NOOP("Store", "the name '{name}' is given twice")
NAME_TAKEN = QT_TRANSLATE_NOOP("Store", "an employee named '{name}' already exists")
NAMES_LOOK_ALIKE = QT_TRANSLATE_NOOP(
    "Store",
    "the name '{name}' looks the same as '{other}' (letters of another script?): type it "
    "again, or add something that tells them apart",
)
NO_SUCH_EMPLOYEE = QT_TRANSLATE_NOOP("Store", "no such employee")
WRONG_CURRENT_PASSWORD = QT_TRANSLATE_NOOP(
    "Store", "the current password is not right; the password was not changed"
)
SAME_PASSWORD = QT_TRANSLATE_NOOP("Store", "choose a password other than the current one")
NOT_A_DATE = QT_TRANSLATE_NOOP("Store", "'{day}' is not a date (use YYYY-MM-DD)")
START_TOO_FAR = QT_TRANSLATE_NOOP("Store", "the start date {day} is more than a year away")
