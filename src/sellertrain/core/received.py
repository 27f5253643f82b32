"""Problems found in received records: what verify on pull reports, as plain values.

The check (server/pull_check.py) makes them, the store keeps them (store/pull_problems.py), and
the app's status bar and the command line show them; this module is the one they share.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PulledProblem:
    """One mismatch in a pulled record: who it is about, which record, and what is wrong."""

    employee_id: str | None
    employee: str  # the employee's name (or a stand-in when the record names nobody known)
    message: str
    record_id: str | None = None  # the result (or attempt) it is in
    quiz_id: str | None = None

    def __str__(self) -> str:
        return f"{self.employee}: {self.message}"


@dataclass(frozen=True)
class RecordedProblem:
    """A problem as this PC keeps it: when it was found and whether a manager saw it."""

    id: int
    found_at: str
    problem: PulledProblem
    seen: bool
