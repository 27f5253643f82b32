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
    from sellertrain.cli.interchange_parsers import interchange_parsers

    parsers = interchange_parsers(subparsers)
    parsers["import-gift"].set_defaults(handler=cmd_import_gift)
    parsers["import-aiken"].set_defaults(handler=cmd_import_aiken)
    parsers["export-gift"].set_defaults(handler=cmd_export_gift)


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
            QT_TRANSLATE_NOOP("Cli", "{error} (import it under another id with --id ID)"), error=exc
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
    """One line: questions and quizzes, how many of each kind, how many not converted (the
    core's summary, which the studio shows too), after "would import" or "imported"."""
    summary = localize(result.summary(), Cli.tx.language)
    if dry:
        return Cli.tx.translate("Cli", "would import {summary}").format(summary=summary)
    return Cli.tx.translate("Cli", "imported {summary}").format(summary=summary)


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
