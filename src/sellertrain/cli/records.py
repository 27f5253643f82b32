"""The record commands: ``verify`` and ``certificate`` (certificates), ``verify-records`` and
``export-record`` (the tamper-evident chain of quiz results)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sellertrain.cli.common import (
    CliError,
    Counted,
    Subcommands,
    cannot_write,
    content_root,
    db_path,
    language,
    open_store,
)
from sellertrain.core.i18n import Translator
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message, localize
from sellertrain.core.models import CertificateScope

if TYPE_CHECKING:
    from sellertrain.core.models import Employee
    from sellertrain.core.store import Certificate, Store


def register(subparsers: Subcommands) -> None:
    from sellertrain.cli.record_parsers import certificate_parsers, record_parsers

    verify, certificate = certificate_parsers(subparsers)
    verify.set_defaults(handler=cmd_verify)
    certificate.set_defaults(handler=cmd_certificate)
    verify_records, export = record_parsers(subparsers)
    verify_records.set_defaults(handler=cmd_verify_records)
    export.set_defaults(handler=cmd_export_record)


def _find_certificate(args: argparse.Namespace) -> tuple[Store, Certificate]:
    """The store (open) and the certificate with the code typed; CliError when unknown."""
    from sellertrain.core.training.certificate_codes import CODE_EXAMPLE, normalise_code

    code = normalise_code(args.code)
    if code is None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli", "'{code}' is not a certificate code (codes look like {example})"
            ),
            code=args.code,
            example=CODE_EXAMPLE,
        )
    path = db_path(args)
    store = open_store(args)
    found = store.certificate_by_code(code)
    if found is None:
        store.close()
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli", "unknown certificate code {code}: no certificate has it in {path}"
            ),
            code=code,
            path=path,
        )
    from sellertrain.core.store import StoreError

    try:  # the row alone proves nothing: it must rest on the records that earned it
        problems = store.verify_certificate(found.code)
    except StoreError as exc:
        store.close()
        raise CliError(error_message(exc)) from None
    if problems:
        store.close()
        for problem in problems:
            print(problem)
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "certificate {code} is NOT valid: it does not rest on the records that earned it "
                "(the database was changed outside SellerTrain; see 'sellertrain verify-records')",
            ),
            code=code,
        )
    return store, found


def cmd_verify(args: argparse.Namespace) -> int:
    """Print a certificate; exit 0 while it is in force, 1 when it is unknown or expired."""
    from sellertrain.core.training.certificates import (
        CertificateStatus,
        certificate_status,
        date_of,
        days_left,
    )

    store, found = _find_certificate(args)
    try:
        now = store.clock()
    finally:
        store.close()
    tx = Translator(language(args))
    status = certificate_status(found, now)
    shown = {
        CertificateStatus.VALID: tx.translate("CertificateCommand", "valid"),
        CertificateStatus.EXPIRING: tx.translate("CertificateCommand", "expiring"),
        CertificateStatus.EXPIRED: tx.translate("CertificateCommand", "expired"),
    }[status]
    if status is CertificateStatus.EXPIRING:
        left = tx.translate("CertificateCommand", " (expires in {n} days)")
        shown += left.format(n=days_left(found, now))
    module = found.scope_kind == CertificateScope.MODULE
    kind = (
        tx.translate("CertificateCommand", "module")
        if module
        else tx.translate("CertificateCommand", "assessment")
    )
    score = f"{found.score:.0f}%" if found.score is not None else "-"
    print(tx.translate("CertificateCommand", "certificate {code}").format(code=found.code))
    rows = [
        (tx.translate("Cli", "{label}:").format(label=label), value)
        for label, value in (
            (tx.translate("CertificateCommand", "employee"), found.employee_name),
            (
                tx.translate("CertificateCommand", "title"),
                tx.translate("Cli", "{title} ({kind})").format(title=found.title, kind=kind),
            ),
            (tx.translate("CertificateCommand", "issued"), date_of(found.issued_at)),
            (tx.translate("CertificateCommand", "score"), score),
            (
                tx.translate("CertificateCommand", "expires"),
                date_of(found.expires_at) or tx.translate("CertificateCommand", "never"),
            ),
            (tx.translate("CertificateCommand", "status"), shown),
        )
    ]
    from sellertrain.cli.help import display_width

    width = max(display_width(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label}{' ' * (width - display_width(label))} {value}")
    if status is CertificateStatus.EXPIRED:
        expired = tx.translate("CertificateCommand", "certificate {code} expired on {date}")
        raise CliError(expired.format(code=found.code, date=date_of(found.expires_at)))
    return 0


def cmd_certificate(args: argparse.Namespace) -> int:
    """Write a certificate as a PDF (Qt is imported only here)."""
    from sellertrain.core.content.loader import load_course

    store, found = _find_certificate(args)
    store.close()
    course = load_course(content_root(args), deep=False)
    from sellertrain.cli.common import prepare_pdf
    from sellertrain.pdf.certificate import write_certificate_pdf

    try:
        tx = Translator(prepare_pdf(args))
        write_certificate_pdf(found, found.employee_name, args.out, course.settings.title)
    except OSError as exc:
        raise cannot_write(args.out, exc) from None
    wrote = tx.translate("CertificateCommand", "wrote certificate {code} of {name} to {path}")
    print(wrote.format(code=found.code, name=found.employee_name, path=args.out))
    return 0


def _employee_named(store: Store, name: str) -> Employee:
    employee = store.employee_by_name(name)
    if employee is None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli", "no employee named '{name}' (see 'sellertrain employees list')"
            ),
            name=name,
        )
    return employee


def cmd_verify_records(args: argparse.Namespace) -> int:
    """Replay the hash chains of quiz results; print each problem and a summary."""
    import re

    from sellertrain.core.store import StoreError
    from sellertrain.core.store.chain import DELETION_NOTE
    from sellertrain.core.store.conflicts import result_conflicts

    head_hash = (args.head or "").strip().lower()
    if args.head is not None and args.employee is None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli", "--head needs --employee NAME: a chain head belongs to one employee"
            )
        )
    if args.head is not None and not re.fullmatch(r"[0-9a-f]{64}", head_hash):
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "--head takes the 64-character hash of an exported chain head")
        )
    store = open_store(args)
    try:
        employee = _employee_named(store, args.employee) if args.employee else None
        report = store.verify_records(employee.id if employee else None)
        position = store.chain_position(employee.id, head_hash) if employee and head_hash else None
        conflicts = [
            c
            for c in result_conflicts(store.conn)
            if employee is None or c.employee == employee.name
        ]
    except StoreError as exc:
        raise CliError(error_message(exc)) from None
    finally:
        store.close()
    Cli = Counted(Translator(language(args)))
    tx = Cli.tx
    for problem in report.problems:
        print(problem)
    problems = len(report.problems)
    if employee is not None:
        head = report.heads.get(employee.id)
        shown = (
            f"#{head.seq} {head.hash}"
            if head
            else tx.translate("Cli", "none (no result chained yet)")
        )
        line = tx.translate("Cli", "chain head of {name}: {head}")
        print(line.format(name=employee.name, head=shown))
        if head_hash and (position is None or head is None):
            problems += 1
            gone = tx.translate(
                "Cli",
                "{name}: the exported head {hash} is not in the chain: records were deleted "
                "from the end of the chain, or the chain was rewritten",
            )
            print(gone.format(name=employee.name, hash=head_hash))
        elif head_hash and head is not None and position is not None:
            found = Cli.tr(
                "the exported head is record #{position} of {name}'s chain; "
                "%n record(s) added since",
                "",
                head.seq - position,
            )
            print(found.format(position=position, name=employee.name))
    checked = Cli.tr("checked %n record(s) of {employees}: {problems}", "", report.records)
    print(
        checked.format(
            employees=Cli.tr("%n employee(s)", "", report.employees),
            problems=Cli.tr("%n problem(s)", "", problems)
            if problems
            else tx.translate("Cli", "no problems"),
        )
    )
    if conflicts:  # not tampering: both results are kept, and the first one counts
        print(Cli.tr("%n attempt(s) submitted on two PCs (both results kept):", "", len(conflicts)))
        for c in conflicts:
            print(f"  {localize(c.line(), tx.language)}")
    if report.legacy:
        print(
            Cli.tr(
                "%n older result(s), written before tamper-evident records, are "
                "outside the chain and cannot be checked",
                "",
                report.legacy,
            )
        )
    if not head_hash:
        print(localize(DELETION_NOTE, tx.language))
    return 1 if problems else 0


def cmd_export_record(args: argparse.Namespace) -> int:
    """One employee's record with its chain head, as JSON."""
    from sellertrain.core.reports import record_export
    from sellertrain.core.store import StoreError

    store = open_store(args)
    try:
        employee = _employee_named(store, args.name)
        record = record_export.employee_record(store, employee.id)
    except StoreError as exc:
        raise CliError(error_message(exc)) from None
    finally:
        store.close()
    if args.out is None:
        sys.stdout.write(record_export.record_json(record))
        return 0
    try:
        record_export.write_record(args.out, record)
    except OSError as exc:
        raise cannot_write(args.out, exc) from None
    Cli = Counted(Translator(language(args)))
    head = record["chain_head"]
    shown = f"#{head['seq']} {head['hash']}" if head else Cli.tx.translate("Cli", "none yet")
    wrote = Cli.tx.translate(
        "Cli",
        "wrote the record of {name} ({attempts}, {completions}) to {path}; "
        "chain head {head}: keep it apart from the database",
    )
    print(
        wrote.format(
            name=employee.name,
            attempts=Cli.tr("%n attempt(s)", "", len(record["attempts"])),
            completions=Cli.tr("%n lesson completion(s)", "", len(record["lesson_completions"])),
            path=args.out,
            head=shown,
        )
    )
    return 0
