"""The team table at 10,000 employees: this checkout against another revision, alternated.

``python -m uv run python benchmarks/team_against.py REV BASE_DB THIS_DB [--repeat 9]``
extracts REV's ``src`` and runs ``team_ready.py`` in whole processes, in turn with REV's
``src`` on PYTHONPATH (on BASE_DB) and with this checkout's (on THIS_DB), then prints the
medians of the time to a ready table (``ready_ms``: asked for to filled and painted), of its
CPU time and of the whole process, their ratios, and the load average before and after.

Give two copies of one database (``sellertrain demo-data --employees 10000 --db X``, copied):
opening it with this checkout upgrades its schema, which an older revision cannot open.
Open THIS_DB once with this checkout before timing, so the upgrade is not timed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import QUIET_LOAD, child_env, load_average  # noqa: E402


def one(src: Path, db: Path, script: str = "team_ready.py") -> dict[str, float]:
    """One whole process: its own figures and its wall time."""
    env = {**child_env(), "PYTHONPATH": str(src)}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / script), str(db)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    found["process_ms"] = (time.perf_counter() - start) * 1000
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev")
    parser.add_argument("base_db", type=Path)
    parser.add_argument("this_db", type=Path)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument(
        "--in-app",
        action="store_true",
        help="time team_in_app.py (the window signed in, then show_team) for team_ready.py",
    )
    args = parser.parse_args()
    before = load_average()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        archive = subprocess.run(
            ["git", "archive", args.rev, "src"], cwd=HERE.parent, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(work / "base", filter="data")
        sides = {
            "base": (work / "base" / "src", args.base_db),
            "this": (HERE.parent / "src", args.this_db),
        }
        runs: dict[str, list[dict[str, float]]] = {"base": [], "this": []}
        script = "team_in_app.py" if args.in_app else "team_ready.py"
        for src, db in sides.values():  # once each, unmeasured: a warm file cache
            one(src, db, script)
        for _ in range(args.repeat):
            for name, (src, db) in sides.items():
                runs[name].append(one(src, db, script))
    after = load_average()
    print(
        f"{args.repeat} alternated pairs; rows: {runs['base'][0]['rows']} / {runs['this'][0]['rows']}"
    )
    medians = {}
    for key in ("ready_ms", "cpu_ms", "process_ms"):
        base = statistics.median(r[key] for r in runs["base"])
        this = statistics.median(r[key] for r in runs["this"])
        medians[key] = (base, this)
        print(f"{key:10s}  {args.rev}: {base:7.1f}  this: {this:7.1f}  ratio {this / base:.2f}")
    print(f"load average (1 min) before {before}, after {after}")
    loads = [load for load in (before, after) if load is not None]
    if loads and max(loads) > QUIET_LOAD:
        print(f"NOISY: load above {QUIET_LOAD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
