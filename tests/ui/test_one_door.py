"""One door to the records: the main window's one Session, "records changed", and review rights."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sellertrain.core.models import Course
from sellertrain.core.store import Store
from sellertrain.ui import dialogs
from sellertrain.ui.main_window import MainWindow


def _sign_in(qtbot, window: MainWindow, name: str, password: str) -> None:
    window.sign_in.refresh()
    window.sign_in.select(name)
    window.sign_in.password_edit.setText(password)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)


def test_completing_a_lesson_refreshes_the_outline_through_records_changed(
    qtbot, window: MainWindow, store: Store, course: Course, reading_clock
):
    store.add_employee("Chen Jie", "learner", "right-pass", "customer-service")
    window.start()
    _sign_in(qtbot, window, "Chen Jie", "right-pass")
    assert window.stack.currentWidget() is window.outline
    lesson = course.ordered_lessons[0]
    item = window.outline.lesson_item(lesson.id)
    assert item is not None and item.text(1) == "Not started"

    window.open_lesson(lesson.id)
    assert window.stack.currentWidget() is window.lesson
    reading_clock.advance(lesson.minutes * 60)
    qtbot.waitUntil(window.lesson.complete_button.isEnabled)
    with qtbot.waitSignal(window.records_changed, timeout=1000):
        qtbot.mouseClick(window.lesson.complete_button, Qt.MouseButton.LeftButton)
    # the outline was not shown again, yet it shows the completion; so does the reader
    assert window.stack.currentWidget() is window.lesson
    item = window.outline.lesson_item(lesson.id)
    assert item is not None and item.text(1) == "Completed"
    assert not window.lesson.complete_button.isEnabled()


def test_a_signed_out_session_no_longer_refreshes_the_screens(
    qtbot, window: MainWindow, store: Store, course: Course
):
    learner = store.add_employee("Chen Jie", "learner", "right-pass")
    window.signed_in(learner)
    old = window.session
    assert old is not None
    window.sign_out()
    with qtbot.assertNotEmitted(window.records_changed):
        old.complete_lesson(course.ordered_lessons[0].id)


def test_a_write_refreshes_only_screens_shown_for_the_session_signed_in(
    qtbot, window: MainWindow, store: Store, course: Course, monkeypatch
):
    """A manager's screens, still holding the manager's Session after sign-out, are not
    reloaded through it when the next employee's writes change the records."""
    learner = store.add_employee("Ana Li", "learner", "pass-1234")
    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    window.signed_in(manager)
    window.show_employee(learner.id)
    window.show_my_progress()
    window.sign_out()
    window.signed_in(learner)
    refreshed: list[str] = []
    monkeypatch.setattr(window.employee_detail, "refresh", lambda: refreshed.append("detail"))
    monkeypatch.setattr(window.my_progress, "refresh", lambda: refreshed.append("progress"))
    monkeypatch.setattr(window.outline, "refresh", lambda: refreshed.append("outline"))
    with qtbot.waitSignal(window.records_changed, timeout=1000):
        window.session.complete_lesson(course.ordered_lessons[0].id)
    assert refreshed == ["outline"]  # shown for Ana at sign-in; the others were Wang's


def test_a_learner_cannot_review_another_employees_attempt_through_the_window(
    qtbot, window: MainWindow, store: Store, course: Course, monkeypatch
):
    other = store.add_employee("Ana Li", "learner", "pass-1234")
    learner = store.add_employee("Chen Jie", "learner", "right-pass")
    quiz = next(q for q in course.quizzes.values() if q.lesson_id is not None)
    attempt = store.start_attempt(other.id, quiz.id, quiz.version, 1)
    store.finish_attempt(attempt.id, 100.0, True, [])
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: errors.append(text))

    window.signed_in(learner)
    window.show_results(attempt.id)
    assert errors and "own records" in errors[0]
    assert window.stack.currentWidget() is window.outline  # nothing of Ana's was shown
    assert window._results is None or window.results.review is None


def test_a_manager_may_review_anyones_attempt_through_the_window(
    qtbot, window: MainWindow, store: Store, course: Course
):
    learner = store.add_employee("Ana Li", "learner", "pass-1234")
    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    quiz = next(q for q in course.quizzes.values() if q.lesson_id is not None)
    attempt = store.start_attempt(learner.id, quiz.id, quiz.version, 1)
    store.finish_attempt(attempt.id, 100.0, True, [])
    window.signed_in(manager)
    window.show_results(attempt.id)
    assert window.stack.currentWidget() is window.results
    assert window.results.review is not None
    assert window.results.review.attempt.employee_id == learner.id


def test_a_password_reset_in_the_employee_detail_tells_the_screens(
    qtbot, window: MainWindow, store: Store, monkeypatch
):
    learner = store.add_employee("Ana Li", "learner", "pass-1234")
    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    monkeypatch.setattr(dialogs, "ask_new_password", lambda _p, _name: "fresh-pass-1")
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    window.signed_in(manager)
    window.show_employee(learner.id)
    assert window.stack.currentWidget() is window.employee_detail
    with qtbot.waitSignal(window.records_changed, timeout=1000):
        window.employee_detail.reset_password()
    assert store.authenticate("Ana Li", "fresh-pass-1") == learner


def test_the_audit_log_and_compliance_views_reload_on_refresh(qtbot, store: Store, course: Course):
    from sellertrain.core.session import Session
    from sellertrain.ui.team.audit_log import AuditLogView
    from sellertrain.ui.team.compliance_view import ComplianceView

    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    session = Session(store, course, manager)
    audit, compliance = AuditLogView(), ComplianceView()
    qtbot.addWidget(audit)
    qtbot.addWidget(compliance)
    audit.refresh()  # shown for no one yet: nothing to load, no error
    audit.show_for(session)
    with qtbot.waitSignal(compliance.loaded, timeout=10_000):  # in a worker
        compliance.show_for(session)
    shown = len(audit.entries), len(compliance.model.all_rows)
    session.add_employee("Bo Chen", "learner", "pass-5678")
    audit.refresh()
    with qtbot.waitSignal(compliance.loaded, timeout=10_000):
        compliance.refresh()
    assert (len(audit.entries), len(compliance.model.all_rows)) == (shown[0] + 1, shown[1] + 1)


def test_the_first_manager_signs_out_to_a_sign_in_list_with_their_name(
    qtbot, window: MainWindow, store: Store
):
    assert window.stack.currentWidget() is window.first_run
    window.first_run.name_edit.setText("Wang Fang")
    window.first_run.password_edit.setText("s3cret-pass")
    window.first_run.repeat_edit.setText("s3cret-pass")
    qtbot.mouseClick(window.first_run.create_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.is_manager
    window.sign_out()
    assert window.stack.currentWidget() is window.sign_in
    listed = window.sign_in.employee_list
    assert listed.count() == 1 and listed.item(0).text().startswith("Wang Fang")
