"""Syntax highlighting of SellerTrain's Markdown: front matter, headings, answers, callouts."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from sellertrain.core.content.render import CALLOUT_STYLE
from sellertrain.core.models import CALLOUT_KINDS

# block states: which multi-line construct a line is in
NORMAL, FRONT_MATTER, FENCE = -1, 1, 2
CALLOUT = 10  # CALLOUT + index of the kind in CALLOUT_KINDS

_KEY = re.compile(r"^([A-Za-z_][\w-]*)(\s*:)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")
_TASK = re.compile(r"^(\s*[-*+]\s+)\[([ xX])\](.*)$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_QUOTE = re.compile(r"^\s{0,3}>")
_CALLOUT_LINE = re.compile(r"^\s{0,3}:::\s*(\S*)")
_FENCE_LINE = re.compile(r"^\s{0,3}(```|~~~)")
_TESTS = re.compile(r"^Tests:")
_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^)\s]*)\)")
_BOLD = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)[^*\n]+?\*(?![*\w])")
_CODE = re.compile(r"`[^`\n]+`")


def _format(
    colour: str,
    bold: bool = False,
    italic: bool = False,
    background: str | None = None,
    underline: bool = False,
) -> QTextCharFormat:
    made = QTextCharFormat()
    made.setForeground(QColor(colour))
    if bold:
        made.setFontWeight(QFont.Weight.Bold)
    made.setFontItalic(italic)
    made.setFontUnderline(underline)
    if background:
        made.setBackground(QColor(background))
    return made


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours a lesson or quiz as the author types; correct answers green, wrong ones grey."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            "delimiter": _format("#9ca3af", bold=True),
            "key": _format("#1a56db", bold=True),
            "value": _format("#374151"),
            "heading": _format("#1a3e8a", bold=True),
            "heading_mark": _format("#93a4c8", bold=True),
            "list": _format("#b06000", bold=True),
            "correct": _format("#137333"),
            "correct_mark": _format("#137333", bold=True, background="#e6f4ea"),
            "wrong": _format("#6b7280"),
            "wrong_mark": _format("#6b7280", bold=True),
            "quote": _format("#4b5563", italic=True),
            "tests": _format("#7c3aed", bold=True),
            "link_text": _format("#1a56db"),
            "image_text": _format("#7c3aed"),
            "url": _format("#6b7280", underline=True),
            "bold": _format("#111827", bold=True),
            "italic": _format("#111827", italic=True),
            "code": _format("#9a3412", background="#f3f4f6"),
            "fence": _format("#9a3412", background="#f3f4f6"),
        }
        self.callouts = {
            kind: (
                _format(border, bold=True, background=background),
                _format("#1f2937", background=background),
            )
            for kind, (_label, background, border) in CALLOUT_STYLE.items()
        }
        self._on_callout: dict[tuple[str, str], QTextCharFormat] = {}
        self._callout: str | None = None

    def highlightBlock(self, text: str) -> None:
        """Colour one line, carrying front matter, fences and callouts over to the next."""
        previous = self.previousBlockState()
        self._callout = CALLOUT_KINDS[previous - CALLOUT] if previous >= CALLOUT else None
        self.setCurrentBlockState(self._line(text, previous))

    # -- parts -------------------------------------------------------------------------
    def _line(self, text: str, previous: int) -> int:
        """Format one line and return the state the next line starts in."""
        if previous == NORMAL and self.currentBlock().blockNumber() == 0 and text.rstrip() == "---":
            self.setFormat(0, len(text), self.formats["delimiter"])
            return FRONT_MATTER
        if previous == FRONT_MATTER:
            return self._front_matter_line(text)
        if previous == FENCE or _FENCE_LINE.match(text):
            self.setFormat(0, len(text), self.formats["fence"])
            return NORMAL if previous == FENCE else FENCE
        callout = _CALLOUT_LINE.match(text)
        if callout:
            return self._callout_line(text, callout.group(1), previous)
        if self._callout is not None and text:
            self.setFormat(0, len(text), self.callouts[self._callout][1])
        self._body_line(text)
        return previous if self._callout is not None else NORMAL

    def _front_matter_line(self, text: str) -> int:
        if text.rstrip() in ("---", "..."):
            self.setFormat(0, len(text), self.formats["delimiter"])
            return NORMAL
        match = _KEY.match(text)
        if match:
            self.setFormat(0, match.end(1), self.formats["key"])
            self.setFormat(match.end(1), len(text) - match.end(1), self.formats["value"])
        else:
            self.setFormat(0, len(text), self.formats["value"])
        return FRONT_MATTER

    def _callout_line(self, text: str, kind: str, previous: int) -> int:
        if kind in CALLOUT_KINDS:
            self.setFormat(0, len(text), self.callouts[kind][0])
            return CALLOUT + CALLOUT_KINDS.index(kind)
        if not kind and self._callout is not None:
            self.setFormat(0, len(text), self.callouts[self._callout][0])
            return NORMAL
        # an unknown kind or a stray ':::': `check` reports it; show it plainly
        self.setFormat(0, len(text), self.formats["delimiter"])
        return previous

    def _body_line(self, text: str) -> None:
        heading = _HEADING.match(text)
        if heading:
            self.setFormat(0, heading.end(1), self._fmt("heading_mark"))
            self.setFormat(heading.end(1), len(text), self._fmt("heading"))
            return
        task = _TASK.match(text)
        if task:
            correct = task.group(2) in "xX"
            start = task.end(1)
            self.setFormat(0, start, self._fmt("list"))
            self.setFormat(start, 3, self._fmt("correct_mark" if correct else "wrong_mark"))
            self.setFormat(start + 3, len(text), self._fmt("correct" if correct else "wrong"))
            return
        if _QUOTE.match(text):
            self.setFormat(0, len(text), self._fmt("quote"))
            return
        if _TESTS.match(text):
            self.setFormat(0, len("Tests:"), self._fmt("tests"))
        else:
            listed = _LIST.match(text)
            if listed:
                self.setFormat(0, listed.end(), self._fmt("list"))
        self._inline(text)

    def _inline(self, text: str) -> None:
        for pattern, name in ((_BOLD, "bold"), (_ITALIC, "italic"), (_CODE, "code")):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._fmt(name))
        for match in _LINK.finditer(text):
            label = "image_text" if match.group(1) else "link_text"
            self.setFormat(match.start(), match.end(2) + 1 - match.start(), self._fmt(label))
            self.setFormat(match.start(3) - 1, len(match.group(3)) + 2, self._fmt("url"))

    def _fmt(self, name: str) -> QTextCharFormat:
        """The format ``name``, on the callout's background inside a callout (made once)."""
        if self._callout is None:
            return self.formats[name]
        key = (self._callout, name)
        made = self._on_callout.get(key)
        if made is None:
            made = QTextCharFormat(self.callouts[self._callout][1])
            made.merge(self.formats[name])
            self._on_callout[key] = made
        return made
