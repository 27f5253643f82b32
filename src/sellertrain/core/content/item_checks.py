"""Item-writing checks: questions a test-wise learner could answer without knowing the rule.

Each rule follows one of Haladyna & Downing's item-writing guidelines (docs/authoring.md says
why each exists). The checks only warn; ``sellertrain check --strict`` makes them errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import ContentError, Course, Question, QuestionKind, Quiz

MAX_OPTION_CHARS = 160
LONGEST_SHARE = 1 / 3  # chance level with three options
SHORTEST_SHARE = 1 / 2  # a learner who learns "never the longest" then picks the shortest
TRUE_FALSE_LEAN = 0.7
WIDE_MARGIN = 1.5  # an option this many times longer than every other is "far longer"
WIDE_MARGIN_CHARS = 20  # ... and at least this many characters longer
NEGATIVE = re.compile(r"\b(not|except|never|least|none)\b", re.IGNORECASE)
ALL_NONE = re.compile(r"\b(all|none|both|neither) of (the above|these|them)\b", re.IGNORECASE)
SELECT_ALL = re.compile(r"select all that apply", re.IGNORECASE)
# what a multiple-answer stem or hint must say, by language ("" is the original English);
# a variant must use its own language's one phrase so every quiz of a language reads alike
SELECT_ALL_PHRASES = {"": "Select all that apply", "zh-CN": "请选出所有正确的选项。"}
_SELECT_ALL_BY_LANG = {"": SELECT_ALL, "zh-CN": re.compile(re.escape(SELECT_ALL_PHRASES["zh-CN"]))}
MARKUP = re.compile(r"[*_`]+")
STEM_OVERLAP = 0.4  # share of content words two stems have in common
OPTION_OVERLAP = 0.45  # ... and two questions' options
_STOP_TEXT = (
    "a an the is are was were be to of in on for and or it its this that these what which who "
    "do does did with by as at from if can should you your they their he she his her has have "
    "had how why when there true false select all apply"
)
STOP_WORDS = frozenset(_STOP_TEXT.split())


def plain(text: str) -> str:
    """An option or stem as the learner reads it: markup dropped, spaces collapsed."""
    return " ".join(MARKUP.sub("", text).split())


def normalised(text: str) -> str:
    """Text compared for duplicates: lower case, letters and digits only."""
    return " ".join(re.sub(r"[^\w%]+", " ", plain(text).casefold()).split())


def check_items(course: Course) -> list[ContentError]:
    """Every item-writing warning of the course's quizzes and their language variants, sorted
    by file and line. A variant is checked on its own texts (a translation can put the clue
    back, e.g. make the right option the longest); near-duplicates are compared within the
    originals only, since a variant repeats its original's questions by design."""
    warnings: list[ContentError] = []
    quizzes = sorted(course.quizzes.values(), key=lambda q: str(q.path))
    for quiz in quizzes:
        warnings.extend(check_quiz(quiz))
    warnings.extend(check_duplicates(quizzes))
    for variants in course.variants.values():
        for variant in sorted(variants.quizzes.values(), key=lambda q: str(q.path)):
            warnings.extend(check_quiz(variant))
    return sorted(warnings, key=lambda e: (str(e.path), e.line))


def check_quiz(quiz: Quiz) -> list[ContentError]:
    """The warnings about one quiz and its questions."""
    found: list[ContentError] = []

    def warn(line: int, message: str) -> None:
        found.append(ContentError(quiz.path, line, message, "warning"))

    for question in quiz.questions:
        for line, message in check_question(question, quiz.lang):
            warn(line, message)
    single = [q for q in quiz.questions if _plain_single(q)]
    longest = [q for q in single if correct_is_longest(q)]
    if single and len(longest) > LONGEST_SHARE * len(single):
        lines = ", ".join(str(q.line) for q in longest)
        warn(
            single[0].line,
            QT_TRANSLATE_NOOP(
                "Content",
                "the correct option is the longest in {longest_count} of {single_count} "
                "single-choice questions (lines {lines}); a learner who picks the "
                "longest option gains: make it the longest in at most a third",
            ).format(longest_count=len(longest), single_count=len(single), lines=lines),
        )
    shortest = [q for q in single if correct_is_shortest(q)]
    if single and len(shortest) > SHORTEST_SHARE * len(single):
        lines = ", ".join(str(q.line) for q in shortest)
        warn(
            single[0].line,
            QT_TRANSLATE_NOOP(
                "Content",
                "the correct option is the shortest in {shortest_count} of "
                "{single_count} single-choice questions (lines {lines}): the clue works "
                "both ways; make it the shortest in at most half",
            ).format(shortest_count=len(shortest), single_count=len(single), lines=lines),
        )
    true_false = [q for q in quiz.questions if q.kind is QuestionKind.TRUE_FALSE]
    if len(true_false) >= 2:
        trues = sum(_answer_is_true(q) for q in true_false)
        lean = max(trues, len(true_false) - trues) / len(true_false)
        if lean > TRUE_FALSE_LEAN:
            warn(
                true_false[0].line,
                QT_TRANSLATE_NOOP(
                    "Content",
                    "{trues} of {true_false_count} true/false answers are True and {value} "
                    "False: balance them (at most 70/30)",
                ).format(
                    trues=trues, true_false_count=len(true_false), value=len(true_false) - trues
                ),
            )
    return found


def check_question(question: Question, lang: str = "") -> list[tuple[int, str]]:
    """``(line, message)`` for each rule one question breaks on its own, in the language
    ``lang`` ("" for the original English) the question is written in."""
    found: list[tuple[int, str]] = []
    stem = question.text
    for word in NEGATIVE.findall(stem):
        if not _emphasised(stem, word):
            found.append(
                (
                    question.line,
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "negative stem ('{word}') without emphasis: word it positively, or write "
                        "**{word2}**",
                    ).format(word=word, word2=word.upper()),
                )
            )
            break
    if not question.kind.is_choice:
        return found
    texts = [plain(o.text) for o in question.options]
    for text in texts:
        if ALL_NONE.search(text):
            found.append(
                (
                    question.line,
                    QT_TRANSLATE_NOOP(
                        "Content", "option '{text}': avoid 'all/none of the above' options"
                    ).format(text=text),
                )
            )
        if len(text) > MAX_OPTION_CHARS:
            found.append(
                (
                    question.line,
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "an option has {text_count} characters (at most {max_option_chars}): "
                        "'{text}…'",
                    ).format(
                        text_count=len(text), max_option_chars=MAX_OPTION_CHARS, text=text[:40]
                    ),
                )
            )
    select_all = _SELECT_ALL_BY_LANG.get(lang, SELECT_ALL)
    if question.kind is QuestionKind.MULTIPLE and not (
        select_all.search(stem) or select_all.search(question.context)
    ):
        phrase = SELECT_ALL_PHRASES.get(lang, SELECT_ALL_PHRASES[""])
        found.append(
            (
                question.line,
                QT_TRANSLATE_NOOP(
                    "Content", "a multiple-answer question must say '{phrase}'"
                ).format(phrase=phrase),
            )
        )
    far = far_longer_option(texts)
    if far is not None:
        found.append(
            (
                question.line,
                QT_TRANSLATE_NOOP(
                    "Content", "option '{texts}…' is far longer than the others"
                ).format(texts=texts[far][:40]),
            )
        )
    return found


def far_longer_option(texts: Sequence[str]) -> int | None:
    """The index of an option much longer than every other one, if there is one."""
    if len(texts) < 3:
        return None
    lengths = [len(t) for t in texts]
    top = max(range(len(texts)), key=lambda i: lengths[i])
    runner_up = max(length for i, length in enumerate(lengths) if i != top)
    if lengths[top] >= WIDE_MARGIN * runner_up and lengths[top] - runner_up >= WIDE_MARGIN_CHARS:
        return top
    return None


def correct_is_longest(question: Question) -> bool:
    """True when the one correct option is longer than every distractor (ties do not count)."""
    lengths = [len(plain(o.text)) for o in question.options]
    right = next(i for i, o in enumerate(question.options) if o.correct)
    return all(lengths[right] > length for i, length in enumerate(lengths) if i != right)


def correct_is_shortest(question: Question) -> bool:
    """True when the one correct option is shorter than every distractor (ties do not count)."""
    lengths = [len(plain(o.text)) for o in question.options]
    right = next(i for i, o in enumerate(question.options) if o.correct)
    return all(lengths[right] < length for i, length in enumerate(lengths) if i != right)


def check_duplicates(quizzes: Iterable[Quiz]) -> list[ContentError]:
    """Questions whose stem or option set shares most of its words with an earlier one's."""
    found: list[ContentError] = []
    seen: list[tuple[Quiz, Question, set[str], set[str]]] = []
    for quiz in quizzes:
        for question in quiz.questions:
            stem = content_words(question.text)
            options: set[str] = set()
            if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
                options = set().union(*(content_words(o.text) for o in question.options))
            for first in seen:
                if similar(stem, first[2], STEM_OVERLAP):
                    found.append(
                        _duplicate(
                            quiz,
                            question,
                            first[:2],
                            QT_TRANSLATE_NOOP("Content", "the same question as"),
                        )
                    )
                    break
                if similar(options, first[3], OPTION_OVERLAP):
                    found.append(
                        _duplicate(
                            quiz,
                            question,
                            first[:2],
                            QT_TRANSLATE_NOOP("Content", "the same options as"),
                        )
                    )
                    break
            seen.append((quiz, question, stem, options))
    return found


def content_words(text: str) -> set[str]:
    """The words of a stem or option that carry its meaning."""
    return {word for word in normalised(text).split() if word not in STOP_WORDS}


def similar(a: set[str], b: set[str], threshold: float) -> bool:
    """Word-set overlap (Jaccard) of at least ``threshold``, for texts of 3 words or more."""
    if len(a) < 3 or len(b) < 3:
        return False
    return len(a & b) / len(a | b) >= threshold


def _duplicate(
    quiz: Quiz, question: Question, first: tuple[Quiz, Question], what: str
) -> ContentError:
    where = _where(first[0].path, first[1].line)
    message = QT_TRANSLATE_NOOP(
        "Content", "near-duplicate: {what} {where}; write a new scenario"
    ).format(what=what, where=where)
    return ContentError(quiz.path, question.line, message, "warning")


def _where(path: Path, line: int) -> str:
    return f"{path.parent.name}/{path.name}:{line}"


def _plain_single(question: Question) -> bool:
    return question.kind is QuestionKind.SINGLE and all(o.weight is None for o in question.options)


def _answer_is_true(question: Question) -> bool:
    return any(o.correct and o.text.strip().lower() == "true" for o in question.options)


def _emphasised(stem: str, word: str) -> bool:
    """A negative word in capitals or in bold/italic is hard to miss."""
    if word.isupper():
        return True
    return bool(re.search(rf"(\*\*|__|\*|_){re.escape(word)}\1", stem, re.IGNORECASE))
