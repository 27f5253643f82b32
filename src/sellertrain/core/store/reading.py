"""Lesson reading records of the Store: openings, reading time and completions."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from sellertrain.core.models import LessonEventKind, SectionText
from sellertrain.core.store.publications import PublicationRecords, section_map
from sellertrain.core.store.records import LessonProgress
from sellertrain.core.store.rows import named_rows, row_to


class ReadingRecords(PublicationRecords):
    """The append-only ``lesson_events`` (a Store mixin)."""

    def _lesson_event(
        self,
        employee_id: str,
        lesson_id: str,
        version: str,
        kind: LessonEventKind,
        seconds: int = 0,
        sections: Sequence[SectionText] = (),
    ) -> str:
        event_id = str(uuid.uuid4())
        with self.db.atomic():
            self._keep_section_texts(lesson_id, sections)
            self.db.execute(
                "INSERT INTO lesson_events (id, employee_id, lesson_id, lesson_version, kind, at,"
                " seconds, sections) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    event_id,
                    employee_id,
                    lesson_id,
                    version,
                    kind,
                    self.now(),
                    max(0, int(seconds)),
                    section_map(sections) if sections else None,
                ],
            )
        return event_id

    def record_lesson_opened(self, employee_id: str, lesson_id: str, version: str) -> str:
        return self._lesson_event(employee_id, lesson_id, version, LessonEventKind.OPENED)

    def record_reading_time(
        self, employee_id: str, lesson_id: str, version: str, seconds: float
    ) -> str:
        return self._lesson_event(
            employee_id, lesson_id, version, LessonEventKind.READ, round(seconds)
        )

    def record_lesson_completed(
        self,
        employee_id: str,
        lesson_id: str,
        version: str,
        sections: Sequence[SectionText] = (),
    ) -> str:
        """A completion, with the hash (and text) of every section the employee read."""
        return self._lesson_event(
            employee_id, lesson_id, version, LessonEventKind.COMPLETED, 0, sections
        )

    def lesson_progress(self, employee_id: str) -> dict[str, LessonProgress]:
        """Per lesson: first and last opening, time read, latest completion and its version."""
        rows = named_rows(
            self.db.conn,
            """
            SELECT lesson_id,
                   min(CASE WHEN kind = 'opened' THEN at END) AS first_opened,
                   max(CASE WHEN kind = 'opened' THEN at END) AS last_opened,
                   coalesce(sum(seconds), 0) AS seconds,
                   max(CASE WHEN kind = 'completed' THEN at END) AS completed_at
            FROM lesson_events WHERE employee_id = ? GROUP BY lesson_id
            """,
            [employee_id],
        )
        latest = {
            lesson_id: (version, json.loads(sections) if sections else {})
            for lesson_id, version, sections in self.db.execute(
                """
                SELECT lesson_id, lesson_version, sections FROM lesson_events AS e
                WHERE employee_id = ? AND kind = 'completed' AND at = (
                    SELECT max(at) FROM lesson_events
                    WHERE employee_id = e.employee_id AND lesson_id = e.lesson_id
                      AND kind = 'completed')
                ORDER BY at, rowid
                """,
                [employee_id],
            ).fetchall()
        }
        progress = {}
        for row in rows:
            version, sections = latest.get(row["lesson_id"], (None, {}))
            progress[row["lesson_id"]] = row_to(
                LessonProgress, row, completed_version=version, completed_sections=sections
            )
        return progress

    def lesson_events(self, employee_id: str) -> list[dict]:
        """Every reading record of an employee, oldest first (for 'My progress')."""
        return list(
            self.db.query(
                "SELECT lesson_id, lesson_version, kind, at, seconds FROM lesson_events"
                " WHERE employee_id = ? ORDER BY at, rowid",
                [employee_id],
            )
        )
