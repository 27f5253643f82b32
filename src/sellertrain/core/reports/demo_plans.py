"""What demo attempts are drawn from: each question's answers, each quiz's attempt seeds, ids."""

from __future__ import annotations

import functools
import itertools
import json
import math
import random
from collections.abc import Callable

from sellertrain.core.models import Question, QuestionKind, Quiz
from sellertrain.core.store import chain
from sellertrain.core.training import engine

SEEDS_PER_QUIZ = 64

# One stored answer without its ids: (selected JSON, selected_text JSON, correct, score).
Entry = tuple[str, str, int, float]
# A question as an attempt uses it: (id, e^difficulty, right entry, wrong entries, blank entry).
QuestionPlan = tuple[str, float, Entry, tuple[Entry, ...], Entry]
# An answer given at a position: (its answers row after the two ids, its text in the record's
# hash (``chain.answer_json``), its score)
Placed = tuple[tuple[object, ...], str, float]
# A question at a position of an attempt: (e^difficulty, right, wrong ones, blank)
PlacedQuestion = tuple[float, Placed, tuple[Placed, ...], Placed]


def id_stream(rng: random.Random) -> Callable[[], str]:
    """Unique ids in standard UUID form, deterministic for ``rng`` and ascending in one run.

    RFC 9562 version 8 (custom) layout: 80 random bits drawn once, then a 40-bit counter.
    Ascending ids let SQLite append to its id indexes instead of splitting pages all over
    them (measured: 1.5 times faster overall than random ids); the random part keeps the ids of
    different runs and machines apart, as records must be mergeable.
    """
    h = f"{rng.getrandbits(80):020x}"
    variant = "89ab"[rng.getrandbits(2)]
    prefix = f"{h[:8]}-{h[8:12]}-8{h[12:15]}-{variant}{h[15:18]}-{h[18:20]}"
    return functools.partial(next, map(f"{prefix}%010x".__mod__, itertools.count()))


def _entry(question: Question, selection: frozenset[int]) -> Entry:
    """How ``QuizSession.submit`` stores this selection: JSON, JSON, correct, score."""
    chosen = sorted(selection)
    return (
        json.dumps(chosen),
        json.dumps([question.options[i].text for i in chosen], ensure_ascii=False),
        int(selection == question.correct_indices),
        engine.score_question(question, selection),
    )


def _question_plan(question: Question, trap_question: bool, rng: random.Random) -> QuestionPlan:
    """A difficulty for the question and the answers people give, wrong ones weighted.

    A trap question (one in eight per quiz) is missed by most of the team at first, and each
    question has a favourite wrong option, so the manager's question analysis shows something.
    """
    difficulty = rng.uniform(0.8, 1.8) if trap_question else rng.gauss(-1.6, 0.5)
    correct = question.correct_indices
    wrong = [i for i in range(len(question.options)) if i not in correct]
    trap = rng.choice(wrong) if wrong else None
    picks: list[frozenset[int]] = []
    if question.kind is QuestionKind.MULTIPLE:
        difficulty += 0.4
        for i in sorted(correct):
            picks += [correct - {i}] * 2
        for i in wrong:
            picks += [correct | {i}] * (3 if i == trap else 1)
        if trap is not None:
            picks.append(frozenset({trap, min(correct)}))
    else:
        for i in wrong:
            picks += [frozenset({i})] * (4 if i == trap else 1)
    right = _entry(question, correct)
    wrongs = tuple(_entry(question, pick) for pick in picks) or (right,)
    return (question.id, math.exp(difficulty), right, wrongs, _entry(question, frozenset()))


class QuizPlan:
    """A quiz with a pool of attempt seeds; ``present()`` runs once per seed it is shown with."""

    def __init__(self, quiz: Quiz, rng: random.Random) -> None:
        self.quiz = quiz
        self.seeds = [rng.getrandbits(48) for _ in range(SEEDS_PER_QUIZ)]
        traps = set(rng.sample(range(len(quiz.questions)), -(-len(quiz.questions) // 8)))
        self.questions = {
            q.id: _question_plan(q, i in traps, rng) for i, q in enumerate(quiz.questions)
        }
        self._shown: dict[int, tuple[QuestionPlan, ...]] = {}
        self._placed: dict[int, tuple[PlacedQuestion, ...]] = {}
        self._texts: dict[tuple[object, ...], str] = {}  # seeds share question places

    def shown(self, seed: int) -> tuple[QuestionPlan, ...]:
        """The questions of an attempt with this seed, in the order ``present()`` gives."""
        found = self._shown.get(seed)
        if found is None:
            presented = engine.present(self.quiz, seed)
            found = self._shown[seed] = tuple(self.questions[p.question.id] for p in presented)
        return found

    def placed(self, seed: int) -> tuple[PlacedQuestion, ...]:
        """``shown(seed)`` with each possible answer's row, hashed text and score worked out
        once: an attempt only picks among them."""
        found = self._placed.get(seed)
        if found is None:
            texts = self._texts

            def place(row: tuple[object, ...]) -> Placed:
                text = texts.get(row)
                if text is None:
                    text = texts[row] = chain.answer_json(row)
                return row, text, float(row[5])  # type: ignore[arg-type]

            found = self._placed[seed] = tuple(
                (
                    hardness,
                    place((question_id, position, *right)),
                    tuple(place((question_id, position, *wrong)) for wrong in wrongs),
                    place((question_id, position, *blank)),
                )
                for position, (question_id, hardness, right, wrongs, blank) in enumerate(
                    self.shown(seed)
                )
            )
        return found
