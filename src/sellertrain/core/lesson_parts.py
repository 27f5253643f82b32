"""The parts of a lesson as loaded: its sections, a stored section text, its sources."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    """A ``##`` heading of a lesson: a unit of reading and of retraining.

    ``digest`` hashes the section's text (heading to the next ``##``), so a record can say
    exactly which version of each section an employee read or was tested on.
    """

    anchor: str
    title: str
    line: int
    digest: str = ""
    end_line: int = 0  # the file line after the section's last line


@dataclass(frozen=True)
class SectionText:
    """One version of a section as stored with the records: enough to show it again."""

    anchor: str
    title: str
    text: str
    digest: str


@dataclass(frozen=True)
class Source:
    """A page a lesson's facts rest on, and the day it was read (None: not recorded)."""

    title: str
    link: str
    read: dt.date | None


class StaleLesson(ValueError):
    """A lesson's file changed since it was loaded: its sections cannot be recorded as loaded."""

    def __init__(self, title: str, file: str) -> None:
        from sellertrain.core.message import QT_TRANSLATE_NOOP

        super().__init__(
            QT_TRANSLATE_NOOP(
                "Training",
                "the lesson '{title}' ({file}) was changed on disk since it was loaded; nothing "
                "was recorded. Restart SellerTrain (or reload the course) to read it as it is now",
            ).format(title=title, file=file)
        )
