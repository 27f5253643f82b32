"""Importing a GIFT or Aiken file straight into a quizzes folder (the author studio's import)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.core.interchange.question_import import import_question_file
from sellertrain.core.interchange.quiz_writer import ImportRefused

AIKEN = "Which carrier is tracked?\nA. Post\nB. Courier\nANSWER: B\n"
GIFT = "::Q1:: Is tracking required? {TRUE}\n"


def test_an_aiken_file_is_written_as_a_quiz(tmp_path: Path) -> None:
    source = tmp_path / "carriers.txt"
    source.write_text(AIKEN, encoding="utf-8")
    result, written = import_question_file(source, tmp_path / "quizzes")
    assert len(written) == 1 and written[0].exists()
    assert sum(len(q.questions) for q in result.quizzes) == 1


def test_a_gift_file_is_written_as_a_quiz(tmp_path: Path) -> None:
    source = tmp_path / "tracking.gift"
    source.write_text(GIFT, encoding="utf-8")
    _result, written = import_question_file(source, tmp_path / "quizzes")
    assert [path.parent.name for path in written] == ["quizzes"]


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "latin.gift"
    source.write_bytes("::Q:: Caf\xe9? {TRUE}\n".encode("cp1252"))
    with pytest.raises(ImportRefused, match="not UTF-8"):
        import_question_file(source, tmp_path / "quizzes")
    assert not (tmp_path / "quizzes").exists()
