"""The on-disk parse cache: same course as a fresh parse, re-parses changed files, survives damage."""

from __future__ import annotations

import shutil
from pathlib import Path

from sellertrain.core.content import loader as content
from sellertrain.core.content import variant_checks
from sellertrain.core.content.cache import load_course_cached
from sellertrain.core.content.loader import load_course
from sellertrain.core.language import CHINESE
from sellertrain.core.message import Message, localize
from tests.conftest import FIXTURES, REPO


def test_cached_course_equals_a_fresh_parse(tmp_path: Path):
    cache = tmp_path / "cache.json"
    fresh = load_course(REPO, deep=False)
    first = load_course_cached(REPO, cache)
    second = load_course_cached(REPO, cache)
    for course in (first, second):
        assert course.lessons == fresh.lessons
        assert course.quizzes == fresh.quizzes
        assert course.errors == fresh.errors
        assert course.variants == fresh.variants


def test_unchanged_files_are_not_parsed_again_and_changed_ones_are(
    tmp_path, monkeypatch, make_content, lesson_md, quiz_md
):
    root = make_content(
        lessons={"a": lesson_md("a")},
        quizzes={"q": quiz_md("q", "## Q?\n\n- [x] Yes\n- [ ] No\n")},
    )
    cache = tmp_path / "cache.json"
    load_course_cached(root, cache)
    parsed: list[Path] = []
    real = content.quiz_from_text
    monkeypatch.setattr(
        content, "quiz_from_text", lambda path, text: parsed.append(path) or real(path, text)
    )
    load_course_cached(root, cache)
    assert parsed == []
    quiz = root / "quizzes" / "q.md"
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace("- [ ] No", "- [ ] Never"), encoding="utf-8"
    )
    course = load_course_cached(root, cache)
    assert parsed == [quiz]
    assert course.quizzes["q"].questions[0].options[1].text == "Never"


def test_a_damaged_cache_file_is_ignored_and_rebuilt(tmp_path: Path):
    cache = tmp_path / "cache.json"
    cache.write_text("{not json", encoding="utf-8")
    course = load_course_cached(REPO, cache)
    assert course.lessons and not course.errors
    assert cache.read_text(encoding="utf-8").startswith('{"format"')


def test_files_unchanged_on_disk_are_not_even_read(
    tmp_path, monkeypatch, make_content, lesson_md, quiz_md
):
    import os

    root = make_content(
        lessons={"a": lesson_md("a")},
        quizzes={"q": quiz_md("q", "## Q?\n\n- [x] Yes\n- [ ] No\n")},
    )
    old = 1_700_000_000_000_000_000  # files older than the two-second trust window
    for path in [*root.glob("lessons/*.md"), *root.glob("quizzes/*.md")]:
        os.utime(path, ns=(old, old))
    cache = tmp_path / "cache.json"
    first = load_course_cached(root, cache)
    reads: list[Path] = []
    real = content.read_source
    monkeypatch.setattr(
        content, "read_source", lambda path, problems: reads.append(path) or real(path, problems)
    )
    second = load_course_cached(root, cache)
    assert reads == []
    assert second.lessons == first.lessons and second.quizzes == first.quizzes
    for lesson_id, lesson in first.lessons.items():  # the body is read again when needed
        assert second.lessons[lesson_id].read_body() == lesson.body
    lesson = root / "lessons" / "a.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    os.utime(lesson, ns=(old + 10**9, old + 10**9))
    third = load_course_cached(root, cache)
    assert reads == [lesson]
    assert third.lessons["a"].version != first.lessons["a"].version


def test_variant_checks_are_kept_and_done_again_when_either_file_changes(tmp_path, monkeypatch):
    """A language variant's check against its original reads both lesson bodies; an unchanged
    pair takes its result (problems included) from the cache, a changed one is checked again."""
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "zh_variants", root)
    variant = root / "lessons" / "deposits.zh-CN.md"
    variant.write_text(
        variant.read_text(encoding="utf-8").replace("{#checklist}", "{#check-list}"),
        encoding="utf-8",
    )
    cache = tmp_path / "cache.json"
    fresh = load_course(root, deep=False)
    assert [e.path.name for e in fresh.errors] == ["deposits.zh-CN.md"]
    assert load_course_cached(root, cache).errors == fresh.errors
    checked: list[str] = []
    for name in ("check_lesson_variant", "check_quiz_variant"):
        real = getattr(variant_checks, name)
        monkeypatch.setattr(
            variant_checks,
            name,
            lambda original, theirs, real=real: (
                checked.append(theirs.path.name) or real(original, theirs)
            ),
        )
    again = load_course_cached(root, cache)
    assert checked == []
    assert again.errors == fresh.errors and again.variants == fresh.variants
    original = root / "lessons" / "deposits.md"
    original.write_text(
        original.read_text(encoding="utf-8").replace("## Checklist", "## Check list"),
        encoding="utf-8",
    )
    changed = load_course_cached(root, cache)
    assert checked == ["deposits.zh-CN.md"]
    assert changed.errors == load_course(root, deep=False).errors


def test_a_cached_problem_is_still_translated(tmp_path: Path, make_content, lesson_md):
    """The cache keeps a problem's template and values, not only its English text, so a
    problem read back from it (on the next start) still shows in Chinese."""
    root = make_content(lessons={"a": lesson_md("a", order="ten")})
    cache = tmp_path / "cache.json"
    first = load_course_cached(root, cache)
    again = load_course_cached(root, cache)
    (error,) = [e for e in again.errors if "order" in e.message]
    assert again.errors == first.errors
    assert isinstance(error.message, Message)
    assert (
        localize(error.message, CHINESE) == "'order' 必须是 0 到 1000000 之间的整数，而不是 'ten'"
    )
