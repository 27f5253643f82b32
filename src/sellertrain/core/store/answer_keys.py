"""Many answers written at once as the keys answer_rows holds (m020), without the view.

Inserting through the ``answers`` view looks each value up and adds it where new, row by row,
in its trigger; a bulk write of a million answers works the keys out in Python instead, from
dictionaries of the values already stored, and writes each table with one ``executemany``.
An answer's id is not stored when it is ``answer_id(result, position)`` (m022).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Sequence

from sellertrain.core.store.many_rows import insert_rows
from sellertrain.core.store.rows import rows_among, unseen_rows

Row = Sequence[object]


def answer_id(result_id: object, position: object) -> str:
    """The id an answer is given: its result's and its position's, so that it need not be
    stored (m022). The result's, not the attempt's: an attempt submitted on two PCs has two
    results, and their answers must not share ids."""
    return f"{result_id}:{position}"


def new_answer_ids(result_id: object, positions: Iterable[object]) -> list[str]:
    """Ids for a result's answers at ``positions``: ``answer_id`` each, but a random one for
    a position that came already, so that two answers never share an id (a result's answers
    are at distinct positions; this keeps a caller's slip from losing one)."""
    seen: set[object] = set()
    ids = []
    for position in positions:
        if type(position) is int and position not in seen:
            ids.append(answer_id(result_id, position))
        else:
            ids.append(str(uuid.uuid4()))
        seen.add(position)
    return ids


def _stored_id(id_: object, result_id: object, position: object) -> object:
    """What answer_rows.id holds for an answer: NULL for the id it was given, as the view's
    insert trigger decides (the attempt's result is here, the position an integer as the
    column stores it)."""
    if result_id is not None and type(position) is int and id_ == answer_id(result_id, position):
        return None
    return id_


class AnswerKeys:
    """The keys of the values answers refer to, extended as rows arrive. Questions and option
    sets are few (hundreds) and loaded at once; attempts are many (one per quiz taken), so
    only those the rows name are looked up: a routine pull reads a few, not every attempt.

    Use one within one transaction: after a rollback its dictionaries name keys that are
    gone, so make a new one."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.attempts: dict[object, int] = {}  # those looked up or added so far
        self.results: dict[object, object] = {}  # their results' ids, where they have one
        self.questions: dict[object, int] = dict(
            conn.execute("SELECT question_id, id FROM answer_questions")
        )
        self.choices: dict[tuple[object, object], int] = {
            (selected, text): key
            for key, selected, text in conn.execute(
                "SELECT id, selected, selected_text FROM answer_choices"
            )
        }
        # the next key of each table: one past the largest (keys need not be contiguous)
        last_attempt = conn.execute("SELECT coalesce(max(id), 0) FROM answer_attempts")
        self.next = [
            last_attempt.fetchone()[0] + 1,
            max(self.questions.values(), default=0) + 1,
            max(self.choices.values(), default=0) + 1,
        ]

    def insert(self, rows: Iterable[Row], skip_known: bool = False) -> int:
        """Insert answers given in the view's column order (id, attempt_id, question_id,
        position, selected, selected_text, correct, score); how many rows were written.

        With ``skip_known`` (a pull) an answer whose id is here already, stored or worked out,
        is skipped, as the view's insert trigger skips it. Otherwise a stored id given again
        breaks its unique key; a worked-out one is unique as long as a result's positions are
        (``new_answer_ids`` sees to that for the app's own answers)."""
        if skip_known:
            rows = self._unknown(rows)  # which has looked up the attempts they name
        else:
            rows = list(rows)
            self._look_up_attempts({row[1] for row in rows})
        attempts, questions, choices = self.attempts, self.questions, self.choices
        new_attempts: list[tuple[int, object]] = []
        new_questions: list[tuple[int, object]] = []
        new_choices: list[tuple[int, object, object]] = []
        compact: list[tuple[object, ...]] = []
        for id_, attempt_id, question_id, position, selected, text, correct, score in rows:
            attempt = attempts.get(attempt_id)
            if attempt is None:
                attempt = attempts[attempt_id] = self.next[0]
                self.next[0] += 1
                new_attempts.append((attempt, attempt_id))
            question = questions.get(question_id)
            if question is None:
                question = questions[question_id] = self.next[1]
                self.next[1] += 1
                new_questions.append((question, question_id))
            choice = choices.get((selected, text))
            if choice is None:
                choice = choices[(selected, text)] = self.next[2]
                self.next[2] += 1
                new_choices.append((choice, selected, text))
            stored_id = _stored_id(id_, self.results.get(attempt_id), position)
            compact.append((stored_id, attempt, question, position, choice, correct, score))
        conn = self.conn
        conn.executemany("INSERT INTO answer_attempts (id, attempt_id) VALUES (?, ?)", new_attempts)
        conn.executemany(
            "INSERT INTO answer_questions (id, question_id) VALUES (?, ?)", new_questions
        )
        conn.executemany(
            "INSERT INTO answer_choices (id, selected, selected_text) VALUES (?, ?, ?)",
            new_choices,
        )
        insert_rows(
            conn,
            "INSERT INTO answer_rows (id, attempt, question, position, choice, correct, score)"
            " VALUES ",
            "(?, ?, ?, ?, ?, ?, ?)",
            compact,
        )
        return len(compact)

    def _look_up_attempts(self, attempt_ids: set[object]) -> None:
        """Add the stored keys of those of ``attempt_ids`` not looked up yet."""
        wanted = [attempt_id for attempt_id in attempt_ids if attempt_id not in self.attempts]
        self.attempts.update(
            rows_among(
                self.conn, "SELECT attempt_id, id FROM answer_attempts WHERE attempt_id", wanted
            )
        )
        # an attempt's result never changes once here (append-only, one per attempt)
        wanted = [attempt_id for attempt_id in attempt_ids if attempt_id not in self.results]
        self.results.update(
            rows_among(
                self.conn, "SELECT attempt_id, id FROM attempt_results WHERE attempt_id", wanted
            )
        )

    def _unknown(self, rows: Iterable[Row]) -> list[Row]:
        """``rows`` but those whose id is here, stored or worked out (or came earlier in
        ``rows``)."""
        pending = list(rows)
        found = rows_among(
            self.conn, "SELECT id FROM answer_rows WHERE id", [row[0] for row in pending]
        )
        seen: set[object] = {id_ for (id_,) in found}
        self._look_up_attempts({row[1] for row in pending})
        results = {  # the key of each attempt named that has answers here -> its result's id
            self.attempts[row[1]]: self.results.get(row[1])
            for row in pending
            if row[1] in self.attempts
        }
        worked_out = rows_among(
            self.conn,
            "SELECT attempt, position FROM answer_rows WHERE id IS NULL AND attempt",
            list(results),
        )
        seen.update(
            answer_id(results[key], position)
            for key, position in worked_out
            if results[key] is not None  # (it is: an id was left out only beside its result)
        )
        return unseen_rows(pending, seen)
