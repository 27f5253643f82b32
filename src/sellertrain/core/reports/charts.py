"""The team report's charts as SVG Tiny 1.2 documents (strings), for Qt's SVG renderer and HTML.

Qt renders only SVG Tiny 1.2, so the charts use plain shapes with presentation attributes:
no style sheets, classes, markers or filters. Every piece of text is XML-escaped.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from sellertrain.core.i18n import Translator
from sellertrain.core.language import ENGLISH

WIDTH = 640
HEIGHT = 300
ACCENT = "#1a56db"
GREEN = "#137333"
RED = "#c5221f"
TEXT = "#1f2937"
MUTED = "#6b7280"
AXIS = "#9ca3af"
GRID = "#e5e7eb"
AREA = "#dbe6fb"
NO_DATA = "No data yet"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class ChartWords:
    """The words a chart draws besides its data; a screen or an export passes them translated."""

    no_data: str = NO_DATA
    pass_mark: str = "Pass mark {mark}"
    one_day: str = "Only one day so far: no trend yet"
    score_caption: str = "Score (%)"
    day: str = "{day} {month}"  # a date on the time axis; {month} from ``months``
    months: tuple[str, ...] = _MONTHS


ENGLISH_WORDS = ChartWords()


def chart_words(tx: Translator) -> ChartWords:
    """The charts' words in ``tx``'s language (from the shared catalogue, context "Charts")."""
    if tx.language == ENGLISH:
        return ENGLISH_WORDS
    months = (
        *(tx.translate("Charts", "Jan"), tx.translate("Charts", "Feb")),
        *(tx.translate("Charts", "Mar"), tx.translate("Charts", "Apr")),
        *(tx.translate("Charts", "May"), tx.translate("Charts", "Jun")),
        *(tx.translate("Charts", "Jul"), tx.translate("Charts", "Aug")),
        *(tx.translate("Charts", "Sep"), tx.translate("Charts", "Oct")),
        *(tx.translate("Charts", "Nov"), tx.translate("Charts", "Dec")),
    )
    return ChartWords(
        no_data=tx.translate("Charts", "No data yet"),
        pass_mark=tx.translate("Charts", "Pass mark {mark}"),
        one_day=tx.translate("Charts", "Only one day so far: no trend yet"),
        score_caption=tx.translate("Charts", "Score (%)"),
        day=tx.translate("Charts", "{day} {month}"),
        months=months,
    )


# Characters XML 1.0 forbids; a stray one in a name or question would break the document.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# -- text --------------------------------------------------------------------------------
def _esc(text: str) -> str:
    """Text made safe for XML character data and double-quoted attributes."""
    return escape(_INVALID_XML.sub("", text), {'"': "&quot;"})


def text_width(text: str, size: float) -> float:
    """An estimate of the rendered width of ``text`` in a sans-serif font of ``size`` px."""
    width = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            width += 1.0
        elif char in "il.,:;'|!ijlft ()[]":
            width += 0.34
        elif char.isupper() or char in "mwMW%@":
            width += 0.72
        else:
            width += 0.6
    return width * size


def fit_text(text: str, size: float, width: float) -> str:
    """``text`` cut to fit ``width`` px, ending in an ellipsis when it had to be shortened."""
    text = " ".join(text.split())
    if text_width(text, size) <= width:
        return text
    room = width - text_width("…", size)
    cut = ""
    for char in text:
        if text_width(cut + char, size) > room:
            break
        cut += char
    return cut.rstrip() + "…"


def _text(
    x: float,
    y: float,
    text: str,
    size: float = 12,
    anchor: str = "start",
    fill: str = TEXT,
    bold: bool = False,
) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"'
        f' fill="{fill}"{weight}>{_esc(text)}</text>'
    )


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str = AXIS, extra: str = "") -> str:
    return (
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}"'
        f' stroke-width="1"{extra}/>'
    )


def _rect(x: float, y: float, w: float, h: float, fill: str) -> str:
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}"/>'


def _number(value: float) -> str:
    """A value as people read it: no ``.0`` on whole numbers, one decimal otherwise."""
    return str(round(value)) if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def _document(title: str, parts: list[str], width: int = WIDTH, height: int = HEIGHT) -> str:
    """The SVG root around ``parts``, with a white background and the chart's title."""
    body = "\n".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny"'
        f' width="{width}" height="{height}" viewBox="0 0 {width} {height}">\n'
        f"<title>{_esc(title)}</title>\n"
        f'<g font-family="sans-serif">\n'
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>\n'
        f"{_text(16, 26, fit_text(title, 15, width - 32), 15, bold=True)}\n"
        f"{body}\n</g>\n</svg>\n"
    )


def _empty(title: str, message: str = NO_DATA) -> str:
    """A chart frame that says there is nothing to show yet."""
    parts = [
        f'<rect x="16.5" y="44.5" width="{WIDTH - 33}" height="{HEIGHT - 61}" fill="#f8fafc"'
        f' stroke="{GRID}" stroke-width="1"/>',
        _text(WIDTH / 2, HEIGHT / 2 + 14, message, 14, "middle", MUTED),
    ]
    return _document(title, parts)


def nice_ticks(top: float, count: int = 5, integer: bool = False) -> list[float]:
    """Round axis ticks from 0 to at least ``top`` (steps of 1, 2 or 5 times a power of ten)."""
    top = max(top, 1.0 if integer else 1e-9)
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if integer:
        step = max(1, math.ceil(step))
    ticks = [0.0]
    while ticks[-1] < top - 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


# -- bar chart ---------------------------------------------------------------------------
def bar_chart(
    values: dict[str, float],
    title: str,
    unit: str = "%",
    max_value: float = 100,
    threshold: float | None = 80,
    words: ChartWords = ENGLISH_WORDS,
) -> str:
    """Horizontal bars, one per label, with the value at the bar's end.

    With a ``threshold`` (within the scale) a dashed reference line is drawn and bars below it
    are red, the others green; without one all bars take the accent colour.
    """
    if not values:
        return _empty(title, words.no_data)
    top, bottom, left, right = 52, 34, 176, WIDTH - 60
    count = len(values)
    # rows share the standard height; only a long list makes the chart taller
    row = max(18.0, (HEIGHT - top - bottom) / count)
    height = max(HEIGHT, round(top + row * count + bottom))
    plot_bottom = top + row * count
    scale = max(max_value, 1e-9)
    # the reference line, when there is one within the scale
    line_at = threshold if threshold is not None and 0 < threshold <= scale else None

    def x_of(value: float) -> float:
        return left + (right - left) * min(max(value, 0.0), scale) / scale

    parts: list[str] = []
    for tick in nice_ticks(scale, 5):
        if tick > scale + 1e-9:
            break
        x = x_of(tick)
        parts.append(_line(x, top - 4, x, plot_bottom, GRID))
        parts.append(_text(x, plot_bottom + 17, f"{_number(tick)}{unit}", 11, "middle", MUTED))
    bar = min(row * 0.66, 28.0)
    labels: list[str] = []
    for index, (label, value) in enumerate(values.items()):
        y = top + row * index + (row - bar) / 2
        colour = ACCENT
        if line_at is not None:
            colour = GREEN if value >= line_at else RED
        width = x_of(value) - left
        if width > 0:
            parts.append(_rect(left, y, max(width, 1.5), bar, colour))
        baseline = y + bar / 2 + 4
        parts.append(_text(left - 8, baseline, fit_text(str(label), 12, left - 24), 12, "end"))
        value_text = f"{_number(value)}{unit}"
        labels.append(_rect(x_of(value) + 3, y, text_width(value_text, 11) + 6, bar, "#ffffff"))
        labels.append(_text(x_of(value) + 6, baseline, value_text, 11, fill=TEXT))
    parts.append(_line(left, top - 4, left, plot_bottom, AXIS))
    if line_at is not None:
        x = x_of(line_at)
        parts.append(_line(x, top - 8, x, plot_bottom, MUTED, ' stroke-dasharray="4,3"'))
        mark = words.pass_mark.format(mark=f"{_number(line_at)}{unit}")
        parts.append(_text(x, top - 12, mark, 11, "middle", MUTED))
    # value labels go last, on a white ground, so the reference line never crosses them
    return _document(title, parts + labels, height=height)


# -- line chart --------------------------------------------------------------------------
def _parse_days(labels: list[str]) -> list[dt.date] | None:
    """The labels as dates when every one starts with an ISO date, otherwise None."""
    try:
        return [dt.date.fromisoformat(label[:10]) for label in labels]
    except ValueError:
        return None


def _day_label(day: dt.date, with_year: bool, words: ChartWords = ENGLISH_WORDS) -> str:
    text = words.day.format(day=day.day, month=words.months[day.month - 1])
    return f"{text} {day.year}" if with_year else text


def _inside(centre: float, label: str, size: float) -> float:
    """The centre of a middle-anchored label moved so the label stays inside the chart."""
    half = text_width(label, size) / 2
    return min(max(centre, half + 4), WIDTH - half - 4)


def _tick_indices(count: int, most: int) -> list[int]:
    """Up to ``most`` evenly spread positions among ``count``, always the first and last."""
    if count <= most:
        return list(range(count))
    return sorted({round(i * (count - 1) / (most - 1)) for i in range(most)})


def line_chart(points: list[tuple[str, int]], title: str, words: ChartWords = ENGLISH_WORDS) -> str:
    """A cumulative count over time: x = dates (ISO, spaced by time), y = count.

    With no points the chart says "No data yet"; one point is drawn alone with a note.
    """
    if not points:
        return _empty(title, words.no_data)
    top, bottom, left, right = 52, HEIGHT - 44, 56, WIDTH - 28
    labels = [label for label, _ in points]
    counts = [max(0, count) for _, count in points]
    days = _parse_days(labels)
    if days is not None:
        first, span = days[0], max((days[-1] - days[0]).days, 0)
        offsets = [(day - first).days for day in days]
    else:
        span, offsets = len(points) - 1, list(range(len(points)))

    def x_of(offset: float) -> float:
        return (left + right) / 2 if span == 0 else left + (right - left) * offset / span

    ticks = nice_ticks(max(counts), 5, integer=True)
    y_top = ticks[-1]

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / y_top

    parts: list[str] = []
    for tick in ticks:
        y = y_of(tick)
        parts.append(_line(left, y, right, y, GRID if tick else AXIS))
        parts.append(_text(left - 8, y + 4, _number(tick), 11, "end", MUTED))
    # x ticks: days spread over the span when the labels are dates, otherwise the labels
    if days is not None:
        tick_days = [first + dt.timedelta(days=i) for i in _tick_indices(span + 1, 6)]
        years = {day.year for day in days}
        for number, day in enumerate(tick_days):
            x = x_of((day - first).days)
            with_year = len(years) > 1 and (number == 0 or day.year != tick_days[number - 1].year)
            parts.append(_line(x, bottom, x, bottom + 4, AXIS))
            label = _day_label(day, with_year, words)
            parts.append(_text(_inside(x, label, 11), bottom + 18, label, 11, "middle", MUTED))
        if len(years) == 1:
            parts.append(_text(right, bottom + 36, str(first.year), 11, "end", MUTED))
    else:
        indices = _tick_indices(len(points), 6)
        room = (right - left) / max(len(indices) - 1, 1) - 8
        for index in indices:
            x = x_of(offsets[index])
            parts.append(_line(x, bottom, x, bottom + 4, AXIS))
            label = fit_text(labels[index], 11, room)
            parts.append(_text(_inside(x, label, 11), bottom + 18, label, 11, "middle", MUTED))
    coordinates = [(x_of(o), y_of(c)) for o, c in zip(offsets, counts, strict=True)]
    if len(coordinates) > 1:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)
        area = (
            f"M{coordinates[0][0]:.1f},{bottom:.1f} "
            + " ".join(f"L{x:.1f},{y:.1f}" for x, y in coordinates)
            + f" L{coordinates[-1][0]:.1f},{bottom:.1f} Z"
        )
        parts.append(f'<path d="{area}" fill="{AREA}" stroke="none"/>')
        parts.append(
            f'<polyline points="{line}" fill="none" stroke="{ACCENT}" stroke-width="2.5"'
            ' stroke-linejoin="round" stroke-linecap="round"/>'
        )
    if len(coordinates) <= 40:
        for x, y in coordinates:
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#ffffff" stroke="{ACCENT}"'
                ' stroke-width="2"/>'
            )
    last_x, last_y = coordinates[-1]
    anchor = "end" if last_x > right - 30 else "middle"
    parts.append(_text(last_x, last_y - 10, str(counts[-1]), 12, anchor, ACCENT, bold=True))
    if len(coordinates) == 1:
        parts.append(
            _text(
                (left + right) / 2,
                (top + bottom) / 2,
                words.one_day,
                12,
                "middle",
                MUTED,
            )
        )
    return _document(title, parts)


# -- histogram ---------------------------------------------------------------------------
def histogram(
    counts: list[int],
    title: str,
    labels: list[str] | None = None,
    words: ChartWords = ENGLISH_WORDS,
) -> str:
    """Vertical bars for bucket counts; the default labels are equal score bands over 0-100."""
    if not counts or not any(counts):
        return _empty(title, words.no_data)
    if labels is None:
        width = 100 / len(counts)
        labels = [f"{_number(i * width)}-{_number((i + 1) * width)}" for i in range(len(counts))]
        caption = words.score_caption
    else:
        caption = ""
    top, bottom, left, right = 52, HEIGHT - 48, 56, WIDTH - 24
    ticks = nice_ticks(max(counts), 5, integer=True)
    y_top = ticks[-1]

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / y_top

    parts: list[str] = []
    for tick in ticks[1:]:
        y = y_of(tick)
        parts.append(_line(left, y, right, y, GRID))
        parts.append(_text(left - 8, y + 4, _number(tick), 11, "end", MUTED))
    parts.append(_text(left - 8, bottom + 4, "0", 11, "end", MUTED))
    slot = (right - left) / len(counts)
    bar = slot * 0.78
    for index, count in enumerate(counts):
        x = left + slot * index + (slot - bar) / 2
        centre = x + bar / 2
        if count > 0:
            y = y_of(count)
            parts.append(_rect(x, y, bar, bottom - y, ACCENT))
            parts.append(_text(centre, y - 5, str(count), 11, "middle", TEXT))
        label = fit_text(labels[index] if index < len(labels) else "", 11, slot - 4)
        parts.append(_text(centre, bottom + 17, label, 11, "middle", MUTED))
    parts.append(_line(left, bottom, right, bottom, AXIS))
    if caption:
        parts.append(_text((left + right) / 2, bottom + 38, caption, 11, "middle", MUTED))
    return _document(title, parts)
