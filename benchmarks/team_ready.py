"""Open the manager's team view on a database and time it until the table is ready.

``python benchmarks/team_ready.py DB`` prints one JSON line: ``ready_ms`` from asking for the
team's progress (``TeamScreen.show_for``) to the progress table filled and its first rows
painted, and ``cpu_ms`` of this process over the same span (the load runs in a worker thread,
as in the app, with a connection of its own). Works with any revision's ``src`` on PYTHONPATH (``team_against.py``
alternates two).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from sellertrain.core.content.loader import load_course
from sellertrain.core.models import AccessRole
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.ui.team.team_view import TeamScreen

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    app = QApplication(sys.argv[:1])
    store = Store.open(Path(sys.argv[1]))
    # Signing in (the app's first write) has made the store's sqlite-utils Database, importing
    # sqlite-utils (about 0.15 s) long before a manager opens the team view; this script
    # signs nobody in, so it makes it here, outside the time measured.
    assert store.db is not None
    manager = next(e for e in store.employees() if e.role is AccessRole.MANAGER)
    session = Session(store, load_course(REPO, deep=False), manager)
    screen = TeamScreen()
    screen.resize(1180, 780)
    screen.show()
    app.processEvents()
    # The first Python call that hands back a plain QWidget (here the table's viewport) makes
    # PySide create the Python types of every widget class, 5-10 ms once per process: the
    # app has done so long before (widgets.py, the lesson view), so it is done here, untimed.
    viewport = screen.table.viewport()
    wall, cpu = time.perf_counter(), time.process_time()
    screen.show_for(session)
    if not screen.wait_until_loaded():  # the progress table loads in a worker thread
        return 1
    viewport.repaint()  # the first rows painted
    ready, used = time.perf_counter() - wall, time.process_time() - cpu
    rows = screen.model.rowCount()
    print(json.dumps({"ready_ms": ready * 1000, "cpu_ms": used * 1000, "rows": rows}))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
