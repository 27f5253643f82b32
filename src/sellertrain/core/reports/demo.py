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

import datetime as dt
import logging
import random
import time
from dataclasses import dataclass

from sellertrain.core.models import Course, SectionText, section_digest
from sellertrain.core.passwords import hash_password
from sellertrain.core.reports.demo_records import OLD_VERSION, DemoRecords
from sellertrain.core.store import Store

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo"
# An assignment to add: (target kind, target, lesson id, module, due date).
AssignmentPlan = tuple[str, str | None, str | None, str | None, str]


class DemoDataRefused(Exception):
    """Demo data would mix with real records (or the course has nothing to learn)."""


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate_demo_data`` wrote, and how long it took."""

    employees: int
    lesson_events: int
    attempts: int
    answers: int
    assignments: int
    seconds: float
    manager: str | None = None  # a demo manager to sign in as (password: DEMO_PASSWORD)

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
) -> DemoSummary:
    """Add ``employees`` synthetic employees and their records in one transaction.

    Refuses (DemoDataRefused) when the database already holds employees, unless ``force``,
    which adds the demo employees alongside. The same seed and ``today`` on an empty database
    give the same records, ids included. Every demo employee's password is "demo", hashed
    once with scrypt and shared: hashing it per employee would take minutes for 10,000.
    """
    started = time.perf_counter()
    if employees < 1:
        raise ValueError("the number of demo employees must be at least 1")
    if not course.lessons:
        raise DemoDataRefused("the course has no lessons to learn")
    if store.has_employees() and not force:
        raise DemoDataRefused(
            "the database already holds employees; demo data is only added to an empty database"
            " unless forced"
        )
    today = today or store.clock().astimezone(dt.UTC).date()
    existing = store.employees(include_inactive=True)
    generator = DemoRecords(
        course,
        random.Random(seed),
        random.Random(f"demo-ids:{seed}:{len(existing)}"),
        today,
        {e.name.casefold() for e in existing},
        hash_password(DEMO_PASSWORD),
    )
    counts = store.insert_batches(generator.batches(employees))
    _publish_demo_changes(store, course, generator.manager_id)
    assignments = 0
    if generator.manager_id and not store.assignments(include_revoked=True):
        for kind, target, lesson_id, module, due in _assignment_plan(course, today):
            store.add_assignment(generator.manager_id, due, kind, target, lesson_id, module)
            assignments += 1
    seconds = time.perf_counter() - started
    log.info("demo data: %s in %.2f s", counts, seconds)
    return DemoSummary(
        counts.employees,
        counts.lesson_events,
        counts.attempts,
        counts.answers,
        assignments,
        seconds,
        generator.manager_name,
    )


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
