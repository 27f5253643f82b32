"""A lesson's ``sources:`` front matter: the pages its facts rest on until it is reviewed."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from sellertrain.core.content.fields import Fields
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import Source

SOURCE_KEYS = ("title", "link", "read")
_ITEM = re.compile(r"^(\s*)-\s")
_KEY = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:")


def _item_lines(lines: tuple[str, ...], key_line: int) -> list[dict[str, int]]:
    """For each ``- ...`` item of the block list under the key at ``key_line``: the file line
    of the item and of each of its keys (``""`` is the item's own line). A flow list
    (``[{...}]``) on the key's line gives no items: its values are blamed on the key line."""
    items: list[dict[str, int]] = []
    item_indent: int | None = None
    for index in range(key_line - 1, len(lines)):  # lines[i] is file line i + 2
        text = lines[index]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        indent = len(text) - len(text.lstrip())
        item = _ITEM.match(text)
        if item_indent is None and item is None and indent == 0:
            break  # the next top-level key: the list has ended
        if item is not None and (item_indent is None or indent == item_indent):
            item_indent = indent
            items.append({"": index + 2})
        elif item_indent is not None and indent <= item_indent and item is None:
            break
        if items:
            key = _KEY.match(text)
            if key is not None:
                items[-1].setdefault(key.group(1), index + 2)
    return items


def _link_problem(link: object) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return QT_TRANSLATE_NOOP(
            "Content", "'link' must be the page's address (https://...), not {link!r}"
        ).format(link=link)
    parts = urlsplit(link.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in link.strip():
        return QT_TRANSLATE_NOOP(
            "Content",
            "'link' must be an http(s) address like https://example.com/page, not {link!r}",
        ).format(link=link)
    return None


def read_sources(fields: Fields, today: dt.date) -> tuple[Source, ...]:
    """The ``sources:`` list, each bad entry or value reported at its own line.

    Each entry is ``{title, link, read}``: ``read`` is the date the page was read (a real
    date, not in the future), or empty when that date was not recorded.
    """
    value = fields.doc.meta.get("sources")
    key_line = fields.line("sources")
    if value is None:
        return ()
    if not isinstance(value, list):
        fields.problems.add(
            key_line,
            QT_TRANSLATE_NOOP(
                "Content",
                "'sources' must be a list of {{title, link, read}} entries, not {value!r}",
            ).format(value=value),
        )
        return ()
    places = _item_lines(fields.doc.meta_lines, key_line)
    found: list[Source] = []
    for number, entry in enumerate(value, start=1):
        lines = places[number - 1] if number <= len(places) else {}
        item_line = lines.get("", key_line)

        def add(
            message: str,
            key: str = "",
            lines: dict[str, int] = lines,
            item_line: int = item_line,
            number: int = number,
        ) -> None:
            fields.problems.add(
                lines.get(key, item_line),
                QT_TRANSLATE_NOOP("Content", "source {number}: {message}").format(
                    number=number, message=message
                ),
            )

        if not isinstance(entry, dict):
            add(
                QT_TRANSLATE_NOOP(
                    "Content", "must be 'title:', 'link:' and 'read:' lines, not {entry!r}"
                ).format(entry=entry)
            )
            continue
        for key in entry:
            if key not in SOURCE_KEYS:
                add(
                    QT_TRANSLATE_NOOP(
                        "Content", "unknown key '{key}' (known: {source_keys})"
                    ).format(key=key, source_keys=", ".join(SOURCE_KEYS)),
                    str(key),
                )
        missing = [key for key in SOURCE_KEYS if key not in entry]
        if missing:
            add(
                QT_TRANSLATE_NOOP(
                    "Content", "missing {missing} (a source has title, link and read)"
                ).format(missing=", ".join(map(repr, missing)))
            )
        title, link, read = entry.get("title"), entry.get("link"), entry.get("read")
        ok = not missing
        if "title" in entry and (not isinstance(title, str) or not title.strip()):
            add(
                QT_TRANSLATE_NOOP(
                    "Content", "'title' must be text naming the page, not {title!r}"
                ).format(title=title),
                "title",
            )
            ok = False
        problem = _link_problem(link) if "link" in entry else None
        if problem:
            add(problem, "link")
            ok = False
        if isinstance(read, dt.datetime):
            read = read.date()
        if read is not None and not isinstance(read, dt.date):
            add(
                QT_TRANSLATE_NOOP(
                    "Content",
                    "'read' must be a date like 2026-01-31 (or empty if not recorded), not "
                    "{read!r}",
                ).format(read=read),
                "read",
            )
            ok = False
        elif isinstance(read, dt.date) and read > today:
            add(
                QT_TRANSLATE_NOOP("Content", "'read' is {read}, a day still to come").format(
                    read=read.isoformat()
                ),
                "read",
            )
            ok = False
        if ok:
            found.append(Source(str(title).strip(), str(link).strip(), read))
    return tuple(found)
