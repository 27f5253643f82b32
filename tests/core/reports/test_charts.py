"""The report charts: well-formed SVG Tiny documents with escaped text and sensible content."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest

from sellertrain.core.reports import charts

SVG = "{http://www.w3.org/2000/svg}"
FORBIDDEN = ("style", "foreignObject", "filter", "marker", "script", "image")


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("baseProfile") == "tiny"
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"
    for element in root.iter():
        assert element.tag.removeprefix(SVG) not in FORBIDDEN
        assert element.get("class") is None and element.get("style") is None
    return root


def texts(root: ET.Element) -> list[str]:
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def bars(root: ET.Element) -> list[ET.Element]:
    """The data rectangles: everything filled with a chart colour."""
    colours = {charts.ACCENT, charts.GREEN, charts.RED}
    return [r for r in root.iter(f"{SVG}rect") if r.get("fill") in colours]


@pytest.mark.parametrize(
    "svg",
    [
        charts.bar_chart({}, "Risk areas"),
        charts.line_chart([], "Completions"),
        charts.histogram([], "Scores"),
        charts.histogram([0] * 10, "Scores"),
    ],
)
def test_empty_data_gives_a_valid_chart_saying_so(svg: str) -> None:
    root = parse(svg)
    assert charts.NO_DATA in texts(root)
    assert not bars(root)


def test_bar_chart_has_one_bar_per_area_coloured_by_the_threshold() -> None:
    values = {"shipping": 72.0, "fees": 91.5, "ip": 80.0}
    root = parse(charts.bar_chart(values, "Average best score by risk area"))
    drawn = bars(root)
    assert len(drawn) == 3
    assert [r.get("fill") for r in drawn] == [charts.RED, charts.GREEN, charts.GREEN]
    found = texts(root)
    assert {"shipping", "fees", "ip", "72%", "91.5%", "80%"} <= set(found)
    assert "Pass mark 80%" in found


def test_bar_chart_without_threshold_uses_the_accent_and_no_reference_line() -> None:
    root = parse(charts.bar_chart({"a": 10, "b": 95}, "Scores", threshold=None))
    assert {r.get("fill") for r in bars(root)} == {charts.ACCENT}
    assert not any(t.startswith("Pass mark") for t in texts(root))


def test_bar_chart_with_twelve_areas_keeps_rows_apart_and_cuts_long_labels() -> None:
    values = {f"area-{i}": 10.0 * i for i in range(11)}
    values["a very long risk area name that could never fit beside its bar"] = 55
    root = parse(charts.bar_chart(values, "Risk areas"))
    rects = bars(root)
    assert len(rects) == 11  # the area at 0% has no bar
    ys = sorted(float(r.get("y")) for r in rects)
    heights = {float(r.get("height")) for r in rects}
    assert min(b - a for a, b in itertools.pairwise(ys)) > max(heights)
    assert any(t.endswith("…") and t.startswith("a very long") for t in texts(root))
    assert float(root.get("height")) >= charts.HEIGHT


def test_bar_chart_clamps_values_to_the_scale() -> None:
    root = parse(charts.bar_chart({"over": 150, "under": -5}, "Clamped"))
    (rect,) = bars(root)
    assert float(rect.get("x")) + float(rect.get("width")) <= charts.WIDTH


def test_chart_text_is_escaped() -> None:
    nasty = '<script>alert("x")</script> & co'
    for svg in (
        charts.bar_chart({nasty: 50}, nasty),
        charts.line_chart([("2026-03-01", 1), ("2026-03-02", 3)], nasty),
        charts.histogram([1, 2], nasty, labels=[nasty, "ok"]),
        charts.line_chart([], nasty),
    ):
        assert "<script>" not in svg
        root = parse(svg)
        assert root.find(f"{SVG}title").text == nasty


def test_control_characters_do_not_break_the_document() -> None:
    parse(charts.bar_chart({"bad\x01name\x1f": 40}, "Title\x00"))


def test_line_chart_draws_every_point_spaced_by_date() -> None:
    points = [("2026-03-01", 2), ("2026-03-02", 5), ("2026-03-10", 9)]
    root = parse(charts.line_chart(points, "Lessons completed"))
    (polyline,) = root.iter(f"{SVG}polyline")
    coordinates = [tuple(map(float, p.split(","))) for p in polyline.get("points").split()]
    assert len(coordinates) == 3
    xs = [x for x, _ in coordinates]
    # 1 day then 8 days apart
    assert xs[2] - xs[1] == pytest.approx(8 * (xs[1] - xs[0]), rel=0.01)
    ys = [y for _, y in coordinates]
    assert ys[0] > ys[1] > ys[2]  # counts grow upwards
    assert len(list(root.iter(f"{SVG}circle"))) == 3
    found = texts(root)
    assert "1 Mar" in found and "10 Mar" in found and "2026" in found
    assert "9" in found  # the latest total


def test_line_chart_with_one_point_shows_it_without_a_line() -> None:
    root = parse(charts.line_chart([("2026-03-01", 4)], "Lessons completed"))
    assert not list(root.iter(f"{SVG}polyline"))
    assert len(list(root.iter(f"{SVG}circle"))) == 1
    assert any("no trend yet" in t for t in texts(root))


def test_line_chart_ticks_are_whole_numbers_and_limited() -> None:
    points = [(f"2026-{1 + d // 28:02d}-{1 + d % 28:02d}", d) for d in range(0, 200, 3)]
    root = parse(charts.line_chart(points, "Long period"))
    found = texts(root)
    assert not any("." in t for t in found if t.replace(".", "").isdigit())
    date_labels = [t for t in found if any(m in t for m in ("Jan", "Feb", "Mar", "Apr"))]
    assert 2 <= len(date_labels) <= 6


def test_line_chart_accepts_labels_that_are_not_dates() -> None:
    root = parse(charts.line_chart([("week 1", 3), ("week 2", 7)], "Weekly"))
    assert {"week 1", "week 2"} <= set(texts(root))


def test_histogram_has_ten_buckets_with_labels_and_counts() -> None:
    counts = [0, 0, 1, 2, 3, 5, 9, 14, 22, 17]
    root = parse(charts.histogram(counts, "Score distribution"))
    assert len(bars(root)) == 8  # empty buckets draw no bar
    found = texts(root)
    assert "0-10" in found and "90-100" in found
    assert {"1", "22", "17"} <= set(found)
    tallest = max(bars(root), key=lambda r: float(r.get("height")))
    assert bars(root).index(tallest) == 6  # the 80-90 bucket


def test_fit_text_keeps_short_text_and_cuts_long_text() -> None:
    assert charts.fit_text("fees", 12, 100) == "fees"
    cut = charts.fit_text("x" * 80, 12, 100)
    assert cut.endswith("…") and charts.text_width(cut, 12) <= 100
    assert charts.text_width("海关", 12) > charts.text_width("ab", 12)


def test_nice_ticks() -> None:
    assert charts.nice_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert charts.nice_ticks(7, integer=True) == [0, 2, 4, 6, 8]
    assert charts.nice_ticks(0, integer=True) == [0, 1]
