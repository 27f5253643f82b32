"""The record commands' arguments and help texts: ``verify``, ``certificate``,
``verify-records`` and ``export-record`` (their handlers are in ``records``)."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path

from sellertrain.cli.common import Subcommands, add_command
from sellertrain.core.message import QT_TRANSLATE_NOOP


def certificate_parsers(subparsers: Subcommands) -> tuple[ArgumentParser, ArgumentParser]:
    """``verify`` and ``certificate`` (their handlers are set by ``records.register``)."""
    verify = add_command(
        subparsers,
        "verify",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "check a certificate's verification code: print it; exit 1 if unknown or expired",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Print a certificate (employee, title, issued, score, expires, status) from its\n"
            "verification code; exit status 1 if the code is unknown or the certificate expired.",
        ),
    )
    verify.add_argument(
        "code",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "the code printed on the certificate, e.g. ST-7KQ4-M9XD-2HBW (any case, dashes "
            "optional)",
        ),
    )
    certificate = add_command(
        subparsers,
        "certificate",
        QT_TRANSLATE_NOOP("CliHelp", "write a certificate as a PDF file"),
        QT_TRANSLATE_NOOP(
            "CliHelp", "Write the certificate with this verification code as a PDF file."
        ),
        content=True,
    )
    certificate.add_argument(
        "code",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("CliHelp", "the certificate's verification code"),
    )
    certificate.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help=QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write"),
    )
    return verify, certificate


def record_parsers(subparsers: Subcommands) -> tuple[ArgumentParser, ArgumentParser]:
    """``verify-records`` and ``export-record`` (handlers set by ``records.register``)."""
    verify = add_command(
        subparsers,
        "verify-records",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "check every employee's tamper-evident chain of quiz results; exit 1 on a problem",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Replay the hash chains of quiz results: prints each problem and a summary, exit\n"
            "status 1 on any. --employee also prints that employee's chain head; --head checks\n"
            "that a chain head exported earlier is still in the chain.",
        ),
    )
    verify.add_argument(
        "--employee",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CliHelp", "check only this employee's records"),
    )
    verify.add_argument(
        "--head",
        metavar="HASH",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "with --employee: the chain head from an earlier export; checks that it is still "
            "in the chain (records deleted from the end show only this way)",
        ),
    )
    export = add_command(
        subparsers,
        "export-record",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "write one employee's attempts, answers, lesson completions and chain head as JSON",
        ),
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Write one employee's quiz attempts with results and answers (as stored), lesson\n"
            "completions and chain head as JSON (standard output without --out).",
        ),
    )
    export.add_argument(
        "name",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CliHelp", "the employee's full name (any case)"),
    )
    export.add_argument(
        "--out",
        type=Path,
        metavar="FILE.json",
        help=QT_TRANSLATE_NOOP("CliHelp", "where to write it (default: standard output)"),
    )
    return verify, export
