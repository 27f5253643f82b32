"""A Session tells its listeners after each successful write, never after a read or a refusal."""

from __future__ import annotations

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.session import AccessDenied, Session, StoreError

QUIZ = "## Which is right?\n\n- [x] Right\n- [ ] Wrong\n"


@pytest.fixture
def course(make_content, lesson_md, quiz_md):
    root = make_content(
        lessons={"intro": lesson_md("intro", quiz="intro-quiz")},
        quizzes={"intro-quiz": quiz_md("intro-quiz", QUIZ, lesson="intro", pass_mark=80)},
    )
    return load_course(root)


@pytest.fixture
def learner(store):
    return store.add_employee("Ana Li", "learner", "pass-1234")


def watched(session: Session) -> list[int]:
    told: list[int] = []
    session.on_change(lambda: told.append(1))
    return told


def test_each_write_of_a_learner_is_told_once(store, course, learner):
    session = Session(store, course, learner)
    told = watched(session)
    session.open_lesson("intro")
    session.record_reading_time("intro", 12)
    session.complete_lesson("intro")
    assert len(told) == 3
    attempt = session.start_quiz("intro-quiz")
    assert len(told) == 4
    attempt.answer(0, {0})  # a draft answer is not a record the screens show
    session.submit(attempt)
    assert len(told) == 5


def test_reads_and_refusals_are_not_told(store, course, learner):
    other = store.add_employee("Bo Chen", "learner", "pass-5678")
    session = Session(store, course, learner)
    told = watched(session)
    session.progress()
    session.attempts()
    session.certificates()
    session.due_rechecks()
    session.renewals_due()
    session.lesson_changes()
    with pytest.raises(AccessDenied):
        session.complete_lesson("intro", other.id)
    with pytest.raises(AccessDenied):
        session.add_employee("Cy Dee", "learner", "pass-9999")
    assert told == []


def test_a_managers_writes_are_told(store, course, learner):
    manager = store.add_employee("Wang Fang", "manager", "boss-pass")
    session = Session(store, course, manager)
    told = watched(session)
    session.add_employee("Cy Dee", "learner", "pass-9999")
    session.reset_password(learner.id, "fresh-pass-1")
    with pytest.raises(StoreError):  # a refused password: nothing was written
        session.reset_password(learner.id, "abc")
    assert len(told) == 2


def test_the_store_is_not_a_public_door(store, course, learner):
    session = Session(store, course, learner)
    assert session.opener().path == store.path
    assert "_store" in vars(session) and "store" not in vars(session)


def test_a_workers_session_meets_the_company_server_only_on_a_company_pc(
    store, course, learner, monkeypatch
):
    """A worker's own Session (``opener().open()``) gets the company server link exactly
    when the database joined a company record, as the app's own store does."""
    from sellertrain.core.server.credentials import ENV_VAR
    from sellertrain.core.server.link import ServerLink

    monkeypatch.setenv(ENV_VAR, "postgresql://company.example/sellertrain")
    opener = Session(store, course, learner).opener()
    with opener.open() as alone:
        assert alone._store.company is None
    store.db.execute("INSERT INTO sync_state (key, value) VALUES ('server_id', 'company-1')")
    with opener.open() as joined:
        link = joined._store.company
        assert (
            isinstance(link, ServerLink) and link.dsn == "postgresql://company.example/sellertrain"
        )
