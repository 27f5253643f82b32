"""Quiz attempts of the Store: starting one, drafts for resuming, the result and its answers."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Sequence

from sellertrain.core.models import AttemptKind, AttemptStatus, Response, SectionText
from sellertrain.core.store.answer_keys import new_answer_ids
from sellertrain.core.store.chain_records import ChainRecords
from sellertrain.core.store.publications import PublicationRecords, section_map
from sellertrain.core.store.quiz_publications import QuizPublicationRecords
from sellertrain.core.store.records import AnswerRecord, AnswerToSave, AttemptRecord
from sellertrain.core.store.rows import named_rows, row_to
from sellertrain.core.training import responses

# an attempt with its result, if any, named as AttemptRecord's fields
_ATTEMPT_COLUMNS = (
    "a.id, a.employee_id, a.quiz_id, a.quiz_version, a.seed, a.started_at, r.status,"
    " r.finished_at, r.score, r.passed, a.kind, a.scope, r.pass_mark"
    " FROM attempts AS a LEFT JOIN attempt_results AS r ON r.attempt_id = a.id"
)


class AttemptRecords(ChainRecords, PublicationRecords, QuizPublicationRecords):
    """The append-only ``attempts``, ``attempt_results``, ``answers`` and drafts (a Store mixin)."""

    def start_attempt(
        self,
        employee_id: str,
        quiz_id: str,
        quiz_version: str,
        seed: int,
        *,
        kind: AttemptKind = AttemptKind.QUIZ,
        scope: Sequence[str] = (),
        lesson_id: str | None = None,
        sections: Sequence[SectionText] = (),
    ) -> AttemptRecord:
        """A new attempt; ``sections`` are the tested lesson's sections as they are now."""
        kind = AttemptKind(kind)
        record = AttemptRecord(
            str(uuid.uuid4()),
            employee_id,
            quiz_id,
            quiz_version,
            seed,
            self.now(),
            kind=kind,
            scope=tuple(scope),
        )
        with self.db.atomic():
            if lesson_id is not None:
                self._keep_section_texts(lesson_id, sections)
            self.db.execute(
                "INSERT INTO attempts (id, employee_id, quiz_id, quiz_version, seed, started_at,"
                " kind, scope, sections) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    record.id,
                    employee_id,
                    quiz_id,
                    quiz_version,
                    seed,
                    record.started_at,
                    kind,
                    json.dumps(list(scope)) if scope else None,
                    section_map(sections) if sections else None,
                ],
            )
        return record

    def save_draft_answer(
        self, attempt_id: str, question_id: str, selected: Response | set[int]
    ) -> None:
        """Keep an answer given so far, so a closed app can resume the attempt."""
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO draft_answers (id, attempt_id, question_id, selected, saved_at, seq)"
                " VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM draft_answers"
                " WHERE attempt_id = ?))",
                [
                    str(uuid.uuid4()),
                    attempt_id,
                    question_id,
                    responses.encode(
                        selected if not isinstance(selected, set) else frozenset(selected)
                    ),
                    self.now(),
                    attempt_id,
                ],
            )

    def draft_answers(self, attempt_id: str, until: str | None = None) -> dict[str, Response]:
        """The latest saved answer to each question of an unfinished attempt.

        ``until`` (a stored time) keeps only the answers saved by then: a time limit's.
        """
        answers: dict[str, Response] = {}
        for question_id, selected in self.db.execute(
            "SELECT question_id, selected FROM draft_answers WHERE attempt_id = ?"
            " AND (? IS NULL OR saved_at <= ?) ORDER BY seq",
            [attempt_id, until, until],
        ).fetchall():
            answers[question_id] = responses.decode(selected)
        return answers

    def finish_attempt(
        self,
        attempt_id: str,
        score: float,
        passed: bool,
        answers: Sequence[AnswerToSave],
        status: AttemptStatus = AttemptStatus.SUBMITTED,
    ) -> None:
        """Write the result and every answer of an attempt in one transaction.

        The result is linked to the employee's previous one by hash in the same transaction
        (see chain.py), so a kill leaves the result, its answers and its link all or none.
        When the attempt's quiz version was published, the result keeps that publication's
        pass mark and ``passed`` follows from it, whatever the caller says: the quiz file
        the caller scored with may have been edited (quiz_publications.py).
        """
        stored = [
            (
                a.question_id,
                a.position,
                responses.encode(a.selected),
                json.dumps(list(a.selected_text), ensure_ascii=False),
                int(a.correct),
                a.score,
            )
            for a in answers
        ]
        with self.db.atomic():
            pass_mark = self._published_pass_mark(attempt_id)
            if pass_mark is not None:
                passed = status != AttemptStatus.ABANDONED and score >= pass_mark - 1e-9
            result = [str(uuid.uuid4()), status, self.now(), score, int(passed), pass_mark]
            link = self._chain_link(attempt_id, result, stored)
            self.db.execute(
                "INSERT INTO attempt_results (id, attempt_id, status, finished_at, score, passed,"
                " pass_mark, employee_id, chain_seq, prev_hash, record_hash, device_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " (SELECT value FROM sync_state WHERE key = 'device_id'))",
                [result[0], attempt_id, *result[1:], *link],
            )
            self.db.conn.executemany(
                "INSERT INTO answers (id, attempt_id, question_id, position, selected,"
                " selected_text, correct, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (id_, attempt_id, *row)
                    for id_, row in zip(
                        new_answer_ids(result[0], [row[1] for row in stored]),
                        stored,
                        strict=True,
                    )
                ],
            )

    def _published_pass_mark(self, attempt_id: str) -> float | None:
        """The pass mark of the latest publication of the attempt's quiz version, if any."""
        row = self.db.execute(
            "SELECT p.pass_mark FROM attempts AS a JOIN quiz_publications AS p"
            " ON p.quiz_id = a.quiz_id AND p.version = a.quiz_version WHERE a.id = ?"
            " ORDER BY p.published_at DESC, p.rowid DESC LIMIT 1",
            [attempt_id],
        ).fetchone()
        return None if row is None else float(row[0])

    def attempts(self, employee_id: str, quiz_id: str | None = None) -> list[AttemptRecord]:
        """An employee's attempts, newest first, finished or not."""
        sql = f"SELECT {_ATTEMPT_COLUMNS} WHERE a.employee_id = ?"
        params: list = [employee_id]
        if quiz_id is not None:
            sql += " AND a.quiz_id = ?"
            params.append(quiz_id)
        rows = named_rows(self.db.conn, sql + " ORDER BY a.started_at DESC, a.rowid DESC", params)
        return [_attempt(row) for row in rows]

    def attempt(self, attempt_id: str) -> AttemptRecord | None:
        rows = named_rows(self.db.conn, f"SELECT {_ATTEMPT_COLUMNS} WHERE a.id = ?", [attempt_id])
        return _attempt(rows[0]) if rows else None

    def unfinished_attempt(self, employee_id: str) -> AttemptRecord | None:
        """The newest attempt the employee started and never submitted, if any."""
        return next((a for a in self.attempts(employee_id) if not a.finished), None)

    def answers(self, attempt_id: str) -> list[AnswerRecord]:
        rows = self.db.execute(
            "SELECT question_id, position, selected, selected_text, correct, score FROM answers"
            " WHERE attempt_id = ? ORDER BY position",
            [attempt_id],
        ).fetchall()
        return [
            AnswerRecord(
                r[0], r[1], responses.decode(r[2]), tuple(json.loads(r[3])), bool(r[4]), r[5]
            )
            for r in rows
        ]


def _attempt(row: sqlite3.Row) -> AttemptRecord:
    """An attempt from a row of ``_ATTEMPT_COLUMNS`` (``passed`` is NULL until finished)."""
    passed, scope = row["passed"], row["scope"]
    return row_to(
        AttemptRecord,
        row,
        passed=None if passed is None else bool(passed),
        status=None if row["status"] is None else AttemptStatus(row["status"]),
        kind=AttemptKind(row["kind"]),
        scope=tuple(json.loads(scope)) if scope else (),
    )
