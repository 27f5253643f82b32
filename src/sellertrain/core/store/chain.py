"""Tamper-evident attempt results: a hash chain per employee, and the check that replays it.

Every result row written since schema 5 carries ``chain_seq`` (1, 2, ... per employee),
``prev_hash`` (the ``record_hash`` of the employee's previous result, ``""`` for the first) and
``record_hash``: the SHA-256 (hex) of this canonical JSON text, UTF-8 encoded::

    [1, [attempt id, employee_id, quiz_id, quiz_version, seed, started_at, kind, scope, sections],
        [result id, status, finished_at, score, passed],
        chain_seq, prev_hash,
        [[question_id, position, selected, selected_text, correct, score], ...]]

written as Python's ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` writes
it. Values are the stored column values; answers are sorted by (position, question_id);
integers are integers (``passed`` and ``correct`` 0 or 1), scores floats written as Python's
``repr`` (the shortest text that reads back as the same double, so a value that went through
SQLite hashes the same), and NULL is ``null``. The leading 1 is the format's version.

Editing a chained row or its answers breaks its hash; deleting one leaves a gap in
``chain_seq`` and a ``prev_hash`` that names no row. Deleting an employee's newest rows
leaves no trace inside the file: the chain head in an exported record is the outside anchor
that catches it, and also catches a whole chain rewritten by someone who knows this format.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sellertrain.core.store.schema import StoreError

if TYPE_CHECKING:
    from sellertrain.core.store.transactions import Database

FORMAT = 1
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode

ATTEMPT_FIELDS = (
    "id",
    "employee_id",
    "quiz_id",
    "quiz_version",
    "seed",
    "started_at",
    "kind",
    "scope",
    "sections",
)
RESULT_FIELDS = ("id", "status", "finished_at", "score", "passed")
ANSWER_FIELDS = ("question_id", "position", "selected", "selected_text", "correct", "score")
_ATTEMPT_SQL = ", ".join(f"a.{name}" for name in ATTEMPT_FIELDS)
_ANSWER_SQL = ", ".join(f"n.{name}" for name in ANSWER_FIELDS)

# kinds of problem the check reports
EDITED = "edited"  # content no longer matches its hash
MISSING = "missing"  # a gap in the chain: a row was deleted (or its link replaced)
ANSWERS = "answers"  # answers added to or removed from a record
UNCHAINED = "unchained"  # a result written since schema 5 without chain data

DELETION_NOTE = (
    "Deleting an employee's newest records leaves no trace inside the database: compare their "
    "chain head with the one in an exported record (verify-records --employee NAME --head HASH)."
)


# -- the hash ------------------------------------------------------------------------------
def answer_json(answer: Sequence[Any]) -> str:
    """One answer's part of the canonical text: its ANSWER_FIELDS values as stored."""
    question_id, position, selected, selected_text, correct, score = answer
    return _encode(
        (question_id, int(position), selected, selected_text, int(correct), float(score))
    )


def canonical_text(
    attempt: Sequence[Any],
    result: Sequence[Any],
    answers: Iterable[str],
    seq: int,
    prev_hash: str,
) -> str:
    """The text a record's hash covers (module docstring).

    ``attempt`` holds the ATTEMPT_FIELDS values, ``result`` the RESULT_FIELDS values and
    ``answers`` each answer's ``answer_json``, already in (position, question_id) order.
    """
    a_id, employee_id, quiz_id, quiz_version, seed, started_at, kind, scope, sections = attempt
    r_id, status, finished_at, score, passed = result
    # one encoder call for everything but the answers (encoded one by one, often cached),
    # which close the array: its final "]" makes way for them
    head = _encode(
        (
            FORMAT,
            (
                a_id,
                employee_id,
                quiz_id,
                quiz_version,
                int(seed),
                started_at,
                kind,
                scope,
                sections,
            ),
            (r_id, status, finished_at, float(score), int(passed)),
            int(seq),
            prev_hash,
        )
    )
    return f"{head[:-1]},[{','.join(answers)}]]"


def record_hash(
    attempt: Sequence[Any],
    result: Sequence[Any],
    answers: Iterable[str],
    seq: int,
    prev_hash: str,
) -> str:
    """SHA-256 (hex) of ``canonical_text``."""
    text = canonical_text(attempt, result, answers, seq, prev_hash)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sorted_answers(answers: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
    return sorted(answers, key=lambda a: (int(a[1]), a[0]))


# -- what the check reports ----------------------------------------------------------------
@dataclass(frozen=True)
class ChainHead:
    """The newest link of an employee's chain: its number and hash."""

    seq: int
    hash: str


@dataclass(frozen=True)
class ChainProblem:
    """One finding of ``verify_records``, about one employee's records."""

    kind: str  # EDITED, MISSING, ANSWERS or UNCHAINED
    employee_id: str | None
    employee: str  # the employee's name (or a stand-in when the row names nobody known)
    message: str
    attempt_id: str | None = None

    def __str__(self) -> str:
        return f"{self.employee}: {self.message}"


@dataclass(frozen=True)
class ChainReport:
    """What ``verify_records`` found: counts, problems, and each employee's chain head."""

    employees: int  # employees whose records were checked
    records: int  # chained results checked
    legacy: int  # results written before schema 5: outside the chain, not checkable
    problems: tuple[ChainProblem, ...] = ()
    heads: dict[str, ChainHead] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _when(stamp: str | None) -> str:
    return (stamp or "?").replace("T", " ")[:16]


def _describe(seq: int | None, attempt_id: str, quiz_id: str | None, finished: str | None) -> str:
    number = f"record #{seq} " if seq is not None else "the result "
    return f"{number}(attempt {attempt_id}, quiz {quiz_id or '?'}, finished {_when(finished)})"


# -- the Store mixin -----------------------------------------------------------------------
class ChainRecords:
    """Chain links for new results, and the check of every chain (a Store mixin)."""

    db: Database

    def _chain_link(
        self, attempt_id: str, result: Sequence[Any], answers: Sequence[Sequence[Any]]
    ) -> tuple[str, int, str, str]:
        """(employee_id, chain_seq, prev_hash, record_hash) for a result about to be written.

        Call inside the write transaction that inserts the result, so that no other writer
        can take the same link number in between (``BEGIN IMMEDIATE`` holds the lock).
        """
        attempt = self.db.execute(
            f"SELECT {', '.join(ATTEMPT_FIELDS)} FROM attempts WHERE id = ?", [attempt_id]
        ).fetchone()
        if attempt is None:
            raise StoreError(f"there is no attempt {attempt_id}; nothing was saved")
        employee_id = attempt[1]
        head = self.chain_head(employee_id)
        seq, prev = (head.seq + 1, head.hash) if head else (1, "")
        texts = [answer_json(a) for a in _sorted_answers(answers)]
        return employee_id, seq, prev, record_hash(attempt, result, texts, seq, prev)

    def chain_head(self, employee_id: str) -> ChainHead | None:
        """The employee's newest chained result (index ``attempt_results_chain``), if any."""
        row = self.db.execute(
            "SELECT chain_seq, record_hash FROM attempt_results"
            " WHERE employee_id = ? AND chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1",
            [employee_id],
        ).fetchone()
        return ChainHead(row[0], row[1]) if row else None

    def chain_position(self, employee_id: str, hash_: str) -> int | None:
        """The link number of the employee's result with this hash; None if there is none."""
        row = self.db.execute(
            "SELECT chain_seq FROM attempt_results"
            " WHERE employee_id = ? AND chain_seq IS NOT NULL AND record_hash = ?",
            [employee_id, hash_.strip().lower()],
        ).fetchone()
        return row[0] if row else None

    def record_rows(self, employee_id: str) -> list[dict[str, Any]]:
        """Every attempt of an employee with its result, chain link and answers, as stored.

        Oldest first; the stored text of each answer is kept as is, so the hashes can be
        recomputed from an export (module docstring).
        """
        attempts = self.db.execute(
            f"SELECT {_ATTEMPT_SQL}, r.id, r.status, r.finished_at, r.score, r.passed,"
            " r.chain_seq, r.prev_hash, r.record_hash FROM attempts AS a"
            " LEFT JOIN attempt_results AS r ON r.attempt_id = a.id"
            " WHERE a.employee_id = ? ORDER BY a.started_at, a.rowid",
            [employee_id],
        ).fetchall()
        answers: dict[str, list[dict[str, Any]]] = {}
        for attempt_id, *values in self.db.execute(
            f"SELECT n.attempt_id, {_ANSWER_SQL} FROM attempts AS a"
            " JOIN answers AS n ON n.attempt_id = a.id WHERE a.employee_id = ?"
            " ORDER BY n.attempt_id, n.position, n.question_id",
            [employee_id],
        ):
            answers.setdefault(attempt_id, []).append(dict(zip(ANSWER_FIELDS, values, strict=True)))
        records = []
        for row in attempts:
            record = dict(zip(ATTEMPT_FIELDS, row[:9], strict=True))
            result_id, status, finished_at, score, passed, seq, prev, hash_ = row[9:]
            record["result"] = (
                None
                if result_id is None
                else {
                    "id": result_id,
                    "status": status,
                    "finished_at": finished_at,
                    "score": score,
                    "passed": passed,
                    "chain_seq": seq,
                    "prev_hash": prev,
                    "record_hash": hash_,
                }
            )
            record["answers"] = answers.get(row[0], [])
            records.append(record)
        return records

    def verify_records(self, employee_id: str | None = None) -> ChainReport:
        """Replay every employee's chain (or one employee's) and report what does not hold.

        One pass over the chained results in (employee, link) order, merged with their
        answers in the same order: no query per row. Runs in one read transaction, so a
        writer committing meanwhile cannot make a sound chain look broken.
        """
        conn = self.db.conn
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")
        try:
            from sellertrain.core.store.chain_check import Verifier

            return Verifier(conn, employee_id).run()
        finally:
            if own:
                conn.execute("COMMIT")
