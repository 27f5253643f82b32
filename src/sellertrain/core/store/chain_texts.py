"""The findings of ``chain_check`` (verify-records), marked for the catalogue.

Kept apart from ``chain_check`` so that module reads as checking; each text is a Message
template (``sellertrain.core.message``, ``Store`` context), filled with ``.format()`` where
it is used.
"""

from __future__ import annotations

from sellertrain.core.message import QT_TRANSLATE_NOOP

NO_EMPLOYEE = QT_TRANSLATE_NOOP("Store", "(no employee)")
UNKNOWN_EMPLOYEE = QT_TRANSLATE_NOOP("Store", "(unknown employee {id})")
# what a problem that names no employee is about, by its kind
ABOUT = {
    "schema": QT_TRANSLATE_NOOP("Store", "database"),
    "audit": QT_TRANSLATE_NOOP("Store", "audit log"),
    "summary": QT_TRANSLATE_NOOP("Store", "item analysis"),
}
TWICE = QT_TRANSLATE_NOOP(
    "Store", "record #{seq} appears twice or out of order: the chain was tampered with"
)
MISSING_BEFORE = QT_TRANSLATE_NOOP(
    "Store", "{count} record(s) missing before record #{seq} (finished {finished}): {span} deleted"
)
NOT_LINKED = QT_TRANSLATE_NOOP(
    "Store",
    "record #{seq} (finished {finished}) does not link to the record before it: a record was "
    "deleted and the chain renumbered, or a record was replaced",
)
ATTEMPT_DELETED = QT_TRANSLATE_NOOP("Store", "{what}: its attempt row was deleted")
MOVED = QT_TRANSLATE_NOOP("Store", "{what}: the attempt belongs to {name}: the row was moved")
WHAT_PROBLEM = QT_TRANSLATE_NOOP("Store", "{what}: {problem}")
CONTENT_CHANGED = QT_TRANSLATE_NOOP(
    "Store", "{what}: its content was changed after it was written (hash mismatch)"
)
UNCHAINED = QT_TRANSLATE_NOOP(
    "Store",
    "{what} has no chain data although it was written after tamper-evident records began: it "
    "was added outside SellerTrain, or its chain data was erased",
)
ORPHAN_ANSWERS = QT_TRANSLATE_NOOP(
    "Store",
    "{count} answer(s) of attempt {attempt} (quiz {quiz}) have no result: they were added, or "
    "the result was deleted",
)
ANSWER_ADDED = QT_TRANSLATE_NOOP(
    "Store", "an answer was added (question {question}, position {position})"
)
ANSWERS_ADDED = QT_TRANSLATE_NOOP("Store", "answers were added (two answers at one position)")
ANSWERS_REMOVED = QT_TRANSLATE_NOOP(
    "Store", "answers were removed (position(s) {positions} missing)"
)
