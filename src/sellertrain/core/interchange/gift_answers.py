"""The answer part of a GIFT question (between ``{`` and ``}``), read as Moodle reads it.

Also the text helpers both parts share: Moodle's escapes, ``[format]`` prefixes, ``%50%`` weights
and ``#feedback``.
"""

from __future__ import annotations

import math
import re
from typing import Any

from sellertrain.core.content.quiz_parser import MAX_NUMBER
from sellertrain.core.interchange.gift_values import (
    FORMATS,
    GiftAnswer,
    GiftNumber,
    GiftPair,
    GiftQuestion,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP

WS = " \t\n\r\0\x0b"  # what PHP's trim() strips (not Unicode spaces)
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_NUMERIC = re.compile(r"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$")
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


class InvalidQuestion(Exception):
    """A question Moodle would skip, with the reason."""


def protect(text: str) -> str:
    """Moodle's ``escapedchar_pre``: ``\\\\`` is one backslash, ``\\~`` etc. become sentinels."""
    text = text.replace("\\\\", _BACKSLASH)
    for char, sentinel in _ESCAPES.items():
        text = text.replace("\\" + char, sentinel)
    text = text.replace("\\n", _NEWLINE)
    return text.replace(_BACKSLASH, "\\")


def restore(text: str) -> str:
    """Moodle's ``escapedchar_post``: sentinels back to their characters."""
    for char, sentinel in _ESCAPES.items():
        text = text.replace(sentinel, char)
    return text.replace(_NEWLINE, "\n")


def with_format(text: str, default: str) -> tuple[str, str]:
    """A ``[html]``-style prefix sets the text format; text unescaped and trimmed."""
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        if end != -1 and text[1:end] in FORMATS:
            fmt, text = text[1:end], text[end + 1 :]
    return restore(text).strip(WS), fmt


def split_answers(text: str, separator: str) -> list[str]:
    parts = text.split(separator)
    parts[0] = parts[0].strip(WS)
    if parts[0] in ("", "0"):
        parts.pop(0)
    return parts


def weight_of(answer: str) -> tuple[float | None, str]:
    """A leading ``%50%`` weight as a fraction, and the rest of the answer."""
    if not _WEIGHT.match(answer):
        return None, answer
    end = answer.index("%", 1)
    try:
        value = float(answer[1:end]) / 100
    except ValueError:
        value = 0.0
    return value, answer[end + 1 :]


def with_feedback(answer: str, default: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """Answer text and its ``#feedback``, each with its format."""
    text, _, feedback = answer.partition("#")
    return with_format(text.strip(WS), default), with_format(feedback.strip(WS), default)


def is_numeric(text: str) -> bool:
    return bool(_NUMERIC.match(text))


def read_choices(answer_text: str, fmt: str) -> tuple[GiftAnswer, ...]:
    answers = split_answers(answer_text.replace("=", "~="), "~")
    if len(answers) < 2:
        raise InvalidQuestion(
            QT_TRANSLATE_NOOP("Interchange", "a multiple choice question needs at least 2 answers")
        )
    result = []
    for raw in answers:
        answer = raw.strip(WS)
        if answer.startswith("="):
            fraction, answer = 1.0, answer[1:]
        else:
            weight, answer = weight_of(answer)
            fraction = weight if weight is not None else 0.0
        (text, text_format), (feedback, feedback_format) = with_feedback(answer, fmt)
        result.append(GiftAnswer(text, fraction, feedback, text_format, feedback_format))
    return tuple(result)


def read_pairs(answer_text: str, fmt: str) -> tuple[GiftPair, ...]:
    answers = split_answers(answer_text, "=")
    if len(answers) < 2:
        raise InvalidQuestion(
            QT_TRANSLATE_NOOP("Interchange", "a matching question needs at least 2 entries")
        )
    result = []
    for raw in answers:
        answer = raw.strip(WS)
        marker = answer.find("->")
        if marker == -1:
            raise InvalidQuestion(
                QT_TRANSLATE_NOOP("Interchange", "matching entry '{entry}' has no '->'").format(
                    entry=restore(answer)[:40]
                )
            )
        question, question_format = with_format(answer[:marker], fmt)
        result.append(GiftPair(question, restore(answer[marker + 2 :]).strip(WS), question_format))
    return tuple(result)


def read_true_false(answer_text: str, fmt: str, base: dict[str, Any]) -> GiftQuestion:
    bits = [*answer_text.split("#", 2), "", ""]
    value, _ = with_format(bits[0].strip(WS), fmt)
    wrong, wrong_format = with_format(bits[1].strip(WS), fmt)
    right, right_format = with_format(bits[2].strip(WS), fmt)
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


def read_short_answers(answer_text: str, fmt: str) -> tuple[GiftAnswer, ...]:
    answers = split_answers(answer_text, "=")
    if not answers:
        raise InvalidQuestion(
            QT_TRANSLATE_NOOP("Interchange", "a short answer question needs at least 1 answer")
        )
    result = []
    for raw in answers:
        weight, answer = weight_of(raw.strip(WS))
        (text, _), (feedback, feedback_format) = with_feedback(answer, fmt)
        fraction = 1.0 if weight is None else weight
        result.append(GiftAnswer(text, fraction, feedback, "plain", feedback_format))
    return tuple(result)


def read_numbers(answer_text: str, fmt: str) -> tuple[GiftNumber, ...]:
    answer_text = answer_text[1:]
    wrong = ""
    tilde = answer_text.find("~")
    if tilde != -1:
        answer_text, wrong = answer_text[:tilde], answer_text[tilde:]
    answers = split_answers(answer_text, "=")
    if not answers:
        raise InvalidQuestion(
            QT_TRANSLATE_NOOP("Interchange", "a numerical question needs at least 1 answer")
        )
    result = []
    for raw in answers:
        weight, answer = weight_of(raw.strip(WS))
        (text, _), (feedback, feedback_format) = with_feedback(answer, fmt)
        fraction = 1.0 if weight is None else weight
        result.append(_number(text, fraction, feedback, feedback_format))
    if wrong not in ("", "0"):
        _, (feedback, feedback_format) = with_feedback(wrong, fmt)
        result.append(GiftNumber(None, None, 0.0, feedback, feedback_format))
    return tuple(result)


def _number(text: str, fraction: float, feedback: str, feedback_format: str) -> GiftNumber:
    """``value``, ``value:tolerance`` or ``min..max``; Moodle takes a non-number as ``*``."""
    dots, colon = text.find(".."), text.find(":")
    low = high = None
    if dots > 0:
        low_text, high_text = text[:dots].strip(WS), text[dots + 2 :].strip(WS)
        if not (is_numeric(low_text) and is_numeric(high_text)):
            raise InvalidQuestion(
                QT_TRANSLATE_NOOP(
                    "Interchange", "'{text}' is not a range of numbers (write it as 1.5..2.5)"
                ).format(text=text)
            )
        low, high = float(low_text), float(high_text)
        middle = (low + high) / 2
        value: float | None = middle
        tolerance_text = str(high - middle)
    elif colon > 0:
        value_text, tolerance_text = text[:colon].strip(WS), text[colon + 1 :].strip(WS)
        value = float(value_text) if is_numeric(value_text) else None
    else:
        value = float(text) if is_numeric(text) else None
        tolerance_text = "0"
    if not is_numeric(tolerance_text):
        raise InvalidQuestion(
            QT_TRANSLATE_NOOP(
                "Interchange", "'{text}' is not a number with a tolerance (write it as 3:0.5)"
            ).format(text=text)
        )
    tolerance = float(tolerance_text)
    given = [v for v in (value, low, high, tolerance) if v is not None]
    if not all(math.isfinite(v) and abs(v) <= MAX_NUMBER for v in given):
        raise InvalidQuestion(
            QT_TRANSLATE_NOOP(
                "Interchange", "'{text}' holds a number beyond {most}: numbers must be smaller"
            ).format(text=text[:80], most=f"{MAX_NUMBER:.0e}")
        )
    return GiftNumber(value, tolerance, fraction, feedback, feedback_format, low=low, high=high)
