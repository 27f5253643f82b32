"""Aiken files (single-answer multiple choice, plain text) read the way Moodle reads them.

Errors carry Moodle's wording and line numbers (every line counts, blank ones too), so a file
Moodle complains about at lines 3, 5, 7 and 18 is reported at the same lines here.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.content.authoring import slug
from sellertrain.core.content.render import slugify
from sellertrain.core.interchange.quiz_writer import (
    ImportResult,
    QuizDraft,
    check_question,
    unique_headings,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import Option, Question

log = logging.getLogger(__name__)

_CHOICE = re.compile(r"^[A-Z][).][ \t]?")
_ANSWER = re.compile(r"^ANSWER:")
_WS = " \t\n\r\0\x0b"

# Moodle's own words for the problems of an Aiken file (translated like every core text)
_NOT_STARTED = QT_TRANSLATE_NOOP("Interchange", "Question not started on line {line}")
_TOO_FEW = QT_TRANSLATE_NOOP("Interchange", "Question must have at least 2 answers on line {line}")
_NO_CHOICE = QT_TRANSLATE_NOOP(
    "Interchange", "ANSWER '{letter}' names no choice of the question on line {line}"
)
_NOT_COMPLETED = QT_TRANSLATE_NOOP(
    "Interchange", "Question not completed before next question start on line {line}"
)
_NO_ANSWER = QT_TRANSLATE_NOOP(
    "Interchange", "Question started on line {line} has no ANSWER line before the end of the file"
)


@dataclass(frozen=True)
class AikenQuestion:
    """A question: its text, choices in order, and the index of the correct one."""

    line: int
    text: str
    choices: tuple[str, ...]
    correct: int

    @property
    def correct_letter(self) -> str:
        """``A`` for the first choice, ``B`` for the second ..."""
        return chr(ord("A") + self.correct)


@dataclass
class AikenFile:
    """The questions of a file, and ``(line, message)`` for each problem."""

    questions: list[AikenQuestion] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Open:
    line: int
    text: str
    choices: list[str] = field(default_factory=list)


def parse_aiken(text: str) -> AikenFile:
    """Read Aiken text as Moodle's ``qformat_aiken`` does, reporting what it would skip."""
    result = AikenFile()
    current: _Open | None = None
    lines = re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff"))
    for number, raw in enumerate(lines, start=1):
        line = raw.strip(_WS)
        if len(line.encode("utf-8")) < 2:
            continue
        if _CHOICE.match(line):
            if current is None:
                result.errors.append((number, _NOT_STARTED.format(line=number)))
                continue
            current.choices.append(line[2:].strip(_WS))
        elif _ANSWER.match(line):
            if current is None:
                result.errors.append((number, _NOT_STARTED.format(line=number)))
                continue
            letter = line[line.index(":") + 1 :].strip(_WS)[:1]
            if len(current.choices) < 2:
                result.errors.append((number, _TOO_FEW.format(line=number)))
            elif not ("A" <= letter <= "Z") or ord(letter) - ord("A") >= len(current.choices):
                result.errors.append((number, _NO_CHOICE.format(letter=letter, line=number)))
            else:
                result.questions.append(
                    AikenQuestion(
                        current.line, current.text, tuple(current.choices), ord(letter) - ord("A")
                    )
                )
            current = None
        else:
            if current is not None:
                result.errors.append((number, _NOT_COMPLETED.format(line=number)))
            current = _Open(number, line)
    if current is not None:
        # Moodle drops this one without a word; say so
        result.errors.append((current.line, _NO_ANSWER.format(line=current.line)))
    return result


def to_json(aiken: AikenFile) -> dict[str, Any]:
    """The file as JSON-ready data."""
    return {
        "questions": [
            {
                "line": q.line,
                "text": q.text,
                "choices": list(q.choices),
                "correct_index": q.correct,
                "correct_letter": q.correct_letter,
            }
            for q in aiken.questions
        ],
        "errors": [{"line": line, "message": message} for line, message in aiken.errors],
    }


def convert_aiken(aiken: AikenFile, file_name: str, quiz_id: str | None = None) -> ImportResult:
    """One single-choice quiz for the file (its id made from the file name, or ``quiz_id``);
    Moodle's errors and unusable questions reported."""
    questions: list[Question] = []
    not_converted = list(aiken.errors)
    for item in aiken.questions:
        question = Question(
            id=slugify(item.text) or f"line-{item.line}",
            text=" ".join(item.text.split()),
            options=tuple(
                Option(" ".join(c.split()), i == item.correct) for i, c in enumerate(item.choices)
            ),
            line=item.line,
        )
        reason = check_question(question)
        if reason is not None:
            not_converted.append((item.line, reason))
        else:
            questions.append(question)
    stem = file_name.split(".")[0] or file_name
    quizzes: tuple[QuizDraft, ...] = ()
    unique, notes = unique_headings(questions)
    if unique:
        words = " ".join(re.split(r"[_\-\s]+", stem)).strip() or "Imported quiz"
        title = words[:1].upper() + words[1:]
        source = f"Imported from {file_name} (Aiken)"
        quizzes = (QuizDraft(slug(quiz_id or stem, "aiken-quiz"), title, tuple(unique), source),)
    return ImportResult(quizzes, tuple(sorted(not_converted)), tuple(notes))
