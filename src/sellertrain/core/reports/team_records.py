"""An employee's team_summary texts (m019) read against the course, and the team table's
quick verdict.

The texts name lessons and versions; which of them count depends on the course and its
publications, so that is decided here, once per distinct text (most employees share theirs).
"""

from __future__ import annotations

from collections.abc import Mapping

from sellertrain.core.models import Course
from sellertrain.core.store import Publication, Store
from sellertrain.core.training.requirements import Requirement, Verdict
from sellertrain.core.training.retraining import read_revision

_Pairs = tuple[tuple[str, str], ...]  # (lesson id, version) pairs
_CURRENT, _STALE, _UNKNOWN, _GONE = "current", "stale", "unknown", "gone"


class SummaryTexts:
    """An employee's summary texts decoded against the course, once per distinct text.

    A completion counts (is current) when its version's revision is the lesson's; a lesson is
    done when completed currently and its quiz (if any) passed, stale when completed only in an
    older revision. A version no publication names needs the time it was completed
    (``read_revision``): read for everyone at most once, only when there is such a version.
    """

    def __init__(
        self,
        store: Store,
        course: Course,
        lessons: dict[str, tuple[int, str | None]],
        publications: Mapping[str, list[Publication]],
    ) -> None:
        self.store, self.course = store, course
        self.lessons_of = lessons
        self.publications = publications
        self.revisions = {
            (lesson_id, version): read_revision(items, version, "")
            for lesson_id, items in publications.items()
            for version in {p.version for p in items}
            | {p.previous_version for p in items if p.previous_version}
        }
        self._completions: dict[str | None, tuple[frozenset[str], frozenset[str], _Pairs]] = {}
        quizzes = [(quiz, lesson_id) for lesson_id, (_, quiz) in lessons.items() if quiz]
        self._lesson_of = dict(quizzes)
        self._one_lesson_each = len(self._lesson_of) == len(quizzes)
        self._without_quiz = frozenset(k for k, (_, quiz) in lessons.items() if quiz is None)
        self._in_course: dict[str, bool] = {}
        self._passes: dict[str | None, frozenset[str | None]] = {}
        self._kinds: dict[str, tuple[str, str]] = {}
        self._times: dict[str, dict[str, str]] | None = None
        self._quiz_totals: dict[str, tuple[int, float | None, str]] | None = None

    def lessons(
        self, employee_id: str, completions: str | None, passes: str | None
    ) -> tuple[frozenset[str], frozenset[str]]:
        """The lesson ids done and stale."""
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

    def _decode(self, completions: str | None) -> tuple[frozenset[str], frozenset[str], _Pairs]:
        current: list[str] = []
        stale: list[str] = []
        unknown: list[tuple[str, str]] = []
        kinds = self._kinds
        for item in completions.split(",") if completions else ():
            found = kinds.get(item)
            if found is None:
                found = kinds[item] = self._kind(item)
            lesson_id, kind = found
            if kind is _CURRENT:
                current.append(lesson_id)
            elif kind is _STALE:
                stale.append(lesson_id)
            elif kind is _UNKNOWN:
                unknown.append((lesson_id, item.partition("@")[2]))
        return frozenset(current), frozenset(stale), tuple(unknown)

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
        self, employee_id: str, current: frozenset[str], stale: frozenset[str], unknown: _Pairs
    ) -> tuple[frozenset[str], frozenset[str]]:
        if self._times is None:
            self._times = self.store.completion_times()
        times = self._times.get(employee_id, {})
        now, old = set(current), set(stale)
        for lesson_id, version in unknown:
            seen = read_revision(self.publications[lesson_id], version, times.get(lesson_id, ""))
            if seen >= self.lessons_of[lesson_id][0]:
                now.add(lesson_id)
            else:
                old.add(lesson_id)
        return frozenset(now), frozenset(old)

    def _lessons_passed(self, passes: str | None) -> frozenset[str | None]:
        """The course's lessons whose quiz (if any) is among ``passes``."""
        if not passes:
            return self._without_quiz
        if self._one_lesson_each:  # the usual course: a map, not a loop, per employee
            # (None for a quiz no lesson of the course takes: it meets no lesson id)
            return self._without_quiz.union(map(self._lesson_of.get, passes.split(",")))
        passed = set(passes.split(","))
        return frozenset(
            lesson_id
            for lesson_id, (_revision, quiz) in self.lessons_of.items()
            if quiz is None or quiz in passed
        )

    def all_in_course(self, quizzes: str) -> bool:
        """Whether every quiz of an employee's results is in the course (the usual case: their
        summary's totals are then the course's)."""
        found = self._in_course.get(quizzes)
        if found is None:
            found = self._in_course[quizzes] = self.course.quizzes.keys() >= set(quizzes.split(","))
        return found

    def course_quiz_totals(self, employee_id: str) -> tuple[int, float | None, str | None]:
        """Quizzes passed, average best score and last finish over the course's quizzes."""
        if self._quiz_totals is None:
            self._quiz_totals = self.store.quiz_totals(list(self.course.quizzes))
        found = self._quiz_totals.get(employee_id)
        return found if found is not None else (0, None, None)


def quick_verdict(
    required: Mapping[str, Requirement],
    late: frozenset[str],
    done: frozenset[str],
    stale: frozenset[str],
    active: bool,
) -> tuple[int, Verdict]:
    """Lessons done of those required, and the verdict, as ``requirements.standing`` gives
    them, from set operations: for requirements none of which recurs. ``late``: the required
    lessons due before today; ``done``: the required lessons done.

    The table sorts and filters every row by these; the whole Standing is worked out only
    for the rows shown. tests/core/reports/test_team_table.py checks they agree on
    generated requirements and records.
    """
    if not late <= done:
        return len(done), Verdict.OVERDUE
    if stale:
        return len(done), Verdict.NEEDS_REFRESH
    if required and len(done) == len(required):
        return len(done), Verdict.COMPLETE
    return len(done), Verdict.IN_PROGRESS if active else Verdict.NOT_STARTED
