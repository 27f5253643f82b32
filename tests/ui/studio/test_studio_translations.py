"""The author studio lists translations under their original and flags out-of-date ones."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.ui import translations
from sellertrain.ui.studio.author_studio import AuthorScreen
from tests.conftest import FIXTURES

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def zh_content(tmp_path: Path) -> Path:
    root = tmp_path / "zh-content"
    shutil.copytree(FIXTURES / "zh_variants", root)
    return root


def test_a_translation_is_listed_under_its_original_and_flagged(qtbot, store: Store, zh_content):
    author = store.add_employee("Li Na", "author", "author-pass", "management")
    course = load_course(zh_content, deep=False)
    lesson = course.lessons["deposits"]
    screen = AuthorScreen()
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show_for(Session(store, course, author, today=lambda: TODAY))
    variant = screen.tree_item((zh_content / "lessons/deposits.zh-CN.md").resolve())
    assert variant is not None and variant.parent() is screen.tree_item(lesson.path.resolve())
    assert variant.text(0) == "Translation: zh-CN" and variant.toolTip(0) == "店铺保证金"
    assert variant.text(1) == ""
    quiz = screen.tree_item((zh_content / "quizzes/deposits-quiz.zh-CN.md").resolve())
    assert quiz is not None and quiz.text(0) == "Translation: zh-CN"
    errors_group = [
        screen.tree.topLevelItem(i).text(0) for i in range(screen.tree.topLevelItemCount())
    ]
    assert not any("errors" in title for title in errors_group)  # a variant is not broken

    store.record_publication(
        "deposits",
        lesson.version,
        None,
        "material",
        ["checklist"],
        lesson.section_texts(),
        (),
        None,
    )
    screen.show_for(
        Session(store, load_course(zh_content, deep=False), author, today=lambda: TODAY)
    )
    variant = screen.tree_item((zh_content / "lessons/deposits.zh-CN.md").resolve())
    assert variant is not None and variant.text(1) == "⚑ translation out of date"
    assert "checklist" in variant.toolTip(1)
    screen.show()
    qtbot.waitExposed(screen)
    screen.tree.expandAll()
    screen.grab().save(str(zh_content / "studio-translation.png"))


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    assert "sellertrain_zh_CN" in translations.install("zh-CN")
    yield
    translations.install("en")


def test_a_content_problem_shows_in_chinese_with_the_ui_in_chinese(
    qtbot, store: Store, zh_content, chinese
):
    """The validator's problem is made in the core in English; the studio shows it in zh-CN,
    with the values (the key, the wrong value) filled into the Chinese sentence."""
    author = store.add_employee("Li Na", "author", "author-pass", "management")
    screen = AuthorScreen()
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show_for(
        Session(store, load_course(zh_content, deep=False), author, today=lambda: TODAY)
    )
    path = (zh_content / "lessons" / "deposits.md").resolve()
    assert screen.open_file(path)
    screen.editor.setPlainText(screen.editor.toPlainText().replace("order: 10", "order: soon"))
    chinese_problem = "lessons/deposits.md:5: 'order' 必须是 0 到 1000000 之间的整数，而不是 'soon'"

    def rows() -> list[str]:
        return [screen.problem_list.item(i).text() for i in range(screen.problem_list.count())]

    qtbot.waitUntil(lambda: chinese_problem in rows())
    assert not any("must be" in row for row in rows())
    screen.editor.document().setModified(False)  # closing at teardown must not ask
