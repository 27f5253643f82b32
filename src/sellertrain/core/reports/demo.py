"""Synthetic training records for demos, screenshots and benchmarks (``sellertrain demo-data``).

Employees with Chinese and English names read lessons and take quizzes over a real course.
Attempts are drawn with the engine's own ``present()`` (cached per quiz and seed: each quiz
has a pool of seeds), answers are scored with ``score_question`` (cached per question and
selection) and attempts with the percentage rule of ``score_attempt``, whose per-call cost
(about 70 µs here) would add 7 s to 10,000 employees; a test checks every demo attempt
against ``score_attempt``. Answers are stored exactly as ``QuizSession.submit`` stores them,
so every screen and report treats the demo records like real ones.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import logging
import math
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sellertrain.core.models import (
    KNOWN_ROLES,
    Course,
    Lesson,
    Question,
    QuestionKind,
    Quiz,
    SectionText,
    section_digest,
)
from sellertrain.core.passwords import hash_password
from sellertrain.core.store import Store, chain
from sellertrain.core.store.bulk import RowBatch
from sellertrain.core.training import engine

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo"
OLD_VERSION = "demo-old-1"  # an obviously fake earlier lesson version: shows "needs refresh"
HIRING_DAYS = 120
SEEDS_PER_QUIZ = 64
BATCH_EMPLOYEES = 500
_DAY = 86_400
_DEPARTMENT_WEIGHTS = {
    "customer-service": 34,
    "logistics": 28,
    "listings": 18,
    "management": 12,
    "finance": 8,
}
DEPARTMENTS = tuple(role for role in KNOWN_ROLES if role != "all")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_SURNAMES = _words(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng"
    " Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du"
    " Ye Cheng Wei Su Lu Ding Ren Shen Yao Fan Fang Jin Qian Dai Xia Zou Shi Mo Kong Bai"
)
_GIVEN = _words(
    "Wei Fang Na Min Jing Li Qiang Lei Jun Yang Yong Yan Jie Tao Ming Chao Hui Ping Gang Hua"
    " Lan Yun Hao Yu Xin Jian Bo Ting Lin Dan Mei Ying Qing Rui Kai Xue Peng Fei Long Juan"
)
_GIVEN_FIRST = _words(
    "Zi Yu Hao Xin Jia Yi Si Xiao Meng Wen Jun Tian Ruo Shu Yue Zhi Ke Chen Ming Le Jing Xue Yun"
    " Qi Shi Ya Hui Rui Bo Kai"
)
_GIVEN_SECOND = _words(
    "han xuan ran yi hao ting yu qi chen xin jie ming lin yue tong ning rui wen bo hang yang tian"
    " xi kai jun fei hua lan qing peng"
)
_ENGLISH = _words(
    "Kevin Amy Jack Lily Coco Vivian Cherry Tony Eric Grace Jason Sunny Candy Leo Ivy Peter"
    " Wendy Alice David Helen Jenny Daisy Sophia Michael Emma Ryan Cindy Angela Frank Bella"
    " Nancy Steven Linda Andy Fiona Jessica Kelly Oscar Shirley Vincent Yvonne Zoe Echo Summer"
    " Allen Ben Iris Judy Mandy Sam Chris Crystal Derek Elaine Felix Gary Hannah Henry Irene Jacky"
    " Joyce Karen Lucas Maggie Nina Olivia Queenie Rachel Ricky Rita Sandy Simon Tina Tracy Victor"
    " Wayne Winnie Yoyo Alan Bruce"
)

# One stored answer without its ids: (selected JSON, selected_text JSON, correct, score).
Entry = tuple[str, str, int, float]
# A question as an attempt uses it: (id, e^difficulty, right entry, wrong entries, blank entry).
QuestionPlan = tuple[str, float, Entry, tuple[Entry, ...], Entry]
# An assignment to add: (target kind, target, lesson id, module, due date).
AssignmentPlan = tuple[str, str | None, str | None, str | None, str]


class DemoDataRefused(Exception):
    """Demo data would mix with real records (or the course has nothing to learn)."""


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate_demo_data`` wrote, and how long it took."""

    employees: int
    lesson_events: int
    attempts: int
    answers: int
    assignments: int
    seconds: float
    manager: str | None = None  # a demo manager to sign in as (password: DEMO_PASSWORD)

    @property
    def answers_per_second(self) -> float:
        return self.answers / self.seconds if self.seconds > 0 else 0.0


def generate_demo_data(
    store: Store,
    course: Course,
    employees: int,
    seed: int = 1,
    force: bool = False,
    today: dt.date | None = None,
) -> DemoSummary:
    """Add ``employees`` synthetic employees and their records in one transaction.

    Refuses (DemoDataRefused) when the database already holds employees, unless ``force``,
    which adds the demo employees alongside. The same seed and ``today`` on an empty database
    give the same records, ids included. Every demo employee's password is "demo", hashed
    once with scrypt and shared: hashing it per employee would take minutes for 10,000.
    """
    started = time.perf_counter()
    if employees < 1:
        raise ValueError("the number of demo employees must be at least 1")
    if not course.lessons:
        raise DemoDataRefused("the course has no lessons to learn")
    if store.has_employees() and not force:
        raise DemoDataRefused(
            "the database already holds employees; demo data is only added to an empty database"
            " unless forced"
        )
    today = today or store.clock().astimezone(dt.UTC).date()
    existing = store.employees(include_inactive=True)
    generator = _Generator(
        course,
        random.Random(seed),
        random.Random(f"demo-ids:{seed}:{len(existing)}"),
        today,
        {e.name.casefold() for e in existing},
        hash_password(DEMO_PASSWORD),
    )
    counts = store.insert_batches(generator.batches(employees))
    _publish_demo_changes(store, course, generator.manager_id)
    assignments = 0
    if generator.manager_id and not store.assignments(include_revoked=True):
        for kind, target, lesson_id, module, due in _assignment_plan(course, today):
            store.add_assignment(generator.manager_id, due, kind, target, lesson_id, module)
            assignments += 1
    seconds = time.perf_counter() - started
    log.info("demo data: %s in %.2f s", counts, seconds)
    return DemoSummary(
        counts.employees,
        counts.lesson_events,
        counts.attempts,
        counts.answers,
        assignments,
        seconds,
        generator.manager_name,
    )


def _publish_demo_changes(store: Store, course: Course, actor_id: str | None) -> None:
    """A material change to one section of each lesson some employees read in OLD_VERSION,
    so "needs refresh" and the "what changed" view have something to show. The earlier
    words are the section as it is now without its last paragraph (clearly demo data)."""
    published = {p.lesson_id for p in store.publications()}
    for lesson in course.ordered_lessons:
        if lesson.id in published or OLD_VERSION not in store.completion_counts(lesson.id):
            continue
        sections = lesson.section_texts()
        if not sections:
            continue
        changed = sections[min(1, len(sections) - 1)]
        paragraphs = changed.text.split("\n\n")
        old_text = "\n\n".join(paragraphs[:-1]) if len(paragraphs) > 2 else changed.title
        before = [
            SectionText(s.anchor, s.title, old_text, section_digest(old_text))
            if s.anchor == changed.anchor
            else s
            for s in sections
        ]
        store.record_publication(
            lesson.id,
            lesson.version,
            OLD_VERSION,
            "material",
            [changed.anchor],
            sections,
            before,
            actor_id,
            "demo data: an example rule change",
        )


def _assignment_plan(course: Course, today: dt.date) -> list[AssignmentPlan]:
    """A few assignments, some already past due (so "overdue" shows), some still ahead."""
    lessons = course.ordered_lessons
    modules = course.modules

    def due(days: int) -> str:
        return (today + dt.timedelta(days=days)).isoformat()

    plan: list[AssignmentPlan] = [("everyone", None, lessons[0].id, None, due(7))]
    for department, days in (("customer-service", -5), ("logistics", -2)):
        own = [lesson for lesson in lessons if department in lesson.roles]
        if own:
            plan.append(("department", department, own[0].id, None, due(days)))
    if len(modules) > 1:
        plan.append(("role", "manager", None, modules[-1].title, due(30)))
    return plan


def _id_stream(rng: random.Random) -> Callable[[], str]:
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


class _QuizPlan:
    """A quiz with a pool of attempt seeds; ``present()`` runs once per seed it is shown with."""

    def __init__(self, quiz: Quiz, rng: random.Random) -> None:
        self.quiz = quiz
        self.seeds = [rng.getrandbits(48) for _ in range(SEEDS_PER_QUIZ)]
        traps = set(rng.sample(range(len(quiz.questions)), -(-len(quiz.questions) // 8)))
        self.questions = {
            q.id: _question_plan(q, i in traps, rng) for i, q in enumerate(quiz.questions)
        }
        self._shown: dict[int, tuple[QuestionPlan, ...]] = {}

    def shown(self, seed: int) -> tuple[QuestionPlan, ...]:
        """The questions of an attempt with this seed, in the order ``present()`` gives."""
        found = self._shown.get(seed)
        if found is None:
            presented = engine.present(self.quiz, seed)
            found = self._shown[seed] = tuple(self.questions[p.question.id] for p in presented)
        return found


class _Generator:
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
        self.new_id = _id_stream(id_rng)
        self.password_hash = password_hash
        self.end = int(dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC).timestamp())
        self.taken = taken
        self.suffix: dict[str, int] = {}
        self.days: dict[int, str] = {}
        self.quizzes = {q: _QuizPlan(course.quizzes[q], rng) for q in sorted(course.quizzes)}
        finals = [plan for plan in self.quizzes.values() if plan.quiz.lesson_id is None]
        self.final = finals[0] if finals else None
        lessons = course.ordered_lessons
        self.required = {d: [x for x in lessons if x.required_for(d)] for d in DEPARTMENTS}
        self.optional = {d: [x for x in lessons if not x.required_for(d)] for d in DEPARTMENTS}
        self.weights = [_DEPARTMENT_WEIGHTS.get(d, 5) for d in DEPARTMENTS]
        self.manager_id: str | None = None
        self.manager_name: str | None = None
        self.batch = RowBatch()
        # the chain link of the employee being built, and each answer's hashed text, which
        # repeats across attempts (the same question, position and answer)
        self.head: tuple[int, str] = (0, "")
        self.answer_texts: dict[tuple[str, int, Entry], str] = {}

    def batches(self, count: int) -> Iterator[RowBatch]:
        for index in range(count):
            self.employee(last=index == count - 1)
            if len(self.batch.employees) >= BATCH_EMPLOYEES:
                yield self.batch
                self.batch = RowBatch()
        if self.batch.employees:
            yield self.batch

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

    def name(self) -> str:
        """A unique name: pinyin, or an English first name with a pinyin surname.

        A taken name is drawn again a few times, as a real team rarely has two of one name;
        a number is added only when that fails.
        """
        for _ in range(8):
            name = self.draw_name()
            if name.casefold() not in self.taken:
                break
        key = name.casefold()
        if key in self.taken:
            number = self.suffix.get(key, 1)
            while f"{key} {number + 1}" in self.taken:
                number += 1
            self.suffix[key] = number + 1
            name, key = f"{name} {number + 1}", f"{key} {number + 1}"
        self.taken.add(key)
        return name

    def draw_name(self) -> str:
        rng = self.rng
        surname = _SURNAMES[int(rng.expovariate(1 / 20)) % len(_SURNAMES)]  # common ones first
        style = rng.random()
        if style < 0.2:
            return f"{surname} {rng.choice(_GIVEN)}"
        if style < 0.72:
            return f"{surname} {rng.choice(_GIVEN_FIRST)}{rng.choice(_GIVEN_SECOND)}"
        return f"{rng.choice(_ENGLISH)} {surname}"

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
        name = self.name()
        department = rng.choices(DEPARTMENTS, self.weights)[0]
        roll = rng.random()
        role = "manager" if roll < 0.03 else "author" if roll < 0.05 else "learner"
        if last and self.manager_id is None:
            role = "manager"  # every demo needs someone who can open the team view
        hired = self.end - rng.randint(1, HIRING_DAYS) * _DAY + rng.randint(3600, 10 * 3600)
        employee_id = self.new_id()
        row = (employee_id, name, name.casefold(), role, department, self.password_hash)
        self.batch.employees.append((*row, self.iso(hired), 1))
        if role == "manager" and self.manager_id is None:
            self.manager_id, self.manager_name = employee_id, name
        self.head = (0, "")  # a new employee's chain starts at 1
        self.learn(employee_id, department, hired)

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
        plan: _QuizPlan,
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
        self, employee_id: str, plan: _QuizPlan, start: int, skill: float
    ) -> tuple[int, bool]:
        """One submitted attempt with its answers; (finish time, passed), or (-1, False)."""
        rng = self.rng
        random_ = rng.random
        quiz = plan.quiz
        seed = plan.seeds[int(random_() * SEEDS_PER_QUIZ)]
        shown = plan.shown(seed)
        status, blank_from = "submitted", len(shown)
        finished = start + len(shown) * rng.randint(15, 60)
        if quiz.time_limit and random_() < 0.1:  # ran out of time on the last few questions
            status, blank_from = "timed_out", len(shown) - rng.randint(1, 4)
            finished = start + quiz.time_limit * 60
        if finished >= self.end:
            return -1, False
        attempt_id = self.new_id()
        new_id = self.new_id
        rows = self.batch.answers
        texts = self.answer_texts
        hashed = []
        scores = []
        spread = math.exp(-skill)
        for position, (question_id, hardness, right, wrongs, blank) in enumerate(shown):
            if position >= blank_from:
                entry = blank
            elif random_() * (1.0 + hardness * spread) < 1.0:
                entry = right
            else:
                entry = wrongs[int(random_() * len(wrongs))]
            scores.append(entry[3])
            rows.append((new_id(), attempt_id, question_id, position, *entry))
            text = texts.get((question_id, position, entry))
            if text is None:
                text = texts[question_id, position, entry] = chain.answer_json(
                    (question_id, position, *entry)
                )
            hashed.append(text)
        # the percentage and pass rule of engine.score_attempt (a test checks they agree)
        percent = round(100.0 * sum(scores) / len(scores), 2) if scores else 0.0
        passed = percent >= quiz.pass_mark
        attempt = (attempt_id, employee_id, quiz.id, quiz.version, seed, self.iso(start))
        result = (new_id(), status, self.iso(finished), percent, int(passed))
        seq, prev = self.head[0] + 1, self.head[1]
        # kind, scope and sections: the column defaults the bulk insert leaves in place
        link = chain.record_hash((*attempt, "quiz", None, None), result, hashed, seq, prev)
        self.head = (seq, link)
        self.batch.attempts.append(attempt)
        self.batch.attempt_results.append(
            (result[0], attempt_id, *result[1:], employee_id, seq, prev, link)
        )
        return finished, passed
