"""Start-up by phase, in-process: imports, the first screen, its paint, then the course.

``python -m uv run python benchmarks/startup_phases.py [--content DIR] [--db FILE] [--repeat 5]``
runs each start in a fresh process (warm byte-code and parse cache) and prints the median CPU
time (and the peak resident memory) at the end of each phase. The first paint is what
``--smoke`` waits for; the course loads after it, in the event loop's next turn, and is shown
here as the last phase so that the whole start (first screen usable, course ready) is known.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import json, resource, sys, time
from pathlib import Path
marks = []
def mark(name):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    marks.append((name, time.process_time(), usage.ru_maxrss / 1024))
from PySide6.QtWidgets import QApplication
mark("PySide6 imported")
app = QApplication(sys.argv[:1])
from sellertrain.core.accounts import Accounts
from sellertrain.core.store import Store
mark("store imported")
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.style import APP_STYLE_SHEET
from sellertrain.ui import translations
from sellertrain.core.language import chosen_language
mark("screens imported")
app.setStyle("Fusion")
app.setStyleSheet(APP_STYLE_SHEET)
translations.install(chosen_language(None))
store = Store.create(Path(sys.argv[1]))
mark("database open")
def load():
    from sellertrain.core.content.cache import load_course_cached
    return load_course_cached(Path(sys.argv[2]))
window = MainWindow(Accounts(store), load)
window.resize(1180, 780)
window.start(finish=False)
mark("first screen built")
window.show()
app.processEvents()
mark("first paint")
window.finish_start()
mark("course loaded (after the paint)")
print(json.dumps(marks))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=HERE.parent)
    parser.add_argument("--db", type=Path, help="a database (default: a new one: first-run)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "s.db"
        command = [sys.executable, "-c", CHILD, str(db), str(args.content)]
        subprocess.run(command, env=env, capture_output=True, check=True)  # warm
        runs = []
        for _ in range(args.repeat):
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    previous = 0.0
    for index, (name, _cpu, _rss) in enumerate(runs[0]):
        cpu = statistics.median(run[index][1] for run in runs) * 1000
        rss = statistics.median(run[index][2] for run in runs)
        print(
            f"{name:34} {cpu - previous:7.1f} ms  (from start {cpu:7.1f} ms CPU)  peak {rss:5.1f} MiB"
        )
        previous = cpu
    print(f"load average (1 min): {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
