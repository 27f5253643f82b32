"""Quiz publications: the pass mark, time limit and questions a quiz is taken under.

A quiz's file can be edited by anyone who can write the content folder, so what a result is
measured against is not read from the file but from these append-only rows: an author's
decision that a version of the quiz is live (``first`` when the app first meets a quiz, then
``material`` or ``editorial`` like a lesson's change). ``finish_attempt`` records with each
result the pass mark of the publication of the attempt's quiz version, and decides ``passed``
from it (see attempts.py), so a file edited to ``pass_mark: 1`` passes nobody.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.store.audit import CONTENT_PUBLISHED, AuditLog

QUIZ_PUBLICATION_KINDS = ("first", "material", "editorial")


@dataclass(frozen=True)
class QuizPublication:
    """One published version of a quiz and the terms it is taken under."""

    id: str
    quiz_id: str
    version: str
    previous_version: str | None
    kind: str  # one of QUIZ_PUBLICATION_KINDS
    pass_mark: int
    time_limit: int | None
    terms: Mapping[str, Any] = field(default_factory=dict)  # draw rules, answer keys
    published_at: str = ""
    published_by: str | None = None
    note: str = ""


_COLUMNS = (
    "id, quiz_id, version, previous_version, kind, pass_mark, time_limit, terms, published_at,"
    " published_by, note"
)


def _publication(row: Any) -> QuizPublication:
    id_, quiz_id, version, previous, kind, pass_mark, time_limit, terms, at, by, note = row
    return QuizPublication(
        id_,
        quiz_id,
        version,
        previous,
        kind,
        pass_mark,
        time_limit,
        json.loads(terms),
        at,
        by,
        note,
    )


class QuizPublicationRecords(AuditLog):
    """Quiz publication rows for the Store (a mixin: the same connection and rules)."""

    def record_quiz_publication(
        self,
        quiz_id: str,
        version: str,
        kind: str,
        pass_mark: int,
        time_limit: int | None,
        terms: Mapping[str, Any],
        actor_id: str | None,
        note: str = "",
    ) -> QuizPublication:
        """Record a publication (with its audit row) in one transaction.

        ``previous_version`` is read inside the transaction, so two publications at once
        still form one line of versions.
        """
        if kind not in QUIZ_PUBLICATION_KINDS:
            raise ValueError(f"unknown kind of change: {kind}")
        if not 0 <= pass_mark <= 100:
            raise ValueError(f"pass mark {pass_mark} is not between 0 and 100")
        with self.db.atomic():
            latest = self.latest_quiz_publication(quiz_id)
            publication = QuizPublication(
                id=str(uuid.uuid4()),
                quiz_id=quiz_id,
                version=version,
                previous_version=latest.version if latest else None,
                kind=kind,
                pass_mark=pass_mark,
                time_limit=time_limit,
                terms=dict(terms),
                published_at=self.now(),
                published_by=actor_id,
                note=note,
            )
            self.db.execute(
                f"INSERT INTO quiz_publications ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    publication.id,
                    quiz_id,
                    version,
                    publication.previous_version,
                    kind,
                    pass_mark,
                    time_limit,
                    json.dumps(publication.terms, sort_keys=True, ensure_ascii=False),
                    publication.published_at,
                    actor_id,
                    note,
                ],
            )
            if kind == "first":  # met by the app, not decided by anyone: no audit row
                return publication
            self._audit(
                actor_id,
                CONTENT_PUBLISHED,
                f"quizzes/{quiz_id}",
                {
                    "version": version,
                    "kind": kind,
                    "pass_mark": pass_mark,
                    "time_limit": time_limit,
                },
            )
        return publication

    def quiz_publications(self, quiz_id: str | None = None) -> list[QuizPublication]:
        """Publications of one quiz (or of all), oldest first."""
        where, params = (" WHERE quiz_id = ?", [quiz_id]) if quiz_id else ("", [])
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM quiz_publications{where} ORDER BY published_at, rowid",
            params,
        ).fetchall()
        return [_publication(row) for row in rows]

    def latest_quiz_publication(self, quiz_id: str) -> QuizPublication | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM quiz_publications WHERE quiz_id = ?"
            " ORDER BY published_at DESC, rowid DESC LIMIT 1",
            [quiz_id],
        ).fetchone()
        return _publication(row) if row else None
