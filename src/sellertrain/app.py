"""Start the desktop app: the only place where the core and the screens meet."""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from sellertrain.core.accounts import Accounts
    from sellertrain.core.models import Course
    from sellertrain.core.store import Store
    from sellertrain.ui.main_window import MainWindow

log = logging.getLogger("sellertrain")
_keep_alive: list[object] = []  # the excepthook's reporter must outlive the function


def _no_source_scans() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    For its ``from __feature__ import ...`` switches (snake_case, true_property), which
    SellerTrain never uses, PySide6 asks of each module imported once it is loaded whether
    its source says "PySide6", with ``inspect.getsource``: at start-up that is ~85 files read
    and kept in ``linecache`` (about 4 MiB of the peak memory and ~10 ms). The answer is known
    without reading: our modules use PySide6, the others do not need switching. A PySide6
    without this hook keeps reading them; nothing else changes."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        vars(feature)["_mod_uses_pyside"] = _uses_pyside


def _uses_pyside(module: object) -> bool:
    name = str(getattr(module, "__name__", ""))
    return name == "sellertrain" or name.startswith("sellertrain.")


_no_source_scans()


def _setup_logging() -> Path | None:
    import logging.handlers  # socket and pickle come with it: not for --smoke's first paint

    from sellertrain.core.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "sellertrain.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return folder / "sellertrain.log"


def error_text(value: BaseException, log_file: Path | None) -> str:
    """What an unexpected error box says: what happened, that records are safe, what to do."""
    from sellertrain.core.store import StoreError

    problem = str(value).lower()
    if isinstance(value, StoreError):
        what = QCoreApplication.translate(
            "SellerTrain", "The database could not be used: {error}."
        ).format(error=value)
    elif isinstance(value, sqlite3.DatabaseError) and (
        "malformed" in problem or "not a database" in problem
    ):
        what = QCoreApplication.translate(
            "SellerTrain",
            "The database file is damaged ({error}). Quit SellerTrain and restore your latest "
            "backup with 'sellertrain restore FILE'; the damaged file is kept beside it.",
        ).format(error=value)
    elif isinstance(value, sqlite3.OperationalError) and (
        "disk is full" in problem or "disk i/o" in problem or "readonly" in problem
    ):
        what = QCoreApplication.translate(
            "SellerTrain",
            "The database could not be written ({error}). Free some disk space or check that "
            "the folder can be written, then try again.",
        ).format(error=value)
    else:
        what = QCoreApplication.translate("SellerTrain", "Something went wrong: {error}.").format(
            error=value or type(value).__name__
        )
    text = (
        what
        + "\n\n"
        + QCoreApplication.translate(
            "SellerTrain",
            "Your records up to this moment are saved. You can keep working; if the problem comes "
            "back, restart SellerTrain.",
        )
    )
    if log_file is not None:
        text += "\n\n" + QCoreApplication.translate(
            "SellerTrain",
            "If it happens again, send this log file to whoever looks after SellerTrain:\n{path}",
        ).format(path=log_file)
    return text


def _install_excepthook(log_file: Path | None) -> None:
    """An unexpected error is logged and shown; it never closes the app silently.

    Errors raised in worker threads are logged there and shown by the UI thread.
    """
    import threading

    from PySide6.QtCore import QObject, Signal, Slot

    from sellertrain.ui import dialogs

    class _Reporter(QObject):
        show = Signal(str)

        @Slot(str)
        def display(self, text: str) -> None:
            dialogs.show_unexpected_error(None, text)

    reporter = _Reporter()  # lives in the UI thread: a worker's emit is queued to it
    reporter.show.connect(reporter.display)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        try:
            log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
            if issubclass(kind, KeyboardInterrupt):
                return
            reporter.show.emit(error_text(value, log_file))
        except Exception:  # the hook itself must never fail: at least keep the log
            log.exception("while reporting an unexpected error")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        value = args.exc_value  # None only when the thread raised no exception object
        if value is None:
            value = RuntimeError(args.exc_type.__name__)
        hook(args.exc_type, value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    _keep_alive.append(reporter)


def use_bundled_fonts(folder: Path) -> list[str]:
    """Add the fonts the built app carries when the system has no Chinese font; the families.

    Only the Linux build carries one (Windows and macOS always have a Chinese font); loading it
    costs ~10 ms at start-up, so a system that can show Chinese already does not pay it.
    """
    from PySide6.QtGui import QFontDatabase

    if not folder.is_dir() or QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return []
    added: list[str] = []
    for font in sorted(folder.glob("*.tt[cf]")) + sorted(folder.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            log.warning("cannot load the bundled font %s", font)
        else:
            added += QFontDatabase.applicationFontFamilies(font_id)
    return added


def _upgrade(path: Path) -> None:
    """Open (and so upgrade) the database and close it: in the upgrade notice's thread, whose
    connection the app cannot use (it opens its own once the upgrade is done)."""
    from sellertrain.core.store import Store

    Store.open(path).close()


def open_store(path: Path) -> Store | None:
    """Open the database; if it cannot be used, offer another file, a new one, or quitting.

    A file that is not ours, is damaged or is from a newer version is never changed.
    """
    from sellertrain.core.server import attach_company_if_joined
    from sellertrain.core.store import Store, StoreError
    from sellertrain.core.store.schema import upgrade_pending
    from sellertrain.ui import dialogs

    while True:
        try:
            if upgrade_pending(path):  # upgraded behind a notice: it may take a minute
                from sellertrain.ui.upgrade_notice import run_with_notice

                run_with_notice(partial(_upgrade, path), path)
            # the first start (or "start a new database") makes the file; create opens one
            # that exists as open would, never wiping it
            store = Store.create(path)
            if store.refusal is not None:  # safeguards removed: never write to it
                store.close()
                raise StoreError(store.refusal)
            # new employees and publications are made on the server, on a company's PC
            attach_company_if_joined(store)
            return store
        except StoreError as exc:
            log.warning("cannot open the database: %s", exc)
            choice = dialogs.ask_database_problem(None, str(exc))
        if choice == "choose":
            picked = dialogs.pick_database_file(None, path.parent)
        elif choice == "new":
            picked = dialogs.pick_new_database_file(None, path.with_name("sellertrain-new.db"))
            if picked is not None and picked.exists() and picked.stat().st_size > 0:
                dialogs.show_error(
                    None,
                    QCoreApplication.translate("SellerTrain", "Start a new database"),
                    QCoreApplication.translate(
                        "SellerTrain",
                        "{path} already exists. Choose a new file name, or use "
                        "'Choose another file…' to open an existing database.",
                    ).format(path=picked),
                )
                picked = None
        else:
            return None
        if picked is not None:
            path = picked


def _warn_without_cjk_font(language: str) -> None:
    """Say once, at start, when Chinese would show as empty boxes (and how to fix it)."""
    from sellertrain.core.i18n import translate
    from sellertrain.pdf.fonts import missing_font_warning
    from sellertrain.ui import dialogs

    text = missing_font_warning()
    if text is not None:
        dialogs.show_error(None, "SellerTrain", translate(language, "Fonts", text))


def open_window(
    accounts: Accounts, course: Course | Callable[[], Course], language: str
) -> MainWindow:
    """The main window in ``language``; choosing another language builds it again in that one."""
    from sellertrain.ui import translations
    from sellertrain.ui.main_window import MainWindow

    translations.install(language)
    window = MainWindow(accounts, course, language=language)

    def switch(chosen: str) -> None:
        new = open_window(accounts, window.course, chosen)
        new.setGeometry(window.geometry())
        new.start()
        new.show()
        _keep_alive.append(new)
        window.close()
        window.deleteLater()

    window.language_choice.chosen.connect(switch)
    return window


def run(
    db_path: Path | None, content_root: Path, smoke: bool = False, language: str | None = None
) -> int:
    """Run the app until its window closes; with ``smoke``, until the first screen is painted.

    ``language`` is ``--lang``; without it the saved choice or the system locale decides.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from sellertrain.core.accounts import Accounts
    from sellertrain.core.language import chosen_language
    from sellertrain.core.paths import default_db_path, frozen_bundle
    from sellertrain.core.store import Store, StoreError

    def load_course_cached(root: Path) -> Course:
        from sellertrain.core.content.cache import load_course_cached as load

        return load(root)

    from sellertrain.ui import translations
    from sellertrain.ui.style import APP_STYLE_SHEET

    # the desktop app only ever makes a QApplication (the instance() stub says QCoreApplication)
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("SellerTrain")
    app.setStyle("Fusion")
    app.setStyleSheet(APP_STYLE_SHEET)
    bundle = frozen_bundle()
    if bundle is not None:
        use_bundled_fonts(bundle / "sellertrain" / "fonts")
    chosen = chosen_language(language)
    translations.install(chosen)  # before any dialog: the database questions are translated too
    if not smoke:
        _warn_without_cjk_font(chosen)
    if not smoke:
        _install_excepthook(_setup_logging())
    if smoke:
        try:
            path = db_path or default_db_path()
            store = Store.create(path)  # opens an existing database as open would
        except StoreError as exc:
            print(f"sellertrain: error: {exc}", file=sys.stderr)
            return 1
    else:
        opened = open_store(db_path or default_db_path())
        if opened is None:
            return 1
        store = opened
    # the course loads after the first paint (the first screen does not need it)
    window = open_window(Accounts(store), lambda: load_course_cached(content_root), chosen)
    window.resize(1180, 780)
    window.start(finish=not smoke)  # --smoke ends at the first paint, before the course loads

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: app.exit(0))
            return False

    if smoke:
        painted = _FirstPaint()
        first = window.stack.currentWidget()
        if first is not None:  # always sign-in or first-run
            first.installEventFilter(painted)
        QTimer.singleShot(20_000, lambda: app.exit(3))  # never painted: fail, do not hang
    window.show()
    status = app.exec()
    store.close()
    return status
