"""``sellertrain check``: validate every lesson and quiz of a content folder."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from sellertrain.cli.common import (
    Counted,
    Subcommands,
    add_command,
    content_root,
    language,
    open_store,
    translator,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sellertrain.core.models import ContentError, Course


def register(subparsers: Subcommands) -> None:
    check = add_command(
        subparsers,
        "check",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "validate all lessons and quizzes (drafts too); warn about template text left in a "
            "published file",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Validate every lesson and quiz of the content folder, drafts included: prints\n"
            "path:line: message per problem and a summary; exit status 1 on any error (warnings,\n"
            "such as template text left in a published file, do not fail). With --db, also warn\n"
            "about translations left out of date by a material change published in that database.",
        ),
        db=True,
        content=True,
    )
    check.add_argument(
        "--strict",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "treat item-writing warnings, lessons without reviewed or sources, and "
            "translations out of date as errors (the shipped course passes it)",
        ),
    )
    check.set_defaults(handler=cmd_check)


def _translation_warnings(args: argparse.Namespace, course: Course) -> list[ContentError]:
    """Sections whose translation lags a material publication (only with an explicit --db:
    the content alone does not say what was published)."""
    if getattr(args, "db", None) is None or not course.variants:
        return []
    from sellertrain.core.training.translations import outdated_translations, outdated_warnings

    store = open_store(args)
    try:
        return outdated_warnings(course, outdated_translations(course, store.publications()))
    finally:
        store.close()


def cmd_check(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from sellertrain.core.content.item_checks import check_items
    from sellertrain.core.content.lessons import NO_SOURCES
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.content.quiz_style import long_option_hints

    course = load_course(content_root(args), deep=True)
    items = check_items(course) + _translation_warnings(args, course)
    found = course.errors
    if getattr(args, "strict", False):
        items = [replace(e, severity="error") for e in items]
        found = [
            replace(e, severity="error") if e.message.startswith(NO_SOURCES) else e for e in found
        ]
    problems = sorted(found + items, key=lambda e: (str(e.path), e.line))
    chosen = language(args)
    for problem in problems:
        print(problem.localized(chosen))
    for hint in long_option_hints(course):  # style advice: never fails the check
        print(hint.localized(chosen))
    errors = sum(e.severity == "error" for e in problems)
    warnings = len(problems) - errors
    drafts = len(course.drafts.lessons) + len(course.drafts.quizzes)
    tx = translator(args)
    Cli = Counted(tx)
    hidden = Cli.tr(" (and %n draft(s) learners do not see)", "", drafts) if drafts else ""
    summary = tx.translate("Cli", "{lessons}, {quizzes}, {questions}{hidden}; {errors}, {warnings}")
    print(
        summary.format(
            lessons=Cli.tr("%n lesson(s)", "", len(course.lessons)),
            quizzes=Cli.tr("%n quiz(zes)", "", len(course.quizzes)),
            questions=Cli.tr("%n question(s)", "", course.question_count),
            hidden=hidden,
            errors=Cli.tr("%n error(s)", "", errors),
            warnings=Cli.tr("%n warning(s)", "", warnings),
        )
    )
    return 1 if errors else 0
