"""Rule changes across languages: which translations a material publication left out of date.

A lesson and its language variants form one family: the original (language ``""``) and each
``<id>.<lang>.md``. Publishing a variant is recorded like any publication, under the key
``<id>.<lang>`` (a lesson id never holds a dot), so the family's history is in one table. A
material publication of one member at time *t* leaves every other member *out of date* in
the sections it names, until that member is published at or after *t*.

Learner policy (docs/authoring.md): the refresh reaches every learner at once, whatever
their language; a learner whose language's text is out of date reads the original's text
(``localize(..., stale=...)``) with a notice, never the old rule in translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import ContentError, Course, Lesson, PublicationKind
from sellertrain.core.store import Store
from sellertrain.core.store.publications import Publication


def variant_key(lesson_id: str, lang: str) -> str:
    """The key a publication of a language variant is recorded under (``""``: the original)."""
    return f"{lesson_id}.{lang}" if lang else lesson_id


@dataclass(frozen=True)
class OutdatedTranslation:
    """One member of a lesson's family whose text lags a material change of another."""

    lesson_id: str
    lang: str  # the language whose text is out of date ("" for the original)
    changed_in: str  # the language whose material publication it lags
    anchors: tuple[str, ...]
    since: str  # when the first publication it lags was made


def _family(course: Course, lesson_id: str) -> dict[str, Lesson]:
    members = {"": course.lessons[lesson_id]}
    for lang, variants in course.variants.items():
        if lesson_id in variants.lessons:
            members[lang] = variants.lessons[lesson_id]
    return members


def outdated_translations(
    course: Course, publications: Iterable[Publication]
) -> list[OutdatedTranslation]:
    """Every member of every lesson family left behind by a material publication of another."""
    by_key: dict[str, list[Publication]] = {}
    for publication in publications:
        by_key.setdefault(publication.lesson_id, []).append(publication)
    found = []
    for lesson_id in course.lessons:
        members = _family(course, lesson_id)
        if len(members) < 2:
            continue
        for lang in members:
            own = by_key.get(variant_key(lesson_id, lang), [])
            last_own = max((p.published_at for p in own), default="")
            for other in members:
                if other == lang:
                    continue
                lagged = [
                    p
                    for p in by_key.get(variant_key(lesson_id, other), [])
                    if p.kind == PublicationKind.MATERIAL and p.published_at > last_own
                ]
                if lagged:
                    anchors = dict.fromkeys(a for p in lagged for a in p.changed_sections)
                    since = min(p.published_at for p in lagged)
                    found.append(OutdatedTranslation(lesson_id, lang, other, tuple(anchors), since))
    return found


def stale_for(outdated: Iterable[OutdatedTranslation], lang: str) -> frozenset[str]:
    """The lessons whose ``lang`` text is out of date: ``localize`` shows their original."""
    return frozenset(o.lesson_id for o in outdated if o.lang == lang and lang)


def outdated_warnings(
    course: Course, outdated: Sequence[OutdatedTranslation]
) -> list[ContentError]:
    """A ``path:line`` warning at each out-of-date section heading, for ``check``."""
    warnings = []
    for item in outdated:
        lesson = _family(course, item.lesson_id).get(item.lang)
        if lesson is None:
            continue
        lines = {s.anchor: s.line for s in lesson.sections}
        for anchor in item.anchors:
            message = QT_TRANSLATE_NOOP(
                "Training",
                "translation out of date: section #{anchor} changed materially in the original "
                "on {day}; translate the change and publish this file",
            )
            if item.changed_in:
                message = QT_TRANSLATE_NOOP(
                    "Training",
                    "translation out of date: section #{anchor} changed materially in {other} "
                    "on {day}; translate the change and publish this file",
                ).format(other=item.changed_in)
            message = message.format(anchor=anchor, day=item.since[:10])
            warnings.append(
                ContentError(Path(lesson.path), lines.get(anchor, 1), message, "warning")
            )
    return warnings


def publish_translation(
    store: Store,
    course: Course,
    lesson_id: str,
    lang: str,
    kind: str = PublicationKind.EDITORIAL,
    actor_id: str | None = None,
    sections: Sequence[str] = (),
    note: str = "",
) -> Publication:
    """Record that the ``lang`` text of a lesson is published (``""``: the original's text
    catching up with a variant). A material change must name its sections, as for any lesson."""
    lesson = _family(course, lesson_id).get(lang)
    if lesson is None:
        raise KeyError(
            QT_TRANSLATE_NOOP("Training", "{lesson} has no {language} variant").format(
                lesson=lesson_id, language=lang
            )
        )
    key = variant_key(lesson_id, lang)
    history = store.publications(key)
    if kind == PublicationKind.MATERIAL and not sections:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Training", "a material change must name at least one changed section"
            )
        )
    known = {s.anchor for s in lesson.sections}
    unknown = [a for a in sections if a not in known]
    if unknown:
        raise ValueError(
            QT_TRANSLATE_NOOP("Training", "not a section of this lesson: {sections}").format(
                sections=", ".join(unknown)
            )
        )
    previous = history[-1].version if history else None
    version = lesson.file_version or lesson.version
    return store.record_publication(
        key, version, previous, kind, list(sections), lesson.section_texts(), (), actor_id, note
    )
