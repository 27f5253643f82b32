"""Staff changes through the Session, and department managers: they see and act only on
their departments, whatever the screens show."""

from __future__ import annotations

import datetime as dt

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.message import localize
from sellertrain.core.session import AccessDenied, Session, StoreError
from tests.conftest import REPO

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def people(store):
    course = load_course(REPO, deep=False)
    boss = store.add_employee("Wang Fang", "manager", "pass-boss-1", "management")
    lead = store.add_employee("Li Na", "manager", "pass-lead-1", "logistics")
    lead = store.set_manages(lead.id, ["logistics"], boss.id)
    packer = store.add_employee("Zhou Bo", "learner", "pass-1234", "logistics")
    clerk = store.add_employee("Qian Yu", "learner", "pass-1234", "finance")
    company = Session(store, course, boss, today=lambda: TODAY)
    department = Session(store, course, lead, today=lambda: TODAY)
    return company, department, packer, clerk


def test_a_department_manager_sees_only_their_departments(people):
    company, department, packer, clerk = people
    assert {e.name for e in department.employees()} == {"Li Na", "Zhou Bo"}
    assert {r.employee.name for r in department.team_progress()} == {"Li Na", "Zhou Bo"}
    _scopes, rows = department.compliance_matrix()
    assert {r.employee.name for r in rows} == {"Li Na", "Zhou Bo"}
    assert department.departments() == ["logistics"]
    department.employee_detail(packer.id)
    for call in (
        lambda: department.employee_detail(clerk.id),
        lambda: department.progress(clerk.id),
        lambda: department.attempts(clerk.id),
        lambda: department.employee_record(clerk.id),
        lambda: department.reset_password(clerk.id, "new-pass-123"),
        lambda: department.set_joined(clerk.id, TODAY),
        lambda: department.set_active(clerk.id, False),
        lambda: department.set_department(packer.id, "finance"),
        lambda: department.add_employee("New Hire", "learner", "pass-1234", "finance"),
        lambda: department.add_employee("New Boss", "manager", "pass-1234", "logistics"),
        lambda: department.assign(TODAY, "everyone", lesson_id="ip-brand-logos"),
        lambda: department.assign(TODAY, "department", "finance", lesson_id="ip-brand-logos"),
        lambda: department.assign(TODAY, "employee", clerk.id, lesson_id="ip-brand-logos"),
        lambda: department.set_role(packer.id, "author"),
        lambda: department.add_department("Returns"),
        lambda: department.audit_log(),
    ):
        with pytest.raises(AccessDenied):
            call()
    assert len(company.employees()) == 4


def test_a_department_manager_acts_within_their_departments(people):
    company, department, packer, _clerk = people
    mine = department.assign(TODAY, "department", "Logistics", lesson_id="ip-brand-logos")
    department.assign(TODAY, "employee", packer.id, lesson_id="order-cancellations")
    theirs = company.assign(TODAY, "everyone", lesson_id="order-cancellations")
    assert {a.id for a in department.assignments()} >= {mine.id}
    assert theirs.id not in {a.id for a in department.assignments()}
    with pytest.raises(AccessDenied):
        department.revoke(theirs.id)
    department.revoke(mine.id)
    hire = department.add_employee("New Hire", "learner", "pass-1234", "logistics", TODAY)
    assert hire.joined == TODAY.isoformat()
    assert department.set_active(hire.id, False).active is False


def test_deactivating_keeps_records_and_drops_out_of_counts(people, store):
    company, _department, packer, _clerk = people
    lesson = company.course.ordered_lessons[0]
    store.record_lesson_completed(packer.id, lesson.id, lesson.version)
    company.set_active(packer.id, False)
    assert packer.id not in {r.employee.id for r in company.team_progress()}
    assert store.sign_in("Zhou Bo", "pass-1234").employee is None
    assert store.lesson_progress(packer.id)[lesson.id].completed_at  # kept
    assert packer.id in {e.id for e in company.employees(include_inactive=True)}
    company.set_active(packer.id, True)
    assert store.sign_in("Zhou Bo", "pass-1234").employee is not None
    actions = [
        e.details.get("active") for e in company.audit_log() if e.action == "employee_changed"
    ]
    assert actions[:2] == [True, False]


def test_roles_departments_and_the_last_company_manager(people):
    company, _department, packer, _clerk = people
    boss = company.employee
    assert company.set_department(packer.id, "FINANCE").department == "finance"
    with pytest.raises(StoreError, match="unknown department"):
        company.set_department(packer.id, "finace")
    assert company.set_role(packer.id, "author").role.value == "author"
    with pytest.raises(StoreError, match="only company manager"):
        company.set_role(boss.id, "learner")
    with pytest.raises(StoreError, match="only company manager"):
        company.set_manages(boss.id, ["management"])
    with pytest.raises(StoreError, match="yourself"):
        company.set_active(boss.id, False)
    with pytest.raises(StoreError, match="not a manager"):
        company.set_manages(packer.id, ["finance"])


def test_an_import_is_checked_by_line_against_the_managers_reach(people, tmp_path):
    _company, department, _packer, _clerk = people
    path = tmp_path / "staff.csv"
    path.write_text(
        "name,role,password,department\n"
        "Ma Li,learner,pass-1234,logistics\n"
        "Gao Ren,learner,pass-1234,finance\n"
        "Su Bo,manager,pass-1234,logistics\n",
        encoding="utf-8",
    )
    checked = department.check_import(path)
    assert [
        (p.line, "reach" if "departments" in p.message else "role") for p in checked.problems
    ] == [
        (3, "reach"),
        (4, "role"),
    ]
    assert [localize(p.message, "zh-CN") for p in checked.problems] == [
        "Gao Ren：你只能管理自己部门的员工",
        "Su Bo：只有公司经理才能添加主管",
    ]
    assert department.import_employees(path).added == []
    assert "Ma Li" not in {e.name for e in department.employees()}
    path.write_text("name,role,password,department\nMa Li,learner,pass-1234,logistics\n", "utf-8")
    assert [e.name for e in department.import_employees(path).added] == ["Ma Li"]
