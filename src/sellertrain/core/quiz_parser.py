"""Parse a quiz body: ``##`` questions, task-list options, ``Tests:`` links, explanations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sellertrain.core.models import Option, Question
from sellertrain.core.render import lesson_link_target, markdown, slugify

_OPTION = re.compile(r"^\[([ xX])\](?:\s+(.*))?$", re.DOTALL)
_TESTS = re.compile(r"^Tests:\s*\[(?P<title>[^\]]+)\]\((?P<href>[^)\s]+)\)\s*$")


@dataclass
class _Draft:
    text: str
    line: int
    context: list[str] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    options_seen: bool = False
    numbered_list: bool = False  # already reported: no second message about missing options
    explanation: str = ""
    tests: tuple[str, str, int] | None = None


def _source(lines: list[str], token_map: list[int] | None) -> str:
    if not token_map:
        return ""
    return "\n".join(lines[token_map[0] : token_map[1]]).strip()


def _unquote(text: str) -> str:
    return "\n".join(re.sub(r"^\s{0,3}>\s?", "", line) for line in text.split("\n")).strip()


def parse_quiz_body(body: str, body_line: int) -> tuple[str, list[Question], list[tuple[int, str]]]:
    """Return the intro text, the questions, and ``(line, message)`` problems."""
    lines = body.split("\n")
    tokens = markdown(tasklists=False).parse(body)
    problems: list[tuple[int, str]] = []
    drafts: list[_Draft] = []
    intro: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.level != 0 or token.nesting == -1:
            index += 1
            continue
        line = body_line + (token.map[0] if token.map else 0)
        end = _block_end(tokens, index)
        current = drafts[-1] if drafts else None
        if token.type == "heading_open" and token.tag == "h2":
            drafts.append(_Draft(tokens[index + 1].content.strip(), line))
        elif token.type == "heading_open":
            problems.append((line, f"questions are '##' headings, not '{token.markup}'"))
        elif current is None:
            intro.append(_source(lines, token.map))
        elif token.type == "bullet_list_open":
            _read_options(tokens[index:end], current, line, body_line, problems)
        elif token.type == "ordered_list_open":
            current.numbered_list = True
            problems.append(
                (line, "options must be a task list ('- [x] ...'), not a numbered list")
            )
        elif token.type == "blockquote_open":
            if not current.options_seen:
                problems.append((line, "the explanation ('> ...') must come after the options"))
            elif current.explanation:
                problems.append((line, "a question has one explanation; join the '>' blocks"))
            else:
                current.explanation = _unquote(_source(lines, token.map))
        elif current.options_seen:
            problems.append(
                (line, "unexpected text after the options; start the next question with '## '")
            )
        elif token.type == "paragraph_open" and _TESTS.match(tokens[index + 1].content.strip()):
            match = _TESTS.match(tokens[index + 1].content.strip())
            assert match is not None
            target = lesson_link_target(match.group("href"))
            if target is None:
                problems.append(
                    (
                        line,
                        "'Tests:' must link to a lesson section: [Title](../lessons/ID.md#anchor)",
                    )
                )
            else:
                current.tests = (target[0], target[1], line)
        else:
            current.context.append(_source(lines, token.map))
        index = end
    questions = [_finish(d, problems) for d in drafts]
    seen: dict[str, int] = {}
    for question in questions:
        if question.id in seen:
            problems.append(
                (
                    question.line,
                    f"question heading repeats the question at line {seen[question.id]}",
                )
            )
        seen.setdefault(question.id, question.line)
    return "\n\n".join(intro).strip(), questions, problems


def _block_end(tokens: list, start: int) -> int:
    """Index just past the block that opens at ``start``."""
    if tokens[start].nesting == 0:
        return start + 1
    depth = 0
    for position in range(start, len(tokens)):
        depth += tokens[position].nesting
        if depth == 0:
            return position + 1
    return len(tokens)


def _read_options(block: list, draft: _Draft, line: int, body_line: int, problems: list) -> None:
    if draft.options_seen:
        problems.append((line, "a question has one list of options; merge the lists"))
        return
    draft.options_seen = True
    for position, token in enumerate(block):
        if token.type == "bullet_list_open" and token.level > 0:
            problems.append((body_line + token.map[0], "options cannot contain nested lists"))
            return
        if token.type != "list_item_open" or token.level != 1:
            continue
        item_line = body_line + (token.map[0] if token.map else 0)
        inline = next((t for t in block[position:] if t.type == "inline"), None)
        match = _OPTION.match(inline.content.strip()) if inline is not None else None
        if match is None:
            problems.append(
                (item_line, "each option must start with '[x] ' (correct) or '[ ] ' (wrong)")
            )
            continue
        text = (match.group(2) or "").strip()
        if not text:
            problems.append((item_line, "option has no text"))
            continue
        draft.options.append(Option(text, match.group(1) in "xX"))


def _finish(draft: _Draft, problems: list[tuple[int, str]]) -> Question:
    if not draft.text:
        problems.append((draft.line, "question heading is empty"))
    if draft.numbered_list:
        pass
    elif not draft.options_seen:
        problems.append((draft.line, f"question '{draft.text[:60]}' has no options"))
    elif len(draft.options) < 2:
        problems.append((draft.line, f"question '{draft.text[:60]}' needs at least two options"))
    elif not any(o.correct for o in draft.options):
        problems.append(
            (draft.line, f"question '{draft.text[:60]}' has no correct option: mark one '- [x]'")
        )
    texts = [o.text.strip().lower() for o in draft.options]
    if len(set(texts)) != len(texts):
        problems.append((draft.line, f"question '{draft.text[:60]}' has two identical options"))
    tests = draft.tests
    return Question(
        id=slugify(draft.text) or f"line-{draft.line}",
        text=draft.text,
        options=tuple(draft.options),
        line=draft.line,
        context="\n\n".join(draft.context),
        explanation=draft.explanation,
        tests_lesson=tests[0] if tests else None,
        tests_anchor=(tests[1] or None) if tests else None,
        tests_line=tests[2] if tests else 0,
    )
