"""Moodle GIFT files: a line-numbered reader into plain values, close to Moodle's own importer.

The reader follows ``qformat_gift::readquestion`` (Moodle's reference implementation) step by
step, so question types, weights and feedback come out as Moodle reads them; questions Moodle
cannot read become ``GiftProblem`` values with their line instead of being dropped. Converting to
quiz Markdown lives in ``gift_convert``; writing GIFT from a quiz in ``gift_export``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMATS = ("moodle", "html", "plain", "markdown")
_WS = " \t\n\r\0\x0b"  # what PHP's trim() strips (not Unicode spaces)
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_NUMERIC = re.compile(r"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$")
_ID_TOKEN = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_TAG_TOKEN = re.compile(r"\[tag:((?:\\\]|[^\]<>`\x00-\x1f\x7f])+)\]")
_TAGS = re.compile(r"<[^>]*>")
# Escaped characters are swapped for private-use sentinels while the question is cut up.
_ESCAPES = {
    ":": "\ue000",
    "#": "\ue001",
    "=": "\ue002",
    "{": "\ue003",
    "}": "\ue004",
    "~": "\ue005",
}
_NEWLINE, _BACKSLASH = "\ue006", "\ue007"
NOT_UTF8 = (
    "the file is not UTF-8 text (windows-1252 or another encoding?); "
    "GIFT files must use UTF-8: save it as UTF-8 and try again"
)


class GiftEncodingError(ValueError):
    """The file is not UTF-8 (Moodle refuses such files too); ``line`` is where decoding failed."""

    def __init__(self, line: int, message: str = NOT_UTF8) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class GiftAnswer:
    """A choice, or an accepted short answer: ``fraction`` is the share of the mark (1 = 100 %)."""

    text: str
    fraction: float
    feedback: str = ""
    format: str = "moodle"
    feedback_format: str = "moodle"


@dataclass(frozen=True)
class GiftNumber:
    """A numerical answer: ``value`` ± ``tolerance``; ``value`` None is Moodle's catch-all ``*``.

    ``low``/``high`` keep a ``min..max`` range as written (Moodle stores its mid-point ± half).
    """

    value: float | None
    tolerance: float | None
    fraction: float
    feedback: str = ""
    feedback_format: str = "moodle"
    low: float | None = None
    high: float | None = None

    @property
    def accepted_range(self) -> tuple[float, float] | None:
        """The numbers this answer accepts, or None for the catch-all."""
        if self.value is None:
            return None
        if self.low is not None and self.high is not None:
            return (self.low, self.high)
        tolerance = self.tolerance or 0.0
        return (self.value - tolerance, self.value + tolerance)


@dataclass(frozen=True)
class GiftPair:
    """A matching entry; an empty ``question`` makes ``answer`` an extra wrong answer."""

    question: str
    answer: str
    format: str = "moodle"


@dataclass(frozen=True)
class GiftQuestion:
    """One question as Moodle reads it. ``type`` is Moodle's: multichoice, truefalse,
    shortanswer, numerical, matching, essay or description."""

    type: str
    line: int
    text: str
    text_format: str = "moodle"
    title: str | None = None
    category: str | None = None
    single: bool = True
    answers: tuple[GiftAnswer, ...] = ()
    numbers: tuple[GiftNumber, ...] = ()
    pairs: tuple[GiftPair, ...] = ()
    correct_answer: bool | None = None
    feedback_true: str = ""  # shown to a learner who picks True
    feedback_false: str = ""  # shown to a learner who picks False
    tf_feedback_formats: tuple[str, str] = ("moodle", "moodle")
    general_feedback: str = ""
    general_feedback_format: str = "moodle"
    idnumber: str = ""
    tags: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """The type in words, with multiple choice split by single/multiple answers."""
        if self.type == "multichoice":
            return "multiple_choice" if self.single else "multiple_answers"
        return {
            "truefalse": "true_false",
            "shortanswer": "short_answer",
        }.get(self.type, self.type)

    @property
    def extra_wrong_answers(self) -> tuple[str, ...]:
        """Matching answers that belong to no question (``= -> answer``)."""
        return tuple(p.answer for p in self.pairs if not p.question)

    def is_correct(self, answer: GiftAnswer) -> bool:
        """Whether a choice counts as correct: 100 % for single choice, above 0 otherwise."""
        if self.single:
            return answer.fraction >= 1 - 1e-9
        return answer.fraction > 0


@dataclass(frozen=True)
class GiftProblem:
    """A question Moodle could not read either, at the line where it starts."""

    line: int
    message: str


@dataclass
class GiftFile:
    """Everything read from one GIFT file, in file order."""

    questions: list[GiftQuestion] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    problems: list[GiftProblem] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------------------
def decode(raw: bytes) -> str:
    """The text of a GIFT file (BOM dropped); raise GiftEncodingError unless it is UTF-8."""
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = raw[: exc.start]
        newline = b"\n" if b"\n" in raw else b"\r"
        raise GiftEncodingError(head.count(newline) + 1) from None


def read_gift(path: Path) -> GiftFile:
    """Read a GIFT file; raise GiftEncodingError when it is not UTF-8, OSError when unreadable."""
    return parse_gift(decode(Path(path).read_bytes()))


def parse_gift(text: str) -> GiftFile:
    """Read GIFT text: questions are separated by blank lines, as in Moodle."""
    text = text.removeprefix("\ufeff")
    lines = text.split("\r") if "\n" not in text and "\r" in text else text.split("\n")
    result = _Reader()
    block: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip(_WS)
        if stripped in ("", "0"):  # PHP's empty(): a line "0" also ends a question
            if block:
                result.read(block)
            block = []
        else:
            block.append((number, stripped))
    if block:
        result.read(block)
    return result.file


def _protect(text: str) -> str:
    """Moodle's ``escapedchar_pre``: ``\\\\`` is one backslash, ``\\~`` etc. become sentinels."""
    text = text.replace("\\\\", _BACKSLASH)
    for char, sentinel in _ESCAPES.items():
        text = text.replace("\\" + char, sentinel)
    text = text.replace("\\n", _NEWLINE)
    return text.replace(_BACKSLASH, "\\")


def _restore(text: str) -> str:
    """Moodle's ``escapedchar_post``: sentinels back to their characters."""
    for char, sentinel in _ESCAPES.items():
        text = text.replace(sentinel, char)
    return text.replace(_NEWLINE, "\n")


def _with_format(text: str, default: str) -> tuple[str, str]:
    """A ``[html]``-style prefix sets the text format; text unescaped and trimmed."""
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        if end != -1 and text[1:end] in FORMATS:
            fmt, text = text[1:end], text[end + 1 :]
    return _restore(text).strip(_WS), fmt


def _split_answers(text: str, separator: str) -> list[str]:
    parts = text.split(separator)
    parts[0] = parts[0].strip(_WS)
    if parts[0] in ("", "0"):
        parts.pop(0)
    return parts


def _weight(answer: str) -> tuple[float | None, str]:
    """A leading ``%50%`` weight as a fraction, and the rest of the answer."""
    if not _WEIGHT.match(answer):
        return None, answer
    end = answer.index("%", 1)
    try:
        value = float(answer[1:end]) / 100
    except ValueError:
        value = 0.0
    return value, answer[end + 1 :]


def _comment(answer: str, default: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """Answer text and its ``#feedback``, each with its format."""
    text, _, feedback = answer.partition("#")
    return _with_format(text.strip(_WS), default), _with_format(feedback.strip(_WS), default)


def _is_numeric(text: str) -> bool:
    return bool(_NUMERIC.match(text))


def idnumber_and_tags(comments: str) -> tuple[str, tuple[str, ...]]:
    """``[id:...]`` and ``[tag:...]`` tokens of a question's ``//`` comment lines."""
    found = _ID_TOKEN.search(comments)
    idnumber = found.group(1).strip().replace("\\]", "]") if found else ""
    tags = tuple(m.group(1).strip().replace("\\]", "]") for m in _TAG_TOKEN.finditer(comments))
    return idnumber, tags


class _Invalid(Exception):
    """A question Moodle would skip, with the reason."""


class _Reader:
    """Reads blocks of lines one at a time, tracking the category in effect."""

    def __init__(self) -> None:
        self.file = GiftFile()
        self.category: str | None = None

    def read(self, block: list[tuple[int, str]]) -> None:
        comments = "".join(line + "\n" for _, line in block if line.startswith("//"))
        body = [(n, line) for n, line in block if not line.startswith("//")]
        if not body:
            return
        line = body[0][0]
        # Moodle keeps a blank line where each comment was
        joined = "\n".join(" " if text.startswith("//") else text for _, text in block)
        text = _protect(joined.strip(_WS))
        if text.startswith("$CATEGORY:"):
            first, newline, rest = _restore(text[10:]).partition("\n")
            self.category = first.strip(_WS)
            self.file.categories.append(self.category)
            if newline and rest.strip(_WS):
                # Moodle would make these lines part of the category's name: say so
                self.file.problems.append(
                    GiftProblem(
                        line + 1,
                        "text right after a $CATEGORY line is not read as a question: "
                        "put a blank line after the $CATEGORY line",
                    )
                )
            return
        try:
            question = self._question(text, line)
        except _Invalid as exc:
            self.file.problems.append(GiftProblem(line, str(exc)))
            return
        idnumber, tags = idnumber_and_tags(comments)
        self.file.questions.append(
            replace(question, category=self.category, idnumber=idnumber, tags=tags)
        )

    def _question(self, text: str, line: int) -> GiftQuestion:
        title: str | None = None
        if text.startswith("::"):
            text = text[2:]
            end = text.find("::")
            if end != -1:
                title = _TAGS.sub("", _restore(text[:end])).strip()
                text = text[end + 2 :].strip(_WS)
        start, finish = text.find("{"), text.find("}")
        description = start == -1 and finish == -1
        if description:
            answer_text, question_text = "", text
        elif start == -1 or finish == -1:
            raise _Invalid("could not find the answers between '{' and '}'")
        elif finish < start:
            raise _Invalid("'}' comes before '{': escape literal braces as \\{ and \\}")
        else:
            answer_text = text[start + 1 : finish].strip(_WS)
            # text after the answers makes a "missing word" question: the blank marks the place
            blank = "" if text.endswith("}") else "_____"
            question_text = text[:start] + blank + text[finish + 1 :]
        general = ""
        separator = answer_text.rfind("####")
        if separator != -1:
            general = answer_text[separator + 4 :]
            answer_text = answer_text[:separator].strip(_WS)
        q_text, q_format = _with_format(question_text, "moodle")
        g_text, g_format = _with_format(general, q_format)
        base: dict[str, Any] = {
            "line": line,
            "text": q_text,
            "text_format": q_format,
            "title": title,
            "general_feedback": g_text,
            "general_feedback_format": g_format,
        }
        if description:
            return GiftQuestion(type="description", **base)
        if answer_text == "":
            return GiftQuestion(type="essay", **base)
        if answer_text[0] == "#":
            return GiftQuestion(type="numerical", numbers=_numbers(answer_text, q_format), **base)
        if "~" in answer_text:
            single = "=" in answer_text
            return GiftQuestion(
                type="multichoice",
                single=single,
                answers=_choices(answer_text, q_format),
                **base,
            )
        if "=" in answer_text and "->" in answer_text:
            return GiftQuestion(type="matching", pairs=_pairs(answer_text, q_format), **base)
        hash_at = answer_text.find("#")
        check = answer_text[:hash_at].strip(_WS) if hash_at > 0 else answer_text
        if check in ("T", "TRUE", "F", "FALSE"):
            return _true_false(answer_text, q_format, base)
        return GiftQuestion(type="shortanswer", answers=_short(answer_text, q_format), **base)


def _choices(answer_text: str, fmt: str) -> tuple[GiftAnswer, ...]:
    answers = _split_answers(answer_text.replace("=", "~="), "~")
    if len(answers) < 2:
        raise _Invalid("a multiple choice question needs at least 2 answers")
    result = []
    for raw in answers:
        answer = raw.strip(_WS)
        if answer.startswith("="):
            fraction, answer = 1.0, answer[1:]
        else:
            weight, answer = _weight(answer)
            fraction = weight if weight is not None else 0.0
        (text, text_format), (feedback, feedback_format) = _comment(answer, fmt)
        result.append(GiftAnswer(text, fraction, feedback, text_format, feedback_format))
    return tuple(result)


def _pairs(answer_text: str, fmt: str) -> tuple[GiftPair, ...]:
    answers = _split_answers(answer_text, "=")
    if len(answers) < 2:
        raise _Invalid("a matching question needs at least 2 entries")
    result = []
    for raw in answers:
        answer = raw.strip(_WS)
        marker = answer.find("->")
        if marker == -1:
            raise _Invalid(f"matching entry '{_restore(answer)[:40]}' has no '->'")
        question, question_format = _with_format(answer[:marker], fmt)
        result.append(
            GiftPair(question, _restore(answer[marker + 2 :]).strip(_WS), question_format)
        )
    return tuple(result)


def _true_false(answer_text: str, fmt: str, base: dict[str, Any]) -> GiftQuestion:
    bits = [*answer_text.split("#", 2), "", ""]
    value, _ = _with_format(bits[0].strip(_WS), fmt)
    wrong, wrong_format = _with_format(bits[1].strip(_WS), fmt)
    right, right_format = _with_format(bits[2].strip(_WS), fmt)
    correct = value in ("T", "TRUE")
    # {ANSWER#shown for the wrong choice#shown for the right choice}
    if correct:
        feedback = (right, wrong, (right_format, wrong_format))
    else:
        feedback = (wrong, right, (wrong_format, right_format))
    return GiftQuestion(
        type="truefalse",
        correct_answer=correct,
        feedback_true=feedback[0],
        feedback_false=feedback[1],
        tf_feedback_formats=feedback[2],
        **base,
    )


def _short(answer_text: str, fmt: str) -> tuple[GiftAnswer, ...]:
    answers = _split_answers(answer_text, "=")
    if not answers:
        raise _Invalid("a short answer question needs at least 1 answer")
    result = []
    for raw in answers:
        weight, answer = _weight(raw.strip(_WS))
        (text, _), (feedback, feedback_format) = _comment(answer, fmt)
        fraction = 1.0 if weight is None else weight
        result.append(GiftAnswer(text, fraction, feedback, "plain", feedback_format))
    return tuple(result)


def _numbers(answer_text: str, fmt: str) -> tuple[GiftNumber, ...]:
    answer_text = answer_text[1:]
    wrong = ""
    tilde = answer_text.find("~")
    if tilde != -1:
        answer_text, wrong = answer_text[:tilde], answer_text[tilde:]
    answers = _split_answers(answer_text, "=")
    if not answers:
        raise _Invalid("a numerical question needs at least 1 answer")
    result = []
    for raw in answers:
        weight, answer = _weight(raw.strip(_WS))
        (text, _), (feedback, feedback_format) = _comment(answer, fmt)
        fraction = 1.0 if weight is None else weight
        result.append(_number(text, fraction, feedback, feedback_format))
    if wrong not in ("", "0"):
        _, (feedback, feedback_format) = _comment(wrong, fmt)
        result.append(GiftNumber(None, None, 0.0, feedback, feedback_format))
    return tuple(result)


def _number(text: str, fraction: float, feedback: str, feedback_format: str) -> GiftNumber:
    """``value``, ``value:tolerance`` or ``min..max``; Moodle takes a non-number as ``*``."""
    dots, colon = text.find(".."), text.find(":")
    low = high = None
    if dots > 0:
        low_text, high_text = text[:dots].strip(_WS), text[dots + 2 :].strip(_WS)
        if not (_is_numeric(low_text) and _is_numeric(high_text)):
            raise _Invalid(f"'{text}' is not a range of numbers (write it as 1.5..2.5)")
        low, high = float(low_text), float(high_text)
        value: float | None = (low + high) / 2
        tolerance_text = str(high - value)
    elif colon > 0:
        value_text, tolerance_text = text[:colon].strip(_WS), text[colon + 1 :].strip(_WS)
        value = float(value_text) if _is_numeric(value_text) else None
    else:
        value = float(text) if _is_numeric(text) else None
        tolerance_text = "0"
    if not _is_numeric(tolerance_text):
        raise _Invalid(f"'{text}' is not a number with a tolerance (write it as 3:0.5)")
    return GiftNumber(
        value, float(tolerance_text), fraction, feedback, feedback_format, low=low, high=high
    )


# -- JSON ----------------------------------------------------------------------------------------
def _percent(fraction: float) -> float:
    value = round(fraction * 100, 5)
    return int(value) if value == int(value) else value


def question_json(question: GiftQuestion) -> dict[str, Any]:
    """One question as JSON-ready data (weights in percent)."""
    data: dict[str, Any] = {
        "line": question.line,
        "type": question.type,
        "kind": question.kind,
        "title": question.title,
        "text": question.text,
        "text_format": question.text_format,
        "category": question.category,
        "general_feedback": question.general_feedback,
    }
    if question.idnumber:
        data["idnumber"] = question.idnumber
    if question.tags:
        data["tags"] = list(question.tags)
    if question.type == "multichoice":
        data["options"] = [
            {
                "text": a.text,
                "format": a.format,
                "correct": question.is_correct(a),
                "weight": _percent(a.fraction),
                "feedback": a.feedback,
            }
            for a in question.answers
        ]
    elif question.type == "truefalse":
        data["answer"] = question.correct_answer
        data["feedback_if_true_chosen"] = question.feedback_true
        data["feedback_if_false_chosen"] = question.feedback_false
    elif question.type == "shortanswer":
        data["answers"] = [
            {"text": a.text, "weight": _percent(a.fraction), "feedback": a.feedback}
            for a in question.answers
        ]
    elif question.type == "numerical":
        data["numbers"] = [
            {
                "value": "*" if n.value is None else n.value,
                "tolerance": n.tolerance,
                "accepted_range": list(n.accepted_range) if n.accepted_range else None,
                "weight": _percent(n.fraction),
                "feedback": n.feedback,
            }
            for n in question.numbers
        ]
    elif question.type == "matching":
        data["pairs"] = [[p.question, p.answer] for p in question.pairs if p.question]
        data["extra_wrong_answers"] = list(question.extra_wrong_answers)
    return data


def to_json(gift: GiftFile) -> dict[str, Any]:
    """The whole file as JSON-ready data: categories, questions, problems."""
    return {
        "categories": list(gift.categories),
        "questions": [question_json(q) for q in gift.questions],
        "problems": [{"line": p.line, "message": p.message} for p in gift.problems],
    }
