"""The one configured Markdown renderer: Markdown in, safe HTML for QTextBrowser out.

Raw HTML is never passed through, links keep only safe schemes, and images resolve only to
files inside the content's ``assets/`` folder. Callouts become one-cell tables because
QTextBrowser ignores borders and padding on ``<div>`` (and a table's own ``bgcolor``: the cell
carries it), each headed by an icon and its kind in bold so it stands out without colour too.
A paragraph holding only an image is a figure: centred, and without the paragraphs' line
height, which QTextBrowser applies to the image's line and so adds 40 % of its height below it.
"""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import CALLOUT_KINDS

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from sellertrain.core.models import Lesson, Source

CALLOUT_STYLE = {
    "rule": ("Rule", "#e8f0fe", "#1a56db"),
    "warning": ("Warning", "#fdecea", "#c5221f"),
    "tip": ("Tip", "#e6f4ea", "#137333"),
    "example": ("Example", "#fef7e0", "#b06000"),
}
# Symbols the common UI fonts (DejaVu, Segoe UI Symbol) draw; emoji often show as boxes.
CALLOUT_ICON = {"rule": "⚖", "warning": "⚠", "tip": "★", "example": "✎"}
SAFE_LINK = re.compile(r"^(https?:|mailto:|#)", re.IGNORECASE)
# Rendering is linear, but markdown-it-py manages only 50-150 KB/s on token-heavy text (long
# tables, thousands of footnotes), and checking a lesson parses it twice: longer sources are
# refused rather than rendered. 100,000 characters is 11x the longest shipped lesson and 3.5x
# the final assessment (44 questions).
MAX_SOURCE_CHARS = 100_000
_SLUG_DROP = re.compile(r"[^\w\u4e00-\u9fff\- ]")


_ANCHOR_NAME = re.compile(r"[\w-]+")


def split_anchor(text: str) -> tuple[str, str | None]:
    """A heading's text and its explicit anchor: ``店铺保证金 {#the-store-deposit}`` ->
    ``("店铺保证金", "the-store-deposit")``; a heading without one -> ``(text, None)``.
    A translation keeps its original's anchors this way, so links and records still match."""
    stripped = text.rstrip()
    start = stripped.rfind("{#")
    if start < 0 or not stripped.endswith("}"):
        return text, None
    anchor = stripped[start + 2 : -1]
    if not _ANCHOR_NAME.fullmatch(anchor):
        return text, None
    return stripped[:start].rstrip(), anchor


def slugify(title: str) -> str:
    """GitHub-style anchor of a heading: ``## Unauthorised logos`` -> ``unauthorised-logos``."""
    return _SLUG_DROP.sub("", title.strip().lower()).replace(" ", "-")


def lesson_link_target(href: str) -> tuple[str, str] | None:
    """``../lessons/ip-basics.md#logos`` -> ``("ip-basics", "logos")``; None if not a lesson link."""
    path, _, anchor = href.partition("#")
    if not path.endswith(".md") or ":" in path:
        return None
    pure = PurePosixPath(path)
    if pure.parent.name not in ("lessons", "") and pure.parent != PurePosixPath("."):
        return None
    return pure.stem, anchor


MAX_NAME_BYTES = 255  # the longest file name the common file systems allow


def bad_asset_name(src: str) -> str | None:
    """Why an image path can never name a file (a NUL or control character, a name over
    255 bytes), or None: said as a content error instead of failing in the file system."""
    path = unquote(src)
    if any(ord(c) < 32 or ord(c) == 127 for c in path):
        return QT_TRANSLATE_NOOP("Content", "its path holds a control character (such as %00)")
    if any(len(part.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES for part in path.split("/")):
        return QT_TRANSLATE_NOOP(
            "Content", "a name in its path is longer than {max_name_bytes} bytes"
        ).format(max_name_bytes=MAX_NAME_BYTES)
    return None


def resolve_asset(src: str, base_dir: Path, assets_dir: Path) -> Path | None:
    """The asset file an image source names, or None when it is outside ``assets/`` or cannot
    be a file name. Symlinks are resolved first: an ``assets`` folder (or a file in it) that
    links outside the content folder is refused, so a lesson cannot show ``/etc/passwd``."""
    if not src or re.match(r"^[a-z][a-z0-9+.-]*:", src, re.IGNORECASE) or src.startswith("/"):
        return None
    if bad_asset_name(src) is not None:
        return None
    try:
        target = (base_dir / unquote(src)).resolve()
        assets = assets_dir.resolve()
        target.relative_to(assets)
        assets.relative_to(assets_dir.parent.resolve())
    except (OSError, ValueError, RuntimeError):  # outside, a symlink loop, an odd name
        return None
    return target


def is_asset_file(target: Path) -> bool:
    """Whether ``target`` is a regular file, answering False rather than raising."""
    try:
        return target.is_file()
    except (OSError, ValueError):
        return False


def _render_callout(self: Any, tokens: list[Token], idx: int, _options: Any, _env: Any) -> str:
    token = tokens[idx]
    if token.nesting != 1:
        return "</td></tr></table>\n"
    kind, _, title = token.info.strip().partition(" ")
    if kind not in CALLOUT_STYLE:
        kind = "tip"
    label, background, border = CALLOUT_STYLE[kind]
    heading = f"<b>{CALLOUT_ICON[kind]} {label}</b>"
    if title.strip():
        heading += f": {html.escape(title.strip())}"
    return (
        f'<table class="callout callout-{kind}" width="100%" cellspacing="0" cellpadding="12" '
        f'style="border: 2px solid {border}; margin-top: 10px; margin-bottom: 14px;">'
        f'<tr><td bgcolor="{background}">'
        f'<p class="callout-title" style="color: {border}; font-weight: 600;">{heading}</p>\n'
    )


def _is_figure(tokens: list[Token], idx: int) -> bool:
    """Whether the paragraph opening at ``idx`` holds one image and nothing else."""
    inline = tokens[idx + 1] if idx + 1 < len(tokens) else None
    if inline is None or inline.type != "inline" or not inline.children:
        return False
    kept = [c for c in inline.children if not (c.type == "text" and not c.content.strip())]
    return len(kept) == 1 and kept[0].type == "image"


def _render_paragraph_open(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    if not tokens[idx].hidden and _is_figure(tokens, idx):  # hidden: a tight list's item
        return '<p class="figure" align="center" style="line-height: 100%;">'
    return self.renderToken(tokens, idx, options, env)


def _render_image(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    src = str(token.attrGet("src") or "")
    base_dir, assets_dir = env.get("base_dir"), env.get("assets_dir")
    target = resolve_asset(src, base_dir, assets_dir) if base_dir and assets_dir else None
    if target is None or not is_asset_file(target):
        return f'<span class="missing-image">[{html.escape(alt or src)}]</span>'
    return f'<img src="{html.escape(target.as_uri())}" alt="{html.escape(alt)}" />'


def _render_link_open(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    target = lesson_link_target(href)
    if target is not None:
        token.attrSet(
            "href", f"lesson:{target[0]}#{target[1]}" if target[1] else f"lesson:{target[0]}"
        )
    elif not SAFE_LINK.match(href):
        token.attrs.pop("href", None)
    return self.renderToken(tokens, idx, options, env)


def _anchor_rule(state: Any) -> None:
    """Give ``##`` and ``###`` headings GitHub-style ids (``-1``, ``-2`` ... on repeats).

    The same ids as mdit-py-plugins' anchors plugin, which searches suffixes from 1 for every
    repeated heading: quadratic, 16 s for 8,000 equal headings. This remembers where each
    base left off.
    """
    taken: set[str] = set()
    next_suffix: dict[str, int] = {}
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.tag not in ("h2", "h3") or token.attrGet("id"):
            continue
        children = tokens[index + 1].children or []
        title = "".join(c.content for c in children if c.type in ("text", "code_inline"))
        _text, explicit = split_anchor(title)
        if explicit is not None and children and children[-1].type == "text":
            children[-1].content = split_anchor(children[-1].content)[0]
            taken.add(explicit)
            token.attrSet("id", explicit)
            continue
        base = slug = slugify(title)
        suffix = next_suffix.get(base, 1)
        while slug in taken:
            slug, suffix = f"{base}-{suffix}", suffix + 1
        next_suffix[base] = suffix
        taken.add(slug)
        token.attrSet("id", slug)


_TASK = re.compile(r"\[([ xX])\][ \t\n\v\f\r]+")


def _tasklists_rule(state: Any) -> None:
    """GitHub task lists (``- [x] done``) as disabled checkboxes.

    The same output as mdit-py-plugins' tasklists plugin, which looks for each item's list by
    walking back through all earlier tokens: quadratic, 135 s for a lesson of 20,000 items.
    This remembers the last token seen at each nesting level instead.
    """
    from markdown_it.token import Token

    tokens = state.tokens
    last_at_level: dict[int, int] = {}
    for index, token in enumerate(tokens):
        last_at_level[token.level] = index
        if (
            index < 2
            or token.type != "inline"
            or tokens[index - 1].type != "paragraph_open"
            or tokens[index - 2].type != "list_item_open"
        ):
            continue
        match = _TASK.match(token.content)
        if match is None or not token.children:
            continue
        checked = ' checked="checked"' if match.group(1) in "xX" else ""
        checkbox = Token("html_inline", "", 0)
        checkbox.content = (
            f'<input class="task-list-item-checkbox"{checked} disabled="disabled" type="checkbox">'
        )
        token.children.insert(0, checkbox)
        token.children[1].content = token.children[1].content[3:]
        token.content = token.content[3:]
        item = tokens[index - 2]
        item.attrSet("class", "task-list-item")
        parent = last_at_level.get(item.level - 1)
        if parent is not None:
            tokens[parent].attrSet("class", "contains-task-list")


@functools.cache
def markdown(tasklists: bool = True) -> MarkdownIt:
    """The shared parser and renderer (raw HTML off, GFM tables, footnotes, callouts).

    The quiz parser asks for ``tasklists=False`` to read the ``[x]`` markers itself.
    """
    from markdown_it import MarkdownIt
    from mdit_py_plugins.container import container_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(footnote_plugin)
    if tasklists:
        md.core.ruler.after("inline", "github-tasklists", _tasklists_rule)
    md.core.ruler.push("anchor", _anchor_rule)
    for kind in CALLOUT_KINDS:
        md.use(container_plugin, name=kind, render=_render_callout)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("paragraph_open", _render_paragraph_open)
    md.add_render_rule("link_open", _render_link_open)
    return md


def render_markdown(text: str, base_dir: Path, assets_dir: Path, lang: str = "") -> str:
    """Markdown to an HTML fragment; image paths are relative to ``base_dir``; ``lang`` (the
    text's language, "" for English) words the notice shown instead of a text too long."""
    if len(text) > MAX_SOURCE_CHARS:
        from sellertrain.core.message import localize

        notice = QT_TRANSLATE_NOOP(
            "Content",
            "This text is too long to show ({count} characters; the limit is {limit}). "
            "Split it into several lessons.",
        ).format(count=f"{len(text):,}", limit=f"{MAX_SOURCE_CHARS:,}")
        return f'<p class="too-long">{html.escape(localize(notice, lang or "en"))}</p>'
    env = {"base_dir": base_dir, "assets_dir": assets_dir}
    return markdown().render(text, env)


# the words around the source list, by lesson language ("" is English); the entries
# themselves come from the original's front matter and stay as written there
SOURCE_LABELS = {
    "": ("Sources", "read {day}", "date read not recorded"),
    "zh-CN": ("资料来源", "阅读于 {day}", "阅读日期未记录"),
}


def sources_html(sources: tuple[Source, ...], lang: str = "") -> str:
    """The pages a lesson's facts come from, each with the day it was read, as a list."""
    if not sources:
        return ""
    label, read_on, not_recorded = SOURCE_LABELS.get(lang, SOURCE_LABELS[""])
    items = []
    for source in sources:
        link = source.link if SAFE_LINK.match(source.link) else ""
        read = read_on.format(day=source.read.isoformat()) if source.read else not_recorded
        items.append(
            f'<li>{html.escape(source.title)}: <a href="{html.escape(link)}">'
            f"{html.escape(source.link)}</a> ({read})</li>"
        )
    return (
        f'<p class="sources-label"><b>{label}</b></p>\n<ul class="sources">\n'
        + "\n".join(items)
        + "\n</ul>\n"
    )


@functools.lru_cache(maxsize=64)
def _render_lesson_cached(
    path: Path,
    version: str,
    title: str,
    body: str,
    assets: Path,
    sources: tuple[Source, ...],
    lang: str,
) -> str:
    heading = f"<h1>{html.escape(title)}</h1>\n"
    return heading + render_markdown(body, path.parent, assets, lang) + sources_html(sources, lang)


def render_lesson(lesson: Lesson, assets_dir: Path) -> str:
    """The lesson's title, body and sources as HTML, cached per content version."""
    return _render_lesson_cached(
        lesson.path,
        lesson.version,
        lesson.title,
        lesson.read_body(),
        assets_dir,
        lesson.sources,
        lesson.lang,
    )
