"""Load and validate a content folder (``lessons/``, ``quizzes/``, ``assets/``).

Every problem becomes a ContentError with the file and line; files without errors still load.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sellertrain.core.content import frontmatter
from sellertrain.core.content.quiz_parser import parse_quiz_body
from sellertrain.core.content.render import (
    MAX_SOURCE_CHARS,
    SAFE_LINK,
    lesson_link_target,
    markdown,
    resolve_asset,
    slugify,
)
from sellertrain.core.models import (
    CALLOUT_KINDS,
    KNOWN_ROLES,
    KNOWN_TAGS,
    SETTINGS_FILE,
    ContentError,
    Course,
    CourseSettings,
    Lesson,
    Quiz,
    Section,
    content_version,
    section_digest,
    section_source,
)

log = logging.getLogger(__name__)

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
LESSON_KEYS = {
    "id": True,
    "title": True,
    "module": True,
    "order": True,
    "minutes": True,
    "summary": True,
    "reviewed": True,
    "quiz": False,
    "roles": False,
    "tags": False,
}
QUIZ_KEYS = {
    "id": True,
    "title": True,
    "lesson": False,
    "pass_mark": True,
    "shuffle": False,
    "draw": False,
    "time_limit": False,
}
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_H2 = re.compile(r"^\s{0,3}##\s+(.+?)\s*#*\s*$")
_CALLOUT = re.compile(r"^\s{0,3}:::\s*(\S*)\s*(.*)$")


class _Problems:
    """Collects the ContentErrors of one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[ContentError] = []

    def add(self, line: int, message: str, severity: str = "error") -> None:
        self.items.append(ContentError(self.path, line, message, severity))

    @property
    def failed(self) -> bool:
        return any(e.severity == "error" for e in self.items)


def _too_long(text: str, problems: _Problems) -> bool:
    """Refuse files so long that checking and rendering them would keep the app busy."""
    if len(text) <= MAX_SOURCE_CHARS:
        return False
    problems.add(
        1,
        f"the file has {len(text):,} characters; a lesson or quiz may have at most "
        f"{MAX_SOURCE_CHARS:,}: split it into several files",
    )
    return True


def _read(path: Path, problems: _Problems) -> str | None:
    try:
        if path.stat().st_size > 4 * MAX_SOURCE_CHARS:  # UTF-8: at most 4 bytes a character
            problems.add(
                1,
                f"the file has {path.stat().st_size:,} bytes; a lesson or quiz may have at most "
                f"{MAX_SOURCE_CHARS:,} characters: split it into several files",
            )
            return None
        raw = path.read_bytes()
    except OSError as exc:
        problems.add(1, f"cannot read the file: {exc.strerror or exc}")
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.add(line, "the file is not UTF-8 text: save it as UTF-8")
        return None


def _check_keys(doc: frontmatter.Document, spec: dict[str, bool], problems: _Problems) -> None:
    for key, line in doc.duplicate_keys:
        problems.add(line, f"'{key}' is given twice in the front matter")
    for key in doc.meta:
        if key not in spec:
            known = ", ".join(spec)
            problems.add(
                doc.key_lines.get(key, 2), f"unknown front matter key '{key}' (known: {known})"
            )
    for key, required in spec.items():
        if required and doc.meta.get(key) in (None, ""):
            problems.add(doc.body_line - 1, f"missing required front matter key '{key}'")


class _Fields:
    """Typed reads of front matter values, reporting each bad value at its line."""

    def __init__(self, doc: frontmatter.Document, problems: _Problems) -> None:
        self.doc = doc
        self.problems = problems

    def line(self, key: str) -> int:
        return self.doc.key_lines.get(key, 2)

    def text(self, key: str) -> str | None:
        value = self.doc.meta.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problems.add(self.line(key), f"'{key}' must be text, not {value!r}")
            return None
        return value.strip()

    def identifier(self, key: str) -> str | None:
        value = self.text(key)
        if value is not None and not ID_PATTERN.match(value):
            self.problems.add(
                self.line(key),
                f"'{key}' must use lowercase letters, digits and '-' only, not {value!r}",
            )
            return None
        return value

    def integer(self, key: str, low: int, high: int) -> int | None:
        value = self.doc.meta.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problems.add(
                self.line(key),
                f"'{key}' must be a whole number from {low} to {high}, not {value!r}",
            )
            return None
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.doc.meta.get(key, default)
        if not isinstance(value, bool):
            self.problems.add(self.line(key), f"'{key}' must be true or false, not {value!r}")
            return default
        return value

    def date(self, key: str) -> dt.date | None:
        value = self.doc.meta.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        self.problems.add(self.line(key), f"'{key}' must be a date like 2026-01-31, not {value!r}")
        return None

    def words(self, key: str, allowed: Iterable[str], default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.doc.meta.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.add(self.line(key), f"'{key}' must be a list like [a, b], not {value!r}")
            return default
        allowed = tuple(allowed)
        unknown = [v for v in value if v not in allowed]
        if unknown:
            self.problems.add(
                self.line(key),
                f"unknown {key} {', '.join(map(repr, unknown))} (use: {', '.join(allowed)})",
            )
        return tuple(v for v in value if v in allowed) or default


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`|~~)")


def heading_text(source: str) -> str:
    """A heading's text as rendered (links and emphasis markers dropped), for its anchor."""
    return " ".join(_EMPHASIS.sub("", _LINK.sub(r"\1", source)).split())


def scan_sections(body: str, body_line: int) -> list[Section]:
    """The ``##`` headings of a body with each section's hash, without a full Markdown parse."""
    lines = body.split("\n")
    starts: list[tuple[int, str]] = []
    in_fence = False
    for offset, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _H2.match(line)
        if match:
            starts.append((offset, heading_text(match.group(1))))
    sections: list[Section] = []
    for index, (offset, title) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        digest = section_digest(section_source(lines[offset:end]))
        sections.append(Section(slugify(title), title, body_line + offset, digest, body_line + end))
    return sections


def _check_callouts(body: str, body_line: int, problems: _Problems) -> None:
    open_line: int | None = None
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _CALLOUT.match(line)
        if not match:
            continue
        kind, line_no = match.group(1), body_line + offset
        if not kind:
            if open_line is None:
                problems.add(line_no, "':::' closes no callout")
            open_line = None
        elif open_line is not None:
            problems.add(
                line_no, f"callout opened inside the callout of line {open_line}; close it first"
            )
        else:
            open_line = line_no
            if kind not in CALLOUT_KINDS:
                problems.add(
                    line_no, f"unknown callout kind '{kind}' (use: {', '.join(CALLOUT_KINDS)})"
                )
    if open_line is not None:
        problems.add(open_line, "callout is not closed: add a line ':::' after its text")


def _check_lesson_body(
    lesson_path: Path, body: str, body_line: int, assets: Path, problems: _Problems
) -> None:
    """The checks that need a full Markdown parse: headings, images, raw HTML."""
    if not body.strip():
        problems.add(body_line, "the lesson has no text")
        return
    _check_callouts(body, body_line, problems)
    _check_raw_html(body, body_line, problems)
    seen: dict[str, int] = {}
    tokens = markdown().parse(body)
    for index, token in enumerate(tokens):
        line = body_line + (token.map[0] if token.map else 0)
        if token.type == "heading_open" and token.tag == "h1":
            problems.add(line, "use '##' for sections: the title comes from the front matter")
        elif token.type == "heading_open" and token.tag == "h2":
            title = heading_text(tokens[index + 1].content)
            anchor = slugify(title)
            if anchor in seen:
                problems.add(line, f"section '{title}' has the same anchor as line {seen[anchor]}")
            seen.setdefault(anchor, line)
        elif token.type == "inline":
            _check_inline(token, line, lesson_path, assets, problems)


@functools.cache
def _html_finder() -> Any:
    """A parser that only looks for raw HTML: links and emphasis cannot hide HTML from it, and
    skipping them keeps pathological text (thousands of unclosed brackets) fast."""
    from markdown_it import MarkdownIt

    finder = MarkdownIt("commonmark", {"html": True})
    finder.disable(["link", "image", "emphasis"])
    return finder


def _check_raw_html(body: str, body_line: int, problems: _Problems) -> None:
    """Warn about raw HTML: the renderer shows it as text, so the author should know."""
    reported: set[int] = set()
    for token in _html_finder().parse(body):
        line = body_line + (token.map[0] if token.map else 0)
        has_html = token.type == "html_block" or (
            token.type == "inline" and any(c.type == "html_inline" for c in token.children or [])
        )
        if has_html and line not in reported:
            reported.add(line)
            problems.add(line, "raw HTML is not allowed; it will be shown as text", "warning")


# a label without brackets inside keeps the search linear on text full of '['
_REFUSED_TARGET = re.compile(
    r"(!?)\[[^\[\]]*\]\(\s*<?\s*((?:javascript|vbscript|file|data):[^)\s>]*)", re.IGNORECASE
)


def _check_inline(
    token: Any, line: int, lesson_path: Path, assets: Path, problems: _Problems
) -> None:
    # markdown-it refuses these schemes outright, so they show as plain text: say why
    for match in _REFUSED_TARGET.finditer(token.content or ""):
        if markdown().validateLink(match.group(2)):
            continue  # a real link or image (e.g. data:image/png): checked below
        target = match.group(2)[:80]
        if match.group(1):
            problems.add(
                line, f"image '{target}' must be a file inside assets/, e.g. ../assets/name.svg"
            )
        else:
            problems.add(
                line,
                f"link '{target}' is not allowed (it shows as text): only web (https://), "
                "mailto: and lesson links work",
                "warning",
            )
    for child in token.children or []:
        if child.type == "image":
            src = str(child.attrGet("src") or "")
            if not child.content.strip():
                problems.add(line, f"image '{src}' needs alt text: ![what it shows]({src})")
            target = resolve_asset(src, lesson_path.parent, assets)
            if target is None:
                problems.add(
                    line, f"image '{src}' must be a file inside assets/, e.g. ../assets/name.svg"
                )
            elif not target.is_file():
                problems.add(line, f"image '{src}' not found: no file {target.name} in assets/")
        elif child.type == "link_open":
            href = str(child.attrGet("href") or "")
            if not SAFE_LINK.match(href) and lesson_link_target(href) is None:
                problems.add(
                    line,
                    f"link '{href[:80]}' will not open: only web (https://), mailto: and "
                    "lesson links work",
                    "warning",
                )


def load_lesson(
    path: Path, assets: Path, deep: bool = True
) -> tuple[Lesson | None, list[ContentError]]:
    """One lesson file; ``deep`` adds the checks that need a full Markdown parse."""
    problems = _Problems(path)
    text = _read(path, problems)
    if text is None:
        return None, problems.items
    return lesson_from_text(path, text, assets, deep)


def lesson_from_text(
    path: Path, text: str, assets: Path, deep: bool = True
) -> tuple[Lesson | None, list[ContentError]]:
    """A lesson from its text (e.g. unsaved in an editor), checked as if it were ``path``."""
    problems = _Problems(path)
    if _too_long(text, problems):
        return None, problems.items
    try:
        doc = frontmatter.split(text)
    except frontmatter.FrontMatterError as exc:
        problems.add(exc.line, exc.message)
        return None, problems.items
    _check_keys(doc, LESSON_KEYS, problems)
    fields = _Fields(doc, problems)
    values = {
        "id": fields.identifier("id"),
        "title": fields.text("title"),
        "module": fields.text("module"),
        "order": fields.integer("order", 0, 1_000_000),
        "minutes": fields.integer("minutes", 1, 120),
        "summary": fields.text("summary"),
        "reviewed": fields.date("reviewed"),
    }
    quiz_id = fields.identifier("quiz")
    roles = fields.words("roles", KNOWN_ROLES, ("all",))
    tags = fields.words("tags", KNOWN_TAGS, ())
    sections = scan_sections(doc.body, doc.body_line)
    if deep:
        _check_lesson_body(path, doc.body, doc.body_line, assets, problems)
    elif not doc.body.strip():
        problems.add(doc.body_line, "the lesson has no text")
    if problems.failed or any(v is None for v in values.values()):
        return None, problems.items
    lesson = Lesson(
        **values,  # type: ignore[arg-type]
        path=path,
        version=content_version(text),
        quiz_id=quiz_id,
        roles=roles,
        tags=tags,
        body=doc.body,
        body_line=doc.body_line,
        sections=tuple(sections),
    )
    return lesson, problems.items


def load_quiz(path: Path) -> tuple[Quiz | None, list[ContentError]]:
    """One quiz file, with its questions parsed and checked."""
    problems = _Problems(path)
    text = _read(path, problems)
    if text is None:
        return None, problems.items
    return quiz_from_text(path, text)


def quiz_from_text(path: Path, text: str) -> tuple[Quiz | None, list[ContentError]]:
    """A quiz from its text (e.g. unsaved in an editor), checked as if it were ``path``."""
    problems = _Problems(path)
    if _too_long(text, problems):
        return None, problems.items
    try:
        doc = frontmatter.split(text)
    except frontmatter.FrontMatterError as exc:
        problems.add(exc.line, exc.message)
        return None, problems.items
    _check_keys(doc, QUIZ_KEYS, problems)
    fields = _Fields(doc, problems)
    quiz_id = fields.identifier("id")
    title = fields.text("title")
    lesson_id = fields.identifier("lesson")
    pass_mark = fields.integer("pass_mark", 1, 100)
    shuffle = fields.boolean("shuffle", True)
    draw = fields.integer("draw", 1, 10_000)
    time_limit = fields.integer("time_limit", 1, 600)
    intro, questions, body_problems = parse_quiz_body(doc.body, doc.body_line)
    for line, message in body_problems:
        problems.add(line, message)
    if not questions and not body_problems:
        problems.add(doc.body_line, "the quiz has no questions: add a '## question' with options")
    if draw is not None and questions and draw > len(questions):
        problems.add(
            fields.line("draw"),
            f"'draw' is {draw} but the quiz has only {len(questions)} questions",
        )
    if problems.failed or None in (quiz_id, title, pass_mark):
        return None, problems.items
    quiz = Quiz(
        id=quiz_id,  # type: ignore[arg-type]
        title=title,  # type: ignore[arg-type]
        pass_mark=pass_mark,  # type: ignore[arg-type]
        path=path,
        version=content_version(text),
        questions=tuple(questions),
        lesson_id=lesson_id,
        shuffle=shuffle,
        draw=draw,
        time_limit=time_limit,
        intro=intro,
    )
    return quiz, problems.items


def _declared_id(path: Path, text: str | None = None) -> str | None:
    """The id a file declares even when it is otherwise broken (to avoid knock-on errors)."""
    if text is None:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    match = re.search(r"^id:\s*['\"]?([^'\"\s#]+)", text[:4000], re.MULTILINE)
    return match.group(1) if match else None


class ParseCache:
    """Each file's last parse, keyed by its text, so checking a course again re-parses only
    the files that changed (the author studio re-checks the course as the author types)."""

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple[Any, ...], tuple[Any, list[ContentError]]]] = {}

    def get(self, path: Path, key: tuple[Any, ...]) -> tuple[Any, list[ContentError]] | None:
        entry = self._entries.get(path)
        return entry[1] if entry is not None and entry[0] == key else None

    def put(self, path: Path, key: tuple[Any, ...], result: tuple[Any, list[ContentError]]) -> None:
        self._entries[path] = (key, result)

    def get_unchanged(
        self, path: Path, kind: str, deep: bool, stamp: frozenset[str]
    ) -> tuple[Any, list[ContentError], str | None] | None:
        """A parse known to match the file without reading it (only a disk cache knows)."""
        return None

    def get_settings(self, key: Any) -> tuple[CourseSettings, list[ContentError]] | None:
        """The checked ``course.yaml`` for this key (its text and what it refers to)."""
        entry = self._entries.get(Path(SETTINGS_FILE))
        return entry[1] if entry is not None and entry[0] == key else None

    def put_settings(self, key: Any, result: tuple[CourseSettings, list[ContentError]]) -> None:
        self._entries[Path(SETTINGS_FILE)] = (key, result)


class _Sources:
    """The text of each content file: an editor's unsaved text when given, else the disk's."""

    def __init__(self, texts: Mapping[Path, str] | None) -> None:
        self.texts = {Path(p).resolve(): text for p, text in (texts or {}).items()}

    def get(self, path: Path) -> str | None:
        return self.texts.get(path.resolve()) if self.texts else None

    def files(self, folder: Path) -> list[Path]:
        """The ``*.md`` files of ``folder``, plus any given text for a file not saved yet."""
        found = sorted(folder.glob("*.md")) if folder.is_dir() else []
        if not self.texts:
            return found
        on_disk = {path.resolve() for path in found}
        folder = folder.resolve()
        unsaved = [p for p in self.texts if p.parent == folder and p.suffix == ".md"]
        return found + sorted(p for p in unsaved if p not in on_disk)


def _load_file(
    path: Path,
    kind: str,
    assets: Path,
    deep: bool,
    sources: _Sources,
    cache: ParseCache | None,
    stamp: frozenset[str],
) -> tuple[Any, list[ContentError], str | None]:
    """One lesson or quiz (its model or None, its problems, the id it declares)."""
    text = sources.get(path)
    if text is None and cache is not None:
        unchanged = cache.get_unchanged(path, kind, deep, stamp)
        if unchanged is not None:
            return unchanged[0], list(unchanged[1]), unchanged[2]
    if text is None:
        problems = _Problems(path)
        text = _read(path, problems)
        if text is None:
            return None, problems.items, _declared_id(path)
    key = (kind, text, deep, stamp)
    result = cache.get(path, key) if cache is not None else None
    if result is None:
        if kind == "lesson":
            result = lesson_from_text(path, text, assets, deep)
        else:
            result = quiz_from_text(path, text)
        if cache is not None:
            cache.put(path, key, result)
    return result[0], list(result[1]), _declared_id(path, text)


def load_course(
    root: Path,
    deep: bool = True,
    *,
    sources: Mapping[Path, str] | None = None,
    cache: ParseCache | None = None,
) -> Course:
    """Load every lesson and quiz under ``root``; ``deep=False`` skips full lesson parses.

    ``sources`` maps files to text used instead of the disk's (an editor's unsaved text);
    ``cache`` keeps parses between calls, so only changed files are parsed again.
    """
    root = Path(root)
    course = Course(root=root)
    assets = root / "assets"
    lesson_dir, quiz_dir = root / "lessons", root / "quizzes"
    texts = _Sources(sources)
    # a lesson's deep check looks for its images, so a cached parse is only valid for
    # the same set of asset files
    stamp = (
        frozenset(p.name for p in assets.iterdir())
        if cache is not None and deep and assets.is_dir()
        else frozenset()
    )
    if not lesson_dir.is_dir():
        course.errors.append(ContentError(lesson_dir, 1, "content folder has no lessons/ folder"))
    declared_lessons: set[str] = set()
    declared_quizzes: set[str] = set()
    lesson_origin: dict[str, Path] = {}
    for path in texts.files(lesson_dir) if lesson_dir.is_dir() else []:
        lesson, errors, declared = _load_file(path, "lesson", assets, deep, texts, cache, stamp)
        course.errors.extend(errors)
        declared_lessons.add(declared or "")
        if lesson is None:
            continue
        if lesson.id in lesson_origin:
            course.errors.append(
                ContentError(
                    path,
                    _key_line(path, "id"),
                    f"duplicate lesson id '{lesson.id}' (also in {lesson_origin[lesson.id].name})",
                )
            )
            continue
        lesson_origin[lesson.id] = path
        course.lessons[lesson.id] = lesson
    quiz_origin: dict[str, Path] = {}
    for path in texts.files(quiz_dir) if quiz_dir.is_dir() else []:
        quiz, errors, declared = _load_file(path, "quiz", assets, deep, texts, cache, stamp)
        course.errors.extend(errors)
        declared_quizzes.add(declared or "")
        if quiz is None:
            continue
        if quiz.id in quiz_origin:
            course.errors.append(
                ContentError(
                    path,
                    _key_line(path, "id"),
                    f"duplicate quiz id '{quiz.id}' (also in {quiz_origin[quiz.id].name})",
                )
            )
            continue
        quiz_origin[quiz.id] = path
        course.quizzes[quiz.id] = quiz
    _cross_check(course, declared_lessons, declared_quizzes, texts)
    course.settings = _course_settings(course, declared_quizzes, texts, cache)
    course.errors.sort(key=lambda e: (str(e.path), e.line))
    return course


def _course_settings(
    course: Course, declared_quizzes: set[str], texts: _Sources, cache: ParseCache | None
) -> CourseSettings:
    """``course.yaml`` read and checked, or its last result when nothing it depends on changed
    (so a start-up from the parse cache needs no YAML parser)."""
    path = course.root / SETTINGS_FILE
    text = texts.get(path)
    try:
        raw = text.encode("utf-8") if text is not None else path.read_bytes()
    except OSError:
        raw = None  # missing or unreadable: load_settings says which
    key = (
        hashlib.sha256(raw).hexdigest() if raw is not None else None,
        sorted(course.lessons[i].module for i in course.lessons),
        sorted(course.quizzes),
        sorted(declared_quizzes),
    )
    found = cache.get_settings(key) if cache is not None else None
    if found is None:
        from sellertrain.core.content.course_settings import load_settings

        before = len(course.errors)
        settings = load_settings(course, declared_quizzes, text)
        found = (settings, course.errors[before:])
        del course.errors[before:]
        if cache is not None:
            cache.put_settings(key, found)
    course.errors.extend(found[1])
    return found[0]


def _key_line(path: Path, key: str, sources: _Sources | None = None) -> int:
    text = sources.get(path) if sources is not None else None
    try:
        if text is None:
            text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.split("\n"), start=1):
            if line.startswith(f"{key}:"):
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return 1


def _cross_check(
    course: Course,
    declared_lessons: set[str],
    declared_quizzes: set[str],
    sources: _Sources | None = None,
) -> None:
    """References between files: lesson <-> quiz, and question -> lesson section."""
    broken_quizzes: set[str] = set()
    for quiz in course.quizzes.values():
        missing_lesson = quiz.lesson_id and quiz.lesson_id not in course.lessons
        if missing_lesson and quiz.lesson_id not in declared_lessons:
            line = _key_line(quiz.path, "lesson", sources)
            course.errors.append(
                ContentError(quiz.path, line, f"no lesson with id '{quiz.lesson_id}'")
            )
            broken_quizzes.add(quiz.id)
        for question in quiz.questions:
            if question.tests_lesson is None:
                continue
            lesson = course.lessons.get(question.tests_lesson)
            if lesson is None:
                if question.tests_lesson not in declared_lessons:
                    course.errors.append(
                        ContentError(
                            quiz.path,
                            question.tests_line or question.line,
                            f"'Tests:' names lesson '{question.tests_lesson}', which does not exist",
                        )
                    )
                    broken_quizzes.add(quiz.id)
            elif question.tests_anchor and question.tests_anchor not in {
                s.anchor for s in lesson.sections
            }:
                course.errors.append(
                    ContentError(
                        quiz.path,
                        question.tests_line or question.line,
                        f"'Tests:' names section '#{question.tests_anchor}', which lesson '{lesson.id}' does not have",
                    )
                )
                broken_quizzes.add(quiz.id)
    for quiz_id in broken_quizzes:
        course.quizzes.pop(quiz_id, None)
    for lesson in list(course.lessons.values()):
        if lesson.quiz_id is None:
            continue
        quiz = course.quizzes.get(lesson.quiz_id)
        line = _key_line(lesson.path, "quiz", sources)
        if quiz is None and lesson.quiz_id not in declared_quizzes:
            course.errors.append(
                ContentError(lesson.path, line, f"no quiz with id '{lesson.quiz_id}'")
            )
        elif quiz is not None and quiz.lesson_id not in (None, lesson.id):
            course.errors.append(
                ContentError(
                    lesson.path,
                    line,
                    f"quiz '{quiz.id}' belongs to lesson '{quiz.lesson_id}', not to this lesson",
                )
            )
