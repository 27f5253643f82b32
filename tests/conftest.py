"""Shared test set-up: headless Qt, and small content trees and databases in tmp_path."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def nobody_signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's sign-in comes only from what a test sets (see tests/cli/helpers.py)."""
    monkeypatch.delenv("SELLERTRAIN_USER", raising=False)
    monkeypatch.delenv("SELLERTRAIN_PASSWORD", raising=False)


# --------------------------------------------------------------------------------------
# Helpers added for the core and CLI tests. Everything above this line is shared set-up.
# --------------------------------------------------------------------------------------
DEFAULT_LESSON_BODY = "## First section\n\nSome text.\n\n## Second section\n\nMore text.\n"


def lesson_source(lesson_id: str, body: str = DEFAULT_LESSON_BODY, **meta: object) -> str:
    """A valid lesson file (front matter lines 1-9 plus extra keys), with ``meta`` overrides.

    A value of ``None`` drops the key. Values are written verbatim after ``key: ``.
    """
    fields: dict[str, object] = {
        "id": lesson_id,
        "title": f"Lesson {lesson_id}",
        "module": "Module A",
        "order": 10,
        "minutes": 5,
        "summary": f"What {lesson_id} is about.",
        "reviewed": "2026-11-20",
    }
    fields.update(meta)
    head = "".join(f"{key}: {value}\n" for key, value in fields.items() if value is not None)
    return f"---\n{head}---\n\n{body}"


def quiz_source(quiz_id: str, questions: str, **meta: object) -> str:
    """A quiz file with the given question Markdown; ``None`` drops a key."""
    fields: dict[str, object] = {"id": quiz_id, "title": f"Quiz {quiz_id}", "pass_mark": 80}
    fields.update(meta)
    head = "".join(f"{key}: {value}\n" for key, value in fields.items() if value is not None)
    return f"---\n{head}---\n\n{questions}"


@pytest.fixture
def make_content(tmp_path: Path) -> Callable[..., Path]:
    """Build a content folder under tmp_path: ``make_content(lessons={...}, quizzes={...})``.

    Keys are file names (``.md`` added when missing), values are file text (or bytes).
    """

    def build(
        lessons: dict[str, str | bytes] | None = None,
        quizzes: dict[str, str | bytes] | None = None,
        assets: dict[str, str | bytes] | None = None,
        name: str = "content",
    ) -> Path:
        root = tmp_path / name
        for folder, files in (("lessons", lessons), ("quizzes", quizzes), ("assets", assets)):
            (root / folder).mkdir(parents=True, exist_ok=True)
            for file_name, text in (files or {}).items():
                if folder != "assets" and not file_name.endswith(".md"):
                    file_name += ".md"
                target = root / folder / file_name
                if isinstance(text, bytes):
                    target.write_bytes(text)
                else:
                    target.write_text(text, encoding="utf-8", newline="\n")
        return root

    return build


class FakeClock:
    """A UTC clock for the store that moves one second on every reading."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.current = start or dt.datetime(2026, 3, 1, 9, 0, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        moment = self.current
        self.current += dt.timedelta(seconds=1)
        return moment

    def advance(self, seconds: float) -> None:
        self.current += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock):
    """A fresh database in tmp_path, on the fake clock."""
    from sellertrain.core.store import Store

    opened = Store.create(tmp_path / "test.db", clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def lesson_md() -> Callable[..., str]:
    """``lesson_md("id", body=..., key=value)``: the text of a valid lesson (see lesson_source)."""
    return lesson_source


@pytest.fixture
def quiz_md() -> Callable[..., str]:
    """``quiz_md("id", questions, key=value)``: the text of a quiz (see quiz_source)."""
    return quiz_source


NOT_UTF8_LESSON = (
    b"---\nid: not-utf8\ntitle: Saved as Latin-1\nmodule: Broken samples\norder: 230\n"
    b"minutes: 5\nsummary: Caf\xe9 menu.\nreviewed: 2026-11-20\n---\n\n## Section\n\nText.\n"
)


@pytest.fixture(scope="session")
def broken_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/fixtures/broken plus ``lessons/not-utf8.md`` (a Latin-1 byte on line 7).

    The non-UTF-8 sample is written here rather than kept in the repository because ruff
    (which also reads ``*.md`` files) cannot read a non-UTF-8 file and would fail the CI.
    """
    root = tmp_path_factory.mktemp("fixtures") / "broken"
    shutil.copytree(FIXTURES / "broken", root)
    (root / "lessons" / "not-utf8.md").write_bytes(NOT_UTF8_LESSON)
    return root


@pytest.fixture(autouse=True)
def _cheap_password_hashes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """scrypt at its real cost (N=2^17) takes ~0.4 s a hash; hundreds of tests add employees.

    Tests hash at a low cost instead, except those marked ``real_password_cost`` (which check
    the cost itself). Hashes record their cost, so both verify the same way.
    """
    if request.node.get_closest_marker("real_password_cost") is None:
        from sellertrain.core import passwords

        monkeypatch.setattr(passwords, "COST", (2**10, 8, 1))


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):
    """Create the QApplication first: code under test (the PDF writer) may otherwise create a
    bare QGuiApplication, after which no widget can be built in this process."""
    return qapp


@pytest.fixture(autouse=True)
def english_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests speak English whatever the machine's locale or the language chosen in its app:
    the locale is set and this computer's settings are a file of the test's own."""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    monkeypatch.setenv("SELLERTRAIN_SETTINGS", str(tmp_path / "this-computer.ini"))
