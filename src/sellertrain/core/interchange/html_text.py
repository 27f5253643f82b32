"""Imported question text (HTML, Moodle auto-format, plain, Markdown) as our Markdown and plain text.

Raw HTML is never passed through: tags become Markdown (or nothing) and entities become
characters. Each text comes back as blocks (paragraphs, list items, code) with two renderings:
Markdown for the parts the app renders, plain text for headings, options and feedback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from sellertrain.core.interchange.html_guard import stray_brackets_escaped
from sellertrain.core.message import QT_TRANSLATE_NOOP

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<~])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([#>+=|:-]|\d+[.)]|(?:Answer|Number|Title|Tests)(?=\s*(?:\(|:)))")
_EDGE_BREAKS = re.compile(r"^(?:\\\n)+|(?:\\\n)+$")
_TAG_START = re.compile(r"</?[A-Za-z]")
_SAFE_HREF = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "hr",
    "figure",
    "figcaption",
}
_SKIPPED = {"script", "style", "head", "title"}


@dataclass(frozen=True)
class Block:
    """A paragraph, list item or code block: ``markdown`` and ``plain`` say the same thing."""

    kind: str  # "para", "item" or "code"
    markdown: str
    plain: str


@dataclass
class Converted:
    """A text as blocks, with what could not be kept (images, unsafe links)."""

    blocks: list[Block] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    @property
    def markdown(self) -> str:
        """All blocks as Markdown; list items stay together, one per line."""
        return _join([(b.kind, b.markdown) for b in self.blocks], "\\\n")

    @property
    def plain(self) -> str:
        """All blocks as plain text, paragraphs separated by a blank line."""
        return _join([(b.kind, b.plain) for b in self.blocks], "\n")

    @property
    def line(self) -> str:
        """Everything on one line of plain text (options, answers)."""
        return " ".join(self.plain.split())


def _join(parts: list[tuple[str, str]], item_break: str) -> str:
    out: list[str] = []
    previous = ""
    for kind, text in parts:
        if not text.strip():
            continue
        if out:
            out.append(item_break if kind == previous == "item" else "\n\n")
        out.append(text)
        previous = kind
    return "".join(out)


def escape_markdown(text: str) -> str:
    """Plain text as Markdown that renders as the same text."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _ENTITY_LIKE.sub(r"\\&", text)


def _escape_line_starts(text: str) -> str:
    """Stop a line from reading as a heading, list, quote, callout or answer line."""

    def fix(match: re.Match[str]) -> str:
        lead, marker = match.group(1), match.group(2)
        if marker[0].isdigit():
            return f"{lead}{marker[:-1]}\\{marker[-1]}"
        if marker[0].isalpha():
            return f"{lead}{marker}\\"  # "Answer\:" renders as "Answer:" but is no answer line
        return f"{lead}\\{marker}"

    return "\n".join(_LINE_START.sub(fix, line, count=1) for line in text.split("\n"))


_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|(\d{1,9})[.)])(\s+|$)")
_BLOCK_MARK = re.compile(r"^(\s*)(>|#{1,6}(?=\s|$))")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_KEYWORD = re.compile(r"^(\s*(?:Answer|Number|Title|Tests)\b[^:\n]*?)(:)")


def defuse(text: str) -> str:
    """Markdown that a quiz body keeps as context: no list (the body's answer part), no
    quote (the explanation), no heading (the next question), no ``Answer:``-style line."""
    out: list[str] = []
    fence: str | None = None
    previous = ""
    items: list[int] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if fence is not None or stripped.startswith(("```", "~~~")):
            if fence is None:
                fence = stripped[:3]
            elif stripped.startswith(fence):
                fence = None
            out.append(line)
            previous = line
            continue
        item = _LIST_ITEM.match(line)
        if item:
            marker = f"({item.group(2)}) " if item.group(2) else "• "
            line = marker + line[item.end() :]
            if out and previous.startswith(("• ", "(")) and items and items[-1] == len(out) - 1:
                out[-1] += "\\"  # keep one item per line
            items.append(len(out))
        elif _UNDERLINE.match(line) and previous.strip():
            line = "\\" + line.strip()
        else:
            line = _BLOCK_MARK.sub(r"\1\\\2", line, count=1)
        if _KEYED_LINE.match(line):
            line = _KEYWORD.sub(r"\1\\\2", line, count=1)
        out.append(line)
        previous = line
    return "\n".join(out)


_KEYED_LINE = re.compile(r"^\s*(?:Answer|Number|Title|Tests)\b[^:\n]*:")


class _HtmlReader(HTMLParser):
    """Collects blocks from HTML; inline formatting becomes Markdown emphasis, code and links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.result = Converted()
        self.md: list[str] = []
        self.plain: list[str] = []
        self.kind = "para"
        self.lists: list[list[int | str]] = []  # [tag, next number]
        self.pre: list[str] | None = None
        self.skip = 0
        self.marks: list[tuple[str, int, int, str]] = []  # (tag, md index, plain index, href)

    def flush(self) -> None:
        markdown = re.sub(r"[ \t]+", " ", "".join(self.md)).strip(" ")
        plain = re.sub(r"[ \t]+", " ", "".join(self.plain)).strip(" ")
        markdown = "\n".join(line.strip(" ") for line in markdown.split("\n"))
        markdown = _EDGE_BREAKS.sub("", markdown.strip("\n"))
        plain = "\n".join(line.strip() for line in plain.split("\n")).strip()
        if plain:
            prefix = ""
            if self.kind == "item" and self.lists:
                tag, number = self.lists[-1]
                bullet = "• " if len(self.lists) == 1 else "◦ "
                prefix = f"({number}) " if tag == "ol" else bullet
            elif self.kind == "item":
                prefix = "• "
            body = _escape_line_starts(markdown)
            self.result.blocks.append(Block(self.kind, prefix + body, prefix + plain))
        self.md, self.plain, self.kind, self.marks = [], [], "para", []

    def text(self, markdown: str, plain: str) -> None:
        self.md.append(markdown)
        self.plain.append(plain)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in _SKIPPED:
            self.skip += 1
        elif self.pre is not None:
            if tag == "br":
                self.pre.append("\n")
        elif tag == "pre":
            self.flush()
            self.pre = []
        elif tag == "br":
            self.text("\\\n", "\n")
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists.append([tag, 1])
        elif tag == "li":
            self.flush()
            self.kind = "item"
        elif tag in _BLOCK_TAGS:
            self.flush()
        elif tag in ("td", "th"):
            if self.plain and "".join(self.plain).strip():
                self.text(" | ", " | ")
        elif tag in ("b", "strong", "i", "em", "code", "a"):
            self.marks.append((tag, len(self.md), len(self.plain), values.get("href", "")))
        elif tag == "img":
            alt = values.get("alt", "").strip()
            source = (alt or values.get("src", "")).strip()
            image = QT_TRANSLATE_NOOP("Interchange", "image {source}").format(source=source)
            self.result.dropped.append(
                image if source else QT_TRANSLATE_NOOP("Interchange", "image")
            )
            if alt:
                self.text(escape_markdown(f"[{alt}]"), f"[{alt}]")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag == "pre" and self.pre is not None:
            code = "".join(self.pre).strip("\n")
            self.pre = None
            if code.strip():
                fence = "~~~~" if "```" in code else "```"
                self.result.blocks.append(Block("code", f"{fence}\n{code}\n{fence}", code))
        elif self.pre is not None:
            return
        elif tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "li":
            self.flush()
            if self.lists:
                self.lists[-1][1] = int(self.lists[-1][1]) + 1
        elif tag in _BLOCK_TAGS:
            self.flush()
        elif tag in ("b", "strong", "i", "em", "code", "a"):
            self._close_mark(tag)

    def _close_mark(self, tag: str) -> None:
        for position in range(len(self.marks) - 1, -1, -1):
            name, start, plain_start, href = self.marks[position]
            if name != tag:
                continue
            del self.marks[position:]
            inner = "".join(self.md[start:]).strip()
            if not inner:
                return
            if tag == "a":
                if _SAFE_HREF.match(href):
                    self.md[start:] = [f"[{inner}]({href.replace(')', '%29')})"]
                elif href:
                    self.result.dropped.append(
                        QT_TRANSLATE_NOOP("Interchange", "link {href}").format(href=href)
                    )
                return
            marker = {"b": "**", "strong": "**", "i": "*", "em": "*"}.get(tag)
            if marker:
                self.md[start:] = [f"{marker}{inner}{marker}"]
            else:
                code = "".join(self.plain[plain_start:]).strip()
                self.md[start:] = [f"`{code}`" if "`" not in code else inner]
            return

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre is not None:
            self.pre.append(data)
            return
        data = re.sub(r"\s+", " ", data)
        self.text(escape_markdown(data), data)

    def close(self) -> None:
        super().close()
        if self.pre is not None:
            self.handle_endtag("pre")
        self.flush()


def from_html(text: str) -> Converted:
    """HTML as blocks of Markdown and plain text."""
    reader = _HtmlReader()
    reader.feed(stray_brackets_escaped(text))
    reader.close()
    return reader.result


def from_plain(text: str) -> Converted:
    """Plain text: blank lines separate paragraphs; line breaks are kept."""
    result = Converted()
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if lines:
            markdown = "\\\n".join(_escape_line_starts(escape_markdown(x)) for x in lines)
            result.blocks.append(Block("para", markdown, "\n".join(lines)))
    return result


def from_markdown(text: str) -> Converted:
    """Markdown is kept as written, block by block (fenced code stays in one block)."""
    result = Converted()
    chunks: list[str] = []
    fence: str | None = None
    for line in text.strip().split("\n"):
        stripped = line.strip()
        if fence is None and stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            chunks.append(line)
        elif fence is not None:
            chunks[-1] += "\n" + line
            if stripped.startswith(fence):
                fence = None
        elif not stripped:
            chunks.append("")
        elif chunks and chunks[-1]:
            chunks[-1] += "\n" + line
        else:
            chunks.append(line)
    for chunk in chunks:
        if not chunk.strip():
            continue
        kind = "code" if chunk.lstrip().startswith(("```", "~~~")) else "para"
        result.blocks.append(Block(kind, chunk.strip("\n"), chunk.strip("\n")))
    return result


def has_tag(text: str) -> bool:
    """Whether ``text`` holds an HTML tag or comment: what ``<(?:/?[A-Za-z][^>]*|!--.*?--)>``
    finds, in linear time (that search was quadratic on thousands of '<a')."""
    start = _TAG_START.search(text)
    if start is not None and text.rfind(">") >= start.end():
        return True
    comment = text.find("<!--")
    return comment != -1 and text.find("-->", comment + 4) != -1


def convert(text: str, fmt: str) -> Converted:
    """A text in a GIFT/Moodle format (``html``, ``moodle``, ``plain``, ``markdown``)."""
    if fmt == "markdown":
        return from_markdown(text)
    if fmt == "plain":
        return from_plain(text)
    if fmt == "moodle":
        # Moodle's auto-format: HTML allowed, and each line break is kept
        if not has_tag(text) and "&" not in text:
            return from_plain(text)
        text = text.replace("\n", "<br>")
    return from_html(text)
