"""What every command shares: the error it reports, the --db/--content options, the store."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from sellertrain.core.language import SUPPORTED
from sellertrain.core.message import QT_TRANSLATE_NOOP, error_message, os_reason

if TYPE_CHECKING:
    from sellertrain.core.i18n import Translator
    from sellertrain.core.store import Store

# what ``add_subparsers`` returns: each command group adds its parsers to it
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

PROGRESS_AFTER = 2.0  # seconds: quicker runs print no progress at all
PROGRESS_EVERY = 2.0


class CliError(Exception):
    """A problem to report on stderr as one line, with exit status 1 (or ``status``).

    ``str(error)`` is English. ``main`` prints ``error.text(language)``: a message written
    ``CliError(QT_TRANSLATE_NOOP("Cli", "no database at {path}"), path=path)`` is looked up in
    the catalogue's "Cli" context and then filled with ``values``; a message made elsewhere (the
    core's, or one already translated) is printed as it is.
    """

    def __init__(self, message: str, status: int = 1, **values: object) -> None:
        # a core error given as a value keeps its translatable text
        values = {
            k: error_message(v) if isinstance(v, BaseException) else v for k, v in values.items()
        }
        super().__init__(message.format(**values) if values else message)
        self.template = message
        self.values = values
        self.status = status

    def text(self, language: str) -> str:
        """The message in ``language`` (English, filled in, when the catalogue lacks it)."""
        from sellertrain.core.i18n import catalogue
        from sellertrain.core.message import Message, localize

        said = self.args[0] if self.args else ""
        if isinstance(said, Message):  # marked here or in the core: values translated too
            return localize(said, language)
        found = catalogue(language).translate("Cli", self.template)
        return found.format(**self.values) if self.values else found


class Counted:
    """The command line's messages with a count, in the catalogue's "Cli" context.

    lupdate marks a message plural (``numerus``) only when it is written
    ``Name.tr("%n lesson(s)", "", n)``, and it takes ``Name`` for the context. So a handler
    writes ``Cli = counted(args)`` and then ``Cli.tr("%n lesson(s)", "", n)``: the English
    catalogue holds "%n lesson" / "%n lessons", the Chinese one its single form.
    """

    CONTEXT = "Cli"

    def __init__(self, tx: Translator) -> None:
        self.tx = tx

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return self.tx.translate(self.CONTEXT, text, disambiguation, n)


def add_command(
    subparsers: Subcommands,
    name: str,
    summary: str,
    description: str | None = None,
    db: bool = True,
    content: bool = False,
) -> argparse.ArgumentParser:
    """A subcommand with its one-line ``summary`` (in the command list), a description (its own
    ``--help``: the summary unless given) and only the common options it uses."""
    from sellertrain.cli.help import Sentence

    parser = subparsers.add_parser(
        name,
        help=summary,
        description=description or Sentence(summary),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common_options(parser, db=db, content=content)
    return parser


def add_common_options(
    parser: argparse.ArgumentParser, suppress: bool = True, db: bool = True, content: bool = True
) -> None:
    """``--db`` and ``--content``; on a subcommand (suppress) they keep the top level's value."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--lang",
        choices=SUPPORTED,
        default=default,
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "language of the app, messages and exports: en or zh-CN "
            "(default: the language chosen in the app, else the system locale)",
        ),
    )
    if db:
        parser.add_argument(
            "--db",
            type=Path,
            default=default,
            metavar="PATH",
            help=QT_TRANSLATE_NOOP(
                "CliHelp", "database file (default: $SELLERTRAIN_DB or the user data folder)"
            ),
        )
    if content:
        parser.add_argument(
            "--content",
            type=Path,
            default=default,
            metavar="DIR",
            help=QT_TRANSLATE_NOOP(
                "CliHelp",
                "content folder holding lessons/, quizzes/, assets/ "
                "(default: $SELLERTRAIN_CONTENT or the shipped course)",
            ),
        )


def content_root(args: argparse.Namespace) -> Path:
    """The content folder asked for, or the default one; CliError when it does not exist."""
    from sellertrain.core.paths import default_content_root

    root: Path = args.content or default_content_root()
    if not root.is_dir():
        raise CliError(QT_TRANSLATE_NOOP("Cli", "content folder {root} does not exist"), root=root)
    return root


def db_path(args: argparse.Namespace) -> Path:
    """The database file asked for, or the default one."""
    from sellertrain.core.paths import default_db_path

    path: Path = args.db or default_db_path()
    return path


def missing_database(path: Path, explicit: bool) -> CliError:
    """The one-line error for a database file that does not exist (nothing is created)."""
    where = f" --db {path}" if explicit else ""
    return CliError(
        QT_TRANSLATE_NOOP(
            "Cli",
            "no database at {path}: check the path, or run 'sellertrain init{where}' "
            "to start a new one",
        ),
        path=path,
        where=where,
    )


def open_store(args: argparse.Namespace, create: bool = False) -> Store:
    """The store at the database path; CliError when it cannot be opened.

    A missing file is an error naming the path and nothing is created: a mistyped ``--db``
    must not leave a new, empty database behind. ``create`` makes one only at the default
    location (no ``--db``: where the app would make it on its first start).
    """
    from sellertrain.core.server import attach_company_if_joined
    from sellertrain.core.store import Store, StoreError

    path = db_path(args)
    if not path.exists() and not (create and args.db is None):
        raise missing_database(path, args.db is not None)
    try:
        store = (Store.create if create else Store.open)(path)
    except StoreError as exc:
        raise CliError(error_message(exc)) from None
    attach_company_if_joined(store)  # new employees and publications: on the company server
    return store


def cannot_write(path: Path, exc: OSError) -> CliError:
    """The one-line error for a file that could not be written."""
    return CliError(
        QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}"),
        path=path,
        reason=os_reason(exc),
    )


class Steps:
    """The step a slow command is on, printed on stderr by a timer thread: first after
    PROGRESS_AFTER seconds, then every PROGRESS_EVERY seconds, with the time so far.

    ``with Steps("report", "loading") as steps: ...; steps.now("laying out the PDF")``, or
    ``steps.count(done, total)`` for a step that counts. Quick runs print nothing.
    """

    def __init__(
        self,
        what: str,
        step: str = "working",
        every: float | None = None,
        tx: Translator | None = None,
    ) -> None:
        self.what = what
        self.tx = tx
        self.every = PROGRESS_EVERY if every is None else every
        self.step = step
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"{what} progress", daemon=True)

    def __enter__(self) -> Steps:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def now(self, step: str, announce: bool = False) -> None:
        """Say what the command is doing from now on; ``announce`` prints it at once, for a
        long step that holds Python's lock (Qt's PDF layout) so the timer cannot print."""
        self.step = step
        if announce:
            print(f"{self.what}: {step}", file=sys.stderr, flush=True)

    def count(self, done: int, total: int, step: str | None = None) -> None:
        """Say how far the step (or a new one) has come: ``step: done of total (percent)``."""
        percent = f" ({100 * done // total}%)" if total else ""
        of = "{step}: {done} of {total}"
        if self.tx is not None:
            of = self.tx.translate("Cli", "{step}: {done} of {total}")
        step = step or self.step.split(":")[0].split("：")[0]
        self.step = of.format(step=step, done=f"{done:,}", total=f"{total:,}") + percent

    def _run(self) -> None:
        if self._stop.wait(max(0.0, PROGRESS_AFTER - (time.monotonic() - self.started))):
            return
        while True:
            took = time.monotonic() - self.started
            print(f"{self.what}: {self.step} ({took:.0f} s)", file=sys.stderr, flush=True)
            if self._stop.wait(self.every):
                return


def language(args: argparse.Namespace) -> str:
    """The language of this command's messages and files: --lang, the app's choice, the locale."""
    from sellertrain.core.language import chosen_language

    return chosen_language(getattr(args, "lang", None))


def translator(args: argparse.Namespace) -> Translator:
    """The translator of this command's messages: ``tx.translate("Cli", "literal")``."""
    from sellertrain.core.i18n import Translator

    return Translator(language(args))


def counted(args: argparse.Namespace) -> Counted:
    """This command's messages with a count: ``Cli = counted(args)``, ``Cli.tr("%n …", "", n)``."""
    return Counted(translator(args))


def prepare_pdf(args: argparse.Namespace) -> str:
    """Before writing a PDF: Qt's translators for the language (returned), and a warning on
    stderr, once, when no CJK font would print Chinese (names, text) as anything but boxes."""
    from sellertrain.core.i18n import translate
    from sellertrain.pdf.fonts import missing_font_warning
    from sellertrain.pdf.report import _ensure_app
    from sellertrain.ui import translations

    _ensure_app()  # the font database needs the Qt application the PDF writer uses anyway
    chosen = language(args)
    translations.install(chosen)  # the certificate's own texts are translated by Qt
    text = missing_font_warning()
    if text is not None:
        print(f"sellertrain: warning: {translate(chosen, 'Fonts', text)}", file=sys.stderr)
    return chosen
