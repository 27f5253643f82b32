"""Markup that html.parser would scan quadratically, made text before it gets there."""

from __future__ import annotations

import re

_MARKUP_CHAR = re.compile(r"[<>\"']")


def stray_brackets_escaped(text: str) -> str:
    """``text`` with each ``<`` that opens no complete tag, comment or declaration as ``&lt;``.

    html.parser scans from such a ``<`` to the end of the text before giving up, and then
    again from the next one: ``"<a" * 20000`` took seconds. Here one pass from the right
    learns, for every ``<``, ``>`` and quote, where a tag going on from there would end; a
    ``<`` whose construct does not end is text, as the parser would make it at the end. A
    start tag ends at the first ``>`` outside quotes (a quoted value may hold ``<`` or
    ``>``); an end tag, ``<!`` or ``<?`` at the first ``>``, if no ``<`` comes first; a
    comment at ``-->``. ``<![`` marked sections (which html.parser rejects when it does not
    know their keyword) are always text. Well-formed HTML comes back unchanged.
    """
    if "<" not in text:
        return text
    marks = [(m.start(), m.group()) for m in _MARKUP_CHAR.finditer(text)]
    # tag_end[k]: the '>' ending a start tag whose inside goes on at marks[k] (-1: none);
    # angle_end[k]: the '>' if it comes before any '<' from marks[k] on (-1: none)
    tag_end = [-1] * (len(marks) + 1)
    angle_end = [-1] * (len(marks) + 1)
    next_same: dict[str, int] = {}
    for k in range(len(marks) - 1, -1, -1):
        position, char = marks[k]
        if char == ">":
            tag_end[k] = angle_end[k] = position
        elif char == "<":
            tag_end[k] = angle_end[k] = -1
        else:
            closing = next_same.get(char)
            tag_end[k] = -1 if closing is None else tag_end[closing + 1]
            angle_end[k] = angle_end[k + 1]
        next_same[char] = k
    last_comment_close = text.rfind("-->")
    out: list[str] = []
    copied = resume = 0
    for k, (position, char) in enumerate(marks):
        if char != "<" or position < resume:
            continue
        after = text[position + 1 : position + 2]
        if text.startswith("<!--", position):
            end = -1
            if last_comment_close >= position + 4:
                end = text.find("-->", position + 4) + 2
        elif text.startswith("<![", position):
            end = -1
        elif after in ("/", "!", "?"):
            end = angle_end[k + 1]
        elif after.isascii() and after.isalpha():
            end = tag_end[k + 1]
        else:
            continue  # a '<' before a space or digit is text to the parser, at no cost
        if end == -1:
            out += [text[copied:position], "&lt;"]
            copied = position + 1
        else:
            resume = end + 1
    out.append(text[copied:])
    return "".join(out)
