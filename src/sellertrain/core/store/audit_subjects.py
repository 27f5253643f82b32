"""The audit log's subjects in the reader's language, without touching what is stored.

An audit row's subject is stored as English text (an employee's or department's name, a
file, or a sentence such as ``lesson returns to department Sales``) and is covered by the
row's hash (audit_chain.py), so it is never rewritten. The sentences come from the templates
below, the only ones the code writes with; each is built into a regular expression once, and
a stored subject is read back by matching it, recovering the values and making the Message
again. The Message is used only when its English is the stored text exactly: a subject no
template reproduces (a name, a file, a row written by another version) is shown as stored.
This reads old rows as well as new ones, and needs no column outside the hash, which anyone
could edit without breaking the chain.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from sellertrain.core.message import QT_TRANSLATE_NOOP, Message, localize
from sellertrain.core.people import AccessRole
from sellertrain.core.vocabularies import (
    ASSIGNMENT_CREATED,
    ASSIGNMENT_REVOKED,
    CONTENT_PUBLISHED,
    AssignmentTarget,
)

# what an assignment is of (a lesson or a module) and to whom: one whole sentence each, so a
# translation may order the parts its own way
ASSIGNED = {
    ("lesson", AssignmentTarget.EVERYONE): QT_TRANSLATE_NOOP(
        "AuditSubject", "lesson {lesson} to everyone"
    ),
    ("lesson", AssignmentTarget.ROLE): QT_TRANSLATE_NOOP(
        "AuditSubject", "lesson {lesson} to role {role}"
    ),
    ("lesson", AssignmentTarget.DEPARTMENT): QT_TRANSLATE_NOOP(
        "AuditSubject", "lesson {lesson} to department {department}"
    ),
    ("lesson", AssignmentTarget.EMPLOYEE): QT_TRANSLATE_NOOP(
        "AuditSubject", "lesson {lesson} to employee {employee}"
    ),
    ("module", AssignmentTarget.EVERYONE): QT_TRANSLATE_NOOP(
        "AuditSubject", "module {module} to everyone"
    ),
    ("module", AssignmentTarget.ROLE): QT_TRANSLATE_NOOP(
        "AuditSubject", "module {module} to role {role}"
    ),
    ("module", AssignmentTarget.DEPARTMENT): QT_TRANSLATE_NOOP(
        "AuditSubject", "module {module} to department {department}"
    ),
    ("module", AssignmentTarget.EMPLOYEE): QT_TRANSLATE_NOOP(
        "AuditSubject", "module {module} to employee {employee}"
    ),
}
# a lesson's or quiz's new version, by id (a file saved is recorded by its path instead)
PUBLISHED_LESSON = QT_TRANSLATE_NOOP("AuditSubject", "lessons/{lesson}")
PUBLISHED_QUIZ = QT_TRANSLATE_NOOP("AuditSubject", "quizzes/{quiz}")
TEMPLATES: tuple[Message, ...] = (*ASSIGNED.values(), PUBLISHED_LESSON, PUBLISHED_QUIZ)
# the only kinds of change whose subject a template writes (a search translates no others)
TEMPLATED_ACTIONS = (ASSIGNMENT_CREATED, ASSIGNMENT_REVOKED, CONTENT_PUBLISHED)

# the roles as an assignment names them (the stored values), each a Message of its own
ROLES = {
    AccessRole.LEARNER.value: QT_TRANSLATE_NOOP("AuditSubject", "learner"),
    AccessRole.MANAGER.value: QT_TRANSLATE_NOOP("AuditSubject", "manager"),
    AccessRole.AUTHOR.value: QT_TRANSLATE_NOOP("AuditSubject", "author"),
}
# what a placeholder may hold: ids where the code writes ids (so a file path such as
# ``lessons/intro.md`` is no lesson id), any text where it writes a name
_ID = r"[a-z0-9][a-z0-9-]*"
_VALUE = {"lesson": _ID, "quiz": _ID, "role": r"[a-z]+"}


def assigned(lesson_id: str | None, module: str | None, kind: str, target: str | None) -> Message:
    """The subject of an assignment's audit rows (made and revoked)."""
    template = ASSIGNED[("lesson" if lesson_id else "module", AssignmentTarget(kind))]
    values: dict[str, str | None] = {"lesson": lesson_id} if lesson_id else {"module": module}
    if kind != AssignmentTarget.EVERYONE:  # the placeholder is named after the kind
        values[str(kind)] = ROLES.get(target or "", target)
    return template.format(**values)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], Message], ...]:
    """Each template as its literal start and an anchored regular expression with a named
    group per placeholder."""
    built = []
    for template in TEMPLATES:
        parts = re.split(r"\{(\w+)\}", template.template)
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>{_VALUE.get(part, '.+?')})"
            for i, part in enumerate(parts)
        )
        built.append((parts[0], re.compile(f"{regex}$", re.DOTALL), template))
    return tuple(built)


def subject_message(stored: str) -> str:
    """The stored subject as the Message that wrote it, or as stored when none reproduces it."""
    for start, pattern, template in _patterns():
        if not stored.startswith(start):  # most subjects are names: no regex needed
            continue
        found = pattern.match(stored)
        if found is None:
            continue
        values: Mapping[str, str] = found.groupdict()
        made = template.format(
            **{
                key: ROLES.get(value, value) if key == "role" else value
                for key, value in values.items()
            }
        )
        if str(made) == stored:
            return made
    return stored


def subject_text(stored: str, language: str) -> str:
    """The stored subject as a reader of ``language`` sees it."""
    return localize(subject_message(stored), language)


def templated_subjects(conn: sqlite3.Connection) -> list[str]:
    """The distinct stored subjects of the kinds a template writes (what a search in another
    language translates: names need no translation)."""
    marks = ", ".join("?" * len(TEMPLATED_ACTIONS))
    rows = conn.execute(
        f"SELECT DISTINCT subject FROM audit_log WHERE action IN ({marks})", TEMPLATED_ACTIONS
    )
    return [stored for (stored,) in rows if isinstance(stored, str)]


def showing(subjects: Iterable[str], needle: str, language: str) -> list[str]:
    """Those of ``subjects`` that a reader of ``language`` sees with ``needle`` in them (any
    case): what a search adds to the stored English it matches. Each subject is translated
    once and kept, so the next keystroke costs a pass over the kept texts."""
    folded = needle.casefold()
    return [stored for stored in subjects if folded in _shown(stored, language).casefold()]


class SubjectSearch:
    """A search's subjects as shown, kept between keystrokes: the templated subjects are read
    once while the log is unchanged (by this connection or another: ``data_version``), and a
    page and its count share the matches of one text."""

    def __init__(self) -> None:
        self.state: tuple[int, int] | None = None
        self.subjects: list[str] = []
        self.matches: dict[tuple[str, str], list[str]] = {}

    def matching(self, conn: sqlite3.Connection, needle: str, language: str) -> list[str]:
        """The stored subjects that show ``needle`` to a reader of ``language``."""
        state = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
        if state != self.state:
            self.state, self.subjects, self.matches = state, templated_subjects(conn), {}
        key = (needle, language)
        if key not in self.matches:
            if len(self.matches) > 64:
                self.matches.clear()
            self.matches[key] = showing(self.subjects, needle, language)
        return self.matches[key]


@lru_cache(maxsize=65_536)
def _shown(stored: str, language: str) -> str:
    return subject_text(stored, language)
