"""Plain, immutable values shared by the core, the CLI and the screens."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

# A lesson's parts: importable from here too.
from sellertrain.core.lesson_parts import Section, SectionText, Source, StaleLesson

# Who uses the app: importable from here too.
from sellertrain.core.people import AccessRole, Employee  # noqa: F401

# The records' fixed words live in vocabularies; importable from here too.
from sellertrain.core.vocabularies import (  # noqa: F401
    KNOWN_ROLES,
    KNOWN_TAGS,
    AssignmentTarget,
    AttemptKind,
    AttemptStatus,
    CertificateScope,
    LessonEventKind,
    PublicationKind,
    SignInOutcome,
)

log = logging.getLogger(__name__)

CALLOUT_KINDS = ("rule", "warning", "tip", "example")


def content_version(text: str) -> str:
    """A short hash of a file's text, the same on every platform (line endings normalised)."""
    from sellertrain.core.digest import builtin_sha256_hex  # no OpenSSL before the first screen

    normalised = text.replace("\r\n", "\n").removeprefix("\ufeff")
    return builtin_sha256_hex(normalised.encode("utf-8"))[:12]


@functools.lru_cache(maxsize=32)
def _body_from_file(path: Path, body_line: int, version: str) -> str:
    from sellertrain.core.content.safe_read import UnsafeFile, read_limited

    try:  # the loader's limit: 100,000 characters of up to 4 UTF-8 bytes
        raw = read_limited(path, 400_000)
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except (UnsafeFile, UnicodeDecodeError) as exc:
        log.warning("cannot read the lesson %s again: %s", path, exc)
        return ""
    if content_version(text) != version:
        log.warning("%s changed since it was loaded; showing the file as it is now", path)
    return "\n".join(text.split("\n")[body_line - 1 :])


def section_source(lines: list[str]) -> str:
    """A section's text as hashed and stored: trailing spaces and blank edges dropped."""
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def section_digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in a content file, reported as ``path:line: message``."""

    path: Path
    line: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"

    def localized(self, language: str) -> str:
        """``path:line: message`` with the message (and a warning's mark) in ``language``."""
        from sellertrain.core.message import QT_TRANSLATE_NOOP, localize

        message = self.message
        if self.severity == "warning":
            message = QT_TRANSLATE_NOOP("Content", "warning: {problem}").format(problem=message)
        elif self.severity == "hint":  # style advice (quiz_style.py), never an error
            message = QT_TRANSLATE_NOOP("Content", "hint: {problem}").format(problem=message)
        return f"{self.path}:{self.line}: {localize(message, language)}"


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    module: str
    order: int
    minutes: int
    summary: str
    reviewed: dt.date | None  # checked against the platform's own pages; None: not yet
    path: Path
    version: str
    quiz_id: str | None = None
    roles: tuple[str, ...] = ("all",)
    tags: tuple[str, ...] = ()
    # None: read from the file on first use (see read_body). Not compared: ``version``, the
    # hash of the file's text, already tells two lessons apart.
    body: str | None = field(default="", compare=False)
    body_line: int = 1
    sections: tuple[Section, ...] = ()
    draft: bool = False  # ``status: draft``: only authors see it until it is published
    # until ``reviewed`` is set, the pages the lesson's facts come from
    sources: tuple[Source, ...] = ()
    lang: str = ""  # "" for the original; a variant's language code (e.g. zh-CN)
    # a variant: the hash of its own file (``version`` is its original's, the shared key)
    file_version: str = field(default="", compare=False)

    def read_body(self) -> str:
        """The Markdown after the front matter. A lesson from the on-disk parse cache does not
        carry it (1,000 lessons would mean megabytes to load at every start-up), so it is read
        from the file when a screen first needs it."""
        if self.body is not None:
            return self.body
        return _body_from_file(self.path, self.body_line, self.file_version or self.version)

    def required_for(self, department: str | None) -> bool:
        """Whether an employee of this department must take the lesson."""
        return "all" in self.roles or (department is not None and department in self.roles)

    def section_text(self, anchor: str) -> str:
        """The Markdown of one section, heading included ("" when there is no such section)."""
        section = next((s for s in self.sections if s.anchor == anchor), None)
        if section is None:
            return ""
        lines = self.read_body().split("\n")
        return section_source(
            lines[section.line - self.body_line : section.end_line - self.body_line]
        )

    def section_texts(self) -> tuple[SectionText, ...]:
        """Every section as loaded, for storing with a completion or an attempt.

        Each text's digest is computed from the text itself. The text is sliced from the file
        by the line numbers of the loaded version: if the file was changed since, the slice
        holds other words than the version the sections name, so it is refused (StaleLesson).
        """
        texts = []
        for s in self.sections:
            text = self.section_text(s.anchor)
            digest = section_digest(text)
            if s.digest and digest != s.digest:
                raise StaleLesson(self.title, self.path.name)
            texts.append(SectionText(s.anchor, s.title, text, digest))
        return tuple(texts)


@dataclass(frozen=True)
class Option:
    """A choice. ``weight`` (a fraction, -1..1) overrides the default partial credit."""

    text: str
    correct: bool
    weight: float | None = None
    feedback: str = ""


@dataclass(frozen=True)
class AcceptedAnswer:
    """A short answer the learner may type; ``weight`` is the fraction of the mark it earns."""

    text: str
    weight: float = 1.0


@dataclass(frozen=True)
class NumericAnswer:
    """A number range ``low``..``high`` that earns ``weight``; ``value``/``tolerance`` as written."""

    low: float
    high: float
    weight: float = 1.0
    value: float | None = None
    tolerance: float | None = None

    def accepts(self, number: float) -> bool:
        return self.low - 1e-9 <= number <= self.high + 1e-9


@dataclass(frozen=True)
class MatchPair:
    left: str
    right: str


class QuestionKind(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    SHORT_ANSWER = "short_answer"
    NUMERICAL = "numerical"
    MATCHING = "matching"

    @property
    def is_choice(self) -> bool:
        return self in (QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE)


# What a learner gave: chosen option indices (choice kinds), typed text (short answer and
# numerical), or for matching the index into ``Question.match_choices`` picked for each pair.
Response = frozenset[int] | str | tuple[int | None, ...]


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    options: tuple[Option, ...]
    line: int
    context: str = ""
    explanation: str = ""
    tests_lesson: str | None = None
    tests_anchor: str | None = None
    tests_line: int = 0
    title: str = ""
    accepted: tuple[AcceptedAnswer, ...] = ()
    numbers: tuple[NumericAnswer, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    distractors: tuple[str, ...] = ()

    @property
    def kind(self) -> QuestionKind:
        if self.pairs:
            return QuestionKind.MATCHING
        if self.numbers:
            return QuestionKind.NUMERICAL
        if self.accepted:
            return QuestionKind.SHORT_ANSWER
        correct = sum(o.correct for o in self.options)
        texts = [o.text.strip().lower() for o in self.options]
        if len(texts) == 2 and sorted(texts) == ["false", "true"] and correct == 1:
            return QuestionKind.TRUE_FALSE
        return QuestionKind.MULTIPLE if correct > 1 else QuestionKind.SINGLE

    @property
    def correct_indices(self) -> frozenset[int]:
        return frozenset(i for i, o in enumerate(self.options) if o.correct)

    @property
    def match_choices(self) -> tuple[str, ...]:
        """The right-hand answers of a matching question (pairs first, then distractors)."""
        seen: list[str] = []
        for text in [p.right for p in self.pairs] + list(self.distractors):
            if text not in seen:
                seen.append(text)
        return tuple(seen)


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    pass_mark: int
    path: Path
    version: str
    questions: tuple[Question, ...]
    lesson_id: str | None = None
    shuffle: bool = True
    draw: int | None = None
    time_limit: int | None = None
    intro: str = ""
    draft: bool = False  # ``status: draft``: only authors see it until it is published
    # ``from: required``: draw only from questions testing the lessons required of the
    # employee, at least ``per_lesson`` from each (engine.present)
    from_required: bool = False
    per_lesson: int | None = None
    lang: str = ""  # "" for the original; a variant's language code (e.g. zh-CN)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def size(self) -> int:
        """How many questions one attempt has."""
        return min(self.draw or len(self.questions), len(self.questions))


SETTINGS_FILE = "course.yaml"  # the optional course-wide settings, beside lessons/


@dataclass(frozen=True)
class CourseSettings:
    """What ``course.yaml`` sets: the course title and how long certificates stay valid.

    ``module_validity`` maps module titles, ``assessment_validity`` assessment quiz ids, to a
    number of days; a scope not named has certificates that never expire.
    ``minimum_reading_percent`` is the share of a lesson's reading time (its ``minutes``) a
    learner spends on it before "Mark as complete" is offered.
    """

    title: str = ""
    module_validity: dict[str, int] = field(default_factory=dict)
    assessment_validity: dict[str, int] = field(default_factory=dict)
    minimum_reading_percent: int = 25

    def valid_days(self, scope_kind: str, scope: str) -> int | None:
        """Days a certificate for a module or an assessment stays valid (None: no expiry)."""
        table = (
            self.module_validity
            if scope_kind == CertificateScope.MODULE
            else self.assessment_validity
        )
        return table.get(scope)


@dataclass(frozen=True)
class Module:
    title: str
    lessons: tuple[Lesson, ...]

    @property
    def certified(self) -> bool:
        """Whether it earns a certificate: not a module of references (``roles: []``) only."""
        return any(lesson.roles for lesson in self.lessons)


@dataclass
class Drafts:
    """Lessons and quizzes marked ``status: draft``: the author studio shows them, nothing
    that learners, reports or requirements read does."""

    lessons: dict[str, Lesson] = field(default_factory=dict)
    quizzes: dict[str, Quiz] = field(default_factory=dict)

    def item_at(self, path: Path) -> Lesson | Quiz | None:
        """The draft lesson or quiz loaded from ``path``, if any."""
        items: list[Lesson | Quiz] = [*self.lessons.values(), *self.quizzes.values()]
        return next((item for item in items if item.path == path), None)


@dataclass
class Variants:
    """One language's versions of lessons and quizzes (``<id>.<lang>.md``), by the shared id:
    each is the original with its texts translated (ids, anchors and settings kept)."""

    lessons: dict[str, Lesson] = field(default_factory=dict)
    quizzes: dict[str, Quiz] = field(default_factory=dict)


@dataclass
class Course:
    """A loaded content folder: what is valid, and what is wrong.

    ``lessons`` and ``quizzes`` hold published items only: everything learners, reports and
    requirements read. Drafts are kept apart in ``drafts`` for the author studio.
    """

    root: Path
    lessons: dict[str, Lesson] = field(default_factory=dict)
    quizzes: dict[str, Quiz] = field(default_factory=dict)
    errors: list[ContentError] = field(default_factory=list)
    settings: CourseSettings = field(default_factory=CourseSettings)
    drafts: Drafts = field(default_factory=Drafts)
    variants: dict[str, Variants] = field(default_factory=dict)  # by language code

    @property
    def modules(self) -> list[Module]:
        """Modules in course order (computed once per set of lessons: reports ask often)."""
        key = tuple(map(id, self.lessons.values()))  # any added, removed or replaced lesson
        cached = self.__dict__.get("_modules")
        if cached is None or cached[0] != key or cached[2] is not self.lessons:
            groups: dict[str, list[Lesson]] = {}
            for lesson in sorted(self.lessons.values(), key=lambda item: (item.order, item.id)):
                groups.setdefault(lesson.module, []).append(lesson)
            modules = [Module(title, tuple(items)) for title, items in groups.items()]
            ordered = [lesson for module in modules for lesson in module.lessons]
            cached = (key, (modules, ordered), self.lessons)
            self.__dict__["_modules"] = cached
        return list(cached[1][0])

    @property
    def ordered_lessons(self) -> list[Lesson]:
        self.modules  # noqa: B018 - fills the cache
        return list(self.__dict__["_modules"][1][1])

    @property
    def question_count(self) -> int:
        return sum(len(q.questions) for q in self.quizzes.values())

    @property
    def has_errors(self) -> bool:
        return any(e.severity == "error" for e in self.errors)
