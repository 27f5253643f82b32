"""Rendering safety and features: Markdown in, HTML that QTextBrowser can show safely out."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest

from sellertrain.core.content.lesson_checks import scan_sections
from sellertrain.core.content.lessons import load_lesson
from sellertrain.core.content.loader import load_course
from sellertrain.core.content.render import (
    lesson_link_target,
    render_lesson,
    render_markdown,
    resolve_asset,
    slugify,
)
from tests.conftest import REPO

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'


@pytest.fixture
def tree(tmp_path):
    """A content folder with one asset, plus files outside assets/ that must stay unreachable."""
    root = tmp_path / "content"
    (root / "lessons").mkdir(parents=True)
    (root / "assets").mkdir()
    (root / "assets" / "pic.svg").write_text(SVG)
    (root / "secret.svg").write_text(SVG)  # in the content root, not in assets/
    (tmp_path / "outside.svg").write_text(SVG)  # outside the content folder
    return root


def render(text: str, root: Path) -> str:
    return render_markdown(text, root / "lessons", root / "assets")


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


# -- raw HTML is text ---------------------------------------------------------------------------


def test_script_block_is_escaped(tree):
    html = render("Intro.\n\n<script>alert(1)</script>\n\nAfter.\n", tree)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<p>Intro.</p>" in html and "<p>After.</p>" in html


def test_inline_html_is_escaped(tree):
    html = render('Look <img src="x" onerror="alert(1)"> here <b>bold</b>.\n', tree)
    assert "<img" not in html
    assert "<b>" not in html
    assert "&lt;img src=&quot;x&quot; onerror=&quot;alert(1)&quot;&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


def test_html_comment_and_iframe_are_text(tree):
    html = render('<!-- hidden -->\n\n<iframe src="https://evil.example"></iframe>\n', tree)
    assert "<iframe" not in html and "<!--" not in html
    assert "&lt;iframe" in html and "&lt;!-- hidden --&gt;" in html


# -- links -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](<javascript:alert(1)>)",
        "<javascript:alert(1)>",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click](file:///etc/passwd)",
        "[click](FILE:///C:/Windows/win.ini)",
        "<file:///etc/passwd>",
        "[click](ftp://example.com/x)",
        "[click](notes.html)",
    ],
)
def test_unsafe_links_lose_their_href(tree, link):
    html = render(f"Before {link} after.\n", tree)
    assert hrefs(html) == []
    assert not re.search(r"href\s*=", html)


def test_unsafe_link_text_is_still_shown(tree):
    html = render("[click me](javascript:alert(1)) and [file](file:///etc/passwd)\n", tree)
    assert "click me" in html and "file" in html
    assert 'href="javascript' not in html.lower() and 'href="file' not in html.lower()


@pytest.mark.parametrize(
    ("link", "href"),
    [
        ("[site](https://example.com/a?b=1&c=2)", "https://example.com/a?b=1&amp;c=2"),
        ("[site](http://example.com)", "http://example.com"),
        ("<https://example.com/x>", "https://example.com/x"),
        ("[mail](mailto:help@example.com)", "mailto:help@example.com"),
        ("[here](#second-section)", "#second-section"),
    ],
)
def test_safe_links_are_kept(tree, link, href):
    assert hrefs(render(f"{link}\n", tree)) == [href]


@pytest.mark.parametrize(
    ("link", "href"),
    [
        ("[IP](../lessons/ip-basics.md#unauthorised-logos)", "lesson:ip-basics#unauthorised-logos"),
        ("[IP](../lessons/ip-basics.md)", "lesson:ip-basics"),
        ("[IP](ip-basics.md#logos)", "lesson:ip-basics#logos"),
        ("[IP](./ip-basics.md)", "lesson:ip-basics"),
    ],
)
def test_lesson_links_become_lesson_urls(tree, link, href):
    assert hrefs(render(f"See {link}.\n", tree)) == [href]


def test_lesson_link_target():
    assert lesson_link_target("../lessons/a-b.md#c-d") == ("a-b", "c-d")
    assert lesson_link_target("a.md") == ("a", "")
    assert lesson_link_target("../quizzes/q.md") is None
    assert lesson_link_target("https://example.com/a.md") is None
    assert lesson_link_target("../lessons/a.txt") is None


# -- images ------------------------------------------------------------------------------------


def test_image_inside_assets_becomes_a_file_uri(tree):
    html = render("![A picture](../assets/pic.svg)\n", tree)
    uri = (tree / "assets" / "pic.svg").resolve().as_uri()
    assert uri.startswith("file://")
    assert f'<img src="{uri}" alt="A picture" />' in html
    assert re.findall(r'src="([^"]*)"', html) == [uri]


def test_image_alt_is_escaped(tree):
    html = render('![A "quoted" <b>](../assets/pic.svg)\n', tree)
    assert 'alt="A &quot;quoted&quot; &lt;b&gt;"' in html


@pytest.mark.parametrize(
    "src",
    [
        "../../outside.svg",
        "../secret.svg",
        "../assets/../secret.svg",
        "../assets/../../outside.svg",
        "/etc/passwd",
        "https://example.com/pic.svg",
        "data:image/png;base64,iVBORw0KGgo=",
    ],
)
def test_images_outside_assets_are_refused(tree, src):
    html = render(f"![Secret]({src})\n", tree)
    assert "<img" not in html
    assert "src=" not in html
    assert '<span class="missing-image">[Secret]</span>' in html


@pytest.mark.parametrize("scheme", ["file", "data:image/svg+xml", "javascript"])
def test_images_with_unsafe_schemes_stay_text(tree, scheme):
    src = {
        "file": (tree / "secret.svg").resolve().as_uri(),
        "data:image/svg+xml": "data:image/svg+xml;base64,PHN2Zz4=",
        "javascript": "javascript:alert(1)",
    }[scheme]
    html = render(f"![Secret]({src})\n", tree)
    assert "<img" not in html and "src=" not in html
    assert f"<p>![Secret]({src})</p>" in html


def test_missing_asset_is_text(tree):
    html = render("![Gone](../assets/gone.svg)\n", tree)
    assert "<img" not in html
    assert '<span class="missing-image">[Gone]</span>' in html


def test_resolve_asset(tree):
    lessons, assets = tree / "lessons", tree / "assets"
    assert resolve_asset("../assets/pic.svg", lessons, assets) == (assets / "pic.svg").resolve()
    assert (
        resolve_asset("../assets/sub/new.svg", lessons, assets)
        == (assets / "sub/new.svg").resolve()
    )
    assert resolve_asset("../secret.svg", lessons, assets) is None
    assert resolve_asset("../../outside.svg", lessons, assets) is None
    assert resolve_asset("/etc/passwd", lessons, assets) is None
    assert resolve_asset("file:///etc/passwd", lessons, assets) is None
    assert resolve_asset("C:/Windows/x.png", lessons, assets) is None
    assert resolve_asset("", lessons, assets) is None


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_out_of_assets_is_refused(tree):
    link = tree / "assets" / "link.svg"
    link.symlink_to(tree / "secret.svg")
    assert resolve_asset("../assets/link.svg", tree / "lessons", tree / "assets") is None
    assert "<img" not in render("![Link](../assets/link.svg)\n", tree)


def test_non_ascii_asset_name(tree):
    (tree / "assets" / "流程图.svg").write_text(SVG)
    html = render("![Flow](../assets/流程图.svg)\n", tree)
    assert "<img" in html


# -- callouts, tables, footnotes, headings -----------------------------------------------------


def test_callout_is_a_one_cell_table_with_its_title(tree):
    html = render("::: warning Do not ship late\nUpload the **tracking** number.\n:::\n", tree)
    assert html.count("<table") == 1 and html.count("<tr>") == 1 and html.count("<td") == 1
    assert '<table class="callout callout-warning"' in html
    # QTextBrowser paints a cell's bgcolor, not a table's: the tint goes on the cell
    assert '<td bgcolor="#fdecea">' in html
    assert (
        '<p class="callout-title" style="color: #c5221f; font-weight: 600;">'
        "<b>⚠ Warning</b>: Do not ship late</p>" in html
    )
    cell = html[html.index("<td") : html.index("</td>")]
    assert "Upload the <strong>tracking</strong> number." in cell
    assert html.rstrip().endswith("</td></tr></table>")


@pytest.mark.parametrize(
    ("kind", "label"),
    [("rule", "⚖ Rule"), ("warning", "⚠ Warning"), ("tip", "★ Tip"), ("example", "✎ Example")],
)
def test_callout_shows_an_icon_and_its_kind_in_bold(tree, kind, label):
    html = render(f"::: {kind}\nText.\n:::\n", tree)
    assert f'class="callout callout-{kind}"' in html
    assert re.search(rf'<p class="callout-title"[^>]*><b>{label}</b></p>', html)
    titled = render(f"::: {kind} Check the box\nText.\n:::\n", tree)
    assert re.search(rf'<p class="callout-title"[^>]*><b>{label}</b>: Check the box</p>', titled)


def test_callout_title_is_escaped(tree):
    html = render("::: tip <b>Bold</b> & more\nText.\n:::\n", tree)
    assert "<b>Bold" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; more" in html


def test_an_image_alone_in_its_paragraph_is_a_figure_without_extra_line_height(tree):
    # the lesson style's "p { line-height: 140% }" would add 40 % of the image's height
    html = render("![A picture](../assets/pic.svg)\n\nText ![x](../assets/pic.svg) here.\n", tree)
    first, second = html.strip().split("\n")
    assert first.startswith('<p class="figure" align="center" style="line-height: 100%;"><img ')
    assert second.startswith("<p>Text <img ")


def test_an_image_in_a_tight_list_stays_a_list_item(tree):
    html = render("- ![A picture](../assets/pic.svg)\n- two\n", tree)
    assert "figure" not in html
    assert html.count("<li>") == 2


def test_table_renders(tree):
    html = render("| Fact | Number |\n| --- | ---: |\n| Parcels | 3 |\n", tree)
    assert "<table>" in html
    assert "<th>Fact</th>" in html
    assert "<td>Parcels</td>" in html
    assert re.search(r'<td style="text-align:right">3</td>', html)


def test_footnotes_render(tree):
    html = render("A claim.[^1]\n\n[^1]: The source.\n", tree)
    assert 'class="footnote-ref"' in html
    assert 'class="footnotes"' in html
    assert "The source." in html
    assert 'href="#fn1"' in html


@pytest.mark.parametrize(
    ("title", "anchor"),
    [
        ("Unauthorised logos", "unauthorised-logos"),
        ("Fees, deposits & refunds", "fees-deposits--refunds"),
        ("What is a 'serious' violation?", "what-is-a-serious-violation"),
        ("Step 2: upload_tracking", "step-2-upload_tracking"),
        ("店铺 规则", "店铺-规则"),
        ("  Trailing spaces  ", "trailing-spaces"),
    ],
)
def test_slugify(title, anchor):
    assert slugify(title) == anchor


def test_heading_ids_match_slugify(tree):
    titles = ["Unauthorised logos", "Fees, deposits & refunds", "店铺 规则"]
    text = "".join(f"## {t}\n\nText.\n\n### Sub {t}\n\nMore.\n\n" for t in titles)
    html = render(text + "#### Deep heading\n", tree)
    for title in titles:
        assert f'<h2 id="{slugify(title)}">' in html
        assert f'<h3 id="{slugify("Sub " + title)}">' in html
    assert "<h4>Deep heading</h4>" in html
    assert [s.anchor for s in scan_sections(text, 1)] == [slugify(t) for t in titles]


def test_shipped_lessons_render_an_id_for_every_section():
    course = load_course(REPO, deep=False)
    for lesson in course.lessons.values():
        html = render_lesson(lesson, REPO / "assets")
        ids = re.findall(r'<h2 id="([^"]*)"', html)
        assert ids == [s.anchor for s in lesson.sections], lesson.id
        assert "<script" not in html
        assert "missing-image" not in html, lesson.id
        for src in re.findall(r'<img src="([^"]*)"', html):
            assert src.startswith((REPO / "assets").resolve().as_uri() + "/")


def test_section_anchor_matches_rendered_id_for_a_heading_with_a_link(tree):
    text = "## See the [rule centre](https://example.com)\n\nText.\n"
    rendered = re.findall(r'<h2 id="([^"]*)"', render(text, tree))
    assert [s.anchor for s in scan_sections(text, 1)] == rendered


# -- whole lessons and the cache ---------------------------------------------------------------


def test_render_lesson_adds_the_escaped_title(make_content, lesson_md):
    root = make_content(lessons={"a": lesson_md("a", title="'Fees <script>x</script>'")})
    lesson, errors = load_lesson(root / "lessons" / "a.md", root / "assets")
    assert errors == [] and lesson is not None
    html = render_lesson(lesson, root / "assets")
    assert html.startswith("<h1>Fees &lt;script&gt;x&lt;/script&gt;</h1>\n")
    assert '<h2 id="first-section">First section</h2>' in html


def test_render_cache_returns_the_same_string_per_version(make_content, lesson_md):
    root = make_content(lessons={"a": lesson_md("a")}, assets={"pic.svg": SVG})
    lesson, _ = load_lesson(root / "lessons" / "a.md", root / "assets")
    assert lesson is not None
    first = render_lesson(lesson, root / "assets")
    second = render_lesson(dataclasses.replace(lesson), root / "assets")
    assert second is first

    changed = dataclasses.replace(
        lesson, version="0123456789ab", body=lesson.body + "\nNew text.\n"
    )
    third = render_lesson(changed, root / "assets")
    assert third is not first
    assert "New text." in third and "New text." not in first
