"""Quiz Markdown written from question values: what the GIFT and Aiken importers produce.

The writer follows the quiz syntax of docs/authoring.md; ``check_question`` refuses what the
quiz checker would refuse, so an importer reports such a question instead of writing it.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sellertrain.core.content.authoring import DRAFT_LINE, yaml_value
from sellertrain.core.content.render import slugify
from sellertrain.core.message import QT_TRANSLATE_NOOP, Plurals
from sellertrain.core.models import Question, QuestionKind

log = logging.getLogger(__name__)

PASS_MARK = 80
_DECLARED_ID = re.compile(r"^id:\s*['\"]?([^'\"\s#]+)", re.MULTILINE)
_WEIGHT_LIKE = re.compile(r"^\(\s*[-+]?[\d.]+\s*%\s*\)")
KIND_NAMES = {
    QuestionKind.SINGLE: QT_TRANSLATE_NOOP("Interchange", "single choice"),
    QuestionKind.MULTIPLE: QT_TRANSLATE_NOOP("Interchange", "multiple choice"),
    QuestionKind.TRUE_FALSE: QT_TRANSLATE_NOOP("Interchange", "true/false"),
    QuestionKind.SHORT_ANSWER: QT_TRANSLATE_NOOP("Interchange", "short answer"),
    QuestionKind.NUMERICAL: QT_TRANSLATE_NOOP("Interchange", "numerical"),
    QuestionKind.MATCHING: QT_TRANSLATE_NOOP("Interchange", "matching"),
}
Interchange = Plurals("Interchange")


class ImportRefused(Exception):
    """Nothing can be written (a quiz file or id is already there)."""


@dataclass(frozen=True)
class QuizDraft:
    """A quiz to write: its id (also the file name), title and questions."""

    id: str
    title: str
    questions: tuple[Question, ...]
    source: str = ""

    def markdown(self) -> str:
        """The quiz file's text."""
        return quiz_markdown(self.id, self.title, self.questions, source=self.source)


@dataclass(frozen=True)
class ImportResult:
    """What an importer made of a file: quizzes, questions it could not convert, and notes
    on what a converted question lost (feedback, images ...). Items are ``(line, message)``."""

    quizzes: tuple[QuizDraft, ...]
    not_converted: tuple[tuple[int, str], ...] = ()
    notes: tuple[tuple[int, str], ...] = ()

    @property
    def question_count(self) -> int:
        """Questions converted, over all quizzes."""
        return sum(len(q.questions) for q in self.quizzes)

    def kinds(self) -> Counter[str]:
        """Converted questions per kind, in words."""
        return Counter(KIND_NAMES[q.kind] for quiz in self.quizzes for q in quiz.questions)

    def summary(self) -> str:
        """One line: how many questions of each kind, and how many were not converted (a
        Message: the kinds' list is nested, so it is translated as a whole)."""
        kinds: str = ""
        for name, count in sorted(self.kinds().items()):
            part = QT_TRANSLATE_NOOP("Interchange", "{count} {kind}").format(count=count, kind=name)
            kinds = (
                QT_TRANSLATE_NOOP("Interchange", "{kinds}, {kind}").format(kinds=kinds, kind=part)
                if kinds
                else part
            )
        line = QT_TRANSLATE_NOOP(
            "Interchange", "{questions} in {quizzes}{kinds}; {rejected} not convertible"
        )
        return line.format(
            questions=Interchange.tr("%n question(s)", "", self.question_count),
            quizzes=Interchange.tr("%n quiz(zes)", "", len(self.quizzes)),
            kinds=QT_TRANSLATE_NOOP("Interchange", " ({kinds})").format(kinds=kinds)
            if kinds
            else "",
            rejected=len(self.not_converted),
        )


# -- numbers and weights -------------------------------------------------------------------------
def number_text(value: float) -> str:
    """A number as written in a quiz: no trailing ``.0``, no needless digits."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def percent_text(fraction: float) -> str:
    """A fraction as a percentage with at most 5 decimals: 0.3333333 -> ``33.33333%``."""
    text = f"{fraction * 100:.5f}".rstrip("0").rstrip(".")
    return f"{'0' if text == '-0' else text}%"


# -- checks --------------------------------------------------------------------------------------
def check_question(question: Question) -> str | None:
    """Why the quiz checker would refuse the question, or None when it can be written."""
    if not question.text.strip():
        return QT_TRANSLATE_NOOP("Interchange", "the question has no text")
    if question.kind.is_choice:
        return _check_choices(question)
    if question.kind == QuestionKind.SHORT_ANSWER:
        if not any(a.weight > 0 and a.text.strip() for a in question.accepted):
            return QT_TRANSLATE_NOOP("Interchange", "no accepted answer earns marks")
    elif question.kind == QuestionKind.NUMERICAL:
        if not any(n.weight > 0 for n in question.numbers):
            return QT_TRANSLATE_NOOP("Interchange", "no number earns marks")
    elif question.kind == QuestionKind.MATCHING:
        return _check_pairs(question)
    return None


def _check_choices(question: Question) -> str | None:
    texts = [o.text.strip().lower() for o in question.options]
    if len(texts) < 2:
        return QT_TRANSLATE_NOOP("Interchange", "a choice question needs at least two options")
    if not any(o.correct for o in question.options):
        return QT_TRANSLATE_NOOP("Interchange", "no option is correct")
    if not all(texts):
        return QT_TRANSLATE_NOOP("Interchange", "an option has no text (images cannot be imported)")
    repeated = next((t for t in texts if texts.count(t) > 1), None)
    if repeated is not None:
        return QT_TRANSLATE_NOOP(
            "Interchange",
            "two options read the same ('{text}'), so learners cannot tell them apart",
        ).format(text=repeated[:40])
    weights = [o.weight for o in question.options if o.weight is not None]
    if weights and not any(w > 0 for w in weights):
        return QT_TRANSLATE_NOOP("Interchange", "no option earns marks")
    return None


def _check_pairs(question: Question) -> str | None:
    lefts = [p.left for p in question.pairs]
    if len(lefts) < 2:
        return QT_TRANSLATE_NOOP("Interchange", "a matching question needs at least two pairs")
    if len(set(lefts)) != len(lefts):
        return QT_TRANSLATE_NOOP("Interchange", "a matching question repeats a left-hand item")
    return None


def unique_headings(questions: Sequence[Question]) -> tuple[list[Question], list[tuple[int, str]]]:
    """Headings must be unique in a quiz (they are the question ids): a repeat gets its title
    in brackets, or ``(2)``, ``(3)`` ..."""
    seen: set[str] = set()
    # where each repeated text's numbering left off: trying (2), (3) ... from 2 every time
    # was quadratic (15 s for 3,000 equal questions); the numbers passed stay taken
    next_number: dict[str, int] = {}
    result: list[Question] = []
    notes: list[tuple[int, str]] = []
    for question in questions:
        text, number = question.text, next_number.get(question.text, 2)
        if slugify(text) in seen and question.title and slugify(question.title):
            text = f"{question.text} ({_one_line(question.title)})"
        while slugify(text) and slugify(text) in seen:
            text, number = f"{question.text} ({number})", number + 1
        next_number[question.text] = number
        if text != question.text:
            written = QT_TRANSLATE_NOOP(
                "Interchange", "heading repeats another question: written as '{text}'"
            )
            notes.append((question.line, written.format(text=text)))
        seen.add(slugify(text))
        result.append(replace(question, text=text, id=slugify(text) or question.id))
    return result, notes


# -- writing -------------------------------------------------------------------------------------
def _one_line(text: str) -> str:
    return " ".join(text.split())


def _quoted(text: str, indent: str = "") -> str:
    lines = text.strip().split("\n")
    return "\n".join(f"{indent}> {line}".rstrip() for line in lines)


def _option_weights(question: Question) -> list[float] | None:
    """Each option's weight when the question needs them written, else None. An option text
    that starts like ``(50%)`` needs them too, or the checker would read it as a weight."""
    options = question.options
    if all(o.weight is None for o in options) and not any(
        _WEIGHT_LIKE.match(_one_line(o.text)) for o in options
    ):
        return None
    right = sum(o.correct for o in options)
    wrong = len(options) - right
    weights = []
    for option in options:
        if option.weight is not None:
            weights.append(option.weight)
        elif right == 1:
            weights.append(1.0 if option.correct else 0.0)
        else:
            weights.append(1 / right if option.correct else (-1 / wrong if wrong else 0.0))
    return weights


def question_markdown(question: Question) -> str:
    """One question: heading, context, ``Title:``, the answer part, the explanation."""
    parts = [f"## {_one_line(question.text)}"]
    if question.context.strip():
        parts.append(question.context.strip())
    if question.title.strip():
        parts.append(f"Title: {_one_line(question.title)}")
    kind = question.kind
    if kind.is_choice:
        weights = _option_weights(question)
        lines = []
        for index, option in enumerate(question.options):
            mark = "x" if option.correct else " "
            weight = f"({percent_text(weights[index])}) " if weights is not None else ""
            lines.append(f"- [{mark}] {weight}{_one_line(option.text)}")
            if option.feedback.strip():
                lines.append(_quoted(option.feedback, "  "))
        parts.append("\n".join(lines))
    elif kind == QuestionKind.SHORT_ANSWER:
        parts.append(
            "\n".join(
                f"Answer: {_one_line(a.text)}"
                if a.weight >= 1
                else f"Answer ({percent_text(a.weight)}): {_one_line(a.text)}"
                for a in question.accepted
            )
        )
    elif kind == QuestionKind.NUMERICAL:
        lines = []
        for number in question.numbers:
            if number.value is not None:
                text = number_text(number.value)
                if number.tolerance:
                    text += f" ± {number_text(number.tolerance)}"
            elif number.low == number.high:
                text = number_text(number.low)
            else:
                text = f"{number_text(number.low)}..{number_text(number.high)}"
            weight = "" if number.weight >= 1 else f" ({percent_text(number.weight)})"
            lines.append(f"Number: {text}{weight}")
        parts.append("\n".join(lines))
    elif kind == QuestionKind.MATCHING:
        lines = [f"- {_one_line(p.left)} -> {_one_line(p.right)}" for p in question.pairs]
        lines += [f"- -> {_one_line(d)}" for d in question.distractors]
        parts.append("\n".join(lines))
    if question.explanation.strip():
        parts.append(_quoted(question.explanation))
    return "\n\n".join(parts) + "\n"


def quiz_markdown(
    quiz_id: str, title: str, questions: Iterable[Question], *, source: str = ""
) -> str:
    """A whole quiz file: front matter (``pass_mark: 80``, a draft until an author publishes
    it) and the questions."""
    head = "---\n"
    if source:
        head += f"# {_one_line(source)}\n"
    head += f"id: {yaml_value(quiz_id)}\ntitle: {yaml_value(title)}\npass_mark: {PASS_MARK}\n"
    head += f"{DRAFT_LINE}\n---\n"
    return head + "".join("\n" + question_markdown(q) for q in questions)


def declared_ids(folder: Path) -> dict[str, Path]:
    """The ids the quiz files of ``folder`` declare (and their file names), by id."""
    found: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        found.setdefault(path.stem, path)
        try:
            match = _DECLARED_ID.search(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
        if match:
            found.setdefault(match.group(1), path)
    return found


def _exists(path: Path) -> str:
    return QT_TRANSLATE_NOOP("Interchange", "{path} already exists; nothing was written").format(
        path=path
    )


def plan_files(quizzes: Sequence[QuizDraft], folder: Path) -> list[tuple[Path, str]]:
    """Where each quiz goes and its text; ImportRefused if a file or id is already there."""
    taken = declared_ids(folder)
    plan = []
    for quiz in quizzes:
        path = folder / f"{quiz.id}.md"
        if path.exists():
            raise ImportRefused(_exists(path))
        if quiz.id in taken:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "Interchange", "quiz id '{quiz}' is already used by {file}; nothing was written"
                ).format(quiz=quiz.id, file=taken[quiz.id])
            )
        plan.append((path, quiz.markdown()))
    return plan


def write_files(plan: Sequence[tuple[Path, str]]) -> None:
    """Create each planned file (never replacing one), UTF-8 with LF line ends."""
    for path, _ in plan:
        if path.exists():
            raise ImportRefused(_exists(path))
    for path, text in plan:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        log.info("wrote %s", path)
