"""Hostile content folders (issue 17): special files, bad asset paths, huge numbers, CR endings.

Each case must end in ContentErrors at a line, within a bounded amount of work: a named pipe
must not block, ``/dev/zero`` must not be read past the size limit, and an ``assets`` folder
that links outside the content folder must not let a lesson show a file from elsewhere.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from sellertrain.core.content.course_settings import parse_duration
from sellertrain.core.content.lessons import lesson_from_text
from sellertrain.core.content.loader import load_course
from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.content.render import render_markdown
from sellertrain.core.content.safe_read import UnsafeFile, read_limited

REPO = Path(__file__).resolve().parents[3]
META = "id: x\ntitle: T\nmodule: M\norder: 1\nminutes: 5\nsummary: S\nreviewed: 2026-01-01"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
needs_dev = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")


def within(seconds: float, call: Callable[[], object]) -> object:
    """``call()`` in a thread; fail (rather than hang the suite) when it has not returned."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(call()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the call is still blocked"
    return result[0]


@pytest.fixture
def course(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    root.mkdir()
    for name in ("lessons", "quizzes", "assets", "course.yaml"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copy(source, root / name)
    return root


def errors_of(root: Path, name: str) -> list[str]:
    loaded = within(30, lambda: load_course(root))
    return [e.message for e in loaded.errors if e.path.name == name]  # type: ignore[attr-defined]


@needs_fifo
@pytest.mark.parametrize("where", ["lessons/pipe.md", "quizzes/pipe.md", "course.yaml"])
def test_a_named_pipe_is_refused_without_waiting(course: Path, where: str) -> None:
    target = course / where
    target.unlink(missing_ok=True)
    os.mkfifo(target)
    messages = errors_of(course, target.name)
    assert messages == [
        "the file is not a regular file (a named pipe, device or folder): only ordinary "
        "files are read"
    ]


@needs_dev
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("where", ["lessons/dev.md", "quizzes/dev.md", "course.yaml"])
def test_a_link_to_a_device_is_refused_unread(course: Path, device: str, where: str) -> None:
    target = course / where
    target.unlink(missing_ok=True)
    target.symlink_to(device)
    assert len(errors_of(course, target.name)) == 1


def test_reading_stops_at_the_limit_whatever_the_size_says(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(UnsafeFile) as caught:
        read_limited(big, 1000)
    assert caught.value.too_big
    assert read_limited(big, 1001) == b"x" * 1001


@needs_dev
def test_dev_zero_is_not_read_even_with_a_large_limit() -> None:
    with pytest.raises(UnsafeFile, match="not a regular file"):
        read_limited(Path("/dev/zero"), 10**12)


def lesson_with(body: str, root: Path) -> list[tuple[int, str]]:
    path = root / "lessons" / "x.md"
    _lesson, errors = lesson_from_text(path, f"---\n{META}\n---\n\n{body}\n", root / "assets")
    return [(e.line, e.message) for e in errors]


@pytest.mark.parametrize(
    ("src", "words"),
    [
        ("../assets/%00.png", "control character"),
        ("../assets/a%0Ab.png", "control character"),
        ("../assets/" + "a" * 256 + ".png", "longer than 255 bytes"),
        ("../assets/" + "é" * 130 + ".png", "longer than 255 bytes"),
    ],
)
def test_an_impossible_image_name_is_an_error_at_its_line(
    course: Path, src: str, words: str
) -> None:
    problems = lesson_with(f"## A\n\nText.\n\n![a]({src})", course)
    assert [(line, words in message) for line, message in problems] == [(15, True)]
    html = render_markdown(f"![a]({src})", course / "lessons", course / "assets")
    assert 'class="missing-image"' in html and "<img" not in html


def test_an_assets_folder_linking_outside_the_content_is_refused(course: Path) -> None:
    shutil.rmtree(course / "assets")
    (course / "assets").symlink_to(Path("/"))
    problems = lesson_with("## A\n\nText.\n\n![p](../assets/etc/passwd)", course)
    assert len(problems) == 1 and "inside assets/ (in the content folder)" in problems[0][1]
    html = render_markdown("![p](../assets/etc/passwd)", course / "lessons", course / "assets")
    assert "file:" not in html and "<img" not in html


def test_an_image_linking_outside_assets_is_refused(course: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG")
    (course / "assets" / "inside.png").symlink_to(secret)
    html = render_markdown("![p](../assets/inside.png)", course / "lessons", course / "assets")
    assert "<img" not in html


def test_a_five_thousand_digit_validity_is_an_error_not_a_traceback(course: Path) -> None:
    settings = course / "course.yaml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("365d", "9" * 5000 + "d", 1),
        encoding="utf-8",
    )
    assert parse_duration("9" * 5000 + "d") is None
    messages = errors_of(course, "course.yaml")
    assert len(messages) == 1 and "valid_for" in messages[0]


def test_a_huge_number_in_front_matter_says_so(course: Path) -> None:
    text = f"---\n{META.replace('order: 1', 'order: ' + '9' * 5000)}\n---\n\n## A\n\nText.\n"
    lesson, errors = lesson_from_text(course / "lessons" / "x.md", text, course / "assets")
    assert lesson is None
    assert [(e.line, e.message) for e in errors] == [
        (5, "front matter has an impossible value: a number has too many digits")
    ]


@pytest.mark.parametrize(
    "spec", ["1e999 ± 1e999", "1e999", "1..1e999", "9" * 5000, "1e13", "5 ± 1e400"]
)
def test_numbers_beyond_the_bound_are_refused(spec: str) -> None:
    text = (
        "---\nid: q\ntitle: Q\npass_mark: 50\n---\n\n## How many?\n\n"
        f"Number: {spec}\n\n## Other?\n\n- [x] yes\n- [ ] no\n"
    )
    _quiz, errors = quiz_from_text(Path("q.md"), text)
    assert [(e.line, "is not a number" in e.message) for e in errors] == [(9, True)]


@pytest.mark.parametrize("kind", ["lesson", "quiz"])
def test_old_mac_line_endings_get_one_exact_message(course: Path, kind: str) -> None:
    name = "lessons" if kind == "lesson" else "quizzes"
    source = sorted((course / name).glob("*.md"))[0]
    text = source.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\n", "\r")
    read = lesson_from_text if kind == "lesson" else quiz_from_text
    args = (source, text, course / "assets") if kind == "lesson" else (source, text)
    item, errors = read(*args)  # type: ignore[operator]
    assert item is None
    assert [(e.line, e.message) for e in errors] == [
        (1, "the file uses old Mac line endings (CR alone): save it with LF or CRLF line endings")
    ]
