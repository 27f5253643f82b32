"""``sellertrain publish``: make a draft live, or say whether an edited lesson's change is
material or editorial.

For authors who edit lesson files outside the app (a text editor, a shared folder, git): the
app's author studio asks when saving, this command asks on the command line. A draft (a file
with ``status: draft``) is published as it is: learners see it from then on.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from sellertrain.cli.common import (
    CliError,
    Counted,
    Subcommands,
    add_command,
    content_root,
    counted,
    open_store,
    translator,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message

if TYPE_CHECKING:
    from sellertrain.core.models import Course, Lesson, Quiz
    from sellertrain.core.store import Store
    from sellertrain.core.training.quiz_terms import PendingQuiz
    from sellertrain.core.training.retraining import PendingChange


def register(subparsers: Subcommands) -> None:
    publish = add_command(
        subparsers,
        "publish",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "publish a draft lesson or quiz (learners see it from then on), or record an edited "
            "lesson as a material change or an editorial one; with no id, list what awaits",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "With no id: list the drafts and the lessons changed since their last publication.\n"
            "With a draft's id: publish it (a lesson's draft quizzes go with it). With an edited\n"
            "lesson's id: record the change as material (readers of earlier versions must review\n"
            "the changed sections) or editorial (nothing changes for learners). With an edited\n"
            "quiz's id: publish it (material when its pass mark, time limit, draw or answers\n"
            "changed); until then nobody can take it.",
        ),
        content=True,
    )
    publish.add_argument(
        "lesson_id",
        nargs="?",
        metavar="ID",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "a draft lesson or quiz to publish (a lesson's draft quizzes go with it), or an "
            "edited lesson or quiz to decide about; omit it to list",
        ),
    )
    kind = publish.add_mutually_exclusive_group()
    kind.add_argument(
        "--material", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "a rule changed")
    )
    kind.add_argument(
        "--editorial",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "only the wording changed"),
    )
    publish.add_argument(
        "--section",
        action="append",
        metavar="ANCHOR",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "a changed section the material change is about (repeat; default: all changed)",
        ),
    )
    publish.add_argument(
        "--by",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CliHelp", "the author or manager publishing it: who signs in"),
    )
    publish.add_argument(
        "--note", default="", help=QT_TRANSLATE_NOOP("CliHelp", "why (kept with the publication)")
    )
    publish.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "publish a draft even though it still holds template text"
        ),
    )
    publish.set_defaults(handler=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.store import StoreError
    from sellertrain.core.training import quiz_terms, retraining

    Cli = counted(args)
    course = load_course(content_root(args), deep=False)
    store = open_store(args)
    try:
        if args.lesson_id is None:
            _list_drafts(Cli, course)
            _list_pending(Cli, retraining.pending_changes(store, course))
            pending = quiz_terms.pending_quizzes(store, course.quizzes.values())
            return _list_pending_quizzes(Cli, pending)
        if args.lesson_id in course.drafts.lessons or args.lesson_id in course.drafts.quizzes:
            return _publish_draft(store, course, args)
        if not (args.material or args.editorial):
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Cli", "say --material (a rule changed) or --editorial (wording only)"
                )
            )
        if args.lesson_id in course.quizzes:
            return _publish_quiz(store, course, course.quizzes[args.lesson_id], args)
        lesson = course.lessons.get(args.lesson_id)
        if lesson is None:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "no valid lesson or quiz with id '{id}' in {root}"),
                id=args.lesson_id,
                root=course.root,
            )
        kind = "material" if args.material else "editorial"
        actor = _actor(store, args)  # asked once the command itself is known to be right
        try:
            publication = retraining.publish(
                store, lesson, kind, args.section, actor, note=args.note, course=course
            )
        except (ValueError, StoreError) as exc:  # a company record refuses it offline
            raise CliError(error_message(exc)) from None
    finally:
        store.close()
    tx = Cli.tx
    sections = ", ".join(publication.changed_sections) or tx.translate("Cli", "no section")
    if kind == "material":
        done = tx.translate(
            "Cli",
            "published {id} version {version} as material "
            "(revision {revision}; sections: {sections})",
        )
    else:
        done = tx.translate(
            "Cli",
            "published {id} version {version} as editorial "
            "(revision {revision}; sections: {sections})",
        )
    print(
        done.format(
            id=lesson.id,
            version=publication.version,
            revision=publication.revision,
            sections=sections,
        )
    )
    return 0


def _actor(store: Store, args: argparse.Namespace) -> str:
    """The id of the author or manager who signs in to publish (``--by``, if given, must
    name them)."""
    from sellertrain.cli.credentials import sign_in

    tx = translator(args)
    what = tx.translate("Cli", "publish course changes")
    employee = sign_in(store, what, authors=True, tx=tx)
    if args.by:
        named = store.employee_by_name(args.by)
        if named is None or named.id != employee.id:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "--by '{by}' is not {name}, who signed in"),
                by=args.by,
                name=employee.name,
            )
    return employee.id


def _publish_draft(store: Store, course: Course, args: argparse.Namespace) -> int:
    """Make a draft live (its lesson's draft quizzes with it), refusing leftover template text;
    on a company record the server decides first (refused offline or when published first)."""
    from sellertrain.core.content.drafts import (
        DraftError,
        drafts_to_publish,
        leftover_template_text,
        publish_drafts,
    )
    from sellertrain.core.store import StoreError

    tx = translator(args)
    if args.material or args.editorial or args.section:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "'{id}' is a draft: publish it without --material, --editorial or "
                "--section (nobody has read it yet)",
            ),
            id=args.lesson_id,
        )
    try:
        leftovers = leftover_template_text(drafts_to_publish(course, args.lesson_id))
        if leftovers and not args.force:
            template = tx.translate("Cli", "{file}:{line}: template text: {sentence}")
            for file, line, sentence in leftovers:
                print(template.format(file=file, line=line, sentence=sentence))
            Cli = Counted(tx)
            held = Cli.tr(
                "'{id}' still holds template text (%n line(s) above): "
                "replace it, or publish anyway with --force",
                "",
                len(leftovers),
            )
            raise CliError(held.format(id=args.lesson_id))
        published = publish_drafts(store, course, args.lesson_id, _actor(store, args))
    except (DraftError, ValueError, StoreError) as exc:  # StoreError: the company server
        raise CliError(error_message(exc)) from None
    for item in published:
        if item.kind == "lesson":
            done = tx.translate("Cli", "published draft lesson {id} ({file}, version {version})")
        else:
            done = tx.translate("Cli", "published draft quiz {id} ({file}, version {version})")
        print(done.format(id=item.id, file=item.file, version=item.version))
    return 0


def _publish_quiz(store: Store, course: Course, quiz: Quiz, args: argparse.Namespace) -> int:
    """Publish a changed quiz: from then on it can be taken, under its new pass mark (on a
    company record, the server decides first and the quiz's files travel with it)."""
    from sellertrain.core.store import StoreError
    from sellertrain.core.training import quiz_terms

    if args.section:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "--section names lesson sections; a quiz change has none")
        )
    tx = translator(args)
    kind = "material" if args.material else "editorial"
    actor = _actor(store, args)  # asked once the command itself is known to be right
    try:
        publication = quiz_terms.publish_quiz(store, quiz, kind, actor, args.note, course)
    except (ValueError, StoreError) as exc:
        raise CliError(error_message(exc)) from None
    limit = ""
    if quiz.time_limit:
        limit = tx.translate("Cli", ", time limit {minutes} min").format(minutes=quiz.time_limit)
    if kind == "material":
        done = tx.translate(
            "Cli",
            "published quiz {id} version {version} as material (pass mark {mark}%{limit})",
        )
    else:
        done = tx.translate(
            "Cli",
            "published quiz {id} version {version} as editorial (pass mark {mark}%{limit})",
        )
    print(
        done.format(
            id=quiz.id, version=publication.version, mark=publication.pass_mark, limit=limit
        )
    )
    return 0


def _list_pending_quizzes(Cli: Counted, pending: list[PendingQuiz]) -> int:
    tx = Cli.tx
    line = tx.translate("Cli", "{id}: changed since its publication on {since} ({what})")
    for change in pending:
        what = ", ".join(change.changed) or tx.translate("Cli", "wording only")
        since = change.published.published_at[:10]
        print(line.format(id=change.quiz.id, since=since, what=what))
    if pending:
        print(
            Cli.tr(
                "%n quiz(zes) cannot be taken until published: "
                "sellertrain publish QUIZ_ID --material|--editorial",
                "",
                len(pending),
            )
        )
    return 0


def _list_drafts(Cli: Counted, course: Course) -> None:
    drafts: list[Lesson | Quiz] = [*course.drafts.lessons.values(), *course.drafts.quizzes.values()]
    line = Cli.tx.translate("Cli", "draft: {id} ({file}): {title}")
    for item in sorted(drafts, key=lambda d: d.path.name):
        file = f"{item.path.parent.name}/{item.path.name}"
        print(line.format(id=item.id, file=file, title=item.title))
    if drafts:
        print(Cli.tr("%n draft(s) learners do not see: sellertrain publish ID", "", len(drafts)))


def _list_pending(Cli: Counted, pending: list[PendingChange]) -> int:
    tx = Cli.tx
    if not pending:
        print(tx.translate("Cli", "no lesson has changed since its last publication"))
        return 0
    published = tx.translate(
        "Cli", "{id}: changed since its last publication on {since} ({sections})"
    )
    completed = tx.translate(
        "Cli", "{id}: changed since learners last completed it on {since} ({sections})"
    )
    for change in pending:
        sections = ", ".join(change.changed) or tx.translate(
            "Cli", "front matter or introduction only"
        )
        line = published if change.published_before else completed
        print(line.format(id=change.lesson.id, since=change.since[:10], sections=sections))
    print(
        Cli.tr(
            "%n lesson(s) await a decision: sellertrain publish LESSON_ID --material|--editorial",
            "",
            len(pending),
        )
    )
    return 0
