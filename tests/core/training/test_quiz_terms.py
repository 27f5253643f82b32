"""What a quiz result is measured against (issue 17): the pass mark, time limit, draw and
answers of a *published* quiz version, not whatever the file says now.

A learner who can edit ``quizzes/*.md`` sets ``pass_mark: 1``: the quiz cannot be started until
an author publishes the change, the store scores every result under the published pass mark,
and ``verify-records`` names any result or certificate that says otherwise.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.language import CHINESE
from sellertrain.core.message import localize_error
from sellertrain.core.session import Session
from sellertrain.core.store.chain import canonical_text
from sellertrain.core.training import quiz_terms
from sellertrain.core.training.certificates import pass_marks_text, quiz_versions_text
from sellertrain.core.training.quiz_terms import QuizChanged

QUESTIONS = "".join(
    f"## Question {n}\n\n- [x] Right answer {n}\n- [ ] Wrong answer {n}\n- [ ] Other {n}\n\n"
    for n in range(1, 5)
)


@pytest.fixture
def root(make_content, lesson_md, quiz_md) -> Path:
    return make_content(
        lessons={"intro": lesson_md("intro", quiz="intro-quiz")},
        quizzes={"intro-quiz": quiz_md("intro-quiz", QUESTIONS, lesson="intro", shuffle="false")},
    )


def _session(store, root: Path, name: str = "Ana Li", role: str = "learner") -> Session:
    course = load_course(root)
    employee = store.employee_by_name(name) or store.add_employee(name, role, "pass-1234")
    return Session(store, course, employee)


def _edit(root: Path, old: str, new: str) -> None:
    path = root / "quizzes" / "intro-quiz.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def _take(session: Session, right: int) -> float:
    """Answer ``right`` of the 4 questions right (option 0: the quiz is not shuffled)."""
    attempt = session.start_quiz("intro-quiz")
    for index in range(4):
        attempt.answer(index, {0} if index < right else {1})
    return session.submit(attempt).percent


def test_the_first_attempt_records_the_quiz_as_published_and_its_result_keeps_the_pass_mark(
    store, root
):
    me = _session(store, root)
    assert _take(me, 4) == 100.0
    [publication] = store.quiz_publications("intro-quiz")
    assert (publication.kind, publication.pass_mark) == ("first", 80)
    [attempt] = store.attempts(me.employee.id)
    assert (attempt.pass_mark, attempt.passed) == (80.0, True)


def test_a_learner_who_lowers_the_pass_mark_in_the_file_cannot_take_the_quiz(store, root):
    me = _session(store, root)
    _take(me, 1)  # 25 %: failed under 80
    _edit(root, "pass_mark: 80", "pass_mark: 1")
    me = _session(store, root)
    with pytest.raises(QuizChanged, match="changed after it was last published"):
        me.start_quiz("intro-quiz")
    assert len(store.attempts(me.employee.id)) == 1  # nothing started
    assert all(not a.passed for a in store.attempts(me.employee.id))


def test_the_store_scores_under_the_published_pass_mark_whatever_the_caller_says(store, root):
    me = _session(store, root)
    _take(me, 4)
    quiz = me.course.quizzes["intro-quiz"]
    attempt = store.start_attempt(me.employee.id, quiz.id, quiz.version, 7)
    store.finish_attempt(attempt.id, 25.83, True, [])  # a caller that believes pass_mark: 1
    stored = store.attempt(attempt.id)
    assert (stored.passed, stored.pass_mark) == (False, 80.0)
    assert store.verify_records().ok


def test_a_changed_pass_mark_is_published_as_material_only(store, root):
    _session(store, root)
    me = _session(store, root)
    _take(me, 3)  # 75 %: failed under 80
    _edit(root, "pass_mark: 80", "pass_mark: 70")
    author = _session(store, root, "Ed Author", "author")
    [pending] = author.pending_quizzes()
    assert pending.changed == ("pass mark 80% → 70%",)
    with pytest.raises(ValueError, match="publish it as material") as refused:
        author.publish_quiz("intro-quiz", "editorial")
    assert localize_error(refused.value, CHINESE) == (  # the studio's error, in Chinese
        "测验 intro-quiz：及格分 80% → 70%有变化，这会改变及格所证明的内容：请作为实质性修改发布"
    )
    published = author.publish_quiz("intro-quiz", "material", note="a lower bar for new staff")
    assert (published.kind, published.pass_mark, published.previous_version) == (
        "material",
        70,
        store.quiz_publications("intro-quiz")[0].version,
    )
    assert author.pending_quizzes() == []
    me = _session(store, root)
    assert _take(me, 3) == 75.0
    newest = store.attempts(me.employee.id)[0]
    assert (newest.pass_mark, newest.passed) == (70.0, True)
    audit = [e for e in store.audit_entries() if e.subject == "quizzes/intro-quiz"]
    # the version the app met first is no one's decision: only the author's is audited
    assert [(e.details["kind"], e.details["pass_mark"]) for e in audit] == [("material", 70)]
    assert store.verify_records().ok


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        ("pass_mark: 80", "pass_mark: 80\ntime_limit: 5", "time limit None → 5 minutes"),
        (
            "- [x] Right answer 2\n- [ ] Wrong",
            "- [ ] Right answer 2\n- [x] Wrong",
            "questions or their answers",
        ),
        ("- [ ] Other 3\n", "", "questions or their answers"),
        ("pass_mark: 80", "pass_mark: 80\ndraw: 2", "draw rules"),
    ],
)
def test_what_a_pass_proves_is_material(store, root, old, new, what):
    _take(_session(store, root), 4)
    _edit(root, old, new)
    author = _session(store, root, "Ed Author", "author")
    [pending] = author.pending_quizzes()
    assert what in pending.changed
    with pytest.raises(ValueError, match="material"):
        author.publish_quiz("intro-quiz", "editorial")


def test_a_wording_change_may_be_editorial_and_then_the_quiz_opens_again(store, root):
    _take(_session(store, root), 4)
    _edit(root, "Wrong answer 1", "An answer that is wrong")
    author = _session(store, root, "Ed Author", "author")
    [pending] = author.pending_quizzes()
    assert pending.changed == ()
    with pytest.raises(QuizChanged):
        _session(store, root).start_quiz("intro-quiz")
    author.publish_quiz("intro-quiz", "editorial")
    with pytest.raises(ValueError, match="has not changed"):
        author.publish_quiz("intro-quiz", "editorial")
    assert _take(_session(store, root), 4) == 100.0


def test_a_learner_cannot_publish_a_quiz(store, root):
    from sellertrain.core.session import AccessDenied

    _edit(root, "Wrong answer 1", "Another wrong answer")
    with pytest.raises(AccessDenied):
        _session(store, root).publish_quiz("intro-quiz", "editorial")


def _raw(store) -> sqlite3.Connection:
    return store.conn


def test_verify_names_a_result_scored_outside_the_published_version(store, root):
    """A forger with sqlite3 writes a result for an edited, unpublished version."""
    me = _session(store, root)
    _take(me, 4)
    _edit(root, "pass_mark: 80", "pass_mark: 1")
    edited = load_course(root).quizzes["intro-quiz"]
    attempt = store.start_attempt(me.employee.id, edited.id, edited.version, 9)
    store.finish_attempt(attempt.id, 25.0, True, [])  # no publication of this version
    assert store.attempt(attempt.id).pass_mark is None
    report = store.verify_records()
    assert any(
        p.kind == "pass mark" and "has no pass mark although the quiz was published" in p.message
        for p in report.problems
    )


def test_verify_names_an_edited_pass_mark_and_a_certificate_claiming_another(store, root):
    me = _session(store, root)
    _take(me, 4)
    [attempt] = store.attempts(me.employee.id)
    conn = _raw(store)
    conn.execute("DROP TRIGGER attempt_results_no_update")
    conn.execute("UPDATE attempt_results SET pass_mark = 1 WHERE attempt_id = ?", [attempt.id])
    conn.commit()
    messages = [p.message for p in store.verify_records().problems]
    assert any("hash mismatch" in m for m in messages)  # the pass mark is inside the hash
    assert any("the published pass mark of its version is 80" in m for m in messages)


def test_format_1_and_format_2_texts_differ_only_by_the_pass_mark():
    attempt = ("a", "e", "q", "v", 1, "2026-01-01", "quiz", None, None)
    old = canonical_text(attempt, ("r", "submitted", "t", 90.0, 1), [], 1, "")
    new = canonical_text(attempt, ("r", "submitted", "t", 90.0, 1, 80.0), [], 1, "")
    assert old.startswith("[1,") and new.startswith("[2,")
    assert new.replace("[2,", "[1,", 1).replace(",80.0]", "]", 1) == old


def test_the_certificate_names_the_pass_mark_and_quiz_version(store, root):
    from sellertrain.core.models import CertificateScope
    from sellertrain.core.store import Certificate

    evidence = (
        {"quiz": "a-quiz", "quiz_version": "0123456789ab", "pass_mark": 80.0},
        {"quiz": "b-quiz", "quiz_version": "ba9876543210", "pass_mark": 70.0},
    )
    cert = Certificate(
        "id", "ST-X", "e", CertificateScope.MODULE, "M", "M", 90.0, "2026-12-01", None, evidence
    )
    assert pass_marks_text(cert) == "70–80%"
    assert quiz_versions_text(cert) == "a-quiz 01234567, b-quiz ba987654"
    old = Certificate("id", "ST-Y", "e", CertificateScope.MODULE, "M", "M", 90.0, "x", None, ())
    assert pass_marks_text(old) == ""


def test_pending_quizzes_lists_only_changed_ones(store, root):
    me = _session(store, root)
    assert quiz_terms.pending_quizzes(store, me.course.quizzes.values()) == []
    assert quiz_terms.publish_first_versions(store, me.course) == 1
    assert quiz_terms.publish_first_versions(store, me.course) == 0
    _edit(root, "Other 4", "Something else")
    changed = load_course(root).quizzes.values()
    assert [p.quiz.id for p in quiz_terms.pending_quizzes(store, changed)] == ["intro-quiz"]


def test_a_manager_signing_in_pins_every_quiz_before_a_learner_can_edit_one(store, root):
    from sellertrain.core.accounts import Accounts

    manager = store.add_employee("Mia Boss", "manager", "pass-1234")
    Accounts(store).open_session(manager, load_course(root))
    assert [p.pass_mark for p in store.quiz_publications("intro-quiz")] == [80]
    _edit(root, "pass_mark: 80", "pass_mark: 1")  # before anyone took it
    with pytest.raises(QuizChanged):
        _session(store, root).start_quiz("intro-quiz")


def test_several_changed_terms_are_listed_in_either_language(store, root):
    _take(_session(store, root), 4)  # the quiz is published as it is
    _edit(root, "pass_mark: 80", "pass_mark: 70")
    _edit(
        root,
        "- [x] Right answer 1\n- [ ] Wrong answer 1",
        "- [ ] Right answer 1\n- [x] Wrong answer 1",
    )
    author = _session(store, root, "Ed Author", "author")
    with pytest.raises(ValueError) as refused:
        author.publish_quiz("intro-quiz", "editorial")
    assert str(refused.value).startswith(
        "quiz intro-quiz: pass mark 80% → 70%, questions or their answers changed"
    )
    assert localize_error(refused.value, CHINESE).startswith(
        "测验 intro-quiz：及格分 80% → 70%、题目或其答案有变化"
    )
