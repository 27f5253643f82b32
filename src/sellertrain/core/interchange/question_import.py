"""Importing a GIFT or Aiken file straight into a content folder (the author studio's import)."""

from __future__ import annotations

from pathlib import Path

from sellertrain.core.interchange import aiken, gift, gift_convert
from sellertrain.core.interchange.quiz_writer import (
    ImportRefused,
    ImportResult,
    plan_files,
    write_files,
)


def import_question_file(source: Path, folder: Path) -> tuple[ImportResult, list[Path]]:
    """Convert a GIFT (``.gift``/``.txt``) or Aiken file into quiz files in ``folder``.

    Aiken is chosen for files whose name says so or whose every question ends with an
    ``ANSWER:`` line; anything else is read as GIFT. Raises ImportRefused (a target exists,
    or the file is not UTF-8) without writing anything.
    """
    try:
        text = gift.decode(source.read_bytes())
    except gift.GiftEncodingError as exc:
        raise ImportRefused(
            f"{source}:{exc.line}: the file is not UTF-8 text; save it as UTF-8"
        ) from None
    except OSError as exc:
        raise ImportRefused(f"cannot read {source}: {exc.strerror or exc}") from None
    is_aiken = "aiken" in source.name.lower() or (
        "ANSWER:" in text and "{" not in text and "::" not in text
    )
    if is_aiken:
        result = aiken.convert_aiken(aiken.parse_aiken(text), source.name)
    else:
        result = gift_convert.convert_gift(gift.parse_gift(text), source.name)
    plan = plan_files(result.quizzes, folder)
    write_files(plan)
    return result, [path for path, _ in plan]
