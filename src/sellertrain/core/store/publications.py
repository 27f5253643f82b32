"""Lesson publications: an author's decision that a changed lesson is material or editorial.

Each row records who published which version of a lesson, when, whether the change was
material (the rule changed: readers of older versions must refresh the changed sections) or
editorial (wording: nothing changes for learners), the sections it names, and the hash of
every section before and after. Section texts are kept by hash in ``section_texts`` so the
"what changed since you read it" view can show the old words. Both tables are append-only.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import PublicationKind, SectionText, section_digest
from sellertrain.core.store.audit import CONTENT_PUBLISHED, AuditLog
from sellertrain.core.store.audit_subjects import PUBLISHED_LESSON
from sellertrain.core.store.company_link import CompanyLink, Row, needs_server
from sellertrain.core.store.rows import rows_among


@dataclass(frozen=True)
class Publication:
    """One published version of a lesson and the decision that came with it."""

    id: str
    lesson_id: str
    version: str
    previous_version: str | None
    kind: PublicationKind
    revision: int  # how many material changes the lesson has had, this one included
    changed_sections: tuple[str, ...]
    sections: Mapping[str, str] = field(default_factory=dict)  # anchor -> hash, after
    previous_sections: Mapping[str, str] = field(default_factory=dict)  # anchor -> hash, before
    published_at: str = ""
    published_by: str | None = None
    publisher_name: str | None = None
    note: str = ""

    @property
    def material(self) -> bool:
        return self.kind == PublicationKind.MATERIAL


class PublicationRecords(AuditLog):
    """Publication rows for the Store (a mixin: the same connection and rules)."""

    company: CompanyLink | None

    def _checked_section_texts(self, lesson_id: str, sections: Sequence[SectionText]) -> list[Row]:
        """The section_texts rows to keep, so an old version can be shown.

        The table is append-only and keyed by the hash: a text stored under a hash that is not
        its own would stay wrong for good, so it is refused before anything is written.
        """
        if wrong := next((s for s in sections if s.digest != section_digest(s.text)), None):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "the text of section '{section}' of lesson '{lesson}' does not match its "
                    "hash; nothing was saved",
                ).format(section=wrong.anchor, lesson=lesson_id)
            )
        return [(s.digest, lesson_id, s.anchor, s.title, s.text) for s in sections]

    def _keep_section_texts(self, lesson_id: str, sections: Sequence[SectionText]) -> None:
        """Store section texts by their hash (once each), inside the caller's transaction."""
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO section_texts (hash, lesson_id, anchor, title, text)"
            " VALUES (?, ?, ?, ?, ?)",
            self._checked_section_texts(lesson_id, sections),
        )

    def section_texts(self, hashes: Iterable[str]) -> dict[str, SectionText]:
        """Stored section texts by hash (those never stored are missing)."""
        wanted = list(dict.fromkeys(hashes))
        rows = rows_among(
            self.db.conn, "SELECT hash, anchor, title, text FROM section_texts WHERE hash", wanted
        )
        return {
            digest: SectionText(anchor, title, text, digest) for digest, anchor, title, text in rows
        }

    def record_publication(
        self,
        lesson_id: str,
        version: str,
        previous_version: str | None,
        kind: PublicationKind | str,
        changed_sections: Sequence[str],
        sections: Sequence[SectionText],
        previous_sections: Sequence[SectionText],
        actor_id: str | None,
        note: str = "",
        files: Sequence[Row] = (),
        new: bool = False,
    ) -> Publication:
        """Record a publication (with its audit row) in one transaction.

        The revision counts material publications: it is read and written inside the same
        transaction, so two authors publishing at once still get distinct numbers. On a
        database that belongs to a company record the server assigns it (and records the
        publication first, with the content ``files`` it carries: (path, sha256, bytes) each):
        publishing offline is refused. ``new``: a draft made live, which the server refuses
        when someone else published the lesson first.
        """
        try:
            kind = PublicationKind(kind)
        except ValueError:
            raise ValueError(
                QT_TRANSLATE_NOOP("Store", "unknown kind of change '{kind}'").format(kind=kind)
            ) from None
        company = needs_server(self.db.conn, self.company, QT_TRANSLATE_NOOP("Store", "publishing"))
        texts = self._checked_section_texts(lesson_id, [*previous_sections, *sections])
        row: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "lesson_id": lesson_id,
            "version": version,
            "previous_version": previous_version,
            "kind": kind.value,
            "changed_sections": json.dumps(list(changed_sections)),
            "sections": section_map(sections),
            "previous_sections": section_map(previous_sections),
            "published_at": self.now(),
            "published_by": actor_id,
            "note": note,
        }
        material = kind == PublicationKind.MATERIAL
        # on a company record the server numbers the revision, under its writers' lock
        assigned = (
            company.publish(row, texts, material, files, new) if company is not None else None
        )
        with self.db.atomic():
            current = self.db.execute(
                "SELECT coalesce(max(revision), 0) FROM lesson_publications WHERE lesson_id = ?",
                [lesson_id],
            ).fetchone()[0]
            row["revision"] = assigned if assigned is not None else current + int(material)
            publication = Publication(
                id=row["id"],
                lesson_id=lesson_id,
                version=version,
                previous_version=previous_version,
                kind=kind,
                revision=row["revision"],
                changed_sections=tuple(changed_sections),
                sections={s.anchor: s.digest for s in sections},
                previous_sections={s.anchor: s.digest for s in previous_sections},
                published_at=row["published_at"],
                published_by=actor_id,
                note=note,
            )
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO section_texts (hash, lesson_id, anchor, title, text)"
                " VALUES (?, ?, ?, ?, ?)",
                texts,
            )
            columns = ", ".join(row)
            self.db.execute(
                f"INSERT INTO lesson_publications ({columns}) VALUES"
                f" ({', '.join('?' for _ in row)})",
                list(row.values()),
            )
            self._audit(
                actor_id,
                CONTENT_PUBLISHED,
                str(PUBLISHED_LESSON.format(lesson=lesson_id)),
                {
                    "version": version,
                    "kind": kind.value,
                    "revision": publication.revision,
                    "sections": list(changed_sections),
                },
            )
        return publication

    def last_read_version(
        self, lesson_id: str, other_than: str
    ) -> tuple[str, dict[str, str], str] | None:
        """The latest version of a lesson someone completed (other than ``other_than``), its
        section hashes and when: what learners read before an unpublished edit."""
        row = self.db.execute(
            "SELECT lesson_version, sections, at FROM lesson_events WHERE kind = 'completed'"
            " AND lesson_id = ? AND lesson_version <> ? AND sections IS NOT NULL"
            " ORDER BY at DESC, rowid DESC LIMIT 1",
            [lesson_id, other_than],
        ).fetchone()
        return (row[0], json.loads(row[1]), row[2]) if row else None

    def lesson_readers(self, lesson_id: str) -> int:
        """How many employees have completed the lesson (in any version)."""
        return self.db.execute(
            "SELECT count(DISTINCT employee_id) FROM lesson_events"
            " WHERE kind = 'completed' AND lesson_id = ?",
            [lesson_id],
        ).fetchone()[0]

    def publications(self, lesson_id: str | None = None) -> list[Publication]:
        """Publications, oldest first (of one lesson, or of all)."""
        sql = (
            "SELECT p.id, p.lesson_id, p.version, p.previous_version, p.kind, p.revision,"
            " p.changed_sections, p.sections, p.previous_sections, p.published_at,"
            " p.published_by, e.name, p.note FROM lesson_publications AS p"
            " LEFT JOIN employees AS e ON e.id = p.published_by"
        )
        params: list[str] = []
        if lesson_id is not None:
            sql += " WHERE p.lesson_id = ?"
            params.append(lesson_id)
        rows = self.db.execute(sql + " ORDER BY p.published_at, p.rowid", params).fetchall()
        return [
            Publication(
                id=row[0],
                lesson_id=row[1],
                version=row[2],
                previous_version=row[3],
                kind=PublicationKind(row[4]),
                revision=row[5],
                changed_sections=tuple(json.loads(row[6])),
                sections=json.loads(row[7]),
                previous_sections=json.loads(row[8]),
                published_at=row[9],
                published_by=row[10],
                publisher_name=row[11],
                note=row[12],
            )
            for row in rows
        ]


def section_map(sections: Sequence[SectionText]) -> str:
    """The JSON stored with a record: each section's anchor -> its hash."""
    return json.dumps({s.anchor: s.digest for s in sections}, sort_keys=True)
