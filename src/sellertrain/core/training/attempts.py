"""A learner's quiz attempt from start to result: start or resume, answer, submit, review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sellertrain.core.models import (
    AttemptKind,
    AttemptStatus,
    Course,
    Lesson,
    NumericAnswer,
    Question,
    QuestionKind,
    Quiz,
    Response,
)
from sellertrain.core.store import AnswerToSave, AttemptRecord, Store
from sellertrain.core.training import engine, quiz_terms, time_limits
from sellertrain.core.training.question_sets import quiz_for_attempt
from sellertrain.core.training.time_limits import TimeLimitPassed


class QuizSession:
    """One attempt in progress. Every answer is saved at once, so closing the app loses nothing.

    A timed attempt refuses answers after its limit and grace (``TimeLimitPassed``) and is
    then closed with the answers given in time; ``on_closed`` is told when that happens.
    """

    def __init__(
        self,
        store: Store,
        quiz: Quiz,
        attempt: AttemptRecord,
        answers: dict[str, Response] | None = None,
        on_closed: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.quiz = quiz
        self.attempt = attempt
        self.presented = present(quiz, attempt)
        self.answers: dict[str, Response] = dict(answers or {})
        self.resumed = bool(answers)
        self.on_closed = on_closed

    @classmethod
    def start(
        cls,
        store: Store,
        employee_id: str,
        quiz: Quiz,
        seed: int | None = None,
        *,
        kind: AttemptKind = AttemptKind.QUIZ,
        tested: Lesson | None = None,
        required: Sequence[str] = (),
    ) -> QuizSession:
        """A new attempt; ``tested`` is the lesson whose sections it tests, stored with it.
        ``required``: the lessons required of the employee, stored with an attempt at a quiz
        drawn ``from: required`` (so a resumed or reviewed attempt shows the same questions).

        A quiz is taken only in its published version (``quiz_terms.QuizChanged`` otherwise),
        so the pass mark it is scored under is one an author published, not the file's."""
        seed = engine.new_seed() if seed is None else seed
        if kind == AttemptKind.QUIZ:
            quiz_terms.ensure_published(store, quiz)
            scope: Sequence[str] = sorted(required) if quiz.from_required else ()
        else:
            scope = [q.id for q in quiz.questions]
        attempt = store.start_attempt(
            employee_id,
            quiz.id,
            quiz.version,
            seed,
            kind=kind,
            scope=scope,
            lesson_id=tested.id if tested is not None else None,
            sections=tested.section_texts() if tested is not None else (),
        )
        return cls(store, quiz, attempt)

    @classmethod
    def resume(
        cls,
        store: Store,
        course: Course,
        employee_id: str,
        quiz_id: str | None = None,
        on_closed: Callable[[], None] | None = None,
    ) -> QuizSession | None:
        """The employee's newest unfinished attempt (at ``quiz_id``, or at any quiz).

        An attempt whose quiz has since changed or disappeared cannot be shown or scored as it
        was, so it is recorded as abandoned; its saved draft answers stay in the database.
        A timed attempt whose time ran out is closed with the answers given in time. Either
        way the next unfinished attempt is tried.
        """
        for attempt in store.attempts(employee_id, quiz_id):
            if attempt.finished:
                continue
            quiz = quiz_for_attempt(course, attempt)
            if quiz is None or quiz.version != attempt.quiz_version:
                store.finish_attempt(attempt.id, 0.0, False, [], status=AttemptStatus.ABANDONED)
                continue
            session = cls(store, quiz, attempt, store.draft_answers(attempt.id), on_closed)
            if session.close_if_late():
                continue
            session.resumed = True
            return session
        return None

    # -- the time limit ------------------------------------------------------------------
    @property
    def ran_out_at(self) -> dt.datetime | None:
        """When the time limit ends (UTC), or None for an untimed quiz."""
        return time_limits.ran_out_at(self.quiz, self.attempt)

    def close_if_late(self) -> bool:
        """Close the attempt if its deadline passed, scoring the answers given in time.

        True if it is late (closed now or before); the answers saved after the deadline
        never count, whoever kept them.
        """
        if not time_limits.is_late(self.quiz, self.attempt, self.store.clock()):
            return False
        stored = self.store.attempt(self.attempt.id)
        if stored is not None and not stored.finished:
            deadline = time_limits.deadline(self.quiz, self.attempt)
            assert deadline is not None  # late implies timed
            until = time_limits.stored_moment(deadline)
            self.answers = self.store.draft_answers(self.attempt.id, until=until)
            self.submit(timed_out=True)
            if self.on_closed is not None:
                self.on_closed()
        return True

    def _refuse_if_late(self) -> None:
        if self.close_if_late():
            ran_out = self.ran_out_at
            assert ran_out is not None
            raise TimeLimitPassed(self.attempt.id, ran_out)

    # -- answering ---------------------------------------------------------------------
    def _keep(self, index: int, response: Response) -> None:
        """Save an answer, unless the time limit (and its grace) passed: TimeLimitPassed."""
        self._refuse_if_late()
        question_id = self.presented[index].question.id
        previous = self.answers.get(question_id)
        if previous == response or not (
            engine.is_answered(previous) or engine.is_answered(response)
        ):
            return
        self.answers[question_id] = response
        self.store.save_draft_answer(self.attempt.id, question_id, response)

    def answer(self, index: int, positions: set[int]) -> None:
        """Record the options picked (positions as shown) for the question at ``index``."""
        presented = self.presented[index]
        self._keep(index, frozenset(presented.option_order[p] for p in positions))

    def answer_text(self, index: int, text: str) -> None:
        """Record a typed answer (short answer or numerical)."""
        self._keep(index, text.strip())

    def answer_match(self, index: int, picks: list[int | None]) -> None:
        """Record, for each pair in file order, the position (as shown) of the answer picked."""
        order = self.presented[index].option_order
        self._keep(index, tuple(None if p is None else order[p] for p in picks))

    def selected_positions(self, index: int) -> set[int]:
        presented = self.presented[index]
        chosen = self.answers.get(presented.question.id, frozenset())
        if not isinstance(chosen, frozenset):
            return set()
        return {pos for pos, original in enumerate(presented.option_order) if original in chosen}

    def text_answer(self, index: int) -> str:
        given = self.answers.get(self.presented[index].question.id, "")
        return given if isinstance(given, str) else ""

    def match_positions(self, index: int) -> list[int | None]:
        """For each pair, the position (as shown) of the answer picked so far, or None."""
        presented = self.presented[index]
        given = self.answers.get(presented.question.id, ())
        picks = list(given) if isinstance(given, tuple) else []
        picks += [None] * (len(presented.question.pairs) - len(picks))
        order = presented.option_order
        return [None if p is None or p not in order else order.index(p) for p in picks]

    def unanswered(self) -> list[int]:
        return [
            i
            for i, p in enumerate(self.presented)
            if not engine.is_answered(self.answers.get(p.question.id))
        ]

    def first_unanswered(self) -> int:
        missing = self.unanswered()
        return missing[0] if missing else 0

    def seconds_left(self, now: dt.datetime) -> int | None:
        """Seconds left under the time limit (the clock runs from the start, even while closed)."""
        if self.quiz.time_limit is None:
            return None
        started = dt.datetime.fromisoformat(self.attempt.started_at)
        elapsed = (now - started).total_seconds()
        return max(0, int(self.quiz.time_limit * 60 - elapsed))

    # -- submitting --------------------------------------------------------------------
    def submit(self, timed_out: bool = False) -> engine.AttemptScore:
        """Score the attempt and write its result and answers in one transaction."""
        score = engine.score_attempt(self.quiz, self.presented, self.answers)
        rows = [
            AnswerToSave(
                question_id=result.question.id,
                position=position,
                selected=result.selected,
                selected_text=engine.response_text(result.question, result.selected),
                correct=result.correct,
                score=result.score,
            )
            for position, result in enumerate(score.results)
        ]
        self.store.finish_attempt(
            self.attempt.id,
            score.percent,
            score.passed,
            rows,
            status=AttemptStatus.TIMED_OUT if timed_out else AttemptStatus.SUBMITTED,
        )
        return score


@dataclass(frozen=True)
class ReviewItem:
    """One question of a finished attempt, as the results screen shows it."""

    number: int
    text: str
    context: str
    options: tuple[str, ...]
    correct_positions: frozenset[int]
    selected_positions: frozenset[int]
    score: float
    explanation: str
    tests_lesson: str | None
    tests_anchor: str | None
    kind: QuestionKind = QuestionKind.SINGLE
    given: tuple[str, ...] = ()  # typed answer, or "left -> picked" per pair
    expected: tuple[str, ...] = ()  # accepted answers, or "left -> right" per pair

    @property
    def correct(self) -> bool:
        return self.score >= 1 - 1e-9


@dataclass(frozen=True)
class AttemptReview:
    attempt: AttemptRecord
    quiz_title: str
    pass_mark: int
    items: tuple[ReviewItem, ...]
    time_ran_out_at: dt.datetime | None = None  # a timed-out attempt: when its limit ended


def _review_item(
    number: int, shown: engine.PresentedQuestion, chosen: Response | None, score: float
) -> ReviewItem:
    question = shown.question
    kind = question.kind
    order = shown.option_order
    selected = chosen if isinstance(chosen, frozenset) else frozenset()
    if kind.is_choice:
        options = tuple(question.options[i].text for i in order)
        correct = frozenset(p for p, i in enumerate(order) if question.options[i].correct)
        picked = frozenset(p for p, i in enumerate(order) if i in selected)
        given: tuple[str, ...] = ()
        expected: tuple[str, ...] = ()
    else:
        options, correct, picked = (), frozenset(), frozenset()
        given = engine.response_text(question, chosen) if chosen is not None else ()
        if kind is QuestionKind.MATCHING:
            expected = tuple(f"{p.left} -> {p.right}" for p in question.pairs)
        elif kind is QuestionKind.SHORT_ANSWER:
            expected = tuple(
                a.text + (f" ({a.weight:.0%})" if a.weight < 1 else "") for a in question.accepted
            )
        else:
            expected = tuple(_number_text(n) for n in question.numbers)
    return ReviewItem(
        number=number,
        text=question.text,
        context=question.context,
        options=options,
        correct_positions=correct,
        selected_positions=picked,
        score=score,
        explanation=question.explanation,
        tests_lesson=question.tests_lesson,
        tests_anchor=question.tests_anchor,
        kind=kind,
        given=given,
        expected=expected,
    )


def _number_text(answer: NumericAnswer) -> str:
    def show(value: float) -> str:
        return f"{value:g}"

    if answer.value is not None and answer.tolerance:
        text = f"{show(answer.value)} ± {show(answer.tolerance)}"
    elif answer.low == answer.high:
        text = show(answer.low)
    else:
        text = f"{show(answer.low)} to {show(answer.high)}"
    return text + (f" ({answer.weight:.0%})" if answer.weight < 1 else "")


def present(quiz: Quiz, attempt: AttemptRecord) -> list[engine.PresentedQuestion]:
    """The questions an attempt shows: from its seed, and for a quiz drawn ``from: required``
    from the required lessons stored with it."""
    lessons = attempt.scope if quiz.from_required and attempt.kind == AttemptKind.QUIZ else None
    return engine.present(quiz, attempt.seed, lessons)


def review_attempt(store: Store, course: Course, attempt_id: str) -> AttemptReview | None:
    """The review of a finished attempt, in the order the learner saw the questions."""
    attempt = store.attempt(attempt_id)
    if attempt is None or not attempt.finished:
        return None
    quiz = quiz_for_attempt(course, attempt)
    stored = {a.question_id: a for a in store.answers(attempt_id)}
    items: list[ReviewItem] = []
    presented = present(quiz, attempt) if quiz is not None else []
    same_version = quiz is not None and quiz.version == attempt.quiz_version
    for number, shown in enumerate(presented if same_version else [], start=1):
        question: Question = shown.question
        answer = stored.get(question.id)
        items.append(
            _review_item(
                number, shown, answer.selected if answer else None, answer.score if answer else 0.0
            )
        )
    if not same_version:  # the quiz changed: show what was stored, without the current key
        for answer in sorted(stored.values(), key=lambda a: a.position):
            items.append(
                ReviewItem(
                    answer.position + 1,
                    answer.question_id.replace("-", " ").capitalize(),
                    "",
                    answer.selected_text,
                    frozenset(),
                    frozenset(range(len(answer.selected_text))),
                    answer.score,
                    "",
                    None,
                    None,
                )
            )
    timed_out = attempt.status == AttemptStatus.TIMED_OUT
    if attempt.pass_mark is not None:  # the published pass mark it was scored under
        pass_mark = round(attempt.pass_mark)
    else:
        pass_mark = quiz.pass_mark if quiz else 0
    return AttemptReview(
        attempt,
        quiz.title if quiz else attempt.quiz_id,
        pass_mark,
        tuple(items),
        time_limits.ran_out_at(quiz, attempt) if quiz is not None and timed_out else None,
    )
