"""Importing a GIFT or Aiken file straight into a content folder (the author studio's import)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.core.content.safe_read import UnsafeFile
from sellertrain.core.interchange import aiken, gift, gift_convert
from sellertrain.core.interchange.quiz_writer import (
    ImportRefused,
    ImportResult,
    plan_files,
    write_files,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sellertrain.core.store import Store


def import_question_file(
    source: Path, folder: Path, quiz_id: str | None = None
) -> tuple[ImportResult, list[Path]]:
    """Convert a GIFT (``.gift``/``.txt``) or Aiken file into draft quiz files in ``folder``.

    Aiken is chosen for files whose name says so or whose every question ends with an
    ``ANSWER:`` line; anything else is read as GIFT. ``quiz_id`` replaces the id made from
    the file name. Raises ImportRefused (a target exists, or the file is not UTF-8) without
    writing anything.
    """
    try:
        text = gift.decode(gift.read_import(source))
    except gift.GiftEncodingError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Interchange", "{file}:{line}: the file is not UTF-8 text; save it as UTF-8"
            ).format(file=source, line=exc.line)
        ) from None
    except UnsafeFile as exc:
        raise ImportRefused(exc.message) from None
    is_aiken = "aiken" in source.name.lower() or (
        "ANSWER:" in text and "{" not in text and "::" not in text
    )
    if is_aiken:
        result = aiken.convert_aiken(aiken.parse_aiken(text), source.name, quiz_id)
    else:
        result = gift_convert.convert_gift(gift.parse_gift(text), source.name, quiz_id)
    plan = plan_files(result.quizzes, folder)
    write_files(plan)
    return result, [path for path, _ in plan]


def audit_import(
    store: Store,
    actor_id: str | None,
    source: Path,
    result: ImportResult,
    written: list[Path],
) -> None:
    """Record each quiz file an import wrote in the audit log (actor None: the command line)."""
    from sellertrain.core.store.audit import QUESTIONS_IMPORTED

    by_id = {quiz.id: quiz for quiz in result.quizzes}
    for path in written:
        quiz = by_id.get(path.stem)
        store.record_content_published(
            actor_id,
            f"quizzes/{path.name}" if path.parent.name == "quizzes" else str(path),
            {
                "from": source.name,
                "questions": len(quiz.questions) if quiz else None,
                "not_convertible": len(result.not_converted),
                "status": "draft",
            },
            QUESTIONS_IMPORTED,
        )
