"""``sellertrain check``: validate every lesson and quiz of a content folder."""

from __future__ import annotations

import argparse

from sellertrain.cli.common import Subcommands, add_common_options, content_root


def register(subparsers: Subcommands) -> None:
    check = subparsers.add_parser("check", help="validate all lessons and quizzes")
    add_common_options(check)
    check.add_argument(
        "--strict", action="store_true", help="treat item-writing warnings as errors"
    )
    check.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from sellertrain.core.content.item_checks import check_items
    from sellertrain.core.content.loader import load_course

    course = load_course(content_root(args), deep=True)
    items = check_items(course)
    if getattr(args, "strict", False):
        items = [replace(e, severity="error") for e in items]
    problems = sorted(course.errors + items, key=lambda e: (str(e.path), e.line))
    for problem in problems:
        print(problem)
    errors = sum(e.severity == "error" for e in problems)
    warnings = len(problems) - errors
    print(
        f"{len(course.lessons)} lessons, {len(course.quizzes)} quizzes, "
        f"{course.question_count} questions; {errors} errors, {warnings} warnings"
    )
    return 1 if errors else 0
