"""Aiken import against Moodle's own results (``../shared/interop/aiken``; skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sellertrain.core.interchange.aiken import convert_aiken, parse_aiken
from sellertrain.core.interchange.gift import decode

REPO = Path(__file__).resolve().parents[2]
AIKEN = REPO.parent / "shared" / "interop" / "aiken"
pytestmark = pytest.mark.skipif(not AIKEN.is_dir(), reason=f"{AIKEN} is not here")


def expected() -> dict:
    return json.loads((AIKEN / "expected.json").read_text(encoding="utf-8"))["files"]


def names() -> list[str]:
    return sorted(expected()) if AIKEN.is_dir() else []


@pytest.mark.parametrize("name", names())
def test_file_reads_as_moodle_reads_it(name):
    want = expected()[name]
    aiken = parse_aiken(decode((AIKEN / name).read_bytes()))
    assert [message for _, message in aiken.errors] == want["errors"]
    assert len(aiken.questions) == want["question_count"]
    got = [
        {
            "text": q.text,
            "choices": list(q.choices),
            "correct_index": q.correct,
            "correct_letter": q.correct_letter,
        }
        for q in aiken.questions
    ]
    assert got == want["questions"]


def test_errors_file_reports_lines_3_5_7_18():
    aiken = parse_aiken(decode((AIKEN / "moodle" / "aiken_errors.txt").read_bytes()))
    assert [line for line, _ in aiken.errors] == [3, 5, 7, 18]
    result = convert_aiken(aiken, "aiken_errors.txt")
    assert result.question_count == 2
    assert [line for line, _ in result.not_converted] == [3, 5, 7, 18]
