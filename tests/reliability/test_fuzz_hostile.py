"""The fuzz tests' hostile input kinds from issue 17: special files, long headings, bad asset
paths, huge numbers and CR line endings, mixed at random into lessons, quizzes and course.yaml.

As in ``test_fuzz_content``, the only failures allowed are ContentErrors in the result, and
each input is bounded in time (generous: they take milliseconds).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sellertrain.core.content.lessons import lesson_from_text
from sellertrain.core.content.loader import load_course
from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.content.render import render_markdown
from sellertrain.core.interchange.gift import parse_gift
from sellertrain.core.interchange.gift_convert import convert_gift
from sellertrain.core.models import ContentError
from tests.reliability.test_fuzz_content import EXAMPLES, META, check_result, timed

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=os.environ.get("SELLERTRAIN_FUZZ_RANDOM") is None,
)
HOSTILE_BITS = [
    "## " + "[" * 5_000,
    "## " + "[a](" * 1_000,
    "## x" + " " * 5_000 + "y",
    "![a](../assets/%00.png)",
    "![a](../assets/" + "a" * 300 + ".png)",
    "![a](../assets/../../../../etc/passwd)",
    "![a](%2e%2e/%2e%2e/etc/passwd)",
    "Number: 1e999 ± 1e999",
    "Number: " + "9" * 5_000,
    "Number: 1..1e400 (50%)",
    "- a" + " " * 10_000 + "b",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "## Q\n\n",
    "- [x] yes\n- [ ] no\n",
    "text ",
]
hostile_body = st.lists(st.sampled_from(HOSTILE_BITS), min_size=1, max_size=6).map("".join)
hostile_meta = st.sampled_from(
    [META, META.replace("order: 1", "order: " + "9" * 5_000), META.replace("\n", "\r")]
)


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "content"
    for folder in ("lessons", "quizzes", "assets"):
        (root / folder).mkdir(parents=True)
    return root


@FUZZ
@given(hostile_meta, hostile_body)
def test_hostile_lessons_and_quizzes_load_or_report(tree, meta, body):
    text = f"---\n{meta}\n---\n\n{body}"
    check_result(
        timed("hostile lesson", lambda: lesson_from_text(tree / "lessons" / "h.md", text, tree))
    )
    quiz_text = f"---\nid: q\ntitle: Q\npass_mark: 50\n---\n\n{body}"
    check_result(
        timed("hostile quiz", lambda: quiz_from_text(tree / "quizzes" / "q.md", quiz_text))
    )
    timed("hostile render", lambda: render_markdown(body, tree / "lessons", tree / "assets"))


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            [
                "{#1e999:1}",
                "{#1:1e999}",
                "{#" + "9" * 400 + "}",
                "{=a}",
                "::" + "<" * 2000 + "::",
                "// " + "[id:" * 500,
                "\n\n",
                "Q",
                "\r",
                "{#1..2}",
                "{~a =b}",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_hostile_gift_parses_or_reports(text):
    timed("hostile gift", lambda: convert_gift(parse_gift(text), "x.gift", None))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "/dev/urandom", "folder"])
def test_special_files_in_a_course_are_errors(tmp_path, special):
    root = tmp_path / "content"
    for folder in ("lessons", "quizzes", "assets"):
        (root / folder).mkdir(parents=True)
    for where in ("lessons/s.md", "quizzes/s.md", "course.yaml"):
        path = root / where
        if special == "fifo":
            os.mkfifo(path)
        elif special == "folder":
            path.mkdir()
        elif Path(special).exists():
            path.symlink_to(special)
    loaded: list = []
    thread = threading.Thread(target=lambda: loaded.append(load_course(root)), daemon=True)
    thread.start()
    thread.join(30)
    assert loaded, "load_course is blocked"
    errors = [e for e in loaded[0].errors if e.path.name in ("s.md", "course.yaml")]
    assert all(isinstance(e, ContentError) for e in errors)
    if special != "folder" and Path(special if special != "fifo" else "/").exists():
        assert len(errors) == 3
