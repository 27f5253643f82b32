"""A lesson's ``sources:`` front matter: validated at its lines, cached, shown in the reader."""

from __future__ import annotations

import datetime as dt

import pytest

from sellertrain.core.content.cache import DiskParseCache
from sellertrain.core.content.loader import load_course
from sellertrain.core.content.render import render_lesson
from sellertrain.core.models import Source
from tests.conftest import lesson_source

GOOD = (
    "\n  - title: AliExpress rule centre\n    link: https://sell.aliexpress.com/rules\n"
    "    read: 2026-11-02\n  - title: Seller blog\n    link: http://example.com/post\n    read:"
)


def load(make_content, **meta: object):
    root = make_content(lessons={"a": lesson_source("a", **meta)})
    course = load_course(root)
    return course, [(e.line, e.severity, e.message) for e in course.errors]


def test_sources_load_with_their_read_dates(make_content):
    course, errors = load(make_content, reviewed="", sources=GOOD)
    assert errors == []
    assert course.lessons["a"].sources == (
        Source("AliExpress rule centre", "https://sell.aliexpress.com/rules", dt.date(2026, 11, 2)),
        Source("Seller blog", "http://example.com/post", None),
    )


@pytest.mark.parametrize(
    ("sources", "line", "message"),
    [
        (
            "\n  - title: ''\n    link: https://a.example\n    read: 2026-01-01",
            10,
            "'title' must be",
        ),
        (
            "\n  - title: T\n    link: ftp://a.example/x\n    read: 2026-01-01",
            11,
            "http(s) address",
        ),
        ("\n  - title: T\n    link: see the blog\n    read: 2026-01-01", 11, "http(s) address"),
        (
            "\n  - title: T\n    link: https://a.example\n    read: last week",
            12,
            "'read' must be a date",
        ),
        (
            "\n  - title: T\n    link: https://a.example\n    read: 2999-01-01",
            12,
            "a day still to come",
        ),
        ("\n  - title: T\n    link: https://a.example", 10, "missing 'read'"),
        (
            "\n  - title: T\n    link: https://a.example\n    read: 2026-01-01\n    when: now",
            13,
            "unknown key 'when'",
        ),
        ("\n  - just a title", 10, "source 1: must be"),
        (" https://a.example", 9, "'sources' must be a list"),
    ],
)
def test_a_bad_source_is_reported_at_its_line(make_content, sources, line, message):
    _course, errors = load(make_content, reviewed="", sources=sources)
    assert [(e[0], e[1]) for e in errors if message in e[2]] == [(line, "error")], errors


def test_the_second_entry_is_blamed_on_its_own_line(make_content):
    sources = GOOD + "\n  - title: Third\n    link: nowhere\n    read: 2026-01-01"
    _course, errors = load(make_content, reviewed="", sources=sources)
    assert [(line, msg.split(":")[0]) for line, _s, msg in errors] == [(17, "source 3")]


def test_a_lesson_with_neither_reviewed_nor_sources_is_warned(make_content):
    _course, errors = load(make_content, reviewed="")
    assert [(line, sev) for line, sev, msg in errors if "neither 'reviewed'" in msg] == [
        (8, "warning")
    ]
    _course, empty = load(make_content, reviewed="", sources="[]")
    assert any("neither 'reviewed'" in msg for _l, _s, msg in empty)
    _course, reviewed = load(make_content)  # reviewed: 2026-11-20
    assert reviewed == []
    _course, draft = load(make_content, reviewed="", status="draft")
    assert draft == []  # a draft is not shown to learners yet


def test_sources_survive_the_disk_cache(make_content, tmp_path):
    root = make_content(lessons={"a": lesson_source("a", reviewed="", sources=GOOD)})
    first = DiskParseCache(tmp_path / "cache.json")
    load_course(root, deep=False, cache=first)
    first.save()
    again = load_course(root, deep=False, cache=DiskParseCache(tmp_path / "cache.json"))
    assert again.lessons["a"].sources == load_course(root).lessons["a"].sources
    assert again.lessons["a"].sources[0].read == dt.date(2026, 11, 2)


def test_the_reader_shows_the_sources_after_the_lesson(make_content):
    course, _errors = load(make_content, reviewed="", sources=GOOD)
    html = render_lesson(course.lessons["a"], course.root / "assets")
    assert html.index("More text.") < html.index("Sources")
    assert 'href="https://sell.aliexpress.com/rules"' in html and "read 2026-11-02" in html
    assert "Seller blog" in html and "date read not recorded" in html


def test_every_shipped_lesson_names_its_sources():
    from tests.conftest import REPO

    course = load_course(REPO)
    for lesson in course.lessons.values():
        assert lesson.reviewed is not None or lesson.sources, lesson.id
        assert all(s.link.startswith(("https://", "http://")) for s in lesson.sources)
