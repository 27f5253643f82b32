"""The quiz engine as pure functions: draw, shuffle, score, pass or fail.

An attempt is fully described by the quiz and a stored seed, so it can be shown again
exactly as the learner saw it, and scored again from the stored answers.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from sellertrain.core.models import Question, QuestionKind, Quiz


@dataclass(frozen=True)
class PresentedQuestion:
    """A question as one attempt shows it: ``option_order[i]`` is the original option index."""

    question: Question
    option_order: tuple[int, ...]

    @property
    def options(self) -> list[str]:
        return [self.question.options[i].text for i in self.option_order]


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    selected: frozenset[int]
    score: float

    @property
    def correct(self) -> bool:
        return self.selected == self.question.correct_indices


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


def present(quiz: Quiz, seed: int) -> list[PresentedQuestion]:
    """The questions of an attempt, drawn and shuffled reproducibly from ``seed``."""
    rng = random.Random(f"{quiz.id}:{seed}")
    questions = list(quiz.questions)
    if quiz.draw is not None and quiz.draw < len(questions):
        drawn = rng.sample(range(len(questions)), quiz.draw)
        questions = [questions[i] for i in (drawn if quiz.shuffle else sorted(drawn))]
    elif quiz.shuffle:
        rng.shuffle(questions)
    presented = []
    for question in questions:
        order = list(range(len(question.options)))
        if quiz.shuffle and question.kind is not QuestionKind.TRUE_FALSE:
            rng.shuffle(order)
        presented.append(PresentedQuestion(question, tuple(order)))
    return presented


def score_question(question: Question, selected: frozenset[int] | set[int]) -> float:
    """Score from 0 to 1.

    Multiple choice: with k correct and w wrong options, each correct pick earns 1/k and each
    wrong pick costs 1/w, never below 0 (Moodle's convention), so ticking every box earns 0.
    """
    correct = question.correct_indices
    if question.kind is not QuestionKind.MULTIPLE:
        return 1.0 if set(selected) == set(correct) else 0.0
    wrong_options = len(question.options) - len(correct)
    hits = len(correct & set(selected))
    misses = len(set(selected) - correct)
    earned = hits / len(correct) - (misses / wrong_options if wrong_options else 0.0)
    return max(0.0, round(earned, 6))


def score_attempt(
    quiz: Quiz, presented: list[PresentedQuestion], answers: Mapping[str, frozenset[int]]
) -> AttemptScore:
    """Score every presented question (unanswered = 0) and compare with the pass mark."""
    results = tuple(
        QuestionResult(
            p.question,
            frozenset(answers.get(p.question.id, frozenset())),
            score_question(p.question, answers.get(p.question.id, frozenset())),
        )
        for p in presented
    )
    percent = round(100.0 * sum(r.score for r in results) / len(results), 2) if results else 0.0
    return AttemptScore(percent, percent >= quiz.pass_mark, results)
