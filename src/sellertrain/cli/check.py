"""``sellertrain check``: validate every lesson and quiz of a content folder."""

from __future__ import annotations

import argparse

from sellertrain.cli.common import Subcommands, add_command, content_root


def register(subparsers: Subcommands) -> None:
    check = add_command(
        subparsers,
        "check",
        "validate all lessons and quizzes (drafts too); warn about template text left in a "
        "published file",
        "Validate every lesson and quiz of the content folder, drafts included: prints\n"
        "path:line: message per problem and a summary; exit status 1 on any error (warnings,\n"
        "such as template text left in a published file, do not fail).",
        db=False,
        content=True,
    )
    check.add_argument(
        "--strict",
        action="store_true",
        help="treat item-writing warnings as errors (the shipped course passes it)",
    )
    check.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from sellertrain.core.content.item_checks import check_items
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.content.quiz_style import long_option_hints

    course = load_course(content_root(args), deep=True)
    items = check_items(course)
    if getattr(args, "strict", False):
        items = [replace(e, severity="error") for e in items]
    problems = sorted(course.errors + items, key=lambda e: (str(e.path), e.line))
    for problem in problems:
        print(problem)
    for hint in long_option_hints(course):  # style advice: never fails the check
        print(hint)
    errors = sum(e.severity == "error" for e in problems)
    warnings = len(problems) - errors
    drafts = len(course.drafts.lessons) + len(course.drafts.quizzes)
    hidden = f" (and {drafts} draft{'s' * (drafts != 1)} learners do not see)" if drafts else ""
    print(
        f"{len(course.lessons)} lessons, {len(course.quizzes)} quizzes, "
        f"{course.question_count} questions{hidden}; {errors} errors, {warnings} warnings"
    )
    return 1 if errors else 0
