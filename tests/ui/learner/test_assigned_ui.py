"""Assigned training end to end: the manager assigns, the learner sees it on Home with its
due date, and the team table and ``sellertrain status --json`` say the same."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from sellertrain.core.accounts import Accounts
from sellertrain.core.reports.team import TeamStatus
from sellertrain.core.training.requirements import ItemState
from sellertrain.ui.learner.assigned_list import DUE_SOON_COLOUR, OVERDUE_COLOUR
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.team.assignment_dialog import AssignmentDialog, AssignmentRequest
from sellertrain.ui.workers import Worker
from tests.cli.helpers import run

LOADED = 10_000


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test(qtbot):
    yield
    qtbot.waitUntil(lambda: Worker.running() == 0, timeout=LOADED)


def _window(qtbot, store, course) -> MainWindow:
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    return window


def test_an_assignment_reaches_the_learners_home_and_agrees_everywhere(
    qtbot, store, course, content, monkeypatch, capsys
):
    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    learner = store.add_employee("Chen Jie", "learner", "pass-1234", "finance")
    today = dt.date.today()
    # a lesson finance is not required to take: only the assignment makes it required
    lesson = next(x for x in course.ordered_lessons if not x.required_for("finance"))
    soon = next(x for x in course.ordered_lessons if x.id != lesson.id)
    window = _window(qtbot, store, course)
    window.signed_in(manager)
    with qtbot.waitSignal(window.team.progress_loaded, timeout=LOADED):
        window.show_team()
    screen = window.team
    screen.tabs.setCurrentWidget(screen.assignments_page)
    for what, due in ((lesson, today - dt.timedelta(days=2)), (soon, today + dt.timedelta(days=3))):
        request = AssignmentRequest(due, "employee", learner.id, lesson_id=what.id)
        monkeypatch.setattr(AssignmentDialog, "ask", classmethod(lambda cls, *_a, r=request: r))
        with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
            qtbot.mouseClick(screen.new_assignment, Qt.MouseButton.LeftButton)
    row = next(r for r in screen.model.all_rows if r.employee.id == learner.id)
    assert row.status is TeamStatus.OVERDUE and row.overdue == (lesson.id,)
    shown = screen.model.rows.index(row)
    status = screen.model.index(shown, 7).data()
    assert status == f"Overdue 2 d: {lesson.title}"  # which lesson, and how late

    window.signed_in(learner)
    home = window.outline
    assigned = home.assigned
    assert assigned.isVisible()
    tree = assigned.tree
    assert tree.topLevelItemCount() == 2
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first.text(0) == lesson.title and "overdue" in first.text(1)
    assert first.text(2) == "Overdue"
    assert first.foreground(1).color().name() == OVERDUE_COLOUR
    assert second.text(0) == soon.title and second.foreground(1).color().name() == DUE_SOON_COLOUR
    # the outline marks it too, and the header counts it as required
    assert home.lesson_item(lesson.id).text(3).startswith("Due ")
    progress = window.session.progress()
    assert f"of {len(progress.counted)} required" in home.progress_label.text()
    assert lesson.id in {s.lesson.id for s in progress.counted}
    # Continue goes to the earliest due item
    assert home.continue_button.text().endswith(lesson.title)
    with qtbot.waitSignal(home.open_lesson) as opened:
        qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    assert opened.args == [lesson.id]

    code, out, err = run(
        capsys, "status", "Chen Jie", "--json", "--db", str(store.path), "--content", str(content)
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["verdict"] == row.status.value == progress.standing.verdict.value
    item = report["items"][0]
    assert (item["lesson"], item["state"]) == (lesson.id, ItemState.OVERDUE.value)
    assert (report["required"], report["done"]) == (row.required, row.required_done)


def test_nothing_assigned_hides_the_list(qtbot, store, course):
    learner = store.add_employee("Chen Jie", "learner", "pass-1234", "finance")
    window = _window(qtbot, store, course)
    window.signed_in(learner)
    assert not window.outline.assigned.isVisible()
    assert window.outline.assigned.tree.topLevelItemCount() == 0


def test_the_dialog_offers_days_from_joining_a_repeat_and_the_managed_departments(
    qtbot, store, course
):
    store.add_department("Returns")
    dialog = AssignmentDialog(course, store.employees(), None, store.departments())
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("department"))
    listed = [dialog.target.itemText(i) for i in range(dialog.target.count())]
    assert listed == store.departments() and "Returns" in listed  # nobody is in it yet
    dialog.due_mode.setCurrentIndex(dialog.due_mode.findData("days"))
    dialog.days.setValue(21)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData(12))
    request = dialog.request()
    assert request.lead_days == 21 and request.every_months == 12
    assert request.due_date == dt.date.today() + dt.timedelta(days=21)
    assert dialog.days.isVisibleTo(dialog) and not dialog.due.isVisibleTo(dialog)


def test_managers_keep_the_department_list_in_the_team_view(qtbot, store, course, monkeypatch):
    from sellertrain.ui import dialogs

    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    store.add_employee("Li Wei", "learner", "pass-1234", "logistics")
    window = _window(qtbot, store, course)
    window.signed_in(manager)
    with qtbot.waitSignal(window.team.progress_loaded, timeout=LOADED):
        window.show_team()
    page = window.team.departments_page
    window.team.tabs.setCurrentWidget(page)
    shown = [page.department_list.item(i).text() for i in range(page.department_list.count())]
    assert shown == store.departments()
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "  Returns ")
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "Returns" in store.departments() and errors == []
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # a second time: refused
    assert errors and "already listed" in errors[-1]
    rows = [page.department_list.item(i).text() for i in range(page.department_list.count())]
    page.department_list.setCurrentRow(rows.index("logistics"))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "still has 1 employee" in errors[-1] and "logistics" in store.departments()
    page.department_list.setCurrentRow(rows.index("Returns"))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "Returns" not in store.departments()


def test_one_employee_is_found_by_typing_among_thousands(qtbot, store, course):
    from sellertrain.core.models import AccessRole, Employee

    people = [Employee(f"id-{n}", f"Person {n:05d}", AccessRole.LEARNER) for n in range(10_000)]
    dialog = AssignmentDialog(course, people, None, [])
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("employee"))
    assert dialog.target.isEditable()
    dialog.target.setEditText("person 04321")  # any case: the name typed is the one meant
    assert dialog.request().target == "id-4321"
    completer = dialog.target.completer()
    completer.setCompletionPrefix("0432")
    assert completer.completionCount() == 11  # "contains": 00432 and 04320 … 04329
