"""Authoring helpers: ids, order, templates, review dates, images, in-editor checks, impact."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from sellertrain.core.content import authoring
from sellertrain.core.content.lessons import lesson_from_text, load_lesson
from sellertrain.core.content.loader import ParseCache, load_course
from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.models import content_version
from tests.conftest import REPO

TODAY = dt.date(2026, 11, 26)
QUESTION = (
    "## What is the rule?\n\nTests: [First section](../lessons/a.md#first-section)\n\n"
    "- [x] Right\n- [ ] Wrong\n\n> Because.\n"
)


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A private copy of the shipped course."""
    root = tmp_path / "shipped"
    for name in ("lessons", "quizzes", "assets"):
        shutil.copytree(REPO / name, root / name)
    return root


# -- ids and order -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Brand logos & IP", "brand-logos-ip"),
        ("  Shipping: the 48-hour rule!  ", "shipping-the-48-hour-rule"),
        ("Ürün güvenliği", "urun-guvenligi"),
        ("退货规则", "lesson"),
    ],
)
def test_slug_makes_a_valid_id(title, expected):
    assert authoring.slug(title) == expected


def test_unique_id_adds_a_number_suffix():
    assert authoring.unique_id("Fees", set()) == "fees"
    assert authoring.unique_id("Fees", {"fees"}) == "fees-2"
    assert authoring.unique_id("Fees", {"fees", "fees-2"}) == "fees-3"


def test_taken_ids_include_files_that_do_not_load(make_content, lesson_md):
    root = make_content(
        lessons={"a": lesson_md("a"), "broken": "---\nid: hidden-id\ntitle: [\n---\n"},
    )
    course = load_course(root)
    assert "hidden-id" not in course.lessons
    assert {"a", "broken", "hidden-id"} <= authoring.taken_ids(root, course)


def test_next_order_follows_the_module_or_starts_a_new_one(shipped):
    course = load_course(shipped, deep=False)
    listing = [x.order for x in course.lessons.values() if x.module == "Listings and products"]
    assert authoring.next_order(course, "Listings and products") == max(listing) + 10
    highest = max(x.order for x in course.lessons.values())
    new_module = authoring.next_order(course, "A brand new module")
    assert new_module > highest
    assert new_module % 100 == 10


# -- templates ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    ["Shipping to Brazil", 'Fees: deposits and "frozen" funds', "yes", "2026", "No. 1 #tip"],
)
def test_new_lesson_passes_the_checks(shipped, title):
    course = load_course(shipped, deep=False)
    made = authoring.new_lesson(shipped, course, title, "Orders, shipping and service")
    assert made.path == shipped / "lessons" / f"{made.id}.md"
    assert not made.path.exists()  # nothing is written until the author saves
    made.path.write_text(made.text, encoding="utf-8")
    checked = load_course(shipped, deep=True)
    assert [str(e) for e in checked.errors] == []
    assert made.id not in checked.lessons  # a draft: learners do not see it
    lesson = checked.drafts.lessons[made.id]
    assert lesson.title == " ".join(title.split())
    # not checked against the platform's rule pages yet: no date, and no sources until filled
    assert lesson.reviewed is None and lesson.sources == ()
    assert "\nreviewed:\n" in made.text and "\nsources: []\n" in made.text
    assert lesson.order == authoring.next_order(course, "Orders, shipping and service")
    assert [s.anchor for s in lesson.sections] == ["the-rule", "what-to-do"]


def test_new_lesson_gets_a_unique_id(shipped):
    course = load_course(shipped, deep=False)
    existing = next(iter(course.lessons.values()))
    made = authoring.new_lesson(shipped, course, existing.id, existing.module)
    assert made.id == f"{existing.id}-2"


def test_new_quiz_for_a_lesson_passes_the_checks(make_content, lesson_md):
    root = make_content(lessons={"a": lesson_md("a")})
    course = load_course(root)
    made = authoring.new_quiz(root, course, "Lesson a: quiz", course.lessons["a"])
    assert made.id == "a-quiz"
    assert "Tests: [First section](../lessons/a.md#first-section)" in made.text
    made.path.parent.mkdir(exist_ok=True)
    made.path.write_text(made.text, encoding="utf-8")
    checked = load_course(root)
    assert [str(e) for e in checked.errors] == []
    assert "a-quiz" not in checked.quizzes  # a draft: learners do not see it
    quiz = checked.drafts.quizzes["a-quiz"]
    assert quiz.lesson_id == "a"
    assert [q.kind.value for q in quiz.questions] == ["single", "true_false"]


def test_new_course_wide_quiz_passes_the_checks(shipped):
    course = load_course(shipped, deep=False)
    made = authoring.new_quiz(shipped, course, "Final assessment")
    assert made.id == "final-assessment-2"  # the shipped course has one already
    made.path.write_text(made.text, encoding="utf-8")
    checked = load_course(shipped)
    assert [str(e) for e in checked.errors] == []
    assert checked.drafts.quizzes[made.id].lesson_id is None


def test_link_quiz_adds_or_replaces_the_quiz_key(lesson_md):
    text = lesson_md("a")
    linked = authoring.link_quiz(text, "a-quiz")
    lines = linked.split("\n")
    assert lines[lines.index("reviewed: 2026-11-20") + 1] == "quiz: a-quiz"
    assert authoring.link_quiz(linked, "other").count("quiz:") == 1
    assert "quiz: other" in authoring.link_quiz(linked, "other")
    assert authoring.link_quiz("no front matter", "x") == "no front matter"


def test_yaml_value_round_trips():
    import yaml

    for text in ["Plain title", "Fees: deposits", 'Say "no"', "true", "123", "- dash", "a #b"]:
        assert yaml.safe_load(f"key: {authoring.yaml_value(text)}") == {"key": text}


# -- review dates ------------------------------------------------------------------------
def test_needs_review_after_the_configured_age(make_content, lesson_md):
    root = make_content(lessons={"a": lesson_md("a", reviewed="2026-01-01")})
    lesson = load_course(root).lessons["a"]
    assert authoring.days_since_review(lesson, dt.date(2026, 6, 30)) == 180
    assert not authoring.needs_review(lesson, dt.date(2026, 6, 30))
    assert authoring.needs_review(lesson, dt.date(2026, 7, 1))
    assert not authoring.needs_review(lesson, dt.date(2026, 7, 1), max_age_days=365)
    assert authoring.needs_review(lesson, dt.date(2026, 1, 31), max_age_days=29)


# -- images ------------------------------------------------------------------------------
def test_add_image_copies_with_a_safe_unique_name(make_content, lesson_md, tmp_path):
    root = make_content(lessons={"a": lesson_md("a")})
    source = tmp_path / "Refund Flow (v2).PNG"
    source.write_bytes(b"\x89PNG first")
    reference = authoring.add_image(source, root)
    assert reference == "![Refund Flow (v2)](../assets/refund-flow-v2.png)"
    assert (root / "assets" / "refund-flow-v2.png").read_bytes() == b"\x89PNG first"
    assert authoring.add_image(source, root, alt="Again") == (
        "![Again](../assets/refund-flow-v2.png)"
    )
    other = tmp_path / "other" / "refund_flow_v2.png"
    other.parent.mkdir()
    other.write_bytes(b"\x89PNG second")
    assert authoring.add_image(other, root).endswith("(../assets/refund-flow-v2-2.png)")
    assert sorted(p.name for p in (root / "assets").iterdir()) == [
        "refund-flow-v2-2.png",
        "refund-flow-v2.png",
    ]


def test_inserted_image_reference_passes_the_checks(make_content, lesson_md, tmp_path):
    root = make_content(lessons={"a": lesson_md("a")})
    source = tmp_path / "diagram.svg"
    source.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    reference = authoring.add_image(source, root)
    path = root / "lessons" / "a.md"
    path.write_text(lesson_md("a", body=f"## Part\n\n{reference}\n"), encoding="utf-8")
    assert load_course(root).errors == []


def test_add_image_refuses_other_files(make_content, tmp_path):
    root = make_content()
    source = tmp_path / "notes.pdf"
    source.write_bytes(b"%PDF")
    with pytest.raises(ValueError, match="not an image"):
        authoring.add_image(source, root)
    assert list((root / "assets").iterdir()) == []


# -- checking the text in an editor ------------------------------------------------------
def test_text_helpers_match_the_file_loaders(shipped):
    # originals only: a ``<id>.zh-CN.md`` variant is read by the variant loader, not these
    path = next(p for p in sorted((shipped / "lessons").glob("*.md")) if p.suffixes == [".md"])
    text = path.read_text(encoding="utf-8")
    assert lesson_from_text(path, text, shipped / "assets") == load_lesson(path, shipped / "assets")
    quiz_path = next(p for p in sorted((shipped / "quizzes").glob("*.md")) if p.suffixes == [".md"])
    quiz, errors = quiz_from_text(quiz_path, quiz_path.read_text(encoding="utf-8"))
    assert quiz is not None and errors == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("order: 120", "order: soon"),  # a front matter value
        ("minutes: 14", "minutes: 14\nminuts: 3"),  # an unknown key
        ("## General and serious", "# General and serious"),  # a body check
        ("quiz: ip-brand-logos-quiz", "quiz: no-such-quiz"),  # a cross-file check
    ],
)
def test_check_source_reports_what_check_reports(shipped, old, new):
    path = shipped / "lessons" / "ip-brand-logos.md"
    original = path.read_text(encoding="utf-8")
    text = original.replace(old, new, 1)
    assert text != original
    in_editor = authoring.check_source(shipped, path, text)
    assert path.read_text(encoding="utf-8") == original  # the disk is untouched
    path.write_text(text, encoding="utf-8")
    on_disk = load_course(shipped, deep=True).errors
    assert in_editor
    assert sorted(map(str, in_editor)) == sorted(map(str, on_disk))


def test_check_source_sees_other_files_broken_by_the_edit(shipped):
    path = shipped / "lessons" / "ip-brand-logos.md"
    text = path.read_text(encoding="utf-8")
    heading = "## General and serious infringements"
    assert heading in text
    problems = authoring.check_source(shipped, path, text.replace(heading, "## Renamed", 1))
    assert problems
    originals = [p for p in problems if ".zh-CN." not in p.path.name]
    # the lesson quiz and the final both test that section; the lesson's translation is out of
    # step (the quizzes' translations wait for their originals to load)
    assert {p.path.name for p in originals} == {"ip-brand-logos-quiz.md", "final-assessment.md"}
    assert all("which lesson 'ip-brand-logos' does not have" in p.message for p in originals)
    assert [p.path.name for p in problems if p not in originals] == ["ip-brand-logos.zh-CN.md"]


def test_check_source_lists_the_edited_file_first(shipped):
    path = shipped / "quizzes" / "final-assessment.md"
    other = shipped / "lessons" / "fees-deposits.md"
    other.write_text(other.read_text(encoding="utf-8").replace("order:", "order: x #"), "utf-8")
    text = path.read_text(encoding="utf-8").replace("pass_mark:", "pass_mark: 0 #", 1)
    problems = authoring.check_source(shipped, path, text)
    assert problems[0].path.name == "final-assessment.md"
    # (their translations are not reported as orphans: the originals' own errors say it all)
    assert {p.path.name for p in problems} == {"final-assessment.md", "fees-deposits.md"}


def test_check_source_checks_a_file_not_saved_yet(shipped):
    course = load_course(shipped, deep=False)
    made = authoring.new_lesson(shipped, course, "Brand new", "Risk management")
    assert authoring.check_source(shipped, made.path, made.text) == []
    broken = made.text.replace("minutes: 5", "minutes: 500")
    (problem,) = authoring.check_source(shipped, made.path, broken)
    assert problem.path.name == made.path.name
    assert problem.line == 6
    duplicate = made.text.replace(f"id: {made.id}", "id: ip-brand-logos")
    assert any(
        "duplicate lesson id" in p.message
        for p in authoring.check_source(shipped, made.path, duplicate)
    )


def test_parse_cache_gives_the_same_answers_and_notices_new_assets(make_content, lesson_md):
    body = "## Part\n\n![A flow](../assets/flow.svg)\n"
    root = make_content(lessons={"a": lesson_md("a", body=body), "b": lesson_md("b")})
    cache = ParseCache()
    path = root / "lessons" / "a.md"
    text = path.read_text(encoding="utf-8")
    first = authoring.check_source(root, path, text, cache)
    assert [p.message for p in first] == [
        "image '../assets/flow.svg' not found: no file flow.svg in assets/"
    ]
    assert authoring.check_source(root, path, text, cache) == first
    (root / "assets" / "flow.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert authoring.check_source(root, path, text, cache) == []
    edited = text.replace("minutes: 5", "minutes: 0")
    assert [p.line for p in authoring.check_source(root, path, edited, cache)] == [6]


# -- saving and change awareness ---------------------------------------------------------
def test_save_source_writes_utf8_lf_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "lessons" / "a.md"
    authoring.save_source(path, "---\ntitle: Überblick\n---\n")
    assert path.read_bytes() == "---\ntitle: Überblick\n---\n".encode()
    authoring.save_source(path, "second\n")
    assert path.read_text(encoding="utf-8") == "second\n"
    assert [p.name for p in path.parent.iterdir()] == ["a.md"]


def test_affected_completions_counts_other_versions(store):
    old, current, new_text = "0ld0ld0ld0ld", content_version("current text"), "new text"
    people = [store.add_employee(f"Person {n}", "learner", "pass-word-1") for n in range(4)]
    store.record_lesson_completed(people[0].id, "a", old)
    store.record_lesson_completed(people[1].id, "a", current)
    store.record_lesson_completed(people[2].id, "a", current)
    store.record_lesson_completed(people[3].id, "b", current)
    assert authoring.affected_completions(store, "a", new_text) == 3
    assert authoring.affected_completions(store, "a", "current text") == 1
    assert authoring.affected_completions(store, "c", new_text) == 0
