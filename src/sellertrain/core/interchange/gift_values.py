"""The plain values a GIFT file is read into: questions, answers, numbers, pairs, problems."""

from __future__ import annotations

from dataclasses import dataclass, field

FORMATS = ("moodle", "html", "plain", "markdown")


@dataclass(frozen=True)
class GiftAnswer:
    """A choice, or an accepted short answer: ``fraction`` is the share of the mark (1 = 100 %)."""

    text: str
    fraction: float
    feedback: str = ""
    format: str = "moodle"
    feedback_format: str = "moodle"


@dataclass(frozen=True)
class GiftNumber:
    """A numerical answer: ``value`` ± ``tolerance``; ``value`` None is Moodle's catch-all ``*``.

    ``low``/``high`` keep a ``min..max`` range as written (Moodle stores its mid-point ± half).
    """

    value: float | None
    tolerance: float | None
    fraction: float
    feedback: str = ""
    feedback_format: str = "moodle"
    low: float | None = None
    high: float | None = None

    @property
    def accepted_range(self) -> tuple[float, float] | None:
        """The numbers this answer accepts, or None for the catch-all."""
        if self.value is None:
            return None
        if self.low is not None and self.high is not None:
            return (self.low, self.high)
        tolerance = self.tolerance or 0.0
        return (self.value - tolerance, self.value + tolerance)


@dataclass(frozen=True)
class GiftPair:
    """A matching entry; an empty ``question`` makes ``answer`` an extra wrong answer."""

    question: str
    answer: str
    format: str = "moodle"


@dataclass(frozen=True)
class GiftQuestion:
    """One question as Moodle reads it. ``type`` is Moodle's: multichoice, truefalse,
    shortanswer, numerical, matching, essay or description."""

    type: str
    line: int
    text: str
    text_format: str = "moodle"
    title: str | None = None
    category: str | None = None
    single: bool = True
    answers: tuple[GiftAnswer, ...] = ()
    numbers: tuple[GiftNumber, ...] = ()
    pairs: tuple[GiftPair, ...] = ()
    correct_answer: bool | None = None
    feedback_true: str = ""  # shown to a learner who picks True
    feedback_false: str = ""  # shown to a learner who picks False
    tf_feedback_formats: tuple[str, str] = ("moodle", "moodle")
    general_feedback: str = ""
    general_feedback_format: str = "moodle"
    idnumber: str = ""
    tags: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """The type in words, with multiple choice split by single/multiple answers."""
        if self.type == "multichoice":
            return "multiple_choice" if self.single else "multiple_answers"
        return {
            "truefalse": "true_false",
            "shortanswer": "short_answer",
        }.get(self.type, self.type)

    @property
    def extra_wrong_answers(self) -> tuple[str, ...]:
        """Matching answers that belong to no question (``= -> answer``)."""
        return tuple(p.answer for p in self.pairs if not p.question)

    def is_correct(self, answer: GiftAnswer) -> bool:
        """Whether a choice counts as correct: 100 % for single choice, above 0 otherwise."""
        if self.single:
            return answer.fraction >= 1 - 1e-9
        return answer.fraction > 0


@dataclass(frozen=True)
class GiftProblem:
    """A question Moodle could not read either, at the line where it starts."""

    line: int
    message: str


@dataclass
class GiftFile:
    """Everything read from one GIFT file, in file order."""

    questions: list[GiftQuestion] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    problems: list[GiftProblem] = field(default_factory=list)
