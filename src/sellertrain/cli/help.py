"""``--help`` and usage errors in the run's language.

The help texts are written in English, marked ``QT_TRANSLATE_NOOP("CliHelp", "…")``, and the
parser keeps them in English; ``HelpFormatter`` translates each one when it lays out a help page
or a usage line, and ``CliParser.error`` translates argparse's own error messages. argparse's
words ("usage: ", "options", "show this help message and exit") come from ``gettext`` inside
argparse, which reads no catalogue of ours; they are marked here and translated by the same
lookup, so nothing outside this run is patched. English output is argparse's own, unchanged.

The language must be known before the arguments are read (``--help`` prints as soon as it is
seen): ``requested_language`` pre-scans argv for ``--lang``; ``Words`` resolves it, with the
saved choice and the locale after it, only when a help page or an error is shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import re
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, NoReturn

from sellertrain.core.language import ENGLISH, SUPPORTED
from sellertrain.core.message import QT_TRANSLATE_NOOP, Message

CONTEXT = "CliHelp"

# argparse's own words (Python's gettext messages), and the names argparse makes from a
# ``dest`` (a positional ``name``, ``--department`` → ``DEPARTMENT``)
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("CliHelp", "usage: "),
    QT_TRANSLATE_NOOP("CliHelp", "positional arguments"),
    QT_TRANSLATE_NOOP("CliHelp", "options"),
    QT_TRANSLATE_NOOP("CliHelp", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CliHelp", "name"),
    QT_TRANSLATE_NOOP("CliHelp", "DEPARTMENT"),
    QT_TRANSLATE_NOOP("CliHelp", "NOTE"),
    QT_TRANSLATE_NOOP("CliHelp", "int"),  # in "invalid int value: 'x'"
)
# the commands' metavars that are words (YYYY-MM-DD, N, ID, DSN are not translated)
METAVARS = (
    QT_TRANSLATE_NOOP("CliHelp", "COMMAND"),
    QT_TRANSLATE_NOOP("CliHelp", "ACTION"),
    QT_TRANSLATE_NOOP("CliHelp", "PATH"),
    QT_TRANSLATE_NOOP("CliHelp", "DIR"),
    QT_TRANSLATE_NOOP("CliHelp", "NAME"),
    QT_TRANSLATE_NOOP("CliHelp", "FILE"),
    QT_TRANSLATE_NOOP("CliHelp", "FILE.csv"),
    QT_TRANSLATE_NOOP("CliHelp", "FILE.json"),
    QT_TRANSLATE_NOOP("CliHelp", "FILE.pdf"),
    QT_TRANSLATE_NOOP("CliHelp", "CODE"),
    QT_TRANSLATE_NOOP("CliHelp", "QUIZ_ID"),
    QT_TRANSLATE_NOOP("CliHelp", "HASH"),
    QT_TRANSLATE_NOOP("CliHelp", "ANCHOR"),
    QT_TRANSLATE_NOOP("CliHelp", "KIND"),
    QT_TRANSLATE_NOOP("CliHelp", "TEXT"),
)

# argparse's usage errors (and the commands' own), matched against the English message to
# translate it: ``%s``/``%r`` and ``%(name)s`` are the values, carried over as they are
ERRORS = (
    QT_TRANSLATE_NOOP("CliHelp", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CliHelp", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CliHelp", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CliHelp", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CliHelp", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("CliHelp", "expected one argument"),
    QT_TRANSLATE_NOOP("CliHelp", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CliHelp", "expected at least one argument"),
    QT_TRANSLATE_NOOP("CliHelp", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("CliHelp", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("CliHelp", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("CliHelp", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("CliHelp", "%r is not a date (use YYYY-MM-DD)"),
)
NOT_A_DATE = ERRORS[-1]

PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")
# the errors whose value is a list of arguments: named as their help page names them
NAME_LISTS = {
    "the following arguments are required: %s",
    "not allowed with argument %s",
    "one of the arguments %s is required",
}

# a line may not start with closing punctuation nor end with opening punctuation
CLOSING = "，。；：、！？）》」』”’),.;:!?"
OPENING = "（《「『“‘("


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of the last ``--lang X`` / ``--lang=X`` before ``--``, if a supported one."""
    found = None
    tokens = list(argv)
    for index, token in enumerate(tokens):
        if token == "--":
            break
        if token == "--lang" and index + 1 < len(tokens):
            found = tokens[index + 1]
        elif token.startswith("--lang="):
            found = token.partition("=")[2]
    return found if found in SUPPORTED else None


def display_width(text: str) -> int:
    """Terminal columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _units(text: str) -> list[str]:
    """Pieces a line may break between: a space, a run of Latin text, or one wide character,
    with closing punctuation kept on the piece before and opening on the piece after."""
    units: list[str] = []
    for piece in re.findall(r"\s+|[^\s]", text):
        wide = display_width(piece) == 2
        if piece.isspace():
            units.append(" ")
        elif (
            units
            and units[-1] != " "
            and (
                units[-1][-1] in OPENING
                or piece in CLOSING
                or (not wide and display_width(units[-1][-1]) == 1)  # a Latin word goes on
            )
        ):
            units[-1] += piece
        else:
            units.append(piece)
    return units


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns (a longer word overflows), breaking at
    spaces and between Chinese characters."""
    lines: list[str] = []
    line = ""
    space = False
    for unit in _units(text):
        if unit == " ":
            space = bool(line)
            continue
        joined = line + (" " if space else "") + unit
        if line and display_width(joined) > width:
            lines.append(line)
            joined = unit
        line, space = joined, False
    if line:
        lines.append(line)
    return lines


class Sentence(str):
    """A command's description made from its one-line summary (capitalised, with a full
    stop): translated as the summary."""

    summary: str

    def __new__(cls, summary: str) -> Sentence:
        made = super().__new__(cls, summary[0].upper() + summary[1:] + ".")
        made.summary = summary
        return made


class Words:
    """The help texts' translations in the run's language, looked up on first use."""

    def __init__(self, requested: str | None = None) -> None:
        self.requested = requested
        self._language: str | None = None

    @property
    def language(self) -> str:
        if self._language is None:
            from sellertrain.core.language import chosen_language

            self._language = chosen_language(self.requested)
        return self._language

    def resolve(self) -> None:
        """Work the language out: done when a help page or an error is about to be shown."""
        _ = self.language

    @property
    def wide(self) -> bool:
        """True when the texts may hold Chinese: laid out by display width. False until the
        parser shows a page or an error (``language`` read once): building the parser lays
        out the subcommands' names, and must not read the saved choice for that."""
        return self._language is not None and self._language != ENGLISH

    def __call__(self, text: str) -> str:
        if not self.wide or not text:
            return text
        from sellertrain.core.i18n import catalogue
        from sellertrain.core.message import localize

        if isinstance(text, Sentence):
            return self(text.summary) + "。"
        if isinstance(text, Message):  # its own context, its values filled in
            return localize(text, self.language)
        return catalogue(self.language).translate(CONTEXT, text)

    def error(self, message: str) -> str:
        """argparse's English error message in the run's language (as it is when unknown)."""
        if self.language == ENGLISH:
            return message
        for template in ERRORS:
            found = _pattern(template).fullmatch(message)
            if found is not None:
                return self._fill(self(template), template, found)
        return message

    def _fill(self, translated: str, template: str, found: re.Match[str]) -> str:
        values = dict(found.groupdict())
        for name, value in values.items():
            if name == "message":
                values[name] = self.error(value)
            elif name == "argument_name" or (name == "p0" and template in NAME_LISTS):
                values[name] = re.sub(r"[^\s,/]+", lambda word: self.name(word.group(0)), value)
            elif name == "type":  # the type's function: int (a count, a seed)
                values[name] = self(value)
        counter = iter(range(len(values)))

        def fill(match: re.Match[str]) -> str:
            key = match.group(1) or f"p{next(counter)}"
            return values.get(key, match.group(0))

        return PLACEHOLDER.sub(fill, translated)

    def name(self, text: str) -> str:
        """An argument as named in an error: an option stays, a metavar is translated."""
        if text.startswith("-"):
            return text
        return self(text)


@functools.cache
def _pattern(template: str) -> re.Pattern[str]:
    """The English message of ``template`` with each value a named group (``p0``, ``p1`` …
    for ``%s``)."""
    pattern, positional = "", 0
    for index, part in enumerate(PLACEHOLDER.split(template)):
        if index % 2 == 0:
            pattern += re.escape(part)
            continue
        if part is None:
            part, positional = f"p{positional}", positional + 1
        pattern += f"(?P<{part}>.+?)"
    return re.compile(pattern, re.DOTALL)


def iso_day(text: str) -> dt.date:
    """An argument's ``YYYY-MM-DD`` date; a usage error naming the text when it is not one."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(NOT_A_DATE % text) from None


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with every text translated by ``words``; in Chinese, lines are
    wrapped and columns aligned by display width. ``raw`` keeps a description's line breaks
    (as ``RawDescriptionHelpFormatter``)."""

    def __init__(self, prog: str, words: Words, raw: bool = False, **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self.words = words
        self.raw = raw

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = self.words(ARGPARSE_WORDS[0])
        super().add_usage(usage, actions, groups, prefix)

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        """In Chinese, argparse's usage without the prefix, laid out in a width narrowed by the
        prefix's columns (and, when a line still overflows, by the extra columns the Chinese
        metavars take), then the prefix before it."""
        if not self.words.wide or not prefix:
            return super()._format_usage(usage, actions, groups, prefix)
        shift = display_width(prefix)
        text = self._narrowed_usage(usage, actions, groups, shift)
        lines = text.split("\n")
        if max(map(display_width, lines)) + shift > self._width - self._current_indent:
            text = self._narrowed_usage(
                usage, actions, groups, shift + display_width(text) - len(text)
            )
        first, *rest = text.split("\n")
        return "\n".join([prefix + first] + [" " * shift + line if line else line for line in rest])

    def _narrowed_usage(self, usage: Any, actions: Any, groups: Any, narrow: int) -> str:
        self._width -= narrow
        try:
            return super()._format_usage(usage, actions, groups, "")
        finally:
            self._width += narrow

    def start_section(self, heading: str | None) -> None:
        super().start_section(self.words(heading) if heading else heading)

    def format_help(self) -> str:
        text = super().format_help()
        if self.words.wide:  # argparse ends a section's heading with an ASCII colon
            text = re.sub(r"^(\S[^\n]*):$", r"\1：", text, flags=re.M)
        return text

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = self.words(text)
        super().add_text(text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return self.words(action.help) if action.help else action.help

    def _metavar_formatter(self, action: argparse.Action, default_metavar: str) -> Any:
        if self.words.wide and isinstance(action.metavar, str):
            metavar = self.words(action.metavar)
            return lambda size: (metavar,) * size
        return super()._metavar_formatter(action, default_metavar)

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return self.words(super()._get_default_metavar_for_optional(action))

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return self.words(super()._get_default_metavar_for_positional(action))

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if self.words.wide:  # each line of the translation is a paragraph, wrapped
            lines = (wrap(line, width - len(indent)) or [""] for line in text.splitlines())
            return "\n".join(indent + part for parts in lines for part in parts)
        if self.raw:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)

    def _split_lines(self, text: str, width: int) -> list[str]:
        if self.words.wide:
            return wrap(self._whitespace_matcher.sub(" ", text).strip(), width)
        return super()._split_lines(text, width)

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if self.words.wide and action.help is not argparse.SUPPRESS:
            width = display_width(self._format_action_invocation(action)) + self._current_indent
            self._action_max_length = max(self._action_max_length, width)

    def _format_action(self, action: argparse.Action) -> str:
        """argparse's entry, its help moved left by the columns Chinese in the option's
        name takes beyond its length (or onto the next line, when the name is too wide)."""
        text = super()._format_action(action)
        header = self._format_action_invocation(action)
        extra = display_width(header) - len(header)
        first, newline, rest = text.partition("\n")
        start = self._current_indent + len(header)
        help_text = first[start:].lstrip(" ")
        gap = len(first) - start - len(help_text)
        if not self.words.wide or not extra or not help_text:
            return text
        if gap - extra >= 2:
            return first[:start] + " " * (gap - extra) + help_text + newline + rest
        position = min(self._action_max_length + 2, self._max_help_position)
        return first[:start] + "\n" + " " * position + help_text + newline + rest


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser whose help pages and usage errors are in the language of ``words``
    (its subcommands' parsers too)."""

    def __init__(self, *args: Any, words: Words | None = None, **kwargs: Any) -> None:
        self.words = words or Words()
        super().__init__(*args, **kwargs)

    def _get_formatter(self) -> argparse.HelpFormatter:
        raw = isinstance(self.formatter_class, type) and issubclass(
            self.formatter_class, argparse.RawDescriptionHelpFormatter
        )
        return HelpFormatter(self.prog, self.words, raw=raw)

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", functools.partial(CliParser, words=self.words))
        return super().add_subparsers(**kwargs)

    def format_usage(self) -> str:
        self.words.resolve()
        return super().format_usage()

    def format_help(self) -> str:
        self.words.resolve()
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        """The usage line and the problem on stderr, exit status 2 (as argparse's own)."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {self.words.error(message)}\n")
