"""A learner reads the course in the UI's language where it is translated; the records are the
same whatever the language, and authors always edit the files as they are (issue 20)."""

from __future__ import annotations

from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from tests.conftest import REPO


def test_a_chinese_learner_reads_the_translation_and_an_author_the_original(store):
    course = load_course(REPO, deep=False)
    learner = store.add_employee("王芳", "learner", "pass-1234")
    author = store.add_employee("Ada Author", "author", "pass-1234")
    accounts = Accounts(store)
    zh = accounts.open_session(learner, course, "zh-CN")
    en = accounts.open_session(learner, course)
    lesson_zh, lesson_en = zh.course.lessons["fees-deposits"], en.course.lessons["fees-deposits"]
    assert lesson_zh.path.name == "fees-deposits.zh-CN.md"
    assert lesson_en.path.name == "fees-deposits.md"
    assert lesson_zh.version == lesson_en.version  # one lesson version in the records
    assert any("\u4e00" <= ch <= "\u9fff" for ch in lesson_zh.title)
    assert zh.course.quizzes["fees-deposits-quiz"].version == (
        en.course.quizzes["fees-deposits-quiz"].version
    )
    writer = accounts.open_session(author, course, "zh-CN")
    assert writer.source_course.lessons["fees-deposits"].path.name == "fees-deposits.md"
    attempt = zh.start_quiz("fees-deposits-quiz")  # the published version, in Chinese
    assert any("\u4e00" <= ch <= "\u9fff" for ch in attempt.presented[0].question.text)
