"""A quiz written as Moodle GIFT: texts as ``[markdown]``, every special character escaped.

Importing the result (in Moodle, or with ``gift`` and ``gift_convert``) gives back each
question's text, context, options, correct answers, weights, option feedback and explanation.
What GIFT has no place for (``Tests:`` links, pass mark, shuffling) is left out, as documented.
"""

from __future__ import annotations

import re

from sellertrain.core.interchange.gift_values import FORMATS
from sellertrain.core.interchange.quiz_writer import number_text
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message
from sellertrain.core.models import Question, QuestionKind, Quiz

_SPECIAL = re.compile(r"([~=#{}:])")
_WEIGHT_LIKE = re.compile(r"^%-*[0-9]{1,2}\.?[0-9]*%")


def escape(text: str) -> str:
    """Text for a GIFT file: ``\\`` doubled, ``~ = # { } :`` escaped, line breaks as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\\", "\\\\")
    return _SPECIAL.sub(r"\\\1", text).replace("\n", "\\n")


def _field(text: str) -> str:
    """An answer or feedback: escaped, with ``[markdown]`` added where the text itself
    starts like a format or a weight (the importer would read those off)."""
    escaped = escape(text.strip())
    starts_like_format = any(escaped.startswith(f"[{name}]") for name in FORMATS)
    if starts_like_format or _WEIGHT_LIKE.match(escaped):
        return "[markdown]" + escaped
    return escaped


def _fraction(weight: float) -> str:
    text = f"{weight * 100:.5f}".rstrip("0").rstrip(".")
    return "%" + ("0" if text == "-0" else text) + "%"


def _feedback(text: str) -> str:
    return f"#{_field(text)}" if text.strip() else ""


def _choice_lines(question: Question) -> list[str]:
    options = question.options
    weighted = any(o.weight is not None for o in options)
    right = sum(o.correct for o in options)
    wrong = len(options) - right
    single_correct = next((o for o in options if o.correct), None) if right == 1 else None
    # '=' makes a single-choice question in Moodle; it always means 100 %
    use_equals = single_correct is not None and single_correct.weight in (None, 1.0)
    lines = []
    for option in options:
        if use_equals and option is single_correct:
            prefix = "="
        elif weighted or not use_equals:
            if option.weight is not None:
                weight = option.weight
            elif right == 1:
                weight = 1.0 if option.correct else 0.0
            else:
                weight = 1 / right if option.correct else (-1 / wrong if wrong else 0.0)
            prefix = "~" + _fraction(weight)
        else:
            prefix = "~"
        lines.append(f"{prefix}{_field(option.text)}{_feedback(option.feedback)}")
    return lines


def _true_false(question: Question) -> list[str]:
    by_text = {o.text.strip().lower(): o for o in question.options}
    true, false = by_text["true"], by_text["false"]
    # {ANSWER#feedback for the wrong choice#feedback for the right choice}
    right, wrong = (true, false) if true.correct else (false, true)
    answer = "TRUE" if true.correct else "FALSE"
    feedback = ""
    if right.feedback.strip() or wrong.feedback.strip():
        feedback = f"#{_field(wrong.feedback)}#{_field(right.feedback)}"
    return [answer + feedback]


def _number(question: Question) -> list[str]:
    lines = []
    for number in question.numbers:
        if number.value is not None and number.tolerance:
            text = f"{number_text(number.value)}:{number_text(number.tolerance)}"
        elif number.low == number.high:
            text = number_text(number.low)
        else:
            text = f"{number_text(number.low)}..{number_text(number.high)}"
        lines.append(f"={_fraction(number.weight)}{text}")
    return ["#", *lines]


def question_gift(question: Question) -> str:
    """One question as GIFT; ValueError when GIFT cannot hold it."""
    text = question.text.strip()
    if question.context.strip():
        text += "\n\n" + question.context.strip()
    head = f"// question: {question.id}\n"
    if question.title.strip():
        head += f"::{escape(' '.join(question.title.split()))}::"
    head += f"[markdown]{escape(text)}"
    kind = question.kind
    if kind == QuestionKind.TRUE_FALSE:
        lines = _true_false(question)
    elif kind.is_choice:
        lines = _choice_lines(question)
    elif kind == QuestionKind.SHORT_ANSWER:
        if any("->" in a.text for a in question.accepted):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Interchange",
                    "a short answer containing '->' would read as a matching question",
                )
            )
        lines = [f"={_fraction(a.weight)}{_field(a.text)}" for a in question.accepted]
    elif kind == QuestionKind.NUMERICAL:
        lines = _number(question)
    else:
        if any("->" in p.left for p in question.pairs):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Interchange", "a matching item with '->' on its left cannot be written in GIFT"
                )
            )
        lines = [f"={_field(p.left)} -> {escape(p.right)}" for p in question.pairs]
        lines += [f"= -> {escape(d)}" for d in question.distractors]
    if question.explanation.strip():
        lines.append(f"####[markdown]{escape(question.explanation.strip())}")
    if kind == QuestionKind.NUMERICAL:
        body = lines[0] + "\n\t" + "\n\t".join(lines[1:])
    else:
        body = "\n\t".join(lines)
    return head + "{\n\t" + body + "\n}\n"


def quiz_to_gift(quiz: Quiz) -> tuple[str, list[tuple[int, str]]]:
    """The quiz as a GIFT file (in a category named after it), and ``(line, message)`` for
    each question GIFT cannot hold (left out)."""
    category = quiz.title.replace("/", "//")
    parts = [
        f"// Exported from SellerTrain: quiz {quiz.id} ({' '.join(quiz.title.split())})\n",
        # Moodle reads a category path as it is (no escapes); '//' is a literal '/'
        f"$CATEGORY: $course$/{' '.join(category.split())}\n",
    ]
    problems: list[tuple[int, str]] = []
    for question in quiz.questions:
        try:
            parts.append(question_gift(question))
        except ValueError as exc:
            problems.append((question.line, error_message(exc)))
    return "\n".join(parts), problems
