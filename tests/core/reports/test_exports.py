"""Team report exports: formula-safe CSV for spreadsheets and the printable HTML report."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sellertrain.core.models import AccessRole, Employee
from sellertrain.core.reports import exports
from sellertrain.core.reports.team import EmployeeProgress, QuestionStats, TeamStatus


def progress(
    name: str,
    status: TeamStatus = TeamStatus.IN_PROGRESS,
    department: str | None = "logistics",
    **fields: object,
) -> EmployeeProgress:
    values: dict[str, object] = {
        "required": 8,
        "required_done": 3,
        "quizzes_passed": 2,
        "average_best_score": 72.5,
        "last_activity": "2026-03-02T10:15:00+00:00",
        "status": status,
        "next_due": "2026-04-01",
    }
    values.update(fields)
    employee = Employee(f"id-{name}", name, AccessRole.LEARNER, department)
    return EmployeeProgress(employee=employee, **values)


def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# -- safe_cell ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        "+1",
        "-1+2",
        "@SUM(A1)",
        "\t=cmd",
        "\r=cmd",
        '=HYPERLINK("http://x")',
        " =1+1",
        "  @SUM(A1)",
        "\u200b=cmd",
        "\ufeff=cmd",
        "\u00a0+1",
        "\n-1+2",
        "\uff1dcmd",
        "\uff0b1",
        "\uff0d1",
        "\uff20SUM(A1)",
        " \uff1dcmd",
    ],
)
def test_safe_cell_neutralises_formulas(text: str) -> None:
    assert exports.safe_cell(text) == "'" + text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (-3, "-3"),
        (-2.5, "-2.5"),
        (0, "0"),
        (72.5, "72.5"),
        (None, ""),
        ("王芳", "王芳"),
        (" Ana", " Ana"),
        ("\u200bAna", "\u200bAna"),
    ],
)
def test_safe_cell_leaves_numbers_and_plain_text_alone(value: object, expected: str) -> None:
    assert exports.safe_cell(value) == expected


def test_safe_cell_only_looks_at_the_first_character() -> None:
    assert exports.safe_cell("a=b") == "a=b"
    assert exports.safe_cell("") == ""


# -- CSV ---------------------------------------------------------------------------------
def test_csv_has_the_header_and_one_line_per_employee() -> None:
    rows = [
        progress("王芳", TeamStatus.COMPLETE, required_done=8),
        progress("Li Wei", TeamStatus.OVERDUE, overdue=("shipping-deadlines", "fees")),
        progress(
            "Zhang Min",
            TeamStatus.NOT_STARTED,
            None,
            average_best_score=None,
            last_activity=None,
            next_due=None,
        ),
    ]
    table = read_csv(exports.team_progress_csv(rows))
    assert table[0] == list(exports.CSV_HEADER)
    assert table[0][:4] == ["name", "department", "role", "status"]
    assert len(table) == 4
    assert table[1] == [
        "王芳",
        "logistics",
        "learner",
        "complete",
        "8",
        "8",
        "100",
        "2",
        "72.5",
        "2026-03-02T10:15:00+00:00",
        "",
        "2026-04-01",
    ]
    assert table[2][3] == "overdue" and table[2][10] == "shipping-deadlines; fees"
    assert table[3][1] == "" and table[3][8] == "" and table[3][9] == "" and table[3][11] == ""


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_formulas_in_names_and_departments(prefix: str) -> None:
    rows = [progress(f"{prefix}cmd|' /C calc'!A0", department=f"{prefix}dept")]
    table = read_csv(exports.team_progress_csv(rows))
    assert table[1][0] == f"'{prefix}cmd|' /C calc'!A0"
    assert table[1][1] == f"'{prefix}dept"


def test_csv_keeps_negative_and_decimal_numbers_as_numbers() -> None:
    rows = [progress("Ana", average_best_score=-12.5, quizzes_passed=0)]
    table = read_csv(exports.team_progress_csv(rows))
    assert table[1][8] == "-12.5"
    assert float(table[1][8]) == -12.5
    assert table[1][7] == "0"


def test_write_csv_round_trips_chinese_names_with_a_byte_order_mark(tmp_path: Path) -> None:
    rows = [progress("王芳"), progress("陈静", department="客服")]
    target = tmp_path / "team.csv"
    exports.write_csv(target, exports.team_progress_csv(rows))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\r\n" not in raw
    table = read_csv(raw.decode("utf-8-sig"))
    assert [row[0] for row in table[1:]] == ["王芳", "陈静"]
    assert table[2][1] == "客服"


# -- HTML --------------------------------------------------------------------------------
class Collector(HTMLParser):
    """Counts tags and gathers text and every attribute value that names a resource."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.sources += [v or "" for k, v in attrs if k in ("src", "href")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def weak(text: str, answers: int, correct: int, wrong: str | None) -> tuple[str, QuestionStats]:
    stats = QuestionStats(
        "q", text, answers, correct, wrong, answers - correct if wrong else 0, None, None
    )
    return "shipping-quiz", stats


def report(rows: list[EmployeeProgress], **overrides: object) -> str:
    values: dict[str, object] = {
        "risk_areas": {"shipping": 61.5, "fees": 90.0},
        "completions": [("2026-03-01", 2), ("2026-03-04", 7)],
        "histogram": [0, 0, 0, 1, 0, 2, 3, 4, 6, 2],
        "weak_questions": [weak("Tracking number deadline?", 10, 3, "Seven days")],
        "course_title": "Seller basics",
        "generated_at": "2026-03-31 09:00",
    }
    values.update(overrides)
    return exports.team_report_html(rows, **values)


def test_html_report_escapes_names_and_contains_the_charts() -> None:
    rows = [progress("<script>alert(1)</script>", TeamStatus.OVERDUE, overdue=("a<b",))]
    html = report(rows, course_title="A & B <i>", weak_questions=[weak("x<y?", 4, 1, "<b>no</b>")])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "A &amp; B &lt;i&gt;" in html and "a&lt;b" in html and "&lt;b&gt;no&lt;/b&gt;" in html
    parsed = Collector()
    parsed.feed(html)
    assert parsed.tags.count("svg") == 3
    assert "script" not in parsed.tags and "i" not in parsed.tags
    assert parsed.sources == []  # self-contained: nothing to fetch
    assert "@media print" in html
    text = " ".join(parsed.text)
    assert "<script>alert(1)</script>" in text  # shown as text


def test_html_report_summary_table_and_weak_questions() -> None:
    rows = [
        progress("Ana", TeamStatus.COMPLETE, required=4, required_done=4),
        progress("Ben", TeamStatus.OVERDUE, required=4, required_done=0, overdue=("fees",)),
        progress("王芳", TeamStatus.OVERDUE, required=2, required_done=1),
    ]
    questions = [weak(f"Question {i}", 10, i, "Wrong") for i in range(12)]
    html = report(rows, weak_questions=questions)
    parsed = Collector()
    parsed.feed(html)
    text = " ".join(" ".join(parsed.text).split())
    assert "50%" in text  # 5 of 10 required lessons done overall
    assert "2 overdue" in text and "1 complete" in text and "0 needs refresh" in text
    for name in ("Ana", "Ben", "王芳"):
        assert name in text
    assert "Question 9" in text and "Question 10" not in text  # the ten given first
    assert "30%" in text and "Wrong" in text
    assert "Seller basics" in text and "2026-03-31 09:00" in text


def test_html_report_without_any_data_still_renders() -> None:
    html = report([], risk_areas={}, completions=[], histogram=[], weak_questions=[])
    assert html.count("No data yet") == 3
    assert "No employees yet." in html and "No quiz answers yet." in html
