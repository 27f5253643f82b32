"""Texts for people made in the core, kept translatable: ``Message``.

The core writes a text once, in English, marked for the catalogue the way Qt's lupdate reads::

    QT_TRANSLATE_NOOP("Content", "unknown callout kind '{kind}'").format(kind=kind)
    Content = Plurals("Content")  # once, at the top of the module
    Content.tr("%n question(s) missing", "", n).format(quiz=quiz_id)

Either gives a ``Message``: a ``str`` whose value is the English text, so logs, tests and
everything comparing or joining strings see what they always saw, and which also carries its
context, template, values and number (of a plural). Whoever shows it to a person in another
language calls
``localize(text, language)`` (the UI with its current language, the command line with
``--lang``), which looks the template up in that language's catalogue and fills in the values.
A plain ``str`` passes through unchanged, so a text not (yet) marked still shows, in English.

lupdate extracts ``QT_TRANSLATE_NOOP("Context", "literal")`` calls, and ``Context.tr("literal",
"", n)`` calls as plurals (see ``Plurals``); the text must be a literal (never an f-string: lupdate would store
its unfilled braces), and placeholders are named (``{kind}``), so a translation may move them.
"""

from __future__ import annotations

import errno
import string
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from sellertrain.core.language import ENGLISH

_PLAIN = (str, int, float, bool, type(None))


def _value(value: Any) -> Any:
    """A value as kept in a Message: numbers, texts and Messages as they are; anything else
    (a path, a date) as its text, so a Message can be stored as JSON and compared."""
    if isinstance(value, Message | int | float | bool) or value is None:
        return value
    return str(value)


class Message(str):
    """English text that knows how to say itself in another language (see the module)."""

    context: str
    template: str
    values: Mapping[str, Any]
    number: int

    def __new__(
        cls,
        context: str,
        template: str,
        values: Mapping[str, Any] | None = None,
        number: int = -1,
    ) -> Message:
        kept = {key: _value(value) for key, value in (values or {}).items()}
        english = template
        if number >= 0:
            from sellertrain.core.i18n import translate

            english = translate(ENGLISH, context, template, number)
        if kept:
            english = english.format(**kept)
        made = super().__new__(cls, english)
        made.context, made.template, made.values, made.number = context, template, kept, number
        return made

    def format(self, *args: object, **values: Any) -> Message:
        """The same message with its ``{name}`` placeholders filled (named values only)."""
        if args:
            raise TypeError("Message.format takes named values only, so translations may move them")
        return Message(self.context, self.template, {**self.values, **values}, self.number)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.context, self.template, dict(self.values), self.number))

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {str(self)!r})"

    def to_json(self) -> dict[str, Any]:
        """The message as plain JSON values (for caches); ``from_json`` makes it again."""
        values = {k: v.to_json() if isinstance(v, Message) else v for k, v in self.values.items()}
        return {
            "context": self.context,
            "template": self.template,
            "values": values,
            "number": self.number,
        }


def from_json(data: Any) -> str:
    """A text stored by ``Message.to_json`` (or a plain string, kept as it is)."""
    if isinstance(data, str):
        return data
    values = {
        key: from_json(value) if isinstance(value, dict) else value
        for key, value in data["values"].items()
    }
    return Message(data["context"], data["template"], values, data["number"])


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:
    """Mark ``text`` for the catalogue in ``context``: a Message, ``.format()`` it to fill it."""
    return Message(context, text)


class _PluralMarker:
    """``PLURAL.translate(context, "%n …", "", n)``: a plural Message, spelled as Qt's
    ``translate`` so that lupdate extracts it as a plural (``numerus``) message."""

    def translate(self, context: str, text: str, disambiguation: str = "", n: int = 0) -> Message:
        return Message(context, text, None, n)


PLURAL = _PluralMarker()


class Plurals:
    """Plural Messages of one context, written so that pyside6-lupdate extracts them as plural
    (``numerus``) messages: it does so only for ``Name.tr("%n …", "", n)``, taking ``Name`` for
    the context (``PLURAL.translate`` is extracted as a plain message). A module writes
    ``Server = Plurals("Server")``, then ``Server.tr("%n row(s)", "", n)``."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str = "", n: int = 0) -> Message:
        return Message(self.context, text, None, n)


def localize(text: str, language: str) -> str:
    """``text`` in ``language``: a Message translated (its values too), a plain str as it is.

    A translation whose placeholders do not fit the values (a damaged catalogue) gives the
    English text rather than an error.
    """
    if not isinstance(text, Message):
        return str(text)
    if language == ENGLISH:
        return str(text)
    from sellertrain.core.i18n import translate

    template = translate(language, text.context, text.template, text.number)
    values = {key: localize(value, language) for key, value in text.values.items()}
    if not values:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


def localize_error(exc: BaseException, language: str) -> str:
    """What ``str(exc)`` says, in ``language`` when the exception was raised with a Message
    (or is a file error the system reported: ``os_error``)."""
    return localize(error_message(exc), language)


def error_message(exc: BaseException) -> str:
    """The text an exception was raised with, kept a Message when it is one (``str(exc)``
    would make it plain English), for passing a core error's text on; an operating-system
    file error as a Message naming the file (``os_error``)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    if isinstance(exc, OSError):  # the system's English: said as a Message where it can be
        return os_error(exc)
    return str(exc)


def placeholders(template: str) -> set[str]:
    """The names of ``template``'s ``{placeholders}`` (for checking translations)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# -- the operating system's file errors -------------------------------------------------
# ``str(OSError)`` is the system's English (``[Errno 13] Permission denied: 'x.csv'``). The
# common cases (a missing file, no permission, a folder where a file was meant, a full or
# read-only disk, a name too long) are Messages; any other error keeps the system's own text,
# still with the file named.

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
