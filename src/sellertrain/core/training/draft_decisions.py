"""Making a draft live on a company record: the server decides it, and its files travel.

On a database that joined a company record, a draft lesson (with its draft quizzes) or a draft
quiz is made live only once the server has recorded it, before any file here changes: it is
refused offline, and refused when someone else already published that lesson or quiz (or a file
of one of its names). The publication carries the files as they go live (without their
``status: draft`` line), their language variants and the assets they show, so every other
desktop's content folder gets them at its next sync. Nobody has read a draft, so it is
recorded as an editorial publication: nothing is asked of any learner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from sellertrain.core.content.travel import ContentTravelError, draft_files
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message
from sellertrain.core.models import Course, Lesson, PublicationKind, Quiz, content_version
from sellertrain.core.store import Store
from sellertrain.core.store.sync_state import server_id
from sellertrain.core.training.quiz_terms import EDITORIAL, quiz_terms

DRAFT_NOTE = "was a draft"


def decide_drafts(
    store: Store,
    course: Course,
    items: Sequence[Lesson | Quiz],
    texts: Mapping[Path, str],
    actor_id: str | None,
) -> None:
    """Record ``items`` (``drafts_to_publish``) as published on the company server, carrying
    ``texts`` (their files as they go live); nothing on a database that joined none.

    StoreError when the server refuses (offline, or published first by someone else);
    ValueError when a file cannot be carried. Nothing is written here before the server agrees.
    """
    if not items or server_id(store.conn) is None:
        return
    try:
        files = [(f.path, f.sha256, f.body) for f in draft_files(course, items, texts)]
    except (ContentTravelError, OSError) as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("Training", "the draft's files cannot be published: {reason}").format(
                reason=error_message(exc)
            )
        ) from None
    first = items[0]
    version = content_version(texts[first.path])
    if isinstance(first, Lesson):  # its draft quizzes travel in the lesson's publication
        store.record_publication(
            first.id,
            version,
            None,
            PublicationKind.EDITORIAL,
            [],
            first.section_texts(),
            (),
            actor_id,
            DRAFT_NOTE,
            files,
            new=True,
        )
        return
    store.record_quiz_publication(
        first.id,
        version,
        EDITORIAL,
        first.pass_mark,
        first.time_limit,
        quiz_terms(first),
        actor_id,
        DRAFT_NOTE,
        files,
        new=True,
    )
