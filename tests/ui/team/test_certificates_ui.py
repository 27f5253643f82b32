"""Certificates on screen: My progress and Save PDF, the home banner, the employee detail and
the compliance matrix (with 10,000 employees)."""

from __future__ import annotations

import datetime as dt
import shutil
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Course
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.core.training.certificates import issue_due_certificates
from sellertrain.pdf.certificate import certificate_html, render_certificate_image
from sellertrain.ui import dialogs
from sellertrain.ui.learner.certificate_banner import CertificateBanner
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.team.compliance_view import ComplianceModel, ComplianceView, cell_text
from tests.conftest import REPO

MODULE = "Platform rules and enforcement"


@pytest.fixture
def course(content: Path) -> Course:
    """The shipped course with its course.yaml (the shared fixture copies no course.yaml)."""
    shutil.copy(REPO / "course.yaml", content / "course.yaml")
    loaded = load_course(content, deep=False)
    assert loaded.errors == [] and loaded.settings.valid_days("module", MODULE) == 365
    return loaded


def finish_module(store: Store, course: Course, employee, title: str = MODULE) -> None:
    """Read every lesson of a module and pass its quizzes, straight to the store."""
    module = next(m for m in course.modules if m.title == title)
    for lesson in module.lessons:
        store.record_lesson_opened(employee.id, lesson.id, lesson.version)
        store.record_lesson_completed(employee.id, lesson.id, lesson.version)
        quiz = course.quizzes[lesson.quiz_id]
        attempt = store.start_attempt(employee.id, quiz.id, quiz.version, 1)
        store.finish_attempt(attempt.id, 90.0, True, [])


def old_certificate(store: Store, employee, days_ago: int, valid_days: int = 365):
    """A certificate for MODULE issued ``days_ago`` days ago."""
    issued = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    return store.add_certificate(
        "ST-7KQ4-M9XD-2HBW",
        employee.id,
        "module",
        MODULE,
        MODULE,
        85.0,
        issued.isoformat(timespec="seconds"),
        (issued + dt.timedelta(days=valid_days)).isoformat(timespec="seconds"),
        [],
        replaces=None,
    )


@pytest.fixture
def ana(store):
    return store.add_employee("Ana Lima", "learner", "pass-1234", "finance")


def test_my_progress_lists_certificates_and_saves_a_pdf(
    qtbot, window: MainWindow, store, course, ana, monkeypatch, tmp_path
):
    window.signed_in(ana)
    finish_module(store, course, ana)
    window.session.complete_lesson(course.ordered_lessons[0].id)  # the hook issues it
    window.show_my_progress()
    listing = window.my_progress.certificates
    table = window.findChild(QWidget, "progressCertificates")
    assert table is listing.table and table.rowCount() == 1
    cells = [table.item(0, column).text() for column in range(table.columnCount())]
    (certificate,) = store.certificates(ana.id)
    assert cells[0] == f"{MODULE} (module)" and cells[2] == "90%"
    assert cells[4] == "Valid" and cells[5] == certificate.code
    assert cells[3] == certificate.expires_at[:10]
    assert not listing.empty.isVisible()

    target = tmp_path / "mine.pdf"
    asked = []
    monkeypatch.setattr(
        dialogs, "pick_save_file", lambda _p, _t, suggested, _f: asked.append(suggested) or target
    )
    save = window.findChild(QWidget, "progressCertificatesSavePdf")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert asked[0].name == f"Ana-Lima-{certificate.code}.pdf"
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and certificate.code.encode() in data


def test_my_progress_without_certificates(qtbot, window: MainWindow, ana):
    window.signed_in(ana)
    window.show_my_progress()
    listing = window.my_progress.certificates
    assert listing.table.rowCount() == 0 and listing.empty.isVisibleTo(window)
    assert not listing.save_button.isEnabled()


def test_the_pdf_shows_every_field_of_the_certificate(store, course, ana):
    finish_module(store, course, ana)
    issue_due_certificates(store, course, ana)
    (certificate,) = store.certificates(ana.id)
    html = certificate_html(certificate, "Ana <Lima>", course.settings.title)
    for text in (
        "Ana &lt;Lima&gt;",  # escaped
        MODULE,
        course.settings.title,
        certificate.issued_at[:10],
        "90%",
        certificate.expires_at[:10],
        certificate.code,
        f"sellertrain verify {certificate.code}",
    ):
        assert text in html, text
    image = render_certificate_image(certificate, "Ana Lima", course.settings.title)
    assert (image.width(), image.height()) == (1123, 794)  # A4 landscape at 96 dpi
    assert image.pixelColor(22, 400).name() == "#1f3a5f"  # the frame is drawn


def test_home_banner_names_the_module_and_what_to_retake(qtbot, window: MainWindow, store, ana):
    old_certificate(store, ana, days_ago=350)  # expires in 15 days
    window.signed_in(ana)
    banner = window.findChild(CertificateBanner, "certificateBanner")
    assert banner is not None and banner.isVisible()
    text = banner.label.text()
    assert f"<b>{MODULE}</b> expires on" in text
    module = next(m for m in window.course.modules if m.title == MODULE)
    quizzes = [window.course.quizzes[lesson.quiz_id].title for lesson in module.lessons]
    assert len(quizzes) == 3  # all three lessons are required of finance
    assert "To renew it, re-take: " + ", ".join(f"“{t}”" for t in quizzes) in text


def test_home_banner_for_an_expired_certificate_and_hidden_when_valid(
    qtbot, window: MainWindow, store, course, ana
):
    bo = store.add_employee("Bo Chen", "learner", "pass-1234", "listings")
    old_certificate(store, ana, days_ago=400)
    window.signed_in(ana)
    banner = window.findChild(CertificateBanner, "certificateBanner")
    assert banner.isVisible() and "expired on" in banner.label.text()
    window.sign_out()
    finish_module(store, course, bo)
    issue_due_certificates(store, course, bo)
    window.signed_in(bo)
    assert not banner.isVisible()


def test_employee_detail_lists_the_certificates(qtbot, window: MainWindow, store, course, ana):
    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    old_certificate(store, ana, days_ago=400)
    finish_module(store, course, ana)
    issue_due_certificates(store, course, ana)  # the old one expired: renewed
    window.signed_in(manager)
    window.show_employee(ana.id)
    table = window.findChild(QWidget, "detailCertificates")
    assert table.rowCount() == 2
    assert [table.item(row, 4).text() for row in range(2)] == ["Valid", "Expired (renewed)"]


def test_compliance_tab_in_the_team_view(qtbot, window: MainWindow, store, course, ana):
    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    finish_module(store, course, ana)
    issue_due_certificates(store, course, ana)
    window.signed_in(manager)
    with qtbot.waitSignal(window.team.progress_loaded):
        window.show_team()
    tabs = window.team.tabs
    assert "Certificates" in [tabs.tabText(i) for i in range(tabs.count())]
    view = window.team.compliance
    with qtbot.waitSignal(view.loaded, timeout=10_000):  # in a worker
        tabs.setCurrentWidget(view)
    model = view.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[:3] == ["Employee", "Department", MODULE]
    assert titles[-1] == course.quizzes["final-assessment"].title
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Ana Lima")
    expires = store.certificates(ana.id)[0].expires_at[:10]
    assert model.index(row, 2).data() == f"valid until {expires}"
    assert model.index(row, 3).data() == "not required"  # Listings and products
    last = model.columnCount() - 1
    assert model.index(row, last).data() == "none"  # the final assessment: required of all
    view.search.setText("wang")
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Wang Fang"
    view.search.setText("")
    view.show_filter.setCurrentIndex(1)  # needs action: both miss something
    assert model.rowCount() == 2
    assert "1 valid" in view.summary.text()


def test_compliance_model_passes_the_model_tester(qtmodeltester, store, course, ana):
    finish_module(store, course, ana)
    issue_due_certificates(store, course, ana)
    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    model = ComplianceModel()
    model.set_matrix(*Session(store, course, manager).compliance_matrix())
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Ana Lima"
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "Wang Fang"  # missing sorts before valid


def test_cell_texts():
    from sellertrain.core.training.certificates import CertificateStatus
    from sellertrain.core.training.compliance import ComplianceCell

    assert cell_text(ComplianceCell(CertificateStatus.EXPIRING, "2027-01-02", True)) == (
        "expiring 2027-01-02"
    )
    assert cell_text(ComplianceCell(CertificateStatus.EXPIRED, "2026-01-02", True)) == (
        "expired 2026-01-02"
    )
    assert cell_text(ComplianceCell(CertificateStatus.VALID, "", True)) == "valid, no expiry"
    assert cell_text(ComplianceCell(None, "", False)) == "not required"


def test_compliance_matrix_of_10000_employees(qtbot, store, course):
    """One query and a model/view table: loading 10,000 employees stays well under a second
    or two on this 2-CPU machine (no widget per row)."""
    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    now = dt.datetime.now(dt.UTC)
    departments = ["listings", "logistics", "finance", "customer-service", "management"]
    employees, certificates = [], []
    for number in range(10_000):
        employee_id = str(uuid.uuid4())
        name = f"Employee {number:05d}"
        employees.append(
            (employee_id, name, name.casefold(), "learner", departments[number % 5], "x", "t")
        )
        for scope_number, module in enumerate(course.modules):
            if (number + scope_number) % 3:
                issued = now - dt.timedelta(days=(number * 7 + scope_number) % 420)
                certificates.append(
                    (
                        str(uuid.uuid4()),
                        f"ST-{number:05d}-{scope_number}",
                        employee_id,
                        "module",
                        module.title,
                        module.title,
                        80.0,
                        issued.isoformat(timespec="seconds"),
                        (issued + dt.timedelta(days=365)).isoformat(timespec="seconds"),
                    )
                )
    with store.transaction():
        store.db.conn.executemany(
            "INSERT INTO employees (id, name, name_key, role, department, password_hash,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            employees,
        )
        store.db.conn.executemany(
            "INSERT INTO certificates (id, code, employee_id, scope_kind, scope, title, score,"
            " issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            certificates,
        )
    view = ComplianceView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    started = time.perf_counter()
    with qtbot.waitSignal(view.loaded, timeout=30_000):  # in a worker
        view.show_for(Session(store, course, manager))
    elapsed = time.perf_counter() - started
    assert view.model.rowCount() == 10_001
    assert elapsed < 5, f"{elapsed:.2f} s"  # about 0.3 s here; generous for a busy CI
    started = time.perf_counter()
    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    view.show_filter.setCurrentIndex(1)
    assert time.perf_counter() - started < 3
    counts = view.model.counts()
    assert sum(counts.values()) > 40_000


def test_the_matrix_loads_in_a_worker_and_a_failure_is_shown(
    qtbot, store, course, ana, monkeypatch, caplog
):
    """The newest request's matrix is shown; an older one arriving late is dropped; a
    failure is shown in the summary line and logged."""
    import logging
    import threading

    from sellertrain.ui.team import compliance_view
    from sellertrain.ui.workers import Worker

    manager = store.add_employee("Wang Fang", "manager", "manager-pass", "management")
    real, entered, release = compliance_view.load_matrix, threading.Event(), threading.Event()
    calls: list[int] = []

    def held_first(opener):
        calls.append(1)
        if len(calls) == 1:  # the first request waits, and would show nobody
            entered.set()
            assert release.wait(10)
            return real(opener)[0], []
        return real(opener)

    monkeypatch.setattr(compliance_view, "load_matrix", held_first)
    view = ComplianceView()
    qtbot.addWidget(view)
    view.show_for(Session(store, course, manager))
    assert entered.wait(10)
    assert "Loading" in view.summary.text()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert len(view.model.all_rows) == 2
    with qtbot.assertNotEmitted(view.loaded):
        release.set()
        qtbot.waitUntil(lambda: Worker.running() == 0, timeout=10_000)
    assert len(view.model.all_rows) == 2

    def fail(_opener):
        raise OSError("disk I/O error")

    monkeypatch.setattr(compliance_view, "load_matrix", fail)
    caplog.set_level(logging.ERROR, logger=compliance_view.__name__)
    view.refresh()
    qtbot.waitUntil(lambda: "could not be loaded" in view.summary.text(), timeout=10_000)
    assert "disk I/O error" in view.summary.text() and "disk I/O error" in caplog.text
    assert len(view.model.all_rows) == 2  # the rows shown stay
