"""Bad content never crashes or hangs the loader and the renderer.

Property-based tests (hypothesis) feed random and mutated Markdown, front matter and quiz
files to ``frontmatter.split``, ``lesson_from_text``, ``quiz_from_text``, ``load_course`` and
``render_markdown``: the only failures allowed are ContentErrors in the result. Each input is
timed. Pathological inputs (nesting 5,000 deep, one line at the size limit, thousands of
equal headings or task items, ...) are listed explicitly with a time bound.

``SELLERTRAIN_FUZZ_EXAMPLES`` sets the examples per property (default 100); run with ``-s``
to see the counts and the slowest input.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sellertrain.core.content import frontmatter
from sellertrain.core.content.lessons import lesson_from_text
from sellertrain.core.content.loader import load_course
from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.content.render import MAX_SOURCE_CHARS, render_markdown
from sellertrain.core.models import ContentError

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("SELLERTRAIN_FUZZ_EXAMPLES", "100"))
EXAMPLE_BOUND = 3.0  # seconds for one random input (they take milliseconds)
PATHOLOGICAL_BOUND = 10.0  # seconds for the worst inputs at the size limit (they take 0-4 s)
SHIPPED = sorted((REPO / "lessons").glob("*.md")) + sorted((REPO / "quizzes").glob("*.md"))
SHIPPED_TEXT = [path.read_text(encoding="utf-8") for path in SHIPPED]
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # timed by hand below, with a bound suited to a busy CI machine
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=os.environ.get("SELLERTRAIN_FUZZ_RANDOM") is None,
)

TALLY: dict[str, int] = {}
SLOWEST: list[tuple[float, str]] = [(0.0, "")]


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    total = sum(TALLY.values())
    print(
        f"\nfuzz: {total} inputs ({', '.join(f'{k} {v}' for k, v in sorted(TALLY.items()))}); "
        f"slowest {SLOWEST[0][0]:.3f} s ({SLOWEST[0][1]})"
    )


def timed(kind: str, call: Callable[[], object], bound: float = EXAMPLE_BOUND) -> object:
    started = time.perf_counter()
    result = call()
    seconds = time.perf_counter() - started
    TALLY[kind] = TALLY.get(kind, 0) + 1
    if seconds > SLOWEST[0][0]:
        SLOWEST[0] = (seconds, kind)
    assert seconds < bound, f"{kind} took {seconds:.2f} s"
    return result


def check_result(result: tuple[object, list[ContentError]]) -> None:
    model, errors = result
    assert all(isinstance(e, ContentError) and e.line >= 0 for e in errors)
    if model is None:
        assert any(e.severity == "error" for e in errors)


# -- strategies ------------------------------------------------------------------------------

MARKDOWN_BITS = [
    "## ",
    "### ",
    "# ",
    "- ",
    "* ",
    "1. ",
    "> ",
    "- [x] ",
    "- [ ] ",
    "[x]",
    "::: rule ",
    "::: ",
    ":::",
    "```",
    "~~~",
    "|",
    "|-|",
    "**",
    "_",
    "`",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "<",
    ">",
    "&amp;",
    "[^1]",
    "[^1]: ",
    "Tests: [A](../lessons/a.md#b)",
    "\n",
    "\n\n",
    "    ",
    "\t",
    "---",
    "=",
    "{1:",
    "}",
    "~",
    "%",
    "\\",
    "\r\n",
    "\u200b",
    "\ufeff",
    "\x00",
    "日本",
    "é",
    "javascript:",
    "http://x",
    "../",
    "<script>",
    "=cmd|' /C calc'!A0",
]
markdown_text = st.lists(
    st.one_of(st.sampled_from(MARKDOWN_BITS), st.text(max_size=12)), max_size=300
).map("".join)

yaml_scalar = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(
        [
            "true",
            "no",
            "null",
            "~",
            "2026-02-30",
            "2026-01-31",
            "1e999",
            ".nan",
            "[a, b",
            "{a: 1}",
            "*alias",
            "&anchor x",
            "!!python/object:os.system",
            "'unclosed",
            '"esc \\x00"',
            "|",
            ">-",
            "- item",
            "@",
            "`",
            "%TAG",
        ]
    ),
)
KEYS = [
    "id",
    "title",
    "module",
    "order",
    "minutes",
    "summary",
    "reviewed",
    "quiz",
    "roles",
    "tags",
    "lesson",
    "pass_mark",
    "shuffle",
    "draw",
    "time_limit",
    "unknown",
    "Id",
    "",
]
front_matter = st.lists(
    st.tuples(st.sampled_from(KEYS), yaml_scalar, st.sampled_from(["", "  ", "\t"])),
    max_size=14,
).map(lambda items: "\n".join(f"{indent}{key}: {value}" for key, value, indent in items))


@st.composite
def mutated_shipped(draw: st.DrawFn) -> str:
    """A shipped lesson or quiz with random edits: cuts, copies, insertions, swapped lines."""
    text = draw(st.sampled_from(SHIPPED_TEXT))
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["cut", "copy", "insert", "swap", "truncate", "replace"]))
        size = len(text)
        a = draw(st.integers(0, size))
        b = draw(st.integers(a, min(size, a + 400)))
        if kind == "cut":
            text = text[:a] + text[b:]
        elif kind == "copy":
            text = text[:a] + text[a:b] * draw(st.integers(2, 5)) + text[a:]
        elif kind == "insert":
            text = text[:a] + draw(st.sampled_from(MARKDOWN_BITS)) + text[a:]
        elif kind == "swap":
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif kind == "truncate":
            text = text[:a]
        else:
            text = text[:a] + draw(st.text(max_size=5)) + text[a + 1 :]
    return text


def lesson_file(meta: str, body: str) -> str:
    return f"---\n{meta}\n---\n\n{body}"


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "content"
    for folder in ("lessons", "quizzes", "assets"):
        (root / folder).mkdir(parents=True)
    (root / "assets" / "ok.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    return root


# -- properties ------------------------------------------------------------------------------


@FUZZ
@given(st.one_of(front_matter, st.text(max_size=400)), markdown_text)
def test_front_matter_raises_only_front_matter_errors(meta, body):
    def split() -> None:
        try:
            frontmatter.split(lesson_file(meta, body))
        except frontmatter.FrontMatterError as exc:
            assert exc.line >= 1 and exc.message

    timed("front matter", split)


@FUZZ
@given(front_matter, markdown_text)
def test_lessons_load_or_report(tree, meta, body):
    path = tree / "lessons" / "fuzz.md"
    check_result(
        timed("lesson", lambda: lesson_from_text(path, lesson_file(meta, body), tree / "assets"))
    )


@FUZZ
@given(front_matter, markdown_text)
def test_quizzes_load_or_report(tree, meta, body):
    path = tree / "quizzes" / "fuzz.md"
    check_result(timed("quiz", lambda: quiz_from_text(path, lesson_file(meta, body))))


@FUZZ
@given(mutated_shipped())
def test_mutated_shipped_files_load_or_report(tree, text):
    check_result(
        timed(
            "mutated lesson",
            lambda: lesson_from_text(tree / "lessons" / "m.md", text, tree / "assets"),
        )
    )
    check_result(timed("mutated quiz", lambda: quiz_from_text(tree / "quizzes" / "m.md", text)))


@FUZZ
@given(st.one_of(markdown_text, mutated_shipped()))
def test_render_never_raises(tree, text):
    html = timed("render", lambda: render_markdown(text, tree / "lessons", tree / "assets"))
    assert isinstance(html, str)
    assert "<script" not in html.lower()


@FUZZ
@given(st.binary(max_size=3000), st.one_of(mutated_shipped(), markdown_text))
def test_a_course_of_broken_files_loads_what_it_can(tree, raw, text):
    (tree / "lessons" / "bytes.md").write_bytes(raw)
    (tree / "lessons" / "text.md").write_text(text, encoding="utf-8", errors="surrogatepass")
    (tree / "quizzes" / "bytes.md").write_bytes(raw)
    (tree / "quizzes" / "text.md").write_text(text, encoding="utf-8", errors="surrogatepass")
    course = timed("course", lambda: load_course(tree, deep=True))
    assert all(isinstance(e, ContentError) for e in course.errors)


# -- pathological inputs ----------------------------------------------------------------------

LIMIT = MAX_SOURCE_CHARS - 1_000  # just under the size limit, with room for front matter
META = "id: deep\ntitle: T\nmodule: M\norder: 1\nminutes: 5\nsummary: S\nreviewed: 2026-01-01"


def nested_list(levels: int) -> str:
    lines, width = [], 0
    for _level in range(levels):
        width += 2
        if width + 4 > 400:  # keep the file under the limit: restart the indentation
            width = 0
        lines.append(" " * width + "- x")
    return "\n".join(lines)


PATHOLOGICAL = {  # each cut to just under the size limit where it would be longer
    "list nested 5,000 deep on one line": "- " * 5_000 + "x",
    "numbered list nested 5,000 deep": "1. " * 5_000 + "x",
    "blockquote nested 5,000 deep": "> " * 5_000 + "x",
    "indented list, 5,000 lines": nested_list(5_000)[:LIMIT],
    "blockquote ladder": "\n".join(">" * n + " x" for n in range(1, 600))[:LIMIT],
    "callouts opened 5,000 times": "::: rule\n" * 5_000,
    "unclosed brackets": ("[" * 50_000 + "]" * 50_000)[:LIMIT],
    "unclosed emphasis": ("*a " * 60_000)[:LIMIT],
    "links never closed": ("[x](y " * 30_000)[:LIMIT],
    "one line at the limit": "word " * (LIMIT // 5),
    "equal headings": ("## a\n" * 40_000)[:LIMIT],
    "table rows": ("|a|b|\n|-|-|\n" + "|x|y|\n" * 40_000)[:LIMIT],
    "footnotes": "".join(f"[^{i}]\n\n[^{i}]: x\n" for i in range(20_000))[:LIMIT],
    "unclosed backticks": ("`a " * 60_000)[:LIMIT],
    "task items": ("- [x] a\n" * 30_000)[:LIMIT],
    "raw html tags": ("<b>" * 70_000)[:LIMIT],
}
PATHOLOGICAL_META = {
    "yaml flow nesting 5,000 deep": "title: " + "[" * 5_000 + "]" * 5_000,
    "yaml map nesting 3,000 deep": "title: " + "{a: " * 3_000 + "1" + "}" * 3_000,
    "yaml block nesting 400 deep": "title:\n" + "".join("  " * i + "- \n" for i in range(1, 400)),
    "yaml billion laughs": "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]\n"
        for i in range(8)
    )
    + "title: *i",
    "yaml 95,000-character value": "title: " + "x" * 95_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_bodies_finish_in_bounded_time(tree, name):
    body = PATHOLOGICAL[name]
    text = f"---\n{META}\n---\n\n## Section\n\n{body}\n"
    started = time.perf_counter()
    check_result(
        timed(
            "pathological lesson",
            lambda: lesson_from_text(tree / "lessons" / "p.md", text, tree / "assets"),
            PATHOLOGICAL_BOUND,
        )
    )
    check_result(
        timed(
            "pathological quiz",
            lambda: quiz_from_text(tree / "quizzes" / "p.md", text),
            PATHOLOGICAL_BOUND,
        )
    )
    timed(
        "pathological render",
        lambda: render_markdown(body, tree / "lessons", tree / "assets"),
        PATHOLOGICAL_BOUND,
    )
    print(f"\n{name}: {len(text):,} characters, {time.perf_counter() - started:.2f} s")


@pytest.mark.parametrize("name", list(PATHOLOGICAL_META))
def test_pathological_front_matter_is_a_content_error(tree, name):
    text = f"---\n{PATHOLOGICAL_META[name]}\n---\n\n## Section\n\nText.\n"
    lesson, errors = timed(
        "pathological front matter",
        lambda: lesson_from_text(tree / "lessons" / "p.md", text, tree / "assets"),
        PATHOLOGICAL_BOUND,
    )
    assert lesson is None and errors


def test_files_over_the_size_limit_are_a_content_error_not_a_wait(tree):
    body = "- " * (MAX_SOURCE_CHARS // 2) + "x"
    text = f"---\n{META}\n---\n\n{body}"
    lesson, errors = timed(
        "oversized",
        lambda: lesson_from_text(tree / "lessons" / "big.md", text, tree / "assets"),
        0.5,
    )
    assert lesson is None and f"at most {MAX_SOURCE_CHARS:,}" in errors[0].message
    quiz, errors = quiz_from_text(tree / "quizzes" / "big.md", text)
    assert quiz is None and errors[0].line == 1
    html = timed("oversized render", lambda: render_markdown(body, tree, tree / "assets"), 0.5)
    assert "too long to show" in html and f"{MAX_SOURCE_CHARS:,}" in html
    chinese = render_markdown(body, tree, tree / "assets", "zh-CN")  # a zh-CN variant's notice
    assert "too long" not in chinese and f"{MAX_SOURCE_CHARS:,}" in chinese
    (tree / "lessons" / "huge.md").write_bytes(b"x" * (4 * MAX_SOURCE_CHARS + 1))
    course = timed("oversized course", lambda: load_course(tree), 5)
    assert any("huge.md" in str(e.path) and "at most" in e.message for e in course.errors)
    (tree / "lessons" / "huge.md").unlink()
