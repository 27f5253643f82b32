"""``course.yaml``: the optional course-wide settings file, checked with exact line numbers.

It sits at the content root beside ``lessons/``, ``quizzes/`` and ``assets/`` and says how long
a certificate stays valid, per module (by title) and per assessment (a quiz without
``lesson:``, by id)::

    title: Marketplace rules for cross-border sellers
    modules:
      "Platform rules and enforcement":
        valid_for: 365d
    assessments:
      final-assessment:
        valid_for: 1y
    minimum_reading: 25%

``minimum_reading`` is the share of each lesson's reading time (its ``minutes``) a learner
spends on the lesson before "Mark as complete" is offered: 25 % unless the file says
otherwise, 0% for no wait.

The file is tiny and read on every load, so no cache ever holds a stale copy of it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

from sellertrain.core.content.safe_read import UnsafeFile, read_limited, read_text_or_none
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import SETTINGS_FILE, ContentError, Course, CourseSettings

try:  # the C parser is faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # the stubs type the C and Python loaders as unrelated classes

MAX_CHARS = 100_000
TOP_KEYS = ("title", "modules", "assessments", "minimum_reading")
SCOPE_KEYS = ("valid_for",)
MAX_DAYS = 100 * 365
_DURATION = re.compile(r"^(\d{1,9})\s*([dwy])$")  # bounded: int() of 5,000 digits raises
_UNIT_DAYS = {"d": 1, "w": 7, "y": 365}
_MODULE_LINE = re.compile(r"^module:[ \t]*+(\S.*)$", re.MULTILINE)  # stripped in code: linear
DURATION_HINT = QT_TRANSLATE_NOOP(
    "Content", "write a whole number of days, weeks or years, such as 365d, 52w or 1y"
)
_PERCENT = re.compile(r"^(\d{1,3})\s*%$")


def parse_duration(text: str) -> int | None:
    """Days in ``Nd``, ``Nw`` or ``Ny`` (a year is 365 days); None when not such a duration."""
    match = _DURATION.match(text.strip().lower())
    if match is None:
        return None
    days = int(match.group(1)) * _UNIT_DAYS[match.group(2)]
    return days if 1 <= days <= MAX_DAYS else None


def parse_percent(text: str) -> int | None:
    """The whole number in ``N%`` when it is 0 to 100; None otherwise."""
    match = _PERCENT.match(text.strip())
    if match is None:
        return None
    value = int(match.group(1))
    return value if value <= 100 else None


def minimum_reading_seconds(minutes: int, settings: CourseSettings) -> int:
    """Seconds a lesson of ``minutes`` reading time is open before it may be marked complete."""
    return round(max(minutes, 0) * 60 * settings.minimum_reading_percent / 100)


def settings_path(root: Path) -> Path:
    return Path(root) / SETTINGS_FILE


def load_settings(
    course: Course, declared_quizzes: Iterable[str] = (), text: str | None = None
) -> CourseSettings:
    """Read ``course.yaml`` of ``course.root`` (or ``text``, an editor's unsaved copy).

    Every problem is added to ``course.errors``; the settings returned hold only the entries
    that are right. A missing file means default settings (certificates never expire).
    ``declared_quizzes`` are ids that files with errors declare: not reported as unknown.
    """
    path = settings_path(course.root)
    problems: list[ContentError] = []

    def add(line: int, message: str) -> None:
        problems.append(ContentError(path, line, message))

    if text is None:
        text = _read(path, add)
    settings = CourseSettings()
    if text is not None:
        settings = _parse(text, course, set(declared_quizzes), add)
    course.errors.extend(problems)
    return settings


def _read(path: Path, add: Callable[[int, str], None]) -> str | None:
    if not path.exists() and not path.is_symlink():
        return None
    try:
        raw = read_limited(path, 4 * MAX_CHARS)
    except UnsafeFile as exc:
        if exc.too_big:
            add(
                1,
                QT_TRANSLATE_NOOP(
                    "Content", "the file has more than {limit:,} bytes; it may have {max_chars:,}"
                ).format(limit=4 * MAX_CHARS, max_chars=MAX_CHARS),
            )
        else:
            add(1, exc.message)
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        add(
            raw[: exc.start].count(b"\n") + 1,
            QT_TRANSLATE_NOOP("Content", "the file is not UTF-8 text: save it as UTF-8"),
        )
        return None


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _yaml_error_line(exc: yaml.YAMLError) -> int:
    """The line to blame: where an unclosed quote or bracket opened, else the problem."""
    context = str(getattr(exc, "context", "") or "")
    opened = getattr(exc, "context_mark", None)
    mark = getattr(exc, "problem_mark", None)
    if opened is not None and ("quoted scalar" in context or "flow" in context):
        mark = opened
    return mark.line + 1 if mark is not None else 1


def _alias_line(text: str) -> int | None:
    """The line of the first YAML alias (``*name``): refused, as in front matter, because
    nested aliases expand to billions of values ("billion laughs")."""
    if "*" not in text:
        return None
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                # the parser always sets the mark; the stubs allow None
                return event.start_mark.line + 1 if event.start_mark is not None else 1
    except yaml.YAMLError:
        return None  # compose() reports it with its line
    return None


def _parse(
    text: str, course: Course, declared_quizzes: set[str], add: Callable[[int, str], None]
) -> CourseSettings:
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_CHARS:
        add(
            1,
            QT_TRANSLATE_NOOP(
                "Content",
                "the file has {text_count:,} characters; it may have {max_chars:,} at most",
            ).format(text_count=len(text), max_chars=MAX_CHARS),
        )
        return CourseSettings()
    alias = _alias_line(text)
    if alias is not None:
        add(
            alias,
            QT_TRANSLATE_NOOP(
                "Content", "course.yaml may not use YAML aliases (*name): write the value out"
            ),
        )
        return CourseSettings()
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        detail = f"{problem} ({context})" if context else problem
        add(
            _yaml_error_line(exc),
            QT_TRANSLATE_NOOP("Content", "course.yaml is not valid YAML: {detail}").format(
                detail=detail
            ),
        )
        return CourseSettings()
    except RecursionError:
        add(1, QT_TRANSLATE_NOOP("Content", "course.yaml is nested too deeply"))
        return CourseSettings()
    if root is None:
        return CourseSettings()
    if not isinstance(root, yaml.MappingNode):
        add(
            _line(root),
            QT_TRANSLATE_NOOP(
                "Content", "course.yaml must be 'key: value' lines ({top_keys})"
            ).format(top_keys=", ".join(TOP_KEYS)),
        )
        return CourseSettings()
    title = ""
    modules: dict[str, int] = {}
    assessments: dict[str, int] = {}
    reading = CourseSettings.minimum_reading_percent
    for key, value in _entries(root, "course.yaml", add):
        if key == "title":
            if isinstance(value, yaml.ScalarNode) and value.value.strip():
                title = value.value.strip()
            else:
                add(
                    _line(value),
                    QT_TRANSLATE_NOOP(
                        "Content", "'title' must be one line of text, the course's name"
                    ),
                )
        elif key == "modules":
            modules = _validities(value, "modules", _module_check(course), add)
        elif key == "assessments":
            assessments = _validities(
                value, "assessments", _assessment_check(course, declared_quizzes), add
            )
        elif key == "minimum_reading":
            text = value.value if isinstance(value, yaml.ScalarNode) else ""
            percent = parse_percent(str(text))
            if percent is None:
                add(
                    _line(value),
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "'minimum_reading' must be a share of each lesson's reading time from 0% "
                        "to 100%, such as 25%",
                    ),
                )
            else:
                reading = percent
        else:
            add(
                _key_line(root, key),
                QT_TRANSLATE_NOOP("Content", "unknown key '{key}' (known: {top_keys})").format(
                    key=key, top_keys=", ".join(TOP_KEYS)
                ),
            )
    return CourseSettings(title, modules, assessments, reading)


def _key_line(mapping: yaml.MappingNode, key: str) -> int:
    return next((_line(k) for k, _v in mapping.value if getattr(k, "value", None) == key), 1)


def _entries(
    mapping: yaml.MappingNode, where: str, add: Callable[[int, str], None]
) -> list[tuple[str, yaml.Node]]:
    """The ``key: value`` pairs of a mapping; odd keys and repeated keys are reported."""
    found: list[tuple[str, yaml.Node]] = []
    seen: set[str] = set()
    for key_node, value in mapping.value:
        if not isinstance(key_node, yaml.ScalarNode) or not key_node.value.strip():
            add(
                _line(key_node),
                QT_TRANSLATE_NOOP("Content", "a key in {where} must be a plain name").format(
                    where=where
                ),
            )
            continue
        key = key_node.value
        if key in seen:
            add(
                _line(key_node),
                QT_TRANSLATE_NOOP("Content", "'{key}' is given twice in {where}").format(
                    key=key, where=where
                ),
            )
            continue
        seen.add(key)
        found.append((key, value))
    return found


def _validities(
    node: yaml.Node,
    section: str,
    check: Callable[[str], str | None],
    add: Callable[[int, str], None],
) -> dict[str, int]:
    """``name: {valid_for: DURATION}`` entries of ``modules`` or ``assessments``, in days."""
    if isinstance(node, yaml.ScalarNode) and node.value == "":
        return {}  # "modules:" with nothing under it
    if not isinstance(node, yaml.MappingNode):
        add(
            _line(node),
            QT_TRANSLATE_NOOP(
                "Content", "'{section}' must list names, each with 'valid_for: 365d' under it"
            ).format(section=section),
        )
        return {}
    days: dict[str, int] = {}
    for name, settings in _entries(node, f"'{section}'", add):
        line = _key_line(node, name)
        problem = check(name)
        if problem is not None:
            add(line, problem)
            continue
        if not isinstance(settings, yaml.MappingNode):
            add(
                line,
                QT_TRANSLATE_NOOP(
                    "Content",
                    "'{name}' needs 'valid_for: DURATION' under it, e.g. 'valid_for: 365d'",
                ).format(name=name),
            )
            continue
        for key, value in _entries(settings, f"'{name}'", add):
            if key not in SCOPE_KEYS:
                add(
                    _key_line(settings, key),
                    QT_TRANSLATE_NOOP("Content", "unknown key '{key}' (known: valid_for)").format(
                        key=key
                    ),
                )
                continue
            text = value.value if isinstance(value, yaml.ScalarNode) else ""
            parsed = parse_duration(text)
            if parsed is None:
                shown = f"'{text}'" if text else QT_TRANSLATE_NOOP("Content", "that value")
                add(
                    _line(value),
                    QT_TRANSLATE_NOOP(
                        "Content", "valid_for {shown} is not a duration: {duration_hint}"
                    ).format(shown=shown, duration_hint=DURATION_HINT),
                )
                continue
            days[name] = parsed
    return days


def _module_check(course: Course) -> Callable[[str], str | None]:
    titles = [module.title for module in course.modules]
    declared: set[str] | None = None

    def check(name: str) -> str | None:
        nonlocal declared
        if name in titles:
            return None
        if declared is None:  # modules of lesson files with errors: no knock-on error
            declared = _declared_modules(course.root)
        if name in declared:
            return None
        close = difflib.get_close_matches(name, titles, n=1)
        hint = (
            QT_TRANSLATE_NOOP("Content", "did you mean '{close}'?").format(close=close[0])
            if close
            else QT_TRANSLATE_NOOP("Content", "modules: {titles}").format(titles=", ".join(titles))
        )
        return QT_TRANSLATE_NOOP(
            "Content", "unknown module '{name}': no lesson names it in 'module:' ({hint})"
        ).format(name=name, hint=hint)

    return check


def _declared_modules(root: Path) -> set[str]:
    found: set[str] = set()
    for path in sorted((Path(root) / "lessons").glob("*.md")):
        head = read_text_or_none(path, 4 * MAX_CHARS)
        if head is None:
            continue
        head = head[:4000]
        for match in _MODULE_LINE.finditer(head):
            found.add(match.group(1).strip().strip("'\""))
    return found


def _assessment_check(course: Course, declared: set[str]) -> Callable[[str], str | None]:
    def check(name: str) -> str | None:
        quiz = course.quizzes.get(name)
        if quiz is None:
            if name in declared:
                return None
            assessments = sorted(q.id for q in course.quizzes.values() if q.lesson_id is None)
            listed = ", ".join(assessments) or "none"
            return QT_TRANSLATE_NOOP(
                "Content", "unknown quiz '{name}' (assessments: {listed})"
            ).format(name=name, listed=listed)
        if quiz.lesson_id is not None:
            return QT_TRANSLATE_NOOP(
                "Content",
                "quiz '{name}' belongs to lesson '{quiz_lesson_id}': only a quiz without "
                "'lesson:' is an assessment (its lesson's module gets the certificate)",
            ).format(name=name, quiz_lesson_id=quiz.lesson_id)
        return None

    return check
