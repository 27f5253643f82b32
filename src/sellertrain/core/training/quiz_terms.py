"""What a quiz is taken under, and the rule that a quiz is only taken in a published version.

A quiz's terms are its pass mark, time limit, draw rules and, for each question, its answer
key (which options are right and what they weigh, the accepted answers and numbers, the
pairs). Changing any of them changes what a pass proves, so it is a *material* change: an
editorial publication (wording only) is refused when they differ. The app records the first
version it meets of a quiz as published (``first``); after that, a quiz whose file no longer
matches its latest publication cannot be started until an author publishes the change
(``QuizChanged``), and every result keeps the published pass mark (store/quiz_publications.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message
from sellertrain.core.models import Course, Question, Quiz
from sellertrain.core.store import QuizPublication, Store

FIRST, MATERIAL, EDITORIAL = "first", "material", "editorial"


class QuizChanged(ValueError):
    """The quiz file differs from its latest publication: nobody can take it until it is published."""


def answer_key(question: Question) -> list[Any]:
    """What decides a question's score, without its wording."""
    return [
        question.id,
        question.kind.value,
        len(question.options),
        [[o.correct, o.weight] for o in question.options],
        [[a.text.casefold(), a.weight] for a in question.accepted],
        [[n.low, n.high, n.weight] for n in question.numbers],
        [[p.left, p.right] for p in question.pairs],
        sorted(question.distractors),
    ]


def quiz_terms(quiz: Quiz) -> dict[str, Any]:
    """The draw rules and answer keys of a quiz (the JSON kept with each publication)."""
    return {
        "draw": quiz.draw,
        "from_required": quiz.from_required,
        "per_lesson": quiz.per_lesson,
        "questions": [answer_key(q) for q in quiz.questions],
    }


def terms_changed(publication: QuizPublication, quiz: Quiz) -> list[str]:
    """What in the quiz's terms differs from a publication's (empty: wording only)."""
    changed: list[str] = []
    if publication.pass_mark != quiz.pass_mark:
        changed.append(
            QT_TRANSLATE_NOOP("Training", "pass mark {before}% → {now}%").format(
                before=publication.pass_mark, now=quiz.pass_mark
            )
        )
    if publication.time_limit != quiz.time_limit:
        changed.append(
            QT_TRANSLATE_NOOP("Training", "time limit {before} → {now} minutes").format(
                before=publication.time_limit, now=quiz.time_limit
            )
        )
    before, now = dict(publication.terms), quiz_terms(quiz)
    if any(before.get(key) != now[key] for key in ("draw", "from_required", "per_lesson")):
        changed.append(QT_TRANSLATE_NOOP("Training", "draw rules"))
    if before.get("questions") != now["questions"]:
        changed.append(QT_TRANSLATE_NOOP("Training", "questions or their answers"))
    return changed


def _joined(parts: list[str]) -> str:
    """``a, b, c`` of translatable parts, kept a Message so each part is translated too."""
    if len(parts) == 1:
        return parts[0]
    return QT_TRANSLATE_NOOP("Training", "{first}, {rest}").format(
        first=parts[0], rest=_joined(parts[1:])
    )


def ensure_published(store: Store, quiz: Quiz) -> QuizPublication:
    """The publication an attempt at ``quiz`` is taken under; QuizChanged if there is none.

    A quiz the records have never seen is recorded as published as it is now (``first``).
    """
    latest = store.latest_quiz_publication(quiz.id)
    if latest is None:
        return _record(store, quiz, FIRST, None, "first seen by SellerTrain")
    if latest.version != quiz.version:
        raise QuizChanged(
            QT_TRANSLATE_NOOP(
                "Training",
                "the quiz '{title}' ({file}) was changed after it was last published on {day}; "
                "nobody can take it until an author publishes the change (author studio, or: "
                "sellertrain publish {quiz} --material|--editorial)",
            ).format(
                title=quiz.title,
                file=quiz.path.name,
                day=latest.published_at[:10],
                quiz=quiz.id,
            )
        )
    return latest


def publish_quiz(
    store: Store,
    quiz: Quiz,
    kind: str,
    actor_id: str | None,
    note: str = "",
    course: Course | None = None,
) -> QuizPublication:
    """Record an author's decision about a changed quiz; ValueError when it does not hold.

    On a company record the publication carries the quiz's file and the assets it shows from
    ``course`` (see core/content/travel.py) to every desktop; StoreError when the server
    refuses it (offline, or someone else published the quiz first).
    """
    if kind not in (MATERIAL, EDITORIAL):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Training", "a quiz change is material or editorial, not '{kind}'"
            ).format(kind=kind)
        )
    latest = store.latest_quiz_publication(quiz.id)
    if latest is not None and latest.version == quiz.version:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Training", "quiz {quiz} has not changed since it was published"
            ).format(quiz=quiz.id)
        )
    if kind == EDITORIAL and latest is not None and (changed := terms_changed(latest, quiz)):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Training",
                "quiz {quiz}: {changed} changed, which changes what a pass proves: publish it "
                "as material",
            ).format(quiz=quiz.id, changed=_joined(changed))
        )
    files = []
    if course is not None and store.company is not None:
        from sellertrain.core.content.travel import ContentTravelError, quiz_publication_files

        try:
            files = [(f.path, f.sha256, f.body) for f in quiz_publication_files(course, quiz)]
        except (ContentTravelError, OSError) as exc:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Training", "the quiz's files cannot be published: {reason}"
                ).format(reason=error_message(exc))
            ) from None
    return _record(store, quiz, kind, actor_id, note, files)


def _record(
    store: Store,
    quiz: Quiz,
    kind: str,
    actor_id: str | None,
    note: str,
    files: list[tuple[str, str, bytes]] | None = None,
) -> QuizPublication:
    return store.record_quiz_publication(
        quiz.id,
        quiz.version,
        kind,
        quiz.pass_mark,
        quiz.time_limit,
        quiz_terms(quiz),
        actor_id,
        note,
        files or (),
    )


@dataclass(frozen=True)
class PendingQuiz:
    """A quiz changed since its latest publication: it waits for an author's decision."""

    quiz: Quiz
    published: QuizPublication
    changed: tuple[str, ...]  # terms_changed: empty when only the wording changed


def pending_quizzes(store: Store, quizzes: Iterable[Quiz]) -> list[PendingQuiz]:
    """Quizzes whose file no longer matches their latest publication, by id."""
    latest: dict[str, QuizPublication] = {}
    for publication in store.quiz_publications():  # oldest first
        current = latest.get(publication.quiz_id)
        # as store.latest_quiz_publication: a version first met never outranks a decision
        if current is None or publication.kind != FIRST or current.kind == FIRST:
            latest[publication.quiz_id] = publication
    return [
        PendingQuiz(quiz, latest[quiz.id], tuple(terms_changed(latest[quiz.id], quiz)))
        for quiz in sorted(quizzes, key=lambda q: q.id)
        if quiz.id in latest and latest[quiz.id].version != quiz.version
    ]


def publish_first_versions(store: Store, course: Course) -> int:
    """Record every quiz the records have not seen yet as published; return how many."""
    seen = {p.quiz_id for p in store.quiz_publications()}
    fresh = [q for q in course.quizzes.values() if q.id not in seen]
    for quiz in fresh:
        _record(store, quiz, FIRST, None, "first seen by SellerTrain")
    return len(fresh)
