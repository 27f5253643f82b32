"""Roles enforced in the core, the audit log, passwords and the sign-in lockout.

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


# -- the sign-in lockout -----------------------------------------------------------------------


def test_five_failures_lock_the_name_with_a_growing_delay(store, clock, people):
    for attempt in range(4):
        result = store.sign_in("Ana Li", "wrong")
        assert result.employee is None and not result.locked, attempt
    fifth = store.sign_in("Ana Li", "wrong")
    assert fifth.locked and fifth.minutes_left == 5
    # while locked even the right password is refused, and tries are not recorded
    refused = store.sign_in("Ana Li", "pass-1234")
    assert refused.employee is None and refused.locked
    clock.advance(4 * 60)
    assert store.sign_in("Ana Li", "pass-1234").minutes_left == 1
    clock.advance(60)
    for _ in range(5):
        result = store.sign_in("Ana Li", "wrong")
    assert result.locked and result.minutes_left == 10  # the second lockout lasts twice as long
    clock.advance(10 * 60)
    assert store.sign_in("Ana Li", "pass-1234").employee == people["me"]
    for _ in range(5):  # a success starts the count again: back to 5 minutes
        result = store.sign_in("Ana Li", "wrong")
    assert result.minutes_left == 5
    # the lockout is per name: a colleague signs in as usual
    assert store.sign_in("Bo Chen", "pass-5678").employee == people["other"]


def test_failures_spread_over_more_than_15_minutes_do_not_lock(store, clock, people):
    for _ in range(8):
        assert not store.sign_in("Ana Li", "wrong").locked
        clock.advance(4 * 60)
    assert store.sign_in("Ana Li", "pass-1234").employee == people["me"]


def test_a_password_reset_ends_a_lockout(store, course, clock, people):
    for _ in range(5):
        store.sign_in("Ana Li", "wrong")
    assert store.sign_in("Ana Li", "pass-1234").locked
    session_of(store, course, people["manager"]).reset_password(people["me"].id, "fresh-pass")
    assert store.sign_in("Ana Li", "fresh-pass").employee == people["me"]


def test_the_lockout_rule():
    start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)

    def at(minutes: float) -> dt.datetime:
        return start + dt.timedelta(minutes=minutes)

    assert passwords.locked_until([]) is None
    five = [(at(m), "failed") for m in range(5)]
    assert passwords.locked_until(five) == at(4 + 5)
    assert passwords.locked_until([*five[:4], (at(4.5), "succeeded"), five[4]]) is None
    assert passwords.locked_until([*five[:4], (at(4.5), "reset"), five[4]]) is None
    delays = [passwords.lockout_delay(level) for level in range(1, 7)]
    assert [d.total_seconds() / 60 for d in delays] == [5, 10, 20, 40, 60, 60]


def test_unknown_names_are_answered_like_wrong_passwords(store, people):
    result = store.sign_in("Nobody Here", "whatever")
    assert result.employee is None and not result.locked
    assert store.db.execute("SELECT count(*) FROM sign_in_events").fetchone()[0] == 0
