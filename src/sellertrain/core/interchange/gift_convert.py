"""GIFT questions (as read by ``gift``) converted to our quiz questions, one quiz per category.

What our format cannot hold is never dropped silently: a question that cannot be converted
(essay, description, a choice question whose options cannot be told apart ...) is reported with
its line, and a converted question that lost something (answer feedback, an image, Moodle tags)
gets a note with its line.
"""

from __future__ import annotations

import re
from typing import Any

from sellertrain.core.content.authoring import slug
from sellertrain.core.content.render import slugify
from sellertrain.core.interchange.gift_values import GiftFile, GiftQuestion
from sellertrain.core.interchange.html_text import Converted, convert, defuse
from sellertrain.core.interchange.quiz_writer import (
    ImportResult,
    QuizDraft,
    check_question,
    percent_text,
    unique_headings,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import (
    AcceptedAnswer,
    MatchPair,
    NumericAnswer,
    Option,
    Question,
)

NOT_CONVERTIBLE = {
    "essay": QT_TRANSLATE_NOOP(
        "Interchange",
        "essay question: it needs a teacher to mark it, which SellerTrain has no kind for",
    ),
    "description": QT_TRANSLATE_NOOP(
        "Interchange", "description (text with no answer): it is not a question"
    ),
}
_FEEDBACK_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Interchange", "feedback on each answer left out (kept: the question's explanation)"
)
_CONTEXT_PREFIX = re.compile(r"^\$(course|system|module|cat|coursecategory)\$/?")
_EPSILON = 1e-6


class _Notes:
    """Notes for one question, each said once."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, message: str) -> None:
        if message not in self.items:
            self.items.append(message)

    def joined(self) -> str:
        """``a; b; c``, kept a Message so each note is translated too."""
        text = self.items[-1] if self.items else ""
        for item in reversed(self.items[:-1]):
            text = QT_TRANSLATE_NOOP("Interchange", "{first}; {rest}").format(first=item, rest=text)
        return text


def _nothing_kept(notes: _Notes) -> str:
    return QT_TRANSLATE_NOOP("Interchange", "no answer can be kept: {notes}").format(
        notes=notes.joined()
    )


def _text(text: str, fmt: str, notes: _Notes) -> Converted:
    converted = convert(text, fmt)
    for item in converted.dropped:
        notes.add(
            QT_TRANSLATE_NOOP("Interchange", "{item} left out (only text is imported)").format(
                item=item
            )
        )
    return converted


def _split_text(question: GiftQuestion, notes: _Notes) -> tuple[str, str]:
    """The heading (first paragraph, as plain text) and the rest as Markdown context."""
    converted = _text(question.text, question.text_format, notes)
    blocks = converted.blocks
    if blocks and blocks[0].kind == "para":
        return " ".join(blocks[0].plain.split()), defuse(Converted(blocks[1:]).markdown)
    return question.title or f"Question at line {question.line}", defuse(converted.markdown)


def _clamped(fraction: float, notes: _Notes) -> float:
    if -1 <= fraction <= 1:
        return fraction
    notes.add(
        QT_TRANSLATE_NOOP("Interchange", "weight {weight} kept within -100% and 100%").format(
            weight=percent_text(fraction)
        )
    )
    return max(-1.0, min(1.0, fraction))


def _choices(question: GiftQuestion, notes: _Notes) -> tuple[Option, ...]:
    fractions = [_clamped(a.fraction, notes) for a in question.answers]
    if question.single:
        best = max(fractions, default=0.0)
        correct = [f >= 1 - _EPSILON or (best < 1 and f == best > 0) for f in fractions]
    else:
        correct = [f > 0 for f in fractions]
    count, wrong = sum(correct), len(correct) - sum(correct)
    if not question.single and count == 1:
        notes.add(
            QT_TRANSLATE_NOOP(
                "Interchange",
                "Moodle shows check boxes here; only one option earns marks, so it is single choice",
            )
        )
    elif question.single and count > 1:
        notes.add(
            QT_TRANSLATE_NOOP(
                "Interchange", "several options are worth 100%: learners may now tick more than one"
            )
        )
    # our default scoring: single choice 1/0; multiple choice 1/k per right, -1/w per wrong
    if count == 1:
        defaults = [1.0 if c else 0.0 for c in correct]
    else:
        defaults = [1 / count if c else (-1 / wrong if wrong else 0.0) for c in correct]
    weighted = any(abs(f - d) > _EPSILON for f, d in zip(fractions, defaults, strict=True))
    options = []
    for answer, fraction, is_correct in zip(question.answers, fractions, correct, strict=True):
        options.append(
            Option(
                text=_text(answer.text, answer.format, notes).line,
                correct=is_correct,
                weight=round(fraction, 7) if weighted else None,
                feedback=defuse(_text(answer.feedback, answer.feedback_format, notes).plain),
            )
        )
    return tuple(options)


def _true_false(question: GiftQuestion, notes: _Notes) -> tuple[Option, ...]:
    true_format, false_format = question.tf_feedback_formats
    return (
        Option(
            "True",
            bool(question.correct_answer),
            feedback=defuse(_text(question.feedback_true, true_format, notes).plain),
        ),
        Option(
            "False",
            not question.correct_answer,
            feedback=defuse(_text(question.feedback_false, false_format, notes).plain),
        ),
    )


def _accepted(question: GiftQuestion, notes: _Notes) -> tuple[AcceptedAnswer, ...]:
    accepted: list[AcceptedAnswer] = []
    for answer in question.answers:
        text = " ".join(answer.text.split())
        if answer.feedback:
            notes.add(_FEEDBACK_LEFT_OUT)
        if answer.fraction <= 0:
            if text != "*":
                notes.add(
                    QT_TRANSLATE_NOOP(
                        "Interchange", "answer '{text}' left out: it earns nothing"
                    ).format(text=text)
                )
        else:
            if "*" in text:
                exact = " ".join(text.replace("*", " ").split())
                notes.add(
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "answer '{text}' kept as '{exact}': SellerTrain has no '*' wildcard, so "
                        "only those exact words earn marks",
                    ).format(text=text, exact=exact)
                )
                text = exact
            if not text:
                notes.add(
                    QT_TRANSLATE_NOOP("Interchange", "an answer that accepts anything was left out")
                )
            elif text.lower() in {a.text.lower() for a in accepted}:
                notes.add(
                    QT_TRANSLATE_NOOP(
                        "Interchange", "answer '{text}' given twice: kept once"
                    ).format(text=text)
                )
            else:
                accepted.append(AcceptedAnswer(text, _clamped(answer.fraction, notes)))
    return tuple(accepted)


def _numbers(question: GiftQuestion, notes: _Notes) -> tuple[NumericAnswer, ...]:
    numbers: list[NumericAnswer] = []
    for number in question.numbers:
        if number.feedback:
            notes.add(_FEEDBACK_LEFT_OUT)
        if number.value is None:
            if number.fraction > 0:
                notes.add(
                    QT_TRANSLATE_NOOP(
                        "Interchange", "an answer that accepts any number was left out"
                    )
                )
            continue
        if number.fraction <= 0:
            notes.add(
                QT_TRANSLATE_NOOP(
                    "Interchange", "answer {value} left out: it earns nothing"
                ).format(value=f"{number.value:g}")
            )
            continue
        weight = _clamped(number.fraction, notes)
        if number.low is not None and number.high is not None:
            low, high = sorted((number.low, number.high))
            numbers.append(NumericAnswer(low, high, weight))
        else:
            tolerance = abs(number.tolerance or 0.0)
            numbers.append(
                NumericAnswer(
                    number.value - tolerance,
                    number.value + tolerance,
                    weight,
                    number.value,
                    tolerance or None,
                )
            )
    return tuple(numbers)


def _matching(
    question: GiftQuestion, notes: _Notes
) -> tuple[tuple[MatchPair, ...], tuple[str, ...]]:
    pairs = tuple(
        MatchPair(_text(p.question, p.format, notes).line, " ".join(p.answer.split()))
        for p in question.pairs
        if p.question
    )
    return pairs, tuple(" ".join(a.split()) for a in question.extra_wrong_answers)


def convert_question(question: GiftQuestion) -> tuple[Question | None, list[str]]:
    """Our question for a GIFT question, with notes; or None and the reason it cannot be."""
    if question.type in NOT_CONVERTIBLE:
        return None, [NOT_CONVERTIBLE[question.type]]
    notes = _Notes()
    heading, context = _split_text(question, notes)
    explanation = _text(question.general_feedback, question.general_feedback_format, notes).plain
    fields: dict[str, Any] = {"options": ()}
    if question.type == "multichoice":
        fields["options"] = _choices(question, notes)
    elif question.type == "truefalse":
        fields["options"] = _true_false(question, notes)
    elif question.type == "shortanswer":
        fields["accepted"] = _accepted(question, notes)
        if not fields["accepted"]:
            return None, [_nothing_kept(notes)]
    elif question.type == "numerical":
        fields["numbers"] = _numbers(question, notes)
        if not fields["numbers"]:
            return None, [_nothing_kept(notes)]
    elif question.type == "matching":
        fields["pairs"], fields["distractors"] = _matching(question, notes)
    else:
        return None, [
            QT_TRANSLATE_NOOP("Interchange", "{kind} questions are not supported").format(
                kind=question.type
            )
        ]
    if question.tags or question.idnumber:
        kept = ", ".join(
            [f"id {question.idnumber}"] * bool(question.idnumber) + list(question.tags)
        )
        notes.add(
            QT_TRANSLATE_NOOP("Interchange", "Moodle id number and tags not kept ({kept})").format(
                kept=kept
            )
        )
    converted = Question(
        id=slugify(heading) or f"line-{question.line}",
        text=heading,
        line=question.line,
        context=context,
        explanation=explanation,
        title=" ".join((question.title or "").split()),
        **fields,
    )
    reason = check_question(converted)
    if reason is not None:
        return None, [reason]
    return converted, notes.items


def _category_title(category: str) -> str:
    path = _CONTEXT_PREFIX.sub("", category.strip())
    parts = [p.replace("\0", "/").strip() for p in path.replace("//", "\0").split("/")]
    parts = [p for p in parts if p]
    if parts and parts[0] == "top" and len(parts) > 1:
        parts = parts[1:]
    return " / ".join(parts) or category


def _file_title(stem: str) -> str:
    words = " ".join(re.split(r"[_\-\s]+", stem)).strip()
    return words[:1].upper() + words[1:] if words else "Imported quiz"


def convert_gift(gift: GiftFile, file_name: str, quiz_id: str | None = None) -> ImportResult:
    """One quiz per GIFT category (questions before any category go to a quiz named after
    the file), ids made from slugs of the file name (or of ``quiz_id``); essays,
    descriptions and unreadable questions reported."""
    stem = file_name.split(".")[0] or file_name
    id_stem = quiz_id or stem
    groups: dict[str | None, list[Question]] = {}
    not_converted: list[tuple[int, str]] = [(p.line, p.message) for p in gift.problems]
    notes: list[tuple[int, str]] = []
    for question in gift.questions:
        converted, messages = convert_question(question)
        if converted is None:
            not_converted.append((question.line, messages[0]))
            continue
        notes.extend((question.line, m) for m in messages)
        groups.setdefault(question.category, []).append(converted)
    quizzes: list[QuizDraft] = []
    used: set[str] = set()
    for category, questions in groups.items():
        if category is None:
            title, base = _file_title(stem), slug(id_stem, "gift-quiz")
        else:
            title = _category_title(category)
            base = slug(f"{id_stem} {title.split(' / ')[-1]}", "gift-quiz")
        made, number = base, 2
        while made in used:
            made, number = f"{base}-{number}", number + 1
        used.add(made)
        unique, heading_notes = unique_headings(questions)
        notes.extend(heading_notes)
        source = f"Imported from {file_name}" + (f", category {category}" if category else "")
        quizzes.append(QuizDraft(made, title, tuple(unique), source))
    return ImportResult(
        tuple(quizzes), tuple(sorted(not_converted)), tuple(sorted(notes, key=lambda n: n[0]))
    )
