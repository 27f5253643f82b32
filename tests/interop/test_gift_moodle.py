"""GIFT import against Moodle's own importer (``../shared/interop/gift``; skipped when absent).

Every file must be accepted or refused as Moodle does; every question must have Moodle's type,
text, title, category, answers, weights and feedback; every question is converted or reported;
and what we export from the converted questions must read back the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.interchange.gift import (
    GiftEncodingError,
    idnumber_and_tags,
    parse_gift,
    read_gift,
)
from sellertrain.core.interchange.gift_convert import convert_gift
from sellertrain.core.interchange.gift_export import quiz_to_gift

from .moodle_summary import (
    expected_question,
    file_summary,
    moodle_fields,
    norm,
    question_summary,
    same_value,
)

REPO = Path(__file__).resolve().parents[2]
GIFT = REPO.parent / "shared" / "interop" / "gift"
pytestmark = pytest.mark.skipif(not GIFT.is_dir(), reason=f"{GIFT} is not here")
# Moodle's defaults for a new question, not part of what a GIFT file says
MOODLE_CONSTANTS = {
    "defaultmark",
    "responseformat",
    "responsefieldlines",
    "attachments",
    "penalty",
    "shuffleanswers",
}


def weight(option) -> float | None:
    """An option's weight to 6 decimals (``33.33333%`` is 0.3333333 give or take a float bit)."""
    return None if option.weight is None else round(option.weight, 6)


def summary() -> dict:
    return json.loads((GIFT / "expected_summary.json").read_text(encoding="utf-8"))["files"]


def file_names() -> list[str]:
    return sorted(summary()) if GIFT.is_dir() else []


def unit_cases() -> list[dict]:
    if not GIFT.is_dir():
        return []
    cases = json.loads((GIFT / "moodle" / "unit_test_cases.json").read_text(encoding="utf-8"))
    return cases["import_cases"]


def comment_cases() -> list[dict]:
    if not GIFT.is_dir():
        return []
    cases = json.loads((GIFT / "moodle" / "unit_test_cases.json").read_text(encoding="utf-8"))
    return cases["comment_idnumber_tag_cases"]["cases"]


@pytest.mark.parametrize("name", file_names())
def test_file_reads_as_moodle_reads_it(name):
    want = summary()[name]
    if not want["accepted"]:
        with pytest.raises(GiftEncodingError) as refused:
            read_gift(GIFT / name)
        assert "UTF-8" in refused.value.message
        return
    gift = read_gift(GIFT / name)
    assert [p.message for p in gift.problems] == want["parse_errors"]
    assert file_summary(gift) == {
        "question_count": want["question_count"],
        "categories": want["categories"],
        "types": want["types"],
    }
    for ours, theirs in zip(gift.questions, want["questions"], strict=True):
        assert question_summary(ours) == expected_question(theirs), ours.line


@pytest.mark.parametrize("name", [n for n in file_names() if summary()[n]["accepted"]])
def test_every_question_is_converted_or_reported(name):
    gift = read_gift(GIFT / name)
    result = convert_gift(gift, Path(name).name)
    converted = result.question_count
    reported = len(result.not_converted)
    assert converted + reported == len(gift.questions) + len(gift.problems)
    kept = {q.line for quiz in result.quizzes for q in quiz.questions}
    for question in gift.questions:
        if question.type in ("essay", "description"):
            assert question.line in {line for line, _ in result.not_converted}
            assert question.line not in kept
    for quiz in result.quizzes:
        path = Path(f"/content/quizzes/{quiz.id}.md")
        parsed, problems = quiz_from_text(path, quiz.markdown())
        assert problems == [], (name, [str(p) for p in problems])
        assert parsed is not None and len(parsed.questions) == len(quiz.questions)


@pytest.mark.parametrize("name", [n for n in file_names() if summary()[n]["accepted"]])
def test_export_of_the_import_reads_back_the_same(name):
    result = convert_gift(read_gift(GIFT / name), Path(name).name)
    for draft in result.quizzes:
        quiz, _ = quiz_from_text(Path(f"/content/quizzes/{draft.id}.md"), draft.markdown())
        assert quiz is not None
        text, problems = quiz_to_gift(quiz)
        assert problems == []
        again = convert_gift(parse_gift(text), "export.gift")
        assert again.not_converted == ()
        (back,) = again.quizzes
        assert [q.kind for q in back.questions] == [q.kind for q in quiz.questions]
        for before, after in zip(quiz.questions, back.questions, strict=True):
            assert (after.text, after.context, after.title) == (
                before.text,
                before.context,
                before.title,
            )
            assert [(o.text, o.correct, weight(o), o.feedback) for o in after.options] == [
                (o.text, o.correct, weight(o), o.feedback) for o in before.options
            ]
            assert (after.accepted, after.pairs, after.distractors) == (
                before.accepted,
                before.pairs,
                before.distractors,
            )
            assert [(n.low, n.high, n.weight) for n in after.numbers] == [
                (n.low, n.high, n.weight) for n in before.numbers
            ]
            assert after.explanation == before.explanation


@pytest.mark.parametrize("case", unit_cases(), ids=lambda case: case["id"])
def test_moodle_unit_test_import_case(case):
    gift = parse_gift(case["gift"])
    assert gift.problems == []
    (question,) = gift.questions
    ours = moodle_fields(question)
    for field, value in case["expected"].items():
        if field in MOODLE_CONSTANTS:
            continue
        if case["id"] == "test_import_pre_content" and field == "questiontext":
            # Moodle's test feeds untrimmed lines; a file import trims each line, as we do
            assert norm(ours[field]) == norm(value)
            continue
        assert same_value(ours[field], value), (field, ours[field], value)


@pytest.mark.parametrize("case", comment_cases(), ids=lambda case: case["case"])
def test_moodle_id_and_tag_comment_case(case):
    assert idnumber_and_tags(case["comment"]) == (case["idnumber"], tuple(case["tags"]))
