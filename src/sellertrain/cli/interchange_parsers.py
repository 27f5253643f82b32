"""The Moodle commands' arguments and help texts: ``import-gift``, ``import-aiken`` and
``export-gift`` (their handlers are in ``interchange``)."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path

from sellertrain.cli.common import Subcommands, add_command
from sellertrain.core.message import QT_TRANSLATE_NOOP


def interchange_parsers(subparsers: Subcommands) -> dict[str, ArgumentParser]:
    """``import-gift``, ``import-aiken`` and ``export-gift`` by name (handlers set by
    ``interchange.register``)."""
    parsers = {}
    for name, summary, description, file_help in (
        (
            "import-gift",
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "convert the questions of a Moodle GIFT file into quiz files; report what cannot be",
            ),
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Convert the questions of a Moodle GIFT file into quiz files (one per category) in "
                "the\ncontent folder's quizzes/ or --out DIR; questions that cannot be converted are\n"
                "listed with their line. The quiz starts as a draft; with a database the import\n"
                "is recorded in the audit log.",
            ),
            QT_TRANSLATE_NOOP("CliHelp", "a Moodle GIFT file (UTF-8) to convert"),
        ),
        (
            "import-aiken",
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "convert the questions of an Aiken file into quiz files; report what cannot be",
            ),
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "Convert the questions of an Aiken file into quiz files (one per category) in the\n"
                "content folder's quizzes/ or --out DIR; questions that cannot be converted are\n"
                "listed with their line. The quiz starts as a draft; with a database the import\n"
                "is recorded in the audit log.",
            ),
            QT_TRANSLATE_NOOP("CliHelp", "an Aiken file (UTF-8) to convert"),
        ),
    ):
        command = add_command(subparsers, name, summary, description, db=True, content=True)
        command.add_argument("file", type=Path, metavar="FILE", help=file_help)
        command.add_argument(
            "--id",
            dest="quiz_id",
            metavar="ID",
            help=QT_TRANSLATE_NOOP(
                "CliHelp",
                "the new quiz's id (and file name) instead of one made from FILE's name; "
                "GIFT categories get ID-CATEGORY",
            ),
        )
        command.add_argument(
            "--by",
            metavar="NAME",
            help=QT_TRANSLATE_NOOP(
                "CliHelp",
                "the author or manager importing (needs a database): must be who signs in",
            ),
        )
        command.add_argument(
            "--out",
            type=Path,
            metavar="DIR",
            help=QT_TRANSLATE_NOOP(
                "CliHelp",
                "folder for the new quiz files (default: the content folder's quizzes/); "
                "an existing quiz file is never replaced. New quizzes are drafts until published",
            ),
        )
        command.add_argument(
            "--dry-run",
            action="store_true",
            help=QT_TRANSLATE_NOOP("CliHelp", "show what would be imported; write nothing"),
        )
        command.add_argument(
            "--json",
            action="store_true",
            help=QT_TRANSLATE_NOOP(
                "CliHelp",
                "print the questions as read, and what would be written, as JSON (writes nothing)",
            ),
        )
        parsers[name] = command
    export = add_command(
        subparsers,
        "export-gift",
        QT_TRANSLATE_NOOP("CliHelp", "write a quiz as a Moodle GIFT file"),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Write a quiz as Moodle GIFT text (standard output without --out); a round trip keeps\n"
            "text, options, answers and feedback.",
        ),
        db=False,
        content=True,
    )
    export.add_argument(
        "quiz_id",
        metavar="QUIZ_ID",
        help=QT_TRANSLATE_NOOP("CliHelp", "the quiz's id (its file name without .md)"),
    )
    export.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CliHelp", "where to write it (default: standard output)"),
    )
    parsers["export-gift"] = export
    return parsers
