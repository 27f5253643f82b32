"""Lesson content cannot run code or load anything from outside ``assets/``.

Each case goes through the loader (what ``sellertrain check`` reports) and the renderer (what
the lesson reader shows). The reader's handling of clicked links is tested in
tests/ui/test_safety_ui.py.
"""

from __future__ import annotations

import re

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.content.render import render_lesson, render_markdown

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'


@pytest.fixture
def lesson_with(make_content, lesson_md, tmp_path):
    """Load and render a lesson whose first section holds ``snippet``."""
    secret = tmp_path / "secret.svg"
    secret.write_text(SVG)

    def build(snippet: str):  # type: ignore[no-untyped-def]
        body = f"## First section\n\n{snippet}\n\n## Second section\n\nText.\n"
        root = make_content(lessons={"l": lesson_md("l", body=body)}, assets={"ok.svg": SVG})
        course = load_course(root)
        problems = [(e.line, e.severity, e.message) for e in course.errors]
        lesson = course.lessons.get("l")
        rendered = (
            render_lesson(lesson, root / "assets")
            if lesson
            else render_markdown(body, root / "lessons", root / "assets")
        )
        return problems, rendered

    return build


def img_sources(html: str) -> list[str]:
    return re.findall(r'<img src="([^"]*)"', html)


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def test_script_tags_are_text_and_reported(lesson_with):
    problems, html = lesson_with("<script>alert('x')</script>\n\nA <script>inline()</script> one.")
    assert "<script" not in html and "&lt;script&gt;" in html
    assert [(line, severity) for line, severity, m in problems if "raw HTML" in m] == [
        (13, "warning"),
        (15, "warning"),
    ]


def test_html_event_handlers_and_iframes_are_text(lesson_with):
    _problems, html = lesson_with(
        '<img src=x onerror="alert(1)">\n\n<iframe src="https://x"></iframe>'
    )
    assert (
        "<img src=x" not in html
        and "<iframe" not in html
        and "onerror=" in html.replace("&quot;", '"')
    )


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "file:///etc/passwd",
        "file:../../secret.txt",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
    ],
)
def test_unsafe_links_lose_their_address_and_are_reported(lesson_with, href):
    problems, html = lesson_with(f"[click me]({href})")
    assert "click me" in html
    assert hrefs(html) == []
    if href.startswith("java\t"):
        return  # not a link at all for Markdown: plain text
    assert any(
        (line, severity) == (13, "warning") and ("will not open" in m or "not allowed" in m)
        for line, severity, m in problems
    ), problems


def test_web_and_lesson_links_are_kept(lesson_with):
    problems, html = lesson_with(
        "[rules](https://sell.example.com/rules) and [more](l.md#second-section)"
    )
    assert hrefs(html) == ["https://sell.example.com/rules", "lesson:l#second-section"]
    assert problems == []


@pytest.mark.parametrize(
    "src",
    [
        "http://tracker.example.com/pixel.png",
        "https://cdn.example.com/logo.svg",
        "//cdn.example.com/logo.svg",
        "../../secret.svg",
        "../assets/../../secret.svg",
        "../assets/%2e%2e/%2e%2e/secret.svg",
        "/etc/passwd",
        "file:///etc/passwd",
        "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
        "C:\\Windows\\win.ini",
    ],
)
def test_images_from_outside_assets_are_refused_and_reported(lesson_with, src):
    problems, html = lesson_with(f"![A picture]({src})")
    assert img_sources(html) == []
    assert "[A picture]" in html  # the alt text stands in
    assert any(
        severity == "error" and ("inside assets/" in m or "not found" in m)
        for _l, severity, m in problems
    ), problems


def test_an_image_inside_assets_is_shown(lesson_with):
    problems, html = lesson_with("![A diagram](../assets/ok.svg)")
    (source,) = img_sources(html)
    assert source.startswith("file://") and source.endswith("/assets/ok.svg")
    assert problems == []
