"""Section-level versions, material/editorial publications, what changed, re-checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.content.word_diff import changed_words, diff_html
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.training import retraining
from sellertrain.core.training.progress import LessonStatus, course_progress
from sellertrain.core.training.question_sets import split_key

BODY = """## Deposits

The deposit for most categories is 10,000 yuan, paid before the store opens.

## Shipping

Ship every order within 5 days and upload tracking at once.

## Disputes

Answer a dispute within 3 days with photos and tracking.
"""

QUIZ = """## How large is the deposit for most categories?

Tests: [Deposits](../lessons/rules.md#deposits)

- [x] 10,000 yuan
- [ ] Nothing

## How long do you have to ship?

Tests: [Shipping](../lessons/rules.md#shipping)

- [x] 5 days
- [ ] 30 days

## Which answer to a dispute helps?

Tests: [Disputes](../lessons/rules.md#disputes)

- [x] Photos and tracking
- [ ] Silence

## Is the deposit refundable when you close the store properly?

Tests: [Deposits](../lessons/rules.md#deposits)

- [x] True
- [ ] False
"""


@pytest.fixture
def root(make_content, lesson_md, quiz_md) -> Path:
    return make_content(
        lessons={"rules": lesson_md("rules", body=BODY, quiz="rules-quiz")},
        quizzes={"rules-quiz": quiz_md("rules-quiz", QUIZ, lesson="rules", pass_mark=50)},
    )


@pytest.fixture
def people(store):
    return {
        "author": store.add_employee("Ada Author", "author", "pass-1234"),
        "reader": store.add_employee("Rae Reader", "learner", "pass-1234"),
        "other": store.add_employee("Otto Other", "learner", "pass-1234"),
        "fresh": store.add_employee("Fay Fresh", "learner", "pass-1234"),
        "started": store.add_employee("Sam Started", "learner", "pass-1234"),
    }


def edit(root: Path, old: str, new: str):
    """Change the lesson file; return (course before, course after)."""
    before = load_course(root)
    path = root / "lessons" / "rules.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return before, load_course(root)


def finish(store, course, employee):
    """Read the lesson and pass its quiz with every answer right."""
    session = Session(store, course, employee)
    session.complete_lesson("rules")
    attempt = session.start_quiz("rules-quiz", seed=1)
    for index, shown in enumerate(attempt.presented):
        right = shown.question.correct_indices
        attempt.answer(index, {p for p, o in enumerate(shown.option_order) if o in right})
    assert session.submit(attempt).passed


def status(store, course, employee) -> LessonStatus:
    return course_progress(store, course, employee).state("rules").status


def test_completions_and_attempts_store_each_section_hash(store, root, people):
    course = load_course(root)
    lesson = course.lessons["rules"]
    assert [s.anchor for s in lesson.sections] == ["deposits", "shipping", "disputes"]
    assert len({s.digest for s in lesson.sections}) == 3
    finish(store, course, people["reader"])
    record = store.lesson_progress(people["reader"].id)["rules"]
    assert record.completed_sections == {s.anchor: s.digest for s in lesson.sections}
    row = store.db.execute("SELECT sections FROM attempts").fetchone()[0]
    assert "deposits" in row and lesson.sections[0].digest in row
    stored = store.section_texts([lesson.sections[1].digest])
    assert "within 5 days" in stored[lesson.sections[1].digest].text


def test_a_section_hash_ignores_other_sections_and_trailing_spaces(root):
    before, after = edit(root, "at once.", "at once.   ")
    assert [s.digest for s in before.lessons["rules"].sections] == [
        s.digest for s in after.lessons["rules"].sections
    ]
    before, after = edit(root, "within 5 days", "within 3 days")
    old = {s.anchor: s.digest for s in before.lessons["rules"].sections}
    assert retraining.changed_sections(old, after.lessons["rules"]) == ["shipping"]


def test_a_material_change_marks_exactly_the_readers_and_the_sections(store, root, people):
    course = load_course(root)
    for name in ("reader", "other"):
        finish(store, course, people[name])
    Session(store, course, people["started"]).open_lesson("rules")
    before, after = edit(root, "within 5 days", "within 3 days")
    author = Session(store, after, people["author"])
    publication = author.publish_lesson(
        "rules", "material", ["shipping"], previous=before.lessons["rules"]
    )
    assert publication.revision == 1 and publication.changed_sections == ("shipping",)

    expected = {
        "reader": LessonStatus.NEEDS_REFRESH,
        "other": LessonStatus.NEEDS_REFRESH,
        "fresh": LessonStatus.NOT_STARTED,
        "started": LessonStatus.IN_PROGRESS,
        "author": LessonStatus.NOT_STARTED,
    }
    assert {name: status(store, after, e) for name, e in people.items()} == expected
    changes = Session(store, after, people["reader"]).lesson_changes()
    assert [c.lesson.id for c in changes] == ["rules"]
    assert [s.anchor for s in changes[0].sections] == ["shipping"]
    assert Session(store, after, people["fresh"]).lesson_changes() == []
    # someone who reads the new version afterwards is current
    Session(store, after, people["fresh"]).complete_lesson("rules")
    assert status(store, after, people["fresh"]) is LessonStatus.COMPLETED


def test_only_the_sections_the_author_names_are_marked(store, root, people):
    course = load_course(root)
    finish(store, course, people["reader"])
    before, _ = edit(root, "within 5 days", "within 3 days")
    _, after = edit(root, "within 3 days with", "within 2 days with")
    author = Session(store, after, people["author"])
    author.publish_lesson("rules", "material", ["disputes"], previous=before.lessons["rules"])
    change = Session(store, after, people["reader"]).lesson_changes()[0]
    assert [s.anchor for s in change.sections] == ["disputes"]
    with pytest.raises(ValueError, match="not a changed section"):
        author.publish_lesson("rules", "material", ["deposits"], previous=before.lessons["rules"])


def test_an_editorial_change_marks_nobody(store, root, people):
    course = load_course(root)
    finish(store, course, people["reader"])
    before, after = edit(root, "upload tracking at once", "upload the tracking number at once")
    Session(store, after, people["author"]).publish_lesson(
        "rules", "editorial", previous=before.lessons["rules"]
    )
    assert status(store, after, people["reader"]) is LessonStatus.QUIZ_PASSED
    assert Session(store, after, people["reader"]).lesson_changes() == []
    assert store.publications("rules")[0].revision == 0


def test_a_later_material_change_after_an_editorial_one_still_counts(store, root, people):
    course = load_course(root)
    finish(store, course, people["reader"])
    first, second = edit(root, "upload tracking at once", "upload the tracking number at once")
    Session(store, second, people["author"]).publish_lesson(
        "rules", "editorial", previous=first.lessons["rules"]
    )
    _, third = edit(root, "10,000 yuan", "20,000 yuan")
    Session(store, third, people["author"]).publish_lesson(
        "rules", "material", previous=second.lessons["rules"]
    )
    change = Session(store, third, people["reader"]).lesson_changes()[0]
    assert [s.anchor for s in change.sections] == ["deposits"]
    assert changed_words(change.sections[0].old_text, change.sections[0].new_text) == (
        ["10,000"],
        ["20,000"],
    )


def test_the_diff_shows_the_changed_words(store, root, people):
    course = load_course(root)
    finish(store, course, people["reader"])
    before, after = edit(
        root, "within 5 days and upload", "within 3 days, or 2 days for Spain, and upload"
    )
    Session(store, after, people["author"]).publish_lesson(
        "rules", "material", previous=before.lessons["rules"]
    )
    section = Session(store, after, people["reader"]).lesson_changes()[0].sections[0]
    assert "within 5 days" in section.old_text and "within 3 days" in section.new_text
    removed, added = changed_words(section.old_text, section.new_text)
    assert removed == ["5"] and added == ["3", ", or 2 days for Spain,"]
    page = diff_html(section.old_text, section.new_text)
    assert 'line-through;">5</span>' in page
    assert ">3</span>" in page and "Spain" in page
    assert "Shipping" not in page  # the heading is shown by the screen, not repeated


def test_the_recheck_has_only_questions_on_the_changed_sections(store, root, people):
    course = load_course(root)
    finish(store, course, people["reader"])
    before, after = edit(root, "10,000 yuan", "20,000 yuan")
    Session(store, after, people["author"]).publish_lesson(
        "rules", "material", previous=before.lessons["rules"]
    )
    reader = Session(store, after, people["reader"])
    attempt = reader.start_recheck("rules", seed=3)
    assert attempt is not None and attempt.attempt.kind == "recheck"
    tested = {shown.question.tests_anchor for shown in attempt.presented}
    assert tested == {"deposits"} and len(attempt.presented) == 2
    assert {split_key(q.id)[0] for q in attempt.quiz.questions} == {"rules-quiz"}
    # a failed re-check keeps the refresh; a passed one restores "complete"
    assert not reader.submit(attempt).passed
    assert status(store, after, people["reader"]) is LessonStatus.NEEDS_REFRESH
    attempt = reader.start_recheck("rules", seed=4)
    for index, shown in enumerate(attempt.presented):
        right = shown.question.correct_indices
        attempt.answer(index, {p for p, o in enumerate(shown.option_order) if o in right})
    assert reader.submit(attempt).passed
    assert status(store, after, people["reader"]) is LessonStatus.QUIZ_PASSED
    assert reader.lesson_changes() == []
    # re-checks are not quiz passes and stay out of the quiz's item analysis
    assert store.attempts(people["reader"].id)[0].kind == "recheck"
    review = reader.review(store.attempts(people["reader"].id)[0].id)
    assert review is not None and len(review.items) == 2


def test_a_change_no_question_tests_is_confirmed_by_reading(store, root, people):
    course = load_course(root)
    finish(store, course, people["reader"])
    before, after = edit(root, "## Disputes\n", "## Disputes\n\nA new rule about disputes.\n")
    quiz = root / "quizzes" / "rules-quiz.md"
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace(
            "Tests: [Disputes](../lessons/rules.md#disputes)\n", ""
        ),
        encoding="utf-8",
    )
    after = load_course(root)
    Session(store, after, people["author"]).publish_lesson(
        "rules", "material", previous=before.lessons["rules"]
    )
    reader = Session(store, after, people["reader"])
    assert reader.lesson_changes()[0].question_keys == ()
    assert reader.start_recheck("rules") is None
    reader.complete_lesson("rules")
    assert status(store, after, people["reader"]) is LessonStatus.QUIZ_PASSED


def test_learners_cannot_publish_nor_read_others_changes(store, root, people):
    course = load_course(root)
    learner = Session(store, course, people["reader"])
    with pytest.raises(AccessDenied):
        learner.publish_lesson("rules", "material")
    with pytest.raises(AccessDenied):
        learner.lesson_changes(people["other"].id)


def test_publishing_without_a_previous_file_compares_with_what_learners_read(store, root, people):
    course = load_course(root)
    finish(store, course, people["reader"])
    _, after = edit(root, "10,000 yuan", "20,000 yuan")
    pending = Session(store, after, people["author"]).pending_changes()
    # never published: compared with the version the learner completed
    assert [(p.lesson.id, p.changed, p.published_before) for p in pending] == [
        ("rules", ("deposits",), False)
    ]
    publication = Session(store, after, people["author"]).publish_lesson("rules", "material")
    assert publication.changed_sections == ("deposits",)
    assert publication.previous_version == course.lessons["rules"].version
    _, later = edit(root, "Ship every order", "Ship each order")
    pending = Session(store, later, people["author"]).pending_changes()
    assert [(p.lesson.id, p.changed, p.published_before) for p in pending] == [
        ("rules", ("shipping",), True)
    ]
