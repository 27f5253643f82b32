"""Language variants (``<id>.zh-CN.md``): loading, explicit anchors, the localized course,
and records that stay keyed by the shared ids whatever language a learner reads in."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.content.render import render_lesson, render_markdown, split_anchor
from sellertrain.core.content.variants import localize, reading_minutes
from sellertrain.core.models import Course
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.core.training import engine
from tests.conftest import FIXTURES

TODAY = dt.date(2026, 11, 26)
ZH = "zh-CN"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "zh_variants", root)
    return root


@pytest.fixture
def course(content: Path) -> Course:
    loaded = load_course(content)
    assert [str(e) for e in loaded.errors] == []
    return loaded


def test_a_variant_is_not_a_second_lesson_or_a_duplicate_id(course):
    assert list(course.lessons) == ["deposits"] and list(course.quizzes) == ["deposits-quiz"]
    assert course.lessons["deposits"].title == "The store deposit"
    variants = course.variants[ZH]
    assert variants.lessons["deposits"].title == "店铺保证金"
    assert variants.quizzes["deposits-quiz"].title == "店铺保证金：测验"


def test_explicit_anchors_are_parsed_and_never_shown():
    assert split_anchor("店铺保证金 {#the-store-deposit}") == ("店铺保证金", "the-store-deposit")
    assert split_anchor("Plain heading") == ("Plain heading", None)
    assert split_anchor("Not {#an anchor}") == ("Not {#an anchor}", None)
    html = render_markdown("## 店铺 **保证金** {#the-store-deposit}\n", Path("."), Path("."))
    assert '<h2 id="the-store-deposit">店铺 <strong>保证金</strong></h2>' in html
    assert "{#" not in html


def test_the_localized_course_keeps_every_id_and_anchor(course):
    zh = localize(course, ZH)
    english, chinese = course.lessons["deposits"], zh.lessons["deposits"]
    assert chinese.title == "店铺保证金" and chinese.lang == ZH
    assert [s.anchor for s in chinese.sections] == [s.anchor for s in english.sections]
    assert [s.title for s in chinese.sections] == ["店铺保证金", "检查清单"]
    # inherited from the original: everything but the texts
    for name in ("id", "module", "order", "roles", "quiz_id", "reviewed", "version"):
        assert getattr(chinese, name) == getattr(english, name), name
    html = render_lesson(chinese, course.root / "assets")
    assert 'id="the-store-deposit"' in html and 'id="topping-it-up-1"' in html
    assert "{#" not in html and "<h1>店铺保证金</h1>" in html
    quiz, original = zh.quizzes["deposits-quiz"], course.quizzes["deposits-quiz"]
    assert [q.id for q in quiz.questions] == [q.id for q in original.questions]
    assert quiz.questions[0].text == "平台从保证金中扣款后，你应该怎么做？"
    assert [o.text for o in quiz.questions[0].options] == ["等下一次预算", "立即补足", "关闭店铺"]
    assert (quiz.pass_mark, quiz.version, quiz.lesson_id) == (50, original.version, "deposits")
    assert [(q.tests_lesson, q.tests_anchor) for q in quiz.questions] == [
        (q.tests_lesson, q.tests_anchor) for q in original.questions
    ]
    assert localize(course, "fr") is course  # no variants in that language: the original
    assert course.lessons["deposits"].title == "The store deposit"  # the original untouched


def test_a_stale_translation_falls_back_to_the_original(course):
    zh = localize(course, ZH, stale=frozenset({"deposits"}))
    assert zh.lessons["deposits"].title == "The store deposit"
    assert zh.quizzes["deposits-quiz"].title == "The store deposit: quiz"


def test_section_texts_of_the_variant_are_what_the_learner_read(course):
    texts = localize(course, ZH).lessons["deposits"].section_texts()
    assert [t.anchor for t in texts] == ["the-store-deposit", "checklist"]
    assert texts[0].text.startswith("## 店铺保证金 {#the-store-deposit}")


def test_chinese_reading_time_counts_characters():
    assert reading_minutes("字" * 350) == 1
    assert reading_minutes("字" * 3500) == 10
    assert reading_minutes("字" * 1750 + " word" * 500) == 10  # 5 + 5
    assert reading_minutes("[链接](../lessons/a-very-long-name-for-a-lesson.md#x)") == 1


def test_the_disk_cache_keeps_variants(content, tmp_path):
    from sellertrain.core.content.cache import DiskParseCache

    cache_file = tmp_path / "cache.json"
    first = DiskParseCache(cache_file)
    load_course(content, deep=False, cache=first)
    first.save()
    again = load_course(content, deep=False, cache=DiskParseCache(cache_file))
    chinese = localize(again, ZH).lessons["deposits"]
    assert chinese.title == "店铺保证金" and "立即补足" in chinese.read_body()
    assert chinese.version == again.lessons["deposits"].version


def test_engine_presents_and_scores_the_localized_quiz_by_index(course):
    quiz = localize(course, ZH).quizzes["deposits-quiz"]
    presented = engine.present(quiz, seed=3)
    assert presented[0].options == ["等下一次预算", "立即补足", "关闭店铺"]
    ids = [q.id for q in quiz.questions]
    answers = {ids[0]: frozenset({1}), ids[1]: frozenset({1}), ids[2]: "1"}
    score = engine.score_attempt(quiz, presented, answers)
    assert score.percent == 100 and score.passed


def test_english_and_chinese_learners_share_one_report_and_analysis(course, tmp_path):
    store = Store.create(tmp_path / "r.db")
    boss = store.add_employee("Boss", "manager", "pass-boss", "management")
    wang = store.add_employee("王芳", "learner", "pass-1234")
    anna = store.add_employee("Anna", "learner", "pass-1234")
    zh = localize(course, ZH)
    for person, seen, picks in ((wang, zh, [{0}, {1}]), (anna, course, [{0}, {1}])):
        session = Session(store, seen, person, today=lambda: TODAY)
        session.open_lesson("deposits")
        session.complete_lesson("deposits")
        attempt = session.start_quiz("deposits-quiz", seed=1)
        for index, chosen in enumerate(picks):
            attempt.answer(index, frozenset(chosen))
        attempt.answer_text(2, "1")
        attempt.submit()
    manager = Session(store, course, boss, today=lambda: TODAY)
    rows = {row.employee.name: row for row in manager.team_progress()}
    assert rows["王芳"].required_done == rows["Anna"].required_done == 1
    assert rows["王芳"].stale == rows["Anna"].stale == ()
    first, second, _third = manager.question_analysis("deposits-quiz").questions
    # both chose "Wait for the next budget" / "等下一次预算": one answer, counted twice
    assert (first.answers, first.correct) == (2, 0)
    assert (first.most_chosen_wrong, first.most_chosen_wrong_count) == (
        "Wait for the next budget",
        2,
    )
    assert (second.answers, second.correct) == (2, 2)
    # the same analysis seen in Chinese names the same option in Chinese
    in_chinese = Session(store, zh, boss, today=lambda: TODAY).question_analysis("deposits-quiz")
    assert in_chinese.questions[0].most_chosen_wrong == "等下一次预算"
    assert in_chinese.questions[0].answers == 2
    store.close()


def test_shipped_chinese_lessons_show_their_sources_once_with_chinese_labels():
    from tests.conftest import REPO

    shipped = load_course(REPO)
    variants = shipped.variants[ZH].lessons
    assert variants, "the shipped course has zh-CN lessons"
    for lesson_id, lesson in variants.items():
        html = render_lesson(lesson, REPO / "assets")
        assert "Sources</b>" not in html and "date read not recorded" not in html, lesson_id
        for source in lesson.sources:  # listed after the lesson only, not again in the body
            assert html.count(f'href="{source.link}"') == 1, (lesson_id, source.link)
        if lesson.sources:
            assert html.count("<b>资料来源</b>") == 1, lesson_id
            assert html.index('id="sources-and-last-checked"') < html.index("<b>资料来源</b>")
