"""The shipped course: coverage of the checklist, and the shape every lesson and quiz must have."""

from __future__ import annotations

import re

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import QuestionKind
from tests.conftest import REPO

# Coverage checklist (shared/brief/coverage-checklist.md) item -> (lesson id, section heading).
COVERAGE = {
    1: ("listing-accuracy", "Why accurate listings matter"),
    2: ("shipping-deadlines", "Why logistics quality matters"),
    3: ("disputes-after-sales", "Why customer service is measured"),
    4: ("listing-accuracy", "Penalties from a warning to a freeze"),
    5: ("enforcement-basics", "Why the platform enforces its rules"),
    6: ("disputes-after-sales", "Case: a store shut after many complaints"),
    7: ("ip-brand-logos", "A typical case of unauthorised logos"),
    8: ("enforcement-basics", "Keep up with the latest policies"),
    9: ("enforcement-basics", "What a penalty costs the store"),
    10: ("handling-penalties", "Stay calm first"),
    11: ("handling-penalties", "Find the exact reason"),
    12: ("handling-penalties", "Decide whether to appeal"),
    13: ("handling-penalties", "Ask platform customer service"),
    14: ("enforcement-basics", "Minor and serious violations"),
    15: ("enforcement-basics", "Minor and serious violations"),
    16: ("order-cancellations", "Why cancellations can freeze a store"),
    17: ("shipping-deadlines", "Why logistics quality matters"),
    18: ("fees-deposits", "Unpaid fees can freeze the store"),
    19: ("prevention-system", "Take part in platform training"),
    20: ("prevention-system", "Strengthen internal management"),
    21: ("prevention-system", "Train every employee and agency"),
    22: ("prevention-system", "Set up customer feedback channels"),
    23: ("prevention-system", "Manage the supply chain"),
}
# What a compliance manager asked for beyond the source article (issue 18) -> lesson id.
COMPLIANCE_TOPICS = {
    "the first 24 hours of a freeze or penalty": "first-24-hours",
    "the appeal: letter, good and bad example, evidence retention": "appeal-letter",
    "daily and weekly risk checklists per role": "risk-checklists",
    "what drives penalties in 2025-26": "penalty-drivers-2025",
    "a final case study from notice to appeal": "case-study-notice-to-appeal",
}
# Reference lessons: required of nobody, no quiz, not tested by the final.
REFERENCE = ("glossary",)
TAUGHT = sorted(
    p.stem for p in (REPO / "lessons").glob("*.md") if "." not in p.stem and p.stem not in REFERENCE
)
DIAGRAMS = (
    "penalty-ladder",
    "dispute-timeline",
    "shipping-timeline",
    "appeal-checklist",
    "ip-strike-counting",
    "freeze-response",
)


@pytest.fixture(scope="module")
def course():
    return load_course(REPO, deep=True)


def test_shipped_course_has_no_content_errors(course):
    assert [str(e) for e in course.errors] == []


def test_every_checklist_item_is_covered_by_a_lesson_section(course):
    assert sorted(COVERAGE) == list(range(1, 24))
    for item, (lesson_id, heading) in COVERAGE.items():
        lesson = course.lessons.get(lesson_id)
        assert lesson is not None, f"checklist item {item}: lesson {lesson_id} is gone"
        titles = [s.title for s in lesson.sections]
        assert heading in titles, (
            f"checklist item {item}: '{heading}' is not a section of {lesson_id}"
        )


def test_course_size_and_modules(course):
    assert len(course.lessons) >= 12
    assert 3 <= len(course.modules) <= 5


@pytest.mark.parametrize("lesson_id", TAUGHT)
def test_each_lesson_has_the_required_parts(course, lesson_id):
    lesson = course.lessons[lesson_id]
    words = len(re.findall(r"[A-Za-z0-9][\w'’-]*", lesson.body))
    assert 600 <= words <= 1600, f"{lesson_id}: {words} words"
    assert "After this lesson you can" in lesson.body.split("\n## ")[0]
    assert "::: rule" in lesson.body
    titles = [s.title.lower() for s in lesson.sections]
    assert any(t.startswith("checklist") for t in titles)
    assert titles[-1] == "sources and last checked"
    assert any("scenario" in t or "case" in t for t in titles) or "::: example" in lesson.body
    assert lesson.tags and lesson.roles
    quiz = course.quizzes[lesson.quiz_id]
    kinds = [q.kind for q in quiz.questions]
    assert len(kinds) >= 12 and quiz.draw == 8, "a lesson quiz is a pool of 12 or more drawing 8"
    assert {QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE} <= set(kinds)
    assert all(q.explanation for q in quiz.questions)
    assert all(q.tests_lesson == lesson_id for q in quiz.questions)


def test_final_assessment_draws_20_of_at_least_40(course):
    final = course.quizzes["final-assessment"]
    assert final.lesson_id is None
    assert final.draw == 20 and len(final.questions) >= 40 and final.pass_mark == 80
    assert all(q.explanation for q in final.questions)


def test_every_final_question_names_the_lesson_section_it_tests(course):
    final = course.quizzes["final-assessment"]
    assert all(q.tests_lesson and q.tests_anchor for q in final.questions)
    tested = {q.tests_lesson for q in final.questions}
    assert tested == set(course.lessons) - set(REFERENCE), "the final tests every lesson"
    for lesson_id in set(course.lessons) - set(REFERENCE):
        assert sum(q.tests_lesson == lesson_id for q in final.questions) >= 3, lesson_id


def test_the_shipped_course_passes_the_item_writing_checks(course):
    from sellertrain.core.content.item_checks import check_items

    assert [str(e) for e in check_items(course)] == []


def test_diagrams_exist_and_are_used(course):
    bodies = "\n".join(lesson.body for lesson in course.lessons.values())
    for name in DIAGRAMS:
        assert (REPO / "assets" / f"{name}.svg").is_file()
        assert f"../assets/{name}.svg" in bodies


def test_diagrams_render_with_qt(qtbot):
    from PySide6.QtSvg import QSvgRenderer

    for name in DIAGRAMS:
        renderer = QSvgRenderer(str(REPO / "assets" / f"{name}.svg"))
        assert renderer.isValid(), name
        assert renderer.defaultSize().width() >= 600


@pytest.mark.parametrize("topic", sorted(COMPLIANCE_TOPICS))
def test_each_compliance_topic_has_a_lesson_a_pool_and_final_questions(course, topic):
    lesson_id = COMPLIANCE_TOPICS[topic]
    lesson = course.lessons.get(lesson_id)
    assert lesson is not None, f"{topic}: lesson {lesson_id} is missing"
    quiz = course.quizzes[lesson.quiz_id]
    assert len(quiz.questions) >= 12 and quiz.draw == 8
    final = course.quizzes["final-assessment"]
    assert sum(q.tests_lesson == lesson_id for q in final.questions) >= 3


def test_the_risk_checklists_have_a_page_for_every_role(course):
    titles = {s.title for s in course.lessons["risk-checklists"].sections}
    assert {"Listings", "Customer service", "Logistics", "Finance", "Manager"} <= titles


def test_handling_penalties_is_required_for_the_staff_who_see_notices_first(course):
    lesson = course.lessons["handling-penalties"]
    assert all(lesson.required_for(d) for d in ("listings", "logistics", "customer-service"))


def test_reading_times_assume_100_words_a_minute(course):
    for lesson in course.lessons.values():
        words = len(re.findall(r"[A-Za-z0-9][\w'’-]*", lesson.body))
        assert lesson.minutes >= words // 100, f"{lesson.id}: {words} words in {lesson.minutes} min"


def test_the_glossary_is_a_reference_linked_where_each_term_first_appears(course):
    glossary = course.lessons["glossary"]
    assert glossary.roles == () and glossary.quiz_id is None  # required of nobody
    assert not any(glossary.required_for(d) for d in ("finance", "logistics", None))
    assert all(q.tests_lesson != "glossary" for q in course.quizzes["final-assessment"].questions)
    zh = course.variants["zh-CN"].lessons["glossary"]
    assert [s.anchor for s in zh.sections] == [s.anchor for s in glossary.sections]
    rows = re.findall(r"^\| ([^|]+) \| ([^|]+) \| [^|]+ \|$", glossary.read_body(), re.MULTILINE)
    labels = [label.strip() for _english, label in rows if label.strip() not in ("Back office",)]
    assert "成交不卖" in labels and "虚假发货" in labels and "货不对版" in labels
    assert len(labels) >= 30
    taught = [x for x in course.ordered_lessons if x.id not in REFERENCE]
    linked = {
        anchor
        for lesson in taught
        for anchor in re.findall(r"\]\(glossary\.md#([\w-]+)\)", lesson.read_body())
    }
    assert linked == {s.anchor for s in glossary.sections} - {"sources-and-last-checked"}
    # each term is linked once, where it first appears: no lesson links the same word twice
    for lesson in taught:
        words = re.findall(r"\[([^\]]+)\]\(glossary\.md#", lesson.read_body())
        assert len(words) == len({w.lower() for w in words}), lesson.id
