"""A re-check's and a review's title are said in the reader's language."""

from __future__ import annotations

from sellertrain.core.content.loader import load_course
from sellertrain.core.message import localize
from sellertrain.core.models import AttemptKind
from sellertrain.core.training.question_sets import RECHECK_PREFIX, set_title
from tests.conftest import REPO


def test_set_titles_are_chinese_and_keep_their_english():
    course = load_course(REPO, deep=False)
    lesson = next(iter(course.lessons.values()))
    review = set_title(course, AttemptKind.REVIEW, "review-1")
    assert review == "Review of questions you missed"
    assert localize(review, "zh-CN") == "答错题目的回顾"
    recheck = set_title(course, AttemptKind.RECHECK, f"{RECHECK_PREFIX}{lesson.id}")
    assert recheck == f"Re-check: {lesson.title}"
    assert localize(recheck, "zh-CN") == f"复查：{lesson.title}"
