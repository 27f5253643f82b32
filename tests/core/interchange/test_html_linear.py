"""GIFT ``[html]`` text is converted in linear work, and well-formed HTML as before (issue 17).

html.parser re-scans from every ``<`` that opens no complete tag to the end of the text:
``"<a" * 20000`` (40 KB) took 2.8 s, ``"<a x=" * 20000`` 52 s. Such a ``<`` is now text
before the parser sees it. The work is compared between n and 4n characters (see
tests/core/content/test_linear_regex.py), not timed in seconds.
"""

from __future__ import annotations

import random

import pytest

from sellertrain.core.interchange import gift, html_guard, html_text
from sellertrain.core.interchange.gift_convert import convert_gift
from tests.core.content.test_linear_regex import assert_linear

HOSTILE = ["<a", "</a", "<!--", "<!", "<?", "<a x='", '<a x="', "<a x=", "<a\n", "<![CDATA["]


@pytest.mark.parametrize("unit", HOSTILE)
def test_unclosed_markup_is_converted_in_linear_work(unit: str) -> None:
    assert_linear(html_text.from_html, lambda n: unit * (n // len(unit)), 10_000)


def test_a_gift_html_question_of_unclosed_tags_is_linear() -> None:
    assert_linear(
        lambda s: convert_gift(gift.parse_gift(s), "x.gift", None),
        lambda n: "::T::[html]" + "<a" * (n // 2) + "{=yes ~no}",
        10_000,
    )


def test_the_measure_catches_the_parser_without_the_guard() -> None:
    def unguarded(text: str) -> object:
        reader = html_text._HtmlReader()
        reader.feed(text)
        reader.close()
        return reader.result

    with pytest.raises(AssertionError):
        # one measurement: a retry could let a slow base measurement hide the growth
        assert_linear(unguarded, lambda n: "<a x=" * (n // 5), 2_000, tries=1)


def test_unclosed_markup_stays_as_text() -> None:
    assert html_text.from_html("a <b and <!-- c").plain == "a <b and <!-- c"
    assert html_text.from_html("x<a href='y").plain == "x<a href='y"


def test_an_unknown_marked_section_is_text_not_a_crash() -> None:
    # html.parser raised AssertionError("unknown status keyword") on this
    assert html_text.from_html("<![x[ y ]]>z").plain == "<![x[ y ]]>z"


def _well_formed(rng: random.Random, depth: int = 0) -> str:
    words = ["x", "a < b", "5 > 3", "&amp;", "&lt;a", '"q"', "it's", "*s*", "\n", "  "]
    attrs = ["", ' href="http://e.com/?a=1&b=2"', " title='a>b'", ' alt="x<y"', " class=c"]
    tags = ["p", "b", "i", "em", "code", "a", "ul", "ol", "li", "pre", "div", "h2", "td"]
    out = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.4 or depth > 3:
            out.append(rng.choice(words))
        elif rng.random() < 0.15:
            out.append(rng.choice(["<br>", '<img src="i.png" alt="pic">', "<!-- note -->"]))
        else:
            tag = rng.choice(tags)
            out.append(f"<{tag}{rng.choice(attrs)}>{_well_formed(rng, depth + 1)}</{tag}>")
    return "".join(out)


def test_well_formed_html_is_untouched_and_converts_as_before() -> None:
    rng = random.Random(17)
    for _ in range(2000):
        text = _well_formed(rng)
        assert html_guard.stray_brackets_escaped(text) == text, text
        reader = html_text._HtmlReader()
        reader.feed(text)
        reader.close()
        assert html_text.from_html(text) == reader.result, text
