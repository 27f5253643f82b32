"""Every content and import regex stays linear on hostile text (issue 17).

Each case runs a pattern (or the function built on it) on the input that made it, or a
pattern like it, quadratic: runs of the character that starts a try, with no match at the
end. The check is relative, not in seconds: the work for 4n characters must stay within 10x
the work for n (a quadratic pattern takes 16x; a linear one 4x), timed best-of-5 in CPU time and measured
again (up to three times) so that a busy machine does not fail it.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from functools import partial

import pytest

from sellertrain.core.content import (
    course_settings,
    frontmatter,
    lesson_checks,
    lesson_sources,
    quiz_parser,
    render,
    travel,
    variant_checks,
    variants,
    word_diff,
)
from sellertrain.core.interchange import aiken, gift, gift_answers, html_text, quiz_writer
from sellertrain.core.interchange.gift_convert import convert_gift

SIZE = 20_000


def best_times(*calls: Callable[[], object]) -> list[float]:
    """Each call's best of 5, in this process's CPU time, the calls taken in turn (small,
    large, small, large ...) so a slower or faster stretch of a shared machine falls on
    both alike. CPU time: waiting for a core that other processes hold is not counted,
    while wall time would count it. The garbage collector is off while timing, as
    ``timeit`` has it, so a collection over a heap other tests left does not land in one
    side's runs."""
    times: list[list[float]] = [[] for _ in calls]
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(5):
            for found, call in zip(times, calls, strict=True):
                started = time.process_time()
                call()
                found.append(time.process_time() - started)
    finally:
        if collecting:
            gc.enable()
    return [min(found) for found in times]


def assert_linear(
    run: Callable[[str], object], make: Callable[[int], str], size: int = SIZE, tries: int = 3
) -> None:
    small, large = make(size), make(4 * size)
    # below a millisecond the clock's noise dominates: grow until the small case is measurable
    factor = 1
    while best_times(partial(run, small))[0] < 0.005 and factor < 64:
        factor *= 2
        small, large = make(size * factor), make(4 * size * factor)
    # measured up to three times: a busy machine can slow one measurement, while a quadratic
    # pattern takes 16x every time
    for _ in range(tries):
        base, grown = best_times(partial(run, small), partial(run, large))
        if grown < 10 * base + 0.01:
            return
    raise AssertionError(f"{grown:.3f} s for 4x the input vs {base:.3f} s")


CASES: dict[str, tuple[Callable[[str], object], Callable[[int], str]]] = {
    "heading_text on '['": (lesson_checks.heading_text, lambda n: "[" * n),
    "heading_text on '[a]('": (lesson_checks.heading_text, lambda n: "[a](" * (n // 4)),
    "_H2 on trailing spaces": (
        lambda s: lesson_checks._H2.match(s),
        lambda n: "## x" + " " * n + "y",
    ),
    "_REFUSED_TARGET on spaces": (
        lambda s: list(lesson_checks._REFUSED_TARGET.finditer(s)),
        lambda n: "[a](" + " " * n,
    ),
    "_CALLOUT": (lambda s: lesson_checks._CALLOUT.match(s), lambda n: ":::" + " " * n + "x"),
    "_FENCE and _EMPHASIS": (
        lambda s: (lesson_checks._FENCE.match(s), lesson_checks._EMPHASIS.sub("", s)),
        lambda n: " " * 3 + "*_" * (n // 2),
    ),
    "word_diff _LINK": (lambda s: word_diff._LINK.sub(r"\1", s), lambda n: "[" * n),
    "word_diff _TOKEN": (
        lambda s: word_diff._TOKEN.findall(s),
        lambda n: "a'" * (n // 2),
    ),
    "word_diff _CALLOUT": (
        lambda s: word_diff._CALLOUT.findall(s),
        lambda n: ":::" + "a" * n,
    ),
    "travel _ASSET": (
        lambda s: travel._ASSET.findall(s),
        lambda n: "(../assets/" + "a" * n,
    ),
    "travel _NAME": (lambda s: travel._NAME.fullmatch(s), lambda n: "a" * n + "/"),
    "_MODULE_LINE": (
        lambda s: list(course_settings._MODULE_LINE.finditer(s)),
        lambda n: "module: a" + " " * n + "b",
    ),
    "_DURATION": (course_settings.parse_duration, lambda n: "9" * n + " x"),
    "_PERCENT": (course_settings.parse_percent, lambda n: " " * n + "5 x"),
    "frontmatter _KEY_LINE, _DATE_VALUE": (
        lambda s: (frontmatter._KEY_LINE.match(s), frontmatter._DATE_VALUE.match(s)),
        lambda n: "a" * n + " x",
    ),
    "quiz trailing weight": (quiz_parser._trailing_weight, lambda n: "a" + " " * n + "(5%"),
    "quiz matching pair": (quiz_parser._split_pair, lambda n: "a" + " " * n + "b"),
    "quiz _KEYED": (lambda s: quiz_parser._KEYED.match(s), lambda n: "Number" + " " * n + "x"),
    "quiz _TESTS": (lambda s: quiz_parser._TESTS.match(s), lambda n: "Tests: [" + "a" * n),
    "quiz _OPTION and _WEIGHT": (
        lambda s: (quiz_parser._OPTION.match(s), quiz_parser._WEIGHT.match(s)),
        lambda n: "(1" + "1" * n,
    ),
    "quiz numbers": (quiz_parser.parse_number_spec, lambda n: "1" * n + " ± x"),
    "render slug and task": (
        lambda s: (render.slugify(s), render._TASK.match(s)),
        lambda n: "[x]" + "!" * n,
    ),
    "gift [id: tokens": (gift.idnumber_and_tags, lambda n: "[id:" * (n // 4)),
    "gift [tag: tokens": (gift.idnumber_and_tags, lambda n: "[tag:" * (n // 5)),
    "gift title of '<'": (
        lambda s: convert_gift(gift.parse_gift(s), "x.gift", None),
        lambda n: "::" + "<" * n + "::Q{=a}",
    ),
    "gift equal questions": (
        lambda s: quiz_writer.unique_headings(
            convert_gift(gift.parse_gift(s), "x.gift", None).quizzes[0].questions
        ),
        lambda n: "Q{=a}\n\n" * (n // 20),
    ),
    "gift numbers": (gift_answers.is_numeric, lambda n: "1" * n + "x"),
    "moodle text with '<a'": (html_text.has_tag, lambda n: "<a" * (n // 2)),
    "aiken lines": (aiken.parse_aiken, lambda n: "Q\n" + "A. x\n" * (n // 5) + "ANSWER: A"),
    "split_anchor on '{#'": (render.split_anchor, lambda n: "x {#" * (n // 3) + "}"),
    "variant _HEADING on spaces": (
        lambda s: variant_checks._HEADING.match(s),
        lambda n: "##" + " " * n,
    ),
    "sources _KEY on spaces": (
        lambda s: lesson_sources._KEY.match(s),
        lambda n: " " * n + "- " * 3 + "x",
    ),
    "reading_minutes on '](' ": (variants.reading_minutes, lambda n: "](" * (n // 2)),
    "reading_minutes on words": (variants.reading_minutes, lambda n: "a'" * (n // 2)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_pattern_is_linear(name: str) -> None:
    run, make = CASES[name]
    assert_linear(run, make)


def test_the_check_catches_a_quadratic_pattern() -> None:
    """The measure above can fail: the old heading pattern is reported."""
    import re

    old = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
    with pytest.raises(AssertionError):
        # one measurement: a retry could let a slow base measurement hide the 16x growth
        assert_linear(lambda s: old.sub(r"\1", s), lambda n: "[" * n, 3000, tries=1)
