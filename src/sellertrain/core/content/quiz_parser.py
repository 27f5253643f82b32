"""Parse a quiz body: ``##`` questions and their answer part, ``Tests:`` links, explanations.

The answer part decides the kind of question: a task list (choice), ``Answer:`` lines (short
answer), ``Number:`` lines (numerical) or a ``left -> right`` list (matching).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from sellertrain.core.content import quiz_problems as problem
from sellertrain.core.content.render import lesson_link_target, markdown, slugify, split_anchor
from sellertrain.core.models import AcceptedAnswer, MatchPair, NumericAnswer, Option, Question

_OPTION = re.compile(r"^\[([ xX])\](?:\s+(.*))?$", re.DOTALL)
_WEIGHT = re.compile(r"^\((?P<percent>-?\d+(?:\.\d+)?)%\)\s*(?P<text>.*)$", re.DOTALL)
_TESTS = re.compile(r"^Tests:\s*\[(?P<title>[^\]]+)\]\((?P<href>[^)\s]+)\)\s*$")
_TITLE = re.compile(r"^Title:\s*(?P<title>.+)$")
_KEYED = re.compile(
    r"^(?P<key>Answer|Number)(?:\s*\((?P<percent>-?\d+(?:\.\d+)?)%\))?\s*:\s*(?P<value>.*)$"
)
_PERCENT = re.compile(r"-?\d+(?:\.\d+)?")
# bounded digits, and values checked to stay below MAX_NUMBER (1e999 is float infinity)
# (20 digits each side: Python writes a float with up to 17 significant digits)
_NUMBER = r"[-+]?\d{1,20}+(?:\.\d{1,20}+)?(?:[eE][-+]?\d{1,3}+)?"
MAX_NUMBER = 1e12
_RANGE = re.compile(rf"^(?P<low>{_NUMBER})\s*\.\.\s*(?P<high>{_NUMBER})$")
_TOLERANCE = re.compile(rf"^(?P<value>{_NUMBER})\s*(?:±|\+-|\+/-)\s*(?P<tolerance>{_NUMBER})$")
_EXACT = re.compile(rf"^(?P<value>{_NUMBER})$")


@dataclass
class _Draft:
    text: str
    line: int
    context: list[str] = field(default_factory=list)
    title: str = ""
    answer_kind: str = ""  # "", "options", "answers", "numbers", "pairs"
    options: list[Option] = field(default_factory=list)
    accepted: list[AcceptedAnswer] = field(default_factory=list)
    numbers: list[NumericAnswer] = field(default_factory=list)
    pairs: list[MatchPair] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    reported: bool = False  # a broken answer part was reported: no second message
    explanation: str = ""
    tests: tuple[str, str, int] | None = None
    anchor: str | None = None  # an explicit ``{#id}`` (a translation keeps its original's)


def _source(lines: list[str], token_map: list[int] | None) -> str:
    if not token_map:
        return ""
    return "\n".join(lines[token_map[0] : token_map[1]]).strip()


def _unquote(text: str) -> str:
    return "\n".join(re.sub(r"^\s*>\s?", "", line) for line in text.split("\n")).strip()


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
        if token.type == "heading_open" and token.tag == "h2":
            text, anchor = split_anchor(tokens[index + 1].content.strip())
            drafts.append(_Draft(text, line, anchor=anchor))
        elif token.type == "heading_open":
            problems.append(
                (line, problem.QUESTIONS_HEADINGS_NOT.format(token_markup=token.markup))
            )
        elif not drafts:
            intro.append(_source(lines, token.map))
        else:
            block = tokens[index:end]
            _read_block(block, drafts[-1], line, body_line, lines, problems)
        index = end
    questions = [_finish(d, problems) for d in drafts]
    _report_repeated_headings(questions, problems)
    return "\n\n".join(intro).strip(), questions, problems


def _read_block(
    block: list[Any],
    current: _Draft,
    line: int,
    body_line: int,
    lines: list[str],
    problems: list[tuple[int, str]],
) -> None:
    """One top-level block under a question's heading: context, answers or explanation."""
    token = block[0]
    if token.type == "blockquote_open":
        if not current.answer_kind and not current.reported:
            problems.append((line, problem.EXPLANATION_COME_AFTER_ANSWERS))
        elif current.explanation:
            problems.append((line, problem.QUESTION_ONE_EXPLANATION_JOIN))
        else:
            current.explanation = _unquote(_source(lines, token.map))
    elif current.answer_kind or current.reported:
        if token.type in ("bullet_list_open", "ordered_list_open") or _is_keyed(block, 0):
            problems.append((line, problem.QUESTION_ONE_ANSWER_PART))
        else:
            problems.append((line, problem.UNEXPECTED_TEXT_AFTER_ANSWERS))
    elif token.type == "bullet_list_open":
        _read_list(block, current, line, body_line, lines, problems)
    elif token.type == "ordered_list_open":
        current.reported = True
        problems.append((line, problem.OPTIONS_TASK_LIST_X))
    elif token.type == "paragraph_open":
        _read_paragraph(block[1].content.strip(), current, line, problems)
    else:
        current.context.append(_source(lines, token.map))


def _report_repeated_headings(questions: list[Question], problems: list[tuple[int, str]]) -> None:
    seen: dict[str, int] = {}
    for question in questions:
        if question.id in seen:
            problems.append(
                (
                    question.line,
                    problem.QUESTION_HEADING_REPEATS_QUESTION.format(seen=seen[question.id]),
                )
            )
        seen.setdefault(question.id, question.line)


def _is_keyed(tokens: list, index: int) -> bool:
    return tokens[index].type == "paragraph_open" and bool(
        _KEYED.match(tokens[index + 1].content.strip())
    )


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


def _read_paragraph(content: str, draft: _Draft, line: int, problems: list) -> None:
    """A context paragraph, or a ``Tests:``, ``Title:``, ``Answer:`` or ``Number:`` line."""
    tests = _TESTS.match(content)
    if tests:
        target = lesson_link_target(tests.group("href"))
        if target is None:
            problems.append((line, problem.TESTS_LINK_TO_LESSON))
        else:
            draft.tests = (target[0], target[1], line)
        return
    title = _TITLE.match(content)
    if title and "\n" not in content:
        draft.title = title.group("title").strip()
        return
    rows = content.split("\n")
    keyed = [_KEYED.match(row.strip()) for row in rows]
    if not any(keyed):
        draft.context.append(content)
        return
    for offset, (row, match) in enumerate(zip(rows, keyed, strict=True)):
        if match is None:
            problems.append((line + offset, problem.EXPECTED_ANSWER_OR_NUMBER.format(row=row)))
            draft.reported = True
            continue
        key, value = match.group("key"), match.group("value").strip()
        percent = match.group("percent")
        trailing = _trailing_weight(value) if key == "Number" else None
        if trailing and percent is None:  # 'Number: 45..47 (50%)' reads as well
            value, percent = trailing
        kind = "answers" if key == "Answer" else "numbers"
        if draft.answer_kind not in ("", kind):
            problems.append((line + offset, problem.DO_NOT_MIX_ANSWER))
            draft.reported = True
            continue
        weight = float(percent) / 100 if percent else 1.0
        if not 0 < weight <= 1:
            problems.append((line + offset, problem.WEIGHT_FROM_TO.format(key=key)))
            draft.reported = True
            continue
        if not value:
            problems.append((line + offset, problem.NO_VALUE.format(key=key)))
            draft.reported = True
            continue
        if kind == "answers":
            draft.accepted.append(AcceptedAnswer(value, weight))
        else:
            number = parse_number_spec(value, weight)
            if number is None:
                problems.append(
                    (
                        line + offset,
                        problem.NOT_A_NUMBER.format(value=value[:80], max_number=MAX_NUMBER),
                    )
                )
                draft.reported = True
                continue
            draft.numbers.append(number)
        draft.answer_kind = kind


def _trailing_weight(value: str) -> tuple[str, str] | None:
    """``45..47 (50%)`` -> ``("45..47", "50")``; found in code, as a lazy regex is quadratic."""
    if not value.endswith("%)"):
        return None
    opening = value.rfind("(")
    percent = value[opening + 1 : -2]
    if opening < 0 or not _PERCENT.fullmatch(percent):
        return None
    return value[:opening].strip(), percent


def _split_pair(text: str) -> tuple[str, str] | None:
    """``left -> right`` split at the first arrow, or None without one."""
    left, arrow, right = text.partition("->")
    return (left.strip(), right.strip()) if arrow else None


def _bounded(*values: float) -> bool:
    return all(math.isfinite(v) and abs(v) <= MAX_NUMBER for v in values)


def parse_number_spec(value: str, weight: float = 1.0) -> NumericAnswer | None:
    """``48``, ``48 ± 2`` / ``48 +- 2`` or ``45..50`` as a NumericAnswer; None when it is none
    of these or a number is beyond MAX_NUMBER (so that sums and exports stay finite)."""
    value = value.strip()
    if match := _RANGE.match(value):
        low, high = float(match.group("low")), float(match.group("high"))
        return NumericAnswer(low, high, weight) if low <= high and _bounded(low, high) else None
    if match := _TOLERANCE.match(value):
        centre, tolerance = float(match.group("value")), abs(float(match.group("tolerance")))
        if not _bounded(centre, tolerance, centre - tolerance, centre + tolerance):
            return None
        return NumericAnswer(centre - tolerance, centre + tolerance, weight, centre, tolerance)
    if match := _EXACT.match(value):
        centre = float(match.group("value"))
        return NumericAnswer(centre, centre, weight, centre, 0.0) if _bounded(centre) else None
    return None


def _read_list(
    block: list, draft: _Draft, line: int, body_line: int, lines: list[str], problems: list
) -> None:
    """A task list of options, or a ``left -> right`` matching list."""
    items = _list_items(block, body_line, lines)
    if not items:
        return
    first_text = items[0][1]
    matching = not _OPTION.match(first_text) and _split_pair(first_text) is not None
    draft.answer_kind = "pairs" if matching else "options"
    for item_line, text, feedback, nested in items:
        if nested:
            problems.append((item_line, problem.OPTIONS_CANNOT_CONTAIN_NESTED))
            draft.reported = True
            continue
        if matching:
            pair = _split_pair(text)
            if pair is None:
                problems.append((item_line, problem.EACH_MATCHING_ITEM_READ))
                draft.reported = True
                continue
            left, right = pair
            if not right:
                problems.append((item_line, problem.MATCHING_ITEM_NOTHING_AFTER))
            elif left:
                draft.pairs.append(MatchPair(left, right))
            else:
                draft.distractors.append(right)
            continue
        match = _OPTION.match(text)
        if match is None:
            problems.append((item_line, problem.EACH_OPTION_START_WITH))
            draft.reported = True
            continue
        option_text = (match.group(2) or "").strip()
        weight = None
        weighted = _WEIGHT.match(option_text)
        if weighted:
            weight = float(weighted.group("percent")) / 100
            option_text = weighted.group("text").strip()
            if not -1 <= weight <= 1:
                problems.append((item_line, problem.OPTION_WEIGHT_FROM_TO))
        if not option_text:
            problems.append((item_line, problem.OPTION_NO_TEXT))
            draft.reported = True
            continue
        draft.options.append(Option(option_text, match.group(1) in "xX", weight, feedback))


def _list_items(block: list, body_line: int, lines: list[str]) -> list[tuple[int, str, str, bool]]:
    """(line, text, feedback, has nested list) of each top-level item of a bullet list."""
    items = []
    position = 0
    while position < len(block):
        token = block[position]
        if token.type == "list_item_open" and token.level == 1:
            end = _block_end(block, position)
            inner = block[position:end]
            inline = next((t for t in inner if t.type == "inline"), None)
            quote = next((t for t in inner if t.type == "blockquote_open"), None)
            feedback = _unquote(_source(lines, quote.map)) if quote is not None else ""
            nested = any(t.type in ("bullet_list_open", "ordered_list_open") for t in inner[1:])
            item_line = body_line + (token.map[0] if token.map else 0)
            items.append((item_line, inline.content.strip() if inline else "", feedback, nested))
            position = end
        else:
            position += 1
    return items


def _finish(draft: _Draft, problems: list[tuple[int, str]]) -> Question:
    name = draft.text[:60]
    if not draft.text:
        problems.append((draft.line, problem.QUESTION_HEADING_EMPTY))
    if draft.reported:
        pass
    elif not draft.answer_kind:
        problems.append((draft.line, problem.QUESTION_NO_OPTIONS_OR.format(name=name)))
    elif draft.answer_kind == "options":
        _check_options(draft, problems)
    elif draft.answer_kind == "pairs" and len(draft.pairs) < 2:
        problems.append((draft.line, problem.MATCHING_QUESTION_NEEDS_AT.format(name=name)))
    elif draft.answer_kind == "pairs" and len({p.left for p in draft.pairs}) != len(draft.pairs):
        problems.append((draft.line, problem.MATCHING_QUESTION_REPEATS_LEFT.format(name=name)))
    tests = draft.tests
    return Question(
        id=draft.anchor or slugify(draft.text) or f"line-{draft.line}",
        text=draft.text,
        options=tuple(draft.options),
        line=draft.line,
        context="\n\n".join(draft.context),
        explanation=draft.explanation,
        tests_lesson=tests[0] if tests else None,
        tests_anchor=(tests[1] or None) if tests else None,
        tests_line=tests[2] if tests else 0,
        title=draft.title,
        accepted=tuple(draft.accepted),
        numbers=tuple(draft.numbers),
        pairs=tuple(draft.pairs),
        distractors=tuple(draft.distractors),
    )


def _check_options(draft: _Draft, problems: list[tuple[int, str]]) -> None:
    name = draft.text[:60]
    if len(draft.options) < 2:
        problems.append((draft.line, problem.NEEDS_TWO_OPTIONS.format(name=name)))
    elif not any(o.correct for o in draft.options):
        problems.append((draft.line, problem.QUESTION_NO_CORRECT_OPTION.format(name=name)))
    elif any(o.weight is not None for o in draft.options) and not any(
        (o.weight or 0) > 0 for o in draft.options
    ):
        problems.append((draft.line, problem.QUESTION_WEIGHTS_BUT_NONE.format(name=name)))
    texts = [o.text.strip().lower() for o in draft.options]
    if len(set(texts)) != len(texts):
        problems.append((draft.line, problem.QUESTION_TWO_IDENTICAL_OPTIONS.format(name=name)))
