"""Open the team view in the app, signed in as a manager, and time it until the table is ready.

``python benchmarks/team_in_app.py DB`` prints one JSON line like ``team_ready.py``'s:
``ready_ms`` from ``MainWindow.show_team`` to the progress table filled and its first rows
painted, and ``cpu_ms`` of this process over the same span. Unlike ``team_ready.py`` (the
team screen alone), the window has built and shown its first screens and signed a manager
in first, as the app has when a manager opens the team view: the one-time costs of PySide
making its types (5-10 ms for the first plain QWidget handed back, ~2.5 ms for the first
QBrush) are behind it. ``team_against.py --in-app`` alternates it with another revision.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from sellertrain.core.models import AccessRole
from sellertrain.core.store import Store
from sellertrain.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    app = QApplication(sys.argv[:1])
    store = Store.open(Path(sys.argv[1]))
    assert store.db is not None  # made by signing in, in the app: here before the clock
    manager = next(e for e in store.employees() if e.role is AccessRole.MANAGER)
    window = MainWindow(Accounts(store), load_course(REPO, deep=False))
    window.resize(1180, 780)
    window.show()
    app.processEvents()
    window.signed_in(manager)
    app.processEvents()
    team = window.team  # the screen is built on first use: here, untimed, as in team_ready.py
    viewport = team.table.viewport()
    app.processEvents()
    wall, cpu = time.perf_counter(), time.process_time()
    window.show_team()
    if not team.wait_until_loaded():  # the progress table loads in a worker thread
        return 1
    viewport.repaint()  # the first rows painted
    ready, used = time.perf_counter() - wall, time.process_time() - cpu
    rows = team.model.rowCount()
    print(json.dumps({"ready_ms": ready * 1000, "cpu_ms": used * 1000, "rows": rows}))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
