"""Staff management from the team view: add, import (a bad row refused by its line),
deactivate and reactivate; a department manager sees only their departments."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from sellertrain.core.accounts import Accounts
from sellertrain.core.models import AccessRole, Employee
from sellertrain.ui import dialogs
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.team import staff_actions
from sellertrain.ui.team.employee_dialog import (
    AddEmployeeDialog,
    EditEmployeeDialog,
    EmployeeChanges,
    NewEmployee,
)
from sellertrain.ui.team.import_dialog import ImportPreviewDialog
from sellertrain.ui.workers import Worker

LOADED = 10_000


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test(qtbot):
    yield
    qtbot.waitUntil(lambda: Worker.running() == 0, timeout=LOADED)


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    return shown


def open_team(qtbot, store, course, manager) -> MainWindow:
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.signed_in(manager)
    with qtbot.waitSignal(window.team.progress_loaded, timeout=LOADED):
        window.show_team()
    return window


def names(screen) -> set[str]:
    return {row.employee.name for row in screen.model.all_rows}


def test_add_import_and_deactivate_staff(qtbot, store, course, monkeypatch, tmp_path, errors):
    boss = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    window = open_team(qtbot, store, course, boss)
    screen = window.team
    new = NewEmployee("Chen Jie", AccessRole.LEARNER, "finance", dt.date(2026, 1, 5), "pass-1234")
    monkeypatch.setattr(AddEmployeeDialog, "ask", classmethod(lambda cls, *_a: new))
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        qtbot.mouseClick(screen.staff.add_button, Qt.MouseButton.LeftButton)
    assert "Chen Jie" in names(screen)
    assert store.employee_by_name("Chen Jie").joined == "2026-01-05"

    path = tmp_path / "staff.csv"
    path.write_text(
        "name,role,password,department\n"
        "Li Wei,learner,pass-1234,logistics\n"
        "Zhao Min,learner,ab,listings\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(dialogs, "pick_file", lambda *_a: path)
    previews = []

    def confirm(cls, _parent, _path, checked):
        previews.append(ImportPreviewDialog(_path, checked))
        qtbot.addWidget(previews[-1])
        return previews[-1].import_button.isEnabled()

    monkeypatch.setattr(ImportPreviewDialog, "confirm", classmethod(confirm))
    qtbot.mouseClick(screen.staff.import_button, Qt.MouseButton.LeftButton)
    preview = previews[-1]
    assert preview.rows.rowCount() == 2 and not preview.import_button.isEnabled()
    assert preview.problems.item(0).text().startswith("line 3:")
    assert store.employee_by_name("Li Wei") is None  # nothing written
    path.write_text(
        "name,role,password,department\nLi Wei,learner,pass-1234,logistics\n", encoding="utf-8"
    )
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        qtbot.mouseClick(screen.staff.import_button, Qt.MouseButton.LeftButton)
    assert "Li Wei" in names(screen)

    row = next(i for i, r in enumerate(screen.model.rows) if r.employee.name == "Li Wei")
    screen.table.selectionModel().select(
        screen.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert [e.name for e in screen.selected_employees()] == ["Li Wei"]
    monkeypatch.setattr(staff_actions.dialogs, "ask_yes_no", lambda *_a: True)
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        qtbot.mouseClick(screen.staff.deactivate_button, Qt.MouseButton.LeftButton)
    assert "Li Wei" not in names(screen) and errors == []
    assert store.sign_in("Li Wei", "pass-1234").employee is None
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_a, **_k: "Li Wei")
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        qtbot.mouseClick(screen.staff.reactivate_button, Qt.MouseButton.LeftButton)
    assert "Li Wei" in names(screen)


def test_a_department_manager_sees_and_acts_only_on_their_departments(
    qtbot, store, course, monkeypatch, errors
):
    boss = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    lead = store.add_employee("Li Na", "manager", "pass-lead-1", "logistics")
    lead = store.set_manages(lead.id, ["logistics"], boss.id)
    store.add_employee("Zhou Bo", "learner", "pass-1234", "logistics")
    store.add_employee("Qian Yu", "learner", "pass-1234", "finance")
    window = open_team(qtbot, store, course, lead)
    screen = window.team
    assert names(screen) == {"Li Na", "Zhou Bo"}
    departments = [
        screen.department_filter.itemText(i) for i in range(1, screen.department_filter.count())
    ]
    assert "finance" not in departments
    outsider = NewEmployee("Gao Ren", AccessRole.LEARNER, "finance", dt.date.today(), "pass-1234")
    monkeypatch.setattr(AddEmployeeDialog, "ask", classmethod(lambda cls, *_a: outsider))
    qtbot.mouseClick(screen.staff.add_button, Qt.MouseButton.LeftButton)
    assert errors and "your departments" in errors[-1]
    assert store.employee_by_name("Gao Ren") is None


def test_editing_an_employee_moves_them_and_limits_a_manager(qtbot, store, course, monkeypatch):
    boss = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    lead = store.add_employee("Li Na", "manager", "pass-lead-1", "logistics")
    window = open_team(qtbot, store, course, boss)
    window.show_employee(lead.id)
    detail = window.employee_detail
    changes = EmployeeChanges("finance", AccessRole.MANAGER, dt.date(2025, 9, 1), ("finance",))
    monkeypatch.setattr(EditEmployeeDialog, "ask", classmethod(lambda cls, *_a: changes))
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    changed = store.employee(lead.id)
    assert (changed.department, changed.joined, changed.manages) == (
        "finance",
        "2025-09-01",
        ("finance",),
    )
    assert "joined 2025-09-01" in detail.summary.text()


def test_the_edit_dialog_hands_back_roles_and_departments_as_chosen(qtbot):
    """Qt gives a combo's enum data back as a plain string: the dialog must not compare it
    with ``is`` (it hid the departments list and always 'changed' the role)."""
    lead = Employee(
        "x", "Li Na", AccessRole.MANAGER, "logistics", "", True, "2026-01-05", ("logistics",)
    )
    dialog = EditEmployeeDialog(lead, ["finance", "logistics"], True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.limited.isVisible() and dialog.manages.isVisible()
    unchanged = dialog.request()
    assert unchanged.role is AccessRole.MANAGER and unchanged.manages == ("logistics",)
    dialog.role.setCurrentIndex(dialog.role.findData("learner"))
    assert not dialog.manages.isVisible()
    assert dialog.request() == EmployeeChanges(
        "logistics", AccessRole.LEARNER, dt.date(2026, 1, 5), ()
    )
    add = AddEmployeeDialog(["finance"], [AccessRole.LEARNER, AccessRole.AUTHOR])
    qtbot.addWidget(add)
    add.role.setCurrentIndex(1)
    assert add.request().role is AccessRole.AUTHOR


def test_extend_a_due_date_for_the_selected_rows(qtbot, store, course, monkeypatch, errors):
    boss = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    late = store.add_employee("Li Wei", "learner", "pass-1234", "logistics")
    lesson = course.ordered_lessons[3]
    overdue = (dt.date.today() - dt.timedelta(days=4)).isoformat()
    store.add_assignment(boss.id, overdue, "employee", late.id, lesson_id=lesson.id)
    window = open_team(qtbot, store, course, boss)
    screen = window.team
    row = next(i for i, r in enumerate(screen.model.rows) if r.employee.id == late.id)
    assert screen.model.rows[row].status.value == "overdue"
    screen.table.selectionModel().select(
        screen.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    until = dt.date.today() + dt.timedelta(days=9)
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_a, **_k: lesson.title)
    monkeypatch.setattr(dialogs, "ask_date", lambda *_a: until)
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        qtbot.mouseClick(screen.staff.extend_button, Qt.MouseButton.LeftButton)
    now = next(r for r in screen.model.rows if r.employee.id == late.id)
    assert errors == [] and now.status.value != "overdue" and now.next_due == until.isoformat()
