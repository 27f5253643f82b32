"""The one rule for "required": what an employee must do and by when.

The last test feeds the same records to every consumer (Home and My progress, the team
table, the employee screen, the compliance matrix, certificates, the CSV export and
``sellertrain status``) and checks that they agree.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import AccessRole, AssignmentTarget, CertificateScope, Employee
from sellertrain.core.reports.demo import generate_demo_data
from sellertrain.core.reports.exports import team_progress_csv
from sellertrain.core.session import Session
from sellertrain.core.store import Assignment, Store, StoreError, UnknownDepartment
from sellertrain.core.training.certificates import required_lessons
from sellertrain.core.training.requirements import (
    ItemState,
    Requirement,
    Verdict,
    add_months,
    due_for,
    module_lessons,
    requirements,
    standing,
)
from tests.cli.helpers import run
from tests.conftest import REPO

TODAY = dt.date(2026, 11, 26)


def assignment(
    due: str = "2026-11-30",
    made: str = "2026-11-01",
    kind: AssignmentTarget = AssignmentTarget.EVERYONE,
    target: str | None = None,
    lead_days: int | None = None,
    every_months: int | None = None,
    revoked: bool = False,
    lesson_id: str | None = "a",
    module: str | None = None,
) -> Assignment:
    return Assignment(
        "id",
        kind,
        target,
        due,
        "boss",
        f"{made}T09:00:00+00:00",
        lesson_id,
        module,
        revoked,
        lead_days,
        every_months,
    )


def person(joined: str = "2026-01-01", department: str | None = "finance") -> Employee:
    return Employee("e1", "Ana", AccessRole.LEARNER, department, "", True, joined)


def test_staff_already_there_are_due_on_the_assignments_date():
    assert due_for(assignment(), person("2026-01-01")) == dt.date(2026, 11, 30)
    assert due_for(assignment(), person("2026-11-01")) == dt.date(2026, 11, 30)


def test_a_new_hire_gets_the_same_lead_time_from_their_start_date():
    # made on 1 Nov, due 30 Nov: 29 days; someone starting on 20 Nov is due on 19 Dec
    assert due_for(assignment(), person("2026-11-20")) == dt.date(2026, 12, 19)
    # "within 14 days of joining" overrides the lead time for later joiners
    relative = assignment(lead_days=14)
    assert due_for(relative, person("2026-11-20")) == dt.date(2026, 12, 4)
    assert due_for(relative, person("2025-05-05")) == dt.date(2026, 11, 30)
    # an assignment made already late (due before made) gives a new hire no negative lead
    late = assignment(due="2026-10-01")
    assert due_for(late, person("2026-11-20")) == dt.date(2026, 11, 20)


def test_requirements_join_department_and_assignments_minus_revocations(make_content, lesson_md):
    root = make_content(
        lessons={
            "a": lesson_md("a", roles="[all]", order=1, module="One"),
            "b": lesson_md("b", roles="[logistics]", order=2, module="One"),
            "c": lesson_md("c", roles="[listings]", order=3, module="Two"),
        }
    )
    course = load_course(root)
    finance = person(department="Finance")  # case aside, it is the finance department
    assigned = [
        assignment(lesson_id="b", due="2026-12-10"),
        assignment(
            lesson_id="b", due="2026-12-05", kind=AssignmentTarget.DEPARTMENT, target="finance"
        ),
        assignment(lesson_id=None, module="Two", kind=AssignmentTarget.ROLE, target="manager"),
        assignment(lesson_id="c", kind=AssignmentTarget.EMPLOYEE, target="e1", revoked=True),
        assignment(lesson_id="gone", due="2026-01-01"),  # a lesson no longer in the course
    ]
    found = requirements(course, finance, assigned)
    assert list(found) == ["a", "b"]
    assert found["a"] == Requirement("a", None, None, False)  # the course's rule, no date
    assert found["b"].due == dt.date(2026, 12, 5)  # the earliest of two assignments
    boss = Employee("e2", "Bo", AccessRole.MANAGER, None, "", True, "2026-01-01")
    assert list(requirements(course, boss, assigned)) == ["a", "b", "c"]
    assert requirements(course, boss, assigned, module_lessons(course))["c"].due == dt.date(
        2026, 11, 30
    )


def test_standing_states_and_verdict_order():
    required = {
        "a": Requirement("a", dt.date(2026, 11, 20)),  # overdue unless done
        "b": Requirement("b", dt.date(2026, 11, 30)),  # due soon
        "c": Requirement("c", None),
    }
    found = standing(required, done={"c"}, stale=(), today=TODAY, started={"b"})
    states = {item.lesson_id: item.state for item in found.items}
    assert states == {"a": ItemState.OVERDUE, "b": ItemState.IN_PROGRESS, "c": ItemState.DONE}
    assert found.verdict is Verdict.OVERDUE and found.done == 1
    assert [i.lesson_id for i in found.by_due_date()] == ["a", "b", "c"]
    assert [i.due_soon(TODAY) for i in found.items] == [False, True, False]
    assert found.next_due == dt.date(2026, 11, 20)
    found = standing(required, done={"a"}, stale=["c"], today=TODAY)
    assert found.verdict is Verdict.NEEDS_REFRESH
    assert standing(required, {"a", "b", "c"}, (), TODAY).verdict is Verdict.COMPLETE
    assert standing(required, set(), (), TODAY + dt.timedelta(days=-30)).verdict == "not started"
    assert standing({}, set(), (), TODAY).verdict is Verdict.NOT_STARTED


def test_a_recurring_requirement_is_due_again_after_its_period():
    required = {"a": Requirement("a", dt.date(2025, 6, 1), every_months=12)}
    completed = {"a": "2025-11-30T10:00:00+00:00"}
    found = standing(required, {"a"}, (), TODAY, completed_at=completed)
    (item,) = found.items
    assert item.state is ItemState.DONE and item.due == dt.date(2026, 11, 30)
    assert item.due_soon(TODAY) and found.verdict is Verdict.COMPLETE
    later = standing(required, {"a"}, (), dt.date(2026, 12, 1), completed_at=completed)
    assert later.items[0].state is ItemState.OVERDUE and later.verdict is Verdict.OVERDUE


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2026-01-31", 1, "2026-02-28"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2026-11-30", 12, "2027-11-30"),
        ("2026-12-15", 1, "2027-01-15"),
    ],
)
def test_add_months_keeps_the_day_or_ends_the_month(day, months, expected):
    assert add_months(dt.date.fromisoformat(day), months).isoformat() == expected


def test_departments_are_a_managed_list(store):
    assert "logistics" in store.departments()
    with pytest.raises(UnknownDepartment) as refused:
        store.add_employee("Ana Li", "learner", "pass-1234", "Logistcs")
    assert "Logistcs" in str(refused.value) and "logistics" in str(refused.value)
    ana = store.add_employee("Ana Li", "learner", "pass-1234", " LOGISTICS ")
    assert ana.department == "logistics"  # the listed spelling
    made = store.add_employee("Bo Wu", "learner", "pass-1234", "Returns", create_department=True)
    assert made.department == "Returns" and "Returns" in store.departments()
    with pytest.raises(StoreError, match="still has 1 employee"):
        store.remove_department("returns")
    with pytest.raises(StoreError, match="already listed"):
        store.add_department("RETURNS")
    with pytest.raises(UnknownDepartment):
        store.add_assignment(ana.id, "2026-12-01", "department", "Retrns", lesson_id="x")
    actions = [entry.action for entry in store.audit_entries()]
    assert "department_added" in actions


def test_a_start_date_is_validated_and_audited(store):
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    assert ana.joined == "2026-03-01" == store.employee(ana.id).joined
    changed = store.set_joined(ana.id, "2026-02-10", None)
    assert changed.joined == "2026-02-10" == store.employee(ana.id).joined
    for bad in ("10/02/2026", "", "2026-02-30", "2999-01-01"):
        with pytest.raises(StoreError):
            store.set_joined(ana.id, bad, None)
    entry = store.audit_entries()[0]
    assert entry.action == "employee_changed" and entry.details["was"] == "2026-03-01"


def _csv_rows(text: str) -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in csv.DictReader(io.StringIO(text))}


def test_every_consumer_agrees_on_what_is_required(tmp_path, capsys):
    """Same records, one answer: Home/My progress, team table, employee screen, CSV export,
    compliance matrix, certificates and ``sellertrain status --json``."""
    course = load_course(REPO, deep=False)
    path = tmp_path / "demo.db"
    store = Store.create(path)
    # seed 2: with the case-study lesson required of everyone, seed 12 (like seed 11 after the
    # four lessons before it) left no demo employee complete once the monthly assignment below
    # applies (the consumers still agreed); seed 7 did the same once the glossary was added
    generate_demo_data(store, course, 40, seed=2, today=TODAY)
    manager = next(e for e in store.employees() if e.role is AccessRole.MANAGER)
    boss = Session(store, course, manager, today=lambda: TODAY)
    lessons = [x for x in course.ordered_lessons if x.roles]  # not the glossary (a reference)
    learners = [e for e in store.employees() if e.role is AccessRole.LEARNER]
    boss.assign(TODAY - dt.timedelta(days=2), "employee", learners[0].id, lesson_id=lessons[-1].id)
    boss.assign(
        TODAY + dt.timedelta(days=5), "department", "finance", module=course.modules[1].title
    )
    boss.assign(
        TODAY + dt.timedelta(days=30), "role", "learner", lesson_id=lessons[3].id, lead_days=10
    )
    boss.assign(TODAY - dt.timedelta(days=40), "everyone", lesson_id=lessons[0].id, every_months=1)
    revoked = boss.assign(TODAY - dt.timedelta(days=9), "everyone", lesson_id=lessons[-2].id)
    boss.revoke(revoked.id)
    # two people join after the assignments were made (on the store's clock): not overdue
    # on their first days
    made = store.clock().date()
    boss.set_joined(learners[1].id, made + dt.timedelta(days=3))
    boss.set_joined(learners[2].id, made)

    team = {row.employee.id: row for row in boss.team_progress()}
    exported = _csv_rows(team_progress_csv(list(team.values())))
    scopes, matrix = boss.compliance_matrix()
    verdicts = set()
    for employee in store.employees():
        progress = boss.progress(employee.id)  # what Home and My progress show
        found = progress.standing
        required = requirements(course, employee, store.assignments())
        assert [i.lesson_id for i in found.items] == list(required)
        assert [s.lesson.id for s in progress.counted] == list(required)
        row = team[employee.id]
        assert (row.required, row.required_done, row.status) == (
            len(required),
            found.done,
            found.verdict,
        ), employee.name
        assert row.overdue == found.overdue
        assert row.next_due == (found.next_due.isoformat() if found.next_due else None)
        assert boss.employee_detail(employee.id).summary == row
        line = exported[employee.name]
        assert (line["status"], line["required lessons"], line["required done"]) == (
            found.verdict.value,
            str(len(required)),
            str(found.done),
        )
        cells = next(r for r in matrix if r.employee.id == employee.id).cells
        for scope, cell in zip(scopes, cells, strict=True):
            if scope.kind is CertificateScope.MODULE:
                module = next(m for m in course.modules if m.title == scope.key)
                assert cell.required == any(lesson.id in required for lesson in module.lessons)
                must = {lesson.id for lesson in required_lessons(module, progress)}
                wanted = {lesson.id for lesson in module.lessons if lesson.id in required}
                assert must == (wanted or {lesson.id for lesson in module.lessons})
        code, out, err = run(
            capsys, "status", employee.name, "--json", "--db", str(path), "--today", str(TODAY)
        )
        assert code == 0, err
        report = json.loads(out)
        assert report["verdict"] == row.status.value
        assert (report["required"], report["done"]) == (row.required, row.required_done)
        states = {item["lesson"]: item["state"] for item in report["items"]}
        assert states == {item.lesson_id: item.state.value for item in found.items}
        verdicts.add(row.status)
    assert {Verdict.OVERDUE, Verdict.COMPLETE, Verdict.IN_PROGRESS} <= verdicts
    # the new hires: due a lead time after joining, so not overdue on day one
    for newcomer in learners[1:3]:
        items = boss.progress(newcomer.id).standing.items
        late = [i for i in items if i.state == "overdue" and not i.every_months]
        assert late == [], newcomer.name
    store.close()


def test_a_recurring_lesson_is_reopened_for_renewal_and_renewed_by_completing_it(store, clock):
    course = load_course(REPO, deep=False)
    boss = store.add_employee("Wang Fang", "manager", "pass-boss-1", "management")
    ana = store.add_employee("Ana Li", "learner", "pass-1234", "finance")
    lesson = course.ordered_lessons[0]  # it has a quiz; an earlier pass still counts
    session = Session(store, course, boss, today=lambda: clock.current.date())
    session.assign(clock.current.date() + dt.timedelta(days=10), "employee", ana.id,
                   lesson_id=lesson.id, every_months=1)  # fmt: skip
    store.record_lesson_opened(ana.id, lesson.id, lesson.version)
    store.record_lesson_completed(ana.id, lesson.id, lesson.version)
    if lesson.quiz_id:
        from sellertrain.core.training.attempts import QuizSession

        quiz = QuizSession.start(store, ana.id, course.quizzes[lesson.quiz_id], seed=1)
        for index, shown in enumerate(quiz.presented):
            right = {
                p for p, o in enumerate(shown.option_order) if shown.question.options[o].correct
            }
            quiz.answer(index, right)
        quiz.submit()
    item = session.progress(ana.id).state(lesson.id).item
    assert item.state is ItemState.DONE
    clock.advance(40 * 86400)  # more than a month later: due again, and overdue
    progress = session.progress(ana.id)
    state = progress.state(lesson.id)
    assert state.item.state is ItemState.OVERDUE and not state.done
    assert state.status.value == "needs refresh"  # the reader lets them complete it again
    store.record_lesson_completed(ana.id, lesson.id, lesson.version)
    assert session.progress(ana.id).state(lesson.id).item.state is ItemState.DONE


def test_an_extension_moves_one_employees_due_date_later_only(store, clock):
    """The earliest assignment wins, so only an explicit extension can give someone longer;
    it is audited, reaches every consumer, and never makes a deadline earlier."""
    course = load_course(REPO, deep=False)
    boss_employee = store.add_employee("Wang Fang", "manager", "pass-boss-1", "management")
    ana = store.add_employee("Ana Li", "learner", "pass-1234", "finance")
    bo = store.add_employee("Bo Wu", "learner", "pass-1234", "finance")
    today = clock.current.date()
    boss = Session(store, course, boss_employee, today=lambda: today)
    lesson = course.ordered_lessons[2].id
    boss.assign(today - dt.timedelta(days=3), "department", "finance", lesson_id=lesson)
    later = today + dt.timedelta(days=10)
    boss.extend_due([ana.id], lesson, later)
    boss.extend_due([bo.id], lesson, today - dt.timedelta(days=30))  # earlier: no effect
    rows = {row.employee.name: row for row in boss.team_progress()}
    assert rows["Ana Li"].status is not Verdict.OVERDUE
    assert rows["Ana Li"].next_due == later.isoformat()
    assert rows["Bo Wu"].status is Verdict.OVERDUE
    item = boss.progress(ana.id).state(lesson).item
    assert item.due == later and item.state is not ItemState.OVERDUE
    assert [e.action for e in store.audit_entries()][:2] == ["due_extended", "due_extended"]
    with pytest.raises(StoreError):
        boss.extend_due([ana.id], "no-such-lesson", later)
