"""Roles enforced in the core, the audit log, passwords and the sign-in back-off.

Every test here calls the core directly, as a screen (or anyone with the package) could:
the refusals do not depend on hidden buttons.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pytest

from sellertrain.core import passwords
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import content_version
from sellertrain.core.reports.exports import team_progress_csv
from sellertrain.core.reports.team import team_progress
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.store import StoreError

LESSON_QUIZ = "## Which is right?\n\n- [x] Right\n- [ ] Wrong\n\n## Is the sky green?\n\n- [ ] True\n- [x] False\n"
SECRET = "Tr0ub4dor-secret-7731"  # a password that must never be written anywhere


@pytest.fixture
def course(make_content, lesson_md, quiz_md):
    root = make_content(
        lessons={"intro": lesson_md("intro", quiz="intro-quiz")},
        quizzes={"intro-quiz": quiz_md("intro-quiz", LESSON_QUIZ, lesson="intro", pass_mark=80)},
    )
    loaded = load_course(root)
    assert loaded.errors == []
    return loaded


@pytest.fixture
def people(store):
    return {
        "manager": store.add_employee("Wang Fang", "manager", "boss-pass"),
        "author": store.add_employee("Li Na", "author", "author-pass"),
        "me": store.add_employee("Ana Li", "learner", "pass-1234"),
        "other": store.add_employee("Bo Chen", "learner", "pass-5678"),
    }


def session_of(store, course, person) -> Session:
    return Session(store, course, person)


# -- a learner's session -----------------------------------------------------------------------


def test_a_learner_cannot_read_other_employees_records(store, course, people):
    other = session_of(store, course, people["other"])
    other_attempt = other.start_quiz("intro-quiz")
    other.submit(other_attempt)
    mine = session_of(store, course, people["me"])
    with pytest.raises(AccessDenied):
        mine.attempts(people["other"].id)
    with pytest.raises(AccessDenied):
        mine.review(other_attempt.attempt.id)
    with pytest.raises(AccessDenied):
        mine.employee_detail(people["other"].id)
    with pytest.raises(AccessDenied):
        mine.progress(people["other"].id)
    for team_call in (
        mine.team_progress,
        mine.risk_areas,
        mine.weak_questions,
        mine.completions_over_time,
        mine.score_histogram,
        mine.assignments,
        mine.audit_log,
    ):
        with pytest.raises(AccessDenied):
            team_call()
    assert mine.attempts(people["me"].id) == []  # their own records are fine


def test_a_learner_cannot_write_records_for_another_employee(store, course, people):
    mine = session_of(store, course, people["me"])
    other_id = people["other"].id
    for write in (
        lambda: mine.open_lesson("intro", employee_id=other_id),
        lambda: mine.record_reading_time("intro", 60, employee_id=other_id),
        lambda: mine.complete_lesson("intro", employee_id=other_id),
        lambda: mine.start_quiz("intro-quiz", employee_id=other_id),
        lambda: mine.resume_quiz(employee_id=other_id),
    ):
        with pytest.raises(AccessDenied, match="only for the signed-in employee"):
            write()
    assert store.lesson_events(other_id) == [] and store.attempts(other_id) == []
    other_attempt = session_of(store, course, people["other"]).start_quiz("intro-quiz")
    with pytest.raises(AccessDenied, match="your own attempts"):
        mine.submit(other_attempt)
    assert not store.attempt(other_attempt.attempt.id).finished
    # even a manager writes training records only for themselves
    boss = session_of(store, course, people["manager"])
    with pytest.raises(AccessDenied):
        boss.complete_lesson("intro", employee_id=other_id)


def test_a_learner_writes_their_own_records(store, course, people):
    mine = session_of(store, course, people["me"])
    mine.open_lesson("intro")
    mine.record_reading_time("intro", 95)
    mine.complete_lesson("intro")
    attempt = mine.start_quiz("intro-quiz", seed=3)
    for index in range(len(attempt.presented)):
        attempt.answer(index, {0})
    score = mine.submit(attempt)
    stored = store.attempt(attempt.attempt.id)
    assert stored.employee_id == people["me"].id and stored.score == score.percent
    progress = store.lesson_progress(people["me"].id)["intro"]
    assert progress.seconds == 95 and progress.completed_version == course.lessons["intro"].version


def test_a_learner_cannot_change_their_own_score(store, course, people):
    mine = session_of(store, course, people["me"])
    attempt = mine.start_quiz("intro-quiz", seed=5)
    for index, shown in enumerate(attempt.presented):  # the first question right, the other wrong
        right = index == 0
        attempt.answer(
            index,
            {
                p
                for p, o in enumerate(shown.option_order)
                if shown.question.options[o].correct == right
            },
        )
    # bring a doctored quiz with a pass mark of 1%: the session scores with the course's quiz
    doctored = type(attempt)(store, attempt.quiz, attempt.attempt, attempt.answers)
    doctored.quiz = dataclasses.replace(attempt.quiz, pass_mark=1)
    score = mine.submit(doctored)
    assert score.percent == 50 and not score.passed
    with pytest.raises(AccessDenied, match="already submitted"):
        mine.submit(attempt)  # a second submission cannot replace the result
    assert store.attempt(attempt.attempt.id).score == 50
    # there is no way around the session at the database level either
    for sql in (
        "UPDATE attempt_results SET score = 100, passed = 1",
        "DELETE FROM attempt_results",
        "UPDATE answers SET correct = 1",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.execute(sql)
    assert not any(name.startswith(("set_score", "update")) for name in dir(mine))


def test_a_learner_cannot_manage_employees_or_assignments(store, course, people):
    mine = session_of(store, course, people["me"])
    with pytest.raises(AccessDenied):
        mine.add_employee("Eve", "manager", "pass-1234")
    with pytest.raises(AccessDenied):
        mine.add_employees([("Eve", "manager", "pass-1234", None)], "x.csv")
    with pytest.raises(AccessDenied):
        mine.reset_password(people["me"].id, "new-pass-1")
    with pytest.raises(AccessDenied):
        mine.assign(dt.date(2026, 5, 1), "everyone", lesson_id="intro")
    assert store.employee_by_name("Eve") is None
    assert store.authenticate("Ana Li", "pass-1234") == people["me"]


# -- content: only authors and managers -------------------------------------------------------


def test_a_learner_cannot_edit_content(store, course, people, tmp_path):
    mine = session_of(store, course, people["me"])
    lesson = course.lessons["intro"]
    before = lesson.path.read_text(encoding="utf-8")
    with pytest.raises(AccessDenied, match="only authors and managers"):
        mine.save_content(lesson.path, before + "\nMy edit.\n")
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(AccessDenied):
        mine.add_image(image)
    assert lesson.path.read_text(encoding="utf-8") == before
    assert not (course.root / "assets" / "photo.png").exists()
    assert store.audit_entries() == [] or all(
        e.action != "content_published" for e in store.audit_entries()
    )


def test_an_author_publishes_content_and_it_is_audited(store, course, people):
    author = session_of(store, course, people["author"])
    lesson = course.lessons["intro"]
    new_text = lesson.path.read_text(encoding="utf-8") + "\nA new paragraph.\n"
    version = author.save_content(lesson.path, new_text)
    assert version == content_version(new_text)
    assert lesson.path.read_text(encoding="utf-8") == new_text
    (entry,) = [e for e in store.audit_entries() if e.action == "content_published"]
    assert (entry.actor_name, entry.subject, entry.details) == (
        "Li Na",
        "lessons/intro.md",
        {"version": version},
    )


@pytest.mark.parametrize(
    "target",
    [
        "../outside.md",
        "lessons/../../outside.md",
        "assets/evil.md",
        "lessons/sub/x.md",
        "lessons/x.txt",
    ],
)
def test_an_author_can_only_write_lesson_and_quiz_files_of_the_course(
    store, course, people, target
):
    author = session_of(store, course, people["author"])
    path = Path(course.root) / target
    with pytest.raises(AccessDenied):
        author.save_content(path, "text")
    assert not path.exists()


# -- managers, and the audit log ---------------------------------------------------------------


def test_the_audit_log_records_who_changed_what(store, course, people):
    boss = session_of(store, course, people["manager"])
    boss.add_employee("Cai Yun", "learner", "pass-1234", "logistics")
    boss.add_employees([("Du Wei", "author", "pass-1234", None)], "staff.csv")
    boss.reset_password(people["me"].id, "brand-new-pass")
    assignment = boss.assign(dt.date(2026, 5, 1), "department", "logistics", lesson_id="intro")
    boss.revoke(assignment.id)
    boss.revoke(assignment.id)  # revoking twice is recorded once
    session_of(store, course, people["author"]).save_content(
        course.lessons["intro"].path, course.lessons["intro"].path.read_text() + "\nMore.\n"
    )
    entries = boss.audit_log()
    by_action = [(e.action, e.actor_name, e.subject) for e in reversed(entries)]
    assert by_action[:4] == [  # the fixture's four employees, added from the command line
        ("employee_added", None, "Wang Fang"),
        ("employee_added", None, "Li Na"),
        ("employee_added", None, "Ana Li"),
        ("employee_added", None, "Bo Chen"),
    ]
    assert by_action[4:] == [
        ("employee_added", "Wang Fang", "Cai Yun"),
        ("employee_added", "Wang Fang", "Du Wei"),
        ("password_reset", "Wang Fang", "Ana Li"),
        ("assignment_created", "Wang Fang", "lesson intro to department logistics"),
        ("assignment_revoked", "Wang Fang", "lesson intro to department logistics"),
        ("content_published", "Li Na", "lessons/intro.md"),
    ]
    added = next(e for e in entries if e.subject == "Du Wei")
    assert added.details["source"] == "staff.csv" and added.details["role"] == "author"
    assert [e.action for e in boss.audit_log(action="password_reset")] == ["password_reset"]
    assert len(boss.audit_log(limit=2)) == 2


def test_the_audit_log_is_append_only(store, people):
    store.sign_in("Ana Li", "wrong")
    assert store.audit_entries()
    for sql in ("UPDATE audit_log SET subject = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.execute(sql)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("DELETE FROM sign_in_events")


def test_a_change_and_its_audit_row_are_one_transaction(store, monkeypatch):
    def broken_audit(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_audit_many", broken_audit)
    with pytest.raises(sqlite3.OperationalError):
        store.add_employee("Ana Li", "learner", "pass-1234")
    assert not store.has_employees()  # no employee without its audit row


# -- passwords ---------------------------------------------------------------------------------


@pytest.mark.real_password_cost
def test_passwords_are_slow_salted_hashes_compared_in_constant_time(monkeypatch):
    first, second = passwords.hash_password(SECRET), passwords.hash_password(SECRET)
    assert first != second  # salted
    scheme, n, r, p, salt, _digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**17, 8, 1) and len(salt) == 32
    assert SECRET not in first
    import hmac  # passwords imports it where it compares (not at start-up)

    compared = []
    real = hmac.compare_digest
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: compared.append(1) or real(a, b))
    assert passwords.verify_password(SECRET, first)
    assert not passwords.verify_password(SECRET + "x", first)
    assert not passwords.verify_password(SECRET, None)  # unknown name: same work, no match
    assert len(compared) == 3


def test_a_manager_resets_a_password(store, course, people):
    boss = session_of(store, course, people["manager"])
    boss.reset_password(people["me"].id, "new-pass-99")
    assert store.authenticate("Ana Li", "pass-1234") is None
    assert store.authenticate("Ana Li", "new-pass-99") == people["me"]
    with pytest.raises(StoreError, match="at least 8"):
        boss.reset_password(people["me"].id, "abc")
    with pytest.raises(StoreError, match="no such employee"):
        boss.reset_password("nobody", "new-pass-99")


def test_no_password_is_written_to_the_database_the_log_or_an_export(
    tmp_path, store, course, people, caplog
):
    caplog.set_level(logging.DEBUG)
    boss = session_of(store, course, people["manager"])
    boss.add_employee("Cai Yun", "learner", SECRET)
    boss.reset_password(people["me"].id, SECRET + "-reset")
    for _ in range(6):
        store.sign_in("Bo Chen", SECRET + "-typed")
    store.sign_in(SECRET, SECRET)  # a password typed into the name field
    csv_text = team_progress_csv(team_progress(store, course, dt.date(2026, 3, 2)))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files = b"".join(p.read_bytes() for p in Path(store.path).parent.glob("test.db*"))
    for text in (SECRET.encode(), (SECRET + "-typed").encode(), (SECRET + "-reset").encode()):
        assert text not in files
        assert text.decode() not in caplog.text
        assert text.decode() not in csv_text


# -- the sign-in back-off ----------------------------------------------------------------------


def failures(store, person) -> int:
    return store.failures_in_a_row(person.id)


def test_five_free_failures_then_a_doubling_wait_of_at_most_a_minute(store, clock, people):
    for expected in [None] * 4 + [1, 2, 4, 8, 16, 32, 60, 60, 60]:
        result = store.sign_in("Ana Li", "wrong")
        assert result.employee is None and result.retry_after == expected
        if expected:
            clock.advance(expected)  # the try after the wait counts again
    # whoever keeps guessing, the employee waits a minute at most, then signs in
    clock.advance(60)
    assert store.sign_in("Ana Li", "pass-1234").employee == people["me"]


def test_while_waiting_even_the_right_password_is_refused_unchecked(store, clock, people):
    for _ in range(7):
        result = store.sign_in("Ana Li", "wrong")
        clock.advance(result.retry_after or 0)
    result = store.sign_in("Ana Li", "wrong")
    assert result.retry_after == 8
    events = store.db.execute("SELECT count(*) FROM sign_in_events").fetchone()[0]
    clock.advance(3)
    refused = store.sign_in("Ana Li", "pass-1234")
    assert refused.employee is None and refused.waiting and refused.retry_after == 4
    # a refused try is neither checked, recorded nor counted: it does not lengthen the wait
    assert store.db.execute("SELECT count(*) FROM sign_in_events").fetchone()[0] == events
    assert failures(store, people["me"]) == 8
    clock.advance(5)
    assert store.sign_in("Ana Li", "pass-1234").employee == people["me"]
    # a success starts the count again: five free tries
    assert failures(store, people["me"]) == 0
    assert [store.sign_in("Ana Li", "wrong").retry_after for _ in range(5)] == [None] * 4 + [1]
    # the back-off is per name: a colleague signs in as usual
    assert store.sign_in("Bo Chen", "pass-5678").employee == people["other"]


def test_failures_recorded_on_another_computer_do_not_slow_this_one(store, people):
    """sign_in_events come from every PC when synced; the back-off counts this one's only."""
    with store.db.atomic():
        for minute in range(20):
            store.db.conn.execute(
                "INSERT INTO sign_in_events (id, employee_id, outcome, at)"
                " VALUES (?, ?, 'failed', ?)",
                [f"pulled-{minute}", people["manager"].id, f"2026-03-01T08:{minute:02d}:00+00:00"],
            )
    assert store.sign_in("Wang Fang", "boss-pass").employee == people["manager"]


def test_a_manager_lets_someone_try_again_at_once_audited(store, course, clock, people):
    for _ in range(6):
        store.sign_in("Ana Li", "wrong")
    assert store.sign_in("Ana Li", "pass-1234").waiting
    manager = session_of(store, course, people["manager"])
    assert manager.sign_in_wait(people["me"].id)[0] == 6
    with pytest.raises(AccessDenied):
        session_of(store, course, people["other"]).clear_sign_in_wait(people["me"].id)
    assert manager.clear_sign_in_wait(people["me"].id) is True
    entry = store.audit_entries(action="sign_in_backoff_cleared")[0]
    assert (entry.actor_id, entry.subject, entry.details["failures"]) == (
        people["manager"].id,
        "Ana Li",
        6,
    )
    assert store.sign_in("Ana Li", "pass-1234").employee == people["me"]
    assert manager.clear_sign_in_wait(people["me"].id) is False  # nothing left to clear
    assert len(store.audit_entries(action="sign_in_backoff_cleared")) == 1


def test_a_password_reset_ends_the_wait(store, course, clock, people):
    for _ in range(6):
        store.sign_in("Ana Li", "wrong")
    assert store.sign_in("Ana Li", "pass-1234").waiting
    session_of(store, course, people["manager"]).reset_password(people["me"].id, "fresh-pass")
    assert store.sign_in("Ana Li", "fresh-pass").employee == people["me"]


def test_the_back_off_rule():
    waits = [passwords.backoff_seconds(n) for n in range(14)]
    assert waits == [0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert passwords.backoff_seconds(10**9) == 60


# -- a manager's password ------------------------------------------------------------------------


def test_a_manager_cannot_reset_their_own_password_but_changes_it(store, course, people):
    manager = session_of(store, course, people["manager"])
    with pytest.raises(AccessDenied, match="cannot reset your own password"):
        manager.reset_password(people["manager"].id, "my-own-new-pass")
    assert not manager.may_reset_password(people["manager"])
    assert store.audit_entries(action="password_reset") == []
    manager.change_password("boss-pass", "my-own-new-pass")
    assert store.authenticate("Wang Fang", "my-own-new-pass") == people["manager"]


def test_another_manager_resets_a_managers_password_audited(store, course, people):
    second = store.add_employee("Zhao Lei", "manager", "second-pass", actor_id=people["manager"].id)
    session_of(store, course, second).reset_password(people["manager"].id, "one-time-pass")
    entry = store.audit_entries(action="password_reset")[0]
    assert (entry.actor_id, entry.subject) == (second.id, "Wang Fang")
    result = store.sign_in("Wang Fang", "one-time-pass")
    assert result.employee == people["manager"] and result.must_change_password


def test_a_department_manager_cannot_reset_a_managers_password(store, course, people):
    lead = store.add_employee("Li Lei", "manager", "lead-pass-1", "logistics")
    lead = store.set_manages(lead.id, ["logistics"], people["manager"].id)
    other_lead = store.add_employee("Sun Mei", "manager", "lead-pass-2", "logistics")
    packer = store.add_employee("Zhou Bo", "learner", "pass-1234", "logistics")
    department = session_of(store, course, lead)
    with pytest.raises(AccessDenied, match="only company managers"):
        department.reset_password(other_lead.id, "taken-over-1")
    assert not department.may_reset_password(other_lead)
    assert department.may_reset_password(packer)
    department.reset_password(packer.id, "fresh-pass-1")
    assert store.authenticate("Sun Mei", "lead-pass-2") == other_lead


def test_unknown_names_are_answered_like_wrong_passwords(store, people):
    result = store.sign_in("Nobody Here", "whatever")
    assert result.employee is None and not result.waiting
    assert store.db.execute("SELECT count(*) FROM sign_in_events").fetchone()[0] == 0
