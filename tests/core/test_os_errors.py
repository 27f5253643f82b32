"""The operating system's file errors said in Chinese, naming the file; others as the system
says them."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from sellertrain.core.message import (
    QT_TRANSLATE_NOOP,
    Message,
    error_message,
    localize,
    localize_error,
    os_error,
    os_reason,
)

ZH = "zh-CN"


@pytest.mark.parametrize(
    ("number", "reason", "sentence"),
    [
        (errno.ENOENT, "文件或文件夹不存在", "{p} 不存在"),
        (errno.EACCES, "没有权限（文件可能正被其他程序打开）", "没有权限使用 {p}（它可能正被其他程序打开）"),
        (errno.EPERM, "没有权限（文件可能正被其他程序打开）", "没有权限使用 {p}（它可能正被其他程序打开）"),
        (errno.EISDIR, "这是文件夹，不是文件", "{p} 是文件夹，不是文件"),
        (errno.ENOTDIR, "路径中有一部分是文件，而不是文件夹", "路径 {p} 中有一部分是文件，而不是文件夹"),
        (errno.EEXIST, "已经存在", "{p} 已经存在"),
        (errno.ENOSPC, "磁盘已满", "磁盘已满：未能写入 {p}"),
        (errno.EROFS, "磁盘是只读的", "{p} 所在的磁盘是只读的"),
        (errno.ENAMETOOLONG, "文件名太长", "文件名 {p} 太长"),
    ],
)  # fmt: skip
def test_common_errors_are_translated_and_name_the_file(number: int, reason: str, sentence: str):
    path = "/data/报告.csv"
    exc = OSError(number, os.strerror(number), path)  # Python makes the subclass from errno
    assert localize(os_reason(exc), ZH) == reason
    assert localize(os_error(exc), ZH) == sentence.format(p=path)
    assert localize_error(exc, ZH) == sentence.format(p=path)
    english = str(os_error(exc))
    assert path in english and "Errno" not in english


def test_an_error_named_only_by_its_class_is_translated_too():
    assert (
        localize(os_reason(PermissionError("denied")), ZH) == "没有权限（文件可能正被其他程序打开）"
    )
    assert localize(os_error(FileNotFoundError("gone"), Path("x.csv")), ZH) == "x.csv 不存在"


def test_real_errors_from_the_system(tmp_path: Path):
    with pytest.raises(OSError) as missing:
        (tmp_path / "nowhere" / "a.csv").write_text("x")
    assert localize_error(missing.value, ZH) == f"{tmp_path / 'nowhere' / 'a.csv'} 不存在"
    with pytest.raises(OSError) as folder:
        tmp_path.read_text()
    assert localize_error(folder.value, ZH) == f"{tmp_path} 是文件夹，不是文件"


def test_other_errors_keep_the_system_text_with_the_file():
    exc = OSError(errno.EIO, "Input/output error", "disk.db")
    assert localize(os_error(exc), ZH) == "disk.db：Input/output error"
    assert str(os_error(exc)) == "disk.db: Input/output error"
    assert os_reason(exc) == "Input/output error"
    plain = OSError("the socket closed")  # no errno, no file: as it is
    assert (
        os_error(plain) == "the socket closed" and localize_error(plain, ZH) == "the socket closed"
    )


def test_an_os_error_raised_with_a_message_keeps_it():
    said = QT_TRANSLATE_NOOP("Store", "no such employee")
    exc = OSError(said)
    assert error_message(exc) is said
    assert isinstance(error_message(FileNotFoundError(2, "No such file", "a")), Message)
