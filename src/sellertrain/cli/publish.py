"""``sellertrain publish``: say whether an edited lesson's change is material or editorial.

For authors who edit lesson files outside the app (a text editor, a shared folder, git): the
app's author studio asks when saving, this command asks on the command line.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from sellertrain.cli.common import (
    CliError,
    Subcommands,
    add_command,
    content_root,
    db_path,
    open_store,
)

if TYPE_CHECKING:
    from sellertrain.core.training.retraining import PendingChange


def register(subparsers: Subcommands) -> None:
    publish = add_command(
        subparsers,
        "publish",
        "record an edited lesson as a material change (readers must review the changed "
        "sections) or an editorial one; with no lesson, list lessons awaiting a decision",
        "With no lesson: list the lessons changed since their last publication. With one:\n"
        "record the change as material (readers of earlier versions must review the changed\n"
        "sections) or editorial (nothing changes for learners).",
        content=True,
    )
    publish.add_argument(
        "lesson_id",
        nargs="?",
        metavar="LESSON_ID",
        help="the lesson to publish (its id: the file name without .md); omit it to list",
    )
    kind = publish.add_mutually_exclusive_group()
    kind.add_argument("--material", action="store_true", help="a rule changed")
    kind.add_argument("--editorial", action="store_true", help="only the wording changed")
    publish.add_argument(
        "--section",
        action="append",
        metavar="ANCHOR",
        help="a changed section the material change is about (repeat; default: all changed)",
    )
    publish.add_argument("--by", metavar="NAME", help="the author or manager publishing it")
    publish.add_argument("--note", default="", help="why (kept with the publication)")
    publish.set_defaults(handler=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.training import retraining

    course = load_course(content_root(args), deep=False)
    path = db_path(args)
    store = open_store(args)
    try:
        if args.lesson_id is None:
            return _list_pending(retraining.pending_changes(store, course))
        if not (args.material or args.editorial):
            raise CliError("say --material (a rule changed) or --editorial (wording only)")
        lesson = course.lessons.get(args.lesson_id)
        if lesson is None:
            raise CliError(f"no valid lesson with id '{args.lesson_id}' in {course.root}")
        actor = None
        if args.by:
            employee = store.employee_by_name(args.by)
            if employee is None or employee.role.value not in ("author", "manager"):
                raise CliError(f"'{args.by}' is not an author or manager in {path}")
            actor = employee.id
        kind = "material" if args.material else "editorial"
        try:
            publication = retraining.publish(
                store, lesson, kind, args.section, actor, note=args.note
            )
        except ValueError as exc:
            raise CliError(str(exc)) from None
    finally:
        store.close()
    sections = ", ".join(publication.changed_sections) or "no section"
    print(
        f"published {lesson.id} version {publication.version} as {kind} "
        f"(revision {publication.revision}; sections: {sections})"
    )
    return 0


def _list_pending(pending: list[PendingChange]) -> int:
    if not pending:
        print("no lesson has changed since its last publication")
        return 0
    for change in pending:
        sections = ", ".join(change.changed) or "front matter or introduction only"
        what = "its last publication" if change.published_before else "learners last completed it"
        print(f"{change.lesson.id}: changed since {what} on {change.since[:10]} ({sections})")
    print(
        f"{len(pending)} lesson(s) await a decision: "
        "sellertrain publish LESSON_ID --material|--editorial"
    )
    return 0
