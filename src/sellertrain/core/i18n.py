"""Translations outside Qt: the command line and the exports read the UI's own catalogue.

The catalogue is Qt's ``.ts`` file (XML, read with the standard library), so one file made by
``pyside6-lupdate`` serves the app, the command line and the exports, and the core stays free
of Qt. ``translate`` looks a text up; ``sellertrain.core.message`` marks the core's texts for
lupdate (``QT_TRANSLATE_NOOP``) and translates them (``localize``).
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from sellertrain.core.language import CATALOGUE_DIR, ENGLISH, qt_name

log = logging.getLogger(__name__)


def catalogue_path(language: str) -> Path:
    return CATALOGUE_DIR / f"sellertrain_{qt_name(language)}.ts"


@dataclass
class Catalogue:
    """Finished translations of one language: (context, source) → forms (one unless plural)."""

    language: str
    messages: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def translate(self, context: str, text: str, n: int = -1) -> str:
        forms = self.messages.get((context, text))
        if forms and n >= 0 and len(forms) > 1:
            found = forms[0] if n == 1 else forms[1]
        elif forms:
            found = forms[0]
        else:  # untranslated: the source, with English plural choice
            found = text
        return found.replace("%n", str(n)) if n >= 0 else found


def parse_ts(path: Path, language: str) -> Catalogue:
    """Read a Qt Linguist ``.ts`` file; unfinished and obsolete messages are left out."""
    catalogue = Catalogue(language)
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if any(forms):
                catalogue.messages[(name, source)] = forms
    return catalogue


@functools.cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` (empty for English or when the file cannot be read)."""
    path = catalogue_path(language)
    if language == ENGLISH and not path.exists():
        return Catalogue(language)
    try:
        return parse_ts(path, language)
    except (OSError, ET.ParseError) as exc:
        log.warning("no %s translations: %s", language, exc)
        return Catalogue(language)


def translate(language: str, context: str, text: str, n: int = -1) -> str:
    """``text`` (a catalogue source) in ``language``; ``%n`` filled with ``n`` when given."""
    return catalogue(language).translate(context, text, n)


class Translator:
    """``translate`` in one language, spelled as Qt's so lupdate extracts its literals.

    The core's texts for people (report headings, status names) are written
    ``tx.translate("Context", "literal")``; the UI's catalogue translates them.
    """

    def __init__(self, language: str = ENGLISH) -> None:
        self.language = language

    def translate(self, context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        return catalogue(self.language).translate(context, text, n)

    def status(self, status: str) -> str:
        """A status value (team, lesson, role) by its name in the UI's "Status" table.

        English files keep the value itself ("overdue"), as they always have.
        """
        if self.language == ENGLISH:
            return str(status)
        names = {
            "not started": self.translate("Status", "Not started"),
            "in progress": self.translate("Status", "In progress"),
            "complete": self.translate("Status", "Complete"),
            "completed": self.translate("Status", "Completed"),
            "done": self.translate("Status", "Done"),
            "overdue": self.translate("Status", "Overdue"),
            "needs refresh": self.translate("Status", "Needs refresh"),
            "quiz passed": self.translate("Status", "Quiz passed"),
            "learner": self.translate("Status", "Learner"),
            "manager": self.translate("Status", "Manager"),
            "author": self.translate("Status", "Author"),
        }
        return names.get(str(status), str(status))
