"""Start the desktop app: the only place where the core and the screens meet."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

log = logging.getLogger("sellertrain")


def _setup_logging() -> Path | None:
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


def _install_excepthook(log_file: Path | None) -> None:
    """An unexpected error is logged and shown; it never closes the app silently."""
    from PySide6.QtWidgets import QMessageBox

    def hook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        where = f"\n\nDetails were written to {log_file}." if log_file else ""
        QMessageBox.critical(
            None,
            "SellerTrain",
            f"Something went wrong: {value}.\nYour records so far are saved.{where}",
        )

    sys.excepthook = hook


def run(db_path: Path | None, content_root: Path, smoke: bool = False) -> int:
    """Run the app until its window closes; with ``smoke``, until the first screen is painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sellertrain.core.content_cache import load_course_cached
    from sellertrain.core.paths import default_db_path
    from sellertrain.core.store import Store, StoreError
    from sellertrain.ui.main_window import MainWindow
    from sellertrain.ui.style import APP_STYLE_SHEET

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SellerTrain")
    app.setStyle("Fusion")
    app.setStyleSheet(APP_STYLE_SHEET)
    if not smoke:
        _install_excepthook(_setup_logging())
    try:
        store = Store.open(db_path or default_db_path())
    except StoreError as exc:
        if smoke:
            print(f"sellertrain: error: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "SellerTrain", str(exc))
        return 1
    course = load_course_cached(content_root)
    window = MainWindow(store, course)
    window.resize(1180, 780)
    window.start()

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: app.exit(0))
            return False

    if smoke:
        painted = _FirstPaint()
        window.stack.currentWidget().installEventFilter(painted)
        QTimer.singleShot(20_000, lambda: app.exit(3))  # never painted: fail, do not hang
    window.show()
    status = app.exec()
    store.close()
    return status
