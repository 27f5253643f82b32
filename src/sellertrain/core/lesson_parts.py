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
