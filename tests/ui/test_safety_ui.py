"""Safety in the screens: a bad database at start-up, unexpected errors, password resets,
the sign-in back-off, the audit log tab and links in lessons."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from sellertrain import app
from sellertrain.core.accounts import Accounts
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.ui import dialogs
from sellertrain.ui.learner import lesson_reader
from sellertrain.ui.sign_in import SignInScreen
from sellertrain.ui.team.employee_detail import EmployeeDetailScreen
from tests.conftest import REPO, FakeClock

# -- a database that cannot be used at start-up ---------------------------------------------


@pytest.fixture
def bad_db(tmp_path: Path) -> Path:
    path = tmp_path / "not-ours.db"
    path.write_bytes(b"Quarterly numbers, not a database.\n" * 200)
    return path


@pytest.fixture
def choices(monkeypatch):
    """Answer the bad-database dialog from a list, recording what it said."""
    answers: list[str] = []
    asked: list[str] = []

    def ask(_parent, problem: str) -> str:
        asked.append(problem)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask_database_problem", ask)
    return answers, asked


def test_quit_leaves_the_bad_file_untouched(bad_db, choices):
    answers, asked = choices
    answers.append("quit")
    before = bad_db.read_bytes()
    siblings = sorted(p.name for p in bad_db.parent.iterdir())
    assert app.open_store(bad_db) is None
    assert "not a SellerTrain database" in asked[0] and "not changed" in asked[0]
    assert bad_db.read_bytes() == before
    assert sorted(p.name for p in bad_db.parent.iterdir()) == siblings


def test_choose_another_file(bad_db, choices, monkeypatch, tmp_path):
    answers, _asked = choices
    good = tmp_path / "good.db"
    Store.create(good).close()
    answers.append("choose")
    monkeypatch.setattr(dialogs, "pick_database_file", lambda _parent, folder: good)
    before = bad_db.read_bytes()
    store = app.open_store(bad_db)
    assert store is not None and store.path == good
    store.close()
    assert bad_db.read_bytes() == before


def test_start_a_new_database(bad_db, choices, monkeypatch, tmp_path):
    answers, _asked = choices
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"someone's file")
    picks = [taken, tmp_path / "fresh.db"]
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "pick_new_database_file", lambda _parent, _s: picks.pop(0))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    answers.extend(["new", "new"])  # first a file that exists: refused, asked again
    before = bad_db.read_bytes()
    store = app.open_store(bad_db)
    assert store is not None and store.path == tmp_path / "fresh.db"
    assert not store.has_employees()
    store.close()
    assert "already exists" in errors[0]
    assert taken.read_bytes() == b"someone's file" and bad_db.read_bytes() == before


def test_run_returns_1_when_the_user_quits(bad_db, choices, monkeypatch):
    answers, _asked = choices
    answers.append("quit")
    monkeypatch.setattr(app, "_setup_logging", lambda: None)
    monkeypatch.setattr(app, "_install_excepthook", lambda _log: None)
    # on a machine without a Chinese font the app's first start says so in a modal box,
    # which nobody here would close (the tests of that warning inject their font lists)
    monkeypatch.setattr(app, "_warn_without_cjk_font", lambda _language: None)
    root = REPO
    assert app.run(bad_db, root) == 1


def click_when_shown(text: str) -> None:
    """Click the button labelled ``text`` of the next modal box."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        for found in box.findChildren(QPushButton):
            if found.text() == text:
                found.click()
                return
        raise AssertionError(f"no button {text!r}")

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(
    ("label", "choice"),
    [("Choose another file…", "choose"), ("Start a new database…", "new"), ("Quit", "quit")],
)
def test_the_bad_database_dialog_offers_three_ways_out(qtbot, label, choice):
    click_when_shown(label)
    assert dialogs.ask_database_problem(None, "x.db is not a SellerTrain database") == choice


# -- unexpected errors ---------------------------------------------------------------------------


@pytest.fixture
def installed_hook(tmp_path, monkeypatch):
    """The app's logging and excepthook, writing to tmp_path; removed afterwards."""
    monkeypatch.setattr("sellertrain.core.paths.log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    log_file = app._setup_logging()
    app._install_excepthook(log_file)
    shown: list[tuple[str, str]] = []
    on_ui_thread: list[bool] = []

    def critical(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    yield log_file, shown, on_ui_thread
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_with_the_log_file_and_logged(qtbot, installed_hook):
    log_file, shown, _on_ui_thread = installed_hook
    button = QPushButton("Boom")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise ValueError("the widget was in a strange state")

    button.clicked.connect(broken_slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    title, text = shown[0]
    assert "something went wrong" in title
    assert "the widget was in a strange state" in text
    assert "records up to this moment are saved" in text and "keep working" in text
    assert str(log_file) in text
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "broken_slot" in logged
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the app goes on
    qtbot.waitUntil(lambda: len(shown) == 2)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_is_shown_by_the_ui_thread(qtbot, installed_hook):
    log_file, shown, on_ui_thread = installed_hook

    def work() -> None:
        raise OSError("disk full")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown))
    assert "disk full" in shown[0][1]
    assert "disk full" in log_file.read_text(encoding="utf-8")
    assert all(on_ui_thread)


@pytest.mark.parametrize(
    ("error", "advice"),
    [
        (sqlite3.DatabaseError("database disk image is malformed"), "restore your latest backup"),
        (sqlite3.OperationalError("database or disk is full"), "Free some disk space"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "folder can be written"),
        (KeyError("lesson-x"), "restart SellerTrain"),
    ],
)
def test_every_unexpected_error_says_what_to_do(tmp_path, error, advice):
    text = app.error_text(error, tmp_path / "x.log")
    assert advice in text and "records up to this moment are saved" in text


def test_a_database_error_says_what_happened_and_what_to_do(tmp_path):
    from sellertrain.core.store import StoreBusy

    text = app.error_text(
        StoreBusy("the database is busy; try again in a moment"), tmp_path / "x.log"
    )
    assert text.startswith("The database could not be used: the database is busy")
    assert "x.log" in text


# -- passwords: reset by another manager, the back-off at sign-in --------------------------------------------


@pytest.fixture
def staff(store):
    return (
        store.add_employee("Wang Fang", "manager", "boss-pass"),
        store.add_employee("Ana Li", "learner", "pass-1234"),
    )


def test_a_manager_resets_a_password_from_the_employee_screen(
    qtbot, store, course, staff, monkeypatch
):
    manager, learner = staff
    screen = EmployeeDetailScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.show_for(Session(store, course, manager), learner.id)
    assert screen.reset_password_button.isVisible()
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_new_password", lambda _p, name: asked.append(name) or "fresh-pass-1"
    )
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: told.append(text))
    qtbot.mouseClick(screen.reset_password_button, Qt.MouseButton.LeftButton)
    assert asked == ["Ana Li"] and "new password" in told[0]
    assert store.authenticate("Ana Li", "fresh-pass-1") == learner
    assert store.audit_entries(action="password_reset")[0].subject == "Ana Li"


def test_a_learner_sees_no_reset_button_on_their_own_records(qtbot, store, course, staff):
    _manager, learner = staff
    screen = EmployeeDetailScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.show_for(Session(store, course, learner), learner.id)
    assert not screen.reset_password_button.isVisible()


def test_a_refused_reset_is_a_message_box(qtbot, store, course, staff, monkeypatch):
    manager, learner = staff
    screen = EmployeeDetailScreen()
    qtbot.addWidget(screen)
    screen.show_for(Session(store, course, manager), learner.id)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "ask_new_password", lambda _p, _n: "abc")  # too short
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    screen.reset_password()
    assert "at least 8 characters" in errors[0]
    assert store.authenticate("Ana Li", "pass-1234") == learner


def test_the_new_password_dialog_checks_what_is_typed(qtbot):
    dialog = dialogs.NewPasswordDialog(None, "Ana Li")
    qtbot.addWidget(dialog)
    dialog.first.setText("abc")
    dialog.accept()
    assert "at least 8" in dialog.problem.text()
    assert dialog.result() != dialogs.QDialog.DialogCode.Accepted
    dialog.first.setText("long-enough")
    dialog.second.setText("different")
    dialog.accept()
    assert "differ" in dialog.problem.text()
    dialog.second.setText("long-enough")
    dialog.accept()
    assert dialog.result() == dialogs.QDialog.DialogCode.Accepted


def test_the_sign_in_screen_says_when_to_try_again(qtbot, store, staff):
    screen = SignInScreen()
    qtbot.addWidget(screen)
    screen.show_for(Accounts(store))
    screen.select("Ana Li")
    for _ in range(4):
        screen.password_edit.setText("wrong")
        qtbot.mouseClick(screen.sign_in_button, Qt.MouseButton.LeftButton)
        assert "Wrong password" in screen.error_label.text()
    screen.password_edit.setText("wrong")
    qtbot.mouseClick(screen.sign_in_button, Qt.MouseButton.LeftButton)
    assert "Try again in 1 s" in screen.error_label.text()
    assert screen.wait_timer.isActive()
    with qtbot.assertNotEmitted(screen.signed_in):
        screen.password_edit.setText("pass-1234")
        qtbot.mouseClick(screen.sign_in_button, Qt.MouseButton.LeftButton)
    assert "Try again in" in screen.error_label.text()
    screen.tick_wait()  # the countdown, one second at a time (not waited for here)
    assert screen.error_label.text() == "You can try again now."
    assert not screen.wait_timer.isActive()


def test_the_countdown_shows_the_seconds_left(qtbot, tmp_path):
    clock = FakeClock()
    clocked = Store.create(tmp_path / "clocked.db", clock=clock)
    clocked.add_employee("Ana Li", "learner", "pass-1234")
    for _ in range(7):
        clock.advance(clocked.sign_in("Ana Li", "wrong").retry_after or 0)
    screen = SignInScreen()
    qtbot.addWidget(screen)
    screen.show_for(Accounts(clocked))
    screen.select("Ana Li")
    screen.password_edit.setText("wrong")
    screen.sign_in()  # the eighth failure in a row: the next try waits 8 s
    assert "Try again in 8 s" in screen.error_label.text()
    screen.tick_wait()
    assert "Try again in 7 s" in screen.error_label.text()
    clocked.close()


def detail_of(qtbot, store, course, viewer, shown) -> EmployeeDetailScreen:
    screen = EmployeeDetailScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.show_for(Session(store, course, viewer), shown.id)
    return screen


def test_a_manager_is_offered_no_reset_of_their_own_password(qtbot, store, course, staff):
    manager, _learner = staff
    screen = detail_of(qtbot, store, course, manager, manager)
    assert not screen.reset_password_button.isVisible()


def test_another_manager_resets_a_managers_password_from_the_screen(
    qtbot, store, course, staff, monkeypatch
):
    manager, _learner = staff
    second = store.add_employee("Zhao Lei", "manager", "second-pass", actor_id=manager.id)
    screen = detail_of(qtbot, store, course, second, manager)
    assert screen.reset_password_button.isVisible()
    monkeypatch.setattr(dialogs, "ask_new_password", lambda _p, _n: "one-time-pass")
    monkeypatch.setattr(dialogs, "show_info", lambda *_a: None)
    qtbot.mouseClick(screen.reset_password_button, Qt.MouseButton.LeftButton)
    entry = store.audit_entries(action="password_reset")[0]
    assert (entry.actor_id, entry.subject) == (second.id, "Wang Fang")


def test_a_department_manager_is_offered_no_reset_of_a_managers_password(
    qtbot, store, course, staff
):
    manager, _learner = staff
    lead = store.add_employee("Li Lei", "manager", "lead-pass-1", "logistics")
    lead = store.set_manages(lead.id, ["logistics"], manager.id)
    other = store.add_employee("Sun Mei", "manager", "lead-pass-2", "logistics")
    assert not detail_of(qtbot, store, course, lead, other).reset_password_button.isVisible()


def test_a_manager_lets_someone_sign_in_now_from_the_screen(qtbot, store, course, staff):
    manager, learner = staff
    screen = detail_of(qtbot, store, course, manager, learner)
    assert not screen.clear_wait_button.isVisible()  # no failures: nothing to clear
    for _ in range(6):
        store.sign_in("Ana Li", "wrong")
    screen.refresh()
    assert screen.clear_wait_button.isVisible()
    qtbot.mouseClick(screen.clear_wait_button, Qt.MouseButton.LeftButton)
    assert not screen.clear_wait_button.isVisible()
    assert store.sign_in("Ana Li", "pass-1234").employee == learner
    assert store.audit_entries(action="sign_in_backoff_cleared")[0].actor_id == manager.id


# -- the audit log tab ----------------------------------------------------------------------------


def test_managers_read_the_audit_log_in_the_team_view(qtbot, window, store, staff):
    manager, learner = staff
    window.sign_in.refresh()
    window.signed_in(manager)
    with qtbot.waitSignal(window.team.progress_loaded):
        window.show_team()
    tabs = window.team.tabs
    assert "Audit log" in [tabs.tabText(i) for i in range(tabs.count())]
    view = window.team.audit_log
    tabs.setCurrentWidget(view)
    assert view.table.rowCount() == 2  # the two employees added
    Session(store, window.course, manager).reset_password(learner.id, "new-pass-1")
    with qtbot.waitSignal(window.team.progress_loaded):
        window.show_team()
    assert view.table.item(0, 2).text() == "Password reset"
    assert view.table.item(0, 1).text() == "Wang Fang"
    view.action_filter.setCurrentIndex(view.action_filter.findData("employee_added"))
    assert view.table.rowCount() == 2
    view.search.setText("ana li")
    assert view.table.rowCount() == 1 and view.table.item(0, 3).text() == "Ana Li"
    assert "1 of 3" in view.count_label.text()


# -- links in lessons -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<script>x</script>", "ftp://x/y"],
)
def test_lesson_links_other_than_web_pages_do_nothing(qtbot, window, monkeypatch, url):
    opened: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(lesson_reader.QDesktopServices, "openUrl", lambda u: opened.append(u))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    window.lesson._link_clicked(QUrl(url))
    assert opened == [] and asked == []


def test_a_web_link_opens_only_after_showing_its_address(qtbot, window, monkeypatch):
    opened: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(
        lesson_reader.QDesktopServices, "openUrl", lambda u: opened.append(u.toString())
    )
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    window.lesson._link_clicked(QUrl("https://sell.example.com/rules"))
    assert "https://sell.example.com/rules" in asked[0] and opened == []
