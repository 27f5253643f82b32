"""An employee's team_summary lists (m019, m024) read against the course, and the team
table's quick verdict.

The lists hold codes of 'lesson@version' texts and quiz ids (``team_codes``, m024); which of
them count depends on the course and its publications, so that is decided here, once per
distinct code and once per distinct list (most employees share theirs).
A set of the course's lessons is held as an int, one bit per lesson in course order
(``LessonBits``): the table's per-employee work is then a few integer operations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from itertools import repeat

from sellertrain.core.models import Course
from sellertrain.core.store import Assignment, Publication, Store
from sellertrain.core.training.requirements import Verdict, due_again
from sellertrain.core.training.retraining import read_revision

_Pairs = tuple[tuple[str, str], ...]  # (lesson id, version) pairs
_CURRENT, _STALE, _UNKNOWN, _GONE = "current", "stale", "unknown", "gone"


class RoundedAverages(dict[float | None, float | None]):
    """Average scores rounded to one decimal as the table shows them, each distinct one
    worked out once (``round`` takes longer than a look-up)."""

    def __missing__(self, average: float | None) -> float | None:
        found = self[average] = round(average, 1) if average is not None else None
        return found


class LessonBits:
    """Sets of the course's lessons as ints: bit n is the n-th lesson id, in course order."""

    def __init__(self, lesson_ids: Iterable[str]) -> None:
        self.ids = tuple(lesson_ids)
        self.bit = {lesson_id: 1 << n for n, lesson_id in enumerate(self.ids)}

    def of(self, lesson_ids: Iterable[str]) -> int:
        """The bits of ``lesson_ids`` (a lesson not in the course has none)."""
        bit = self.bit
        return sum(bit.get(lesson_id, 0) for lesson_id in set(lesson_ids))

    def ids_of(self, bits: int) -> tuple[str, ...]:
        """The lesson ids of ``bits``, in course order."""
        return tuple(lesson_id for n, lesson_id in enumerate(self.ids) if bits >> n & 1)


class SummaryTexts:
    """An employee's summary lists decoded against the course, once per distinct list.

    A completion counts (is current) when its version's revision is the lesson's; a lesson is
    done when completed currently and its quiz (if any) passed, stale when completed only in an
    older revision. A version no publication names needs the time it was completed
    (``read_revision``): read for everyone at most once, only when there is such a version.
    Lessons are given as ``LessonBits``; ``codes`` is ``team_codes`` (m024): code -> text.
    """

    def __init__(
        self,
        store: Store,
        course: Course,
        lessons: dict[str, tuple[int, str | None]],
        publications: Mapping[str, list[Publication]],
        bits: LessonBits,
        codes: Mapping[str, str],
    ) -> None:
        self.store, self.course = store, course
        self.codes = codes
        self.lessons_of = lessons
        self.publications = publications
        self.bits = bits
        self.revisions = {
            (lesson_id, version): read_revision(items, version, "")
            for lesson_id, items in publications.items()
            for version in {p.version for p in items}
            | {p.previous_version for p in items if p.previous_version}
        }
        self._completions: dict[str | None, tuple[int, int, _Pairs]] = {}
        quiz_bits: dict[str, int] = {}  # quiz id -> the bits of the lessons taking it
        for lesson_id, (_revision, quiz) in lessons.items():
            if quiz:
                quiz_bits[quiz] = quiz_bits.get(quiz, 0) | bits.bit[lesson_id]
        # by code: a code's text is a quiz id in the passes and quizzes lists
        self._quiz_bits = {code: quiz_bits[t] for code, t in codes.items() if t in quiz_bits}
        self._without_quiz = bits.of(k for k, (_, quiz) in lessons.items() if quiz is None)
        self._course_quizzes = frozenset(c for c, t in codes.items() if t in course.quizzes)
        self._in_course: dict[str, bool] = {}
        self._passes: dict[str | None, int] = {}
        self._kinds: dict[str, tuple[str, str]] = {}
        self._times: dict[str, dict[str, str]] | None = None
        self._quiz_totals: dict[str, tuple[int, float | None, str]] | None = None

    def lessons(
        self, employee_id: str, completions: str | None, passes: str | None
    ) -> tuple[int, int]:
        """The lessons done and stale (bits), from the codes of the completions and passes."""
        found = self._completions.get(completions)
        if found is None:
            found = self._completions[completions] = self._decode(completions)
        current, stale, unknown = found
        if unknown:  # versions no publication names: judged by when each was completed
            current, stale = self._by_time(employee_id, current, stale, unknown)
        passed = self._passes.get(passes)
        if passed is None:  # about half the employees share theirs with someone
            passed = self._passes[passes] = self._lessons_passed(passes)
        return current & passed, stale

    def _decode(self, completions: str | None) -> tuple[int, int, _Pairs]:
        current = stale = 0
        unknown: list[tuple[str, str]] = []
        kinds, bit = self._kinds, self.bits.bit
        for code in completions.split(",") if completions else ():
            found = kinds.get(code)
            if found is None:
                # a code team_codes lacks (edited outside SellerTrain): no lesson's
                found = kinds[code] = self._kind(self.codes.get(code, ""))
            lesson_id, kind = found
            if kind is _CURRENT:
                current |= bit[lesson_id]
            elif kind is _STALE:
                stale |= bit[lesson_id]
            elif kind is _UNKNOWN:
                unknown.append((lesson_id, self.codes[code].partition("@")[2]))
        return current, stale, tuple(unknown)

    def _kind(self, item: str) -> tuple[str, str]:
        """Whether one 'lesson@version' completion is current, stale, of a version no
        publication names, or of a lesson the course no longer has."""
        lesson_id, _, version = item.partition("@")
        lesson = self.lessons_of.get(lesson_id)
        if lesson is None:  # no longer in the course: neither done nor stale
            return lesson_id, _GONE
        if lesson[0] == 0:
            return lesson_id, _CURRENT
        seen = self.revisions.get((lesson_id, version))
        if seen is None:
            return lesson_id, _UNKNOWN
        return lesson_id, _CURRENT if seen >= lesson[0] else _STALE

    def _by_time(
        self, employee_id: str, current: int, stale: int, unknown: _Pairs
    ) -> tuple[int, int]:
        if self._times is None:
            self._times = self.store.completion_times()
        times = self._times.get(employee_id, {})
        bit = self.bits.bit
        for lesson_id, version in unknown:
            seen = read_revision(self.publications[lesson_id], version, times.get(lesson_id, ""))
            if seen >= self.lessons_of[lesson_id][0]:
                current |= bit[lesson_id]
            else:
                stale |= bit[lesson_id]
        return current, stale

    def _lessons_passed(self, passes: str | None) -> int:
        """The course's lessons (bits) whose quiz (if any) is among ``passes`` (codes)."""
        if not passes:
            return self._without_quiz
        # two quizzes never share a lesson, so their bits add up; a quiz no lesson of the
        # course takes adds none
        items = passes.split(",")
        return self._without_quiz | sum(map(self._quiz_bits.get, items, repeat(0, len(items))))

    def all_in_course(self, quizzes: str) -> bool:
        """Whether every quiz of an employee's results (codes) is in the course (the usual
        case: their summary's totals are then the course's)."""
        found = self._in_course.get(quizzes)
        if found is None:
            found = self._in_course[quizzes] = self._course_quizzes.issuperset(quizzes.split(","))
        return found

    def course_quiz_totals(self, employee_id: str) -> tuple[int, float | None, str | None]:
        """Quizzes passed, average best score and last finish over the course's quizzes."""
        if self._quiz_totals is None:
            self._quiz_totals = self.store.quiz_totals(list(self.course.quizzes))
        found = self._quiz_totals.get(employee_id)
        return found if found is not None else (0, None, None)


def quick_verdict(
    required: int, late: int, done: int, stale: int, active: bool
) -> tuple[int, Verdict]:
    """Lessons done of those required, and the verdict, as ``requirements.standing`` gives
    them, from the lessons as bits (``LessonBits``); for requirements that recur, with
    ``done`` and ``late`` as ``lapsed`` leaves them. ``required``: the lessons required;
    ``late``: those due before today; ``done``: the required lessons done; ``stale``: every
    lesson completed only in an older revision.

    The table sorts and filters every row by these; the whole Standing is worked out only
    for the rows shown. tests/core/reports/test_team_table.py checks they agree on
    generated requirements and records.
    """
    count = done.bit_count()
    if late & ~done:
        return count, Verdict.OVERDUE
    if stale:
        return count, Verdict.NEEDS_REFRESH
    if required and done == required:
        return count, Verdict.COMPLETE
    return count, Verdict.IN_PROGRESS if active else Verdict.NOT_STARTED


def recurring_lessons(
    assignments: Iterable[Assignment], modules: Mapping[str, tuple[str, ...]]
) -> list[str]:
    """The lessons an assignment makes recur: the only ones whose completion times the table
    needs (reading every employee's every completion took ~80 ms at 10,000 employees)."""
    found = {
        lesson_id
        for a in assignments
        if a.every_months
        for lesson_id in ((a.lesson_id,) if a.lesson_id else modules.get(a.module or "", ()))
    }
    return sorted(found)


def lapsed(
    recurs: Mapping[str, int],
    bit: Mapping[str, int],
    done: int,
    late: int,
    completed_at: Mapping[str, str] | None,
    today: dt.date,
) -> tuple[int, int]:
    """``done`` and ``late`` (bits) with the recurring lessons (``recurs``: lesson id -> every
    N months) whose completion has lapsed taken out of done: those are late when due again
    before today, and late as required otherwise (no completion time). With these,
    ``quick_verdict`` gives ``standing``'s verdict for requirements that recur
    (tests/core/reports/test_team_table.py checks they agree)."""
    for lesson_id, months in recurs.items():
        lesson = bit[lesson_id]
        if not done & lesson:
            continue
        again = due_again((completed_at or {}).get(lesson_id), months)
        if again is None or again < today:
            done &= ~lesson
            if again is not None:
                late |= lesson
    return done, late
