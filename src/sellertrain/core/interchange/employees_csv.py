"""Reading an employees CSV file, and importing it: every problem by line, then all or nothing.

The whole file is checked before anything is written (columns, roles, passwords, names given
twice in the file or already in the database); only a file without problems is added, in
one transaction.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message, localize, os_reason
from sellertrain.core.models import AccessRole
from sellertrain.core.passwords import password_problem

if TYPE_CHECKING:
    from sellertrain.core.models import Employee
    from sellertrain.core.store import Store

REQUIRED_COLUMNS = ("name", "role", "password")
OPTIONAL_COLUMNS = ("department",)
MAX_FILE_BYTES = 20 * 1024 * 1024  # ~500,000 employees; anything larger is not an employee list
MAX_PROBLEMS = 200  # a file that is wrong everywhere is reported by its first problems
_FIELD_LIMIT = 10_000  # characters in one cell
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ROLES = frozenset(r.value for r in AccessRole)

Row = tuple[str, str, str, str | None]


@dataclass(frozen=True)
class CsvProblem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"

    def text(self, language: str) -> str:
        """``str(problem)`` with the problem said in ``language``."""
        return f"{self.path}:{self.line}: {localize(self.message, language)}"


@dataclass(frozen=True)
class ImportResult:
    """The employees added, or the problems that stopped the import (then nothing was added)."""

    added: list[Employee]
    problems: list[CsvProblem]
    more_problems: int = 0  # problems beyond the first MAX_PROBLEMS, not listed


def _decode(raw: bytes, path: Path) -> tuple[str | None, CsvProblem | None]:
    """The text of the file: UTF-8 (with or without BOM) or UTF-16 with BOM."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, CsvProblem(
                path,
                1,
                QT_TRANSLATE_NOOP(
                    "Interchange", "the file is damaged UTF-16: save it as 'CSV UTF-8'"
                ),
            )
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, CsvProblem(
            path,
            line,
            QT_TRANSLATE_NOOP(
                "Interchange",
                "the file is not UTF-8 (byte 0x{byte} at column {column}): in Excel use "
                "'Save as' > 'CSV UTF-8 (comma delimited)', then import it again",
            ).format(byte=f"{raw[exc.start]:02x}", column=column),
        )


def read_employees_csv(path: Path) -> tuple[list[Row], list[CsvProblem]]:
    """Rows ``(name, role, password, department)`` and every problem found, with its line."""
    rows, problems, _lines = _read(Path(path))
    return rows, problems


def _read(path: Path) -> tuple[list[Row], list[CsvProblem], list[int]]:
    """Rows, problems and each row's line number."""

    def refused(line: int, message: str) -> tuple[list[Row], list[CsvProblem], list[int]]:
        return [], [CsvProblem(path, line, message)], []

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return refused(
                0,
                QT_TRANSLATE_NOOP(
                    "Interchange",
                    "the file is {size} MB; an employees file is at most {most} MB: is it the "
                    "right file? Split it if it is",
                ).format(size=f"{size / 1_048_576:.0f}", most=MAX_FILE_BYTES // 1_048_576),
            )
        raw = path.read_bytes()
    except OSError as exc:
        return refused(
            0,
            QT_TRANSLATE_NOOP("Interchange", "cannot read the file: {reason}").format(
                reason=os_reason(exc)
            ),
        )
    text, problem = _decode(raw, path)
    if text is None:
        return [], [problem] if problem else [], []
    if not text.strip():
        return refused(
            1,
            QT_TRANSLATE_NOOP(
                "Interchange",
                "the file is empty: the first line must be the header name,role,password (and "
                "optionally department)",
            ),
        )
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous_limit = csv.field_size_limit(_FIELD_LIMIT)
    try:
        return _rows(path, reader)
    finally:
        csv.field_size_limit(previous_limit)


def _header(path: Path, reader: Any) -> tuple[list[str], list[CsvProblem], bool]:
    """The header's column names, its problems, and whether the rows can be read at all."""
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as exc:
        return (
            [],
            [
                CsvProblem(
                    path,
                    1,
                    QT_TRANSLATE_NOOP(
                        "Interchange", "the header line cannot be read: {reason}"
                    ).format(reason=exc),
                )
            ],
            False,
        )
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        message = QT_TRANSLATE_NOOP(
            "Interchange",
            "missing column(s) {missing}; the header needs {needed} (and optionally department)",
        ).format(missing=", ".join(missing), needed=", ".join(REQUIRED_COLUMNS))
        return header, [CsvProblem(path, 1, message)], False
    problems: list[CsvProblem] = []
    unknown = [h for h in header if h not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        problems.append(
            CsvProblem(
                path,
                1,
                QT_TRANSLATE_NOOP("Interchange", "unknown column(s) {columns}").format(
                    columns=", ".join(unknown)
                ),
            )
        )
    twice = sorted({h for h in header if header.count(h) > 1})
    if twice:
        problems.append(
            CsvProblem(
                path,
                1,
                QT_TRANSLATE_NOOP("Interchange", "column(s) {columns} appear twice").format(
                    columns=", ".join(twice)
                ),
            )
        )
    return header, problems, not twice


def _cells_problem(cells: list[str], columns: int, end_line: int) -> str | None:
    """Why a record's cells cannot be read as an employee, whatever their values."""
    if len(cells) > columns:
        return QT_TRANSLATE_NOOP("Interchange", "more cells than columns in the header")
    if any("\n" in c or "\r" in c for c in cells):
        return QT_TRANSLATE_NOOP(
            "Interchange", 'a cell runs on to line {line}: a quote (") is probably not closed'
        ).format(line=end_line)
    if any(_CONTROL.search(c) for c in cells):
        return QT_TRANSLATE_NOOP(
            "Interchange",
            "a cell holds a control character (such as NUL): is this a CSV text file?",
        )
    return None


def _rows(path: Path, reader: Any) -> tuple[list[Row], list[CsvProblem], list[int]]:
    """Read the header and rows of a ``csv.reader`` (which counts lines as it goes)."""
    header, problems, readable = _header(path, reader)
    if not readable:
        return [], problems, []
    index = {
        name: header.index(name)
        for name in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
        if name in header
    }
    rows: list[Row] = []
    lines: list[int] = []
    seen: dict[str, int] = {}
    while True:
        line = reader.line_num + 1  # where the record starts (a quoted cell may span lines)
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(
                CsvProblem(
                    path,
                    line,
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        'this line cannot be read ({reason}): look for a quote (") that is not '
                        "closed, or a character that is not text",
                    ).format(reason=exc),
                )
            )
            break  # the reader cannot go on reliably after a broken quote or a NUL byte
        if not any(cell.strip() for cell in cells):
            continue  # a blank line
        if message := _cells_problem(cells, len(header), reader.line_num):
            problems.append(CsvProblem(path, line, message))
            continue
        row = _row(cells, index)
        if not row[0]:
            problems.append(
                CsvProblem(path, line, QT_TRANSLATE_NOOP("Interchange", "the name is empty"))
            )
            continue
        problems += (
            CsvProblem(path, line, m) for m in _row_problems(row, seen.get(row[0].casefold()))
        )
        seen.setdefault(row[0].casefold(), line)
        rows.append(row)
        lines.append(line)
    return rows, problems, lines


def _row(cells: list[str], index: dict[str, int]) -> Row:
    """``(name, role, password, department)`` of a record, tidied as they are stored."""

    def cell(column: str) -> str:
        position = index.get(column)
        return cells[position] if position is not None and position < len(cells) else ""

    name = " ".join(cell("name").split())
    return name, cell("role").strip().lower(), cell("password"), cell("department").strip() or None


def _row_problems(row: Row, earlier_line: int | None) -> list[str]:
    """What is wrong with a named row's role and password, and whether its name came before."""
    name, role, password, _department = row
    found: list[str] = []
    if role not in _ROLES:
        found.append(
            QT_TRANSLATE_NOOP(
                "Interchange", "unknown role '{role}' for {name} (use learner, manager or author)"
            ).format(role=role, name=name)
        )
    if message := password_problem(password, name):
        found.append(message)
    if earlier_line is not None:
        found.append(
            QT_TRANSLATE_NOOP("Interchange", "'{name}' is also on line {line}").format(
                name=name, line=earlier_line
            )
        )
    return found


@dataclass(frozen=True)
class CsvCheck:
    """A whole file checked and nothing written: its rows (with their lines) and problems."""

    rows: list[Row]
    lines: list[int]
    problems: list[CsvProblem]


def check_employees_csv(
    store: Store,
    path: Path,
    create_departments: bool = False,
    row_check: Callable[[Row], str | None] | None = None,
) -> CsvCheck:
    """Every problem of an employees file, by line, before anything is written: the file's
    own, names already taken, departments not on the list (unless ``create_departments``)
    and whatever ``row_check`` says of a row (e.g. a department manager's reach)."""
    path = Path(path)
    rows, problems, lines = _read(path)
    if not problems and rows:
        taken = store.existing_names(name for name, *_ in rows)
        for (name, *_), line in zip(rows, lines, strict=True):
            if name.casefold() in taken:
                problems.append(
                    CsvProblem(
                        path,
                        line,
                        QT_TRANSLATE_NOOP(
                            "Interchange", "'{name}' is already an employee ({existing})"
                        ).format(name=name, existing=taken[name.casefold()]),
                    )
                )
        if not create_departments:
            problems += _department_problems(store, path, rows, lines)
        if row_check is not None:
            for row, line in zip(rows, lines, strict=True):
                if message := row_check(row):
                    problems.append(CsvProblem(path, line, message))
    if not problems and not rows:
        problems.append(
            CsvProblem(
                path,
                1,
                QT_TRANSLATE_NOOP("Interchange", "the file holds no employees, only its header"),
            )
        )
    problems.sort(key=lambda problem: problem.line)
    return CsvCheck(rows, lines, problems)


def import_employees(
    store: Store,
    path: Path,
    actor_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    create_departments: bool = False,
    row_check: Callable[[Row], str | None] | None = None,
) -> ImportResult:
    """Check the whole file (``check_employees_csv``), then add every employee in it in one
    transaction, or none. ``progress`` is called with (passwords hashed, total) while the
    slow, salted hashing goes on.
    """
    path = Path(path)
    checked = check_employees_csv(store, path, create_departments, row_check)
    problems = checked.problems
    if problems:
        return ImportResult([], problems[:MAX_PROBLEMS], max(0, len(problems) - MAX_PROBLEMS))
    added = store.add_employees(
        checked.rows,
        actor_id,
        source=path.name,
        progress=progress,
        create_departments=create_departments,
    )
    return ImportResult(added, [])


def _department_problems(
    store: Store, path: Path, rows: list[Row], lines: list[int]
) -> list[CsvProblem]:
    """A problem at each row whose department is not on the list, naming the known ones."""
    from sellertrain.core.store import UnknownDepartment
    from sellertrain.core.store.departments import department_key

    listed = store.departments()
    keys = {department_key(name) for name in listed}
    return [
        CsvProblem(path, line, error_message(UnknownDepartment(row[3], listed)))
        for row, line in zip(rows, lines, strict=True)
        if row[3] and department_key(row[3]) not in keys
    ]
