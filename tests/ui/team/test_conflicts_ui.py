"""The team view's Conflicts tab: an attempt submitted on two PCs, both results side by side."""

from __future__ import annotations

import pytest

from sellertrain.core.accounts import Accounts
from sellertrain.core.models import Course
from sellertrain.core.session import AccessDenied
from sellertrain.core.store import Store
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.team.conflicts_tab import ConflictsTab
from sellertrain.ui.workers import Worker
from tests.ui.team.test_team_view import LOADED, answer_all

OTHER_PC = "feedbeef0123456789abcdef01234567"


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test(qtbot):
    yield
    qtbot.waitUntil(lambda: Worker.running() == 0, timeout=LOADED)


def add_conflict(store: Store, employee_id: str, score: float, passed: bool) -> str:
    """A second result for the employee's latest attempt, as a pull from another PC sets it
    aside: the result here counts (kept = 0), the other is kept as a conflict."""
    result_id, attempt_id = store.conn.execute(
        "SELECT r.id, r.attempt_id FROM attempt_results AS r JOIN attempts AS a"
        " ON a.id = r.attempt_id WHERE a.employee_id = ? ORDER BY r.rowid DESC LIMIT 1",
        (employee_id,),
    ).fetchone()
    with store.db.atomic():
        store.conn.execute(
            "INSERT INTO result_conflicts (id, attempt_id, status, finished_at, score, passed,"
            " employee_id, device_id, other_result_id, kept, recorded_at)"
            " VALUES (?, ?, 'submitted', '2026-12-06T10:00:00+00:00', ?, ?, ?, ?, ?, 0,"
            " '2026-12-06T10:05:00+00:00')",
            (
                f"other-{attempt_id}",
                attempt_id,
                score,
                int(passed),
                employee_id,
                OTHER_PC,
                result_id,
            ),
        )
    return str(attempt_id)


def open_conflicts(qtbot, store: Store, course: Course, manager) -> ConflictsTab:
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.signed_in(manager)
    with qtbot.waitSignal(window.team.progress_loaded, timeout=LOADED):
        window.show_team()
    page = window.team.conflicts_page
    window.team.tabs.setCurrentWidget(page)  # filled when first shown, in a worker
    qtbot.waitUntil(lambda: "Loading" not in page.note.text(), timeout=LOADED)
    return page


def test_a_manager_sees_both_results_of_an_attempt_submitted_on_two_pcs(
    qtbot, store: Store, course: Course
) -> None:
    manager = store.add_employee("Wang Fang", "manager", "manager-pass")
    learner = store.add_employee("Chen Jie", "learner", "pass-1234")
    quiz = course.quizzes[course.ordered_lessons[0].quiz_id]
    answer_all(store, course, learner, quiz.id, right=True)
    add_conflict(store, learner.id, 20.0, False)
    page = open_conflicts(qtbot, store, course, manager)
    table = page.table
    assert table.rowCount() == 1
    employee, quiz_cell, kept, other = (table.item(0, c).text() for c in range(4))
    assert (employee, quiz_cell) == ("Chen Jie", quiz.title)
    assert kept.startswith("100 % · passed\n") and "this PC (" in kept
    assert other.startswith("20 % · not passed\n") and other.endswith("PC feedbeef")
    assert "resumed and submitted on two PCs" in page.note.text()
    # a learner may not read them
    learner_session = Accounts(store).open_session(learner, course)
    with pytest.raises(AccessDenied):
        learner_session.result_conflicts()


def test_no_conflicts_says_so(qtbot, store: Store, course: Course) -> None:
    manager = store.add_employee("Wang Fang", "manager", "manager-pass")
    page = open_conflicts(qtbot, store, course, manager)
    assert page.table.rowCount() == 0
    assert page.note.text() == "No attempt was submitted on two PCs."


def test_a_department_manager_sees_only_their_people(qtbot, store: Store, course: Course) -> None:
    store.add_employee("Zhou Lan", "manager", "manager-pass")  # the company still has one
    boss = store.add_employee(
        "Wang Fang", "manager", "manager-pass", "sales", create_department=True
    )
    inside = store.add_employee("Chen Jie", "learner", "pass-1234", "sales")
    outside = store.add_employee(
        "Li Wei", "learner", "pass-1234", "logistics", create_department=True
    )
    quiz_id = course.ordered_lessons[0].quiz_id
    for person in (inside, outside):
        answer_all(store, course, person, quiz_id, right=True)
        add_conflict(store, person.id, 10.0, False)
    store.set_manages(boss.id, ["sales"], None)
    session = Accounts(store).open_session(store.employee(boss.id), course)
    assert [c.employee for c in session.result_conflicts()] == ["Chen Jie"]
