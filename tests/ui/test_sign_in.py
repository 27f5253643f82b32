"""Sign-in: nobody chosen by default (or the last one here), type-to-search, keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sellertrain.core.accounts import Accounts
from sellertrain.ui.main_window import MainWindow


def _staff(store) -> None:
    store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    store.add_employee("Chen Jie", "learner", "pass-1234", "customer-service")
    store.add_employee("Chen Li", "learner", "pass-1234", "logistics")
    store.add_employee("Li Wei", "learner", "pass-1234", "logistics")


def test_nobody_is_chosen_so_a_stray_enter_costs_no_one_an_attempt(qtbot, window, store):
    _staff(store)
    window.start()
    screen = window.sign_in
    assert screen.employee_list.count() == 4
    assert screen.chosen() is None
    screen.password_edit.setText("pass-1234")
    with qtbot.assertNotEmitted(screen.signed_in):
        qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert screen.error_label.text() == "Choose your name in the list first."
    assert store.sign_in("Wang Fang", "manager-pass").employee is not None  # no back-off


def test_the_last_one_to_sign_in_on_this_computer_is_chosen(qtbot, store, course, this_computer):
    _staff(store)
    first = MainWindow(Accounts(store), course)
    qtbot.addWidget(first)
    first.start()
    first.sign_in.select("Li Wei")
    first.sign_in.password_edit.setText("pass-1234")
    qtbot.keyClick(first.sign_in.password_edit, Qt.Key.Key_Return)
    assert first.employee is not None and first.employee.name == "Li Wei"
    assert this_computer.exists()

    second = MainWindow(Accounts(store), course)  # the app started again
    qtbot.addWidget(second)
    second.start()
    chosen = second.sign_in.chosen()
    assert chosen is not None and chosen.text().startswith("Li Wei")


def test_typing_finds_names_and_a_single_match_is_chosen(qtbot, window, store):
    _staff(store)
    window.start()
    screen = window.sign_in
    qtbot.keyClicks(screen.search_edit, "chen")
    shown = [
        screen.employee_list.item(row).text()
        for row in range(screen.employee_list.count())
        if not screen.employee_list.item(row).isHidden()
    ]
    assert [name.split("  ·")[0] for name in shown] == ["Chen Jie", "Chen Li"]
    assert screen.chosen() is None  # two left: the learner picks
    qtbot.keyClicks(screen.search_edit, " logistics")  # the department counts too
    chosen = screen.chosen()
    assert chosen is not None and chosen.text().startswith("Chen Li")

    screen.search_edit.setText("nobody here")
    assert screen.no_match_label.isVisibleTo(screen)
    assert screen.chosen() is None


def test_keyboard_only_from_search_to_signed_in(qtbot, window, store):
    _staff(store)
    window.start()
    screen = window.sign_in
    qtbot.keyClicks(screen.search_edit, "li")  # Chen Li, Li Wei
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Down)
    assert screen.employee_list.hasFocus() or screen.chosen() is not None
    qtbot.keyClick(screen.employee_list, Qt.Key.Key_Down)
    chosen = screen.chosen()
    assert chosen is not None and chosen.text().startswith("Li Wei")
    qtbot.keyClick(screen.employee_list, Qt.Key.Key_Return)  # on to the password
    qtbot.keyClicks(screen.password_edit, "pass-1234")
    qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert window.employee is not None and window.employee.name == "Li Wei"


def test_a_one_time_password_must_be_replaced_before_going_on(qtbot, window, store, monkeypatch):
    from sellertrain.ui.dialogs import NewPasswordDialog

    _staff(store)
    boss = store.employee_by_name("Wang Fang")
    li = store.employee_by_name("Li Wei")
    store.reset_password(li.id, "one-time-4711", boss.id)
    window.start()
    screen = window.sign_in
    answers: list[str | None] = [None, "my own password"]
    monkeypatch.setattr(NewPasswordDialog, "ask", classmethod(lambda cls, *a, **k: answers.pop(0)))
    screen.select("Li Wei")
    screen.password_edit.setText("one-time-4711")
    with qtbot.assertNotEmitted(screen.signed_in):
        qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)  # cancelled: not signed in
    assert "works once" in screen.error_label.text()
    screen.password_edit.setText("one-time-4711")
    qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert window.employee is not None and window.employee.name == "Li Wei"
    assert store.sign_in("Li Wei", "my own password").employee is not None


def test_the_new_password_dialog_refuses_a_common_password(qtbot):
    from sellertrain.ui.dialogs import NewPasswordDialog

    dialog = NewPasswordDialog(None, "Li Wei", own=True)
    qtbot.addWidget(dialog)
    dialog.first.setText("password123")
    dialog.second.setText("password123")
    assert "first anyone would guess" in (dialog.check() or "")
    dialog.first.setText("short")
    dialog.second.setText("short")
    assert "at least 8" in (dialog.check() or "")
    dialog.first.setText("tea kettle river")
    dialog.second.setText("tea kettle river")
    assert dialog.check() is None
