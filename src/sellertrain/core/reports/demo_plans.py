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
# hash (``chain.answer_json``), its score, 1 if right else 0, its slot in ``QuizPlan.tally``)
Placed = tuple[tuple[object, ...], str, float, int, int]
# A row of answer_counts and of question_sums (current_schema.ITEM_SUMMARY_FILL's columns)
CountRow = tuple[str, str, str, str, int, int]
SumsRow = tuple[str, str, str, int, int, int, int, int]
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
        # The item analysis sums (answer_counts, question_sums) kept as attempts are made:
        # ``tally[slot + t]`` counts the answers given with one selection of one question
        # (a slot: a multiple of ``stride``) in attempts with ``t`` right answers.
        self.stride = len(quiz.questions) + 1
        self.tally: list[int] = []
        self._slots: dict[tuple[object, object], int] = {}  # (question id, selected): slot
        self._right: dict[int, int] = {}  # slot: 1 if its selection is right, else 0

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
                slot = self._slots.get((row[0], row[2]))
                if slot is None:
                    slot = self._slots[(row[0], row[2])] = len(self.tally)
                    self.tally += [0] * self.stride
                    self._right[slot] = int(row[4] != 0)
                return row, text, float(row[5]), self._right[slot], slot  # type: ignore[arg-type]

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

    def item_sums(self) -> tuple[list[CountRow], list[SumsRow]]:
        """The rows of answer_counts and question_sums the attempts made so far add, as
        ``ITEM_SUMMARY_FILL`` computes them from the answers (every demo attempt is a
        finished quiz): per selection, its answers and right ones; per question, its
        answers, right ones, and the sums of t, t² and t when right (t: the attempt's
        right answers)."""
        quiz, stride, tally = self.quiz, self.stride, self.tally
        counts: list[CountRow] = []
        sums: dict[str, list[int]] = {}
        for (question_id, selected), slot in self._slots.items():
            right = self._right[slot]
            row = tally[slot : slot + stride]
            answers = sum(row)
            if not answers:
                continue
            counts.append(
                (quiz.id, quiz.version, str(question_id), str(selected), answers, right * answers)
            )
            totals = sum(t * n for t, n in enumerate(row))
            entry = sums.setdefault(str(question_id), [0, 0, 0, 0, 0])
            entry[0] += answers
            entry[1] += right * answers
            entry[2] += totals
            entry[3] += sum(t * t * n for t, n in enumerate(row))
            entry[4] += right * totals
        return counts, [
            (quiz.id, quiz.version, question_id, n, k, totals, squares, when_right)
            for question_id, (n, k, totals, squares, when_right) in sums.items()
        ]
