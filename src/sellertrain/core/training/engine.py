"""The quiz engine as pure functions: draw, shuffle, score, pass or fail.

An attempt is fully described by the quiz and a stored seed, so it can be shown again
exactly as the learner saw it, and scored again from the stored answers.
"""

from __future__ import annotations

import random
import re
import secrets
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from sellertrain.core.models import Question, QuestionKind, Quiz, Response


@dataclass(frozen=True)
class PresentedQuestion:
    """A question as one attempt shows it.

    ``option_order[i]`` is the original index of the i-th option shown: of ``options`` for
    choice questions, of ``match_choices`` for matching; empty for typed answers.
    """

    question: Question
    option_order: tuple[int, ...]

    @property
    def options(self) -> list[str]:
        if self.question.kind is QuestionKind.MATCHING:
            return [self.question.match_choices[i] for i in self.option_order]
        return [self.question.options[i].text for i in self.option_order]


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    selected: Response
    score: float

    @property
    def correct(self) -> bool:
        """Full marks (partial credit is not 'correct')."""
        return self.score >= 1 - 1e-9


@dataclass(frozen=True)
class AttemptScore:
    percent: float
    passed: bool
    results: tuple[QuestionResult, ...]

    @property
    def correct_count(self) -> int:
        return sum(r.correct for r in self.results)


def new_seed() -> int:
    """A fresh random seed for an attempt."""
    return secrets.randbits(48)


def present(
    quiz: Quiz, seed: int, lessons: Collection[str] | None = None
) -> list[PresentedQuestion]:
    """The questions of an attempt, drawn and shuffled reproducibly from ``seed``.

    A quiz drawn ``from: required`` asks, of the questions testing ``lessons`` (the lessons
    required of the employee, stored with the attempt), at least ``per_lesson`` from each,
    then fills its draw from the rest of them; an employee required to take many lessons gets
    more than ``draw`` questions (``per_lesson`` times their lessons).
    """
    rng = random.Random(f"{quiz.id}:{seed}")
    questions = list(quiz.questions)
    if quiz.from_required and lessons is not None and quiz.draw is not None:
        questions = _balanced(quiz, rng, lessons)
    elif quiz.draw is not None and quiz.draw < len(questions):
        drawn = rng.sample(range(len(questions)), quiz.draw)
        questions = [questions[i] for i in (drawn if quiz.shuffle else sorted(drawn))]
    elif quiz.shuffle:
        rng.shuffle(questions)
    presented = []
    for question in questions:
        kind = question.kind
        if kind is QuestionKind.MATCHING:
            order = list(range(len(question.match_choices)))
        elif kind.is_choice:
            order = list(range(len(question.options)))
        else:
            order = []
        if quiz.shuffle and kind is not QuestionKind.TRUE_FALSE and order:
            rng.shuffle(order)
        presented.append(PresentedQuestion(question, tuple(order)))
    return presented


def _balanced(quiz: Quiz, rng: random.Random, lessons: Collection[str]) -> list[Question]:
    """At least ``per_lesson`` questions per required lesson, the rest of the draw from the
    pool of questions testing required lessons; in file order unless the quiz shuffles."""
    wanted = set(lessons)
    pool = [i for i, q in enumerate(quiz.questions) if q.tests_lesson in wanted]
    tested = {quiz.questions[i].tests_lesson for i in pool}
    # at least per_lesson from every required lesson, even when that is more than the draw
    size = max(quiz.draw or len(pool), (quiz.per_lesson or 0) * len(tested))
    draw = min(size, len(pool))
    chosen: list[int] = []
    for lesson_id in sorted(wanted):
        mine = [i for i in pool if quiz.questions[i].tests_lesson == lesson_id]
        chosen += rng.sample(mine, min(quiz.per_lesson or 0, len(mine)))
    rest = [i for i in pool if i not in set(chosen)]
    chosen += rng.sample(rest, max(0, min(draw - len(chosen), len(rest))))
    if quiz.shuffle:
        rng.shuffle(chosen)
    else:
        chosen.sort()
    return [quiz.questions[i] for i in chosen]


def normalise_text(text: str) -> str:
    """How typed answers are compared: case, spacing and a final full stop do not matter."""
    return " ".join(text.casefold().split()).rstrip(".。").strip()


def parse_number(text: str) -> float | None:
    """A typed number: ``1.5``, ``1,5`` (decimal comma), ``1 500`` or ``48%``; None if not one."""
    cleaned = re.sub(r"[\s\u00a0]", "", text).rstrip("%")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def is_answered(response: Response | None) -> bool:
    if response is None:
        return False
    if isinstance(response, str):
        return bool(response.strip())
    if isinstance(response, tuple):
        return any(choice is not None for choice in response)
    return bool(response)


def score_question(question: Question, response: Response | None) -> float:
    """Score from 0 to 1 for any kind of question (the rules are in docs/authoring.md).

    Multiple choice: with k correct and w wrong options, each correct pick earns 1/k and each
    wrong pick costs 1/w, never below 0 (Moodle's convention), so ticking every box earns 0.
    Options with explicit weights earn the sum of the picked weights instead.
    """
    kind = question.kind
    if response is None:
        return 0.0
    if kind.is_choice:
        return _score_choice(question, response)
    if kind is QuestionKind.SHORT_ANSWER:
        if not isinstance(response, str):
            return 0.0
        given = normalise_text(response)
        return max(
            (a.weight for a in question.accepted if normalise_text(a.text) == given), default=0.0
        )
    if kind is QuestionKind.NUMERICAL:
        number = parse_number(response) if isinstance(response, str) else None
        if number is None:
            return 0.0
        return max((n.weight for n in question.numbers if n.accepts(number)), default=0.0)
    if not isinstance(response, tuple) or not question.pairs:
        return 0.0
    choices = question.match_choices
    right = sum(
        1
        for pair, picked in zip(question.pairs, response, strict=False)
        if picked is not None and 0 <= picked < len(choices) and choices[picked] == pair.right
    )
    return round(right / len(question.pairs), 6)


def _score_choice(question: Question, response: Response) -> float:
    if not isinstance(response, frozenset | set):
        return 0.0
    selected = set(response)
    if any(option.weight is not None for option in question.options):
        total = sum(
            question.options[i].weight or 0.0 for i in selected if i < len(question.options)
        )
        return round(min(1.0, max(0.0, total)), 6)
    correct = question.correct_indices
    if question.kind is not QuestionKind.MULTIPLE:
        return 1.0 if selected == set(correct) else 0.0
    wrong_options = len(question.options) - len(correct)
    hits = len(correct & selected)
    misses = len(selected - correct)
    earned = hits / len(correct) - (misses / wrong_options if wrong_options else 0.0)
    return max(0.0, round(earned, 6))


def score_attempt(
    quiz: Quiz, presented: list[PresentedQuestion], answers: Mapping[str, Response]
) -> AttemptScore:
    """Score every presented question (unanswered = 0) and compare with the pass mark."""
    results = tuple(
        QuestionResult(
            p.question,
            answers.get(p.question.id, _empty(p.question)),
            score_question(p.question, answers.get(p.question.id)),
        )
        for p in presented
    )
    percent = round(100.0 * sum(r.score for r in results) / len(results), 2) if results else 0.0
    return AttemptScore(percent, percent >= quiz.pass_mark, results)


def _empty(question: Question) -> Response:
    kind = question.kind
    if kind.is_choice:
        return frozenset()
    if kind is QuestionKind.MATCHING:
        return tuple(None for _ in question.pairs)
    return ""


def response_text(question: Question, response: Response) -> tuple[str, ...]:
    """What the learner gave, as text, for records and reviews."""
    if isinstance(response, str):
        return (response,) if response.strip() else ()
    if isinstance(response, tuple):
        choices = question.match_choices
        return tuple(
            f"{pair.left} -> {choices[picked] if picked is not None and picked < len(choices) else ''}"
            for pair, picked in zip(question.pairs, response, strict=False)
        )
    return tuple(question.options[i].text for i in sorted(response) if i < len(question.options))
