"""``sellertrain import-gift``, ``import-aiken`` and ``export-gift``: quizzes to and from Moodle."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sellertrain.cli.common import (
    CliError,
    Counted,
    Subcommands,
    add_command,
    cannot_write,
    content_root,
    counted,
    language,
    translator,
)
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message, localize, os_reason

if TYPE_CHECKING:
    from sellertrain.core.interchange.quiz_writer import ImportResult


def register(subparsers: Subcommands) -> None:
    for name, what, handler in (
        ("import-gift", "a Moodle GIFT file", cmd_import_gift),
        ("import-aiken", "an Aiken file", cmd_import_aiken),
    ):
        command = add_command(
            subparsers,
            name,
            f"convert the questions of {what} into quiz files; report what cannot be",
            f"Convert the questions of {what} into quiz files (one per category) in the\n"
            "content folder's quizzes/ or --out DIR; questions that cannot be converted are\n"
            "listed with their line. The quiz starts as a draft; with a database the import\n"
            "is recorded in the audit log.",
            db=True,
            content=True,
        )
        command.add_argument("file", type=Path, metavar="FILE", help=f"{what} (UTF-8) to convert")
        command.add_argument(
            "--id",
            dest="quiz_id",
            metavar="ID",
            help="the new quiz's id (and file name) instead of one made from FILE's name; "
            "GIFT categories get ID-CATEGORY",
        )
        command.add_argument(
            "--by",
            metavar="NAME",
            help="the author or manager importing (needs a database): must be who signs in",
        )
        command.add_argument(
            "--out",
            type=Path,
            metavar="DIR",
            help="folder for the new quiz files (default: the content folder's quizzes/); "
            "an existing quiz file is never replaced. New quizzes are drafts until published",
        )
        command.add_argument(
            "--dry-run", action="store_true", help="show what would be imported; write nothing"
        )
        command.add_argument(
            "--json",
            action="store_true",
            help="print the questions as read, and what would be written, as JSON (writes nothing)",
        )
        command.set_defaults(handler=handler)
    export = add_command(
        subparsers,
        "export-gift",
        "write a quiz as a Moodle GIFT file",
        "Write a quiz as Moodle GIFT text (standard output without --out); a round trip keeps\n"
        "text, options, answers and feedback.",
        db=False,
        content=True,
    )
    export.add_argument(
        "quiz_id", metavar="QUIZ_ID", help="the quiz's id (its file name without .md)"
    )
    export.add_argument(
        "--out", type=Path, metavar="FILE", help="where to write it (default: standard output)"
    )
    export.set_defaults(handler=cmd_export_gift)


def _decoded(path: Path, kind: str) -> str:
    """The text of an import file; CliError naming the file and line unless it is UTF-8."""
    from sellertrain.core.content.safe_read import UnsafeFile
    from sellertrain.core.interchange.gift import GiftEncodingError, decode, read_import

    try:
        raw = read_import(path)
    except UnsafeFile as exc:
        raise CliError(exc.message) from None
    try:
        return decode(raw)
    except GiftEncodingError as exc:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{path}:{line}: the file is not UTF-8 text (windows-1252 or another "
                "encoding?); {kind} files must be UTF-8: save it as UTF-8 and try again",
            ),
            path=path,
            line=exc.line,
            kind=kind,
        ) from None


def _print_json(result: ImportResult, parsed: dict[str, Any], folder: Path) -> None:
    """What was read and what would be written, as JSON; nothing is written."""
    import json

    from sellertrain.core.interchange.quiz_writer import ImportRefused, plan_files

    parsed["not_convertible"] = [{"line": n, "message": m} for n, m in result.not_converted]
    parsed["notes"] = [{"line": n, "message": m} for n, m in result.notes]
    parsed["quizzes"] = [
        {
            "id": q.id,
            "title": q.title,
            "path": str(folder / f"{q.id}.md"),
            "questions": len(q.questions),
        }
        for q in result.quizzes
    ]
    try:
        plan_files(result.quizzes, folder)
    except ImportRefused as exc:
        parsed["refused"] = str(exc)
    print(json.dumps(parsed, ensure_ascii=False, indent=2))


def _report_import(args: argparse.Namespace, result: ImportResult, parsed: dict[str, Any]) -> int:
    """Plan, check and (unless --dry-run/--json) write an import; print what happened."""
    from sellertrain.core.content.quizzes import quiz_from_text
    from sellertrain.core.interchange.quiz_writer import ImportRefused, plan_files, write_files

    folder = args.out if args.out is not None else content_root(args) / "quizzes"
    name = args.file.name
    if args.json:
        _print_json(result, parsed, folder)
        return 0
    try:
        plan = plan_files(result.quizzes, folder)
    except ImportRefused as exc:
        if args.quiz_id:
            raise CliError(error_message(exc)) from None
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "{error} (import it under another id with --id ID)"),
            error=exc,
        ) from None
    dry = args.dry_run
    Cli, chosen = counted(args), language(args)
    check = Cli.tx.translate("Cli", "  check: {problem}")
    for quiz, (path, text) in zip(result.quizzes, plan, strict=True):
        count = len(quiz.questions)
        if dry:
            line = Cli.tr("would write {path}: %n question(s)", "", count)
        else:
            line = Cli.tr("writing {path}: %n question(s)", "", count)
        print(line.format(path=path))
        for problem in quiz_from_text(path, text)[1]:
            print(check.format(problem=problem.localized(chosen)))
    for heading, lines in (
        (Cli.tx.translate("Cli", "not convertible (left out):"), result.not_converted),
        (Cli.tx.translate("Cli", "converted with changes:"), result.notes),
    ):
        if lines:
            print(heading)
            for line_number, message in lines:
                print(f"  {name}:{line_number}: {localize(message, chosen)}")
    audit = None if dry else _audit_target(args)
    if not dry and plan:
        try:
            write_files(plan)
        except ImportRefused as exc:
            raise CliError(error_message(exc)) from None
        except OSError as exc:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "cannot write to {folder}: {reason}"),
                folder=folder,
                reason=os_reason(exc),
            ) from None
        if audit is not None:
            _audit(args, audit, result, [path for path, _ in plan])
        print(
            Cli.tx.translate(
                "Cli",
                "the new quizzes are drafts: learners see them once published "
                "(sellertrain publish QUIZ_ID)",
            )
        )
    print(_summary(Cli, result, dry))
    if not plan:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "{file}: no question could be converted; nothing was written"),
            file=args.file,
        )
    return 0


def _summary(Cli: Counted, result: ImportResult, dry: bool) -> str:
    """One line: questions and quizzes, how many of each kind, how many not converted."""
    from collections import Counter

    from sellertrain.core.interchange.quiz_writer import KIND_NAMES

    counts = Counter(q.kind for quiz in result.quizzes for q in quiz.questions)
    names = _kind_names(Cli)
    kinds = Cli.tx.translate("Cli", ", ", "between the kinds of questions imported").join(
        Cli.tx.translate("Cli", "{count} {kind}").format(count=counts[kind], kind=names[kind])
        for kind in sorted(counts, key=lambda k: KIND_NAMES[k])  # as the English has it
    )
    if dry:
        line = Cli.tx.translate("Cli", "would import {questions} in {quizzes}{kinds}; {rejected}")
    else:
        line = Cli.tx.translate("Cli", "imported {questions} in {quizzes}{kinds}; {rejected}")
    return line.format(
        questions=Cli.tr("%n question(s)", "", result.question_count),
        quizzes=Cli.tr("%n quiz(zes)", "", len(result.quizzes)),
        kinds=Cli.tx.translate("Cli", " ({kinds})").format(kinds=kinds) if kinds else "",
        rejected=Cli.tx.translate("Cli", "{n} not convertible").format(n=len(result.not_converted)),
    )


def _kind_names(Cli: Counted) -> dict[object, str]:
    """The question kinds in words, as the import summary names them."""
    from sellertrain.core.models import QuestionKind

    tx = Cli.tx
    return {
        QuestionKind.SINGLE: tx.translate("Cli", "single choice"),
        QuestionKind.MULTIPLE: tx.translate("Cli", "multiple choice"),
        QuestionKind.TRUE_FALSE: tx.translate("Cli", "true/false"),
        QuestionKind.SHORT_ANSWER: tx.translate("Cli", "short answer"),
        QuestionKind.NUMERICAL: tx.translate("Cli", "numerical"),
        QuestionKind.MATCHING: tx.translate("Cli", "matching"),
    }


def _audit_target(args: argparse.Namespace) -> tuple[Path, str | None] | None:
    """The database whose audit log records the import, and who imports: the author or
    manager who signs in (``--by``, if given, must name them). ``--db`` must exist; without
    it the default database is used when there is one. None when there is no database to
    record the import in (then the files are only converted: drafts, live once published,
    and publishing signs in)."""
    from sellertrain.cli.common import db_path, open_store
    from sellertrain.cli.credentials import sign_in

    path = db_path(args)
    if not path.exists():
        if getattr(args, "db", None) is not None or args.by:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "no database at {path}: nothing was imported"), path=path
            )
        return None
    store = open_store(args)
    try:
        if not store.has_employees() and not args.by:
            return path, None  # a database nobody can sign in to yet records the command line
        tx = translator(args)
        what = tx.translate("Cli", "import questions into the course")
        employee = sign_in(store, what, authors=True, tx=tx)
        if args.by:
            named = store.employee_by_name(args.by)
            if named is None or named.id != employee.id:
                raise CliError(
                    QT_TRANSLATE_NOOP("Cli", "--by '{by}' is not {name}, who signed in"),
                    by=args.by,
                    name=employee.name,
                )
    finally:
        store.close()
    return path, employee.id


def _audit(
    args: argparse.Namespace,
    target: tuple[Path, str | None],
    result: ImportResult,
    written: list[Path],
) -> None:
    """Record the files written in the audit log."""
    from sellertrain.cli.common import open_store
    from sellertrain.core.interchange.question_import import audit_import

    store = open_store(args)
    try:
        audit_import(store, target[1], args.file, result, written)
    finally:
        store.close()
    recorded = counted(args).tx.translate("Cli", "recorded in the audit log of {path}")
    print(recorded.format(path=target[0]))


def _quiz_id(args: argparse.Namespace) -> str | None:
    """``--id``, checked as the quiz checker checks ids."""
    from sellertrain.core.content.fields import ID_PATTERN

    if args.quiz_id is not None and not ID_PATTERN.match(args.quiz_id):
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli", "--id must use lowercase letters, digits and '-' only, not '{id}'"
            ),
            id=args.quiz_id,
        )
    value: str | None = args.quiz_id
    return value


def cmd_import_gift(args: argparse.Namespace) -> int:
    from sellertrain.core.interchange.gift import parse_gift
    from sellertrain.core.interchange.gift_convert import convert_gift
    from sellertrain.core.interchange.gift_json import to_json

    gift = parse_gift(_decoded(args.file, "GIFT"))
    result = convert_gift(gift, args.file.name, _quiz_id(args))
    return _report_import(args, result, {"file": str(args.file), **to_json(gift)})


def cmd_import_aiken(args: argparse.Namespace) -> int:
    from sellertrain.core.interchange.aiken import convert_aiken, parse_aiken, to_json

    aiken = parse_aiken(_decoded(args.file, "Aiken"))
    result = convert_aiken(aiken, args.file.name, _quiz_id(args))
    return _report_import(args, result, {"file": str(args.file), **to_json(aiken)})


def cmd_export_gift(args: argparse.Namespace) -> int:
    from sellertrain.core.content.loader import load_course
    from sellertrain.core.interchange.gift_export import quiz_to_gift

    root = content_root(args)
    course = load_course(root, deep=False)
    quiz = course.quizzes.get(args.quiz_id) or course.drafts.quizzes.get(args.quiz_id)
    if quiz is None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "no valid quiz with id '{id}' in {root} "
                "(run 'sellertrain check --content {root}' if the quiz has errors)",
            ),
            id=args.quiz_id,
            root=root,
        )
    Cli, chosen = counted(args), language(args)
    text, problems = quiz_to_gift(quiz)
    left_out = Cli.tx.translate("Cli", "{path}:{line}: left out: {message}")
    for line, message in problems:
        said = left_out.format(path=quiz.path, line=line, message=localize(message, chosen))
        print(f"sellertrain: warning: {said}", file=sys.stderr)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise cannot_write(args.out, exc) from None
    written = len(quiz.questions) - len(problems)
    wrote = Cli.tr("wrote %n question(s) of quiz {id} to {path}", "", written)
    print(wrote.format(id=quiz.id, path=args.out))
    return 0
