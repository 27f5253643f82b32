"""``sellertrain check``: validate every lesson and quiz of a content folder."""

from __future__ import annotations

import argparse

from sellertrain.cli.common import Subcommands, add_common_options, content_root


def register(subparsers: Subcommands) -> None:
    check = subparsers.add_parser("check", help="validate all lessons and quizzes")
    add_common_options(check)
    check.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.content.quiz_style import long_option_hints

    course = load_course(content_root(args), deep=True)
    for problem in course.errors:
        print(problem)
    for hint in long_option_hints(course):  # style advice: never fails the check
        print(hint)
    errors = sum(e.severity == "error" for e in course.errors)
    warnings = len(course.errors) - errors
    print(
        f"{len(course.lessons)} lessons, {len(course.quizzes)} quizzes, "
        f"{course.question_count} questions; {errors} errors, {warnings} warnings"
    )
    return 1 if errors else 0
