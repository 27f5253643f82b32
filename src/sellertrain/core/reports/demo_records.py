"""The rows of demo employees: who they are, the lessons they read, the quizzes they take."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator

from sellertrain.core.models import KNOWN_ROLES, Course, Lesson
from sellertrain.core.reports.demo_names import UniqueNames
from sellertrain.core.reports.demo_plans import (
    SEEDS_PER_QUIZ,
    CountRow,
    QuizPlan,
    SumsRow,
    id_stream,
)
from sellertrain.core.store import chain
from sellertrain.core.store.answer_keys import answer_id
from sellertrain.core.store.bulk import Row, RowBatch

OLD_VERSION = "demo-old-1"  # an obviously fake earlier lesson version: shows "needs refresh"
HIRING_DAYS = 120
BATCH_EMPLOYEES = 500
_DAY = 86_400
_DEPARTMENT_WEIGHTS = {
    "customer-service": 34,
    "logistics": 28,
    "listings": 18,
    "management": 12,
    "finance": 8,
}
# one employee's rows of lesson_events, attempts and attempt_results (RowBatch's layouts)
KeptRows = tuple[list[Row], list[Row], list[Row]]
DEPARTMENTS = tuple(role for role in KNOWN_ROLES if role != "all")


class DemoRecords:
    """Builds the rows of the demo employees, batch by batch, from one random stream."""

    def __init__(
        self,
        course: Course,
        rng: random.Random,
        id_rng: random.Random,
        today: dt.date,
        taken: set[str],
        password_hash: str,
    ) -> None:
        self.rng = rng
        self.new_id = id_stream(id_rng)
        self.password_hash = password_hash
        self.end = int(dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC).timestamp())
        self.names = UniqueNames(rng, taken)
        self.days: dict[int, str] = {}
        self.quizzes = {q: QuizPlan(course.quizzes[q], rng) for q in sorted(course.quizzes)}
        finals = [plan for plan in self.quizzes.values() if plan.quiz.lesson_id is None]
        self.final = finals[0] if finals else None
        lessons = course.ordered_lessons
        self.required = {d: [x for x in lessons if x.required_for(d)] for d in DEPARTMENTS}
        self.optional = {d: [x for x in lessons if not x.required_for(d)] for d in DEPARTMENTS}
        self.weights = [_DEPARTMENT_WEIGHTS.get(d, 5) for d in DEPARTMENTS]
        self.manager_id: str | None = None
        self.manager_name: str | None = None
        self.ids: list[str] = []  # every demo employee, in the order added
        self.passed: set[str] = set()  # demo employees with a passed quiz: may earn certificates
        # what each of them did, as the rows written (for issuing certificates without
        # reading it back): reading records, attempts and results, oldest first
        self.kept: dict[str, KeptRows] = {}
        self.batch = RowBatch()
        # the chain link of the employee being built
        self.head: tuple[int, str] = (0, "")

    def batches(self, count: int) -> Iterator[RowBatch]:
        for index in range(count):
            self.employee(last=index == count - 1)
            if len(self.batch.employees) >= BATCH_EMPLOYEES:
                yield self.batch
                self.batch = RowBatch()
        if self.batch.employees:
            yield self.batch

    def item_sums(self) -> tuple[list[CountRow], list[SumsRow]]:
        """The answer_counts and question_sums rows of every attempt made (for the bulk
        insert, which then skips computing them from a million answers)."""
        counts: list[CountRow] = []
        sums: list[SumsRow] = []
        for plan in self.quizzes.values():
            more_counts, more_sums = plan.item_sums()
            counts += more_counts
            sums += more_sums
        return counts, sums

    # -- small helpers -----------------------------------------------------------------
    def iso(self, moment: int) -> str:
        """Epoch seconds as the store writes times (``Store.now()``), via a per-day cache."""
        day, rest = divmod(moment, _DAY)
        date = self.days.get(day)
        if date is None:
            date = self.days[day] = dt.date.fromordinal(719_163 + day).isoformat()
        hours, rest = divmod(rest, 3600)
        return f"{date}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}+00:00"

    def later(self, moment: int, pace: float) -> int:
        """When the employee next sits down to learn: soon, or a (working) day or more later."""
        rng = self.rng
        if rng.random() < 0.5:
            return moment + rng.randint(60, 5400)
        days = 1 + int(rng.expovariate(1.0 / pace))
        # 01:00-10:00 UTC is 09:00-18:00 in China, where the team works
        return (moment // _DAY + days) * _DAY + 3600 + rng.randint(0, 9 * 3600)

    def event(
        self, employee_id: str, lesson_id: str, version: str, kind: str, at: int, seconds: int = 0
    ) -> None:
        self.batch.lesson_events.append(
            (self.new_id(), employee_id, lesson_id, version, kind, self.iso(at), seconds)
        )

    # -- one employee ------------------------------------------------------------------
    def employee(self, last: bool) -> None:
        """An employee, hired in the last HIRING_DAYS days, and what they did since."""
        rng = self.rng
        name = self.names.next()
        department = rng.choices(DEPARTMENTS, self.weights)[0]
        roll = rng.random()
        role = "manager" if roll < 0.03 else "author" if roll < 0.05 else "learner"
        if last and self.manager_id is None:
            role = "manager"  # every demo needs someone who can open the team view
        hired = self.end - rng.randint(1, HIRING_DAYS) * _DAY + rng.randint(3600, 10 * 3600)
        employee_id = self.new_id()
        row = (employee_id, name, name.casefold(), role, department, self.password_hash)
        self.batch.employees.append((*row, self.iso(hired), 1))
        self.ids.append(employee_id)
        if role == "manager" and self.manager_id is None:
            self.manager_id, self.manager_name = employee_id, name
        self.head = (0, "")  # a new employee's chain starts at 1
        batch = self.batch
        starts = len(batch.lesson_events), len(batch.attempts), len(batch.attempt_results)
        self.learn(employee_id, department, hired)
        if employee_id in self.passed:
            self.kept[employee_id] = (
                batch.lesson_events[starts[0] :],
                batch.attempts[starts[1] :],
                batch.attempt_results[starts[2] :],
            )

    def learn(self, employee_id: str, department: str, hired: int) -> None:
        """Read lessons in course order and take their quizzes until done, or out of time."""
        rng = self.rng
        required = self.required[department]
        behaviour = rng.random()
        unfinished: Lesson | None = None
        if behaviour < 0.08:
            return  # never started
        if behaviour < 0.33:  # stopped part-way
            cut = rng.randint(0, max(0, len(required) - 1))
            plan = required[:cut]
            unfinished = required[cut] if cut < len(required) else None
        else:
            plan = required + [x for x in self.optional[department] if rng.random() < 0.5]
        ability = rng.gauss(0.0, 1.0)
        pace = rng.uniform(0.5, 4.0)  # mean days between learning sessions
        # a few completed one lesson before it was updated (not the first: that one is
        # assigned to everyone and overdue would hide "needs refresh")
        stale = rng.randint(1, len(plan) - 1) if len(plan) > 1 and rng.random() < 0.05 else -1
        moment = hired + rng.randint(600, 2 * _DAY)
        for number, lesson in enumerate(plan):
            version = OLD_VERSION if number == stale else lesson.version
            moment = self.read(employee_id, lesson, version, moment, pace, complete=True)
            if moment < 0:
                return
            quiz = self.quizzes.get(lesson.quiz_id or "")
            if quiz is not None and rng.random() < 0.93:
                moment = self.take_quiz(employee_id, quiz, moment, ability, pace, lesson, version)
                if moment < 0:
                    return
        if unfinished is not None:
            self.read(employee_id, unfinished, unfinished.version, moment, pace, complete=False)
        elif self.final is not None and plan and behaviour > 0.33 and rng.random() < 0.35:
            self.take_quiz(employee_id, self.final, moment, ability + 0.3, pace, None, "")

    def read(
        self,
        employee_id: str,
        lesson: Lesson,
        version: str,
        moment: int,
        pace: float,
        complete: bool,
    ) -> int:
        """Open, read and (maybe) complete a lesson; the time after, or -1 when out of time."""
        rng = self.rng
        opened = self.later(moment, pace)
        seconds = int(lesson.minutes * 60 * rng.uniform(0.5, 1.6) * (1.0 if complete else 0.4))
        read = opened + seconds
        done = read + rng.randint(2, 40)
        if done >= self.end or not complete:
            if opened < self.end:
                self.event(employee_id, lesson.id, version, "opened", opened)
            if read < self.end:
                self.event(employee_id, lesson.id, version, "read", read, seconds)
            return -1
        self.event(employee_id, lesson.id, version, "opened", opened)
        self.event(employee_id, lesson.id, version, "read", read, seconds)
        self.event(employee_id, lesson.id, version, "completed", done)
        return done

    def take_quiz(
        self,
        employee_id: str,
        plan: QuizPlan,
        moment: int,
        ability: float,
        pace: float,
        lesson: Lesson | None,
        version: str,
    ) -> int:
        """Attempts until passed or given up (retakes are common); -1 when out of time."""
        rng = self.rng
        for tries in range(5):
            if tries == 0 and rng.random() < 0.8:
                start = moment + rng.randint(20, 900)  # straight after reading
            else:
                start = self.later(moment, pace)
            if tries and lesson is not None and rng.random() < 0.35:  # re-read before a retake
                seconds = int(lesson.minutes * 60 * rng.uniform(0.2, 0.8))
                if start + seconds >= self.end:
                    return -1
                self.event(employee_id, lesson.id, version, "opened", start)
                self.event(employee_id, lesson.id, version, "read", start + seconds, seconds)
                start += seconds + rng.randint(20, 600)
            skill = ability + 0.6 * tries + rng.gauss(0.0, 0.3)
            moment, passed = self.attempt(employee_id, plan, start, skill)
            if moment < 0 or passed or rng.random() < 0.1:
                return moment
        return moment

    def attempt(
        self, employee_id: str, plan: QuizPlan, start: int, skill: float
    ) -> tuple[int, bool]:
        """One submitted attempt with its answers; (finish time, passed), or (-1, False)."""
        rng = self.rng
        random_ = rng.random
        quiz = plan.quiz
        seed = plan.seeds[int(random_() * SEEDS_PER_QUIZ)]
        placed = plan.placed(seed)
        status, blank_from = "submitted", len(placed)
        finished = start + len(placed) * rng.randint(15, 60)
        if quiz.time_limit and random_() < 0.1:  # ran out of time on the last few questions
            status, blank_from = "timed_out", len(placed) - rng.randint(1, 4)
            finished = start + quiz.time_limit * 60
        if finished >= self.end:
            return -1, False
        attempt_id, result_id = self.new_id(), self.new_id()
        chosen = []
        spread = math.exp(-skill)
        for hardness, right, wrongs, _blank in placed[:blank_from]:
            if random_() * (1.0 + hardness * spread) < 1.0:
                chosen.append(right)
            else:
                chosen.append(wrongs[int(random_() * len(wrongs))])
        chosen += [question[3] for question in placed[blank_from:]]
        answers, hashed, scores, rights, slots = zip(*chosen, strict=True)
        # each answer's row: its id (its result's and its position), the attempt's, the values
        self.batch.answers += [
            (answer_id(result_id, position), attempt_id, *answer)
            for position, answer in enumerate(answers)
        ]
        tally, right_ones = plan.tally, sum(rights)
        for slot in slots:
            tally[slot + right_ones] += 1
        # the percentage and pass rule of engine.score_attempt (a test checks they agree)
        percent = round(100.0 * sum(scores) / len(scores), 2)
        passed = percent >= quiz.pass_mark  # the published one: generate_demo_data checks
        attempt = (attempt_id, employee_id, quiz.id, quiz.version, seed, self.iso(start))
        result = (result_id, status, self.iso(finished), percent, int(passed), quiz.pass_mark)
        seq, prev = self.head[0] + 1, self.head[1]
        # kind, scope and sections: the column defaults the bulk insert leaves in place
        link = chain.record_hash((*attempt, "quiz", None, None), result, hashed, seq, prev)
        self.head = (seq, link)
        if passed:
            self.passed.add(employee_id)
        self.batch.attempts.append(attempt)
        self.batch.attempt_results.append(
            (result[0], attempt_id, *result[1:], employee_id, seq, prev, link)
        )
        return finished, passed
