"""Starting the desktop app: what ``sellertrain`` does with no command (Qt is imported only here)."""

from __future__ import annotations

import argparse
import os
import sys

from sellertrain.cli.common import CliError, content_root
from sellertrain.core.message import QT_TRANSLATE_NOOP


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """``--smoke`` on the top-level parser, and the app as the handler when no command is given."""
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "start the app, exit 0 as soon as the first screen is painted (for tests and timing)",
        ),
    )
    parser.set_defaults(handler=cmd_app)


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_app(args: argparse.Namespace) -> int:
    if not _has_display():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "no display found: run SellerTrain on a desktop session, or set "
                "QT_QPA_PLATFORM=offscreen for a headless run (e.g. with --smoke)",
            )
        )
    from sellertrain.app import run

    return run(
        db_path=args.db,
        content_root=content_root(args),
        smoke=args.smoke,
        language=getattr(args, "lang", None),
    )
