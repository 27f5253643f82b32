"""The manager's team view, driven headless: table, filters, detail, assignments, analysis, exports."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import logging
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QPushButton

from sellertrain.core.accounts import Accounts
from sellertrain.core.models import Course
from sellertrain.core.reports import team as reports
from sellertrain.core.reports.team import TeamStatus
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.store import Store, StoreError
from sellertrain.core.training.attempts import QuizSession
from sellertrain.core.training.engine import present
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.team import report_export, team_view
from sellertrain.ui.team.assignment_dialog import AssignmentDialog, AssignmentRequest
from sellertrain.ui.team.assignments_tab import AssignmentsTab
from sellertrain.ui.team.question_analysis import QuestionAnalysisTab
from sellertrain.ui.team.risk_charts import RiskChartsTab
from sellertrain.ui.workers import Worker

LOADED = 10_000  # ms to wait for the team table's worker


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test(qtbot):
    """Every worker a test starts has ended and reported before the next test begins."""
    yield
    qtbot.waitUntil(lambda: Worker.running() == 0, timeout=LOADED)


def answer_all(
    store: Store, course: Course, employee, quiz_id: str, right: bool, seed: int = 3
) -> None:
    session = QuizSession.start(store, employee.id, course.quizzes[quiz_id], seed=seed)
    for index, shown in enumerate(session.presented):
        options = shown.question.options
        keep = [p for p, o in enumerate(shown.option_order) if options[o].correct == right]
        session.answer(index, set(keep[:1]) if not right else set(keep))
    session.submit()


@pytest.fixture
def team(store: Store, course: Course):
    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    people = {
        "Chen Jie": store.add_employee("Chen Jie", "learner", "pass-1234", "customer-service"),
        "Li Wei": store.add_employee("Li Wei", "learner", "pass-1234", "logistics"),
        "=HYPERLINK(evil)": store.add_employee(
            "=HYPERLINK(evil)", "learner", "pass-1234", "logistics"
        ),
        "Zhao Min": store.add_employee("Zhao Min", "author", "pass-1234", "listings"),
    }
    first = course.ordered_lessons[0]
    for name in ("Chen Jie", "Li Wei"):
        store.record_lesson_opened(people[name].id, first.id, first.version)
        store.record_lesson_completed(people[name].id, first.id, first.version)
    answer_all(store, course, people["Chen Jie"], first.quiz_id, right=True)
    answer_all(store, course, people["Li Wei"], first.quiz_id, right=False)
    return manager, people


def open_team(qtbot, store, course, manager) -> MainWindow:
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.signed_in(manager)
    with qtbot.waitSignal(window.team.progress_loaded, timeout=LOADED):
        window.show_team()
    return window


def test_team_action_is_for_managers_only(qtbot, store, course, team):
    manager, people = team
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.signed_in(people["Chen Jie"])
    assert not window.team_action.isVisible()
    window.show_team()
    assert window.stack.currentWidget() is not window.team
    window.signed_in(manager)
    assert window.team_action.isVisible()


def test_table_filters_and_search(qtbot, store, course, team):
    manager, _people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    assert window.stack.currentWidget() is screen
    assert screen.model.rowCount() == 5
    screen.department_filter.setCurrentIndex(screen.department_filter.findData("logistics"))
    assert sorted(r.employee.name for r in screen.visible_rows()) == ["=HYPERLINK(evil)", "Li Wei"]
    screen.department_filter.setCurrentIndex(0)
    screen.role_filter.setCurrentIndex(screen.role_filter.findData("author"))
    assert [r.employee.name for r in screen.visible_rows()] == ["Zhao Min"]
    screen.role_filter.setCurrentIndex(0)
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(TeamStatus.NOT_STARTED))
    assert {r.employee.name for r in screen.visible_rows()} == {
        "=HYPERLINK(evil)",
        "Zhao Min",
        "Wang Fang",
    }
    screen.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(screen.search, "chen")
    assert [r.employee.name for r in screen.visible_rows()] == ["Chen Jie"]
    assert screen.count_label.text() == "Showing 1 of 5"


def test_sorting_by_score_uses_numbers(qtbot, store, course, team):
    manager, _people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    screen.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    names = [r.employee.name for r in screen.visible_rows()]
    assert names[:2] == ["Chen Jie", "Li Wei"]


def test_columns_fit_as_sizing_to_contents_would(qtbot, store, course, team, monkeypatch):
    """The columns are fitted from the texts of the first rows shown (a sample of
    FITTED_ROWS), as wide as the header's own sizing to contents makes them, and fitted
    again when a filter or a sort changes those rows."""
    manager, _people = team
    store.add_employee("Aaron " + "W" * 40, "learner", "pass-1234", "customer-service")
    monkeypatch.setattr(team_view, "FITTED_ROWS", 3)  # the long name is in the sample...
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    header = screen.table.horizontalHeader()

    def fitted() -> list[int]:
        return [header.sectionSize(c) for c in range(7)]

    def by_qt() -> list[int]:
        header.setResizeContentsPrecision(3)
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        QCoreApplication.processEvents()
        found = fitted()
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        return found

    first = fitted()
    assert first == by_qt()
    assert first[0] > header.fontMetrics().horizontalAdvance("W" * 40)
    screen.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # ...but not after this sort
    assert fitted() == by_qt() and fitted()[0] < first[0]
    qtbot.keyClicks(screen.search, "aaron")  # and in again after this search
    assert fitted() == by_qt() == first


def test_detail_view_shows_lessons_attempts_and_answers(qtbot, store, course, team):
    manager, _people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    row = next(
        r for r in range(screen.model.rowCount()) if screen.model.index(r, 0).data() == "Li Wei"
    )
    screen.table.doubleClicked.emit(screen.model.index(row, 0))
    detail = window.employee_detail
    assert window.stack.currentWidget() is detail
    assert detail.title.text() == "Li Wei"
    assert detail.lessons.rowCount() == len(course.lessons)
    assert detail.attempts.rowCount() == 1
    assert detail.attempts.item(0, 4).text() == "Not passed"
    assert "your answer, wrong" in detail.answers.toPlainText()
    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is screen


def test_assignment_makes_an_employee_overdue(qtbot, store, course, team, monkeypatch):
    manager, people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    screen.tabs.setCurrentWidget(screen.assignments_page)
    lesson = course.ordered_lessons[-1]
    request = AssignmentRequest(
        dt.date.today() - dt.timedelta(days=2),
        "employee",
        people["Zhao Min"].id,
        lesson_id=lesson.id,
    )
    monkeypatch.setattr(AssignmentDialog, "ask", classmethod(lambda cls, *_args: request))
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        qtbot.mouseClick(screen.new_assignment, Qt.MouseButton.LeftButton)
    assert screen.assignment_table.rowCount() == 1
    assert screen.assignment_table.item(0, 1).text() == "Zhao Min"
    row = next(r for r in screen.model.all_rows if r.employee.name == "Zhao Min")
    assert row.status is TeamStatus.OVERDUE and row.overdue == (lesson.id,)
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(TeamStatus.OVERDUE))
    assert [r.employee.name for r in screen.visible_rows()] == ["Zhao Min"]

    monkeypatch.setattr("sellertrain.ui.dialogs.ask_yes_no", lambda *_args: True)
    screen.assignment_table.selectRow(0)
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        qtbot.mouseClick(screen.remove_assignment, Qt.MouseButton.LeftButton)
    assert screen.assignment_table.rowCount() == 0
    assert (
        next(r for r in screen.model.all_rows if r.employee.name == "Zhao Min").status
        is not TeamStatus.OVERDUE
    )


def test_assignment_dialog_builds_the_request(qtbot, store, course, team):
    dialog = AssignmentDialog(course, store.employees())
    qtbot.addWidget(dialog)
    dialog.what.setCurrentIndex(0)  # the first module
    dialog.kind.setCurrentIndex(dialog.kind.findData("department"))
    dialog.target.setCurrentIndex(dialog.target.findData("logistics"))
    request = dialog.request()
    assert request.module == course.modules[0].title and request.lesson_id is None
    assert (request.target_kind, request.target) == ("department", "logistics")


def test_question_analysis_table_matches_the_answers(qtbot, store, course, team):
    manager, _people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    screen.tabs.setCurrentWidget(screen.questions_page)
    quiz_id = course.ordered_lessons[0].quiz_id
    screen.quiz_choice.setCurrentIndex(screen.quiz_choice.findData(quiz_id))
    quiz = course.quizzes[quiz_id]
    assert screen.analysis.rowCount() == len(quiz.questions)
    # the quiz draws from a pool; both learners took the attempt with seed 3
    drawn = len(present(quiz, 3))
    counts = [screen.analysis.item(row, 1).text() for row in range(screen.analysis.rowCount())]
    assert sorted(counts) == ["0"] * (len(quiz.questions) - drawn) + ["2"] * drawn
    for row in range(screen.analysis.rowCount()):
        if counts[row] == "2":
            # One learner answered everything right, the other everything wrong: 50%.
            assert screen.analysis.item(row, 2).text() == "50%"
            assert screen.analysis.item(row, 3).text() != "–"
    screen.quiz_choice.setCurrentIndex(0)  # the weakest overall: none has 20 answers yet
    assert screen.analysis.rowCount() == 0
    assert "20 answers" in screen.questions_page.analysis_note.text()


def test_charts_are_drawn(qtbot, store, course, team):
    manager, _people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    assert screen.charts_page not in screen._filled  # filled when first shown, not before
    with qtbot.waitSignal(screen.charts_page.loaded, timeout=LOADED):  # in a worker
        screen.tabs.setCurrentWidget(screen.charts_page)
    assert screen.risk_chart.renderer().isValid()
    assert screen.completion_chart.renderer().isValid()
    assert screen.score_chart.renderer().isValid()
    assert "enforcement" in screen.chart_svgs["risk"]


def test_csv_export_of_the_filtered_rows_is_formula_safe(
    qtbot, store, course, team, monkeypatch, tmp_path: Path
):
    manager, _people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    target = tmp_path / "team.csv"
    monkeypatch.setattr(report_export, "choose_save_path", lambda *_args: target)
    screen.department_filter.setCurrentIndex(screen.department_filter.findData("logistics"))
    assert screen.export("csv") == target
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    names = sorted(row[0] for row in rows[1:])
    assert names == ["'=HYPERLINK(evil)", "Li Wei"]


def test_html_and_pdf_exports(qtbot, store, course, team, monkeypatch, tmp_path: Path):
    manager, _people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    target = tmp_path / "team.html"
    monkeypatch.setattr(report_export, "choose_save_path", lambda *_args: target)
    assert screen.export("html") == target
    html = target.read_text(encoding="utf-8")
    assert "Chen Jie" in html and "<svg" in html and "<script" not in html
    assert "filtered" not in html
    target = tmp_path / "team.pdf"
    with qtbot.waitSignal(screen.pdf_written, timeout=LOADED) as written:
        assert screen.export("pdf") == target  # written in a worker
    assert written.args == [target] and target.read_bytes().startswith(b"%PDF")
    # a filtered export says so, and its charts count the same people
    screen.search.setText("Chen")
    target = tmp_path / "chen.html"
    assert screen.export("html") == target
    html = target.read_text(encoding="utf-8")
    assert "(filtered)" in html and "1 of 5 employees" in html and "Li Wei" not in html


def test_misses_roll_up_per_lesson_section(qtbot, store, course, team):
    manager, _people = team
    first = course.ordered_lessons[0]
    quiz = course.quizzes[first.quiz_id]
    # a third learner misses everything: 2 of 3 answers to each section are wrong
    extra = store.add_employee("Sun Li", "learner", "pass-1234", "logistics")
    answer_all(store, course, extra, first.quiz_id, right=False)
    window = open_team(qtbot, store, course, manager)
    window.team.tabs.setCurrentWidget(window.team.questions_page)
    table = window.team.sections_table
    # the quiz draws from a pool, and all three took the attempt with seed 3
    drawn = [p.question for p in present(quiz, 3)]
    tested = {q.tests_anchor for q in drawn if q.tests_lesson == first.id}
    assert table.rowCount() == len(tested)
    titles = {s.anchor: s.title for s in first.sections}
    shown = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert shown == {f"{first.title} › {titles[a]}" for a in tested}
    for row in range(table.rowCount()):
        anchor = next(a for a in tested if table.item(row, 0).text().endswith(titles[a]))
        answered = sum(q.tests_anchor == anchor for q in drawn)
        assert table.item(row, 2).text() == str(3 * answered)
        assert table.item(row, 1).text() == "67%"
    assert "67% of answers miss the section on" in table.item(0, 0).toolTip()


# -- the progress table loads in a worker ---------------------------------------------------------


class Gate:
    """Stands in for reports.team_table: holds the worker until the test opens the gate."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, hold: int = 1, result=None) -> None:
        self.real = reports.team_table
        self.hold = hold  # how many calls wait at the gate; later calls go straight through
        # what a held call returns (None: the real rows)
        self.result = None if result is None else reports.TeamTable.of(result)
        self.entered = threading.Event()
        self.open = threading.Event()
        self.threads: list[threading.Thread] = []
        monkeypatch.setattr(reports, "team_table", self)

    def __call__(self, *args):
        self.threads.append(threading.current_thread())
        if len(self.threads) <= self.hold:
            self.entered.set()
            assert self.open.wait(LOADED / 1000), "the test never opened the gate"
            if self.result is not None:
                return self.result
        return self.real(*args)


def test_show_for_returns_before_the_rows_arrive(qtbot, store, course, team, monkeypatch):
    manager, _people = team
    gate = Gate(monkeypatch)
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.signed_in(manager)
    screen = window.team
    window.show_team()  # returns although team_table cannot finish yet
    assert window.stack.currentWidget() is screen and screen.loading
    assert screen.model.rowCount() == 0
    assert screen.summary.text() == "Loading the team's progress…"
    assert not screen.export_csv.isEnabled() and not screen.export_pdf.isEnabled()
    assert screen.export("csv") is None
    screen.tabs.setCurrentWidget(screen.questions_page)  # other tabs fill when shown
    assert screen.sections_table.rowCount() > 0
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        gate.open.set()
    assert gate.threads and threading.main_thread() not in gate.threads
    assert not screen.loading and screen.model.rowCount() == 5
    assert screen.summary.text().startswith("5 employees")
    assert screen.export_csv.isEnabled() and screen.export_html.isEnabled()


def test_a_refresh_keeps_the_old_rows_until_the_new_ones_arrive(
    qtbot, store, course, team, monkeypatch
):
    manager, _people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    gate = Gate(monkeypatch)
    store.add_employee("Sun Li", "learner", "pass-1234", "logistics")
    window.show_team()
    assert screen.loading and screen.model.rowCount() == 5
    assert not screen.export_csv.isEnabled()
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        gate.open.set()
    assert screen.model.rowCount() == 6


def test_a_stale_result_is_ignored(qtbot, store, course, team, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG, logger=team_view.__name__)
    manager, _people = team
    gate = Gate(monkeypatch, result=[])  # the first request would show an empty team
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.signed_in(manager)
    screen = window.team
    window.show_team()
    assert gate.entered.wait(LOADED / 1000)
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        screen.show_for(window.session)  # a newer request overtakes the held one
    assert screen.model.rowCount() == 5
    with qtbot.assertNotEmitted(screen.progress_loaded):
        gate.open.set()
        # A worker is forgotten only after its result was delivered to the screen.
        qtbot.waitUntil(lambda: Worker.running() == 0, timeout=LOADED)
    assert "ignored the team's progress of superseded request 1" in caplog.text
    assert screen.model.rowCount() == 5 and not screen.loading
    assert screen.summary.text().startswith("5 employees")


@pytest.mark.parametrize(
    "error",
    [StoreError("cannot use app.db: file is not a database"), sqlite3.OperationalError("disk I/O")],
)
def test_a_failed_load_shows_a_message_and_logs(
    qtbot, store, course, team, monkeypatch, caplog, error
):
    manager, _people = team

    def fail(*_args):
        raise error

    monkeypatch.setattr(reports, "team_table", fail)
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.signed_in(manager)
    screen = window.team
    with qtbot.waitSignal(screen.progress_failed, timeout=LOADED) as blocker:
        window.show_team()
    expected = f"Could not load the team's progress: {error}"
    assert blocker.args == [expected]
    assert screen.summary.text() == expected
    assert "Traceback" not in screen.summary.text()
    assert not screen.loading and not screen.export_csv.isEnabled()
    logged = [r for r in caplog.records if r.name == team_view.__name__]
    assert logged and logged[-1].levelno == logging.ERROR and logged[-1].exc_info
    monkeypatch.undo()  # the next request succeeds and enables the exports again
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        window.show_team()
    assert screen.export_csv.isEnabled() and screen.model.rowCount() == 5


def test_closing_the_window_while_loading_does_not_crash(qtbot, store, course, team, monkeypatch):
    manager, _people = team
    gate = Gate(monkeypatch)
    window = MainWindow(Accounts(store), course)  # not given to qtbot: this test deletes it
    window.signed_in(manager)
    window.show_team()
    assert gate.entered.wait(LOADED / 1000)
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.open.set()
    assert Worker.wait_for_all(LOADED)
    qtbot.waitUntil(lambda: Worker.running() == 0, timeout=LOADED)


def test_the_worker_reads_through_its_own_connection(qtbot, store, course, team, monkeypatch):
    manager, _people = team
    stores: list[Store] = []
    real = reports.team_table

    def spy(used: Store, *args):
        stores.append(used)
        return real(used, *args)

    monkeypatch.setattr(reports, "team_table", spy)
    window = open_team(qtbot, store, course, manager)
    assert window.team.model.rowCount() == 5
    (used,) = stores
    assert used is not store and used.path == store.path


def test_wait_until_loaded_for_scripts(qtbot, store, course, team):
    manager, _people = team
    window = MainWindow(Accounts(store), course)
    qtbot.addWidget(window)
    window.signed_in(manager)
    window.show_team()
    assert window.team.wait_until_loaded()
    assert window.team.model.rowCount() == 5


def test_the_worker_never_creates_a_database_that_is_gone(store, course, team, tmp_path):
    manager, _people = team
    gone = tmp_path / "gone.db"
    opener = dataclasses.replace(Session(store, course, manager).opener(), path=gone)
    with pytest.raises(StoreError, match="no longer there"):
        team_view.load_team_progress(opener)
    assert not gone.exists()


def test_refresh_reads_again_through_the_session_last_shown(qtbot, store, course, team):
    manager, _people = team
    screen = team_view.TeamScreen()
    qtbot.addWidget(screen)
    screen.refresh()  # never shown: there is nothing to read yet
    assert screen.session is None and screen.model.rowCount() == 0 and not screen.loading
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        screen.show_for(Session(store, course, manager))
    assert screen.model.rowCount() == 5
    store.add_employee("Sun Li", "learner", "pass-1234", "logistics")
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        screen.refresh()
    assert screen.model.rowCount() == 6


def test_each_tab_reads_only_through_the_session_it_is_shown(qtbot, store, course, team):
    manager, people = team
    questions, charts, assignments = QuestionAnalysisTab(), RiskChartsTab(), AssignmentsTab()
    for tab in (questions, charts, assignments):
        qtbot.addWidget(tab)
        tab.refresh()  # never shown: nothing is read
    learner = Session(store, course, people["Chen Jie"])
    with pytest.raises(AccessDenied):
        assignments.show_for(learner)  # the session is the door, and it checks the role
    session = Session(store, course, manager)
    questions.show_for(session)
    assert questions.quiz_choice.count() == len(course.quizzes) + 1
    with qtbot.waitSignal(charts.loaded, timeout=LOADED):
        charts.show_for(session)
    assert "enforcement" in charts.chart_svgs["risk"]
    session.assign(dt.date(2030, 1, 31), "everyone", lesson_id=course.ordered_lessons[0].id)
    assignments.show_for(session)
    assert assignments.assignment_table.item(0, 1).text() == "Everyone"
    assert assignments.assignment_table.item(0, 2).text() == "2030-01-31"


def test_drill_down_from_a_missed_question_to_assigned_retraining(
    qtbot, store, course, team, monkeypatch
):
    manager, people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    page = screen.questions_page
    screen.tabs.setCurrentWidget(page)
    quiz_id = course.ordered_lessons[0].quiz_id
    screen.quiz_choice.setCurrentIndex(screen.quiz_choice.findData(quiz_id))
    assert screen.analysis.item(0, 5).text() == "–"  # two attempts: too few to say
    screen.analysis.selectRow(0)
    panel = page.retrain
    listed = [panel.people.item(i).text().split("  ·  ")[0] for i in range(panel.people.count())]
    assert listed == ["Li Wei"]  # Chen Jie answered it right
    lesson_id = panel.lesson.currentData()
    assert lesson_id in course.lessons
    monkeypatch.setattr("sellertrain.ui.dialogs.show_info", lambda *_a: None)
    panel.days.setValue(10)
    with qtbot.waitSignal(screen.progress_loaded, timeout=LOADED):
        qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    (made,) = store.assignments()
    assert (made.target_kind, made.target, made.lesson_id) == (
        "employee",
        people["Li Wei"].id,
        lesson_id,
    )
    assert made.due_date == (dt.date.today() + dt.timedelta(days=10)).isoformat()


def test_every_grid_exports_what_it_shows(qtbot, store, course, team, monkeypatch, tmp_path):
    """Compliance matrix, question analysis and one employee's tables: names not ids, a
    byte-order mark and CRLF for Excel, and no cell that Excel would run as a formula."""
    manager, people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    written: list[Path] = []

    def save_to(_parent, _title, suggested, _filter):
        written.append(tmp_path / suggested.name)
        return written[-1]

    monkeypatch.setattr("sellertrain.ui.dialogs.pick_save_file", save_to)
    with qtbot.waitSignal(screen.compliance.loaded, timeout=LOADED):  # in a worker
        screen.tabs.setCurrentWidget(screen.compliance)
    qtbot.mouseClick(screen.compliance.export_csv, Qt.MouseButton.LeftButton)
    screen.tabs.setCurrentWidget(screen.questions_page)
    screen.quiz_choice.setCurrentIndex(
        screen.quiz_choice.findData(course.ordered_lessons[0].quiz_id)
    )
    qtbot.mouseClick(screen.questions_page.export_questions, Qt.MouseButton.LeftButton)
    window.show_employee(people["=HYPERLINK(evil)"].id)
    lessons = window.employee_detail.findChild(QPushButton, "detailLessonsExportCsv")
    qtbot.mouseClick(lessons, Qt.MouseButton.LeftButton)
    assert [p.name for p in written] == ["compliance.csv", "questions.csv", "detailLessons.csv"]
    matrix = written[0].read_bytes()
    assert matrix.startswith(b"\xef\xbb\xbf") and b"\r\n" in matrix
    text = matrix.decode("utf-8-sig")
    assert "Chen Jie" in text and "'=HYPERLINK(evil)" in text
    assert people["Chen Jie"].id not in text  # names, not ids
    rows = list(csv.reader(io.StringIO(written[1].read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Question" and len(rows) == 1 + screen.analysis.rowCount()
    lesson_rows = list(csv.reader(io.StringIO(written[2].read_text(encoding="utf-8-sig"))))
    assert len(lesson_rows) == 1 + len(course.lessons)


def test_rechecks_add_up_per_department(qtbot, store, course, team):
    manager, _people = team
    window = open_team(qtbot, store, course, manager)
    screen = window.team
    screen.tabs.setCurrentWidget(screen.rechecks_page)
    table = screen.rechecks_page.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=LOADED)
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    # Li Wei (logistics) missed every question of the first quiz: all come back as re-checks
    logistics = rows["logistics"]
    questions = course.quizzes[course.ordered_lessons[0].quiz_id].size
    assert table.item(logistics, 1).text() == "2"  # Li Wei and the formula-named learner
    assert int(table.item(logistics, 4).text()) + int(table.item(logistics, 2).text()) == questions
    assert table.item(rows["customer-service"], 2).text() == "0"  # Chen Jie answered all right
