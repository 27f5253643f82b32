"""Reading an employees CSV file into rows the store can add in one transaction."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sellertrain.core.models import AccessRole

REQUIRED_COLUMNS = ("name", "role", "password")
OPTIONAL_COLUMNS = ("department",)


@dataclass(frozen=True)
class CsvProblem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def read_employees_csv(
    path: Path,
) -> tuple[list[tuple[str, str, str, str | None]], list[CsvProblem]]:
    """Rows ``(name, role, password, department)`` and every problem found, with its line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [], [CsvProblem(path, 0, f"cannot read the file: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return [], [CsvProblem(path, line, "the file is not UTF-8: save it as 'CSV UTF-8'")]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        return [], [
            CsvProblem(
                path,
                1,
                f"missing column(s) {', '.join(missing)}; the header needs "
                f"{', '.join(REQUIRED_COLUMNS)} (and optionally department)",
            )
        ]
    unknown = [h for h in header if h not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    problems = [CsvProblem(path, 1, f"unknown column(s) {', '.join(unknown)}")] if unknown else []
    reader.fieldnames = header
    rows: list[tuple[str, str, str, str | None]] = []
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        if None in record:
            problems.append(CsvProblem(path, line, "more cells than columns in the header"))
            continue
        name = " ".join((record.get("name") or "").split())
        role = (record.get("role") or "").strip().lower()
        password = record.get("password") or ""
        department = (record.get("department") or "").strip() or None
        if not name and not role and not password:
            continue  # a blank line
        if not name:
            problems.append(CsvProblem(path, line, "the name is empty"))
            continue
        if role not in {r.value for r in AccessRole}:
            problems.append(
                CsvProblem(
                    path, line, f"unknown role '{role}' for {name} (use learner, manager or author)"
                )
            )
        if len(password) < 4:
            problems.append(
                CsvProblem(path, line, f"the password for {name} must have at least 4 characters")
            )
        key = name.casefold()
        if key in seen:
            problems.append(CsvProblem(path, line, f"'{name}' is also on line {seen[key]}"))
        seen.setdefault(key, line)
        rows.append((name, role, password, department))
    return rows, problems
