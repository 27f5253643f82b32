"""Synthetic training records for demos, screenshots and benchmarks (``sellertrain demo-data``).

Employees with Chinese and English names read lessons and take quizzes over a real course.
Attempts are drawn with the engine's own ``present()`` (cached per quiz and seed: each quiz
has a pool of seeds), answers are scored with ``score_question`` (cached per question and
selection) and attempts with the percentage rule of ``score_attempt``, whose per-call cost
(about 70 µs here) would add 7 s to 10,000 employees; a test checks every demo attempt
against ``score_attempt``. Answers are stored exactly as ``QuizSession.submit`` stores them,
so every screen and report treats the demo records like real ones.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import Course, SectionText, section_digest
from sellertrain.core.passwords import hash_password
from sellertrain.core.reports.collector import paused_collector
from sellertrain.core.reports.demo_certificates import issue_earned
from sellertrain.core.reports.demo_records import OLD_VERSION, DemoRecords
from sellertrain.core.store import Store
from sellertrain.core.store.bulk import RowBatch
from sellertrain.core.training import quiz_terms

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo"
# An assignment to add: (target kind, target, lesson id, module, due date).
AssignmentPlan = tuple[str, str | None, str | None, str | None, str]
# ``progress(step, done, total)``: how far a step of a long run has come
Progress = Callable[[str, int, int], None]
BULK_CACHE_KIB = 64 * 1024  # SQLite's page cache while a new demo file is filled
MIXED_ASSIGNMENTS = 12  # beside real employees: this many demo employees get one by name


class DemoDataRefused(Exception):
    """Demo data would mix with real records (or the course has nothing to learn)."""


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate_demo_data`` wrote, and how long it took (records, then certificates)."""

    employees: int
    lesson_events: int
    attempts: int
    answers: int
    assignments: int
    seconds: float
    manager: str | None = None  # a demo manager to sign in as (password: DEMO_PASSWORD)
    certificates: int = 0
    certificate_seconds: float = 0.0  # after ``seconds``: issuing runs each one's rules
    mixed: bool = False  # added beside existing employees: nothing reached them

    @property
    def answers_per_second(self) -> float:
        return self.answers / self.seconds if self.seconds > 0 else 0.0


def generate_demo_data(
    store: Store,
    course: Course,
    employees: int,
    seed: int = 1,
    force: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
    actor_id: str | None = None,
    password_hash: Callable[[], str] | None = None,
) -> DemoSummary:
    """Add ``employees`` synthetic employees, their records and the certificates they earned.

    Refuses (DemoDataRefused) when the database already holds employees, unless ``force``,
    which adds the demo employees alongside and never touches the employees already there:
    no lesson change is published and the demo assignments name demo employees only, so
    nobody else's requirements, status or audit trail changes. The same seed and ``today``
    on an empty database give the same records, ids included. Every demo employee's password
    is "demo", hashed once with scrypt and shared: hashing it per employee would take minutes
    for 10,000. Run it in ``store.transaction()`` to make it all or nothing. ``actor_id``:
    who adds them (the manager who signed in to add them beside others), for the audit log.
    ``password_hash``: gives ``hash_password(DEMO_PASSWORD)`` (one begun earlier in a thread:
    scrypt takes half a second and lets other threads run meanwhile).
    """
    # a demo keeps millions of rows alive: 30.1 -> 24.6 s of processor time at 10,000
    with paused_collector():
        return _generate(
            store, course, employees, seed, force, today, progress, actor_id, password_hash
        )


def _generate(
    store: Store,
    course: Course,
    employees: int,
    seed: int,
    force: bool,
    today: dt.date | None,
    progress: Progress | None,
    actor_id: str | None,
    password_hash: Callable[[], str] | None,
) -> DemoSummary:
    started = time.perf_counter()
    if employees < 1:
        raise ValueError(
            QT_TRANSLATE_NOOP("Training", "the number of demo employees must be at least 1")
        )
    if not course.lessons:
        raise DemoDataRefused(QT_TRANSLATE_NOOP("Training", "the course has no lessons to learn"))
    if store.has_employees() and not force:
        raise DemoDataRefused(
            QT_TRANSLATE_NOOP(
                "Training",
                "the database already holds employees; demo data is only added to an empty "
                "database unless forced",
            )
        )
    quiz_terms.publish_first_versions(store, course)
    if pending := quiz_terms.pending_quizzes(store, course.quizzes.values()):
        names = ", ".join(p.quiz.id for p in pending)
        raise DemoDataRefused(
            QT_TRANSLATE_NOOP(
                "Training",
                "quiz(zes) changed since their last publication: {names}; publish them first "
                "(sellertrain publish ID --material|--editorial)",
            ).format(names=names)
        )
    today = today or store.clock().astimezone(dt.UTC).date()
    existing = store.employees(include_inactive=True)
    generator = DemoRecords(
        course,
        random.Random(seed),
        random.Random(f"demo-ids:{seed}:{len(existing)}"),
        today,
        {e.name.casefold() for e in existing},
        password_hash() if password_hash else hash_password(DEMO_PASSWORD),
    )
    report = progress or (lambda _step, _done, _total: None)
    counts = store.insert_batches(
        _reported(generator.batches(employees), employees, report, "adding demo employees"),
        actor_id,
        generator.item_sums,
    )
    mixed = bool(existing)
    if not mixed:
        _publish_demo_changes(store, course, generator.manager_id)
    assignments = 0
    if generator.manager_id:
        plan = (
            _mixed_assignment_plan(course, today, generator.ids, random.Random(seed))
            if mixed
            else _assignment_plan(course, today)
        )
        for kind, target, lesson_id, module, due in plan:
            store.add_assignment(generator.manager_id, due, kind, target, lesson_id, module)
            assignments += 1
    seconds = time.perf_counter() - started
    certificates = _issue_certificates(store, course, generator, today, report)
    certificate_seconds = time.perf_counter() - started - seconds
    log.info("demo data: %s in %.2f s", counts, seconds)
    return DemoSummary(
        counts.employees,
        counts.lesson_events,
        counts.attempts,
        counts.answers,
        assignments,
        seconds,
        generator.manager_name,
        certificates,
        certificate_seconds,
        mixed,
    )


@contextlib.contextmanager
def fresh_file_writes(store: Store) -> Iterator[None]:
    """Writes without a rollback journal on disk or a sync per step, for a database file made
    for the demo (``sellertrain demo-data``): its first transaction writes every page once,
    instead of to the write-ahead log and then again into the file. A transaction still rolls
    back (the journal is kept in memory); a crash mid-way can leave the new file unreadable,
    which only a file just made for the demo may risk. After the block the journal mode and
    sync level are restored and the file is synced once. Run transactions inside it."""
    conn = store.db.conn
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    sync = int(conn.execute("PRAGMA synchronous").fetchone()[0])
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")
    # the indexes of a 10,000-employee demo outgrow the default 2 MB many times over, and
    # its summaries and index are built by sorting all answers: 3 times faster with this
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")
        conn.execute(f"PRAGMA journal_mode = {mode}")
        conn.execute(f"PRAGMA synchronous = {sync}")
        descriptor = os.open(store.path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _reported(
    batches: Iterable[RowBatch], total: int, report: Progress, step: str
) -> Iterator[RowBatch]:
    done = 0
    for batch in batches:
        done += len(batch.employees)
        yield batch
        report(step, done, total)


def _issue_certificates(
    store: Store, course: Course, generator: DemoRecords, today: dt.date, report: Progress
) -> int:
    """The certificates the demo employees' records earn, so the compliance matrix shows
    some; only demo employees with a passed quiz can earn one, the rest are not looked at."""
    now = store.clock()
    if today != now.astimezone(dt.UTC).date():  # a demo dated another day is issued then
        now = dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)
    by_id = {e.id: e for e in store.employees(include_inactive=True)}
    earners = [by_id[i] for i in generator.ids if i in generator.passed and i in by_id]
    return issue_earned(store, course, earners, now, report, generator.kept)


def _publish_demo_changes(store: Store, course: Course, actor_id: str | None) -> None:
    """A material change to one section of each lesson some employees read in OLD_VERSION,
    so "needs refresh" and the "what changed" view have something to show. The earlier
    words are the section as it is now without its last paragraph (clearly demo data)."""
    published = {p.lesson_id for p in store.publications()}
    for lesson in course.ordered_lessons:
        if lesson.id in published or OLD_VERSION not in store.completion_counts(lesson.id):
            continue
        sections = lesson.section_texts()
        if not sections:
            continue
        changed = sections[min(1, len(sections) - 1)]
        paragraphs = changed.text.split("\n\n")
        old_text = "\n\n".join(paragraphs[:-1]) if len(paragraphs) > 2 else changed.title
        before = [
            SectionText(s.anchor, s.title, old_text, section_digest(old_text))
            if s.anchor == changed.anchor
            else s
            for s in sections
        ]
        store.record_publication(
            lesson.id,
            lesson.version,
            OLD_VERSION,
            "material",
            [changed.anchor],
            sections,
            before,
            actor_id,
            "demo data: an example rule change",
        )


def _mixed_assignment_plan(
    course: Course, today: dt.date, demo_ids: list[str], rng: random.Random
) -> list[AssignmentPlan]:
    """Beside real employees: a few assignments to demo employees by name (some overdue)."""
    lessons = course.ordered_lessons
    chosen = rng.sample(demo_ids, min(MIXED_ASSIGNMENTS, len(demo_ids)))
    return [
        (
            "employee",
            employee_id,
            lessons[n % len(lessons)].id,
            None,
            (today + dt.timedelta(days=(-3, 5, 14)[n % 3])).isoformat(),
        )
        for n, employee_id in enumerate(chosen)
    ]


def _assignment_plan(course: Course, today: dt.date) -> list[AssignmentPlan]:
    """A few assignments, some already past due (so "overdue" shows), some still ahead."""
    lessons = course.ordered_lessons
    modules = course.modules

    def due(days: int) -> str:
        return (today + dt.timedelta(days=days)).isoformat()

    plan: list[AssignmentPlan] = [("everyone", None, lessons[0].id, None, due(7))]
    for department, days in (("customer-service", -5), ("logistics", -2)):
        own = [lesson for lesson in lessons if department in lesson.roles]
        if own:
            plan.append(("department", department, own[0].id, None, due(days)))
    if len(modules) > 1:
        plan.append(("role", "manager", None, modules[-1].title, due(30)))
    return plan
