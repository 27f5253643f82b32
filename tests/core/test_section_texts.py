"""Stored section texts always match their hash (issue 17: a stale slice was stored for good)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sellertrain.core.content.cache import load_course_cached
from sellertrain.core.language import CHINESE
from sellertrain.core.message import localize_error
from sellertrain.core.models import SectionText, StaleLesson, section_digest
from tests.conftest import REPO


@pytest.fixture
def course_copy(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    for folder in ("lessons", "quizzes", "assets"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "course.yaml", root / "course.yaml")
    return root


def test_every_shipped_section_text_hashes_to_its_digest(course_copy: Path, tmp_path: Path):
    course = load_course_cached(course_copy, tmp_path / "cache")
    cached = load_course_cached(course_copy, tmp_path / "cache")  # from the parse cache
    for lesson in [*course.lessons.values(), *cached.lessons.values()]:
        texts = lesson.section_texts()
        assert texts and all(section_digest(t.text) == t.digest for t in texts)
        assert [t.digest for t in texts] == [s.digest for s in lesson.sections]


def test_a_lesson_changed_after_loading_from_the_cache_is_refused(course_copy, tmp_path):
    """The issue's reproduction: from the cache, a line added to the first section outside the
    app; every section used to come back with text that did not match its digest."""
    load_course_cached(course_copy, tmp_path / "cache")
    course = load_course_cached(course_copy, tmp_path / "cache")
    lesson = next(iter(course.lessons.values()))
    assert lesson.body is None  # read from the file on first use
    text = lesson.path.read_text(encoding="utf-8")
    first = lesson.sections[0]
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("## ")) + 1
    lines.insert(at, "A line added outside the app.")
    lesson.path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(StaleLesson, match="changed on disk since it was loaded") as stale:
        lesson.section_texts()
    chinese = localize_error(stale.value, CHINESE)
    assert f"（{lesson.path.name}）在载入后已在磁盘上被修改；没有记录任何内容" in chinese
    assert first.digest  # the loaded version is still what the lesson names


def test_the_store_refuses_a_text_under_another_hash(store):
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    wrong = SectionText("intro", "Intro", "new words", section_digest("old words"))
    with pytest.raises(ValueError, match="does not match its hash"):
        store.record_lesson_completed(ana.id, "fees", "v1", (wrong,))
    assert store.section_texts([wrong.digest]) == {}
    assert store.lesson_progress(ana.id) == {}  # nothing of the completion was kept
    right = SectionText("intro", "Intro", "new words", section_digest("new words"))
    store.record_lesson_completed(ana.id, "fees", "v1", (right,))
    assert store.section_texts([right.digest])[right.digest].text == "new words"
