"""Tamper-evident attempt results: a hash chain per employee, and the check that replays it.

Every result row written since schema 5 carries ``chain_seq`` (1, 2, ... per employee),
``prev_hash`` (the ``record_hash`` of the employee's previous result, ``""`` for the first) and
``record_hash``: the SHA-256 (hex) of this canonical JSON text, UTF-8 encoded::

    [2, [attempt id, employee_id, quiz_id, quiz_version, seed, started_at, kind, scope, sections],
        [result id, status, finished_at, score, passed, pass_mark],
        chain_seq, prev_hash,
        [[question_id, position, selected, selected_text, correct, score], ...]]

written as Python's ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` writes
it. Values are the stored column values; answers are sorted by (position, question_id);
integers are integers (``passed`` and ``correct`` 0 or 1), scores floats written as Python's
``repr`` (the shortest text that reads back as the same double, so a value that went through
SQLite hashes the same), and NULL is ``null``. The leading number is the format's version:
results written since schema 14 keep the pass mark they were scored under (format 2); older
ones have none, and their text is format 1, without ``pass_mark`` in the result part. Blanking
a stored pass mark therefore changes the text too, and breaks the hash.

Editing a chained row or its answers breaks its hash; deleting one leaves a gap in
``chain_seq`` and a ``prev_hash`` that names no row. Deleting an employee's newest rows
leaves no trace inside the file: the chain head in an exported record is the outside anchor
that catches it, and also catches a whole chain rewritten by someone who knows this format.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.message import QT_TRANSLATE_NOOP

FORMAT = 2  # results with a pass mark; format 1 (without it) is older results
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
RESULT_FIELDS = ("id", "status", "finished_at", "score", "passed", "pass_mark")
ANSWER_FIELDS = ("question_id", "position", "selected", "selected_text", "correct", "score")
ATTEMPT_SQL = ", ".join(f"a.{name}" for name in ATTEMPT_FIELDS)
ANSWER_SQL = ", ".join(f"n.{name}" for name in ANSWER_FIELDS)

# kinds of problem the check reports
EDITED = "edited"  # content no longer matches its hash
MISSING = "missing"  # a gap in the chain: a row was deleted (or its link replaced)
ANSWERS = "answers"  # answers added to or removed from a record
UNCHAINED = "unchained"  # a result written since schema 5 without chain data

DELETION_NOTE = QT_TRANSLATE_NOOP(
    "Store",
    "Deleting an employee's newest records leaves no trace inside the database: compare their "
    "chain head with the one in an exported record (verify-records --employee NAME --head HASH).",
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

    ``attempt`` holds the ATTEMPT_FIELDS values, ``result`` the RESULT_FIELDS values (the
    first five for a format-1 result) and
    ``answers`` each answer's ``answer_json``, already in (position, question_id) order.
    """
    a_id, employee_id, quiz_id, quiz_version, seed, started_at, kind, scope, sections = attempt
    r_id, status, finished_at, score, passed = result[:5]
    pass_mark = result[5] if len(result) > 5 else None  # a format-1 result has none
    result_part: tuple[Any, ...]
    if pass_mark is None:
        version, result_part = 1, (r_id, status, finished_at, float(score), int(passed))
    else:
        version = FORMAT
        result_part = (r_id, status, finished_at, float(score), int(passed), float(pass_mark))
    # one encoder call for everything but the answers (encoded one by one, often cached),
    # which close the array: its final "]" makes way for them
    head = _encode(
        (
            version,
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
            result_part,
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
    import hashlib  # here: OpenSSL is not loaded before the first screen

    text = canonical_text(attempt, result, answers, seq, prev_hash)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sorted_answers(answers: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
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

    kind: str  # EDITED, MISSING, ANSWERS, UNCHAINED, or a kind of record_checks.py
    employee_id: str | None
    employee: str  # the employee's name (or a stand-in when the row names nobody known)
    message: str
    attempt_id: str | None = None

    def __str__(self) -> str:  # a Message: str(problem) stays translatable
        return QT_TRANSLATE_NOOP("Store", "{employee}: {problem}").format(
            employee=self.employee, problem=self.message
        )


@dataclass(frozen=True)
class ChainReport:
    """What ``verify_records`` found: counts, problems, and each employee's chain head."""

    employees: int  # employees whose records were checked
    records: int  # chained results checked
    legacy: int  # results written before schema 5: outside the chain, not checkable
    problems: tuple[ChainProblem, ...] = ()
    heads: dict[str, ChainHead] = field(default_factory=dict)
    certificates: int = 0  # certificates checked against the records behind them
    audit_legacy: int = 0  # audit rows from before the audit log was chained (schema 10)
    passwords_unchecked: int = 0  # employees whose password was last set before schema 10

    @property
    def ok(self) -> bool:
        return not self.problems


def shown_time(stamp: str | None) -> str:
    """A stored time as shown in a finding: "YYYY-MM-DD HH:MM"."""
    return (stamp or "?").replace("T", " ")[:16]


def describe(seq: int | None, attempt_id: str, quiz_id: str | None, finished: str | None) -> str:
    values = {"attempt": attempt_id, "quiz": quiz_id or "?", "finished": shown_time(finished)}
    if seq is None:
        return QT_TRANSLATE_NOOP(
            "Store", "the result (attempt {attempt}, quiz {quiz}, finished {finished})"
        ).format(**values)
    return QT_TRANSLATE_NOOP(
        "Store", "record #{seq} (attempt {attempt}, quiz {quiz}, finished {finished})"
    ).format(seq=seq, **values)
