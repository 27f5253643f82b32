"""A file error reaches a screen in the app's language: the studio's open/save errors go
through ``error_text``, exports through ``file_problem``."""

from __future__ import annotations

import errno
from collections.abc import Iterator

import pytest

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.ui import translations


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    translations.install("zh-CN")
    yield
    translations.install("en")


def test_error_text_and_file_problem_are_chinese(chinese):
    denied = PermissionError(errno.EACCES, "Permission denied", "lessons/fees.md")
    assert (
        translations.error_text(denied) == "没有权限使用 lessons/fees.md（它可能正被其他程序打开）"
    )
    assert translations.file_problem(denied) == "没有权限（文件可能正被其他程序打开）"
    full = OSError(errno.ENOSPC, "No space left on device", "report.pdf")
    assert translations.file_problem(full) == "磁盘已满"
    said = OSError(QT_TRANSLATE_NOOP("Store", "no such employee"))  # a core error's own text
    assert translations.file_problem(said) == translations.error_text(said) != "no such employee"


def test_english_readers_get_the_english_sentence():
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "a.csv")
    assert translations.error_text(missing) == "a.csv does not exist"
    assert translations.file_problem(missing) == "the file or folder does not exist"
