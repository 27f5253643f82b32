"""Retraining after a rule changes: which sections of which lessons an employee must refresh.

A lesson's *revision* counts its material publications. A completion is current when the
version it read has the lesson's latest revision; otherwise the sections named by the
material publications since then need a refresh. Editorial publications keep the revision,
so they change nothing for learners; changes nobody has published yet change nothing either,
until an author decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message
from sellertrain.core.models import Course, Lesson, PublicationKind, SectionText
from sellertrain.core.store import LessonProgress, Publication, Store
from sellertrain.core.training.question_sets import question_key


@dataclass(frozen=True)
class SectionChange:
    """One section to refresh: its words when the employee read it, and now."""

    anchor: str
    title: str
    old_text: str | None  # None: the section is new, or its old words were never recorded
    new_text: str  # "": the section was removed


@dataclass(frozen=True)
class LessonChange:
    """A lesson changed materially since the employee completed it."""

    lesson: Lesson
    read_at: str
    published_at: str  # the latest material publication
    sections: tuple[SectionChange, ...]
    question_keys: tuple[str, ...]  # "quiz-id/question-id" of questions on those sections


def by_lesson(publications: Iterable[Publication]) -> dict[str, list[Publication]]:
    grouped: dict[str, list[Publication]] = defaultdict(list)
    for publication in publications:
        grouped[publication.lesson_id].append(publication)
    return grouped


def current_revision(publications: Sequence[Publication]) -> int:
    return max((p.revision for p in publications), default=0)


def read_revision(publications: Sequence[Publication], version: str | None, at: str) -> int:
    """The revision of the version an employee read at time ``at``.

    A published version has its publication's revision; the version a publication replaced
    had the one before; a version never published (edited outside the app) counts as the
    revision in force when it was read.
    """
    published = [p.revision for p in publications if p.version == version]
    if published:
        return max(published)
    replaced = [p.revision - p.material for p in publications if p.previous_version == version]
    if replaced:
        return min(replaced)
    return max((p.revision for p in publications if p.published_at <= at), default=0)


def known_revisions(publications: Sequence[Publication]) -> dict[str, int]:
    """``read_revision`` of every version the publications name (for the team query)."""
    versions = {p.version for p in publications}
    versions |= {p.previous_version for p in publications if p.previous_version}
    return {version: read_revision(publications, version, "") for version in versions}


def stale_anchors(publications: Sequence[Publication], version: str | None, at: str) -> list[str]:
    """Sections named by material publications newer than what was read, in order named."""
    seen = read_revision(publications, version, at)
    anchors: dict[str, None] = {}
    for publication in publications:
        if publication.material and publication.revision > seen:
            anchors.update(dict.fromkeys(publication.changed_sections))
    return list(anchors)


def is_current(publications: Sequence[Publication], record: LessonProgress | None) -> bool:
    """Whether a completion read the lesson's latest revision (True when not completed)."""
    if record is None or record.completed_at is None:
        return True
    revision = read_revision(publications, record.completed_version, record.completed_at)
    return revision >= current_revision(publications)


def changed_sections(before: Mapping[str, str], lesson: Lesson) -> list[str]:
    """Anchors whose text differs from ``before`` (anchor -> hash), removed ones last."""
    now = {s.anchor: s.digest for s in lesson.sections}
    changed = [anchor for anchor, digest in now.items() if before.get(anchor) != digest]
    return changed + [anchor for anchor in before if anchor not in now]


def questions_on(course: Course, lesson_id: str, anchors: Iterable[str]) -> tuple[str, ...]:
    """Every question of the course that names one of these sections with 'Tests:'."""
    wanted = set(anchors)
    return tuple(
        question_key(quiz.id, question.id)
        for quiz in course.quizzes.values()
        for question in quiz.questions
        if question.tests_lesson == lesson_id and question.tests_anchor in wanted
    )


def lesson_change(
    store: Store,
    course: Course,
    lesson: Lesson,
    publications: Sequence[Publication],
    record: LessonProgress,
) -> LessonChange | None:
    """What changed in a lesson since the employee completed it, or None when current."""
    if record.completed_at is None or is_current(publications, record):
        return None
    anchors = stale_anchors(publications, record.completed_version, record.completed_at)
    seen = read_revision(publications, record.completed_version, record.completed_at)
    old_hashes: dict[str, str] = {}
    for publication in publications:  # the words before the first change they missed
        if publication.material and publication.revision > seen:
            for anchor in anchors:
                digest = publication.previous_sections.get(anchor)
                if digest and anchor not in old_hashes:
                    old_hashes[anchor] = digest
    old_hashes.update(  # what they actually read, when it was recorded
        {a: record.completed_sections[a] for a in anchors if a in record.completed_sections}
    )
    texts = store.section_texts(old_hashes.values())
    current = {s.anchor: s for s in lesson.sections}
    changes = []
    for anchor in anchors:
        old: SectionText | None = texts.get(old_hashes.get(anchor, ""))
        section = current.get(anchor)
        title = section.title if section else (old.title if old else anchor)
        new_text = lesson.section_text(anchor) if section else ""
        changes.append(SectionChange(anchor, title, old.text if old else None, new_text))
    latest = max((p for p in publications if p.material), key=lambda p: p.revision)
    return LessonChange(
        lesson,
        record.completed_at,
        latest.published_at,
        tuple(changes),
        questions_on(course, lesson.id, [a for a in anchors if a in current]),
    )


def lesson_changes(store: Store, course: Course, employee_id: str) -> list[LessonChange]:
    """Every lesson the employee completed that has changed materially since, in course order."""
    records = store.lesson_progress(employee_id)
    publications = by_lesson(store.publications())
    changes = []
    for lesson in course.ordered_lessons:
        record = records.get(lesson.id)
        if record is None or lesson.id not in publications:
            continue
        change = lesson_change(store, course, lesson, publications[lesson.id], record)
        if change is not None:
            changes.append(change)
    return changes


@dataclass(frozen=True)
class PendingChange:
    """A lesson whose file differs from its last publication, or (never published) from the
    version learners last completed: an author should say whether a rule changed."""

    lesson: Lesson
    since: str  # when that publication or completion was recorded
    changed: tuple[str, ...]
    published_before: bool


def pending_changes(store: Store, course: Course, only: str | None = None) -> list[PendingChange]:
    """Lessons (or lesson ``only``) edited since learners last saw a decided version."""
    publications = by_lesson(store.publications(only))
    pending = []
    for lesson in course.ordered_lessons:
        if only is not None and lesson.id != only:
            continue
        history = publications.get(lesson.id, [])
        if history:
            last = history[-1]
            if last.version != lesson.version:
                changed = tuple(changed_sections(last.sections, lesson))
                pending.append(PendingChange(lesson, last.published_at, changed, True))
            continue
        read = store.last_read_version(lesson.id, lesson.version)
        if read is not None:  # never published, but learners completed another version
            changed = tuple(changed_sections(read[1], lesson))
            pending.append(PendingChange(lesson, read[2], changed, False))
    return pending


@dataclass(frozen=True)
class PublishPlan:
    """What saving a new version of a lesson means for its readers, before it is saved."""

    changed: tuple[tuple[str, str], ...]  # (anchor, title) of changed sections; removed last
    readers: int  # employees who completed the lesson in some version
    published_before: bool

    @property
    def needs_decision(self) -> bool:
        """Whether the author must say material or editorial (sections changed and someone
        read the lesson, or it has a publication history)."""
        return bool(self.changed) and (self.readers > 0 or self.published_before)

    @property
    def worth_recording(self) -> bool:
        """A draft nobody has read needs no publication record; anything else does."""
        return self.readers > 0 or self.published_before


def plan_publication(store: Store, previous: Lesson, new: Lesson) -> PublishPlan:
    before = {s.anchor: s.digest for s in previous.sections}
    titles = {s.anchor: s.title for s in (*previous.sections, *new.sections)}
    changed = changed_sections(before, new)
    return PublishPlan(
        tuple((anchor, titles.get(anchor, anchor)) for anchor in changed),
        store.lesson_readers(new.id),
        bool(store.publications(new.id)),
    )


def pending_plan(store: Store, course: Course, lesson_id: str) -> PublishPlan | None:
    """The publish decision a lesson edited outside the app awaits, or None when none does."""
    change = next(iter(pending_changes(store, course, lesson_id)), None)
    if change is None:
        return None
    titles = {s.anchor: s.title for s in change.lesson.sections}
    return PublishPlan(
        tuple((anchor, titles.get(anchor, anchor)) for anchor in change.changed),
        store.lesson_readers(lesson_id),
        change.published_before,
    )


def publish(
    store: Store,
    lesson: Lesson,
    kind: str,
    sections: Sequence[str] | None = None,
    actor_id: str | None = None,
    previous: Lesson | None = None,
    note: str = "",
    course: Course | None = None,
) -> Publication:
    """Record that ``lesson`` (as it is now) is published as a material or editorial change.

    The change is measured against ``previous`` (the file as it was before an edit in the
    app), else the last publication, else the last version a learner completed. ``sections``
    are the changed sections the decision names (default: all changed ones); a material
    change that names none is refused, since it would ask nobody to refresh anything. On a
    company record the publication carries the lesson's files from ``course`` (see
    core/content/travel.py) to every desktop.
    """
    previous_version, before = _before(store, lesson, previous)
    changed = changed_sections({s.anchor: s.digest for s in before}, lesson)
    chosen = list(changed if sections is None else dict.fromkeys(sections))
    unknown = [anchor for anchor in chosen if anchor not in changed]
    if unknown:
        if changed:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Training",
                    "not a changed section of this lesson: {unknown} (changed: {changed})",
                ).format(unknown=", ".join(unknown), changed=", ".join(changed))
            )
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Training", "not a changed section of this lesson: {unknown} (no section changed)"
            ).format(unknown=", ".join(unknown))
        )
    if kind == PublicationKind.MATERIAL and not chosen:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Training", "a material change must name at least one changed section"
            )
        )
    files = []
    if course is not None and store.company is not None:
        from sellertrain.core.content.travel import ContentTravelError, publication_files

        try:
            files = [(f.path, f.sha256, f.body) for f in publication_files(course, lesson)]
        except (ContentTravelError, OSError) as exc:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Training", "the lesson's files cannot be published: {reason}"
                ).format(reason=error_message(exc))
            ) from None
    return store.record_publication(
        lesson.id,
        lesson.version,
        previous_version,
        kind,
        chosen,
        lesson.section_texts(),
        before,
        actor_id,
        note,
        files,
    )


def _before(
    store: Store, lesson: Lesson, previous: Lesson | None
) -> tuple[str | None, tuple[SectionText, ...]]:
    """The version a publication replaces and its sections (as far as they are known)."""
    if previous is not None and previous.version != lesson.version:
        return previous.version, previous.section_texts()
    history = store.publications(lesson.id)
    if history:
        hashes = dict(history[-1].sections)
        version: str | None = history[-1].version
    else:
        read = store.last_read_version(lesson.id, lesson.version)
        version, hashes = (read[0], read[1]) if read else (None, {})
    stored = store.section_texts(hashes.values())
    return version, tuple(stored[h] for h in hashes.values() if h in stored)
