"""``sellertrain audit``: the audit log (who changed what), filtered, as text or CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sellertrain.cli.common import (
    CliError,
    Counted,
    Subcommands,
    add_command,
    cannot_write,
    language,
    open_store,
)
from sellertrain.cli.help import iso_day
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.vocabularies import AUDIT_ACTIONS


def register(subparsers: Subcommands) -> None:
    audit = add_command(
        subparsers,
        "audit",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "print the audit log (who changed what), newest first; filter by date, text or kind",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Print the audit log, newest first: when (local time), who, what, subject and details,\n"
            "tab-separated; or, with --csv, as CSV for Excel (UTF-8 with a byte-order mark, CRLF,\n"
            "formula-safe). The whole history is searched.",
        ),
    )
    audit.add_argument(
        "--since",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("CliHelp", "only changes on or after this day"),
    )
    audit.add_argument(
        "--until",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("CliHelp", "only changes on or before this day"),
    )
    audit.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "only changes with TEXT in who made them, the subject or the details"
        ),
    )
    audit.add_argument(
        "--action",
        metavar="KIND",
        help=QT_TRANSLATE_NOOP("CliHelp", "only changes of this kind: {kinds}").format(
            kinds=", ".join(AUDIT_ACTIONS)
        ),
    )
    audit.add_argument(
        "--csv", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "print CSV instead of text")
    )
    audit.add_argument(
        "--out",
        type=Path,
        metavar="FILE.csv",
        help=QT_TRANSLATE_NOOP("CliHelp", "with --csv: write it to FILE.csv"),
    )
    audit.set_defaults(handler=cmd_audit)


def cmd_audit(args: argparse.Namespace) -> int:
    from sellertrain.core.i18n import Translator
    from sellertrain.core.language import ENGLISH
    from sellertrain.core.reports import audit_words, exports
    from sellertrain.core.reports.audit_log import (
        ACTION_NAMES,
        CSV_HEADER,
        audit_csv,
        audit_rows,
        day_range,
    )
    from sellertrain.core.store import AUDIT_ACTIONS, AuditFilter

    if args.action is not None and args.action not in AUDIT_ACTIONS:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "unknown kind of change '{kind}' (use {kinds})"),
            kind=args.action,
            kinds=", ".join(AUDIT_ACTIONS),
        )
    if args.out is not None and not args.csv:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "--out writes CSV: add --csv"))
    since, until = day_range(args.since, args.until)
    chosen = language(args)
    where = AuditFilter(
        search=args.search, action=args.action, since=since, until=until, language=chosen
    )
    store = open_store(args)
    try:
        entries = store.audit_page(where)
    finally:
        store.close()
    tx = Translator(chosen)
    names = audit_words.action_names(tx) if tx.language != ENGLISH else ACTION_NAMES
    details = (audit_words.detail_key_names(tx), audit_words.detail_value_names(tx))
    if tx.language == ENGLISH:
        details = ({}, {})
    command_line = tx.translate("AuditLogView", "command line")
    if not args.csv:
        for cells in audit_rows(entries, names, command_line, None, *details, chosen):
            print("\t".join(cell.replace("\t", " ") for cell in cells))
        return 0
    header = CSV_HEADER
    if tx.language != ENGLISH:
        header = (
            tx.translate("AuditLogView", "When"),
            tx.translate("AuditLogView", "Who"),
            tx.translate("AuditLogView", "What"),
            tx.translate("AuditLogView", "Subject"),
            tx.translate("AuditLogView", "Details"),
        )
    text = audit_csv(entries, names, command_line, header, details=details, language=chosen)
    if args.out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8-sig"))
        return 0
    try:
        exports.write_csv(args.out, text)
    except OSError as exc:
        raise cannot_write(args.out, exc) from None
    Cli = Counted(tx)
    print(Cli.tr("wrote %n audit entries to {path}", "", len(entries)).format(path=args.out))
    return 0
