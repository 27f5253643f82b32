"""Moodle GIFT files: a line-numbered reader into plain values, close to Moodle's own importer.

The reader follows ``qformat_gift::readquestion`` (Moodle's reference implementation) step by
step, so question types, weights and feedback come out as Moodle reads them; questions Moodle
cannot read become ``GiftProblem`` values with their line instead of being dropped. Converting to
quiz Markdown lives in ``gift_convert``; writing GIFT from a quiz in ``gift_export``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from sellertrain.core.content.safe_read import read_limited
from sellertrain.core.interchange.gift_answers import (
    WS,
    InvalidQuestion,
    protect,
    read_choices,
    read_numbers,
    read_pairs,
    read_short_answers,
    read_true_false,
    restore,
    with_format,
)
from sellertrain.core.interchange.gift_values import GiftFile, GiftProblem, GiftQuestion
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message

log = logging.getLogger(__name__)
MAX_IMPORT_BYTES = 5_000_000

# At most 100 characters (Moodle's idnumber and tag columns hold 100): an unbounded token
# made the search quadratic on a comment of thousands of '[id:' (1 s for 16 KB).
_ID_TOKEN = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f]){1,100})\]")
_TAG_TOKEN = re.compile(r"\[tag:((?:\\\]|[^\]<>`\x00-\x1f\x7f]){1,100})\]")
_TAGS = re.compile(r"<[^<>]*+>")  # not '<[^>]*>': quadratic on a title of many '<'
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Interchange",
    "the file is not UTF-8 text (windows-1252 or another encoding?); GIFT files must use "
    "UTF-8: save it as UTF-8 and try again",
)


class GiftEncodingError(ValueError):
    """The file is not UTF-8 (Moodle refuses such files too); ``line`` is where decoding failed."""

    def __init__(self, line: int, message: str = NOT_UTF8) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def decode(raw: bytes) -> str:
    """The text of a GIFT file (BOM dropped); raise GiftEncodingError unless it is UTF-8."""
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = raw[: exc.start]
        newline = b"\n" if b"\n" in raw else b"\r"
        raise GiftEncodingError(head.count(newline) + 1) from None


def read_import(path: Path) -> bytes:
    """The bytes of a GIFT or Aiken file to import: a regular file of at most 5 MB (a course's
    whole question bank is well under 1 MB), else UnsafeFile saying why."""
    return read_limited(path, MAX_IMPORT_BYTES, str(path))


def read_gift(path: Path) -> GiftFile:
    """Read a GIFT file; raise GiftEncodingError when it is not UTF-8, UnsafeFile when it
    cannot be read, is not a regular file or is over the size limit."""
    return parse_gift(decode(read_import(Path(path))))


def parse_gift(text: str) -> GiftFile:
    """Read GIFT text: questions are separated by blank lines, as in Moodle."""
    text = text.removeprefix("\ufeff")
    lines = text.split("\r") if "\n" not in text and "\r" in text else text.split("\n")
    result = _Reader()
    block: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip(WS)
        if stripped in ("", "0"):  # PHP's empty(): a line "0" also ends a question
            if block:
                result.read(block)
            block = []
        else:
            block.append((number, stripped))
    if block:
        result.read(block)
    return result.file


def idnumber_and_tags(comments: str) -> tuple[str, tuple[str, ...]]:
    """``[id:...]`` and ``[tag:...]`` tokens of a question's ``//`` comment lines."""
    found = _ID_TOKEN.search(comments)
    idnumber = found.group(1).strip().replace("\\]", "]") if found else ""
    tags = tuple(m.group(1).strip().replace("\\]", "]") for m in _TAG_TOKEN.finditer(comments))
    return idnumber, tags


class _Reader:
    """Reads blocks of lines one at a time, tracking the category in effect."""

    def __init__(self) -> None:
        self.file = GiftFile()
        self.category: str | None = None

    def read(self, block: list[tuple[int, str]]) -> None:
        comments = "".join(line + "\n" for _, line in block if line.startswith("//"))
        body = [(n, line) for n, line in block if not line.startswith("//")]
        if not body:
            return
        line = body[0][0]
        # Moodle keeps a blank line where each comment was
        joined = "\n".join(" " if text.startswith("//") else text for _, text in block)
        text = protect(joined.strip(WS))
        if text.startswith("$CATEGORY:"):
            first, newline, rest = restore(text[10:]).partition("\n")
            self.category = first.strip(WS)
            self.file.categories.append(self.category)
            if newline and rest.strip(WS):
                # Moodle would make these lines part of the category's name: say so
                self.file.problems.append(
                    GiftProblem(
                        line + 1,
                        QT_TRANSLATE_NOOP(
                            "Interchange",
                            "text right after a $CATEGORY line is not read as a question: put a "
                            "blank line after the $CATEGORY line",
                        ),
                    )
                )
            return
        try:
            question = self._question(text, line)
        except InvalidQuestion as exc:
            self.file.problems.append(GiftProblem(line, error_message(exc)))
            return
        idnumber, tags = idnumber_and_tags(comments)
        self.file.questions.append(
            replace(question, category=self.category, idnumber=idnumber, tags=tags)
        )

    def _question(self, text: str, line: int) -> GiftQuestion:
        title: str | None = None
        if text.startswith("::"):
            text = text[2:]
            end = text.find("::")
            if end != -1:
                title = _TAGS.sub("", restore(text[:end])).strip()
                text = text[end + 2 :].strip(WS)
        start, finish = text.find("{"), text.find("}")
        description = start == -1 and finish == -1
        if description:
            answer_text, question_text = "", text
        elif start == -1 or finish == -1:
            raise InvalidQuestion(
                QT_TRANSLATE_NOOP(
                    "Interchange", "could not find the answers between {open} and {close}"
                ).format(open="'{'", close="'}'")
            )
        elif finish < start:
            raise InvalidQuestion(
                QT_TRANSLATE_NOOP(
                    "Interchange", "{close} comes before {open}: escape literal braces as {escaped}"
                ).format(open="'{'", close="'}'", escaped="\\{ and \\}")
            )
        else:
            answer_text = text[start + 1 : finish].strip(WS)
            # text after the answers makes a "missing word" question: the blank marks the place
            blank = "" if text.endswith("}") else "_____"
            question_text = text[:start] + blank + text[finish + 1 :]
        general = ""
        separator = answer_text.rfind("####")
        if separator != -1:
            general = answer_text[separator + 4 :]
            answer_text = answer_text[:separator].strip(WS)
        q_text, q_format = with_format(question_text, "moodle")
        g_text, g_format = with_format(general, q_format)
        base: dict[str, Any] = {
            "line": line,
            "text": q_text,
            "text_format": q_format,
            "title": title,
            "general_feedback": g_text,
            "general_feedback_format": g_format,
        }
        if description:
            return GiftQuestion(type="description", **base)
        if answer_text == "":
            return GiftQuestion(type="essay", **base)
        if answer_text[0] == "#":
            return GiftQuestion(
                type="numerical", numbers=read_numbers(answer_text, q_format), **base
            )
        if "~" in answer_text:
            single = "=" in answer_text
            return GiftQuestion(
                type="multichoice",
                single=single,
                answers=read_choices(answer_text, q_format),
                **base,
            )
        if "=" in answer_text and "->" in answer_text:
            return GiftQuestion(type="matching", pairs=read_pairs(answer_text, q_format), **base)
        hash_at = answer_text.find("#")
        check = answer_text[:hash_at].strip(WS) if hash_at > 0 else answer_text
        if check in ("T", "TRUE", "F", "FALSE"):
            return read_true_false(answer_text, q_format, base)
        return GiftQuestion(
            type="shortanswer", answers=read_short_answers(answer_text, q_format), **base
        )
