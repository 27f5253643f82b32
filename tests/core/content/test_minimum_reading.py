"""course.yaml's ``minimum_reading``: the share of a lesson's reading time before completion."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.core.content.course_settings import minimum_reading_seconds, parse_percent
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import CourseSettings


@pytest.fixture
def root(make_content, lesson_md) -> Path:
    return make_content(lessons={"intro": lesson_md("intro", minutes=8)})


def load_with(root: Path, text: str | None):
    if text is not None:
        (root / "course.yaml").write_text(text, encoding="utf-8")
    course = load_course(root)
    errors = [(e.line, e.message) for e in course.errors if e.path.name == "course.yaml"]
    return course.settings, errors


def test_default_is_a_quarter_of_the_reading_time(root):
    settings, errors = load_with(root, None)
    assert errors == []
    assert settings.minimum_reading_percent == 25
    assert minimum_reading_seconds(8, settings) == 120  # 8 minutes -> 2 minutes


def test_course_yaml_sets_the_share(root):
    settings, errors = load_with(root, "title: T\nminimum_reading: 50%\n")
    assert errors == []
    assert minimum_reading_seconds(8, settings) == 240
    settings, errors = load_with(root, "minimum_reading: 0%\n")
    assert errors == [] and minimum_reading_seconds(8, settings) == 0


def test_a_bad_share_is_reported_on_its_line_and_the_default_kept(root):
    settings, errors = load_with(root, "title: T\nminimum_reading: half\n")
    assert errors == [
        (
            2,
            "'minimum_reading' must be a share of each lesson's reading time from 0% to 100%, "
            "such as 25%",
        )
    ]
    assert settings.minimum_reading_percent == 25


@pytest.mark.parametrize(("text", "value"), [("25%", 25), (" 0 % ", 0), ("100%", 100)])
def test_percents(text, value):
    assert parse_percent(text) == value


@pytest.mark.parametrize("text", ["25", "101%", "-5%", "2.5%", "%", ""])
def test_bad_percents(text):
    assert parse_percent(text) is None


def test_no_minutes_means_no_wait():
    assert minimum_reading_seconds(0, CourseSettings()) == 0
