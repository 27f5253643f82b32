"""Quiz publications: the pass mark, time limit and questions a quiz is taken under.

A quiz's file can be edited by anyone who can write the content folder, so what a result is
measured against is not read from the file but from these append-only rows: an author's
decision that a version of the quiz is live (``first`` when the app first meets a quiz, then
``material`` or ``editorial`` like a lesson's change). ``finish_attempt`` records with each
result the pass mark of the publication of the attempt's quiz version, and decides ``passed``
from it (see attempts.py), so a file edited to ``pass_mark: 1`` passes nobody.

On a database that belongs to a company record, an author's publication is decided on the
server first (store/company_link.py): refused there when someone else published the quiz
first, and refused offline. A ``first`` row is a version the app met, not a decision: it is
recorded here and pushed like any record, and a decision always outranks it (a desktop may
meet a quiz after another PC's author published a change of it).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.store.audit import CONTENT_PUBLISHED, AuditLog
from sellertrain.core.store.audit_subjects import PUBLISHED_QUIZ
from sellertrain.core.store.company_link import CompanyLink, Row, needs_server

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

    company: CompanyLink | None

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
        files: Sequence[Row] = (),
        new: bool = False,
    ) -> QuizPublication:
        """Record a publication (with its audit row) in one transaction.

        ``previous_version`` is read inside the transaction, so two publications at once
        still form one line of versions. On a database that belongs to a company record an
        author's publication is recorded on the server first, with the content ``files`` it
        carries ((path, sha256, bytes) each), and refused there when someone else published
        the quiz first (``new``, a draft made live: when it is published there at all);
        publishing offline is refused.
        """
        if kind not in QUIZ_PUBLICATION_KINDS:
            raise ValueError(
                QT_TRANSLATE_NOOP("Store", "unknown kind of change '{kind}'").format(kind=kind)
            )
        if not 0 <= pass_mark <= 100:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Store", "the pass mark {pass_mark} is not between 0 and 100"
                ).format(pass_mark=pass_mark)
            )
        company = None
        if kind != "first":  # a version met by the app is a record, not a decision
            company = needs_server(
                self.db.conn, self.company, QT_TRANSLATE_NOOP("Store", "publishing a quiz")
            )
        decided: QuizPublication | None = None
        if company is not None:  # the server decides first, under its writers' lock
            decided = self._new_quiz_publication(
                quiz_id, version, kind, pass_mark, time_limit, terms, actor_id, note
            )
            company.publish_quiz(
                dict(zip(_COLUMNS.split(", "), _values(decided), strict=True)), files, new
            )
        with self.db.atomic():
            publication = decided or self._new_quiz_publication(
                quiz_id, version, kind, pass_mark, time_limit, terms, actor_id, note
            )
            self.db.execute(
                f"INSERT INTO quiz_publications ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _values(publication),
            )
            if kind == "first":  # met by the app, not decided by anyone: no audit row
                return publication
            self._audit(
                actor_id,
                CONTENT_PUBLISHED,
                str(PUBLISHED_QUIZ.format(quiz=quiz_id)),
                {
                    "version": version,
                    "kind": kind,
                    "pass_mark": pass_mark,
                    "time_limit": time_limit,
                },
            )
        return publication

    def _new_quiz_publication(
        self,
        quiz_id: str,
        version: str,
        kind: str,
        pass_mark: int,
        time_limit: int | None,
        terms: Mapping[str, Any],
        actor_id: str | None,
        note: str,
    ) -> QuizPublication:
        """A publication following the latest one of the quiz here."""
        latest = self.latest_quiz_publication(quiz_id)
        return QuizPublication(
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

    def quiz_publications(self, quiz_id: str | None = None) -> list[QuizPublication]:
        """Publications of one quiz (or of all), oldest first."""
        where, params = (" WHERE quiz_id = ?", [quiz_id]) if quiz_id else ("", [])
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM quiz_publications{where} ORDER BY published_at, rowid",
            params,
        ).fetchall()
        return [_publication(row) for row in rows]

    def latest_quiz_publication(self, quiz_id: str) -> QuizPublication | None:
        """The publication the quiz is taken under: its latest decision, else the version
        first met (a ``first`` row pulled from or made on another PC never outranks a decision).
        """
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM quiz_publications WHERE quiz_id = ?"
            " ORDER BY kind <> 'first' DESC, published_at DESC, rowid DESC LIMIT 1",
            [quiz_id],
        ).fetchone()
        return _publication(row) if row else None


def _values(publication: QuizPublication) -> list[Any]:
    """The row of ``quiz_publications`` for a publication, in ``_COLUMNS`` order."""
    return [
        publication.id,
        publication.quiz_id,
        publication.version,
        publication.previous_version,
        publication.kind,
        publication.pass_mark,
        publication.time_limit,
        json.dumps(publication.terms, sort_keys=True, ensure_ascii=False),
        publication.published_at,
        publication.published_by,
        publication.note,
    ]
