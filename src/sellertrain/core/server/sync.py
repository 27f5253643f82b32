"""Joining a company record and syncing with it: push, then pull, with a one-line summary."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sellertrain.core.message import QT_TRANSLATE_NOOP, Plurals, error_message
from sellertrain.core.received import PulledProblem
from sellertrain.core.server.connection import ServerError, connect, read_info
from sellertrain.core.server.content_pull import pull_content
from sellertrain.core.server.pull import pull
from sellertrain.core.server.pull_check import (
    check_pulled,
    pulled_results_mark,
    quizzes_after_pull,
)
from sellertrain.core.server.push import push
from sellertrain.core.server.tables import SYNCED_TABLES
from sellertrain.core.store.pull_problems import record_problems
from sellertrain.core.store.sync_rows import join_server, server_id

if TYPE_CHECKING:
    from pathlib import Path

    from sellertrain.core.models import Course
    from sellertrain.core.store.database import Store

Server = Plurals("Server")  # the sync summary's counts, as plural messages (see core/message.py)


@dataclass(frozen=True)
class SyncReport:
    """What one sync moved, per table, and how long it took."""

    pushed: Mapping[str, int] = field(default_factory=dict)
    pulled: Mapping[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    problems: tuple[PulledProblem, ...] = ()  # verify on pull (see pull_check.py)
    content: tuple[str, ...] = ()  # content files written into the content folder
    content_error: str | None = None  # why they could not be (the records synced all the same)

    def summary(self) -> str:
        """One line: rows pushed and pulled per kind of record (a Message)."""
        line = QT_TRANSLATE_NOOP(
            "Server", "synced in {seconds} s: pushed {pushed}; pulled {pulled}"
        ).format(
            seconds=f"{self.seconds:.1f}", pushed=_counts(self.pushed), pulled=_counts(self.pulled)
        )
        if self.content:
            line = Server.tr("{summary}; wrote %n content file(s)", "", len(self.content)).format(
                summary=line
            )
        if self.content_error:
            line = QT_TRANSLATE_NOOP("Server", "{summary}; {problem}").format(
                summary=line, problem=self.content_error
            )
        return line


def _counts(counts: Mapping[str, int]) -> str:
    total = sum(counts.values())
    parts = [_table_count(t.name, counts[t.name]) for t in SYNCED_TABLES if counts.get(t.name)]
    if not parts:
        return Server.tr("%n row(s)", "", total)
    listed = parts[0]
    for part in parts[1:]:  # a list joined by a translatable comma (Chinese uses its own)
        listed = QT_TRANSLATE_NOOP("Server", "{list}, {item}").format(list=listed, item=part)
    return Server.tr("%n row(s) ({tables})", "", total).format(tables=listed)


def _table_count(table: str, n: int) -> str:
    """``n`` rows of ``table`` said as what they are ("3 quiz attempts"), by name."""
    said = _TABLE_COUNTS.get(table)
    return said(n) if said is not None else f"{n} {table}"


# each synced table's rows as people call them (a table added later shows its name)
_TABLE_COUNTS: dict[str, Callable[[int], str]] = {
    "employees": lambda n: Server.tr("%n employee(s)", "", n),
    "departments": lambda n: Server.tr("%n department(s)", "", n),
    "employee_changes": lambda n: Server.tr("%n change(s) to employees", "", n),
    "lesson_events": lambda n: Server.tr("%n lesson reading record(s)", "", n),
    "attempts": lambda n: Server.tr("%n quiz attempt(s)", "", n),
    "attempt_results": lambda n: Server.tr("%n quiz result(s)", "", n),
    "answers": lambda n: Server.tr("%n answer(s)", "", n),
    "result_conflicts": lambda n: Server.tr("%n conflicting quiz result(s)", "", n),
    "conflict_answers": lambda n: Server.tr("%n answer(s) of conflicting results", "", n),
    "draft_answers": lambda n: Server.tr("%n answer(s) saved during a quiz", "", n),
    "assignments": lambda n: Server.tr("%n training assignment(s)", "", n),
    "assignment_revocations": lambda n: Server.tr("%n removed assignment(s)", "", n),
    "due_extensions": lambda n: Server.tr("%n due date extension(s)", "", n),
    "audit_log": lambda n: Server.tr("%n audit log entry(s)", "", n),
    "sign_in_events": lambda n: Server.tr("%n sign-in record(s)", "", n),
    "section_texts": lambda n: Server.tr("%n section text(s)", "", n),
    "lesson_publications": lambda n: Server.tr("%n lesson publication(s)", "", n),
    "quiz_publications": lambda n: Server.tr("%n quiz publication(s)", "", n),
    "certificates": lambda n: Server.tr("%n certificate(s)", "", n),
}


def join(dsn: str, store: Store) -> tuple[str, bool]:
    """Make the database belong to the company record at ``dsn``: its id, and if newly joined."""
    conn = connect(dsn)
    try:
        info = read_info(conn)
    finally:
        conn.close()
    return info.server_id, join_server(store, info.server_id)


def sync(
    dsn: str,
    store: Store,
    verify: bool = False,
    course: Course | None = None,
    content_root: Path | None = None,
) -> SyncReport:
    """Push this database's new rows, then pull what it lacks; ServerError if it cannot.

    With ``verify`` (a manager's PC), the pulled results are checked: their chains, and each
    score from its answers (by ``course``'s quiz where it has the version taken, read again
    where this sync wrote the quiz's file into ``content_root``); each problem
    found is kept in ``pull_problems`` (a problem found again is not added twice). With
    ``content_root``, the content files published since the last sync are written there.
    """
    joined = server_id(store.conn)
    if joined is None:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server",
                "{path} has not joined a company record: run 'sellertrain init --db {path} "
                "--server DSN' first",
            ).format(path=store.path)
        )
    start = time.perf_counter()
    conn = connect(dsn)
    try:
        info = read_info(conn)
        if info.server_id != joined:
            raise ServerError(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "the server at this address holds another company record ({found}, this "
                    "database belongs to {joined}); nothing was synced",
                ).format(found=info.server_id, joined=joined)
            )
        pushed = push(conn, store)
        mark = pulled_results_mark(store)
        pulled = pull(conn, store)
        written: list[str] = []
        content_error = None
        if content_root is not None:
            try:
                written = pull_content(conn, store, content_root)
            except ServerError as exc:  # a read-only content folder must not stop the records
                content_error = error_message(exc)
    finally:
        conn.close()
    problems: list[PulledProblem] = []
    if verify and pulled.get("attempt_results"):  # against the course as this sync left it
        quizzes = quizzes_after_pull(course, content_root, written)
        problems = check_pulled(store, mark, quizzes)
    if problems:  # kept, so the app can list them to managers after this sync has gone
        with store.db.atomic():
            record_problems(store.conn, problems, store.now())
    seconds = time.perf_counter() - start
    return SyncReport(pushed, pulled, seconds, tuple(problems), tuple(written), content_error)
