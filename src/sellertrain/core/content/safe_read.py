"""Reading a content or import file safely: regular files only, never more than a limit.

A content folder is written by authors (or anyone with access to it), so a lesson may be a
named pipe (opening it for reading would wait for a writer forever) or a symlink to
``/dev/zero`` (whose ``st_size`` is 0 while reading never ends). The file is opened without
blocking, checked to be a regular file on the open handle (no race with a rename), and read
in chunks up to the limit, whatever ``st_size`` says.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sellertrain.core.message import QT_TRANSLATE_NOOP, os_reason

_CHUNK = 1 << 16


class UnsafeFile(Exception):
    """The file cannot be read as content; ``message`` says why in one line."""

    def __init__(self, message: str, too_big: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.too_big = too_big


def read_limited(path: Path | str, limit: int, what: str = "the file") -> bytes:
    """The bytes of the regular file ``path``; UnsafeFile when it is not a regular file,
    holds more than ``limit`` bytes, or cannot be read (a too-long name, a NUL, ...)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except ValueError:  # a NUL in the name
        raise UnsafeFile(
            QT_TRANSLATE_NOOP(
                "Content", "cannot read {what}: its name is not a valid file name"
            ).format(what=what)
        ) from None
    except OSError as exc:
        raise UnsafeFile(
            QT_TRANSLATE_NOOP("Content", "cannot read {what}: {reason}").format(
                what=what, reason=os_reason(exc)
            )
        ) from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(
                QT_TRANSLATE_NOOP(
                    "Content",
                    "{what} is not a regular file (a named pipe, device or folder): only "
                    "ordinary files are read",
                ).format(what=what)
            )
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(handle, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise UnsafeFile(
                    QT_TRANSLATE_NOOP(
                        "Content", "{what} has more than {limit:,} bytes; it may have {limit:,}"
                    ).format(what=what, limit=limit),
                    too_big=True,
                )
        return b"".join(chunks)
    except OSError as exc:
        raise UnsafeFile(
            QT_TRANSLATE_NOOP("Content", "cannot read {what}: {reason}").format(
                what=what, reason=os_reason(exc)
            )
        ) from None
    finally:
        os.close(handle)


def read_text_or_none(path: Path | str, limit: int) -> str | None:
    """The file's text (UTF-8, undecodable bytes replaced) for a best-effort look, or None
    when it cannot be read safely: callers that only need a hint (a declared id, a line)."""
    try:
        return read_limited(path, limit).decode("utf-8", errors="replace")
    except UnsafeFile:
        return None
