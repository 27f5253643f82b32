"""Hostile GIFT and Aiken files (issue 17): size cap, special files, numbers beyond the bound."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sellertrain.core.content.safe_read import UnsafeFile
from sellertrain.core.interchange import gift
from sellertrain.core.interchange.gift import MAX_IMPORT_BYTES, parse_gift, read_gift
from sellertrain.core.interchange.gift_convert import convert_gift
from sellertrain.core.interchange.question_import import ImportRefused, import_question_file
from tests.cli.helpers import run


def test_a_file_over_five_megabytes_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.gift"
    big.write_bytes(b"Q{=a}\n\n" * (MAX_IMPORT_BYTES // 7 + 1))
    with pytest.raises(UnsafeFile, match="more than 5,000,000 bytes"):
        read_gift(big)
    with pytest.raises(ImportRefused, match="more than 5,000,000 bytes"):
        import_question_file(big, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("command", ["import-gift", "import-aiken"])
def test_a_named_pipe_is_refused_in_one_line(capsys, tmp_path: Path, command: str) -> None:
    pipe = tmp_path / "questions.txt"
    os.mkfifo(pipe)
    code, out, err = run(capsys, command, str(pipe), "--out", str(tmp_path / "out"))
    assert (code, out) == (1, "")
    assert err == (
        f"sellertrain: error: {pipe} is not a regular file (a named pipe, device or folder): "
        "only ordinary files are read\n"
    )


@pytest.mark.parametrize("answer", ["#1e999:1", "#1:1e999", "#1e999..2", "#" + "9" * 5000, "#1e13"])
def test_a_number_beyond_the_bound_is_a_problem_at_its_line(answer: str) -> None:
    parsed = parse_gift(f"Fine? {{T}}\n\nHow many? {{{answer}}}\n")
    assert len(parsed.questions) == 1
    assert [p.line for p in parsed.problems] == [3]
    convert_gift(parsed, "x.gift", None)  # nothing left that cannot be written


def test_gift_reader_uses_the_capped_reader(tmp_path: Path) -> None:
    path = tmp_path / "ok.gift"
    path.write_text("Q {=a}\n", encoding="utf-8")
    assert gift.read_import(path) == b"Q {=a}\n"
