"""Open the manager's team view on a database and every one of its tabs in turn (for the
peak-memory benchmark), then exit. ``--all-at-once`` opens the tabs without waiting for
each to load."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import AccessRole
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.ui.team.team_view import TeamScreen
from sellertrain.ui.workers import Worker

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    app = QApplication(sys.argv[:1])
    store = Store.open(Path(sys.argv[1]))
    manager = next(e for e in store.employees() if e.role is AccessRole.MANAGER)
    screen = TeamScreen()
    screen.resize(1180, 780)
    screen.show_for(Session(store, load_course(REPO, deep=False), manager))
    screen.show()
    if not screen.wait_until_loaded():  # the progress table loads in a worker thread
        return 1
    # every tab filled, one after another, as a manager looks at them: the peak of real
    # use. Tabs that read the whole team load in workers; each is let finish before the
    # next tab opens (opening all nine at once, their loads overlap: see benchmarks/README.md)
    at_once = "--all-at-once" in sys.argv[2:]
    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        app.processEvents()
        while Worker.running() and not at_once:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    Worker.wait_for_all()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
