"""Drafts: nothing reaches learners, reports or requirements until an author publishes it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sellertrain.core.content import authoring
from sellertrain.core.content.drafts import DraftError, published_text
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import AssignmentTarget
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.store import Assignment
from sellertrain.core.training.requirements import Verdict, requirements

QUIZ = "## Which is right?\n\n- [x] Right\n- [ ] Wrong\n"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def root(make_content, lesson_md, quiz_md) -> Path:
    return make_content(
        lessons={
            "a": lesson_md("a"),
            "b": lesson_md("b", order=20, quiz="b-quiz", status="draft"),
        },
        quizzes={"b-quiz": quiz_md("b-quiz", QUIZ, lesson="b", status="draft")},
    )


def test_the_loader_keeps_drafts_apart(root):
    course = load_course(root)
    assert course.errors == []
    assert list(course.lessons) == ["a"] and course.quizzes == {}
    assert [m.title for m in course.modules] == ["Module A"]
    assert [lesson.id for lesson in course.ordered_lessons] == ["a"]
    assert course.question_count == 0
    assert list(course.drafts.lessons) == ["b"] and list(course.drafts.quizzes) == ["b-quiz"]
    assert course.drafts.item_at(root / "lessons" / "b.md").id == "b"


def test_a_bad_status_is_an_error_and_the_file_stays_hidden(make_content, lesson_md):
    root = make_content(lessons={"a": lesson_md("a", status="ready")})
    course = load_course(root)
    assert [(e.line, e.message) for e in course.errors] == [
        (9, "'status' must be draft or published, not 'ready'")
    ]
    assert course.lessons == {} and course.drafts.lessons == {}
    explicit = make_content(lessons={"a": lesson_md("a", status="published")}, name="other")
    assert list(load_course(explicit).lessons) == ["a"]


def test_published_files_never_lead_learners_to_a_draft(make_content, lesson_md, quiz_md):
    tests_b = "## Which is right?\n\nTests: [First](../lessons/b.md#first-section)\n\n" + QUIZ[19:]
    root = make_content(
        lessons={
            "a": lesson_md("a", quiz="a-quiz"),
            "b": lesson_md("b", status="draft"),
        },
        quizzes={
            "a-quiz": quiz_md("a-quiz", QUIZ, lesson="a", status="draft"),
            "b-quiz": quiz_md("b-quiz", QUIZ, lesson="b"),
            "final": quiz_md("final", tests_b),
        },
    )
    course = load_course(root)
    found = {(e.path.name, e.severity, e.message.split(":")[0]) for e in course.errors}
    assert found == {
        ("b-quiz.md", "error", "lesson 'b' is a draft"),
        ("final.md", "warning", "'Tests"),
        ("a.md", "warning", "quiz 'a-quiz' is a draft"),
    }
    assert sorted(course.quizzes) == ["final"]  # the quiz of a draft lesson is left out
    assert course.lessons["a"].quiz_id is None  # learners complete it without the draft quiz


def test_template_text_is_a_warning_only_once_published(make_content):
    root = make_content()
    course = load_course(root)
    lesson = authoring.new_lesson(root, course, "Brazil", "Shipping")
    quiz = authoring.new_quiz(root, course, "Brazil quiz")
    for made in (lesson, quiz):
        assert "status: draft" in made.text
        made.path.write_text(made.text, encoding="utf-8")
    assert load_course(root).errors == []  # a draft may hold the template's hints
    for made in (lesson, quiz):
        made.path.write_text(published_text(made.text), encoding="utf-8")
    warnings = load_course(root).errors
    assert {e.severity for e in warnings} == {"warning"}
    lines = {(e.path.name, e.line) for e in warnings}
    assert ("brazil.md", 7) in lines  # the summary
    assert ("brazil-quiz.md", 8) in lines  # the first question's heading
    # the seven template sentences, and neither 'reviewed' nor 'sources' filled in
    assert len([e for e in warnings if e.path.name == "brazil.md"]) == 8
    assert any("neither 'reviewed'" in e.message for e in warnings)
    assert "template text left in a published file" in warnings[0].message


def test_published_text_removes_only_the_status_line():
    text = "---\nid: a\nstatus: draft\ntitle: T\n---\n\nstatus: draft\n"
    assert published_text(text) == "---\nid: a\ntitle: T\n---\n\nstatus: draft\n"
    assert published_text("no front matter\nstatus: draft") == "no front matter\nstatus: draft"


@pytest.fixture
def people(store):
    learner = store.add_employee("Ana Li", "learner", "pass-1234", "finance")
    manager = store.add_employee("Bo Chen", "manager", "pass-5678", "management")
    return learner, manager


def test_a_draft_reaches_learners_only_once_published(store, root, people):
    learner, manager = people
    course = load_course(root)
    own = Session(store, course, learner, today=lambda: TODAY)
    boss = Session(store, course, manager, today=lambda: TODAY)
    everyone_b = Assignment(
        "x", AssignmentTarget.EVERYONE, None, "2026-12-31", manager.id, "2026-11-01T09:00", "b"
    )
    assert list(requirements(course, learner, [everyone_b])) == ["a"]
    own.open_lesson("a")
    own.complete_lesson("a")
    progress = own.progress()
    assert [s.lesson.id for s in progress.states] == ["a"]
    assert progress.standing.verdict is Verdict.COMPLETE
    (row,) = [r for r in boss.team_progress() if r.employee.id == learner.id]
    assert (row.required, row.required_done) == (1, 1)
    with pytest.raises(KeyError):
        own.open_lesson("b")

    published = boss.publish_draft("b")
    assert [(p.kind, p.id, p.file) for p in published] == [
        ("lesson", "b", "lessons/b.md"),
        ("quiz", "b-quiz", "quizzes/b-quiz.md"),
    ]
    assert "status:" not in (root / "lessons" / "b.md").read_text(encoding="utf-8")
    entries = [e for e in store.audit_entries() if e.action == "content_published"]
    assert {(e.subject, e.actor_name, e.details["was"]) for e in entries} == {
        ("lessons/b.md", "Bo Chen", "draft"),
        ("quizzes/b-quiz.md", "Bo Chen", "draft"),
    }
    assert all(e.details["version"] for e in entries)

    course = load_course(root)
    assert course.drafts.lessons == {} and course.lessons["b"].quiz_id == "b-quiz"
    own = Session(store, course, learner, today=lambda: TODAY)
    boss = Session(store, course, manager, today=lambda: TODAY)
    progress = own.progress()
    assert [s.lesson.id for s in progress.states] == ["a", "b"]
    assert progress.standing.verdict is not Verdict.COMPLETE
    (row,) = [r for r in boss.team_progress() if r.employee.id == learner.id]
    assert (row.required, row.required_done) == (2, 1)
    assert list(requirements(course, learner, [everyone_b])) == ["a", "b"]


def test_publishing_refuses_what_it_cannot_publish(store, root, people):
    learner, manager = people
    course = load_course(root)
    boss = Session(store, course, manager)
    with pytest.raises(DraftError, match="publish the lesson"):
        boss.publish_draft("b-quiz")
    with pytest.raises(DraftError, match="not a draft"):
        boss.publish_draft("a")
    with pytest.raises(DraftError, match="no draft"):
        boss.publish_draft("nope")
    with pytest.raises(AccessDenied):
        Session(store, course, learner).publish_draft("b")
    (root / "lessons" / "b.md").write_text(
        (root / "lessons" / "b.md").read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8"
    )
    with pytest.raises(DraftError, match="changed since"):
        boss.publish_draft("b")
    assert [e for e in store.audit_entries() if e.action == "content_published"] == []


def test_saving_a_draft_is_audited_as_a_draft(store, root, people):
    _, manager = people
    boss = Session(store, load_course(root), manager)
    path = root / "lessons" / "c.md"
    boss.save_content(path, authoring.new_lesson(root, boss.course, "C", "M").text)
    (entry,) = [e for e in store.audit_entries() if e.subject == "lessons/c.md"]
    assert entry.action == "draft_saved"
