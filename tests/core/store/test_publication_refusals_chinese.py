"""A publication the Store refuses says why in the reader's language, naming what it refuses."""

from __future__ import annotations

import pytest

from sellertrain.core.message import localize_error
from sellertrain.core.models import SectionText, section_digest
from sellertrain.core.store import Store

ZH = "zh-CN"


def test_a_section_text_under_another_hash_names_the_lesson_and_section(store: Store):
    wrong = SectionText("deposit-back", "Deposit", "new words", section_digest("old words"))
    with pytest.raises(ValueError) as refused:
        store.record_publication(
            "fees", "v2", "v1", "material", ["deposit-back"], [wrong], [], None
        )
    assert localize_error(refused.value, ZH) == (
        "课程“fees”中小节“deposit-back”的文字与其哈希值不符；没有保存任何内容"
    )
    assert store.publications("fees") == []


def test_kind_and_pass_mark_refusals_are_chinese(store: Store):
    with pytest.raises(ValueError) as kind:
        store.record_publication("fees", "v2", "v1", "cosmetic", [], [], [], None)
    assert localize_error(kind.value, ZH) == "未知的变更类型“cosmetic”"
    with pytest.raises(ValueError) as quiz_kind:
        store.record_quiz_publication("q", "v2", "cosmetic", 80, None, {}, None)
    assert localize_error(quiz_kind.value, ZH) == "未知的变更类型“cosmetic”"
    with pytest.raises(ValueError) as mark:
        store.record_quiz_publication("q", "v2", "material", 120, None, {}, None)
    assert localize_error(mark.value, ZH) == "及格分 120 不在 0 到 100 之间"
    assert str(mark.value) == "the pass mark 120 is not between 0 and 100"
