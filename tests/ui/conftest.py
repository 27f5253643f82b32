"""Fixtures for the screens: a real store in tmp_path and the shipped course."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import Course
from sellertrain.core.store import Store
from sellertrain.ui import dialogs
from sellertrain.ui.main_window import MainWindow
from tests.conftest import REPO


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the shipped course, safe to edit in a test."""
    root = tmp_path / "content"
    for name in ("lessons", "quizzes", "assets"):
        shutil.copytree(REPO / name, root / name)
    return root


@pytest.fixture
def course(content: Path) -> Course:
    return load_course(content, deep=False)


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.create(tmp_path / "app.db")
    yield opened
    opened.close()


@pytest.fixture
def answers_yes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Answer every yes/no dialog with yes, and record what was asked."""
    asked: list[tuple[str, str]] = []

    def ask(_parent, title: str, text: str) -> bool:
        asked.append((title, text))
        return True

    monkeypatch.setattr(dialogs, "ask_yes_no", ask)
    return asked


@pytest.fixture
def window(qtbot, store: Store, course: Course) -> MainWindow:
    main = MainWindow(Accounts(store), course)
    qtbot.addWidget(main)
    main.resize(1100, 760)
    main.start()
    main.show()
    return main


@pytest.fixture(autouse=True)
def this_computer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test remembers sign-ins and reading positions in a file of its own."""
    from sellertrain.ui import this_computer

    path = tmp_path / "this-computer.ini"
    monkeypatch.setenv(this_computer.SETTINGS_ENV, str(path))
    return path


class ReadingClock:
    """The lesson reader's monotonic clock, moved on by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def reading_clock(monkeypatch: pytest.MonkeyPatch) -> ReadingClock:
    """Time on a lesson passes only when the test says so (see ReadingClock.advance)."""
    from sellertrain.ui.learner import lesson_reader

    clock = ReadingClock()
    monkeypatch.setattr(lesson_reader.time, "monotonic", clock)
    return clock


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    """The screens in English, with its plural forms, as the app installs them at start.

    Per test (not per session), so a test that switches to Chinese leaves no trace."""
    from sellertrain.ui import translations

    translations.install("en")
