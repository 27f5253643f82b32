"""A material change in one language marks the other languages' text of it out of date."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.content.variants import localize
from sellertrain.core.training import translations
from tests.cli.helpers import run
from tests.conftest import FIXTURES

ZH = "zh-CN"


@pytest.fixture
def course(tmp_path: Path):
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "zh_variants", root)
    return load_course(root)


def publish_english(store, course, kind="material", anchors=("the-store-deposit",)):
    lesson = course.lessons["deposits"]
    return store.record_publication(
        "deposits", lesson.version, None, kind, list(anchors), lesson.section_texts(), (), None
    )


def test_nothing_is_out_of_date_before_any_material_change(store, course):
    assert translations.outdated_translations(course, store.publications()) == []
    publish_english(store, course, kind="editorial", anchors=())
    assert translations.outdated_translations(course, store.publications()) == []


def test_a_material_change_of_the_original_leaves_the_translation_behind(store, course):
    first = publish_english(store, course)
    outdated = translations.outdated_translations(course, store.publications())
    assert [(o.lesson_id, o.lang, o.changed_in, o.anchors) for o in outdated] == [
        ("deposits", ZH, "", ("the-store-deposit",))
    ]
    assert outdated[0].since == first.published_at
    # learners of Chinese read the original's text of that lesson until the translation is out
    stale = translations.stale_for(outdated, ZH)
    assert stale == {"deposits"}
    assert localize(course, ZH, stale).lessons["deposits"].title == "The store deposit"
    (warning,) = translations.outdated_warnings(course, outdated)
    assert (warning.path.name, warning.line, warning.severity) == (
        "deposits.zh-CN.md",
        10,
        "warning",
    )
    assert warning.message.startswith("translation out of date: section #the-store-deposit")
    # publishing the translated text clears it
    translations.publish_translation(store, course, "deposits", ZH)
    assert translations.outdated_translations(course, store.publications()) == []
    assert localize(course, ZH).lessons["deposits"].title == "店铺保证金"


def test_a_material_change_made_in_chinese_flags_the_original(store, course):
    translations.publish_translation(store, course, "deposits", ZH, "material", None, ["checklist"])
    outdated = translations.outdated_translations(course, store.publications())
    assert [(o.lang, o.changed_in, o.anchors) for o in outdated] == [("", ZH, ("checklist",))]
    assert translations.stale_for(outdated, "") == frozenset()  # the original is always shown
    publish_english(store, course, kind="editorial", anchors=())
    assert translations.outdated_translations(course, store.publications()) == []


def test_publishing_a_translation_checks_its_sections(store, course):
    with pytest.raises(ValueError, match="must name at least one"):
        translations.publish_translation(store, course, "deposits", ZH, "material")
    with pytest.raises(ValueError, match="not a section"):
        translations.publish_translation(store, course, "deposits", ZH, "material", None, ["x"])
    with pytest.raises(KeyError):
        translations.publish_translation(store, course, "deposits", "fr")


def test_check_with_a_database_warns_and_strict_fails(tmp_path, capsys, course):
    from sellertrain.core.store import Store

    db = tmp_path / "check.db"
    store = Store.create(db)
    publish_english(store, course)
    store.close()
    root = str(course.root)
    code, out, _ = run(capsys, "check", "--content", root, "--db", str(db))
    assert code == 0
    assert (
        "deposits.zh-CN.md:10: warning: translation out of date: section #the-store-deposit" in out
    )
    code, out, _ = run(capsys, "check", "--strict", "--content", root, "--db", str(db))
    assert code == 1 and "deposits.zh-CN.md:10: translation out of date" in out
    code, out, _ = run(capsys, "check", "--strict", "--content", root)
    assert code == 0  # without a database nothing is known to be published
