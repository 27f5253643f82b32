"""The operating system's file errors said in the reader's language, naming the file.

``str(OSError)`` is the system's English (``[Errno 13] Permission denied: 'x.csv'``). The
common cases (a missing file, no permission, a folder where a file was meant, a full or
read-only disk, a name too long) become Messages; any other error keeps the system's own
text, still with the file named.
"""

from __future__ import annotations

import errno
from pathlib import PurePath

from sellertrain.core.message import QT_TRANSLATE_NOOP, Message

# errno -> (the problem alone, for a sentence that names the file already; the whole sentence)
_BY_ERRNO: dict[int, tuple[Message, Message]] = {
    errno.ENOENT: (
        QT_TRANSLATE_NOOP("OsError", "the file or folder does not exist"),
        QT_TRANSLATE_NOOP("OsError", "{path} does not exist"),
    ),
    errno.EACCES: (
        QT_TRANSLATE_NOOP("OsError", "permission denied (the file may be open in another program)"),
        QT_TRANSLATE_NOOP(
            "OsError", "no permission to use {path} (it may be open in another program)"
        ),
    ),
    errno.EISDIR: (
        QT_TRANSLATE_NOOP("OsError", "it is a folder, not a file"),
        QT_TRANSLATE_NOOP("OsError", "{path} is a folder, not a file"),
    ),
    errno.ENOTDIR: (
        QT_TRANSLATE_NOOP("OsError", "part of the path is a file, not a folder"),
        QT_TRANSLATE_NOOP("OsError", "part of the path {path} is a file, not a folder"),
    ),
    errno.EEXIST: (
        QT_TRANSLATE_NOOP("OsError", "it exists already"),
        QT_TRANSLATE_NOOP("OsError", "{path} exists already"),
    ),
    errno.ENOSPC: (
        QT_TRANSLATE_NOOP("OsError", "the disk is full"),
        QT_TRANSLATE_NOOP("OsError", "the disk is full: {path} was not written"),
    ),
    errno.EROFS: (
        QT_TRANSLATE_NOOP("OsError", "the disk is read-only"),
        QT_TRANSLATE_NOOP("OsError", "{path} is on a read-only disk"),
    ),
    errno.ENAMETOOLONG: (
        QT_TRANSLATE_NOOP("OsError", "the file name is too long"),
        QT_TRANSLATE_NOOP("OsError", "the file name {path} is too long"),
    ),
}
_BY_ERRNO[errno.EPERM] = _BY_ERRNO[errno.EACCES]  # PermissionError is either
_OTHER = QT_TRANSLATE_NOOP("OsError", "{path}: {reason}")
# the exception classes Python raises for these, should an error come without its errno
_BY_CLASS: tuple[tuple[type[OSError], int], ...] = (
    (FileNotFoundError, errno.ENOENT),
    (PermissionError, errno.EACCES),
    (IsADirectoryError, errno.EISDIR),
    (NotADirectoryError, errno.ENOTDIR),
    (FileExistsError, errno.EEXIST),
)


def _known(exc: OSError) -> tuple[Message, Message] | None:
    if exc.errno in _BY_ERRNO:
        return _BY_ERRNO[exc.errno]
    return next((_BY_ERRNO[number] for kind, number in _BY_CLASS if isinstance(exc, kind)), None)


def os_reason(exc: OSError) -> str:
    """What went wrong, without the file (for a sentence that names it already): a Message
    for the common errors, else the system's text."""
    known = _known(exc)
    if known is not None:
        return known[0]
    return exc.strerror or str(exc)


def os_error(exc: OSError, path: str | PurePath | None = None) -> str:
    """The whole sentence: what went wrong with which file (``path``, else the one the
    error names); a Message for the common errors, else the system's text with the file."""
    where = path if path is not None else exc.filename
    if where is None:
        return os_reason(exc)
    known = _known(exc)
    if known is not None:
        return known[1].format(path=str(where))
    return _OTHER.format(path=str(where), reason=exc.strerror or str(exc))
